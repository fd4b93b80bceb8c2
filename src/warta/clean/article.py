"""One article through the cleaning stage: lines normalised, boilerplate cut line by line while
metadata evidence is collected, the header (title, byline, date, captions) told from the body,
repeated passages collapsed, then metadata resolved and the language identified."""

from __future__ import annotations

import hashlib
import re
from functools import cache

from warta.clean.boilerplate import LINE_MAX, Rules, clean_line, is_standalone_credit, line_cue, rules_for
from warta.clean.language import detect_language
from warta.clean.metadata import Dateline, date_line, find_byline, find_dateline
from warta.clean.outlets import OutletTable, looks_like_domain, outlet_table
from warta.clean.publication import MetadataEvidence, resolve_metadata
from warta.clean.repeats import collapse_repeats
from warta.clean.text import key, normalise_lines
from warta.lang import SUPPORTED, LanguagePack, load_pack
from warta.model import Article, Doc
from warta.resources import Resources

HEADER_SCAN_LINES = 20  # the header (title, byline, date, captions) sits within the first lines
BODY_LINE_MIN = 200  # without a dateline, the first line this long starts the body
TITLE_MAX = 200
CAPTION_CREDIT_WORDS = 5  # a credit line this short ("Tribunnews.com/Name") precedes its caption line
FOOTER_LINE_MAX = 50  # footer leftovers are short labels ("Media Pencerahan Rakyat", tags)
FOOTER_LINE_WORDS = 6
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", ")")
_LIST_ITEM = re.compile(r"^(?:[-•*–]\s|\d{1,2}[.)]\s)")


def clean_article(article: Article, resources: Resources) -> Doc:
    """Clean one article and read its metadata; pure: same input, same Doc."""
    packs = tuple(resources.pack(code) for code in SUPPORTED)
    rules = rules_for(tuple(p.code for p in packs))
    table = outlet_table(tuple(p.code for p in packs))
    lines = normalise_lines(article.text)
    kept, evidence, removed = _strip(lines, rules, _calendar_packs(packs), table)
    collapsed = collapse_repeats(kept, evidence.body_start_kept)
    removed.extend(collapsed.removed)
    text = "\n".join(collapsed.lines)
    evidence.title_line = _title_line(collapsed.lines)
    language = detect_language(text)
    meta, reasons = resolve_metadata(article, evidence, table)
    if language:
        reasons["language"] = "function-word vote, else lingua, over the start of the clean text"
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


def _calendar_packs(packs: tuple[LanguagePack, ...]) -> tuple[LanguagePack, ...]:
    """One pack per distinct month table (Malay borrows Indonesian's): each is tried on date lines."""
    codes = _distinct_calendars(tuple(p.code for p in packs))
    return tuple(p for p in packs if p.code in codes)


@cache
def _distinct_calendars(codes: tuple[str, ...]) -> frozenset[str]:
    seen: dict[str, str] = {}
    for code in codes:
        seen.setdefault(str(load_pack(code).path("months")), code)
    return frozenset(seen.values())


def _body_start(survivors: list[tuple[int, str]]) -> tuple[int, Dateline | None]:
    """Line number that opens the body (a dateline, else the first long line) and its dateline.

    `survivors` are (line number, text) of the lines boilerplate removal kept."""
    for seen, (i, text) in enumerate(survivors):
        if seen >= HEADER_SCAN_LINES:
            break
        dl = find_dateline(text)
        if dl is not None:
            return i, dl
        if len(text) >= BODY_LINE_MIN:
            return i, None
    return (survivors[0][0] if survivors else 0), None


