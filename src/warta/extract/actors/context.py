"""Per-article state of one recognition run, and the helpers every pass shares: the date
role spells are read at, a hit's KB entity, a person's mention with the role held on that
date, a mention that points back to an earlier one, whether a span is already covered, and
the Title Case headline test (where capitals mark no name).

What several passes ask of the same article (a line's case, a person's spells on the date, a
word written in lower case) is worked out once and kept in the context."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from warta.extract.actors.matcher import Hit, Matcher
from warta.extract.calendar import date_from_url, find_absolute_dates
from warta.kb import Body, KnowledgeBase, Person, Region, RoleSpell, State
from warta.lang import LanguagePack
from warta.model import Doc, Mention, Sentence

_DATE_SCAN_CHARS = 3000  # an undated article's own date, when written, is near its top


KIND_OF_BODY = {"armed_group": "armed_group"}  # every other body kind is an "organisation" mention


PERSONISH = ("person", "official")


NEXT_WORD = re.compile(r"\s+(\w+)")


@dataclass
class Context:
    """Per-article state of one recognition run."""

    doc: Doc
    kb: KnowledgeBase
    m: Matcher
    hits: list[Hit]
    domestic: bool
    pack: LanguagePack
    lower: str = ""  # the text lower-cased, same length
    refs: list[Hit] = field(default_factory=list)  # pronoun and clitic hits, resolved in pass 2
    sentences: Sequence[Sentence] | None = None
    mentions: list[Mention] = field(default_factory=list)
    named_persons: dict[str, list[int]] = field(default_factory=dict)  # KB person id -> hit starts
    state_counts: dict[str, int] | None = None  # see bodies._state_counts
    plural_hits: list[re.Match[str]] = field(default_factory=list)  # plural_re over `lower`
    cue_starts: dict[str, list[int] | None] = field(default_factory=dict)  # Matcher.cues over `lower`
    title_case_lines: dict[int, bool] = field(default_factory=dict)  # line start -> in_title_case_line
    upper_lines: dict[int, bool] = field(default_factory=dict)  # line start -> in_upper_case_line
    lower_written: dict[str, bool] = field(default_factory=dict)  # word -> names.written_lower
    spells: dict[str, list[RoleSpell]] = field(default_factory=dict)  # person id -> roles_of on `on`
    attributes: frozenset[int] = frozenset()  # starts of entity hits that are attributes (is_attribute)
    reference: str | None = None  # the article's date as the caller worked it out; None: see `on`

    text: str = field(init=False)  # doc.text

    def __post_init__(self) -> None:
        self.text = self.doc.text

    @cached_property
    def on(self) -> str | None:
        """The date role spells are read at: `reference` when the caller knows it, else
        `reference_date`, worked out on first use (most articles never ask, and an undated one
        would scan its text for dates)."""
        return self.reference if self.reference is not None else reference_date(self.doc, self.pack)

    def in_title_case_line(self, pos: int) -> bool:
        """Is `pos` in a headline written in Title Case, where capitals do not mark names?
        Worked out once per line: the name readers ask it of every capitalised word."""
        start = self.text.rfind("\n", 0, pos) + 1
        known = self.title_case_lines.get(start)
        if known is None:
            known = self.title_case_lines[start] = _title_case(self.text, start)
        return known

    def in_upper_case_line(self, pos: int) -> bool:
        """Is `pos` in a line written all in capitals (a headline)? Worked out once per line."""
        start = self.text.rfind("\n", 0, pos) + 1
        known = self.upper_lines.get(start)
        if known is None:
            end = self.text.find("\n", start)
            known = self.upper_lines[start] = self.text[start : end if end >= 0 else len(self.text)].isupper()
        return known

    def roles_of(self, person: Person) -> list[RoleSpell]:
        """The spells `person` held on the article's date (`KnowledgeBase.roles_of`), looked up once."""
        if not person.roles:
            return []  # no spells at any date: the date need not be worked out
        known = self.spells.get(person.id)
        if known is None:
            known = self.spells[person.id] = self.kb.roles_of(person, self.on)
        return known


_HEAD_TOKENS = 40
_SMALL_LED = re.compile(r"\s[a-z]")  # a token after the first led by a small letter (a-z: a sure case)
_HEAD_CHARS = 120


