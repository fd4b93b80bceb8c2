"""The knowledge base: dated roles, alias families, loading and its cache."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from warta.kb import Body, KnowledgeBase, Person, State

FIXTURE_DIR = Path(__file__).parent / "data" / "fixture"


def codes(kb: KnowledgeBase, surface: str) -> set[str | None]:
    return {e.code for e in kb.lookup(surface)}


def test_obama_heads_usa_in_2015_but_not_in_2018(fixture_kb: KnowledgeBase) -> None:
    obama = fixture_kb.entity("person:barack-obama")
    assert isinstance(obama, Person)
    assert [s.role for s in fixture_kb.roles_of(obama, "2015-06-01")] == ["head_of_state"]
    assert fixture_kb.roles_of(obama, "2018-03-01") == []
    assert fixture_kb.holder("head_of_state", "USA", "2015") is obama
    assert fixture_kb.holder("head_of_state", "USA", dt.date(2018, 3, 1)).name == "Donald Trump"  # type: ignore[union-attr]


def test_year_only_date_prefers_the_longer_holder(fixture_kb: KnowledgeBase) -> None:
    # 2017: Obama held office 20 days, Trump the rest of the year
    assert fixture_kb.holder("head_of_state", "USA", "2017").name == "Donald Trump"  # type: ignore[union-attr]
    assert fixture_kb.holder("head_of_state", "USA", "2017-01-05").name == "Barack Obama"  # type: ignore[union-attr]


def test_no_date_means_latest_holder_and_gaps_mean_nobody(fixture_kb: KnowledgeBase) -> None:
    assert fixture_kb.holder("head_of_state", "USA", None).name == "Donald Trump"  # type: ignore[union-attr]
    assert fixture_kb.holder("head_of_state", "RUS", "2010") is None  # Putin was prime minister then
    assert fixture_kb.holder("head_of_government", "RUS", "2010").name == "Vladimir Putin"  # type: ignore[union-attr]


def test_many_holder_roles_do_not_pick_one(packaged_kb: KnowledgeBase) -> None:
    assert packaged_kb.role_info("minister").single is False  # type: ignore[union-attr]
    assert packaged_kb.role_info("head_of_state").single is True  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "surface, code",
    [
        ("PBB", "UN"),
        ("Perserikatan Bangsa-Bangsa", "UN"),
        ("Dewan Keamanan PBB", "UN"),
        ("Majelis Umum PBB", "UN"),
        ("Sidang Umum PBB", "UN"),
        ("UNGA", "UN"),
        ("Uni Eropa", "EU"),
        ("NATO", "NATO"),
        ("ASEAN", "ASEAN"),
        ("OKI", "OIC"),
        ("Organisasi Kerja Sama Islam", "OIC"),
        ("Uni Afrika", "AU"),
        ("Liga Arab", "ARABLEAGUE"),
        ("G20", "G20"),
        ("WTO", "WTO"),
        ("Negara Islam", "ISIL"),
        ("NIIS", "ISIL"),
        ("ISIS", "ISIL"),
        ("Daesh", "ISIL"),
        ("IS", "ISIL"),
        ("Al-Qaeda", "ALQAEDA"),
        ("Jamaah Ansharut Daulah", "IDN.JAD"),
        ("JAD", "IDN.JAD"),
        ("Jemaah Islamiyah", "IDN.JI"),
        ("MIT", "IDN.MIT"),
        ("OPM", "IDN.OPM"),
        ("TPNPB", "IDN.OPM"),
        ("KKB", "IDN.OPM"),
        ("KKSB", "IDN.OPM"),
        ("Kelompok Kriminal Bersenjata", "IDN.OPM"),
        ("PDIP", "IDN.PDIP"),
        ("Gerindra", "IDN.GERINDRA"),
        ("Golkar", "IDN.GOLKAR"),
        ("PKS", "IDN.PKS"),
        ("PKB", "IDN.PKB"),
        ("PAN", "IDN.PAN"),
        ("NasDem", "IDN.NASDEM"),
        ("Partai Demokrat", "IDN.DEMOKRAT"),
        ("PPP", "IDN.PPP"),
        ("Hanura", "IDN.HANURA"),
        ("Perindo", "IDN.PERINDO"),
        ("PSI", "IDN.PSI"),
        ("NU", "IDN.NU"),
        ("Muhammadiyah", "IDN.MUHAMMADIYAH"),
        ("Hamas", "PSE.HAMAS"),
        ("Jihad Islam Palestina", "PSE.PIJ"),
        ("Hizbullah", "LBN.HEZBOLLAH"),
        ("Houthi", "YEM.HOUTHI"),
        ("Taliban", "AFG.TALIBAN"),
        ("Jabhah Nusro", "SYR.NUSRA"),
        ("Front al-Nusra", "SYR.NUSRA"),
        ("Jabhat al-Nusra", "SYR.NUSRA"),
        ("Maute", "PHL.MAUTE"),
        ("Abu Sayyaf", "PHL.ABUSAYYAF"),
        ("Kemlu", "IDN"),
        ("Kemenlu", "IDN"),
        ("Kementerian Luar Negeri", "IDN"),
        ("TNI", "IDN"),
        ("Polri", "IDN"),
        ("Mabes Polri", "IDN"),
        ("Densus 88", "IDN"),
        ("BNPT", "IDN"),
        ("KPK", "IDN"),
        ("DPR", "IDN"),
        ("MPR", "IDN"),
        ("DPD", "IDN"),
        ("MK", "IDN"),
        ("MA", "IDN"),
        ("Istana", "IDN"),
        ("Kejaksaan Agung", "IDN"),
        ("BIN", "IDN"),
        ("Bareskrim", "IDN"),
        ("Kemhan", "IDN"),
        ("Setkab", "IDN"),
        ("Setneg", "IDN"),
        ("Pentagon", "USA"),
        ("IDF", "ISR"),
        ("Garda Revolusi Iran", "IRN"),
        ("IRGC", "IRN"),
    ],
)
def test_organisation_alias_families(packaged_kb: KnowledgeBase, surface: str, code: str) -> None:
    assert code in codes(packaged_kb, surface)


@pytest.mark.parametrize(
    "surface, code",
    [
        ("AS", "USA"),
        ("Amerika Serikat", "USA"),
        ("Amerika", "USA"),
        ("Negeri Paman Sam", "USA"),
        ("Tiongkok", "CHN"),
        ("China", "CHN"),
        ("Negeri Tirai Bambu", "CHN"),
        ("Inggris", "GBR"),
        ("Britania Raya", "GBR"),
        ("Korut", "PRK"),
        ("Korsel", "KOR"),
        ("Palestina", "PSE"),
        ("Rusia", "RUS"),
        ("Suriah", "SYR"),
        ("Jepang", "JPN"),
        ("Brasil", "BRA"),
        # capitals and seats of government as metonyms
        ("Moskow", "RUS"),
        ("Kremlin", "RUS"),
        ("Teheran", "IRN"),
        ("Washington", "USA"),
        ("Gedung Putih", "USA"),
        ("Downing Street", "GBR"),
        ("Beijing", "CHN"),
        ("Canberra", "AUS"),
        ("Tel Aviv", "ISR"),
        ("Pyongyang", "PRK"),
        # CLDR names in English and Malay, not typed by hand
        ("Germany", "DEU"),
        ("Amerika Syarikat", "USA"),
        ("Selandia Baru", "NZL"),
        ("Burkina Faso", "BFA"),
    ],
)
def test_state_names_and_metonyms(packaged_kb: KnowledgeBase, surface: str, code: str) -> None:
    assert code in codes(packaged_kb, surface)


def test_densus_has_canonical_name_and_police_sector(packaged_kb: KnowledgeBase) -> None:
    (densus,) = packaged_kb.lookup("Densus 88")
    assert isinstance(densus, Body)
    assert (densus.name, densus.sector) == ("Densus 88 Antiteror", "POLICE")
    (kpk,) = packaged_kb.lookup("KPK")
    assert isinstance(kpk, Body) and kpk.name == "Komisi Pemberantasan Korupsi"


def test_states_come_with_iso_codes(packaged_kb: KnowledgeBase) -> None:
    state = packaged_kb.state("IDN")
    assert isinstance(state, State) and state.alpha2 == "ID" and state.name_in("id") == "Indonesia"


def test_packaged_data_has_no_problems(packaged_kb: KnowledgeBase) -> None:
    assert packaged_kb.problems == []


def test_load_is_cached_and_rebuilt_when_data_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = tmp_path / "kb"
    (data / "persons").mkdir(parents=True)
    people = (FIXTURE_DIR / "persons" / "people.yaml").read_text(encoding="utf-8")
    (data / "persons" / "people.yaml").write_text(people, encoding="utf-8")
    KnowledgeBase.load(data)
    assert len(list((tmp_path / "cache" / "warta").glob("kb-*.pickle"))) == 1
    t0 = time.perf_counter()
    warm = KnowledgeBase.load(data)
    assert time.perf_counter() - t0 < 1.0
    assert warm.holder("head_of_state", "USA", "2015") is not None
    extra = "- name: Joko Widodo\n  code: IDN\n  roles:\n    - {role: head_of_state, start: 2014-10-20, end: 2024-10-20}\n"
    (data / "persons" / "people.yaml").write_text(people + extra, encoding="utf-8")
    rebuilt = KnowledgeBase.load(data)
    assert rebuilt.holder("head_of_state", "IDN", "2016").name == "Joko Widodo"  # type: ignore[union-attr]
    assert len(list((tmp_path / "cache" / "warta").glob("kb-*.pickle"))) == 2


def test_packaged_kb_dated_roles(packaged_kb: KnowledgeBase) -> None:
    obama = packaged_kb.lookup("Barack Obama")[0]
    assert isinstance(obama, Person)
    assert [s.role for s in packaged_kb.roles_of(obama, "2015")] == ["head_of_state"]
    assert packaged_kb.roles_of(obama, "2018") == []
    assert packaged_kb.holder("head_of_state", "USA", "2017-01-31").name == "Donald Trump"  # type: ignore[union-attr]
    assert packaged_kb.holder("head_of_state", "IDN", "2016").name == "Joko Widodo"  # type: ignore[union-attr]
