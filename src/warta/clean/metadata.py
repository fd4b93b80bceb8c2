"""Article metadata from the text's own furniture: the dateline ("MOSKOW:", "Jakarta, CNN
Indonesia --", "jpnn.com, TEHERAN -", "New York (ANTARA News) -"), the outlet marker it
carries, publication-date lines ("Selasa, 31 Jan 2017 14:44 WIB"), bylines ("Name | Outlet")
and copyright lines.

Dates inside body sentences are event dates, never the publication date: only a date that
stands on a metadata line of its own counts here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from warta.clean.boilerplate import Rules
from warta.extract.calendar import PartialDate, calendar, find_absolute_dates
from warta.lang import LanguagePack

DATE_LINE_MAX = 130  # a metadata line holding a date is short
DATE_LINE_RESIDUE_WORDS = 1  # words besides date, weekday, time and labels a date line may hold ("Jakarta")
DATELINE_MIN_LINE = 60  # a dateline opens a body paragraph, so the line is long
HEADLINE_MAX = 120  # a shorter line without a full stop may be a headline
_PLACE_WORD = r"[A-Z][\w.'’-]*"
_PLACE = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co|tv|news|info|my)\b"
_DASH_MARK = r"(?:-{2,3}|[-–—])"
_DASH = rf"(?:\s*{_DASH_MARK}\s+|\s+{_DASH_MARK}\s*|(?<=[a-z]){_DASH_MARK}\s+)"
_DATELINE_PAREN = re.compile(
    rf"^(?P<city>{_PLACE}),?\s*(?:\d{{1,2}}\s+[A-Za-z]{{3,9}}\.?(?:\s+\d{{4}})?\s*)?"  # "KUALA LUMPUR, 12 Mac (Bernama)"
    rf"\((?P<outlet>[^()\n]{{2,40}})\)\s*(?:--|[-–—:])\s*"
)
# the body's first sentence starts after the dash: "Jokowi - sapaan akrab ..." is no dateline
_SENTENCE_START = r"(?=[\"“‘'(]?[A-Z0-9])"
_DATELINE_PAIR = re.compile(
    rf"^(?P<a>{_PLACE}|{_DOMAIN}),\s*(?P<b>{_PLACE}|{_DOMAIN}){_DASH}{_SENTENCE_START}"
)
_DATELINE_DASHED_PAIR = re.compile(rf"^(?P<a>{_PLACE})\s+[-–—]\s+(?P<b>{_DOMAIN}){_DASH}{_SENTENCE_START}")
_DATELINE_SINGLE = re.compile(rf"^(?P<a>{_PLACE}|{_DOMAIN}){_DASH}{_SENTENCE_START}")
_DATELINE_COLON = re.compile(r"^(?P<a>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}):\s+(?=[A-Z\"“])")
_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})\s*(?P<sep>\||\s[-–—]\s)\s*(?P<outlet>[^|]{2,40})$"
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b")
_TIMEZONE = re.compile(r"\b(?:WIB|WITA|WIT|GMT|UTC|AM|PM)\b(?:\s*[+-]\d{1,2})?", re.I)
_ISO_MONTH = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})(?![\d-])")
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", ")")
_LETTERS = re.compile(r"[a-z]+")
_NUMERIC_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}")
_WORD = re.compile(r"[^\W\d_]{2,}")
_DOMAIN_TOKEN = re.compile(rf"\b{_DOMAIN}", re.I)
# a year standing alone: "(?<!\d)" checked after the digits (as "no digit before these four"), so
# that the pattern opens with its digits and the engine can skip ahead to them
_YEAR = re.compile(r"((?:19|20)\d\d)(?!\d)(?<!\d\d\d\d\d)")
# A word that stays in a date line's residue whatever dates, times, weekdays, labels or domains
# are cut from it: letters between spaces or punctuation (not in a domain "kompas.com", not glued to
# digits) that do not start with a word those cuts may take (see `_removable`).
_PLAIN_WORD = re.compile(r"(?<![\w.-])[^\W\d_]{2,}(?![\w.-])")
# the words `calendar.find_absolute_dates` and `_TIMEZONE` match besides month and weekday names
_DATE_PATTERN_WORDS = ("pukul", "bulan", "tahun", "wib", "wita", "wit", "gmt", "utc", "am", "pm")


@dataclass(frozen=True, slots=True)
class DateLine:
    """A publication date standing on a metadata line."""

    date: PartialDate
    time: str | None
    text: str
    byline: str | None = None
    labelled: bool = False  # a publication label stood next to the date ("Dipublikasikan pada")


@dataclass(frozen=True, slots=True)
class Dateline:
    city: str | None
    outlet_marker: str | None
    prefix: str  # the matched opening of the line, for reasons


def date_line(line: str, packs: tuple[LanguagePack, ...], rules: Rules) -> DateLine | None:
    """The date a short metadata line states ("- 25 Februari 2022, 18:01 WIB"), or None when the
    line is not such a line (a body sentence that mentions a date is not)."""
    if len(line) > DATE_LINE_MAX or not _YEAR.search(line):
        return None
    # a body sentence keeps too many words whatever dates it holds: told before any date is read
    # (a label followed by a name, "Oleh Nama", may take any words: such a line is read in full)
    if rules.byline_labels is None or rules.byline_labels.search(line) is None:
        removable = _removable(packs, rules)
        kept = [w for w in _PLAIN_WORD.findall(line) if not w.casefold().startswith(removable)]
        if len(kept) > DATE_LINE_RESIDUE_WORDS:
            return None
    letters = set(_LETTERS.findall(line.lower()))
    numeric = _NUMERIC_DATE.search(line) is not None
    for pack in packs:
        if not numeric and letters.isdisjoint(calendar(pack).months):
            continue  # no month name and no numeric date: nothing to find (and it is cheap to know)
        found = find_absolute_dates(line, pack)
        rest = line
        date: PartialDate | None = None
        time: str | None = None
        if found:
            best = max(found, key=lambda d: (d.date.day is not None, d.date.month is not None))
            date, time = best.date, best.time
            for d in sorted(found, key=lambda d: d.start, reverse=True):
                rest = rest[: d.start] + " " + rest[d.end :]
        else:
            m = _ISO_MONTH.search(line)
            if m is None:
                continue
            date = PartialDate.make(int(m["y"]), int(m["m"]))
            rest = line[: m.start()] + " " + line[m.end() :]
        if date is None:
            continue
        if time is None:
            tm = _TIME.search(rest)
            time = tm.group(0).replace(".", ":") if tm else None
        rest = _TIMEZONE.sub(" ", _TIME.sub(" ", rest))
        rest = re.sub(rf"(?<!\w)(?:{calendar(pack).weekday_re})(?!\w)", " ", rest, flags=re.I)
        byline = None
        labelled = False
        for label in rules.date_labels:
            m = label.pattern.search(rest)
            while m:
                labelled = labelled or "published" in label.fields
                if "name" in m.re.groupindex and "byline" in label.fields:
                    # the name runs to the next label or the end of the line
                    name_end = len(rest)
                    for other in rules.date_labels:
                        if other is label or "name" in other.pattern.groupindex:
                            continue
                        om = other.pattern.search(rest, m.start("name"))
                        if om:
                            name_end = min(name_end, om.start())
                    byline = rest[m.start("name") : name_end].strip(" |,-–—")
                    rest = rest[: m.start()] + " " + rest[name_end:]
                elif "name" in m.re.groupindex:
                    rest = rest[: m.start()] + " "
                else:
                    rest = rest[: m.start()] + " " + rest[m.end() :]
                m = label.pattern.search(rest)
        words = _WORD.findall(_DOMAIN_TOKEN.sub(" ", rest))  # "Kompas.com - 19/06/2025, 22:17 WIB"
        if len(words) > DATE_LINE_RESIDUE_WORDS:
            return None
        if words and line.rstrip().endswith("."):
            return None
        return DateLine(date, time, line, byline, labelled)
    return None


def _removable(packs: tuple[LanguagePack, ...], rules: Rules) -> tuple[str, ...]:
    """The lower-case words `date_line` may cut from a line, also as the start of a longer word."""
    words = _DATE_PATTERN_WORDS + rules.date_label_words
    for pack in packs:
        words += calendar(pack).name_words
    return words


def find_dateline(line: str) -> Dateline | None:
    """The dateline that opens a body paragraph, if the line has one."""
    # a dateline opens a body paragraph: long, and written in sentences (a headline is neither)
    if len(line) < DATELINE_MIN_LINE:
        return None
    if len(line) < HEADLINE_MAX and not (line.rstrip().endswith(_SENTENCE_ENDS) or ". " in line):
        return None
    m = _DATELINE_PAREN.match(line)
    if m:
        return Dateline(m["city"], m["outlet"].strip(), m.group(0).strip())
    m = _DATELINE_PAIR.match(line)
    if m:
        return Dateline(m["a"], m["b"], m.group(0).strip())
    m = _DATELINE_DASHED_PAIR.match(line)  # "JAKARTA - KOMPAS.com - ..."
    if m:
        return Dateline(m["a"], m["b"], m.group(0).strip())
    m = _DATELINE_SINGLE.match(line)
    if m:
        return Dateline(m["a"], None, m.group(0).strip())
    m = _DATELINE_COLON.match(line)
    if m:
        return Dateline(m["a"], None, m.group(0).strip())
    return None


def find_byline(line: str, is_outlet: Callable[[str], bool]) -> tuple[str, str] | None:
    """'Riva Dessthania Suastha | CNN Indonesia' -> (name, outlet); with a dash ('Name - detikNews')
    only when the right side is a known outlet or a domain, for a headline may hold a dash too."""
    m = _BYLINE.match(line.strip())
    if m is None or (m["sep"] != "|" and not is_outlet(m["outlet"].strip())):
        return None
    return m["name"].strip(), m["outlet"].strip()


@dataclass(frozen=True, slots=True)
class CopyrightNotice:
    year: int | None
    owner: str | None
    site_wide: bool  # the site's footer ("© 2025 X. All Rights Reserved"), not the article's own line


def copyright_parts(value: str) -> CopyrightNotice:
    """'ANTARA 2014' -> the article's notice; '2025 TribunNews.com, a subsidiary of KG Media. All Right
    Reserved' -> the site's footer, whose year is the year the page was seen, not written."""
    years = _YEAR.findall(value)
    year = int(years[-1]) if years else None
    rest = re.sub(r"(?i)\b(?:copyright|hak cipta)\b|[©]|\(c\)", " ", value).strip()
    site_wide = (
        len(years) > 1  # "2008 - 2017": a range of years the site has run
        or bool(re.match(r"(?:19|20)\d{2}\b", rest))  # the year before the name
        or "reserved" in value.lower()
    )
    rest = re.sub(r"(?i)\ball rights? reserved\b", " ", _YEAR.sub(" ", rest))
    name = re.split(r"[,.|](?!\w{2,3}\b)|\s-\s", rest.strip())[0].strip(" ,.-–—")
    name = re.sub(r"\s+", " ", name)
    owner = name if name and len(name) <= 40 and any(c.isalpha() for c in name) else None
    return CopyrightNotice(year, owner, site_wide)
