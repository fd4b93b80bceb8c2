"""Checks the hand-written persons data of the actor knowledge base (`kb/data/persons/*.yaml`).

Parses every file with plain PyYAML, so a data error is caught here even before the KB loader
exists: the format of each entry, the role vocabulary, ISO dates kept as strings at the precision
the author is sure of, no ambiguity between persons, no office held by two people at once, and a
handful of dated facts that must hold.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

PERSONS_DIR = Path(__file__).resolve().parents[2] / "src" / "warta" / "kb" / "data" / "persons"

ROLES = {
    "head_of_state", "head_of_government", "vice_head_of_state", "deputy_head_of_government",
    "foreign_minister", "defence_minister", "interior_minister", "finance_minister", "minister",
    "coordinating_minister", "state_secretary", "cabinet_secretary", "spokesperson", "ambassador",
    "military_chief", "army_chief", "police_chief", "intelligence_chief", "speaker_of_parliament",
    "legislator", "judge", "party_leader", "governor", "mayor", "regent", "supreme_leader",
    "secretary_general", "group_leader", "official",
}
SECTORS = {"GOV", "DIP", "MIL", "POLICE", "LEG", "JUD", "PARTY", "REBEL", "BUS", "MED", "CVL", "REL", "EDU"}
PERSON_KEYS = {"name", "code", "aliases", "roles", "id", "note", "aliases_lang"}
REQUIRED_PERSON_KEYS = {"name", "code", "aliases", "roles"}
SPELL_KEYS = {"role", "start", "end", "code", "sector", "title"}
# Offices one person holds at a time within one actor code; for roles in TITLED_ROLES the office is
# told apart by its title (a DPR speaker and an MPR speaker hold different offices).
SINGLE_HOLDER_ROLES = {
    "head_of_state", "head_of_government", "vice_head_of_state", "foreign_minister", "defence_minister",
    "interior_minister", "finance_minister", "state_secretary", "cabinet_secretary", "military_chief",
    "army_chief", "police_chief", "intelligence_chief", "supreme_leader", "secretary_general",
    "speaker_of_parliament", "coordinating_minister",
}
TITLED_ROLES = {"minister", "coordinating_minister", "speaker_of_parliament", "official", "group_leader",
                "party_leader", "intelligence_chief", "secretary_general", "spokesperson", "ambassador",
                "legislator", "judge", "deputy_head_of_government"}
CODE_RE = re.compile(r"^[A-Z]{2,10}(\.[A-Z0-9]{2,20})?$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FAR_FUTURE = date(9999, 12, 31)


def load_files() -> dict[str, list[dict[str, Any]]]:
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(PERSONS_DIR.glob("*.yaml"))}


FILES = load_files()
PERSONS: list[dict[str, Any]] = [p for entries in FILES.values() for p in entries or []]


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def fold(alias: str) -> str:
    """The form under which two aliases would collide in a case- and accent-insensitive matcher."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", alias) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


def same_case(alias: str) -> str:
    """Case-insensitive form; accent-free spellings ("Francois") stay useful aliases of accented names."""
    return re.sub(r"\s+", " ", alias.casefold()).strip()


def bounds(iso: str) -> tuple[date, date]:
    """Earliest and latest day an ISO date of precision year, year-month or day can mean."""
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last_day = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last_day)
    day = date(parts[0], parts[1], parts[2])
    return day, day


@dataclass(frozen=True)
class Spell:
    person: str
    role: str
    code: str
    title: str
    start: str
    end: str | None

    def office(self) -> tuple[str, str, str]:
        return self.role, self.code, self.title if self.role in TITLED_ROLES else ""

    def surely_overlaps(self, other: Spell) -> bool:
        """True only when the two spells overlap whatever day their imprecise dates mean."""
        self_end = bounds(self.end)[0] if self.end else FAR_FUTURE
        other_end = bounds(other.end)[0] if other.end else FAR_FUTURE
        return bounds(self.start)[1] < other_end and bounds(other.start)[1] < self_end

    def covers(self, day: date) -> bool:
        return bounds(self.start)[0] <= day and (self.end is None or day < bounds(self.end)[1])


@cache
def spells() -> tuple[Spell, ...]:
    out = []
    for p in PERSONS:
        for r in p["roles"]:
            out.append(Spell(p["name"], r["role"], r.get("code", p["code"]), r.get("title", ""),
                             r["start"], r.get("end")))
    return tuple(out)


def holders(role: str, code: str, on: str) -> set[str]:
    day = date.fromisoformat(on)
    return {s.person for s in spells() if s.role == role and s.code == code and s.covers(day)}


