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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

_WORD = re.compile(r"\w+")
# re.IGNORECASE matches these two to "i", casefolding does not.
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i"})

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
    return frozenset(_WORD.findall(text.translate(_DOTTED_I).casefold()))


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
    folded = text.translate(_DOTTED_I).casefold()
    if len(folded) != len(text) or _FOLDS_TO_WORD in text:
        return None
    return folded


# The one character that is no word character but casefolds to one (COMBINING YPOGEGRAMMENI).
_FOLDS_TO_WORD = "\u0345"


class PhraseScanner:
    """A phrase pattern `(?<!\\w)(?:phrase|...)...` (case-insensitive), scanned fast.

    Python's regex engine tries such a pattern at every offset. Here a case-sensitive
    alternation of the phrases' first words, run over the casefolded text, lists the few
    offsets where a match can start, and the pattern itself runs only there: the matches
    are exactly those of `pattern.finditer` / `pattern.search`. Every match starts a word
    (the lookbehind) that begins with a phrase's first word, and the candidate alternation
    only ever consumes the inside of one word, so it skips no such start.
    """

    __slots__ = ("_first", "pattern")

    def __init__(self, pattern: re.Pattern[str], phrases: Sequence[str]) -> None:
        self.pattern = pattern
        words = first_words(phrases) if pattern.pattern.startswith(r"(?<!\w)") else None
        self._first = (
            re.compile("|".join(sorted(words, key=len, reverse=True))) if words else None
        )

    def candidates(self, folded: str | None) -> list[int] | None:
        """Offsets where a match may start, from `fold(text)`; None: scan the plain way."""
        if folded is None or self._first is None:
            return None
        return [m.start() for m in self._first.finditer(folded)]

    def finditer(
        self, text: str, candidates: list[int] | None, pos: int = 0, endpos: int | None = None
    ) -> list[re.Match[str]]:
        """What `pattern.finditer(text, pos, endpos)` finds."""
        end = len(text) if endpos is None else endpos
        if candidates is None:
            return list(self.pattern.finditer(text, pos, end))
        found: list[re.Match[str]] = []
        resume = pos
        for i in range(bisect_left(candidates, pos), len(candidates)):
            at = candidates[i]
            if at >= end:
                break
            if at < resume:
                continue
            m = self.pattern.match(text, at, end)
            if m is not None:
                found.append(m)
                resume = m.end()  # never empty: a match holds a phrase's first word
        return found

    def search(
        self, text: str, candidates: list[int] | None, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """What `pattern.search(text, pos, endpos)` finds."""
        end = len(text) if endpos is None else endpos
        if candidates is None:
            return self.pattern.search(text, pos, end)
        for i in range(bisect_left(candidates, pos), len(candidates)):
            at = candidates[i]
            if at >= end:
                break
            m = self.pattern.match(text, at, end)
            if m is not None:
                return m
        return None
