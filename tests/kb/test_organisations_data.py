"""Checks the hand-written organisations table of the actor knowledge base (`kb/data/organisations.yaml`).

Parses the file with plain PyYAML: the format of each entry, actor codes, no alias shared by bodies of
different codes, no alias that is a common acronym of something else in Indonesian news, and a handful of
names that must resolve to a given code.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "warta" / "kb" / "data" / "organisations.yaml"
ENTRIES: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
KINDS = {"organisation", "armed_group", "party", "mass_organisation", "state_body"}
KEYS = {"name", "code", "kind", "sector", "aliases", "aliases_lang", "takes_country", "domestic_only", "takes_name"}
CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,9}(\.[A-Z0-9]{2,20})?$")
# Acronyms Indonesian news uses for something else: "KIA" = kapal ikan asing / kesehatan ibu dan anak,
# "MMI" = the earthquake intensity scale, "PDF" = the file format, "SBU" = sertifikat badan usaha,
# "AKP" = the police rank ajun komisaris polisi.
FOREIGN_MEANINGS = {"KIA", "MMI", "PDF", "AMAL", "RI", "SBU", "AKP"}


def fold(text: str) -> str:
    stripped = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


def forms(entry: dict[str, Any]) -> list[str]:
    out = [entry["name"], *entry.get("aliases", [])]
    for extra in (entry.get("aliases_lang") or {}).values():
        out.extend(extra)
    return out


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: str(e.get("name")))
def test_entry_format(entry: dict[str, Any]) -> None:
    assert set(entry) <= KEYS, f"unknown keys {set(entry) - KEYS}"
    assert isinstance(entry["name"], str) and entry["name"].strip() == entry["name"]
    assert CODE_RE.match(entry["code"]), entry["code"]
    assert entry["kind"] in KINDS
    assert all(isinstance(a, str) and a.strip() == a and a for a in entry.get("aliases", []))
    for lang in (entry.get("aliases_lang") or {}):
        assert lang in {"id", "en", "ms"}


def test_names_are_unique() -> None:
    names = [fold(e["name"]) for e in ENTRIES]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_no_alias_points_to_bodies_of_different_codes() -> None:
    codes: dict[str, set[str]] = defaultdict(set)
    for e in ENTRIES:
        for form in {fold(f) for f in forms(e)}:
            codes[form].add(e["code"])
    # a party name several states share ("Partai Demokrat") is resolved by the recogniser per article
    shared_on_purpose = {"partai demokrat"}
    clashes = {f: c for f, c in codes.items() if len(c) > 1 and f not in shared_on_purpose}
    assert not clashes


def test_no_acronym_with_a_common_other_meaning() -> None:
    """Checked on the aliases of every language and the Indonesian ones (an English-only alias may keep it)."""
    for e in ENTRIES:
        for alias in [e["name"], *e.get("aliases", []), *(e.get("aliases_lang") or {}).get("id", [])]:
            assert alias.upper() != alias or alias not in FOREIGN_MEANINGS, f"{e['name']}: {alias!r}"


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("HTS", "SYR.HTS"),
        ("Hayat Tahrir al-Sham", "SYR.HTS"),
        ("Jabhat al-Nusra", "SYR.NUSRA"),
        ("TPNPB", "IDN.OPM"),
        ("KKB", "IDN.OPM"),
        ("KNPB", "IDN.KNPB"),
        ("ISIS-K", "ISIL"),
        ("AQIM", "ALQAEDA"),
        ("RSF", "SDN.RSF"),
        ("Hashd al-Shaabi", "IRQ.PMF"),
        ("Kemenko Polkam", "IDN"),
        ("Satgas Madago Raya", "IDN"),
        ("Front Persaudaraan Islam", "IDN.FPI"),
        ("PLO", "PSE"),
        ("TTP", "PAK.TTP"),
        ("Rapid Support Forces", "SDN.RSF"),
    ],
)
def test_known_codes(alias: str, code: str) -> None:
    owners = {e["code"] for e in ENTRIES if fold(alias) in {fold(f) for f in forms(e)}}
    assert owners == {code}
