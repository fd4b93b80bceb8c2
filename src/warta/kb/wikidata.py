"""`warta kb import-wikidata`: person and organisation entries from a Wikidata JSON dump.

The dump (latest-all.json) is one JSON array with one entity per line; it is read
streaming, twice: the first pass learns the states (P298, ISO alpha-3) and the
positions (P279 subclass of, P1001 jurisdiction, P17 country) it contains, the
second turns humans with P39 "position held" (P580 start / P582 end qualifiers)
into person entries and parties / international organisations into organisation
entries, in the formats of `kb/data/persons/*.yaml` and `organisations.yaml`.
Which Wikidata items mean which role lives in `kb/data/wikidata.tsv`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.kb.base import PACKAGED_DATA
from warta.lang import read_tsv

LANGS = ("id", "en", "ms")
# Wikidata time precision: 9 year, 10 month, 11 day
_PRECISION_CHARS = {9: 4, 10: 7, 11: 10}


@dataclass
class WikidataMap:
    """The rows of wikidata.tsv, by kind."""

    positions: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)
    persons: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path | None = None) -> WikidataMap:
        m = cls()
        for row in read_tsv(path or PACKAGED_DATA / "wikidata.tsv"):
            qid, kind = row["qid"], row["kind"]
            if kind == "position":
                m.positions[qid] = (row["role"], row.get("code") or None)
            elif kind == "class":
                m.classes[qid] = row["role"]
            elif kind == "person":
                m.persons.add(qid)
            elif kind == "party":
                m.parties.add(qid)
            elif kind == "organisation":
                m.organisations.add(qid)
        return m


def iter_dump(path: Path) -> Iterator[dict[str, Any]]:
    """Entities of a dump, one per line, without loading the file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip().rstrip(",")
            if not line or line in ("[", "]"):
                continue
            yield json.loads(line)


def _ids(entity: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in entity.get("claims", {}).get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and "id" in value:
            out.append(value["id"])
    return out


def _strings(entity: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in entity.get("claims", {}).get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict) and isinstance(value.get("text"), str):
            out.append(value["text"])
    return out


def _time(qualifiers: dict[str, Any], prop: str) -> str | None:
    for q in qualifiers.get(prop, []):
        value = q.get("datavalue", {}).get("value")
        if not isinstance(value, dict) or "time" not in value:
            continue
        m = re.match(r"\+(\d{4}-\d{2}-\d{2})", value["time"])
        if m:
            return m.group(1)[: _PRECISION_CHARS.get(int(value.get("precision", 11)), 4)]
    return None


def _label(entity: dict[str, Any]) -> str | None:
    labels = entity.get("labels", {})
    for lang in ("en", "id", "ms"):
        if lang in labels:
            return str(labels[lang]["value"])
    return None


def _aliases(entity: dict[str, Any], name: str) -> tuple[list[str], dict[str, list[str]]]:
    """Labels and aliases in id/en/ms other than `name`: those every language with names
    shares, and per language those only it uses (for `aliases_lang`)."""
    per_lang: dict[str, set[str]] = {}
    for lang in LANGS:
        names = {entity.get("labels", {}).get(lang, {}).get("value")}
        names |= {a.get("value") for a in entity.get("aliases", {}).get(lang, [])}
        if names - {None}:
            per_lang[lang] = {n for n in names if n}
    if not per_lang:
        return [], {}
    shared = set.intersection(*per_lang.values()) - {name}
    only = {lg: sorted(ns - shared - {name}) for lg, ns in per_lang.items() if ns - shared - {name}}
    return sorted(shared), only


def import_dump(
    path: Path, mapping: WikidataMap | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(persons, organisations) entries from the dump at `path`."""
    mapping = mapping or WikidataMap.load()
    states: dict[str, str] = {}
    positions: dict[str, tuple[str, str | None]] = dict(mapping.positions)
    position_items: dict[str, dict[str, Any]] = {}
    for ent in iter_dump(path):
        iso3 = _strings(ent, "P298")
        if iso3:
            states[ent["id"]] = iso3[0]
        if any(c in mapping.classes for c in _ids(ent, "P279")):
            position_items[ent["id"]] = ent
    for qid, ent in position_items.items():
        if qid in positions:
            continue
        role = next(mapping.classes[c] for c in _ids(ent, "P279") if c in mapping.classes)
        place = next((states[q] for q in _ids(ent, "P1001") + _ids(ent, "P17") if q in states), None)
        positions[qid] = (role, place)

    persons: list[dict[str, Any]] = []
    organisations: list[dict[str, Any]] = []
    for ent in iter_dump(path):
        kinds = set(_ids(ent, "P31"))
        name = _label(ent)
        if not name:
            continue
        if kinds & mapping.persons:
            person = _person(ent, name, states, positions)
            if person:
                persons.append(person)
        elif kinds & (mapping.parties | mapping.organisations):
            org = _organisation(ent, name, states, bool(kinds & mapping.parties))
            if org:
                organisations.append(org)
    return persons, organisations


def _person(
    ent: dict[str, Any], name: str, states: dict[str, str], positions: dict[str, tuple[str, str | None]]
) -> dict[str, Any] | None:
    code = next((states[q] for q in _ids(ent, "P27") if q in states), None)
    roles: list[dict[str, Any]] = []
    for claim in ent.get("claims", {}).get("P39", []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value", {})
        qid = value.get("id") if isinstance(value, dict) else None
        if qid not in positions:
            continue
        role, place = positions[qid]
        spell: dict[str, Any] = {"role": role}
        qualifiers = claim.get("qualifiers", {})
        for key, prop in (("start", "P580"), ("end", "P582")):
            when = _time(qualifiers, prop)
            if when:
                spell[key] = when
        if place and code and place != code:
            spell["code"] = place
        code = code or place
        roles.append(spell)
    if code is None:
        return None
    shared, only = _aliases(ent, name)
    entry: dict[str, Any] = {"name": name, "code": code, "aliases": shared}
    if only:
        entry["aliases_lang"] = only
    entry["roles"] = roles
    entry["note"] = f"imported from Wikidata {ent['id']}"
    return entry


def _organisation(
    ent: dict[str, Any], name: str, states: dict[str, str], party: bool
) -> dict[str, Any] | None:
    short = (_strings(ent, "P1813") or [name])[0]
    acronym = re.sub(r"[^A-Z0-9]", "", short.upper())
    if not acronym:
        return None
    state = next((states[q] for q in _ids(ent, "P17") if q in states), None)
    if party and state is None:
        return None
    shared, only = _aliases(ent, name)
    entry: dict[str, Any] = {
        "name": name,
        "code": f"{state}.{acronym}" if party else acronym,
        "kind": "party" if party else "organisation",
    }
    if party:
        entry["sector"] = "PARTY"
    entry["aliases"] = sorted(set(shared) | ({short} if short != name else set()))
    if only:
        entry["aliases_lang"] = only
    entry["note"] = f"imported from Wikidata {ent['id']}"
    return entry
