"""Find the spans that quotation marks enclose in an article, whatever marks the site used.

News sites mix curly and straight marks, lose closing marks, put a closing mark where the
opening one belongs (`” Kami ...,”`), nest single quotes inside double ones, and continue a
long quote in the next paragraph by opening it again without closing the first. This module
pairs the marks paragraph by paragraph and never lets an unclosed quote run past its paragraph
(except into a paragraph that itself opens with a quote mark: the continuation convention).
It knows nothing about speakers; `quotes.py` decides which spans are quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

DOUBLE_OPENERS = "“«„‟"
DOUBLE_CLOSERS = "”»"
DOUBLE_EITHER = '"″＂'
SINGLE_OPENERS = "‘‹‚"
SINGLE_CLOSERS = "’›"
SINGLE_EITHER = "'`"
ALL_DOUBLE = DOUBLE_OPENERS + DOUBLE_CLOSERS + DOUBLE_EITHER
ALL_SINGLE = SINGLE_OPENERS + SINGLE_CLOSERS + SINGLE_EITHER
# Characters that may stand right before an opening mark or right after a closing one.
_BEFORE_OPEN = "([{—–-:/*"
_DOUBLED_SINGLE = re.compile(r"''|‘‘|’’|``")
_NON_BLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")
_AFTER_CLOSE = ".,;:!?)]}—–-/*…"
_SENTENCE_OPENS = re.compile(r"\s+[A-Z0-9(]")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Text between quotation marks, possibly continued over several paragraphs."""

    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark, or the paragraph end when it never closed
    pieces: tuple[tuple[int, int], ...]  # (start, end) of the quoted words in each paragraph
    closed: bool  # False when the closing mark was missing
    double: bool  # True for double marks, False for single ones
    paragraph: int  # index of the paragraph the span opens in
    paragraph_start: int
    paragraph_end: int  # end of the paragraph the span closes in

    def text(self, doc_text: str) -> str:
        """The quoted words without the marks, paragraph pieces joined by a space."""
        parts = [doc_text[a:b].strip().strip(ALL_DOUBLE).strip() for a, b in self.pieces]
        joined = " ".join(p for p in parts if p)
        return joined.strip().rstrip(",").strip()


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines of the text with their offsets (the cleaner keeps one paragraph a line)."""
    found: list[Paragraph] = []
    for m in _NON_BLANK_LINE.finditer(text):
        found.append(Paragraph(len(found), m.start(), m.end()))
    return found


def _role(text: str, i: int, openers: str, closers: str, width: int = 1) -> str:
    """'open', 'close' or 'either' for the mark at i, from its shape and its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    open_ctx = (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()
    close_ctx = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE or nxt in ALL_DOUBLE)
    ch = text[i]
    if ch in openers:
        return "close" if close_ctx and not open_ctx else "open"
    if ch in closers:
        return "open" if open_ctx and not close_ctx else "close"
    if open_ctx and not close_ctx:
        return "open"
    if close_ctx and not open_ctx:
        return "close"
    return "either"


def _is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return prev.isalnum() and nxt.isalnum()


@cache
def _mark_class(kinds: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in kinds) + "]")


def _doubled_singles(text: str, start: int, end: int) -> list[int]:
    """Where two single marks stand for one double mark: ''Kami ...,'' (old sites type them so)."""
    return [m.start() for m in _DOUBLED_SINGLE.finditer(text, start, end)]


def _lost_close(text: str, start: int, end: int, lost_close: re.Pattern[str] | None) -> int:
    """Where an unclosed quote most likely ended: before an attribution cue, else at `end`."""
    if lost_close is not None:
        m = lost_close.search(text, start, end)
        if m:
            return m.start() + 1
    return end


def _pair(
    text: str,
    para: Paragraph,
    marks: list[tuple[int, int]],
    openers: str,
    closers: str,
    lost_close: re.Pattern[str] | None,
    keep_unclosed: bool,
) -> list[tuple[int, int, int, int, bool]]:
    """Pair (offset, width) marks of one paragraph into spans.

    Each span is (open offset, text start, text end, end offset, closed).
    """
    spans: list[tuple[int, int, int, int, bool]] = []
    opened: tuple[int, int] | None = None
    for n, (pos, width) in enumerate(marks):
        role = _role(text, pos, openers, closers, width)
        if opened is None:
            if role != "close":
                opened = (pos, width)
            elif n + 1 < len(marks) and _SENTENCE_OPENS.match(text[pos + width : pos + width + 3]):
                # a closing mark standing where the opening one belongs: `” Kami ...,”`
                opened = (pos, width)
            continue
        start, inner = opened[0], opened[0] + opened[1]
        if role != "open":
            spans.append((start, inner, pos, pos + width, True))
            opened = None
        else:
            if keep_unclosed:
                end = _lost_close(text, inner, pos, lost_close)
                spans.append((start, inner, end, end, False))
            opened = (pos, width)
    if opened is not None and keep_unclosed:
        start, inner = opened[0], opened[0] + opened[1]
        end = _lost_close(text, inner, para.end, lost_close)
        spans.append((start, inner, end, end, False))
    return spans


