"""Cheap tests that tell which of several regexes can match a text at all, so a
sentence runs only the patterns it has a chance with (a date pattern needs a digit, a
month name, a direction word ...).

A `Prefilter` holds distinct tests, each a small regex the text must contain or a set of
words one of which it must contain, and per pattern the tests it needs. `passed(text)`
runs every test once and returns a bit mask; `may_match(mask, index)` says whether
pattern `index` needs nothing the text lacks. A prefilter never changes what the patterns
find: a test may only demand what every match (or every accepted match) contains.

Word tests compare casefolded words (`\\w+` runs). They are safe for a phrase that the
pattern matches case-insensitively starting at the start of a word and followed, within
the phrase or right after it, by a non-word character or a word boundary: the text then
holds the phrase's first word as a whole word.

`WordStarts` (with `finditer_from`, `search_from`, and `PhraseScanner` for phrase
patterns) serves long texts the other way round: it lists the offsets where a word-led
pattern can start, and the pattern is tried only there, with the same matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

_WORD = re.compile(r"\w+")
# re.IGNORECASE matches these two to "i", casefolding does not.
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i"})


def _casefold(text: str) -> str:
    """Casefolded, with the Turkish dotted and dotless i as plain i (translating only when the
    text holds one: a translate pass costs more than the casefold itself)."""
    if "\u0130" in text or "\u0131" in text:
        text = text.translate(_DOTTED_I)
    return text.casefold()

Test = re.Pattern[str] | frozenset[str]


def first_words(phrases: Sequence[str]) -> frozenset[str] | None:
    """The casefolded first words of phrases; None when a phrase does not start with a plain
    ASCII word (no word test is then safe)."""
    words = set()
    for phrase in phrases:
        first = _WORD.match(phrase.casefold())
        if first is None or not first.group(0).isascii():
            return None
        words.add(first.group(0))
    return frozenset(words)


def either(*word_lists: frozenset[str] | None) -> frozenset[str] | None:
    """One word of any of the lists; None when one of them cannot test."""
    union: set[str] = set()
    for words in word_lists:
        if words is None:
            return None
        union |= words
    return frozenset(union)


def word_set(text: str) -> frozenset[str]:
    """The casefolded words of a text, as word tests compare them."""
    return frozenset(_WORD.findall(_casefold(text)))


def fold_with_words(text: str) -> tuple[str | None, frozenset[str]]:
    """`fold(text)` and `word_set(text)`, folding once."""
    folded = _casefold(text)
    words = frozenset(_WORD.findall(folded))
    if len(folded) != len(text) or _FOLDS_TO_WORD in text:
        return None, words
    return folded, words


class Prefilter:
    """Which patterns of a list a text may match, from one pass of cheap tests."""

    __slots__ = ("_needs", "_tests")

    def __init__(self, needs: Sequence[Sequence[Test | None]]) -> None:
        """`needs[i]` lists the tests pattern i cannot match without (None: no test)."""
        tests: list[Test] = []
        masks: list[int] = []
        for conditions in needs:
            mask = 0
            for test in conditions:
                if test is None:
                    continue
                if test not in tests:
                    tests.append(test)
                mask |= 1 << tests.index(test)
            masks.append(mask)
        self._tests = tuple(tests)
        self._needs = tuple(masks)

    def passed(self, text: str, words: frozenset[str] | None = None) -> int:
        """The bit mask of tests `text` passes (`words`: its `word_set`, when already known)."""
        mask = 0
        for bit, test in enumerate(self._tests):
            if isinstance(test, re.Pattern):
                if test.search(text) is not None:
                    mask |= 1 << bit
                continue
            if words is None:
                words = word_set(text)
            if not test.isdisjoint(words):
                mask |= 1 << bit
        return mask

    def may_match(self, mask: int, index: int) -> bool:
        """Whether pattern `index` needs no test the text failed."""
        need = self._needs[index]
        return mask & need == need


def fold(text: str) -> str | None:
    """The text casefolded offset for offset, for `PhraseScanner`; None when folding would
    move offsets or change which characters are word characters."""
    folded = _casefold(text)
    if len(folded) != len(text) or _FOLDS_TO_WORD in text:
        return None
    return folded


# The one character that is no word character but casefolds to one (COMBINING YPOGEGRAMMENI).
_FOLDS_TO_WORD = "\u0345"


class WordStarts:
    r"""Where a match of a word-led pattern can start, found fast.

    For a pattern (case-insensitive or not) whose every match starts a word (it opens with
    `(?<!\w)` or `\b` and then a word character) with one of `phrases`' first words, or
    with a digit when `digits` is set. Python's regex engine tries such a pattern at every
    offset; a case-sensitive alternation of the first words over the casefolded text (and
    a scan for digit runs) lists the few offsets where it can match, and `finditer_from` /
    `search_from` run the pattern only there, with exactly the matches of
    `pattern.finditer` / `pattern.search`. The first-word alternation only ever consumes
    the inside of one word, so it skips no word start.
    """

    __slots__ = ("_digits", "_first")

    def __init__(self, phrases: Sequence[str], *, digits: bool = False) -> None:
        words = first_words(phrases) if phrases else frozenset()
        self._first = re.compile(_trie(words)) if words else None
        self._digits = digits
        if words is None:  # a phrase not led by a plain word: no safe list of starts
            self._digits = False

    @property
    def usable(self) -> bool:
        return self._first is not None or self._digits

    def find(self, text: str, folded: str | None) -> list[int] | None:
        """Offsets where a match may start, given `fold(text)`; None: scan the plain way."""
        if folded is None or not self.usable:
            return None
        starts = [m.start() for m in self._first.finditer(folded)] if self._first is not None else []
        if self._digits:
            starts = sorted({*starts, *(m.start() for m in _DIGITS.finditer(text))})
        return starts


_DIGITS = re.compile(r"\d+")


def _trie(words: frozenset[str]) -> str:
    """A regex matching any of the words at a position, branching one character at a time
    (the engine picks the branch by the next character instead of trying every word)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def finditer_from(
    pattern: re.Pattern[str], text: str, candidates: list[int] | None, pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    """What `pattern.finditer(text, pos, endpos)` finds, trying only `candidates` (see `WordStarts`)."""
    end = len(text) if endpos is None else endpos
    if candidates is None:
        return list(pattern.finditer(text, pos, end))
    found: list[re.Match[str]] = []
    resume = pos
    for i in range(bisect_left(candidates, pos), len(candidates)):
        at = candidates[i]
        if at >= end:
            break
        if at < resume:
            continue
        m = pattern.match(text, at, end)
        if m is not None:
            found.append(m)
            resume = m.end()  # never empty: a match holds a word or a digit
    return found


def search_from(
    pattern: re.Pattern[str], text: str, candidates: list[int] | None, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """What `pattern.search(text, pos, endpos)` finds, trying only `candidates`."""
    end = len(text) if endpos is None else endpos
    if candidates is None:
        return pattern.search(text, pos, end)
    for i in range(bisect_left(candidates, pos), len(candidates)):
        at = candidates[i]
        if at >= end:
            break
        m = pattern.match(text, at, end)
        if m is not None:
            return m
    return None


class PhraseScanner:
    r"""A phrase pattern `(?<!\w)(?:phrase|...)...` with the `WordStarts` of its phrases."""

    __slots__ = ("_starts", "pattern")

    def __init__(self, pattern: re.Pattern[str], phrases: Sequence[str]) -> None:
        self.pattern = pattern
        led_by_word = pattern.pattern.startswith(r"(?<!\w)")
        self._starts = WordStarts(phrases if led_by_word else [])

    def candidates(self, folded: str | None) -> list[int] | None:
        """Offsets where a match may start, from `fold(text)`; None: scan the plain way."""
        return self._starts.find("", folded)

    def finditer(
        self, text: str, candidates: list[int] | None, pos: int = 0, endpos: int | None = None
    ) -> list[re.Match[str]]:
        """What `pattern.finditer(text, pos, endpos)` finds."""
        return finditer_from(self.pattern, text, candidates, pos, endpos)

    def search(
        self, text: str, candidates: list[int] | None, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """What `pattern.search(text, pos, endpos)` finds."""
        return search_from(self.pattern, text, candidates, pos, endpos)
