"""Where the word-led patterns of actor recognition can start, found in one pass over a text.

The plural phrases ("kedua negara"), speech verbs ("kata", "mengatakan") and ranks ("Kombes")
are regexes over the lower-cased text that match only at a word start, with one of their
phrases' first words. Python's regex engine tries such a pattern at every offset; instead one
Aho-Corasick automaton of all those first words lists, per pattern, the word starts where it
can match, and `prefilter.finditer_from` tries it only there, with exactly the matches of a
full `finditer`. A pattern with a phrase not led by a word character gets no list (None):
it is scanned in full. The matcher's own automaton carries the same first words, so its one
scan of a text usually lists these starts too (`matcher.find_hits`); `starts` scans alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import ahocorasick

_FIRST_WORD = re.compile(r"\w+")


class WordCues:
    """The first words of several word-led patterns, each pattern under a name."""

    __slots__ = ("_automaton", "_names", "_unfiltered", "first_words")

    def __init__(self, phrases: Mapping[str, Sequence[str]]) -> None:
        """`phrases[name]`: the lower-case phrases pattern `name` matches, each at a word start."""
        by_word: dict[str, set[str]] = {}
        unfiltered: set[str] = set()
        for name, listed in phrases.items():
            for phrase in listed:
                first = _FIRST_WORD.match(phrase)
                if first is None:
                    unfiltered.add(name)
                    break
                by_word.setdefault(first.group(0), set()).add(name)
        self._names = tuple(phrases)
        self._unfiltered = frozenset(unfiltered)
        self.first_words = {word: tuple(sorted(names)) for word, names in by_word.items()}
        self._automaton: ahocorasick.Automaton | None = None
        if by_word:
            automaton = ahocorasick.Automaton()
            for word, names in by_word.items():
                automaton.add_word(word, (len(word), tuple(sorted(names))))
            automaton.make_automaton()
            self._automaton = automaton

    def starts(self, lower: str) -> dict[str, list[int] | None]:
        """Per pattern, the sorted offsets of `lower` where a first word of it starts a word
        (None: try the pattern everywhere). `lower` is the text the patterns run on."""
        found = self.no_starts()
        if self._automaton is not None:
            for end, (size, names) in self._automaton.iter(lower):
                at = end - size + 1
                if at > 0 and (lower[at - 1].isalnum() or lower[at - 1] == "_"):
                    continue  # inside a word: a pattern led by \b cannot start here
                for name in names:
                    found[name].add(at)
        return self.listed(found)

    def no_starts(self) -> dict[str, set[int]]:
        """An empty set of word starts per pattern, for a scan to fill."""
        return {name: set() for name in self._names}

    def listed(self, found: dict[str, set[int]]) -> dict[str, list[int] | None]:
        """The word starts a scan found, per pattern, as `starts` gives them."""
        return {name: None if name in self._unfiltered else sorted(found[name]) for name in self._names}
