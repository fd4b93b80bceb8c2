"""A page holding the article twice keeps each passage once; similar but different sentences stay."""

from __future__ import annotations

from pathlib import Path

from warta.clean.repeats import _suspects, collapse_repeats


def test_seed_with_reworded_second_copy_keeps_each_passage_once(seed):
    doc = seed("001")
    text = doc.text
    assert text.count("MOSKOW: Rusia dan Amerika Serikat sepakat untuk melanjutkan kerja sama") == 1
    assert (
        text.count("Kedua pemimpin bertemu di sela-sela Sidang Umum Perserikatan Bangsa-Bangsa (UNGA)") == 1
    )
    # the reworded copy's own phrasing is gone with it, the first copy is whole
    assert "Kantor berita Xinhua mengutip pernyataan Lavrov" not in text
    assert "Putin mengumumkan pada sesi Majelis Umum PBB" in text
    assert "googletag" not in text


def test_title_repeated_at_the_top_appears_once(clean):
    title = "Indonesia Kecam Serangan Israel ke Jalur Gaza"
    doc = clean(
        f"{title}\n\n{title}\n\nKondisi Jalur Gaza setelah dihantam serangan Israel. (Foto: AFP)\n\n"
        "Jakarta - Indonesia mengecam keras aksi kekerasan terhadap warga Palestina di Jalur Gaza. Terlebih "
        "kekerasan dan serangan ini terjadi di awal bulan Ramadan.\n"
    )
    assert doc.text.count(title) == 1
    assert doc.title == title


def test_lead_repeated_inside_a_quote_is_kept_in_the_quote(clean):
    lead = (
        "Komunikasi telpon yang dilakukan Menteri Luar Negeri Indonesia Retno Marsudi dengan Menteri Luar Negeri "
        "Iran Javad Zarif hanya satu hal yang dibahas, terkait perkembangan COVID-19"
    )
    quote = (
        f'"{lead}," ujar Pelaksana Tugas Kepala Biro Dukungan Strategis Pimpinan (BDSP) Achmad Rizal Purnama '
        "melalui video konferensi pers di Kantor Kemlu, Kamis (19/3/)."
    )
    doc = clean(f"{lead}\n{quote}")
    assert doc.text.count("hanya satu hal yang dibahas") == 1
    assert quote in doc.text


def test_two_different_quotes_sharing_words_both_stay():
    lines = [
        "“Kami semua sepakat bahwa tujuan bersama kami adalah mengalahkan ISIS,” kata Lavrov kepada wartawan.",
        "“Kami menawarkan AS dan koalisi untuk mengoordinasikan tindakan nyata di darat dan juga dari udara,” "
        "kata Lavrov kepada wartawan.",
        "“Kami ingin hubungan Rusia-Iran di bidang ini menjadi kerjasama jangka panjang dan komprehensif”, "
        "kata Shoigu kepada rekan Iran-nya.",
    ]
    assert collapse_repeats(lines).lines == lines


def test_list_items_that_differ_in_numbers_stay():
    lines = [
        "Menteri pertahanan Iran tiba di Moskow pada hari Senin, bersama kepala delegasi tingkat tinggi.",
        "Sebanyak 10 fraksi yang ada di parlemen menyerahkan pandangannya secara tertulis kepada pimpinan DPR.",
        "Sebanyak 12 fraksi yang ada di parlemen menyerahkan pandangannya secara tertulis kepada pimpinan DPR.",
    ]
    assert collapse_repeats(lines).lines == lines


def test_copy_inside_one_paragraph_is_caught_sentence_by_sentence(clean):
    # the same seed with every line break lost: both copies stand in one paragraph
    seeds = Path(__file__).resolve().parents[2] / "samples" / "seeds"
    raw = next(seeds.glob("001_*.txt")).read_text(encoding="utf-8").replace("\n", " ")
    doc = clean(raw)
    assert doc.text.count("MOSKOW: Rusia dan Amerika Serikat sepakat") == 1
    assert doc.text.count("Kedua pemimpin bertemu di sela-sela Sidang Umum") == 1


def test_lines_sharing_no_run_of_six_words_are_no_suspects():
    keys = [
        "presiden iran ebrahim raisi memuji rusia",
        "dia mengatakan jejak kerja sama sukses antara iran dan rusia",
        "",
        "iran menyatakan perluasan hubungan bilateral diperlukan",
    ]
    assert _suspects(keys) == [False, False, False, False]


def test_lines_sharing_a_run_of_six_words_are_suspects():
    keys = [
        "dia mengatakan jejak kerja sama sukses antara iran dan rusia",
        "iran menyatakan perluasan hubungan bilateral diperlukan",
        "raisi mengatakan jejak kerja sama sukses antara kedua negara",
        "kerja sama iran dan rusia terus berlanjut dan kerja sama iran dan rusia terus berlanjut",
    ]
    # the last line says its own run twice
    assert _suspects(keys) == [True, False, True, True]
