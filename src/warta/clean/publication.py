"""Resolve the Doc's metadata fields from all the evidence one article gives, in order of
strength, with a short reason per field.

Outlet: the text's own marker (dateline, byline, site blurb, copyright line) beats the record's
site name, which beats the URL's domain (a mirror or aggregator may host another outlet's text).
Publication date: the record's own `published` field, then a day-precise date in the URL, then a
date standing on a metadata line, then a coarser URL date, then a copyright year (year only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.clean.metadata import DateLine, Dateline, copyright_parts
from warta.clean.outlets import (
    OutletTable,
    fold,
    host_and_path,
    host_labels,
    looks_like_domain,
    name_from_marker,
    readable_name,
    registered_label,
)
from warta.clean.text import title_case_place
from warta.extract.calendar import PartialDate, calendar, date_from_url, find_absolute_dates
from warta.lang import load_pack
from warta.model import Article

MIN_PLACE_CHARS = 3


@dataclass
class MetadataEvidence:
    """What the cleaning pass saw that tells about the article (line numbers are of the raw text)."""

    dateline: Dateline | None = None
    fields: list[tuple[str, str, str, int]] = field(default_factory=list)  # (field, value, cue, line)
    date_lines: list[tuple[DateLine, int, bool]] = field(default_factory=list)  # (date, line, in header)
    bylines: list[tuple[str, str, int]] = field(default_factory=list)  # (name, outlet, line)
    title_line: str | None = None
    body_start_line: int = 0
    body_start_kept: int = -1  # index of the body's first line among the kept lines
    first_kept_line: int = 0  # line number of the first line the text keeps (the title, mostly)


@dataclass
class Metadata:
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_time: str | None = None
    dateline: str | None = None
    byline: str | None = None
    editor: str | None = None
    reporter: str | None = None
    copyright_year: int | None = None


def resolve_metadata(
    article: Article, ev: MetadataEvidence, table: OutletTable
) -> tuple[Metadata, dict[str, str]]:
    """Every metadata field from the strongest evidence at hand, and a reason per field set."""
    meta = Metadata()
    reasons: dict[str, str] = {}
    article_year: int | None = None  # a copyright year the article's own notice states
    url_labels = {fold(lab) for lab in host_labels(host_and_path(article.url)[0])} if article.url else set()

    city, marker = _split_dateline(ev.dateline, table, url_labels)
    if city:
        meta.dateline = title_case_place(city)
        reasons["dateline"] = f"dateline '{ev.dateline.prefix if ev.dateline else city}' at the body's start"

    _resolve_outlet(article, ev, table, marker, url_labels, meta, reasons)

    if article.title:
        meta.title, reasons["title"] = article.title.strip(), "the record's title field"
    elif ev.title_line:
        meta.title, reasons["title"] = ev.title_line, "first line, shaped like a headline"

    for name, value, cue, line in ev.fields:
        if name == "editor" and meta.editor is None:
            meta.editor, reasons["editor"] = value, f"'{cue}' line {line + 1}"
        elif name == "reporter" and meta.reporter is None:
            meta.reporter, reasons["reporter"] = value, f"'{cue}' line {line + 1}"
        elif name == "byline" and meta.byline is None:
            meta.byline, reasons["byline"] = value, f"'{cue}' line {line + 1}"
        elif name == "copyright" and meta.copyright_year is None:
            notice = copyright_parts(value)
            if notice.year is not None:
                meta.copyright_year, reasons["copyright_year"] = notice.year, f"copyright line {line + 1}"
                article_year = None if notice.site_wide else notice.year
    if meta.byline is None and ev.bylines:
        name, _, line = ev.bylines[0]
        meta.byline, reasons["byline"] = name, f"'Name | Outlet' line {line + 1}"
    if meta.byline is None:
        for dated, line, _ in ev.date_lines:
            if dated.byline:
                meta.byline, reasons["byline"] = dated.byline, f"byline on the date line {line + 1}"
                break
    if article.author and meta.byline is None:
        meta.byline, reasons["byline"] = article.author, "the record's author field"

    _resolve_published(article, ev, article_year, meta, reasons)
    return meta, reasons


def _is_calendar_word(text: str) -> bool:
    """'Selasa', 'Januari': a dateline part that names a day or month, not an outlet."""
    cal = calendar(load_pack("id"))
    word = text.strip().split()[0] if text.strip() else ""
    return cal.weekday(word) is not None or cal.month(word) is not None


def _is_outlet_marker(text: str, table: OutletTable, url_labels: set[str]) -> bool:
    folded = fold(text)
    return (
        looks_like_domain(text)
        or table.for_alias(text) is not None
        or bool(folded and (folded in url_labels or folded.removesuffix("com") in url_labels))
    )


def _split_dateline(
    dl: Dateline | None, table: OutletTable, url_labels: set[str]
) -> tuple[str | None, str | None]:
    """(city, outlet marker) of a dateline: which part names the outlet is told by its shape."""
    if dl is None:
        return None, None
    a, b = dl.city, dl.outlet_marker
    if b is not None and _is_calendar_word(b):  # "JAKARTA, Selasa -": a day, not an outlet
        b = None
    if b is None and a:
        if _is_outlet_marker(a, table, url_labels):
            return None, a
        # "BANDUNG KOMPAS.com -", "NEW YORK. KOMPAS.com -": the comma went missing
        words = a.replace(". ", " ").split()
        for cut in range(1, len(words)):
            tail = " ".join(words[cut:])
            if _is_outlet_marker(tail, table, url_labels):
                return " ".join(words[:cut]), tail
        return (a if len(a) >= MIN_PLACE_CHARS else None), None
    if (
        b is not None
        and a
        and _is_outlet_marker(a, table, url_labels)
        and not _is_outlet_marker(b, table, url_labels)
    ):
        return b, a
    return a, b


def _resolve_outlet(
    article: Article,
    ev: MetadataEvidence,
    table: OutletTable,
    marker: str | None,
    url_labels: set[str],
    meta: Metadata,
    reasons: dict[str, str],
) -> None:
    # a marker the outlet table, a domain shape or the URL confirms wins; an unconfirmed one
    # ("Kuala Lumpur, Malaysia -") yields to the URL's domain
    if marker and (_is_outlet_marker(marker, table, url_labels) or not article.url):
        meta.outlet = name_from_marker(marker, table)
        reasons["outlet"] = f"text marker '{marker}' in the dateline at line {ev.body_start_line + 1}"
        return
    if ev.bylines:
        _, outlet, line = ev.bylines[0]
        meta.outlet = name_from_marker(outlet, table)
        reasons["outlet"] = f"byline marker '{outlet}' at line {line + 1}"
        return
    for name, value, cue, line in ev.fields:
        if name == "outlet" and value:
            meta.outlet = name_from_marker(value, table)
            reasons["outlet"] = f"site blurb '{cue}' at line {line + 1}"
            return
    for name, value, _cue, line in ev.fields:
        if name == "copyright":
            owner = copyright_parts(value).owner
            if owner:
                meta.outlet = name_from_marker(owner, table)
                reasons["outlet"] = f"copyright line {line + 1} names '{owner}'"
                return
    if article.site_name:
        meta.outlet = name_from_marker(article.site_name, table)
        reasons["outlet"] = "the record's site name"
        return
    if article.url:
        known = table.for_url(article.url)
        host, _ = host_and_path(article.url)
        sub = host_labels(host)
        if known is not None and known.kind == "network" and len(sub) > 1:
            meta.outlet = readable_name(sub[0])
            reasons["outlet"] = f"subdomain '{sub[0]}' of the {known.name} network"
            return
        if known is not None:
            meta.outlet = known.name
            reasons["outlet"] = "URL domain listed in outlets.tsv"
            return
        label = registered_label(host)
        if label:
            meta.outlet = readable_name(label)
            reasons["outlet"] = f"name derived from the URL domain '{host}'"


def _resolve_published(
    article: Article, ev: MetadataEvidence, article_year: int | None, meta: Metadata, reasons: dict[str, str]
) -> None:
    if article.published:
        stated = _parse_stated(article.published)
        if stated is not None:
            meta.published = stated[0].iso()
            meta.published_time = stated[1]
            reasons["published"] = "the record's published field"
            return
    url_date = _url_date(article.url) if article.url else None
    line_date = _best_date_line(ev)
    if url_date is not None and url_date.day is not None:
        meta.published, reasons["published"] = url_date.iso(), "date in the URL"
        if line_date is not None and line_date[0].date == url_date:
            meta.published_time = line_date[0].time  # the page's date line agrees and tells the hour
        return
    if line_date is not None:
        dated, line = line_date
        agrees = url_date is None or (
            dated.date.year == url_date.year
            and (url_date.month is None or dated.date.month == url_date.month)
        )
        if agrees:
            meta.published = dated.date.iso()
            meta.published_time = dated.time if dated.date.day is not None else None
            reasons["published"] = f"date line {line + 1}: '{dated.text}'"
            return
    if url_date is not None:
        meta.published, reasons["published"] = url_date.iso(), "date in the URL (its precision)"
        return
    if article_year is not None:
        meta.published = str(article_year)
        reasons["published"] = "copyright year only"


_SHORT_YEAR_PATH = re.compile(r"/(?P<y>[012]\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/[a-z0-9]+-[\w-]")
_DAY_FIRST_PATH = re.compile(r"/(?P<d>[0-3]\d)/(?P<m>[01]\d)/(?P<y>(?:19|20)\d{2})/")


def _url_date(url: str) -> PartialDate | None:
    """The most precise date the URL's path states: calendar.date_from_url's shapes, and two more,
    '/16/02/18/o2pxyz365-judul' (yy/mm/dd before a slug) and '/20/01/2020/' (day first)."""
    path = url.split("?", 1)[0]
    found = [
        d
        for d in (
            date_from_url(url),
            _path_date(_SHORT_YEAR_PATH, path, 2000),
            _path_date(_DAY_FIRST_PATH, path, 0),
        )
        if d
    ]
    return max(found, key=lambda d: (d.day is not None, d.month is not None), default=None)


def _path_date(pattern: re.Pattern[str], path: str, century: int) -> PartialDate | None:
    m = pattern.search(path)
    return PartialDate.make(century + int(m["y"]), int(m["m"]), int(m["d"])) if m else None


def _best_date_line(ev: MetadataEvidence) -> tuple[DateLine, int] | None:
    """A stated time marks the publication stamp; a date above the first kept line (the title) is
    often the page's "today" stamp, so it ranks last; then the header's first date, then any."""
    if not ev.date_lines:
        return None
    ranked = sorted(
        ev.date_lines,
        key=lambda d: (d[1] < ev.first_kept_line, d[0].time is None, not d[2], d[0].date.day is None, d[1]),
    )
    dated, line, _ = ranked[0]
    return dated, line


def _parse_stated(value: str) -> tuple[PartialDate, str | None] | None:
    iso = PartialDate.parse_iso(value)
    if iso is not None:
        time = value[11:16] if len(value) >= 16 and value[10] in "T " and value[13] == ":" else None
        return iso, time
    for code in ("id", "en"):
        found = find_absolute_dates(value, load_pack(code))
        if found:
            return found[0].date, found[0].time
    return None
