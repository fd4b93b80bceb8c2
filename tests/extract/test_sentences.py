"""Sentence splitting on real article text: abbreviations, datelines, quotes, numbers, breaks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from warta.extract.sentences import split_sentences
from warta.lang import load_pack

ID = load_pack("id")
SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, ID)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Menteri Pertahanan Iran Brigadir Jenderal Hossein Dehqan tiba di Moskow.",
        "Kapolda Lampung Irjen. Pol. Purwadi Arianto mengatakan empat terduga teroris ditangkap.",
        "Danrem 173/PVB Brigjen. TNI Iwan Setiawan memimpin upacara.",
        "Kepala Penerangan Kol. Inf. Aulia Fahmi Dalimunthe membenarkan kejadian itu.",
        "Bupati Kudus M. Tamzil ditangkap KPK.",
        "Kuasa hukumnya, M. Adil Syarif, S.H., hadir di persidangan.",
        "Sidang dipimpin Prof. Dr. H. Muhammad Syarif di Jl. Sudirman No. 5 Kec. Menteng.",
        "Rekening atas a.n. Sdr. Budi dibekukan, begitu juga aset lainnya dll. di sana.",
        "Pasukan AS tiba di Washington, D.C. pada Senin.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(sentence: str):
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jakarta, CNN Indonesia -- Densus 88 menangkap tiga terduga teroris di Tangerang.",
        "MOSKOW: Rusia dan Iran sepakat meningkatkan kerja sama.",
        "New York (ANTARA News) - Perdana Menteri (PM) Inggris David Cameron berusaha memenangkan kerja sama.",
        "jpnn.com, TEHERAN - Iran mengecam sanksi baru Amerika Serikat.",
        "Liputan6.com, Bonn - Menteri Luar Negeri Retno Marsudi melakukan pertemuan bilateral dengan Menlu China Wang Yi.",
        "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu PM Singapura.",
    ],
)
def test_datelines_stay_in_the_first_sentence(sentence: str):
    assert texts(sentence) == [sentence]


def test_numbers_do_not_end_a_sentence():
    sentence = "Sebanyak 17.361 warga mengungsi dan kerugian mencapai Rp 1,5 triliun."
    assert texts(sentence) == [sentence]


def test_numbered_list_marker_is_not_a_sentence():
    assert texts("1. Menteri Luar Negeri Retno Marsudi tiba di Bonn.") == [
        "1. Menteri Luar Negeri Retno Marsudi tiba di Bonn."
    ]


def test_quote_then_attribution_is_one_sentence():
    text = (
        "\u201cPutin adalah agresor. Putin memilih perang ini. Dan sekarang dia dan negaranya akan menanggung "
        "akibatnya,\u201d lanjutnya. Amerika akan memberikan sanksi terbaru kepada Rusia."
    )
    assert texts(text) == [
        "\u201cPutin adalah agresor. Putin memilih perang ini. Dan sekarang dia dan negaranya akan menanggung "
        "akibatnya,\u201d lanjutnya.",
        "Amerika akan memberikan sanksi terbaru kepada Rusia.",
    ]


def test_closing_quote_after_a_period_belongs_to_the_sentence():
    text = (
        "Dehqan mengatakan \u201ckerja sama tersebut dapat menawarkan model yang tepat untuk kerjasama regional.\u201d "
        "(Baca juga: Iran Mampu Hancurkan Saudi Dalam Waktu 24 Jam)"
    )
    assert texts(text) == [
        "Dehqan mengatakan \u201ckerja sama tersebut dapat menawarkan model yang tepat untuk kerjasama regional.\u201d",
        "(Baca juga: Iran Mampu Hancurkan Saudi Dalam Waktu 24 Jam)",
    ]


def test_period_inside_quote_before_kata_does_not_end():
    text = '"Ini adalah serangan yang direncanakan." kata Joe Biden kepada wartawan. Rusia membantah.'
    assert texts(text) == [
        '"Ini adalah serangan yang direncanakan." kata Joe Biden kepada wartawan.',
        "Rusia membantah.",
    ]


def test_ellipsis_inside_and_at_the_end():
    text = (
        'Rouhani mengatakan pada Senin bahwa orang-orang di kawasan "mempertahankan diri mereka sendiri ... '
        'melawan teroris" dan bahwa Iran akan membantu. Pembicaraan berlanjut\u2026 Kedua pihak puas.'
    )
    assert texts(text) == [
        'Rouhani mengatakan pada Senin bahwa orang-orang di kawasan "mempertahankan diri mereka sendiri ... '
        'melawan teroris" dan bahwa Iran akan membantu.',
        "Pembicaraan berlanjut\u2026",
        "Kedua pihak puas.",
    ]


def test_a_line_break_always_ends_a_sentence():
    text = "Cameron adalah kepala pemerintah Inggris\nRatu Elizabeth II adalah kepala negara."
    assert texts(text) == [
        "Cameron adalah kepala pemerintah Inggris",
        "Ratu Elizabeth II adalah kepala negara.",
    ]


def test_missing_space_after_a_period_is_a_boundary_but_not_in_web_names():
    assert texts("Rusia menyerang Ukraina.Hal tersebut dikecam oleh NATO.") == [
        "Rusia menyerang Ukraina.",
        "Hal tersebut dikecam oleh NATO.",
    ]
    assert texts("Berita ini dikutip dari Tempo.Co pada Senin.") == [
        "Berita ini dikutip dari Tempo.Co pada Senin."
    ]
    assert texts("Menurut dr.Rizky, area ini akan tampak seperti otot.") == [
        "Menurut dr.Rizky, area ini akan tampak seperti otot."
    ]


def test_sentence_ending_in_a_number_before_a_capital():
    assert texts("Perjanjian itu ditandatangani pada tahun 2015. Menteri Pertahanan Rusia merujuknya.") == [
        "Perjanjian itu ditandatangani pada tahun 2015.",
        "Menteri Pertahanan Rusia merujuknya.",
    ]


def test_offsets_index_the_text_on_a_real_article():
    text = (SEEDS / "003_540a5464acc97eb1.txt").read_text(encoding="utf-8")
    sentences = split_sentences(text, ID)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert any(
        s.text.startswith("Pertemuan antara Menteri Pertahanan Iran dan Vladimir Putin") for s in sentences
    )


def test_speed_is_at_least_200k_words_per_second():
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))) * 20
    words = len(text.split())
    began = time.perf_counter()
    split_sentences(text, ID)
    elapsed = time.perf_counter() - began
    assert words / elapsed >= 200_000
