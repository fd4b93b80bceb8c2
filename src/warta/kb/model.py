"""Record types of the actor knowledge base: persons with dated role spells,
bodies (organisations, armed groups, parties, state bodies), states, and the
aliases that lead from a surface string to one of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from warta.extract.calendar import PartialDate


def date_span(value: str | dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a partial ISO date can mean: "2014" -> 2014-01-01..2014-12-31."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value, value
    p = PartialDate.parse_iso(value)
    if p is None:
        return None
    if p.month is None:
        return dt.date(p.year, 1, 1), dt.date(p.year, 12, 31)
    if p.day is None:
        first = dt.date(p.year, p.month, 1)
        after = dt.date(p.year + (p.month == 12), p.month % 12 + 1, 1)
        return first, after - dt.timedelta(days=1)
    return dt.date(p.year, p.month, p.day), dt.date(p.year, p.month, p.day)


@dataclass(frozen=True, slots=True)
class RoleSpell:
    """One dated spell in a role; start/end are ISO at the precision the data gives."""

    role: str
    sector: str
    start: str | None = None
    end: str | None = None  # None: still in office
    code: str | None = None  # the body the role is in, when not the person's own code
    title: str | None = None

    def overlap_days(self, on: str | dt.date | None) -> int:
        """Days the spell shares with the date `on` means (0: none); `on` None counts any spell as 1."""
        if on is None:
            return 1
        q = date_span(on)
        if q is None:
            return 1
        lo_span = date_span(self.start)
        hi_span = date_span(self.end)
        lo = lo_span[0] if lo_span else dt.date.min
        hi = hi_span[1] if hi_span else dt.date.max
        first, last = max(lo, q[0]), min(hi, q[1])
        return (last - first).days + 1 if first <= last else 0

    def sort_key(self) -> str:
        """Later spells sort higher; an open spell is the latest."""
        return self.end or "9999"


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with the state or group they belong to and their role spells."""

    id: str
    name: str
    code: str
    aliases: tuple[str, ...] = ()
    aliases_lang: tuple[tuple[str, tuple[str, ...]], ...] = ()
    roles: tuple[RoleSpell, ...] = ()
    note: str | None = None
    source: str = ""  # file:line it came from


@dataclass(frozen=True, slots=True)
class Body:
    """An organisation, armed group, party or state body."""

    id: str
    name: str
    code: str
    kind: str  # organisation | armed_group | party | mass_organisation | state_body
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    aliases_lang: tuple[tuple[str, tuple[str, ...]], ...] = ()
    takes_country: bool = False
    takes_name: bool = False
    source: str = ""
    domestic_only: bool = False  # bare (no state after it), it is the home state's only in a domestic article


@dataclass(frozen=True, slots=True)
class State:
    """A state: ISO codes and its names per language (CLDR plus states.yaml)."""

    id: str
    code: str  # ISO 3166-1 alpha-3
    alpha2: str
    names: tuple[tuple[str, str], ...] = ()  # (language, name) pairs, CLDR first
    source: str = ""

    def name_in(self, lang: str) -> str:
        for code, name in self.names:
            if code == lang:
                return name
        return self.code


@dataclass(frozen=True, slots=True)
class Region:
    """A place that is no actor ("Timur Tengah") or a place inside a state ("Jalur Gaza")."""

    id: str
    name: str
    code: str | None
    source: str = ""


Entity = Person | Body | State | Region


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface string that names an entity, in one language or all (`lang` None)."""

    text: str
    entity: str
    lang: str | None = None
    how: str = "alias"  # name | alias | demonym | metonym | place | cldr


@dataclass
class RoleInfo:
    """One entry of the role vocabulary."""

    role: str
    sector: str
    single: bool
    family: str | None = None
    aliases: list[str] = field(default_factory=list)
