"""Prefilters and word starts must never change what a pattern finds: checked on the
real seed articles and on the edge cases of case folding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warta.extract import calendar as calendar_module
from warta.extract.calendar import _patterns, find_absolute_dates
from warta.extract.dates import DateContext, _lexicon
from warta.extract.prefilter import (
    PhraseScanner,
    Prefilter,
    WordStarts,
    finditer_from,
    first_words,
    fold,
    fold_with_words,
    search_from,
    word_set,
)
from warta.extract.quotes_cues import quote_cues
from warta.extract.sentences import split_sentences
from warta.extract.sources_cited import citation_cues
from warta.lang import load_pack

SEEDS = sorted((Path(__file__).resolve().parents[2] / "samples" / "seeds").glob("*.txt"))
# Real sentences plus the shapes folding and word starts must survive.
EDGE_TEXTS = [
    "Hal itu disampaikan Kapolri di Jakarta, Senin (14/10/2019), saat jumpa pers.",
    "Sidang digelar Kamis,30 Juli 2020 dan ditunda ke SeninJan 5, 2020.",
    "JAKARTA, KOMPAS.com - Presiden MENGATAKAN pada 1 Mei 2015 bahwa Jum'at 2/5 libur.",
    "İstanbul, Straße 12 Mei 2021; ıslah 2020-10-20 dan bulan Agustus 2017.",
    "Kata\u0345 menurut dia, seperti dilansir Reuters, Selasa 31/1/2017.",
    "Officials met again on Monday, March 4, 2019, and two days ago he visited Paris.",
    "Last Friday the minister resigned; the vote is scheduled for June 30 and since 2011 it waited.",
]


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in SEEDS] + EDGE_TEXTS


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_seed_articles_are_present() -> None:
    assert len(SEEDS) == 5


def test_fold_keeps_offsets_or_gives_up() -> None:
    assert fold("Senin (14/10/2019)") == "senin (14/10/2019)"
    assert fold("İSTANBUL ıslah") == "istanbul islah"
    assert fold("Straße") is None  # ß folds to two letters
    assert fold("a\u0345b") is None  # a non-word character that folds to a word character


def test_first_words_need_plain_word_starts() -> None:
    assert first_words(["pekan lalu", "Jum'at", "hari"]) == frozenset({"pekan", "jum", "hari"})
    assert first_words(["-an"]) is None
    assert first_words(["ĳzer"]) is None


def test_prefilter_mask() -> None:
    digit = re.compile(r"\d")
    months = frozenset({"januari", "mei"})
    prefilter = Prefilter([[digit, months], [months], [None], [digit]])
    mask = prefilter.passed("Pada bulan Mei lalu")
    assert [prefilter.may_match(mask, i) for i in range(4)] == [False, True, True, False]
    mask = prefilter.passed("1 MEI", word_set("1 MEI"))
    assert all(prefilter.may_match(mask, i) for i in range(4))


@pytest.mark.parametrize("text", _texts())
@pytest.mark.parametrize("code", ["id", "en", "ms"])
def test_calendar_scan_from_word_starts_is_the_plain_scan(text: str, code: str) -> None:
    pack = load_pack(code)
    patterns, _, starts = _patterns(pack.code, str(pack.folder))
    candidates = starts.find(text, fold(text))
    for pattern in patterns:
        assert _spans(finditer_from(pattern, text, candidates)) == _spans(list(pattern.finditer(text)))


@pytest.mark.parametrize("text", _texts())
def test_absolute_dates_of_long_text_are_those_of_the_plain_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = load_pack("id")
    fast = find_absolute_dates(text, pack)
    monkeypatch.setattr(calendar_module, "_LONG_TEXT", 10**9)
    assert find_absolute_dates(text, pack) == fast


@pytest.mark.parametrize("text", _texts())
def test_cue_scanners_find_what_their_patterns_find(text: str) -> None:
    pack = load_pack("id")
    scanners = [quote_cues(pack).before_scan, *(s for s in citation_cues(pack).scanners if s is not None)]
    folded = fold(text)
    for scanner in scanners:
        candidates = scanner.candidates(folded)
        assert _spans(scanner.finditer(text, candidates)) == _spans(list(scanner.pattern.finditer(text)))
        for sentence in split_sentences(text, pack):
            expected = scanner.pattern.search(text, sentence.start, sentence.end)
            found = scanner.search(text, candidates, sentence.start, sentence.end)
            assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize("text", _texts())
def test_date_prefilter_passes_every_sentence_a_pattern_matches(text: str) -> None:
    pack = load_pack("id")
    lex = _lexicon(pack.code)
    for sentence in split_sentences(text, pack):
        mask = lex.prefilter.passed(sentence.text)
        for index, (kind, pattern) in enumerate(lex.patterns):
            for m in pattern.finditer(sentence.text):
                if m.end() > m.start() and DateContext._acceptable(kind, m, sentence.text, lex):
                    assert lex.prefilter.may_match(mask, index), (kind, m.group())


def test_word_starts_without_safe_words_scan_plainly() -> None:
    assert WordStarts(["-an"]).find("kata-an", "kata-an") is None
    assert WordStarts([]).find("kata", "kata") is None
    pattern = re.compile(r"(?<!\w)(?:kata|ujar)(?!\w)", re.I)
    scanner = PhraseScanner(pattern, ["kata", "ujar"])
    text = "“Kami siap,” KATA dia, ujarnya, lalu berkata lagi: kata."
    candidates = scanner.candidates(fold(text))
    assert _spans(scanner.finditer(text, candidates)) == [(13, 17), (51, 55)]
    assert search_from(pattern, text, candidates, 14) is not None
    assert search_from(pattern, text, candidates, 14).span() == (51, 55)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", _texts())
@pytest.mark.parametrize("code", ["id", "en", "ms"])
def test_date_patterns_scanned_from_word_starts_find_the_plain_matches(text: str, code: str) -> None:
    pack = load_pack(code)
    lex = _lexicon(pack.code)
    for sentence in split_sentences(text, pack):
        folded = fold(sentence.text)
        scanned: dict[str, list[int]] = {}
        for index, (kind, pattern) in enumerate(lex.patterns):
            candidates = lex.starts.find(index, sentence.text, folded, scanned)
            found = _spans(finditer_from(pattern, sentence.text, candidates))
            assert found == _spans(list(pattern.finditer(sentence.text))), kind


@pytest.mark.parametrize("text", [*EDGE_TEXTS, "Straße", "a\u0345b"])
def test_fold_with_words_is_fold_and_word_set(text: str) -> None:
    assert fold_with_words(text) == (fold(text), word_set(text))