def test_files_exist_and_are_lists() -> None:
    assert {"indonesia.yaml"} <= set(FILES)
    for name, entries in FILES.items():
        assert isinstance(entries, list) and entries, f"{name}: must be a non-empty YAML list"
    assert len(PERSONS) > 300


@pytest.mark.parametrize("person", PERSONS, ids=lambda p: str(p.get("name")))
def test_person_format(person: dict[str, Any]) -> None:
    assert isinstance(person, dict)
    assert set(person) >= REQUIRED_PERSON_KEYS, f"missing keys {REQUIRED_PERSON_KEYS - set(person)}"
    assert set(person) <= PERSON_KEYS, f"unknown keys {set(person) - PERSON_KEYS}"
    assert isinstance(person["name"], str) and person["name"].strip() == person["name"] and person["name"]
    assert CODE_RE.match(person["code"]), f"bad code {person['code']!r}"
    assert isinstance(person["aliases"], list)
    for alias in person["aliases"]:
        assert isinstance(alias, str) and alias.strip() == alias and alias, f"bad alias {alias!r}"
        assert same_case(alias) != same_case(person["name"]), f"alias {alias!r} repeats the name"
    assert len({same_case(a) for a in person["aliases"]}) == len(person["aliases"]), "repeated alias"
    for lang, aliases in person.get("aliases_lang", {}).items():
        assert lang in {"id", "en", "ms"} and all(isinstance(a, str) and a for a in aliases)
    assert isinstance(person["roles"], list)
    for spell in person["roles"]:
        assert isinstance(spell, dict) and set(spell) <= SPELL_KEYS, f"bad spell {spell}"
        assert spell.get("role") in ROLES, f"unknown role {spell.get('role')!r}"
        assert "start" in spell, f"spell without start: {spell}"
        for key in ("start", "end"):
            if key in spell:
                value = spell[key]
                assert isinstance(value, str), f"{key} {value!r} must be a quoted string"
                assert DATE_RE.match(value), f"{key} {value!r} is not ISO at 4, 7 or 10 chars"
                bounds(value)  # raises on impossible months or days
        if "end" in spell:
            assert bounds(spell["start"])[0] <= bounds(spell["end"])[1], f"start after end: {spell}"
        if "code" in spell:
            assert CODE_RE.match(spell["code"])
        if "sector" in spell:
            assert spell["sector"] in SECTORS
        if spell["role"] in {"minister", "coordinating_minister"}:
            assert spell.get("title"), f"{spell['role']} needs a title naming the portfolio"


def test_names_and_ids_are_unique() -> None:
    names = [fold(p["name"]) for p in PERSONS]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    ids = [p.get("id") or slug(p["name"]) for p in PERSONS]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


def test_no_alias_points_to_persons_of_different_codes() -> None:
    codes_by_form: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for p in PERSONS:
        forms = [p["name"], *p["aliases"]]
        for extra in p.get("aliases_lang", {}).values():
            forms.extend(extra)
        for form in {fold(f) for f in forms}:
            codes_by_form[form].add(p["code"])
            owners[form].add(p["name"])
    clashes = {f: sorted(owners[f]) for f, codes in codes_by_form.items() if len(codes) > 1}
    assert not clashes


def test_no_person_holds_the_same_office_twice_at_once() -> None:
    by_person: dict[tuple[str, tuple[str, str, str]], list[Spell]] = defaultdict(list)
    for s in spells():
        by_person[(s.person, s.office())].append(s)
    for (person, office), group in by_person.items():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                assert not a.surely_overlaps(b), f"{person}: overlapping spells of {office}: {a} / {b}"


def test_no_single_holder_office_has_two_holders_at_once() -> None:
    by_office: dict[tuple[str, str, str], list[Spell]] = defaultdict(list)
    for s in spells():
        if s.role in SINGLE_HOLDER_ROLES:
            by_office[s.office()].append(s)
    clashes = []
    for office, group in by_office.items():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.person != b.person and a.surely_overlaps(b):
                    clashes.append((office, a.person, a.start, a.end, b.person, b.start, b.end))
    assert not clashes


def test_surnames_alone_only_when_distinctive() -> None:
    common = {"kim", "lee", "li", "wang", "khan", "ali", "abdullah", "park", "zhang", "liu", "chen",
              "nguyen", "widodo", "mohammad", "muhammad", "ahmad", "hassan", "abbas", "singh"}
    for p in PERSONS:
        for alias in p["aliases"]:
            assert fold(alias) not in common, f"{p['name']}: alias {alias!r} is too common to name one person"


