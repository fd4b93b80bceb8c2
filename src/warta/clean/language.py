"""Language identification of a cleaned article with lingua, restricted to the languages
Warta reads (Indonesian, Malay, English) and a few look-alikes that would otherwise be
mistaken for them. The detector is built once per process and cached: it is a pure resource.

Cost grows with the text given, so lingua first reads a short sample; only an unsure verdict,
or Malay (which lingua takes Indonesian news for about once in a hundred short samples), is
read again on a longer one.
"""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

SAMPLE_CHARS = 400  # first read: enough for a confident verdict on most news text
CONFIRM_CHARS = 3000  # second read when the first is unsure or says Malay
CONFIDENT = 0.9  # lingua's relative confidence above which the first read stands
MIN_LETTERS = 20  # too little text to tell

_CANDIDATES = (
    Language.INDONESIAN,
    Language.MALAY,
    Language.ENGLISH,
    Language.TAGALOG,
    Language.SOMALI,
    Language.SWAHILI,
)


@cache
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CANDIDATES).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ('id', 'ms', 'en', ...), or None when unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(sample) < 4 * MIN_LETTERS and sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    values = detector().compute_language_confidence_values(sample)
    found: Language | None = values[0].language if values else None
    unsure = not values or values[0].value < CONFIDENT or found == Language.MALAY
    if unsure and len(text) > SAMPLE_CHARS:
        found = detector().detect_language_of(text[:CONFIRM_CHARS])
    if found is None:
        return None
    return found.iso_code_639_1.name.lower()
