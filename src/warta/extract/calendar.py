"""Calendar facts shared by cleaning and extraction: month and weekday names from a
language pack, partial dates, and absolute dates written in text or in a URL.

Only absolute expressions live here ("31 Jan 2017", "20/10/2020", "Januari 2015",
"/2020/10/20/" in a URL). Relative ones ("Rabu (24/9)", "kemarin") need an anchor
and are resolved by `warta.extract.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from warta.extract.prefilter import Prefilter, WordStarts, finditer_from, first_words, fold
from warta.lang import LanguagePack

_ISO_VALUE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
# Every absolute-date pattern holds a four-digit year: text without one is skipped at once.
_FOUR_DIGITS = re.compile(r"\d{4}")
# From this length on, a text is scanned from the offsets where a date can start (a weekday,
# a month, "bulan", a number): fewer regex attempts than at every offset.
_LONG_TEXT = 400


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to year, month or day precision; never more than the evidence gives."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    @staticmethod
    def make(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
        """A valid PartialDate, or None when the numbers are not a real date."""
        if not 1900 <= year <= 2100:
            return None
        if month is None:
            return PartialDate(year)
        if not 1 <= month <= 12:
            return None
        if day is None:
            return PartialDate(year, month)
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
        return PartialDate(year, month, day)

    @staticmethod
    def parse_iso(value: str | None) -> PartialDate | None:
        if not value:
            return None
        m = _ISO_VALUE.fullmatch(value.strip()[:10])
        if not m:
            return None
        return PartialDate.make(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """An absolute date found in text, with its offsets and the time of day when written."""

    start: int
    end: int
    date: PartialDate
    time: str | None = None  # HH:MM
    weekday: int | None = None  # ISO weekday written next to it, if any


@dataclass(frozen=True)
class Calendar:
    """Month and weekday names of one language, compiled to regular expressions."""

    months: dict[str, int]
    weekdays: dict[str, int]
    month_re: str
    weekday_re: str
    name_words: tuple[str, ...] = ()  # the lower-case letter runs of all names ("jum'at": "jum", "at")

    def month(self, word: str) -> int | None:
        return self.months.get(word.lower().rstrip("."))

    def weekday(self, word: str) -> int | None:
        return self.weekdays.get(word.lower().replace("’", "'"))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _calendar_for(code: str, folder: str) -> Calendar:
    from warta.lang import load_pack

    pack = load_pack(code)
    months = {r["name"].lower(): int(r["month"]) for r in pack.table("months")}
    weekdays = {r["name"].lower(): int(r["weekday"]) for r in pack.table("weekdays")}
    name_words = tuple(sorted({w for name in [*months, *weekdays] for w in _LETTER_RUN.findall(name.casefold())}))
    return Calendar(months, weekdays, _alternation(list(months)), _alternation(list(weekdays)), name_words)


def calendar(pack: LanguagePack) -> Calendar:
    return _calendar_for(pack.code, str(pack.folder))


@cache
def _patterns(code: str, folder: str) -> tuple[tuple[re.Pattern[str], ...], Prefilter, WordStarts]:
    cal = _calendar_for(code, folder)
    wd = rf"(?:(?P<wd>{cal.weekday_re})\s*,?\s*\(?\s*)?"
    time = r"(?:\s*,?\s*(?:pukul\s+)?(?P<time>\d{1,2}[:.]\d{2})(?:\s*(?:WIB|WITA|WIT|GMT|UTC))?)?"
    day_month_year = re.compile(
        rf"\b{wd}(?P<d>\d{{1,2}})\s+(?P<m>{cal.month_re})\.?\s*,?\s+(?P<y>\d{{4}})\b{time}", re.I
    )
    month_day_year = re.compile(
        rf"\b{wd}(?P<m>{cal.month_re})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b{time}", re.I
    )
    numeric = re.compile(rf"\b{wd}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})\b{time}", re.I)
    iso = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<time>\d{2}:\d{2}))?")
    month_year = re.compile(rf"\b(?:bulan\s+)?(?P<m>{cal.month_re})\s+(?:tahun\s+)?(?P<y>\d{{4}})\b", re.I)
    # A month name these patterns match is followed by a non-word character, and starts a
    # word except in "month day, year", where it may follow a weekday unspaced.
    month_word = first_words(list(cal.months))
    prefilter = Prefilter(
        [
            [month_word],  # day month year
            [re.compile(r"\d,?\s+\d{4}\b")],  # month day, year
            [re.compile(r"/\d{4}")],  # d/m/yyyy
            [re.compile(r"\d{4}-\d{2}-\d{2}")],  # ISO
            [month_word],  # month year
        ]
    )
    # Each pattern opens with \b and a weekday, a month, "bulan" or a digit.
    starts = WordStarts(_start_words(cal), digits=True)
    return (day_month_year, month_day_year, numeric, iso, month_year), prefilter, starts


def absolute_date_starts(pack: LanguagePack) -> list[str]:
    """The words an absolute date may open with besides a digit (see `find_absolute_dates`)."""
    return _start_words(calendar(pack))


def _start_words(cal: Calendar) -> list[str]:
    return [*cal.weekdays, *cal.months, "bulan"]


def find_absolute_dates(
    text: str,
    pack: LanguagePack,
    words: frozenset[str] | None = None,
    candidates: list[int] | None = None,
) -> list[DateMatch]:
    """Every absolute date in `text`, earliest first, overlapping matches removed (`words`:
    the text's `prefilter.word_set`, when the caller already has it; `candidates`: offsets that
    hold every start of a word of `absolute_date_starts` and of a digit run, when the caller has
    them; else a long text is scanned for them here)."""
    if _FOUR_DIGITS.search(text) is None:
        return []
    folder = str(pack.folder)
    cal = _calendar_for(pack.code, folder)
    patterns, prefilter, starts = _patterns(pack.code, folder)
    passed = prefilter.passed(text, words)
    if candidates is None and len(text) >= _LONG_TEXT:
        candidates = starts.find(text, fold(text))
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(patterns):
        if not prefilter.may_match(passed, index):
            continue
        for m in finditer_from(pattern, text, candidates):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            month_word = groups.get("m") or ""
            month = int(month_word) if month_word.isdigit() else cal.month(month_word)
            if month is None:
                continue
            day = int(groups["d"]) if groups.get("d") else None
            date = PartialDate.make(int(groups["y"]), month, day)
            if date is None:
                # an impossible date ("31 Februari") is not re-read as a shorter valid one
                taken.append((m.start(), m.end()))
                continue
            time = groups.get("time")
            weekday = cal.weekday(groups["wd"]) if groups.get("wd") else None
            found.append(DateMatch(m.start(), m.end(), date, time.replace(".", ":") if time else None, weekday))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


_URL_DATE_PATTERNS = (
    # /2020/10/20/ or /2025/06/19/221700370/
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)"),
    # /20180516220411-20-298810/ (CNN Indonesia) or /read/20190506/ (Bisnis)
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:\d{6})?(?:[-/]|$)"),
    # /2015/ alone in the path: year only
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?:/|$)"),
)


_URL_HOST = re.compile(r"^[a-z]+://[^/]+", re.I)
_YEAR_MENTION = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/.-])")


def date_from_url(url: str | None) -> PartialDate | None:
    """The publication date a URL path states, at the precision it states it."""
    if not url:
        return None
    path = _URL_HOST.sub("", url.strip()).split("?", 1)[0]
    for pattern in _URL_DATE_PATTERNS:
        m = pattern.search(path)
        if not m:
            continue
        g = m.groupdict()
        date = PartialDate.make(
            int(g["y"]), int(g["m"]) if g.get("m") else None, int(g["d"]) if g.get("d") else None
        )
        if date is not None:
            return date
    return None


def iter_year_mentions(text: str) -> Iterator[tuple[int, int, int]]:
    """Four-digit years (1900-2100) in text as (start, end, year)."""
    for m in _YEAR_MENTION.finditer(text):
        yield m.start(), m.end(), int(m[1])