@pytest.mark.parametrize(
    ("role", "code", "on", "expected"),
    [
        ("head_of_state", "USA", "2015-06-01", "Barack Obama"),
        ("head_of_state", "USA", "2009-01-21", "Barack Obama"),
        ("head_of_state", "USA", "2017-01-31", "Donald Trump"),
        ("head_of_state", "USA", "2022-03-01", "Joe Biden"),
        ("head_of_state", "USA", "2025-03-01", "Donald Trump"),
        ("head_of_state", "IDN", "2016-02-18", "Joko Widodo"),
        ("head_of_state", "IDN", "2010-01-01", "Susilo Bambang Yudhoyono"),
        ("head_of_state", "IDN", "2025-01-15", "Prabowo Subianto"),
        ("head_of_state", "RUS", "2016-02-16", "Vladimir Putin"),
        ("head_of_state", "RUS", "2010-01-01", "Dmitry Medvedev"),
        ("head_of_government", "RUS", "2010-01-01", "Vladimir Putin"),
        ("foreign_minister", "RUS", "2016-02-16", "Sergei Lavrov"),
        ("foreign_minister", "IDN", "2019-06-01", "Retno Marsudi"),
        ("head_of_state", "CHN", "2018-01-01", "Xi Jinping"),
        ("head_of_government", "GBR", "2016-01-01", "David Cameron"),
        ("head_of_state", "IRN", "2016-02-16", "Hassan Rouhani"),
        ("supreme_leader", "IRN", "2016-02-16", "Ali Khamenei"),
        ("secretary_general", "UN", "2020-01-01", "António Guterres"),
        ("secretary_general", "UN", "2010-06-01", "Ban Ki-moon"),
        ("defence_minister", "IRN", "2016-02-16", "Hossein Dehqan"),
        ("defence_minister", "RUS", "2016-02-16", "Sergei Shoigu"),
        ("defence_minister", "RUS", "2025-01-01", "Andrei Belousov"),
        ("foreign_minister", "IRN", "2016-02-16", "Mohammad Javad Zarif"),
        ("foreign_minister", "USA", "2017-03-01", "Rex Tillerson"),
        ("foreign_minister", "CHN", "2016-01-01", "Wang Yi"),
        ("foreign_minister", "EU", "2016-01-01", "Federica Mogherini"),
        ("foreign_minister", "IDN", "2025-01-01", "Sugiono"),
        ("defence_minister", "IDN", "2016-05-01", "Ryamizard Ryacudu"),
        ("head_of_state", "UKR", "2016-01-01", "Petro Poroshenko"),
        ("head_of_state", "UKR", "2023-01-01", "Volodymyr Zelenskyy"),
        ("head_of_state", "PHL", "2017-06-01", "Rodrigo Duterte"),
        ("head_of_government", "JPN", "2021-01-15", "Yoshihide Suga"),
        ("head_of_government", "AUS", "2023-01-01", "Anthony Albanese"),
        ("head_of_government", "ISR", "2015-01-01", "Benjamin Netanyahu"),
        ("head_of_government", "MYS", "2019-01-01", "Mahathir Mohamad"),
        ("head_of_state", "TUR", "2016-07-16", "Recep Tayyip Erdogan"),
        ("head_of_state", "SYR", "2015-01-01", "Bashar al-Assad"),
        ("head_of_state", "EGY", "2015-01-01", "Abdel Fattah el-Sisi"),
        ("vice_head_of_state", "IDN", "2016-01-01", "Jusuf Kalla"),
        ("vice_head_of_state", "IDN", "2012-01-01", "Boediono"),
        ("police_chief", "IDN", "2017-01-01", "Tito Karnavian"),
        ("military_chief", "IDN", "2016-01-01", "Gatot Nurmantyo"),
        ("cabinet_secretary", "IDN", "2025-01-01", "Teddy Indra Wijaya"),
        ("state_secretary", "IDN", "2016-01-01", "Pratikno"),
        ("supreme_leader", "PRK", "2017-01-01", "Kim Jong-un"),
        ("group_leader", "LBN.HEZBOLLAH", "2016-01-01", "Hassan Nasrallah"),
        ("group_leader", "ISIL", "2015-01-01", "Abu Bakr al-Baghdadi"),
        ("army_chief", "IDN", "2012-01-01", "Pramono Edhie Wibowo"),
        ("police_chief", "MYS", "2015-01-01", "Khalid Abu Bakar"),
        ("police_chief", "PHL", "2017-01-01", "Ronald dela Rosa"),
        ("head_of_state", "KEN", "2020-01-01", "Uhuru Kenyatta"),
        ("foreign_minister", "UKR", "2019-12-01", "Vadym Prystaiko"),
        ("foreign_minister", "LBN", "2016-01-01", "Gebran Bassil"),
        ("head_of_government", "FIN", "2021-01-01", "Sanna Marin"),
        ("head_of_state", "LKA", "2023-01-01", "Ranil Wickremesinghe"),
        ("head_of_government", "HKG", "2019-06-01", "Carrie Lam"),
        ("vice_head_of_state", "AFG", "2016-01-01", "Abdul Rashid Dostum"),
        ("vice_head_of_state", "IRN", "2025-01-01", "Mohammad Reza Aref"),
        ("defence_minister", "SYR", "2025-06-01", "Murhaf Abu Qasra"),
        ("military_chief", "USA", "2025-06-01", "Dan Caine"),
        ("head_of_government", "PRK", "2016-01-01", "Pak Pong-ju"),
    ],
)
def test_known_office_holders(role: str, code: str, on: str, expected: str) -> None:
    assert holders(role, code, on) == {expected}


