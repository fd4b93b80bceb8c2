"""Event dates: find every date expression in a sentence and resolve it against the
article's anchor date, at no more precision than the text gives.

API
---
- `DateContext.for_doc(doc, sentences, pack) -> DateContext` fixes the anchor: the
  publication date when it has day precision; else a fully dated expression in the
  text ("Senin (14/10/2019)", "Kamis 30 Juli 2020", or "Rabu (24/9)" whose weekday
  fixes the year next to a year-only publication date or copyright year); else the
  publication month or year, the copyright year, the year in the URL; else none.
  `ctx.anchor` and `ctx.anchor_reason` say which and why.
- `ctx.expressions(sentence) -> list[ResolvedDate]`: every date expression of the
  sentence with its offsets in Doc.text, its ISO value at evidence precision (or
  None) and the reason.
- `ctx.date_for(sentence, trigger_start) -> (value | None, reason)`: the date of an
  event whose trigger starts at `trigger_start` (an offset in Doc.text): the most
  plausibly attached expression of the same sentence (nearest, same clause, a slight
  preference for what follows the trigger, as Indonesian writes "bertemu ..., Rabu
  (24/9)"); a date inside a relative clause belongs to that clause's verb ("Trump, yang
  dilantik pada 20 Januari, menelepon ..."), unless the clause describes the trigger noun
  or an occasion ("dalam pertemuan yang digelar Rabu (24/9), ..."). None when the
  sentence has no date of its own: the events stage picks its fallback.
- `ctx.lead_date() -> (value | None, reason)`: the date of the first dated sentence
  (else the anchor when it is a day), a fallback for events whose own sentence has none.

What is resolved: explicit dates (via `warta.extract.calendar`), "Rabu (24/9)",
"(24/2/2015)", "(18/3/)", "Selasa 31/1", "tanggal 31/1" (the weekday is checked
and picks the year near the anchor that fits it), "20 Januari lalu", "9 hingga 11
Mei 2023" (the start), "bulan Januari", "pada tahun 2015", "sejak 2011 lalu",
weekdays alone ("pada Selasa", "Rabu malam": the latest such day on or before the
anchor, or on or after it after "akan"/"depan"), and relative words ("kemarin",
"pekan lalu", "dua hari lagi", "tahun ini"). A week is not an ISO value: it gives
its month when the whole week lies in one month, else its year. All the words are
data in `lang/<code>/relative_dates.tsv` and the months/weekdays tables.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import ahocorasick

from warta.extract.calendar import (
    PartialDate,
    absolute_date_starts,
    calendar,
    date_from_url,
    find_absolute_dates,
)
from warta.extract.prefilter import Prefilter, WordStarts, either, finditer_from, first_words, fold_with_words
from warta.lang import LanguagePack, load_pack
from warta.model import Doc, Sentence

# Attachment: an expression before the trigger costs this much more per character,
# and a clause separator between trigger and expression this much extra.
_BEFORE_TRIGGER_WEIGHT = 1.3
_CLAUSE_PENALTY = 400
# A span start ("sejak Jumat") dates a trigger at most this many characters before it.
_SINCE_ATTACHMENT_CHARS = 60
# How far back a future cue ("akan") reaches: to flag an expression as future, and (shorter)
# to turn a bare weekday forward.
_FUTURE_CUE_REACH = 160
_WEEKDAY_CUE_REACH = 70
# The patterns whose expressions can be day-precise dates (kinds date, weekday_date, day_month).
_DAY_KINDS = frozenset({"absolute", "paren", "numeric", "range", "day_month"})
_CLAUSE_SEPARATOR = re.compile(r"[;:]|\s[–—-]{1,2}\s")
# Relative clauses ("Trump, yang dilantik pada 20 Januari, menelepon ..."): what ends one (parentheses
# do not: "yang dipimpin Amerika Serikat (AS) pada ..."), how many words it may run from its opening
# word to a date, and how close before the opening word a trigger is the noun the clause describes
# ("pertemuan yang digelar pada Rabu (24/9)": the meeting's own date).
_RELATIVE_CLAUSE_END = re.compile(r"[,;:\"“”]|\s[–—-]{1,2}\s")
_RELATIVE_CLAUSE_WORDS = 12
_HEAD_NOUN_WORDS = 3
# ... and how many words before its opening word a preposition of occasion ("dalam rilis resmi di
# Instagram yang tayang pada Minggu (20/7/2025), BEM ... menyatakan") makes its date the act's
_OCCASION_WORDS = 5
_QUOTE_MARK = re.compile(r"[\"“”]")
_OPENING_WORDS = re.compile(r"[\w-]+(?:\s+[\w-]+)?")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")
_DIGIT_DASH = re.compile(r"\d-\d")
_DIGIT_RUN = re.compile(r"\d+")
_ABSOLUTE = 10  # the start offsets of absolute dates: after those of the ten patterns
# re.IGNORECASE matches these two to "i", casefolding does not.
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i"})


def _casefold(text: str) -> str:
    """The text casefolded with the dotted and dotless i as "i" (str.translate only when the text
    holds one: even on ASCII text it costs more than the casefolding)."""
    if "\u0130" in text or "\u0131" in text:
        text = text.translate(_DOTTED_I)
    return text.casefold()


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """One date expression of a sentence, resolved against the anchor."""

    start: int  # offsets in Doc.text
    end: int
    text: str
    value: str | None  # ISO 8601 at the precision of the evidence, or None
    reason: str
    kind: str = ""  # date | weekday_date | day_month | month | year | weekday | relative
    future: bool = False  # after a future cue ("akan", "dijadwalkan") or pointing ahead ("depan", "lagi")
    since: bool = False  # the start of a span ("sejak Jumat (3/5/2019)"), not the day of an act


class _DayDateHint:
    """What every expression with a day ("(24/9)", "31/1", "20 Januari", "2020-10-20")
    contains: a slash, a dash between digits or a month name. A text without any holds no
    such expression, and that is told much faster than the date patterns can tell it.

    Month names are looked for in the casefolded text (with the dotted and dotless i as
    "i"), which holds every month name the case-insensitive patterns match."""

    __slots__ = ("_automaton",)

    def __init__(self, months: Sequence[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for piece in {"/", *(_casefold(m) for m in months if m)}:
            self._automaton.add_word(piece, piece)
        self._automaton.make_automaton()

    def may_hold(self, text: str) -> bool:
        if "/" in text or ("-" in text and _DIGIT_DASH.search(text) is not None):
            return True
        return next(self._automaton.iter(_casefold(text)), None) is not None


class _PatternStarts:
    """Where each date pattern can start in a text (see `prefilter.WordStarts`), from one scan for
    the first words of all the patterns together and one for the digit runs: each pattern keeps the
    offsets that start one of its own first words (which hold all its matches' starts), and the
    digit runs when it may open with a digit."""

    __slots__ = ("_digits", "_firsts", "_union")

    def __init__(self, specs: Sequence[tuple[Sequence[str], bool] | None]) -> None:
        """Per pattern, (phrases its matches start with, whether they may start with a digit); None
        for a pattern without such a list, scanned the plain way."""
        self._firsts: list[tuple[str, ...] | None] = []  # None: scan the plain way
        self._digits: list[bool] = []
        union: list[str] = []
        for spec in specs:
            words = first_words(spec[0]) if spec is not None and spec[0] else frozenset()
            if spec is None or words is None or not (words or spec[1]):
                self._firsts.append(None)
                self._digits.append(False)
                continue
            self._firsts.append(tuple(sorted(words)))
            self._digits.append(spec[1])
            union.extend(spec[0])
        self._union = WordStarts(union)

    def find(self, index: int, text: str, folded: str | None, scanned: dict[str, list[int]]) -> list[int] | None:
        """Offsets where pattern `index` may match in `text` (`folded`: its `prefilter.fold`); None:
        scan the plain way. `scanned` keeps the two scans of one text for its other patterns."""
        firsts = self._firsts[index]
        if folded is None or firsts is None:
            return None
        starts: list[int] = []
        if firsts:
            if "words" not in scanned:
                scanned["words"] = self._union.find("", folded) or []
            starts = [p for p in scanned["words"] if folded.startswith(firsts, p)]
        if self._digits[index]:
            if "digits" not in scanned:
                scanned["digits"] = [m.start() for m in _DIGIT_RUN.finditer(text)]
            starts = sorted({*starts, *scanned["digits"]})
        return starts


@dataclass(frozen=True)
class _Lexicon:
    """The compiled words of one language."""

    relative: dict[str, tuple[int, str]]
    units: dict[str, tuple[str, int | None]]
    numbers: dict[str, int | None]
    direction: dict[str, str]  # word -> past | future | later | this | ago | past_before | ...
    future_cues: tuple[str, ...]
    future_cue_pattern: re.Pattern[str] | None  # any future cue, as a whole word
    since: re.Pattern[str]  # a span-start word just before an expression, or opening it
    clause_break: re.Pattern[str]  # a word that opens a new clause ("yang")
    relative_clause: re.Pattern[str] | None  # a word that opens a relative clause ("yang")
    occasion: frozenset[str]  # a preposition of occasion or time ("dalam", "saat")
    full_months: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    prefilter: Prefilter  # what each pattern cannot match (or be accepted) without
    starts: _PatternStarts  # per pattern, where its matches can start
    day_date_hint: _DayDateHint
    # what every expression written with an opening parenthesis holds: "(" then a day and a slash
    # ("(24/9)", "Kamis (19/6/2025"), a day and a month name ("Kamis (19 Juni 2025") or a month name
    # ("Kamis (Juni 19, 2025")
    paren_date_hint: re.Pattern[str]


def _alt(words: Sequence[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    unique = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in unique) or r"(?!x)x"


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@cache
def _lexicon(code: str) -> _Lexicon:
    pack = load_pack(code)
    return _build_lexicon(pack)


def _build_lexicon(pack: LanguagePack) -> _Lexicon:
    rows = pack.table("relative_dates")
    by_kind: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_kind.setdefault(row.get("kind", ""), []).append(row)

    def phrases(kind: str) -> list[str]:
        return [_norm(r["phrase"]) for r in by_kind.get(kind, []) if r.get("phrase")]

    relative = {_norm(r["phrase"]): (int(r["amount"]), r["unit"]) for r in by_kind.get("relative", [])}
    units = {
        _norm(r["phrase"]): (r["unit"], int(r["amount"]) if r.get("amount") else None)
        for r in by_kind.get("unit", [])
    }
    numbers = {
        _norm(r["phrase"]): int(r["amount"]) if r.get("amount") else None for r in by_kind.get("number", [])
    }
    direction: dict[str, str] = {}
    for kind in ("past", "future", "later", "this", "ago", "past_before", "future_before", "this_before"):
        for p in phrases(kind):
            direction.setdefault(p, kind)

    cal = calendar(pack)
    names = list(cal.months)
    # A full month name is not the abbreviation (prefix) of another name of the same month.
    full_months = frozenset(
        n
        for n in names
        if not any(o != n and o.startswith(n) and cal.months[o] == cal.months[n] for o in names)
    )
    wd, mon, fullmon = cal.weekday_re, cal.month_re, _alt(sorted(full_months))
    cue = _alt(phrases("cue"))
    rng = _alt(phrases("range"))
    part = _alt(phrases("daypart"))
    after_dir = _alt(phrases("past") + phrases("future"))
    unit_dir = _alt(phrases("past") + phrases("future") + phrases("this") + phrases("later") + phrases("ago"))
    before_dir = _alt(phrases("past_before") + phrases("future_before") + phrases("this_before"))
    number = _alt([*numbers])
    week = _alt([w for w, (unit, count) in units.items() if unit == "week" and count is None])
    year = r"(?:19|20)\d{2}"
    flags = re.I
    patterns = (
        # "Rabu (24/9)", "Senin, (14/10/2019)", "(24/2/2015)", "(18/3/)"
        (
            "paren",
            re.compile(
                rf"(?:\b(?P<wd>{wd})\s*,?\s*)?\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
                rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}})?)?\s*\)(?:\s+(?P<part>{part})\b)?(?:\s+(?P<dir>{after_dir})\b)?",
                flags,
            ),
        ),
        # "Selasa 31/1", "tanggal 31/1/2017"
        (
            "numeric",
            re.compile(
                rf"\b(?:(?P<wd>{wd})\s*,?\s*|(?P<cue>{cue})\s+)(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
                rf"(?:/(?P<y>\d{{4}}|\d{{2}}))?(?![/\d])",
                flags,
            ),
        ),
        # "9 hingga 11 Mei 2023", "9-11 Mei"
        (
            "range",
            re.compile(
                rf"\b(?P<d>\d{{1,2}})\s*(?:{rng})\s*(?P<d2>\d{{1,2}})\s+(?P<m>{mon})\b\.?(?:\s*,?\s*(?P<y>{year})\b)?",
                flags,
            ),
        ),
        # "30 Juni hingga 2 Juli 2023"
        (
            "range",
            re.compile(
                rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{mon})\b\.?\s*(?:{rng})\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{mon})\b\.?"
                rf"(?:\s*,?\s*(?P<y>{year})\b)?",
                flags,
            ),
        ),
        # "Kamis, 30 Juli", "20 Januari lalu" (no year: that is an absolute date)
        (
            "day_month",
            re.compile(
                rf"(?:\b(?P<wd>{wd})\s*,?\s*)?\b(?P<d>\d{{1,2}})\s+(?P<m>{mon})\b(?!\.?\s*,?\s*\d)"
                rf"(?:\s+(?P<dir>{after_dir})\b)?",
                flags,
            ),
        ),
        # "pada bulan Januari", "awal Agustus", "Januari lalu"
        (
            "month",
            re.compile(
                rf"(?:\b(?P<cue>{cue})\s+)?\b(?P<m>{fullmon})\b(?!\s*,?\s*\d)(?:\s+(?P<dir>{after_dir})\b)?",
                flags,
            ),
        ),
        # "pada tahun 2015", "pada 1996", "sejak 2011 lalu" (not "Nomor 5 Tahun 2018", a law's name)
        (
            "year",
            re.compile(
                rf"(?<!\d\s)(?:\b(?P<cue>{cue})\s+)?\b(?P<y>{year})\b(?![/.,]\d)(?:\s+(?P<dir>{after_dir})\b)?",
                flags,
            ),
        ),
        # "pekan lalu", "dua hari lagi", "tahun ini", "last week", "two days ago"
        (
            "unit",
            re.compile(
                rf"\b(?:(?P<pre>{before_dir})\s+)?(?:(?P<num>\d{{1,3}}|{number})\s+)?(?P<unit>{_alt([*units])})\b"
                rf"(?:\s+(?P<dir>{unit_dir})\b)?",
                flags,
            ),
        ),
        # "kemarin", "tadi malam", "kemarin sore"
        ("relative", re.compile(rf"\b(?P<rel>{_alt([*relative])})\b(?:\s+(?P<part>{part})\b)?", flags)),
        # "pada Selasa", "Rabu malam", "Selasa lalu", "last Tuesday"
        (
            "weekday",
            re.compile(
                rf"\b(?:(?P<pre>{before_dir})\s+)?(?P<wd>{wd})\b(?:\s+(?P<part>{part})\b)?"
                rf"(?:\s+(?P<week>{week})\s+(?P<wdir>{unit_dir})\b|\s+(?P<dir>{after_dir})\b)?",
                flags,
            ),
        ),
    )
    # What each pattern cannot match (or `_acceptable` cannot accept) without; a weekday may
    # run into the digits after it ("Selasa31/1"), so it gates nothing.
    digit, month_word = re.compile(r"\d"), first_words([*cal.months])
    cue_or_after = either(first_words(phrases("cue")), first_words(phrases("past") + phrases("future")))
    unit_marker = either(
        first_words(phrases("past_before") + phrases("future_before") + phrases("this_before")),
        first_words(phrases("past") + phrases("future") + phrases("this") + phrases("later") + phrases("ago")),
    )
    prefilter = Prefilter(
        [
            [re.compile(r"\(\s*\d")],  # paren
            [re.compile(r"\d/\d")],  # numeric
            [digit, month_word],  # range
            [digit, month_word],  # range across months
            [digit, month_word],  # day_month
            [first_words(sorted(full_months)), cue_or_after],  # month, with a cue or a direction
            [re.compile(year), cue_or_after],  # year, with a cue or a direction
            [first_words([*units]), unit_marker],  # unit, with a direction before or after
            [first_words([*relative])],  # relative
            [first_words([*cal.weekdays])],  # weekday
        ]
    )
    # Where each pattern can start: all but "paren" (which may open with "(") open with \b and
    # a word of their own lists or a digit.
    cues, before_words = phrases("cue"), phrases("past_before") + phrases("future_before") + phrases("this_before")
    starts = _PatternStarts(
        [
            None,  # paren
            ([*cal.weekdays, *cues], False),  # numeric
            ([], True),  # range
            ([], True),  # range across months
            ([*cal.weekdays], True),  # day_month
            ([*cues, *full_months], False),  # month
            (cues, True),  # year
            ([*before_words, *numbers, *units], True),  # unit
            ([*relative], False),  # relative
            ([*before_words, *cal.weekdays], False),  # weekday
            (absolute_date_starts(pack), True),  # the absolute dates of `calendar` (_ABSOLUTE)
        ]
    )
    future_cues = tuple(phrases("future_cue"))
    return _Lexicon(
        relative=relative,
        units=units,
        numbers=numbers,
        direction=direction,
        future_cues=future_cues,
        future_cue_pattern=re.compile(rf"\b(?:{'|'.join(map(re.escape, future_cues))})\b") if future_cues else None,
        clause_break=re.compile(rf"\b(?:{_alt(phrases('clause_break'))})\b"),
        relative_clause=re.compile(rf"\b(?:{_alt(phrases('relative_clause'))})\b", re.I)
        if phrases("relative_clause")
        else None,
        occasion=frozenset(phrases("occasion")),
        since=re.compile(rf"\b(?:{_alt(phrases('since'))})\b(?:\s+[\w-]+){{0,2}}\s*$", re.I),
        full_months=full_months,
        patterns=patterns,
        prefilter=prefilter,
        starts=starts,
        day_date_hint=_DayDateHint(list(cal.months)),
        paren_date_hint=re.compile(rf"\(\s*(?:\d{{1,2}}\s*(?:/\s*\d|\s(?:{mon}))|(?:{mon}))", re.I),
    )


def _lexicon_for(pack: LanguagePack) -> _Lexicon:
    return _lexicon(pack.code) if pack is load_pack(pack.code) else _build_lexicon(pack)


class _Found(NamedTuple):
    """A date expression found in a sentence, before resolution (a named tuple: made per match)."""

    start: int
    end: int
    kind: str
    match: re.Match[str] | None
    priority: int


@dataclass
class DateContext:
    """The anchor of one article and the resolver of its date expressions."""

    anchor: PartialDate | None
    anchor_reason: str
    pack: LanguagePack
    sentences: tuple[Sentence, ...] = ()
    _cache: dict[tuple[int, int], list[ResolvedDate]] = field(default_factory=dict, repr=False)
    # The expressions found in each sentence (before resolution): they do not depend on the
    # anchor, so the context that fixes the anchor hands them to the one it returns.
    _found: dict[tuple[int, int], list[_Found]] = field(default_factory=dict, repr=False)

    # ---- anchor -------------------------------------------------------------------------

    @classmethod
    def for_doc(cls, doc: Doc, sentences: Sequence[Sentence], pack: LanguagePack) -> DateContext:
        """Fix the anchor from the publication date, else from the best evidence in the article."""
        sents = tuple(sentences)
        published = PartialDate.parse_iso(doc.published)
        if published is not None and published.day is not None:
            return cls(published, f"publication date {published.iso()}", pack, sents)
        from_url = date_from_url(doc.url)
        if from_url is not None and from_url.day is not None:
            return cls(from_url, f"date in the URL {from_url.iso()}", pack, sents)

        hint, hint_reason = published, "publication date" if published else ""
        if hint is None and doc.copyright_year:
            hint, hint_reason = PartialDate.make(doc.copyright_year), "copyright year"
        if hint is None and from_url is not None:
            hint, hint_reason = from_url, "year in the URL"
        probe = cls(hint, hint_reason, pack, sents)
        found = probe._full_date_in_text(hint)
        if found is not None:
            date, expression = found
            why = f"no day-precision publication date; the text dates itself {expression.text!r}"
            if hint is not None:
                why += f" (year from {hint_reason} {hint.iso()})" if expression.kind != "date" else ""
            return probe._with_anchor(date, why)
        if hint is not None:
            return probe._with_anchor(hint, f"{hint_reason} {hint.iso()} (no day-precision date in the text)")
        guessed = probe._year_from_weekday()
        if guessed is not None:
            date, expression = guessed
            return probe._with_anchor(date, f"{expression.text!r}: {expression.reason}")
        return probe._with_anchor(None, "no publication date, copyright year, URL date or full date in the text")

    def _with_anchor(self, anchor: PartialDate | None, reason: str) -> DateContext:
        """This context with its anchor fixed: what was found carries over, and what was
        resolved too when the anchor stays the same."""
        resolved = dict(self._cache) if anchor == self.anchor else {}
        return DateContext(anchor, reason, self.pack, self.sentences, resolved, self._found)

    def _full_date_in_text(self, hint: PartialDate | None) -> tuple[PartialDate, ResolvedDate] | None:
        """The date the article most plausibly gives for itself.

        Best is the Indonesian reporting form "kata X, Kamis (19/6/2025)": a weekday-checked
        date in parentheses; then any weekday-checked date; then an explicit date; then a
        day/month whose year the hint gives. Within a rank, the most repeated date, then
        the latest. Dates after a future cue ("dijadwalkan pada Jumat, 20 Juni 2025") are
        not the article's own date.
        """
        lex = _lexicon_for(self.pack)

        def may_hold_a_day(text: str) -> bool:
            # the kinds ranked here (explicit dates, day and month) are all written with digits
            return _DIGIT.search(text) is not None and lex.day_date_hint.may_hold(text)

        # the best rank is written in parentheses: when some sentence has it, the others need no look
        in_parentheses = [
            s
            for s in self.sentences
            if "(" in s.text and lex.paren_date_hint.search(s.text) is not None and may_hold_a_day(s.text)
        ]
        best = self._ranked_dates(in_parentheses, hint, best_only=True)
        return best or self._ranked_dates([s for s in self.sentences if may_hold_a_day(s.text)], hint)

    def _ranked_dates(
        self, sentences: Sequence[Sentence], hint: PartialDate | None, best_only: bool = False
    ) -> tuple[PartialDate, ResolvedDate] | None:
        """The best-ranked date of the sentences (see `_full_date_in_text`); with `best_only`,
        only a date of the best rank."""
        ranked: dict[int, list[tuple[PartialDate, ResolvedDate]]] = {0: [], 1: [], 2: [], 3: []}
        for sentence in sentences:
            # only what can rank is resolved: a day written with digits (the best rank, also in
            # parentheses); resolving is left to later callers for the rest
            for f in self._found_in(sentence):
                if f.kind not in _DAY_KINDS or (best_only and "(" not in sentence.text[f.start : f.end]):
                    continue
                expression = self._resolve(sentence, f, with_since=False)
                date = PartialDate.parse_iso(expression.value)
                if date is None or date.day is None or expression.future:
                    continue
                if hint is not None and (
                    date.year != hint.year or (hint.month is not None and date.month != hint.month)
                ):
                    continue
                if expression.kind == "weekday_date":
                    ranked[0 if "(" in expression.text else 1].append((date, expression))
                elif expression.kind == "date":
                    ranked[2].append((date, expression))
                elif expression.kind == "day_month" and hint is not None:
                    ranked[3].append((date, expression))
        for rank in (0,) if best_only else (0, 1, 2, 3):
            if ranked[rank]:
                return _most_repeated_then_latest(ranked[rank])
        return None

    def _year_from_weekday(self) -> tuple[PartialDate, ResolvedDate] | None:
        """With no other evidence: a weekday and day/month ("Senin 15 Juli") that fits exactly one
        year from the latest year the text mentions to two years after it (a report follows
        the past it recalls)."""
        # with no anchor, only an expression written with digits has a value of its own
        years = [
            int(e.value[:4])
            for sentence in self.sentences
            if self.anchor is not None or _DIGIT.search(sentence.text) is not None
            for e in self.expressions(sentence)
            if e.value and e.kind in ("date", "month", "year") and not e.future
        ]
        if not years:
            return None
        latest = max(years)
        lex = _lexicon_for(self.pack)
        cal = calendar(self.pack)
        for sentence in self.sentences:
            if _DIGIT.search(sentence.text) is None:  # a day and month are written with digits
                continue
            for f in self._found_in(sentence):
                if f.match is None or f.kind not in ("paren", "numeric", "day_month") or not f.match["wd"]:
                    continue
                if f.match.groupdict().get("y") or self._future_cue_before(sentence.text, f.start, lex):
                    continue
                month_word = f.match["m"]
                month = int(month_word) if month_word.isdigit() else cal.month(month_word)
                weekday = cal.weekday(f.match["wd"])
                if month is None or weekday is None:
                    continue
                fitting = [
                    d
                    for y in range(latest, latest + 3)
                    if (d := _safe_date(y, month, int(f.match["d"]))) and d.isoweekday() == weekday
                ]
                if len(fitting) == 1:
                    day = fitting[0]
                    expression = ResolvedDate(
                        sentence.start + f.start,
                        sentence.start + f.end,
                        sentence.text[f.start : f.end],
                        day.isoformat(),
                        f"the weekday fits only {day.year} in {latest}-{latest + 2}, {latest} being the latest year "
                        "the text mentions (low confidence)",
                        "weekday_date",
                    )
                    return PartialDate(day.year, day.month, day.day), expression
        return None

    # ---- expressions --------------------------------------------------------------------

    def expressions(self, sentence: Sentence) -> list[ResolvedDate]:
        """Every date expression of the sentence, resolved, in text order."""
        key = (sentence.start, sentence.end)
        if key not in self._cache:
            self._cache[key] = [self._resolve(sentence, f) for f in self._found_in(sentence)]
        return self._cache[key]

    def _found_in(self, sentence: Sentence) -> list[_Found]:
        key = (sentence.start, sentence.end)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._find(sentence.text)
        return found

    def _find(self, text: str) -> list[_Found]:
        lex = _lexicon_for(self.pack)
        found: list[_Found] = []
        folded, words = fold_with_words(text)
        scanned: dict[str, list[int]] = {}
        absolute_starts = lex.starts.find(_ABSOLUTE, text, folded, scanned) if _DIGIT.search(text) else None
        for absolute in find_absolute_dates(text, self.pack, words, absolute_starts):
            found.append(_Found(absolute.start, absolute.end, "absolute", None, 0))
        passed = lex.prefilter.passed(text, words)
        for priority, (kind, pattern) in enumerate(lex.patterns, 1):
            if not lex.prefilter.may_match(passed, priority - 1):
                continue
            candidates = lex.starts.find(priority - 1, text, folded, scanned)
            for m in finditer_from(pattern, text, candidates):
                if m.end() > m.start() and self._acceptable(kind, m, text, lex):
                    found.append(_Found(m.start(), m.end(), kind, m, priority))
        chosen: list[_Found] = []
        for f in sorted(found, key=lambda f: (-(f.end - f.start), f.priority, f.start)):
            if all(f.end <= c.start or c.end <= f.start for c in chosen):
                chosen.append(f)
        return sorted(chosen, key=lambda f: f.start)

    @staticmethod
    def _acceptable(kind: str, m: re.Match[str], text: str, lex: _Lexicon) -> bool:
        """Filters a regex cannot say: capitalised names, and forms that need a cue or a marker."""
        groups = m.groupdict()
        if kind == "weekday":
            return m["wd"][0].isupper()
        if kind == "month":
            return m["m"][0].isupper() and bool(groups.get("cue") or groups.get("dir"))
        if kind == "year":
            return bool(groups.get("cue") or groups.get("dir"))
        if kind == "unit":
            if not (groups.get("pre") or groups.get("dir")):
                return False
            direction = lex.direction.get(_norm(groups.get("dir") or groups.get("pre") or ""), "")
            counted = bool(groups.get("num")) or lex.units[_norm(m["unit"])][1] is not None
            return counted or direction not in ("later", "ago")
        return True

    def _resolve(self, sentence: Sentence, f: _Found, with_since: bool = True) -> ResolvedDate:
        """The found expression resolved; without `with_since`, `since` is left False unlooked
        (the anchor's ranking does not ask)."""
        lex = _lexicon_for(self.pack)
        text = sentence.text[f.start : f.end]
        value, reason, kind = self._value(sentence.text, f)
        marker = ""
        if f.match is not None:
            groups = f.match.groupdict()
            marker = lex.direction.get(
                _norm(groups.get("dir") or groups.get("wdir") or groups.get("pre") or ""), ""
            )
        future = marker in ("future", "later", "future_before") or self._future_cue_before(
            sentence.text, f.start, lex
        )
        since = False
        if with_since:
            opening = _OPENING_WORDS.match(text)
            since = bool(
                lex.since.search(sentence.text, max(0, f.start - 40), f.start)
                or (opening and lex.since.fullmatch(opening.group(0)))
            )
        return ResolvedDate(
            sentence.start + f.start, sentence.start + f.end, text, value, reason, kind, future, since
        )

    def _value(self, text: str, f: _Found) -> tuple[str | None, str, str]:
        lex = _lexicon_for(self.pack)
        cal = calendar(self.pack)
        if f.match is None:
            return self._absolute(text, f)
        m = f.match
        g = m.groupdict()
        weekday = cal.weekday(g["wd"]) if g.get("wd") else None
        direction = lex.direction.get(_norm(g.get("dir") or g.get("pre") or ""), "")
        if f.kind in ("paren", "numeric", "range", "day_month"):
            month_word = g["m"]
            month = int(month_word) if month_word.isdigit() else cal.month(month_word)
            year = _full_year(g.get("y"))
            if year is None and g.get("m2") and g.get("y"):
                year = int(g["y"])
            return self._day_month(int(g["d"]), month, year, weekday, direction)
        if f.kind == "month":
            return self._month(cal.month(g["m"]), direction)
        if f.kind == "year":
            return str(int(g["y"])), "year written in the text", "year"
        if f.kind == "unit":
            unit, built_in = lex.units[_norm(g["unit"])]
            count: int | None
            if g.get("num"):
                count = int(g["num"]) if g["num"].isdigit() else lex.numbers.get(_norm(g["num"]))
                if count is None:
                    return None, f"vague count {g['num']!r}", "relative"
            else:
                count = built_in if built_in is not None else 1
            sign = {"past": -1, "ago": -1, "past_before": -1, "future": 1, "later": 1, "future_before": 1}
            amount = 0 if direction in ("this", "this_before") else sign.get(direction, -1) * count
            return self._relative(amount, unit)
        if f.kind == "relative":
            amount, unit = lex.relative[_norm(g["rel"])]
            return self._relative(amount, unit)
        if weekday is None:
            return None, "unknown weekday", "weekday"
        if g.get("week"):
            # "Senin pekan depan": that weekday in the week before or after the anchor's
            week_marker = lex.direction.get(_norm(g["wdir"]), "")
            weeks = {"past": -1, "future": 1, "later": 1, "this": 0}.get(week_marker, 0)
            return self._weekday_in_week(weekday, weeks)
        ahead = direction in ("future", "future_before") or (
            direction == "" and self._future_cue_before(text, f.start, lex, _WEEKDAY_CUE_REACH)
        )
        return self._weekday(weekday, direction, ahead)

    def _absolute(self, text: str, f: _Found) -> tuple[str | None, str, str]:
        for m in find_absolute_dates(text[f.start : f.end], self.pack):
            date = m.date
            if m.weekday is not None and date.day is not None:
                real = date.to_date()
                if real is not None and real.isoweekday() != m.weekday:
                    return date.iso(), f"explicit date; the written weekday does not fit {date.iso()}", "date"
                return date.iso(), "explicit date, weekday checked", "weekday_date"
            kind = "date" if date.day is not None else "month"
            return date.iso(), "explicit date", kind
        return None, "unparsed date", "date"

    # ---- resolution against the anchor -------------------------------------------------

    def _day_month(
        self, day: int, month: int | None, year: int | None, weekday: int | None, direction: str
    ) -> tuple[str | None, str, str]:
        if month is None:
            return None, "unknown month", "day_month"
        if year is not None:
            date = PartialDate.make(year, month, day)
            if date is None:
                return None, f"not a real date: {day}/{month}/{year}", "date"
            real = date.to_date()
            if weekday is not None and real is not None:
                if real.isoweekday() == weekday:
                    return date.iso(), "explicit date, weekday checked", "weekday_date"
                return date.iso(), "explicit date; the written weekday does not fit it", "date"
            return date.iso(), "explicit date", "date"
        anchor = self.anchor
        if anchor is None:
            return None, "day and month without a year, and the article has no anchor date", "day_month"
        candidates = [
            d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))
        ]
        if not candidates:
            return None, f"not a real date: {day}/{month}", "day_month"
        reference = _reference(anchor)
        if weekday is not None:
            fitting = [d for d in candidates if d.isoweekday() == weekday]
            if fitting:
                best = _nearest(fitting, reference, direction)
                return (
                    best.isoformat(),
                    f"weekday fixes the year next to the anchor {anchor.iso()}",
                    "weekday_date",
                )
            same_year = _safe_date(anchor.year, month, day)
            if same_year is not None:
                return (
                    same_year.isoformat(),
                    f"the written weekday fits no year near {anchor.iso()}; anchor-year reading (low confidence)",
                    "day_month",
                )
        if anchor.month is None:
            same_year = _safe_date(anchor.year, month, day)
            if same_year is None:
                return None, f"not a real date in {anchor.year}", "day_month"
            return same_year.isoformat(), f"year from the year-only anchor {anchor.iso()}", "day_month"
        best = _nearest(candidates, reference, direction)
        return best.isoformat(), f"year of the reading nearest the anchor {anchor.iso()}", "day_month"

    def _month(self, month: int | None, direction: str) -> tuple[str | None, str, str]:
        anchor = self.anchor
        if month is None:
            return None, "unknown month", "month"
        if anchor is None:
            return None, "month without a year, and the article has no anchor date", "month"
        if anchor.month is None:
            return f"{anchor.year:04d}-{month:02d}", f"year from the year-only anchor {anchor.iso()}", "month"
        here = anchor.year * 12 + anchor.month - 1
        options = [(anchor.year + dy) * 12 + month - 1 for dy in (-1, 0, 1)]
        if direction == "past":
            options = [o for o in options if o <= here]
        elif direction == "future":
            options = [o for o in options if o > here]
        best = min(options, key=lambda o: (abs(o - here), o > here))
        return f"{best // 12:04d}-{best % 12 + 1:02d}", f"month nearest the anchor {anchor.iso()}", "month"

    def _relative(self, amount: int, unit: str) -> tuple[str | None, str, str]:
        anchor = self.anchor
        kind = "relative"
        if anchor is None:
            return None, "relative expression and the article has no anchor date", kind
        if unit == "year":
            return f"{anchor.year + amount:04d}", f"{amount:+d} year from the anchor {anchor.iso()}", kind
        if anchor.month is None:
            return f"{anchor.year:04d}", f"only the year of the anchor {anchor.iso()} is known", kind
        if unit == "month":
            index = anchor.year * 12 + anchor.month - 1 + amount
            return (
                f"{index // 12:04d}-{index % 12 + 1:02d}",
                f"{amount:+d} month from the anchor {anchor.iso()}",
                kind,
            )
        base = anchor.to_date()
        if base is None:
            if amount == 0:
                return anchor.iso(), f"same {unit} as the month-precision anchor", kind
            return f"{anchor.year:04d}", f"only the month of the anchor {anchor.iso()} is known", kind
        if unit == "week":
            monday = base - dt.timedelta(days=base.isoweekday() - 1) + dt.timedelta(weeks=amount)
            sunday = monday + dt.timedelta(days=6)
            if (monday.year, monday.month) == (sunday.year, sunday.month):
                return (
                    f"{monday.year:04d}-{monday.month:02d}",
                    f"{amount:+d} week: the week lies in one month",
                    kind,
                )
            if monday.year == sunday.year:
                return f"{monday.year:04d}", f"{amount:+d} week: the week spans two months", kind
            return None, f"{amount:+d} week: the week spans two years", kind
        day = base + dt.timedelta(days=amount)
        return day.isoformat(), f"{amount:+d} day from the anchor {anchor.iso()}", kind

    def _weekday_in_week(self, weekday: int, weeks: int) -> tuple[str | None, str, str]:
        anchor = self.anchor
        base = anchor.to_date() if anchor else None
        if anchor is None or base is None:
            return None, "weekday of a relative week needs a day-precise anchor", "weekday"
        monday = base - dt.timedelta(days=base.isoweekday() - 1) + dt.timedelta(weeks=weeks)
        day = monday + dt.timedelta(days=weekday - 1)
        return day.isoformat(), f"weekday in the week {weeks:+d} from the anchor {anchor.iso()}", "weekday"

    def _weekday(self, weekday: int, direction: str, ahead: bool) -> tuple[str | None, str, str]:
        anchor = self.anchor
        kind = "weekday"
        if anchor is None:
            return None, "weekday alone and the article has no anchor date", kind
        base = anchor.to_date()
        if base is None:
            return anchor.iso(), f"weekday alone; only {anchor.iso()} of the anchor is known", kind
        if ahead:
            delta = (weekday - base.isoweekday()) % 7
            if direction in ("future", "future_before") and delta == 0:
                delta = 7
            day = base + dt.timedelta(days=delta)
            return (
                day.isoformat(),
                f"weekday pointing ahead: first such day from the anchor {anchor.iso()}",
                kind,
            )
        delta = (base.isoweekday() - weekday) % 7
        if direction in ("past", "past_before") and delta == 0:
            delta = 7
        day = base - dt.timedelta(days=delta)
        return day.isoformat(), f"weekday: latest such day on or before the anchor {anchor.iso()}", kind

    @staticmethod
    def _future_cue_before(text: str, start: int, lex: _Lexicon, reach: int = _FUTURE_CUE_REACH) -> bool:
        # ", kata juru bicara Gedung Putih, Selasa.": a date set off by a comma is the reporting
        # date, whatever the reported words planned.
        if text[:start].rstrip().endswith(","):
            return False
        # A quotation mark closes the quoted clause ("akan" inside a quote does not reach the
        # attribution date after it); a relative clause ("yang melanda pada Sabtu") starts anew.
        window = _QUOTE_MARK.split(text[max(0, start - reach) : start])[-1]
        clause = _CLAUSE_SEPARATOR.split(window)[-1].lower()
        clause = lex.clause_break.split(" ".join(clause.split()))[-1]
        return lex.future_cue_pattern is not None and lex.future_cue_pattern.search(clause) is not None

    # ---- attachment --------------------------------------------------------------------

    def date_for(self, sentence: Sentence, trigger_start: int) -> tuple[str | None, str]:
        """The date of the event whose trigger starts at `trigger_start` (an offset in Doc.text)."""
        found = self.expressions(sentence)
        # "mengecam kekerasan ... menyusul eskalasi konflik sejak Jumat (3/5/2019)": a span start
        # dates the act it opens, which stands right before it, not a verb further back.
        own_span = [
            e for e in found if not e.since or 0 <= e.start - trigger_start <= _SINCE_ATTACHMENT_CHARS
        ]
        # "Trump, yang dilantik pada 20 Januari, menelepon Putin": that date is the inauguration's
        expressions = [e for e in own_span if not self._in_other_relative_clause(sentence, e, trigger_start)]
        if not expressions:
            if own_span:
                return None, f"only a date inside a relative clause ({own_span[0].text!r}), not the act's own day"
            if found:
                return None, f"only the start of a span ({found[0].text!r}), not the act's own day"
            return None, "no date expression in the sentence"
        best = min(expressions, key=lambda e: self._attachment_cost(sentence, e, trigger_start))
        return best.value, f"{best.text!r}: {best.reason}"

    def _in_other_relative_clause(self, sentence: Sentence, expression: ResolvedDate, trigger_start: int) -> bool:
        """Whether the expression stands in a relative clause that neither holds the trigger nor
        describes the noun the trigger is ("pertemuan yang digelar pada Rabu")."""
        lex = _lexicon_for(self.pack)
        pattern = lex.relative_clause
        if pattern is None:
            return False
        text, offset = sentence.text, sentence.start
        expression_start = expression.start - offset
        opening = None  # the last opening word before the expression
        for match in pattern.finditer(text, 0, expression_start):
            opening = match
        if opening is None:
            return False
        inside = text[opening.end() : expression_start]
        if _RELATIVE_CLAUSE_END.search(inside) or len(inside.split()) > _RELATIVE_CLAUSE_WORDS:
            return False
        end = _RELATIVE_CLAUSE_END.search(text, expression.end - offset)
        clause_start, clause_end = offset + opening.start(), offset + (end.start() if end else len(text))
        if clause_start <= trigger_start < clause_end:
            return False  # the trigger is the clause's own verb, or the clause runs on into it
        before = text[: opening.start()].rstrip().removesuffix(",")
        if trigger_start < clause_start:
            head = before[trigger_start - offset :]
            if len(head.split()) <= _HEAD_NOUN_WORDS and not _RELATIVE_CLAUSE_END.search(head):
                return False
        phrase = _RELATIVE_CLAUSE_END.split(before)[-1].lower().split()[-_OCCASION_WORDS:]
        return lex.occasion.isdisjoint(phrase)

    @staticmethod
    def _attachment_cost(sentence: Sentence, expression: ResolvedDate, trigger_start: int) -> float:
        if expression.start <= trigger_start < expression.end:
            return 0.0
        if expression.start >= trigger_start:
            low, high, weight = trigger_start, expression.start, 1.0
        else:
            low, high, weight = expression.end, trigger_start, _BEFORE_TRIGGER_WEIGHT
        between = sentence.text[max(0, low - sentence.start) : max(0, high - sentence.start)]
        separators = len(_CLAUSE_SEPARATOR.findall(between))
        return (high - low) * weight + separators * _CLAUSE_PENALTY

    def lead_date(self) -> tuple[str | None, str]:
        """The date of the first dated sentence: a day-precise past or present date first, else
        any date of the first three sentences, else the anchor when it is a day. Date-stamp
        lines ("Kamis, 2 Oktober 2025") are page furniture, not the lead, and are skipped."""
        for sentence in self.sentences:
            if self._is_date_stamp(sentence):
                continue
            for expression in self.expressions(sentence):
                if expression.value and len(expression.value) == 10 and not expression.future:
                    return (
                        expression.value,
                        f"first day-precise date, sentence {sentence.index}: {expression.reason}",
                    )
        for sentence in self.sentences[:3]:
            for expression in self.expressions(sentence):
                if expression.value:
                    return (
                        expression.value,
                        f"first dated lead sentence {sentence.index}: {expression.reason}",
                    )
        if self.anchor is not None and self.anchor.day is not None:
            return (
                self.anchor.iso(),
                f"no dated sentence; an undated lead is the anchor's day: {self.anchor_reason}",
            )
        return None, "no dated sentence"

    def _is_date_stamp(self, sentence: Sentence) -> bool:
        """A line that is little more than a date: a page's or an article's time stamp."""
        rest = sentence.text
        for expression in reversed(self.expressions(sentence)):
            a, b = expression.start - sentence.start, expression.end - sentence.start
            rest = rest[:a] + " " + rest[b:]
        return len(_LETTER_WORD.findall(rest)) <= 2


