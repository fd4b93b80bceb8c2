"""Repeated passages: keep each passage of an article once.

Scraped pages sometimes hold the article twice, the second copy lightly reworded and run
together in one paragraph, or repeat the title as a caption. Whole copies share few word
trigrams, so passages are compared sentence by sentence: word-trigram overlap finds
candidate pairs cheaply, a fuzzy ratio (rapidfuzz) confirms them. The first occurrence stays.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz.fuzz import ratio

from warta.clean.text import key, key_words, split_sentences

MIN_LINE_KEY = 20  # shorter lines ("Jakarta", "Baca Juga") are never treated as repeats
MIN_CONTAINED_SENTENCE = 60
MAX_HEADING_KEY = 100
MIN_BODY_DUPLICATE = 60
MAX_CONTAINED_KEY = 300  # only short lines (titles, leads, captions) are checked for containment
MIN_SENTENCE_KEY = 40  # fuzzy ratios of shorter sentences say little
PARAGRAPH_COPY_SHARE = 0.4  # a paragraph whose sentences largely repeat earlier ones is a copy
COPY_SENTENCE_RATIO = 90.0  # sentence similarity that counts towards a copied paragraph (templated
# list items, "Keenam, pengguna bisa memakai website X ...", stay below it)
COPY_MIN_SENTENCES = 2  # ... and a copied paragraph repeats at least this many sentences
SINGLE_SENTENCE_RATIO = 97.0  # a lone sentence is dropped only when (nearly) identical
HEADER_SENTENCE_RATIO = 90.0
MIN_SINGLE_KEY = 60  # ... and long enough that saying it twice is no list or specification row
MIN_SHARED_TRIGRAMS = 2
NAMES_OVERLAP = 0.5
REPEAT_NGRAM = 6  # a run of this many words said twice hints at a repeated passage (see _Runs)
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")


_DIGITS = re.compile(r"\d+")
_NAME_WORD = re.compile(r"\b[A-Z][\w-]+")
_FIRST_WORD = re.compile(r"\w[\w-]*")
_LIST_ITEM = re.compile(r"^(?:[-•*–]\s|\d{1,2}[.)]\s)")


@dataclass(frozen=True, slots=True)
class Collapsed:
    lines: list[str]
    removed: list[str]


def _trigrams(words: list[str]) -> set[tuple[str, str, str]]:
    return {(words[i], words[i + 1], words[i + 2]) for i in range(len(words) - 2)}


def _same_names(a: frozenset[str], b: frozenset[str]) -> bool:
    """Mostly the same names; a side without names (a reworded copy may drop them) does not object."""
    if not a or not b:
        return True
    return len(a & b) / len(a | b) >= NAMES_OVERLAP


def _names(sentence: str) -> frozenset[str]:
    """Capitalised words after the sentence's first word: the names a sentence is about."""
    words = _NAME_WORD.findall(sentence)
    first = _FIRST_WORD.search(sentence)
    if words and first and first.group(0) == words[0]:
        words = words[1:]
    return frozenset(words)


