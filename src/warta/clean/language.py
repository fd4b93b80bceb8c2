"""Language identification of a cleaned article with lingua, restricted to the languages
Warta reads (Indonesian, Malay, English) and a few look-alikes that would otherwise be
mistaken for them. The detector is built once per process and cached: it is a pure resource.
"""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

SAMPLE_CHARS = 1000  # the first characters of the clean text are enough and keep it fast
CONFIRM_CHARS = 3000  # a verdict other than Indonesian is checked again on more text: at 1,000
# characters lingua takes about 1 in 200 Indonesian articles for Malay
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
    found = detector().detect_language_of(sample)
    if found != Language.INDONESIAN and len(text) > SAMPLE_CHARS:
        found = detector().detect_language_of(text[:CONFIRM_CHARS])
    if found is None:
        return None
    return found.iso_code_639_1.name.lower()
