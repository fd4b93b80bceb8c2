"""Event triggers: find the words of a sentence that report a PLOVER event.

The words live in the language pack (`triggers.tsv`: form, type, mode, frame, pos)
and the clause cues in `event_cues.tsv`; this module only holds the matching
mechanism: a word tokenizer with offsets and a longest-match scan over token
sequences, where "~" in a form skips up to two words and the last word may carry
an enclitic ("serangannya", "dukungannya").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from warta.lang import DataFileError, LanguagePack

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
FRAMES = frozenset({"directed", "passive", "symmetric", "mutual", "host", "visit", "intrans"})
PARTS_OF_SPEECH = frozenset({"verb", "noun", "patient"})
GAP = "~"
DEFAULT_GAP_WORDS = 2
# Enclitics a trigger's last word may carry: possessive -nya, emphatic -lah/-pun.
ENCLITICS = ("nya", "lah", "pun")

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


# Word-matching caches stop growing past this many distinct words (a long ingest run).
_CACHE_LIMIT = 200_000


_new_tuple = tuple.__new__


class Token(NamedTuple):
    """A word of a sentence: lower-cased text and offsets into the sentence.

    A named tuple, not a frozen dataclass: every sentence is tokenized and a frozen
    dataclass is several times slower to build.
    """

    text: str
    start: int
    end: int
    capitalised: bool


# Lower-casing a whole text lower-cases each of its words in place, one character for one, except
# where it holds one of these: "İ" lower-cases to two characters, and "Σ" by what follows it (final
# sigma). Without them the words of the lower-cased text are the lower-cased words of the text
# (tests/extract/test_triggers_speed.py checks this over all of Unicode).
_LOWERED_APART = ("\u0130", "\u03a3")


def lowers_in_place(text: str) -> bool:
    """Whether `text.lower()` keeps every word of `text` at its offsets (see `_LOWERED_APART`)."""
    return _LOWERED_APART[0] not in text and _LOWERED_APART[1] not in text


def tokenize(text: str) -> list[Token]:
    """Words of `text` (hyphenated compounds kept whole) with their offsets."""
    # tuple.__new__ skips the named tuple's Python-level constructor: this runs on every sentence
    return [
        _new_tuple(Token, (word.lower(), m.start(), m.end(), word[0].isupper()))
        for m in _WORD.finditer(text)
        for word in (m.group(),)
    ]


def words_of(text: str, lowered: str | None = None) -> list[str]:
    """The lower-cased words of `text`, as `tokenize` finds them, without offsets (`lowered`:
    `text.lower()`, when the caller has it)."""
    if lowers_in_place(text):
        return _WORD.findall(lowered if lowered is not None else text.lower())
    return [word.lower() for word in _WORD.findall(text)]


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One row of triggers.tsv."""

    form: tuple[str, ...]
    type: str
    mode: str | None
    frame: str
    pos: str


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in a sentence and its character offsets in the sentence.

    Tokens first..last are the trigger's head: for a form with a gap ("menetapkan ~4
    tersangka") the words before the gap, since the gap may hold the object. The
    whole match ends at token `span_last`.
    """

    rule: TriggerRule
    first: int
    last: int
    start: int
    end: int
    text: str
    span_last: int


class TriggerLexicon:
    """All trigger rules of a language, indexed by their first word."""

    def __init__(self, rules: list[TriggerRule]) -> None:
        self.rules = rules
        self._by_first: dict[str, list[TriggerRule]] = defaultdict(list)
        self._candidates_of: dict[str, tuple[TriggerRule, ...]] = {}
        self._starters: set[str] = set()  # the words of `_candidates_of` that some rule may start at
        # ... and those a one-word rule may match all by itself: a text holding one may hold a trigger
        self._single_starters: set[str] = set()
        for rule in rules:
            self._by_first[rule.form[0]].append(rule)
        for bucket in self._by_first.values():
            bucket.sort(key=lambda r: -len(r.form))
        self._first_words = _substring_finder(list(self._by_first))
        # per form, the words after its first as `may_start` may meet them (see `_later_words`)
        self._later_words = {rule.form: _later_words(rule.form) for rule in rules}

    @classmethod
    def load(cls, pack: LanguagePack) -> TriggerLexicon:
        rules: list[TriggerRule] = []
        for n, row in enumerate(pack.table("triggers"), 1):
            form = tuple(row.get("form", "").lower().split())
            kind = row.get("type", "").upper()
            frame = row.get("frame", "") or "directed"
            pos = row.get("pos", "") or "verb"
            where = f"{pack.code}/triggers.tsv row {n} ({' '.join(form)!r})"
            if not form or _is_gap(form[0]) or _is_gap(form[-1]):
                raise DataFileError(f"{where}: a form needs words, and may not start or end with {GAP!r}")
            if kind not in PLOVER_TYPES:
                raise DataFileError(f"{where}: type {kind!r} is not a PLOVER type")
            if frame not in FRAMES:
                raise DataFileError(f"{where}: frame {frame!r} is not one of {sorted(FRAMES)}")
            if pos not in PARTS_OF_SPEECH:
                raise DataFileError(f"{where}: pos {pos!r} is not one of {sorted(PARTS_OF_SPEECH)}")
            rules.append(TriggerRule(form, kind, row.get("mode") or None, frame, pos))
        return cls(rules)

    def may_start_in(self, text: str) -> bool:
        """`may_start(words_of(text))`, but first a scan of the lower-cased text for the rules'
        first words as substrings: a word a rule may start at holds one (itself, its first half
        when reduplicated, or itself less an enclitic), so a text without any has no trigger."""
        lowered = text.lower()
        if self._first_words is not None and next(self._first_words.iter(lowered), None) is None:
            return False
        return self.may_start(words_of(text, lowered))

    def may_start(self, words: list[str]) -> bool:
        """Whether a rule may match these lower-cased words (as `words_of` gives them): one starts at
        one of them and its other words are among them too. A cheap test before tokenizing; `find`
        is empty when it is False."""
        memo = self._candidates_of
        if len(memo) >= _CACHE_LIMIT:
            self._clear_memo()
        distinct = set(words)
        for word in distinct.difference(memo):
            self._remember(word)
        if not self._single_starters.isdisjoint(distinct):
            return True
        starters = self._starters.intersection(distinct)
        later = self._later_words
        return any(
            all(not forms.isdisjoint(distinct) for forms in later[rule.form])
            for word in starters
            for rule in memo[word]
        )

    def find(self, text: str, tokens: list[Token] | None = None) -> list[TriggerHit]:
        """Non-overlapping trigger hits in `text`, longest match first at each word."""
        tokens = tokens if tokens is not None else tokenize(text)
        hits: list[TriggerHit] = []
        memo = self._candidates_of
        if len(memo) >= _CACHE_LIMIT:
            self._clear_memo()
        for word in {t.text for t in tokens}.difference(memo):
            self._remember(word)
        resume = 0  # words up to the end of the last hit are taken
        for i in [k for k, t in enumerate(tokens) if memo[t.text]]:
            if i < resume:
                continue
            best: tuple[TriggerRule, int] | None = None
            for rule in memo[tokens[i].text]:
                last = _match(rule.form, tokens, i)
                if last is not None and (best is None or last > best[1]):
                    best = (rule, last)
            if best is None:
                continue
            rule, last = best
            start, end = tokens[i].start, tokens[last].end
            head = next((k for k, w in enumerate(rule.form) if _is_gap(w)), len(rule.form))
            hits.append(TriggerHit(rule, i, i + head - 1, start, end, text[start:end], last))
            resume = last + 1
        return hits

    def _remember(self, word: str) -> None:
        """Memoise the rules that may start at `word`."""
        self._candidates_of[word] = found = tuple(self._rules_starting_with(word))
        if found:
            self._starters.add(word)
            if any(len(rule.form) == 1 for rule in found):
                self._single_starters.add(word)

    def _clear_memo(self) -> None:
        self._candidates_of.clear()
        self._starters.clear()
        self._single_starters.clear()

    def _rules_starting_with(self, word: str) -> list[TriggerRule]:
        """Rules that may start at `word` (memoised by `find`, which asks of every word)."""
        half, dash, other = word.partition("-")
        if dash and half == other.removesuffix("nya"):
            word = half
        found = list(self._by_first.get(word, ()))
        for clitic in ENCLITICS:
            if word.endswith(clitic) and len(word) > len(clitic) + 2:
                found += [r for r in self._by_first.get(word[: -len(clitic)], ()) if len(r.form) == 1]
        return found


def _substring_finder(words: list[str]) -> ahocorasick.Automaton | None:
    """An automaton finding any of `words` in a lower-cased text; None (no shortcut) when there are
    none, or when one is not ASCII: lower-casing a whole text may then differ from lower-casing
    one of its words (a final sigma), and the shortcut must never miss a word."""
    if not words or not all(word.isascii() for word in words):
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _later_words(form: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """For each word of the form after its first (gaps left out), the ways `_word_matches` may meet
    it: itself or reduplicated, and the last one also with an enclitic. A text holds the form only
    if it holds one way of each."""
    last = len(form) - 1
    needs = []
    for n, word in enumerate(form[1:], 1):
        if _is_gap(word):
            continue
        ways = {word, f"{word}-{word}", f"{word}-{word}nya"}
        if n == last:
            ways.update(word + clitic for clitic in ENCLITICS)
        needs.append(frozenset(ways))
    return tuple(needs)


def _is_gap(word: str) -> bool:
    return word.startswith(GAP) and (word == GAP or word[1:].isdigit())


def _gap_words(word: str) -> int:
    return int(word[1:]) if word != GAP else DEFAULT_GAP_WORDS


def _word_matches(pattern: str, word: str, is_last: bool) -> bool:
    """Exact, or with an enclitic on the last word, or fully reduplicated ("sanksi-sanksi")."""
    if word == pattern:
        return True
    if "-" in word and "-" not in pattern:
        half, _, other = word.partition("-")
        if half == other.removesuffix("nya"):
            if half == pattern:
                return True
            word = half
    return is_last and word.startswith(pattern) and word[len(pattern) :] in ENCLITICS


def _match(form: tuple[str, ...], tokens: list[Token], i: int) -> int | None:
    """Index of the last token matched by `form` starting at token i, or None."""

    def walk(f: int, t: int) -> int | None:
        if f == len(form):
            return t - 1
        if _is_gap(form[f]):
            for skip in range(_gap_words(form[f]) + 1):
                got = walk(f + 1, t + skip)
                if got is not None:
                    return got
            return None
        if t >= len(tokens) or not _word_matches(form[f], tokens[t].text, f == len(form) - 1):
            return None
        return walk(f + 1, t + 1)

    return walk(0, i)
