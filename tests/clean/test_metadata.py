"""Metadata fields from the text's own furniture and the record, and which evidence wins."""

from __future__ import annotations

import hashlib

JPNN = (
    "jpnn.com, TEHERAN - Di saat warga Ukraina menderita karena perang, Presiden Iran Ebrahim Raisi justru "
    "memuji Rusia sebagai negara yang konsisten melawan terorisme dan menjaga stabilitas kawasan."
)
TRIBUN = (
    "Kamis, 2 Oktober 2025\n\nMenlu Retno Bicara Sengketa Laut China Selatan\n\n"
    "Penulis: Amriyono Prakoso\nEditor: Hasanudin Aco\nTribunnews.com/Amriyono Prakoso\n"
    "Menteri Luar Negeri RI Retno LP Marshudi saat pemaparan di acara Pernyataan Pers Tahunan di Kementerian "
    "Luar Negeri, Jakarta, Selasa (10/1/2017). \n\n"
    "TRIBUNNEWS.COM, JAKARTA - Menteri Luar Negeri, Retno LP Marsudi, menegaskan bahwa Indonesia akan terus "
    "mendorong negosiasi Code of Conduct (CoC) antara ASEAN dan China agar dapat segera dilakukan.\n"
)


def test_dateline_and_outlet_from_the_opening_marker(clean):
    doc = clean(JPNN)
    assert (doc.outlet, doc.dateline) == ("JPNN", "Teheran")
    assert doc.reasons["outlet"] == "text marker 'jpnn.com' in the dateline at line 1"
    doc = clean(
        "New York (ANTARA News) - Perdana Menteri (PM) Inggris David Cameron berusaha memenangkan kerja sama "
        "dengan Presiden Iran Hassan Rouhani untuk menghadapi kelompok Negara Islam."
    )
    assert (doc.outlet, doc.dateline) == ("ANTARA", "New York")
    doc = clean(
        "Jejamo.com, Bandar Lampung – Polda Lampung membenarkan Detasemen Khusus (Densus) 88 Anti Teror Mabes "
        "Polri menangkap empat orang terduga jaringan JAD di beberapa tempat."
    )
    assert doc.dateline == "Bandar Lampung" and doc.outlet == "Jejamo"
    doc = clean(
        "MOSKOW: Rusia dan Amerika Serikat sepakat untuk melanjutkan kerja sama meskipun ada perbedaan "
        "pendapat dalam menyelesaikan krisis Suriah, kata Menteri Luar Negeri Rusia Sergei Lavrov."
    )
    assert doc.dateline == "Moskow" and doc.outlet is None
    assert doc.text.startswith("MOSKOW: Rusia")  # the dateline stays part of the text


def test_outlet_only_opening_is_not_a_city(clean):
    doc = clean(
        "SERANG NEWS - Amerika Serikat nampak begitu geram melihat aksi Rusia melakukan aksi militernya ke Ukraina.",
        url="https://serangnews.pikiran-rakyat.com/news/pr-1203829359/upaya-pukul-rusia",
    )
    assert doc.dateline is None and doc.outlet == "Serang News"


def test_text_marker_beats_a_mirror_url_and_url_date_beats_a_header_date(clean):
    doc = clean(
        TRIBUN, url="https://www.presnapress.com/internasional/2017/01/10/menlu-retno-bicara-sengketa"
    )
    assert doc.outlet == "Tribunnews"
    assert doc.published == "2017-01-10"
    assert doc.byline == "Amriyono Prakoso" and doc.editor == "Hasanudin Aco"
    assert doc.dateline == "Jakarta"
    assert "Kamis, 2 Oktober 2025" not in doc.text and "Tribunnews.com/Amriyono" not in doc.text
    assert "Pernyataan Pers Tahunan" not in doc.text  # the caption under the credit line


