"""Clause cues for the event coder, loaded from the language pack's `event_cues.tsv`.

Negation, irrealis (future, plan, wish, purpose, condition), back-references,
prepositions, coordinators, title/head nouns, clause breaks, link-line markers and
mode words: the words that decide how a trigger's clause is read. One set per kind,
multi-word cues kept as word tuples.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from warta.lang import DataFileError, LanguagePack

# Words shorter than this are not taken for prefixed verbs ("beri", "meja").
MIN_PREFIXED_VERB = 6

KINDS = frozenset(
    {
        "negation", "irrealis", "hypothetical", "reference", "oblique", "locative", "agent",
        "coordinator", "head", "partner", "break", "right_break", "skip_line", "mode", "state_object",
        "light_verb", "adverb", "apposition", "act_noun", "militant_object", "currency", "request_verb",
        "possessive", "setting", "time_clause", "civilian", "doer_marker",
        "examples", "possessive_clitic", "relative", "not_event", "sports", "speech_verb", "future",
        "between", "copula", "own_state_act", "channel", "speech_after", "force", "court", "litigant", "sentencing",
        "decision_noun", "victim", "target_marker", "forces", "deal_object", "deal_partner", "order_verb", "comitative", "not_domestic", "addressee", "transfer_verb", "verb_prefix", "not_verb", "direct_object", "purpose", "diplomat_object",
        "complementizer", "struck_frame", "official_crime",
        "perpetrator", "civilian_victim", "people_noun", "numeral",
        "nationality_head",
    }
)  # fmt: skip


@dataclass(frozen=True)
class EventCues:
    """Cue words by kind; `modes` maps a PLOVER type to (cue words, mode) pairs."""

    words: dict[str, frozenset[tuple[str, ...]]]
    modes: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    _singles: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    # cues of each kind by their last word, longest first: `ends_with` looks at one bucket
    _by_last: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(default_factory=dict, repr=False)
    # cues of each kind by their first word, in the kind's set order: `spans` and `contains` look there
    _by_first: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for kind, cues in self.words.items():
            self._singles[kind] = frozenset(c[0] for c in cues if len(c) == 1)
            by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            for cue in cues:
                by_last[cue[-1]].append(cue)
            self._by_last[kind] = {w: tuple(sorted(b, key=len, reverse=True)) for w, b in by_last.items()}
            by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            for cue in cues:
                by_first[cue[0]].append(cue)
            self._by_first[kind] = {w: tuple(b) for w, b in by_first.items()}

    @classmethod
    def load(cls, pack: LanguagePack) -> EventCues:
        words: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        modes: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for n, row in enumerate(pack.table("event_cues"), 1):
            cue = tuple(row.get("cue", "").lower().split())
            kind = row.get("kind", "")
            if not cue or kind not in KINDS:
                raise DataFileError(
                    f"{pack.code}/event_cues.tsv row {n}: needs a cue and a kind in {sorted(KINDS)}"
                )
            if kind == "mode":
                if not row.get("type") or not row.get("mode"):
                    raise DataFileError(f"{pack.code}/event_cues.tsv row {n}: a mode cue needs type and mode")
                modes[row["type"].upper()].append((cue, row["mode"]))
            else:
                words[kind].add(cue)
        return cls({k: frozenset(v) for k, v in words.items()}, {k: tuple(v) for k, v in modes.items()})

    def single(self, kind: str) -> frozenset[str]:
        """The one-word cues of a kind."""
        return self._singles.get(kind, frozenset())

    def is_(self, kind: str, word: str) -> bool:
        """The word is a one-word cue of `kind`."""
        singles = self._singles.get(kind)
        return singles is not None and word in singles

    def looks_like_verb(self, word: str) -> bool:
        """The word carries a verb prefix of the language ("bertanya", "membahas"), and is not listed
        as a non-verb that looks like one ("berupa", "berbagai")."""
        if self.is_("not_verb", word) or len(word) < MIN_PREFIXED_VERB:
            return False
        return any(word.startswith(prefix) for prefix in self.single("verb_prefix"))

    def has(self, kind: str, cue: tuple[str, ...]) -> bool:
        """The word sequence is a cue of `kind` (a trigger form, for kinds that list trigger forms)."""
        return cue in self.words.get(kind, ())

    def ends_with(self, kind: str, words: list[str]) -> tuple[str, ...] | None:
        """The longest cue of `kind` that `words` ends with, or None."""
        if not words:
            return None
        for cue in self._by_last.get(kind, {}).get(words[-1], ()):
            if len(cue) <= len(words) and tuple(words[len(words) - len(cue) :]) == cue:
                return cue
        return None

    def spans(self, kind: str, words: list[str]) -> list[tuple[int, int]]:
        """(first, last) word indices of every occurrence of a cue of `kind` in `words`."""
        by_first = self._by_first.get(kind)
        if not by_first or by_first.keys().isdisjoint(words):
            return []
        found = []
        for i, word in enumerate(words):
            cues = by_first.get(word)
            if cues is not None:
                found += [(i, i + len(c) - 1) for c in cues if tuple(words[i : i + len(c)]) == c]
        return found

    def contains(self, kind: str, words: list[str]) -> tuple[str, ...] | None:
        """The first cue of `kind` that occurs as a word sequence in `words`, or None."""
        by_first = self._by_first.get(kind)
        if not by_first or by_first.keys().isdisjoint(words):
            return None
        for i, word in enumerate(words):
            for cue in by_first.get(word, ()):
                if tuple(words[i : i + len(cue)]) == cue:
                    return cue
        return None
