"""The cleaning and metadata stage: one raw `Article` in, one clean `Doc` out.

Boilerplate goes (cues in `lang/<code>/boilerplate.tsv`), repeated passages are kept once,
and the text's own furniture (dateline, outlet marker, date lines, bylines, editor and
copyright lines) together with the record's URL and fields becomes the Doc's metadata, each
field with a short reason.
"""

from __future__ import annotations

import hashlib

from warta.clean.boilerplate import Rules, clean_line, rules_for
from warta.clean.language import detect_language
from warta.clean.metadata import Dateline, date_line, find_byline, find_dateline
from warta.clean.outlets import OutletTable, outlet_table
from warta.clean.publication import MetadataEvidence, resolve_metadata
from warta.clean.repeats import collapse_repeats
from warta.clean.text import key, normalise_lines
from warta.lang import SUPPORTED, LanguagePack
from warta.model import Article, Doc
from warta.resources import Resources

__all__ = ["clean_article", "detect_language"]

HEADER_SCAN_LINES = 20  # the header (title, byline, date, captions) sits within the first lines
BODY_LINE_MIN = 200  # without a dateline, the first line this long starts the body
TITLE_MAX = 200
CAPTION_CREDIT_WORDS = 5  # a credit line this short ("Tribunnews.com/Name") precedes its caption line


def clean_article(article: Article, resources: Resources) -> Doc:
    """Clean one article and read its metadata; pure: same input, same Doc."""
    packs = tuple(resources.pack(code) for code in SUPPORTED)
    rules = rules_for(tuple(p.code for p in packs))
    table = outlet_table(tuple(p.code for p in packs))
    lines = normalise_lines(article.text)
    kept, evidence, removed = _strip(lines, rules, packs, table)
    collapsed = collapse_repeats(kept)
    removed.extend(collapsed.removed)
    text = "\n".join(collapsed.lines)
    evidence.title_line = _title_line(collapsed.lines)
    language = detect_language(text)
    meta, reasons = resolve_metadata(article, evidence, table)
    if language:
        reasons["language"] = "lingua over the first characters of the clean text"
    return Doc(
        doc=article.doc,
        text=text,
        raw=article.text,
        origin=article.origin,
        content_hash=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        url=article.url,
        title=meta.title,
        language=language,
        outlet=meta.outlet,
        published=meta.published,
        published_time=meta.published_time,
        dateline=meta.dateline,
        byline=meta.byline,
        editor=meta.editor,
        reporter=meta.reporter,
        copyright_year=meta.copyright_year,
        removed=tuple(r for r in removed if r),
        reasons=reasons,
    )


def _body_start(lines: list[str]) -> tuple[int, Dateline | None]:
    """Index of the line that opens the body (a dateline, or the first long line) and its dateline."""
    seen = 0
    first_long = None
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > HEADER_SCAN_LINES:
            break
        dl = find_dateline(line) if seen > 1 or len(lines) == 1 else None
        if dl is not None:
            return i, dl
        if first_long is None and len(line) >= BODY_LINE_MIN:
            first_long = i
    return (first_long if first_long is not None else 0), None


def _strip(
    lines: list[str], rules: Rules, packs: tuple[LanguagePack, ...], table: OutletTable
) -> tuple[list[str], MetadataEvidence, list[str]]:
    """Line-by-line boilerplate removal, collecting metadata evidence on the way."""
    body_start, dateline = _body_start(lines)
    evidence = MetadataEvidence(dateline=dateline)
    removed: list[str] = []
    kept: list[str] = []
    kept_index: list[int] = []  # original line number of each kept line
    first_line = next((i for i, line in enumerate(lines) if line), -1)
    caption_next = False
    for i, line in enumerate(lines):
        if not line:
            continue
        header = i < body_start and i != first_line
        verdict = clean_line(line, rules, header=header)
        removed.extend(verdict.removed)
        for field_name, value, cue in verdict.fields:
            evidence.fields.append((field_name, value, cue, i))
        if verdict.text is None:
            if verdict.caption and kept and header:
                # the caption's first copy often stands alone on the line above it
                prev = key(kept[-1])
                if prev and len(prev) >= 10 and key(line).startswith(prev):
                    removed.append(kept.pop())
                    kept_index.pop()
            caption_next = verdict.caption and header and len(line.split()) <= CAPTION_CREDIT_WORDS
            continue
        text = verdict.text
        if caption_next and header:
            caption_next = False
            removed.append(text)
            continue
        caption_next = False
        dated = date_line(text, packs, rules) if i != first_line or len(text) < 60 else None
        if dated is not None:
            evidence.date_lines.append((dated, i, header or i < body_start))
            removed.append(text)
            continue
        if header:
            byline = find_byline(text)
            if byline is not None:
                evidence.bylines.append((byline[0], byline[1], i))
                removed.append(text)
                continue
        kept.append(text)
        kept_index.append(i)
    evidence.body_start_line = body_start
    return kept, evidence, removed


def _title_line(lines: list[str]) -> str | None:
    """The first line when it looks like a headline: short, not a sentence, not the dateline paragraph."""
    if not lines:
        return None
    first = lines[0]
    if len(first) > TITLE_MAX or len(first.split()) < 3 or first.endswith(".") or find_dateline(first):
        return None
    return first