def test_outlet_from_url_domain_table_and_derived_name(clean):
    body = "Pemerintah AS berencana untuk menjatuhkan sanksi terhadap lebih dari 500 pihak yang terlibat dengan Rusia."
    assert clean(body, url="http://world.kbs.co.kr/service/news_view.htm?lang=i&Seq_Code=73601").outlet == (
        "KBS World Radio"
    )
    doc = clean(body, url="https://www.batamnews.co.id/berita-47808-indonesia-kecam.html")
    assert doc.outlet == "Batamnews"
    doc = clean(body, url="https://www.kabarwarga-contoh.co.id/berita/1")
    assert doc.outlet == "Kabarwarga Contoh" and "derived" in doc.reasons["outlet"]
    assert clean(body).outlet is None


def test_published_from_header_date_line_with_time(clean):
    doc = clean(
        "Rusia Klaim Trump Sepakat Perangi ISIS Bersama\n\nRiva Dessthania Suastha | CNN Indonesia\n"
        "Selasa, 31 Jan 2017 14:44 WIB\n"
        "Jakarta, CNN Indonesia -- Melalui sambungan telepon, Presiden Rusia Vladimir Putin dan Presiden Amerika "
        "Serikat Donald Trump sepakat bersama-sama memberantas terorisme internasional, khususnya ISIS.\n"
    )
    assert (doc.published, doc.published_time) == ("2017-01-31", "14:44")
    assert doc.byline == "Riva Dessthania Suastha" and doc.outlet == "CNN Indonesia"
    assert "Riva Dessthania" not in doc.text and "14:44" not in doc.text
    assert doc.title == "Rusia Klaim Trump Sepakat Perangi ISIS Bersama"


def test_labelled_date_line_with_byline(clean):
    doc = clean(
        "Presiden Joko Widodo Lakukan Pertemuan Bilateral Dengan PM Jepang Yoshihide Suga\n\n"
        "Oleh Humas     Dipublikasikan pada 20 Oktober 2020\nKategori: Berita\n\n"
        "Presiden Joko Widodo (Jokowi) beserta Ibu Negara Iriana Joko Widodo menyambut kedatangan Perdana "
        "Menteri Jepang Yoshihide Suga beserta Ibu Mariko Suga di Istana Kepresidenan Bogor, Jawa Barat, "
        "Selasa (20/10) sore.",
        url="https://setkab.go.id/presiden-joko-widodo-lakukan-pertemuan-bilateral/",
    )
    assert doc.published == "2020-10-20" and doc.byline == "Humas" and doc.outlet == "Setkab"


def test_year_month_date_line(clean):
    doc = clean(
        " date 2024-02 Photo : YONHAP News\n\nPemerintah AS berencana untuk menjatuhkan sanksi terhadap lebih "
        "dari 500 pihak yang terlibat dengan Rusia dalam invasi ke Ukraina."
    )
    assert doc.published == "2024-02" and "YONHAP" not in doc.text


def test_copyright_year_gives_year_precision_only(seed):
    doc = seed("000")
    assert doc.published == "2014" and doc.copyright_year == 2014
    assert doc.reasons["published"] == "copyright year only"
    assert doc.outlet == "ANTARA" and doc.editor == "Maryati"


def test_dates_inside_body_sentences_are_not_the_publication_date(clean):
    doc = clean(
        "JAKARTA, iNews.id - Komisi Pemberantasan Korupsi (KPK) telah menetapkan Bupati Kudus Muhammad Tamzil "
        "sebagai tersangka suap kasus dugaan jual-beli jabatan.\n"
        "Dia menuturkan, OTT KPK bermula dari aksi ajudan bupati. Pada Jumat, 26 Juli 2019 sekitar pukul 09.30 "
        "WIB, Tim KPK melihat Norman berjalan dari ruang kerja Muhammad Tamzil.\n"
    )
    assert doc.published is None
    assert doc.outlet == "iNews.id" and doc.dateline == "Jakarta"


