"""Language identification of a cleaned article: Indonesian, Malay, English.

Two steps, cheapest first:

1. a vote of very frequent words (`lang/<code>/function_words.tsv`): a language wins outright
   when, against every other language, the words only it lists clearly outnumber the words
   only the other lists ("bahwa, karena, persen" against "bahawa, kerana, peratus"; "yang, dan"
   against "the, of"). Most news text is decided here, at a small fraction of lingua's cost;
2. otherwise lingua, restricted to the languages Warta reads and a few look-alikes that would
   otherwise be mistaken for them. Cost grows with the text given, so lingua first reads a
   short sample; only an unsure verdict, or Malay (which lingua takes Indonesian news for
   about once in a hundred short samples), is read again on a longer one.

The word sets and the detector are built once per process and cached: they are pure resources.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from warta.lang import SUPPORTED, load_pack

SAMPLE_CHARS = 400  # first read: enough for a confident verdict on most news text
CONFIRM_CHARS = 3000  # second read when the first is unsure or says Malay
CONFIDENT = 0.9  # lingua's relative confidence above which the first read stands
MIN_LETTERS = 20  # too little text to tell
VOTE_CHARS = 3000  # the word vote reads this much text
VOTE_MIN = 3  # a language wins the vote with at least this many of its own words against each other
VOTE_DOMINANCE = 8  # ... and this many times more than the other language's own words

_CANDIDATES = (
    Language.INDONESIAN,
    Language.MALAY,
    Language.ENGLISH,
    Language.TAGALOG,
    Language.SOMALI,
    Language.SWAHILI,
)
_WORD = re.compile(r"\w+")
# In ASCII text the \w+ runs are the runs of letters, digits and "_": mapping every other byte to a
# space and splitting gives the same words, without the regex engine.
_ASCII_NON_WORD = bytes(b if chr(b).isalnum() and b < 128 or b == ord("_") else ord(" ") for b in range(256))


@cache
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CANDIDATES).build()


@cache
def _vote_words(codes: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each language's function words (languages without a list of their own take no part)."""
    words: dict[str, frozenset[str]] = {}
    seen: set[str] = set()
    for code in codes:
        pack = load_pack(code)
        path = pack.path("function_words")
        if path is None or str(path) in seen or path.parent.name != code:
            continue  # a list borrowed from another language tells nothing about this one
        seen.add(str(path))
        words[code] = frozenset(w.lower() for w in pack.column("function_words", "word"))
    return words


@cache
def _listed_by(codes: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each function word with the languages that list it."""
    listed: dict[str, set[str]] = {}
    for code, words in _vote_words(codes).items():
        for word in words:
            listed.setdefault(word, set()).add(code)
    return {word: frozenset(langs) for word, langs in listed.items()}


@cache
def _listed_by_bytes(codes: tuple[str, ...]) -> dict[bytes, frozenset[str]]:
    """`_listed_by` for ASCII text read as bytes (a word with other letters cannot occur there)."""
    return {word.encode("ascii"): langs for word, langs in _listed_by(codes).items() if word.isascii()}


def vote_language(text: str, codes: tuple[str, ...] = SUPPORTED) -> str | None:
    """The language whose own function words clearly outnumber every other's, else None."""
    languages = tuple(_vote_words(codes))
    if len(languages) < 2:
        return None
    # occurrences per set of languages listing the word: ("id", "ms") for "yang", ("en",) for "the"
    # (counted in one pass in C; the words no language lists are counted under None, then dropped)
    sample = text[:VOTE_CHARS].lower()
    counted: Counter[frozenset[str] | None]
    if sample.isascii():
        words = sample.encode("ascii").translate(_ASCII_NON_WORD).split()
        counted = Counter(map(_listed_by_bytes(codes).get, words))
    else:
        counted = Counter(map(_listed_by(codes).get, _WORD.findall(sample)))
    by_listing: Counter[frozenset[str]] = Counter({langs: n for langs, n in counted.items() if langs is not None})
    if not by_listing:
        return None
    for code in languages:
        if all(_beats(code, other, by_listing) for other in languages if other != code):
            return code
    return None


def _beats(code: str, other: str, by_listing: Counter[frozenset[str]]) -> bool:
    """Whether words listed for `code` but not `other` clearly outnumber those the other way round."""
    mine = sum(n for langs, n in by_listing.items() if code in langs and other not in langs)
    theirs = sum(n for langs, n in by_listing.items() if other in langs and code not in langs)
    return mine >= VOTE_MIN and mine >= VOTE_DOMINANCE * theirs


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ('id', 'ms', 'en', ...), or None when unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(sample) < 4 * MIN_LETTERS and sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    voted = vote_language(text)
    if voted is not None:
        return voted
    values = detector().compute_language_confidence_values(sample)
    found: Language | None = values[0].language if values else None
    unsure = not values or values[0].value < CONFIDENT or found == Language.MALAY
    if unsure and len(text) > SAMPLE_CHARS:
        found = detector().detect_language_of(text[:CONFIRM_CHARS])
    if found is None:
        return None
    return found.iso_code_639_1.name.lower()