def test_known_spells_exactly() -> None:
    def spells_of(name: str, role: str) -> list[tuple[str, str | None]]:
        return [(s.start, s.end) for s in spells() if s.person == name and s.role == role]

    assert spells_of("Barack Obama", "head_of_state") == [("2009-01-20", "2017-01-20")]
    assert spells_of("Donald Trump", "head_of_state") == [("2017-01-20", "2021-01-20"), ("2025-01-20", None)]
    assert spells_of("Joko Widodo", "head_of_state") == [("2014-10-20", "2024-10-20")]
    assert spells_of("Prabowo Subianto", "head_of_state") == [("2024-10-20", None)]
    assert spells_of("Sergei Lavrov", "foreign_minister") == [("2004-03-09", None)]


def test_nobody_holds_office_after_an_unended_spell_of_someone_else() -> None:
    assert holders("head_of_state", "USA", "2018-01-01") == {"Donald Trump"}
    assert holders("head_of_state", "USA", "2021-06-01") == {"Joe Biden"}
    assert not holders("head_of_state", "USA", "2018-01-01") & {"Barack Obama"}


def test_no_office_holder_before_the_records_begin() -> None:
    assert holders("head_of_state", "USA", "1950-01-01") == set()


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Jokowi", "Joko Widodo"),
        ("SBY", "Susilo Bambang Yudhoyono"),
        ("Retno LP Marsudi", "Retno Marsudi"),
        ("Dehghan", "Hossein Dehqan"),
        ("Shoygu", "Sergei Shoigu"),
        ("Hassan Rohani", "Hassan Rouhani"),
        ("Zarif", "Mohammad Javad Zarif"),
        ("Javad Zarif", "Mohammad Javad Zarif"),
        ("Erdoğan", "Recep Tayyip Erdogan"),
        ("Xi", "Xi Jinping"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Abu Mazen", "Mahmoud Abbas"),
        ("Buwas", "Budi Waseso"),
        ("Bato dela Rosa", "Ronald dela Rosa"),
        ("Abu Ubaidah", "Abu Obaida"),
        ("Igor Strelkov", "Igor Girkin"),
        ("Almuzzammil Yusuf", "Al Muzzammil Yusuf"),
        ("TGB Zainul Majdi", "Muhammad Zainul Majdi"),
    ],
)
def test_alias_families(alias: str, name: str) -> None:
    owners = {p["name"] for p in PERSONS if fold(alias) in {fold(a) for a in [p["name"], *p["aliases"]]}}
    assert owners == {name}


def test_indonesian_mononyms_are_canonical_names() -> None:
    names = {p["name"] for p in PERSONS}
    assert {"Sugiono", "Pratikno", "Boediono", "Wiranto", "Moeldoko"} <= names



def test_no_alias_is_a_common_indonesian_word_or_given_name() -> None:
    """Single-word aliases match inside longer names and everyday text ("Agus Budi Santoso", "pita suara"),
    so words and given names this common must never stand alone for one person."""
    common = {"santoso", "budiman", "mulyono", "basri", "syafruddin", "zulkarnain", "zulkarnaen", "pita", "ara",
              "amal", "jaya", "agus", "budi", "bambang", "hasyim", "nurhadi", "suhardi", "sutrisno", "wahyu"}
    for p in PERSONS:
        forms = [p["name"], *p["aliases"]]
        for extra in p.get("aliases_lang", {}).values():
            forms.extend(extra)
        for form in forms:
            assert fold(form) not in common, f"{p['name']}: {form!r} is too common to name one person"
