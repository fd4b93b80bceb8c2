"""`words_of` lower-cases a whole sentence once: the same words as lower-casing word by word (as
`tokenize` does), except for the characters `_LOWERED_APART` names."""

from __future__ import annotations

import re
import sys

from warta.extract.triggers import _LOWERED_APART, _WORD, Token, lowers_in_place, tokenize, words_of

_WORD_CHARACTER = re.compile(r"[^\W_]")


def _word_by_word(text: str) -> list[Token]:
    return [Token(m.group().lower(), m.start(), m.end(), m.group()[0].isupper()) for m in _WORD.finditer(text)]


def test_only_the_listed_characters_lower_case_apart() -> None:
    apart = []
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        lowered = char.lower()
        if lowered == char:
            continue
        if (
            len(lowered) != 1
            or bool(_WORD_CHARACTER.match(char)) != bool(_WORD_CHARACTER.match(lowered))
            or lowered in "-_"
        ):
            apart.append(char)
    # "Σ" lower-cases by context (final sigma), which a one-character test cannot see
    assert sorted([*apart, "\u03a3"]) == sorted(_LOWERED_APART)


def test_tokens_match_word_by_word_lower_casing() -> None:
    sentences = [
        "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan, “Kami siap berunding.”",
        "Presiden Jokowi bertemu PM Jepang Fumio Kishida di Istana Bogor, Senin (20/10/2020).",
        "Sanksi-sanksi baru dijatuhkan kepada İstanbul dan ΟΔΟΣ'Α oleh Uni Eropa.",
    ]
    for text in sentences:
        assert tokenize(text) == _word_by_word(text)
        assert words_of(text) == [t.text for t in _word_by_word(text)]
        assert words_of(text, text.lower()) == words_of(text)
    assert not lowers_in_place(sentences[2])
    assert lowers_in_place(sentences[0])


def test_may_start_meets_later_words_reduplicated_or_with_an_enclitic() -> None:
    from warta.extract.triggers import TriggerLexicon, TriggerRule

    lexicon = TriggerLexicon([TriggerRule(("menjatuhkan", "~", "sanksi"), "SANCTION", None, "directed", "verb")])
    assert lexicon.may_start(words_of("Uni Eropa menjatuhkan sanksi-sanksi baru"))
    assert lexicon.may_start(words_of("AS menjatuhkan pula sanksinya"))
    assert not lexicon.may_start(words_of("Hakim menjatuhkan hukuman penjara"))
    # a cheap test of which words are there, not of their order: `find` decides
    assert lexicon.may_start(words_of("sanksi menjatuhkan")) and not lexicon.find("sanksi menjatuhkan")