def _most_repeated_then_latest(
    candidates: list[tuple[PartialDate, ResolvedDate]],
) -> tuple[PartialDate, ResolvedDate]:
    """The reporting date recurs ("kata X, Kamis (19/6/2025)" after each quote); recalled past
    events are earlier: the most frequent date wins, the latest on a tie."""
    counts: dict[PartialDate, int] = {}
    for date, _ in candidates:
        counts[date] = counts.get(date, 0) + 1
    return max(candidates, key=lambda c: (counts[c[0]], c[0]))


def _full_year(written: str | None) -> int | None:
    if not written:
        return None
    year = int(written)
    if len(written) == 2:
        year += 2000 if year <= 50 else 1900
    return year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _reference(anchor: PartialDate) -> dt.date:
    """The anchor as one day: itself, or the middle of its month or year."""
    return dt.date(anchor.year, anchor.month or 7, anchor.day or (15 if anchor.month else 1))


def _nearest(candidates: list[dt.date], reference: dt.date, direction: str) -> dt.date:
    if direction == "past":
        past = [d for d in candidates if d <= reference]
        candidates = past or candidates
    elif direction == "future":
        future = [d for d in candidates if d >= reference]
        candidates = future or candidates
    return min(candidates, key=lambda d: (abs((d - reference).days), d > reference))
