"""Cited agencies and outlets, on real sentences from the seed and dev articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.extract import sources_cited
from warta.extract.sources_cited import CitationFinder, find_cited_sources, load_agencies
from warta.lang import load_pack

PACK = load_pack("id")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Inggris dan Prancis telah berupaya, demikian seperti dilansir kantor berita AFP.(Uu.H-AK)",
            ["AFP"],
        ),
        (
            "berkunjung ke Kantor Presiden Iran untuk bertemu dengan Raisi, demikian dikutip dari Kantor Berita IRNA pada Rabu.",
            ["IRNA"],
        ),
        (
            "Dalam pertemuan tersebut, Shoigu mengatakan Iran dan Rusia menghadapi tantangan umum, kantor berita negara Rusia TASS melaporkan.",
            ["TASS"],
        ),
        (
            "yang bertujuan membahas isu-isu bilateral serta perkembangan regional dan internasional, TASS melaporkan.",
            ["TASS"],
        ),
        (
            '"Ini adalah serangan yang direncanakan," ujar Joe Baiden, dikutip SerangNews.com dari reuters pada 25 Februari 2022.',
            ["SerangNews.com", "Reuters"],
        ),
        ("Sumber: Reuters", ["Reuters"]),
        ("Mengutip Reuters, Senin (6/5/2019), empat orang warga sipil di Israel tewas.", ["Reuters"]),
        ("upaya menyelesaikan secara damai konflik di Ukraina timur, demikian Reuters.", ["Reuters"]),
        (
            "Hal tersebut disampaikan oleh kantor berita AFP pada tanggal 22 Februari mengutip Juru Bicara Kementerian Keuangan AS.",
            ["AFP"],
        ),
        (
            "berisiko memicu perang yang lebih luas di Timur Tengah yang rawan konflik, sebagaimana dilansir *TRT World*.",
            ["TRT World"],
        ),
        (
            "Informasi ini disampaikan oleh pejabat Amerika, sebagaimana diberitakan *New York Times* pada Selasa (17/6/2025).",
            ["New York Times"],
        ),
        (
            "Juru Bicara Kementerian Luar Negeri Korea Utara dalam siaran yang dirilis media resmi *KCNA* mengatakan",
            ["KCNA"],
        ),
        (
            "sudah dikenakan tarif dasar sebesar 10 persen, menurut laporan SBS News, tanpa merinci strategi Canberra",
            ["SBS"],
        ),
        (
            "bertemu dengan Trump di sela-sela KTT G7 di Kanada pada akhir Juni ini, sebagaimana dilansir *Antara*.",
            ["ANTARA"],
        ),
        ("di Marawi dan Mindanao, adalah prioritas,” kata Cayetano, dilansir CNN.", ["CNN"]),
        (
            "api dan asap tebal membumbung di atas Bandara Mehrabad pada Sabtu, menurut seorang jurnalis *AFP*.",
            ["AFP"],
        ),
        ("Perang itu memasuki tahun ketiga, seperti dilansir Kyiv Post, Senin.", ["Kyiv Post"]),
    ],
)
def test_citation_patterns(sentence: str, expected: list[str]) -> None:
    assert find_cited_sources(sentence, PACK) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        '"Yang disasar juga lagi bukan saja target-target militer," kata Sugiono, dikutip dari *YouTube* Sekretariat Presiden, Kamis.',
        '"Senang berjumpa dengan Duta Besar Jerman," tulis Sekretariat Kabinet, dikutip dari akun Instagramnya, Sabtu (14/6/2025) malam.',
        "ungkap Kementerian Luar Negeri RI dalam pernyataan resmi yang dilansir di akun Twitter @Kemlu_RI, Senin (6/5/2019).",
        "Menurut data yang dilansir Johns Hopkins University, saat ini jumlah kasus positif virus corona terus naik.",
        "Di Gaza, sebuah bangunan milik kantor berita Anadolu asal Turki hancur terkena serangan udara.",
        "Menurut Galuzin, kedua pemimpin sepakat mulai membangun koordinasi dan langkah nyata antarnegara.",
        "Gugatan tersebut terkait tarif baja dan aluminium, seperti diberitakan media lokal pada Senin (2/6/2025).",
        "Lawatan presiden Duterte ke Rusia juga akan dipersingkat, demikian kata juru bicara Ernesto Abella.",
        "Sementara itu, media Iran melaporkan ledakan di ibu kota.",
        "menurut kesepakatan antara kedua negara yang ditandatangani pada 2015.",
    ],
)
def test_not_citations(sentence: str) -> None:
    assert find_cited_sources(sentence, PACK) == []


def test_own_outlet_is_not_a_cited_source() -> None:
    text = "dikutip SerangNews.com dari reuters pada 25 Februari 2022. Menurut laporan ANTARA News, sanksi berlaku."
    assert find_cited_sources(text, PACK, outlet="Serang News") == ["Reuters", "ANTARA"]
    assert find_cited_sources(text, PACK, outlet="ANTARA") == ["SerangNews.com", "Reuters"]
    assert find_cited_sources("kata Cayetano, dilansir CNN.", PACK, outlet="CNN Indonesia") == ["CNN"]


def test_blocked_spans_are_never_unknown_outlets() -> None:
    text = "seperti diberitakan harian Jakarta pada Senin."
    finder = CitationFinder(PACK)
    assert [c.name for c in finder.find(text)] == ["Jakarta"]
    start = text.index("Jakarta")
    assert finder.find(text, blocked=[(start, start + len("Jakarta"))]) == []


def test_agency_table_is_well_formed() -> None:
    agencies = load_agencies()
    names = [a.name for a in agencies]
    assert len(names) == len(set(names))
    assert all(a.country is None or (len(a.country) == 3 and a.country.isupper()) for a in agencies)
    antara = next(a for a in agencies if a.name == "ANTARA")
    assert antara.exact_case


def test_websites_and_accounts_cite_no_outlet_unless_a_known_agency() -> None:
    assert (
        find_cited_sources("Dikutip dari laman resmi simt.kemdikbud.go.id, Minggu (2/11/2025).", PACK) == []
    )
    assert find_cited_sources("kata Teguh dikutip dari laman resmi Ditjen Dukcapil, Jumat.", PACK) == []
    assert find_cited_sources("dilansir dari laman resmi Manchester City.", PACK) == []
    assert find_cited_sources("ujar Anwar, dikutip dari Kantor Berita Malaysia, Bernama.", PACK) == [
        "Bernama"
    ]
    assert find_cited_sources("Menurut Ketua RT 14, RW 14, polusi udara memburuk.", PACK) == []
    assert find_cited_sources("Mengutip Forbes Real-Time Billionaires, Jumat.", PACK) == ["Forbes"]


def test_own_outlet_known_by_its_web_address() -> None:
    finder = CitationFinder(PACK)
    text = "ujar Joe Baiden, dikutip SerangNews.com dari reuters pada 25 Februari 2022."
    url = "https://serangnews.pikiran-rakyat.com/news/pr-1203829359/sanksi-terbaru"
    assert [c.name for c in finder.find(text, url=url)] == ["Reuters"]
    antara = (
        "Washington (ANTARA News) - Sanksi berlaku, demikian Reuters. Menurut laporan ANTARA News, itu benar."
    )
    assert [c.name for c in finder.find(antara, url="https://m.antaranews.com/amp/berita/636607/x")] == [
        "Reuters"
    ]


def test_lists_of_agencies_and_names_after_a_person() -> None:
    assert find_cited_sources("Sumber: Reuters/AFP", PACK) == ["Reuters", "AFP"]
    assert find_cited_sources("seperti dilansir Reuters dan AFP, Senin.", PACK) == ["Reuters", "AFP"]
    assert find_cited_sources("Menurut Dipa, Jawa Pos tidak berhak atas dividen itu.", PACK) == []


SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[2].glob("samples/seeds/*.txt"))]


def test_the_shared_start_scan_finds_the_citations_a_plain_scan_finds(monkeypatch):
    def citations() -> list[list[tuple[int, int, str]]]:
        return [[(c.start, c.end, c.name) for c in CitationFinder(PACK).find(text)] for text in SEED_TEXTS]

    found = citations()
    monkeypatch.setattr(sources_cited._SharedStarts, "candidates", lambda self, folded: [None, None, None])
    assert citations() == found and any(found)