def test_record_published_field_wins(clean):
    doc = clean(
        TRIBUN,
        url="https://www.presnapress.com/internasional/2017/01/10/x",
        published="2017-01-11T08:30:00+07:00",
    )
    assert (doc.published, doc.published_time) == ("2017-01-11", "08:30")
    assert doc.reasons["published"] == "the record's published field"


def test_url_date_at_its_precision(clean):
    body = (
        "Retno Marsudi Menteri Luar Negeri Indonesia memanggil Duta Besar Brasil di Jakarta memprotes keras."
    )
    assert (
        clean(body, url="https://suarasurabaya.net/kelanakota/2015/Indonesia-Protes-Keras").published
        == "2015"
    )
    assert (
        clean(body, url="https://www.cnnindonesia.com/nasional/20180516220411-20-298810/x").published
        == "2018-05-16"
    )


def test_record_title_and_content_hash(clean):
    doc = clean(JPNN, title="Presiden Iran Puji Rusia")
    assert doc.title == "Presiden Iran Puji Rusia"
    assert doc.content_hash == hashlib.sha256(JPNN.encode("utf-8")).hexdigest()
    assert doc.raw == JPNN


BODY_JOKOWI = (
    "Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang, Yoshihide Suga beserta istrinya Mariko "
    "Suga di Istana Kepresidenan Bogor, Jawa Barat, pada Selasa."
)


def test_credit_and_date_segments_on_one_line(clean):
    doc = clean(
        "Terima Kunjungan PM Jepang di Tengah Pandemi, Ini Pidato Jokowi\n"
        "Penulis: Amriyono Prakoso | Selasa, 20 Oktober 2020 19:08 WIB\n"
        "Reporter: Azis Kurmala | Editor: Fardah Assegaf\n"
        f"{BODY_JOKOWI}\n"
    )
    assert (doc.published, doc.published_time) == ("2020-10-20", "19:08")
    assert (doc.byline, doc.reporter, doc.editor) == ("Amriyono Prakoso", "Azis Kurmala", "Fardah Assegaf")
    assert "Penulis" not in doc.text and "Reporter" not in doc.text


def test_weekday_after_the_city_is_not_an_outlet(clean):
    doc = clean(f"JAKARTA, Selasa - {BODY_JOKOWI}", url="https://www.suara.com/news/2020/10/20/190811/x")
    assert doc.dateline == "Jakarta" and doc.outlet == "Suara.com"


def test_unconfirmed_marker_yields_to_the_url(clean):
    doc = clean(f"Bogor, Jawa Barat - {BODY_JOKOWI}", url="https://www.suara.com/news/2020/10/20/190811/x")
    assert doc.outlet == "Suara.com" and doc.dateline == "Bogor"


def test_network_subdomain_names_the_outlet(clean):
    doc = clean(BODY_JOKOWI, url="https://jurnalsoreang.pikiran-rakyat.com/nasional/pr-1234/judul")
    assert doc.outlet == "Jurnalsoreang" and "network" in doc.reasons["outlet"]
    assert (
        clean(BODY_JOKOWI, url="https://www.pikiran-rakyat.com/nasional/pr-1/judul").outlet
        == "Pikiran Rakyat"
    )


def test_page_today_stamp_above_the_title_ranks_below_the_article_date(clean):
    doc = clean(
        "Kamis, 2 Oktober 2025\n\nMenlu Retno Bicara Sengketa Laut China Selatan\n\nSelasa, 10 Januari 2017\n\n"
        "TRIBUNNEWS.COM, JAKARTA - Menteri Luar Negeri, Retno LP Marsudi, menegaskan bahwa Indonesia akan terus "
        "mendorong negosiasi Code of Conduct (CoC) antara ASEAN dan China agar dapat segera dilakukan.\n"
    )
    assert doc.published == "2017-01-10"


def test_site_name_sits_between_text_markers_and_the_url(clean):
    url = "https://www.presnapress.com/internasional/2017/01/10/menlu-retno-bicara-sengketa"
    assert clean(BODY_JOKOWI, url=url, site_name="Tribunnews.com").outlet == "Tribunnews"
    assert clean(JPNN, url=url, site_name="Presnapress").outlet == "JPNN"
    doc = clean(BODY_JOKOWI, url=url, author="Amriyono Prakoso")
    assert doc.outlet == "Presnapress" and doc.byline == "Amriyono Prakoso"