def _title_case(text: str, start: int) -> bool:
    end = text.find("\n", start)
    if end < 0:
        end = len(text)
    # six words led by a small letter rule it out (no line of at most 25 words is then 80 %
    # capitalised), and a body paragraph has them in its first 120 characters: the tokens there
    # start as the line's first ones do, even the one the cut shortens
    head_end = min(end, start + _HEAD_CHARS)
    if len(_SMALL_LED.findall(text, start, head_end)) + ("a" <= text[start : start + 1] <= "z") > 5:
        return False
    line = text[start:end]
    # a body paragraph has more than 25 words: its first 40 tokens mostly tell, unsplit the rest
    tokens = line.split(None, _HEAD_TOKENS)
    words = [w for w in tokens[:_HEAD_TOKENS] if w[:1].isalpha()]
    if len(words) <= 25 and len(tokens) > _HEAD_TOKENS:
        words += [w for w in tokens[_HEAD_TOKENS].split() if w[:1].isalpha()]
    if len(words) < 4 or len(words) > 25:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def reference_date(doc: Doc, pack: LanguagePack | None = None) -> str | None:
    """The date role spells are read at: the publication date, else a date in the URL, else the
    copyright year, else the latest absolute date written in the text (None: the latest spells)."""
    if doc.published:
        return doc.published
    from_url = date_from_url(doc.url)
    if from_url is not None:
        return from_url.iso()
    if doc.copyright_year:
        return str(doc.copyright_year)
    if pack is not None:
        written = [d.date for d in find_absolute_dates(doc.text[:_DATE_SCAN_CHARS], pack)]
        if written:
            return max(written, key=lambda d: (d.year, d.month or 0, d.day or 0)).iso()
    return None


def entity_of(ctx: Context, hit: Hit) -> Person | Body | State | Region | None:
    if hit.cand.kind != "entity" or hit.cand.entity is None:
        return None
    return ctx.kb.entity(hit.cand.entity)


def skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def covered(mentions: list[Mention], start: int, end: int) -> bool:
    return any(x.start < end and start < x.end for x in mentions)


class Coverage:
    """`covered` for a list of mentions that does not change while a pass asks it many times:
    of the mentions starting before `end` (a prefix of them by start), does the one reaching
    furthest reach past `start`?"""

    __slots__ = ("_mentions", "_reach", "_starts")

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self._mentions = mentions
        self._starts: list[int] | None = None  # built on the first question
        self._reach: list[int] = []

    def covers(self, start: int, end: int) -> bool:
        if self._starts is None:
            spans = sorted((x.start, x.end) for x in self._mentions)
            self._starts = [s for s, _ in spans]
            furthest = -1
            for _, e in spans:
                if e > furthest:
                    furthest = e
                self._reach.append(furthest)
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start


def refer_back(
    prev: Mention,
    start: int,
    end: int,
    text: str,
    reason: str,
    *,
    kind: str | None = None,
    role: str | None = None,
    sector: str | None = None,
) -> Mention:
    """A mention at start:end that points back to `prev` and takes its identity
    (code, entity, name; role and sector unless given)."""
    return Mention(
        start,
        end,
        text[start:end],
        prev.code,
        kind or prev.kind,
        entity=prev.entity,
        name=prev.name,
        role=role or prev.role,
        sector=sector or prev.sector,
        reason=reason,
        antecedent=(prev.start, prev.end),
    )


def person_mention(
    ctx: Context,
    start: int,
    end: int,
    person: Person,
    role: str | None,
    sector: str | None,
    reason: str,
    antecedent: tuple[int, int] | None = None,
) -> Mention:
    spells = ctx.roles_of(person)
    spell = next((s for s in spells if s.role == role), None) if role else _office_first(spells)
    # "Presiden Komisi Eropa Ursula von der Leyen": the title's word is not the KB's role for her
    # office; the office she holds on the date gives the code (EU), not her nationality (DEU)
    held = spell or (_office_first(spells) if role else None)
    code = (held.code if held and held.code else None) or person.code
    role = role or (spell.role if spell else None)
    info = ctx.kb.role_info(role) if role else None
    sector = sector or (spell.sector if spell else None) or (info.sector if info else None)
    spell_note = f"; role {spell.role} {spell.start or '?'}..{spell.end or ''} on {ctx.on}" if spell else ""
    return Mention(
        start,
        end,
        ctx.text[start:end],
        code,
        "person",
        entity=person.id,
        name=person.name,
        role=role,
        sector=sector,
        reason=reason + spell_note,
        antecedent=antecedent,
    )


def _office_first(spells: list[RoleSpell]) -> RoleSpell | None:
    """The spell that codes a person named without a title: a state or organisation office held
    on the date before a party post ("Prabowo" as president is IDN, not IDN.GERINDRA)."""
    offices = [s for s in spells if s.sector != "PARTY"]
    return offices[0] if offices else (spells[0] if spells else None)


def role_matches(role_a: str | None, role_b: str, ctx: Context) -> bool:
    if role_a is None:
        return False
    if role_a == role_b:
        return True
    a, b = ctx.kb.role_info(role_a), ctx.kb.role_info(role_b)
    return bool(a and b and b.family and a.family == b.family and role_b == b.family)


def is_attribute(lower: str, hit: Hit, m: Matcher) -> bool:
    """Is the country name at `hit` an attribute of a currency, time, language, market or style?"""
    if m.attribute_heads:
        before = lower[max(0, hit.start - 30) : hit.start]
        if before[-1:].isspace():
            words = before.split()
            if words and (words[-1] in m.attribute_heads or " ".join(words[-2:]) in m.attribute_heads):
                return True
    if m.attribute_tails:
        after = NEXT_WORD.match(lower, hit.end)
        if after and after.group(1) in m.attribute_tails:
            return True
    return False