def _strip(
    lines: list[str], rules: Rules, packs: tuple[LanguagePack, ...], table: OutletTable
) -> tuple[list[str], MetadataEvidence, list[str]]:
    """Line-by-line boilerplate removal, collecting metadata evidence on the way."""
    verdicts = [(i, clean_line(line, rules)) for i, line in enumerate(lines) if line]
    survivors = [(i, v.text) for i, v in verdicts if v.text is not None]
    body_start, dateline = _body_start(survivors)
    title_line = survivors[0][0] if survivors else -1  # never taken for a credit line
    evidence = MetadataEvidence(dateline=dateline, body_start_line=body_start)
    removed: list[str] = []
    kept: list[str] = []
    caption_next = False
    kept_lines: list[int] = []  # line number of each kept line
    for i, verdict in verdicts:
        header = i < body_start
        removed.extend(verdict.removed)
        for field_name, value, cue in verdict.fields:
            evidence.fields.append((field_name, value, cue, i))
        text = verdict.text
        caption = verdict.caption
        if text is not None and header and i != title_line and is_standalone_credit(text, rules):
            removed.append(text)
            text, caption = None, True
        if text is None:
            if caption and kept and header:
                # the caption's first copy often stands alone on the line above it
                prev = key(kept[-1])
                if len(prev) >= 10 and key(lines[i]).startswith(prev):
                    removed.append(kept.pop())
            # the line under a bare credit is its caption, when a dateline shows where the body begins
            caption_next = (
                caption and header and dateline is not None and len(lines[i].split()) <= CAPTION_CREDIT_WORDS
            )
            continue
        if caption_next and header:
            caption_next = False
            removed.append(text)
            continue
        caption_next = False
        if (
            " | " in text
            and len(text) <= LINE_MAX
            and _shared_metadata_line(text, i, header, rules, packs, evidence)
        ):
            removed.append(text)
            continue
        dated = date_line(text, packs, rules)
        # in the body a bare date is a heading, a list item or an event date: a page's own date
        # line there carries a time or a label ("21 Juni 2017 04:01 WIB")
        if dated is not None and (header or ((dated.time or dated.labelled) and not _LIST_ITEM.match(text))):
            evidence.date_lines.append((dated, i, header))
            removed.append(text)
            continue
        if header:
            byline = find_byline(
                text, lambda name: table.for_alias(name) is not None or looks_like_domain(name)
            )
            if byline is not None:
                evidence.bylines.append((byline[0], byline[1], i))
                removed.append(text)
                continue
        if i >= body_start and evidence.body_start_kept < 0:
            evidence.body_start_kept = len(kept)
        kept.append(text)
        kept_lines.append(i)
    if evidence.body_start_kept < 0:
        evidence.body_start_kept = len(kept)
    _drop_footer_leftovers(kept, kept_lines, [i for i, _ in verdicts], removed)
    evidence.first_kept_line = kept_lines[0] if kept_lines else 0
    return kept, evidence, removed


def _shared_metadata_line(
    text: str, i: int, header: bool, rules: Rules, packs: tuple[LanguagePack, ...], evidence: MetadataEvidence
) -> bool:
    """'Reporter: Nama | Selasa, 31 Jan 2017 14:44 WIB': metadata cues and a date side by side on one
    line. Record what each segment tells and say whether the line is metadata only."""
    segments = [s.strip() for s in text.split(" | ")]
    cues = [line_cue(s, rules) for s in segments]
    dates = [date_line(s, packs, rules) if c is None else None for s, c in zip(segments, cues, strict=True)]
    if all(c is not None or d is not None for c, d in zip(cues, dates, strict=True)):
        for c in cues:
            if c is not None:
                evidence.fields.extend((f, c[1], c[0].cue, i) for f in c[0].fields if c[1])
        evidence.date_lines.extend((d, i, header) for d in dates if d is not None)
        return True
    whole = line_cue(text, rules)
    if whole is None:
        return False
    evidence.fields.extend((f, whole[1], whole[0].cue, i) for f in whole[0].fields if whole[1])
    return True


def _drop_footer_leftovers(
    kept: list[str], kept_lines: list[int], all_lines: list[int], removed: list[str]
) -> None:
    """Short label-like lines left at the very end among removed footer furniture (a site slogan
    after "About X", avatar initials after "Rekomendasi untuk Anda", tags listed under "Tags") are
    furniture too: the trailing run of such lines goes when a removed line stands right above it."""
    run = 0
    while run < len(kept) - 1:
        last = kept[-1 - run]
        short = len(last) <= FOOTER_LINE_MAX and len(last.split()) <= FOOTER_LINE_WORDS
        if not short or last.endswith(SENTENCE_ENDS) or ":" in last:
            break
        run += 1
    if run == 0:
        return
    first_of_run = kept_lines[-run]
    position = all_lines.index(first_of_run)
    if position == 0 or all_lines[position - 1] in kept_lines:
        return
    for _ in range(run):
        removed.append(kept.pop())
        kept_lines.pop()


def _title_line(lines: list[str]) -> str | None:
    """The first line when it looks like a headline: short, not a sentence, not the dateline paragraph."""
    if not lines:
        return None
    first = lines[0]
    if len(first) > TITLE_MAX or len(first.split()) < 3 or first.endswith(".") or find_dateline(first):
        return None
    return first