class _SentenceIndex:
    """Sentences seen so far, indexed by word trigram so that a new one meets only likely matches."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.names: list[frozenset[str]] = []
        self.by_trigram: dict[tuple[str, str, str], list[int]] = {}
        # a sentence is compared, then added: its trigrams and numbers are worked out once
        self._trigrams: dict[str, set[tuple[str, str, str]]] = {}
        self._numbers: dict[str, list[str]] = {}

    def trigrams(self, sentence_key: str) -> set[tuple[str, str, str]]:
        found = self._trigrams.get(sentence_key)
        if found is None:
            found = self._trigrams[sentence_key] = _trigrams(sentence_key.split())
        return found

    def same_facts(self, a: str, b: str) -> bool:
        """Sentences that state different numbers state different facts (list items, results tables)."""
        for k in (a, b):
            if k not in self._numbers:
                self._numbers[k] = _DIGITS.findall(k)
        return self._numbers[a] == self._numbers[b]

    def add(self, sentence_key: str, names: frozenset[str]) -> None:
        if len(sentence_key) < MIN_SENTENCE_KEY:
            return
        pos = len(self.keys)
        self.keys.append(sentence_key)
        self.names.append(names)
        for tri in self.trigrams(sentence_key):
            self.by_trigram.setdefault(tri, []).append(pos)

    def best(self, sentence_key: str, names: frozenset[str]) -> float:
        """The highest similarity to a sentence seen before that states the same numbers and names."""
        if len(sentence_key) < MIN_SENTENCE_KEY or not self.keys:
            return 0.0
        shared: dict[int, int] = {}
        for tri in self.trigrams(sentence_key):
            for pos in self.by_trigram.get(tri, ()):
                shared[pos] = shared.get(pos, 0) + 1
        score = 0.0
        for pos, count in shared.items():
            # a templated sentence about other names ("Keenam, ... website X") is no copy
            if (
                count >= MIN_SHARED_TRIGRAMS
                and self.same_facts(sentence_key, self.keys[pos])
                and _same_names(names, self.names[pos])
            ):
                score = max(score, ratio(sentence_key, self.keys[pos]))
        return score


def _is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


class _Runs:
    """The runs of REPEAT_NGRAM words inside each line (from the words of the lines' `text.key`),
    and those the article says more than once (one pass over its runs, set operations only: this
    runs on every article). Normal articles say nothing twice."""

    def __init__(self, line_words: list[list[str]]) -> None:
        grams: list[tuple[str, ...]] = []
        self.spans: list[tuple[int, int]] = []  # each line's runs: grams[start:end]
        for words in line_words:
            start = len(grams)
            if len(words) >= REPEAT_NGRAM:  # six slices zipped: no Python loop per word
                grams.extend(zip(words, words[1:], words[2:], words[3:], words[4:], words[5:], strict=False))
            self.spans.append((start, len(grams)))
        self.grams = grams
        self.repeated: set[tuple[str, ...]] = set()
        # counted straight away (no set first): every run is hashed once, and almost every other
        # article says some run twice
        counts = Counter(grams)
        if len(counts) != len(grams):
            self.repeated = {gram for gram, n in counts.items() if n > 1}

    def suspects(self) -> list[bool]:
        """Which lines share a run with another line (or repeat one inside themselves): only those
        can hold a repeated passage."""
        if not self.repeated:
            return [False] * len(self.spans)
        return [
            end > start and not self.repeated.isdisjoint(self.grams[start:end]) for start, end in self.spans
        ]

    def may_stand_in_another(self, index: int) -> bool:
        """False when line `index` cannot be written inside another line: a copy of a line shares
        with it every run of its inner words (all but the first and the last, which may be cut
        short), so a line of REPEAT_NGRAM + 2 words (three runs) or more whose inner runs are all
        said once stands nowhere else."""
        start, end = self.spans[index]
        if end - start < 3:
            return True
        return bool(self.repeated) and not self.repeated.isdisjoint(self.grams[start + 1 : end - 1])


def _suspects(keys: list[str]) -> list[bool]:
    """Which lines share a run of REPEAT_NGRAM words with another line (see `_Runs.suspects`)."""
    return _Runs([k.split() for k in keys]).suspects()


def collapse_repeats(lines: list[str], body_start: int = 0) -> Collapsed:
    """Drop lines, paragraphs and sentences that repeat earlier text.

    `lines` are paragraphs; those before `body_start` are the header (title, lead, captions):
    where a header line and the body say the same, the body keeps it."""
    removed: list[str] = []
    line_words = [key_words(line) for line in lines]
    keys = [" ".join(words) for words in line_words]
    runs = _Runs(line_words)
    checkable = [
        len(k) >= MIN_LINE_KEY and not _is_list_item(line) for k, line in zip(keys, lines, strict=True)
    ]

    # 1. a line equal to an earlier one, or contained in another line (a caption or lead that the
    #    body repeats in full), goes
    keep = [True] * len(lines)
    seen: set[str] = set()
    for i, k in enumerate(keys):
        # in the body, short lines (headings, specification rows) may rightly say the same twice
        if not checkable[i] or (i >= body_start and len(k) < MIN_BODY_DUPLICATE):
            continue
        if k in seen:
            keep[i] = False
            continue
        seen.add(k)
    joined = "\n".join(keys)
    line_starts = [0]  # where each key starts in `joined`
    for k in keys:
        line_starts.append(line_starts[-1] + len(k) + 1)
    for i, k in enumerate(keys):
        if not keep[i] or not checkable[i] or len(k) > MAX_CONTAINED_KEY:
            continue
        # a full sentence keeps its place before a later copy (the sentence pass handles the copy);
        # a lead above the body that the body repeats in full goes wherever it stands; short lines
        # (titles, headings) may share their words with the body and stay
        ends = lines[i].rstrip().endswith(SENTENCE_ENDS)
        lead = i < body_start and not ends and len(k) > MAX_HEADING_KEY
        full_sentence = ends and len(k) >= MIN_CONTAINED_SENTENCE
        # cheap first: a lead needs a second copy anywhere, a sentence a copy in an earlier line
        if not (lead or full_sentence) or not runs.may_stand_in_another(i):
            continue
        if lead:
            if joined.count(k) < 2:
                continue
        elif joined.find(k, 0, line_starts[i]) < 0:
            continue
        for j, other in enumerate(keys):
            if (
                j != i
                and keep[j]
                and len(other) > len(k)
                and (lead or (full_sentence and j < i))
                and k in other
            ):
                keep[i] = False
                break
    removed.extend(line for i, line in enumerate(lines) if not keep[i])
    # the runs of the kept lines: those of all lines unless a line went
    suspect = (
        runs.suspects()
        if all(keep)
        else _Runs([w if keep[i] else [] for i, w in enumerate(line_words)]).suspects()
    )
    if not any(suspect):
        return Collapsed([line for i, line in enumerate(lines) if keep[i]], removed)

    # 2. sentences: index earlier sentences by word trigram, compare each later one with its
    #    candidates; the body goes first so that a header line repeating the body is the one dropped
    order = [i for i in range(len(lines)) if keep[i] and i >= body_start]
    order += [i for i in range(len(lines)) if keep[i] and i < body_start]
    index = _SentenceIndex()
    result: dict[int, str] = {}
    for i in order:
        line = lines[i]
        if not suspect[i] or _is_list_item(line):
            result[i] = line
            continue
        sentences = split_sentences(line)
        sentence_keys = [key(s) for s in sentences]
        sentence_names = [_names(s) for s in sentences]
        # a paragraph that largely repeats earlier paragraphs is a copy: it goes whole
        best = [index.best(sk, names) for sk, names in zip(sentence_keys, sentence_names, strict=True)]
        total = sum(len(sk) for sk in sentence_keys) or 1
        copied = sum(len(sk) for sk, sc in zip(sentence_keys, best, strict=True) if sc >= COPY_SENTENCE_RATIO)
        n_copied = sum(sc >= COPY_SENTENCE_RATIO for sc in best)
        share = max(copied / total, n_copied / len(sentences))
        if n_copied >= COPY_MIN_SENTENCES and share >= PARAGRAPH_COPY_SHARE:
            removed.append(line)
            continue
        # else single sentences said before (in this paragraph too) go; a lead or caption above the
        # body that the body says again, lightly reworded, goes as well
        threshold = HEADER_SENTENCE_RATIO if i < body_start else SINGLE_SENTENCE_RATIO
        said: list[str] = []
        for sentence, sk, names in zip(sentences, sentence_keys, sentence_names, strict=True):
            if len(sk) >= MIN_SINGLE_KEY and index.best(sk, names) >= threshold:
                removed.append(sentence)
                continue
            said.append(sentence)
            index.add(sk, names)
        if said:
            result[i] = line if len(said) == len(sentences) else " ".join(said)
    return Collapsed([result[i] for i in sorted(result)], removed)