def find_quote_spans(
    text: str, lost_close: re.Pattern[str] | None = None, paras: list[Paragraph] | None = None
) -> list[QuoteSpan]:
    """All spans enclosed by quotation marks, in text order.

    `lost_close` finds where an attribution cue follows a quote whose closing mark is missing
    (`, kata`): an unclosed quote ends there instead of at the paragraph end. `paras`: the
    text's `paragraphs`, when the caller has them.
    """
    paras = paragraphs(text) if paras is None else paras
    per_para: list[list[QuoteSpan]] = []
    leading_close: list[tuple[int, int] | None] = []  # a closing mark in a line broken off a quote
    # every mark of the text in one scan; each paragraph takes its share (most have none)
    marked = [m.start() for m in _mark_class(ALL_DOUBLE + ALL_SINGLE).finditer(text)]
    for para in paras:
        first_mark = bisect_left(marked, para.start)
        if first_mark == len(marked) or marked[first_mark] >= para.end:  # nothing to pair
            per_para.append([])
            leading_close.append(None)
            continue
        para_marks = marked[first_mark : bisect_left(marked, para.end, first_mark)]
        doubled = _doubled_singles(text, para.start, para.end)
        taken = {i for d in doubled for i in (d, d + 1)}
        doubles = sorted([(i, 1) for i in para_marks if text[i] in ALL_DOUBLE] + [(d, 2) for d in doubled])
        pairs = _pair(text, para, doubles, DOUBLE_OPENERS + "‘`", DOUBLE_CLOSERS + "’", lost_close, True)
        spans = [
            QuoteSpan(a, b, ((ia, ib),), closed, True, para.index, para.start, para.end)
            for a, ia, ib, b, closed in pairs
        ]
        inside = [(s.start, s.end) for s in spans]
        singles = [
            (i, 1)
            for i in para_marks
            if text[i] in ALL_SINGLE
            and i not in taken
            and not _is_apostrophe(text, i)
            and not any(a < i < b for a, b in inside)
        ]
        for a, ia, ib, b, closed in _pair(text, para, singles, SINGLE_OPENERS, SINGLE_CLOSERS, None, False):
            spans.append(QuoteSpan(a, b, ((ia, ib),), closed, False, para.index, para.start, para.end))
        spans.sort(key=lambda s: s.start)
        per_para.append(spans)
        first = doubles[0] if doubles else None
        broken_line = text[para.start : para.start + 1].islower()
        stray = (
            first is not None
            and broken_line
            and _role(text, first[0], DOUBLE_OPENERS, DOUBLE_CLOSERS, first[1]) == "close"
            and not any(sp.start == first[0] for sp in spans)
        )
        leading_close.append(first if stray else None)
    return _join_continuations(text, paras, per_para, leading_close)


def _join_continuations(
    text: str,
    paras: list[Paragraph],
    per_para: list[list[QuoteSpan]],
    leading_close: list[tuple[int, int] | None],
) -> list[QuoteSpan]:
    """Merge a quote left open at its paragraph's end with the quote opening the next paragraph,
    or with the start of a next line that the scraper broke off mid-sentence ("... men\nmasyarakat ...,\" kata")."""
    out: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    for para, spans, close_at in zip(paras, per_para, leading_close, strict=True):
        spans = list(spans)
        if carry is not None:
            first = spans[0] if spans else None
            opens_para = first is not None and first.double and not text[para.start : first.start].strip()
            if close_at is not None and (first is None or close_at[0] < first.start):
                out.append(
                    QuoteSpan(
                        carry.start,
                        close_at[0] + close_at[1],
                        (*carry.pieces, (para.start, close_at[0])),
                        True,
                        True,
                        carry.paragraph,
                        carry.paragraph_start,
                        para.end,
                    )
                )
            elif first is not None and opens_para:
                spans[0] = QuoteSpan(
                    carry.start,
                    first.end,
                    carry.pieces + first.pieces,
                    first.closed,
                    True,
                    carry.paragraph,
                    carry.paragraph_start,
                    first.paragraph_end,
                )
            else:
                out.append(carry)
            carry = None
        if spans and spans[-1].double and not spans[-1].closed and spans[-1].end >= para.end:
            carry = spans.pop()
        out.extend(spans)
    if carry is not None:
        out.append(carry)
    return out