def test_dateline_shapes(clean):
    body = (
        "Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang, Yoshihide Suga beserta istrinya "
        "Mariko Suga di Istana Kepresidenan Bogor."
    )
    assert (
        clean(f"JAKARTA, KOMPAS.com --- {body}").dateline,
        clean(f"JAKARTA, KOMPAS.com --- {body}").outlet,
    ) == (
        "Jakarta",
        "Kompas",
    )
    doc = clean(f"JAKARTA - KOMPAS.com - {body}")
    assert (doc.dateline, doc.outlet) == ("Jakarta", "Kompas")
    # a dash after a name that the sentence goes on from is no dateline
    assert (
        clean(
            "Jokowi - sapaan akrab Joko Widodo - menerima kunjungan Perdana Menteri Jepang di Istana Bogor."
        ).dateline
        is None
    )


def test_site_footer_copyright_year_is_not_the_publication_year(clean):
    footer = "© 2025 TribunNews.com, a subsidiary of KG Media. All Right Reserved"
    doc = clean(f"{JPNN}\nBerita Terkini\n{footer}\n")
    assert doc.copyright_year == 2025 and doc.published is None
    assert footer not in doc.text


def test_two_digit_year_paths_in_urls(clean):
    url = "https://www.republika.co.id/berita/internasional/global/16/02/18/o2pxyz365-rusia-iran-sepakat"
    assert clean(BODY_JOKOWI, url=url).published == "2016-02-18"
    assert clean(BODY_JOKOWI, url="https://www.contoh.id/berita/99/88/77/abc-def").published is None
    day_first = "https://www.jawapos.com/nasional/politik/20/01/2020/jokowi-terima-pm-jepang/"
    assert clean(BODY_JOKOWI, url=day_first).published == "2020-01-20"


def test_a_short_sentence_with_a_date_is_no_date_line_but_labelled_dates_are():
    from warta.clean.boilerplate import rules_for
    from warta.clean.metadata import date_line
    from warta.lang import load_pack

    packs, rules = (load_pack("id"), load_pack("en")), rules_for(("id", "ms", "en"))
    assert date_line("Perundingan itu dimulai di Bogor pada Selasa (20/10/2020).", packs, rules) is None
    labelled = date_line("Dipublikasikan pada 20 Oktober 2020", packs, rules)
    assert labelled is not None and labelled.date.iso() == "2020-10-20" and labelled.labelled
    # a label followed by a name may take any words: "Oleh Humas" is read in full
    bylined = date_line("Oleh Humas Dipublikasikan pada 20 Oktober 2020", packs, rules)
    assert bylined is not None and bylined.byline == "Humas"
    timed = date_line("Selasa, 31 Jan 2017 14:44 WIB", packs, rules)
    assert timed is not None and (timed.date.iso(), timed.time) == ("2017-01-31", "14:44")


def test_the_wordy_line_shortcut_changes_no_date_line(monkeypatch):
    import re
    from pathlib import Path

    from warta.clean import metadata
    from warta.clean.boilerplate import rules_for
    from warta.clean.text import normalise_lines
    from warta.lang import load_pack

    packs, rules = (load_pack("id"), load_pack("en")), rules_for(("id", "ms", "en"))
    seeds = sorted(Path(__file__).parents[2].glob("samples/seeds/*.txt"))
    lines = [line for p in seeds for line in normalise_lines(p.read_text(encoding="utf-8")) if line]
    found = [metadata.date_line(line, packs, rules) for line in lines]
    monkeypatch.setattr(metadata, "_PLAIN_WORD", re.compile(r"(?!x)x"))  # no word is ever counted
    assert [metadata.date_line(line, packs, rules) for line in lines] == found
    assert any(found)
