"""Sentence splitting for news text: `split_sentences(text, pack) -> list[Sentence]`.

Regex-based and fast. A sentence ends at `.`, `!`, `?`, `...` or `…` (with any
closing quotes or brackets that follow) when the next word starts a new sentence,
and always at a line break (scraped paragraphs are one per line). It does not end:

- after an abbreviation of the language pack's `abbreviations.tsv` ("Prof.",
  "Brigjen.", "Jl.", "No.") or a single-letter initial ("M. Adil Syarif", "S.H.");
- before a lower-case word ("...,” kata Shoigu", "... melawan teroris");
- inside a quotation that the same paragraph closes and attributes
  (“Putin adalah agresor. Putin memilih perang ini,” lanjutnya): quote and speaker
  stay one sentence;
- inside numbers ("17.361", "1,5") and web names ("jpnn.com, TEHERAN -").

A period glued to the next sentence ("Ukraina.Hal tersebut", seen in scraped text)
is a boundary. Offsets index the input text exactly; spans exclude surrounding
whitespace.
"""

from __future__ import annotations

import re
from functools import cache

from warta.lang import LanguagePack, load_pack
from warta.model import Sentence

# a run of ".", "!", "?" and "…" ("...", "?!"), then closing marks; written as one character class
# (not an alternation of "..." and the rest) so that the engine skips ahead to the next candidate
_TERMINATOR = re.compile(r"[.!?…]+[\"”’'»)\]]*")
_NON_SPACE = re.compile(r"\S")
_INITIALS = re.compile(r"(?:[A-Za-z]{1,2}\.)*[A-Za-z]")
_GLUED_BEFORE = re.compile(r"[A-Za-z]*[a-z]{2}$")
_GLUED_AFTER = re.compile(r"([A-Z][a-z]+)")
_QUOTE_SPANS = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_ATTRIBUTION_AFTER_QUOTE = re.compile(r"\s*(?:,|[a-z])")
# "1. Syarat ..." / "### 2. Lokasi" / "**3." at the start of a paragraph: a list number, not a sentence.
_LIST_MARKER = re.compile(r"\s*[#*>\-\s]*\(?[0-9]{1,3}\\?$")
_OPENERS = "\"“‘'([«"
# Web-name endings: "Tempo.Co", "Detik.Com" are outlet names, not two sentences.
_WEB_SUFFIXES = frozenset({"com", "co", "id", "net", "org", "go", "ac", "tv", "news", "my", "sg", "info"})


def _abbreviations(pack: LanguagePack) -> tuple[frozenset[str], frozenset[str]]:
    """(title-like, general) abbreviations in lower case, without their final period."""
    titles: set[str] = set()
    general: set[str] = set()
    for row in pack.table("abbreviations"):
        word = row.get("abbreviation", "").rstrip(".").lower()
        if word:
            (general if row.get("kind") == "general" else titles).add(word)
    return frozenset(titles), frozenset(general)


@cache
def _abbreviations_of(code: str) -> tuple[frozenset[str], frozenset[str]]:
    return _abbreviations(load_pack(code))


def split_sentences(text: str, pack: LanguagePack) -> list[Sentence]:
    """Split `text` into sentences whose offsets index `text` exactly."""
    titles, general = _abbreviations_of(pack.code) if pack is load_pack(pack.code) else _abbreviations(pack)
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        for start, end in _split_line(line, titles, general):
            spans.append((line_start + start, line_start + end))
        line_start += len(line) + 1
    return [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]


def _split_line(line: str, titles: frozenset[str], general: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, whitespace trimmed."""
    protected = (
        [(m.start(), m.end()) for m in _QUOTE_SPANS.finditer(line) if _ATTRIBUTION_AFTER_QUOTE.match(line, m.end())]
        if '"' in line or "“" in line
        else []
    )
    cuts: list[int] = []
    text_end = len(line.rstrip())  # from here on only spaces: the paragraph ends anyway
    for m in _TERMINATOR.finditer(line, 0, text_end):
        end = m.end()
        if end >= text_end:
            continue
        if protected and any(qs < m.start() and end < qe for qs, qe in protected):
            continue
        if _is_boundary(line, m.start(), end, titles, general):
            cuts.append(end)
    if not cuts:
        stripped = line.strip()
        if not stripped:
            return []
        left = len(line) - len(line.lstrip())
        return [(left, left + len(stripped))]
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in [*cuts, len(line)]:
        piece = line[begin:cut]
        stripped = piece.strip()
        if stripped:
            left = begin + (len(piece) - len(piece.lstrip()))
            spans.append((left, left + len(stripped)))
        begin = cut
    return spans


def _is_boundary(
    line: str, punct_start: int, end: int, titles: frozenset[str], general: frozenset[str]
) -> bool:
    punct = line[punct_start:end].rstrip("\"”’'»)]")
    closed = len(punct) < end - punct_start
    next_char = line[end]
    if not next_char.isspace():
        return _is_glued_boundary(line, punct_start, end, punct, closed) and not _after_abbreviation(
            _word_before(line, punct_start), titles
        )
    first = _first_after(line, end)
    if first.islower():
        return False
    if punct != "." or closed:
        return True
    if _LIST_MARKER.fullmatch(line, 0, punct_start):
        return False
    before = _word_before(line, punct_start)
    if _after_abbreviation(before, titles):
        return False
    if before.lower() in general:
        return not first.isdigit()
    return True


def _first_after(line: str, end: int) -> str:
    """The first non-space character from `end` (the caller knows there is one)."""
    match = _NON_SPACE.search(line, end)
    return match.group() if match else ""


def _word_before(line: str, punct_start: int) -> str:
    """The run of non-space characters right before `punct_start`, opening marks stripped."""
    start = punct_start
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    return line[start:punct_start].lstrip(_OPENERS)


def _after_abbreviation(before: str, titles: frozenset[str]) -> bool:
    """The period after the word `before` (see `_word_before`) closes a title-like abbreviation or
    an initial ("M. Adil", "S.H.", "D.C.")."""
    if not before:
        return False
    if before.lower() in titles:
        return True
    return _INITIALS.fullmatch(before) is not None and before[-1].isupper()


def _is_glued_boundary(line: str, punct_start: int, end: int, punct: str, closed: bool) -> bool:
    """A period with no space after it ends a sentence only between two words ("Ukraina.Hal")."""
    if punct != "." or closed:
        return False
    after = _GLUED_AFTER.match(line, end)
    if after is None or after.group(1).lower() in _WEB_SUFFIXES:
        return False
    return _GLUED_BEFORE.search(line, max(0, punct_start - 40), punct_start) is not None
