"""The shortcuts that make actor recognition fast find exactly what the plain scans find.

Each test runs a shortcut and the plain way over the seed articles (and a few hard strings)
and compares: word-led patterns tried only where `WordCues` says they can start, surnames
looked for where they are written, coverage by bisection, the Title Case test's early answer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warta.extract.actors import recognise_actors
from warta.extract.actors.context import Coverage, _title_case, covered
from warta.extract.actors.coreference import _CAPITALISED_WORD, _capitalised_words_at
from warta.extract.actors.matcher import find_hits, lower_same_length, matcher_for
from warta.extract.prefilter import finditer_from
from warta.kb import KnowledgeBase
from warta.lang import load_pack
from warta.model import Doc

SEEDS = Path(__file__).parents[2] / "samples" / "seeds"
HARD = (
    "“kata Rasio”, ujarnya.\n\u3000kata Budi —menurut Kombes Yusri— kedua negara; "
    "O'Brien, al-Assad's dan Putin’s; Al-Bashir_ dan _Lavrov, Menteri-Menteri, Ä Öz.\n"
    "Perdana Menteri İsmail kata\tKapten Ahmad, mengatakan Brigjen TNI Agus.\n"
    "Both leaders met; the two countries agreed, said Lavrov, according to Mr. Peskov, who "
    "told reporters (unsaid, bothered) what both sides added."
)


def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + [HARD]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(user_dir=Path("/nonexistent"), use_cache=False)


@pytest.mark.parametrize("code", ["id", "en"])
def test_word_led_patterns_find_the_same_where_the_cues_say(kb: KnowledgeBase, code: str) -> None:
    m = matcher_for(kb, load_pack(code))
    patterns = {
        "plural": m.plural_re,
        "subject_verb": m.subject_verb_re,
        "speaker": m.speaker_re,
        "rank": m.rank_start_re,
    }
    tried = 0
    for text in texts():
        lower = lower_same_length(text)
        starts = m.cues.starts(lower)
        for name, pattern in patterns.items():
            if pattern is None:
                continue
            plain = [(x.start(), x.end()) for x in pattern.finditer(lower)]
            fast = [(x.start(), x.end()) for x in finditer_from(pattern, lower, starts[name])]
            assert fast == plain, (name, text[:40])
            tried += len(plain)
    assert tried > 5  # the texts hold speech verbs, ranks and plurals: the comparison is not empty


@pytest.mark.parametrize("code", ["id", "en"])
def test_the_hit_scan_lists_the_cue_starts_the_cue_scan_lists(kb: KnowledgeBase, code: str) -> None:
    m = matcher_for(kb, load_pack(code))
    # the hard strings with and without an ideographic space (a non-word character left unblanked)
    for text in [*texts(), HARD.replace("\u3000", " ")]:
        lower = lower_same_length(text)
        assert find_hits(text, m, lower)[1] == m.cues.starts(lower)


def test_surnames_are_found_where_they_are_written() -> None:
    for text in texts():
        words = {m.group(0) for m in _CAPITALISED_WORD.finditer(text)}
        prefixes = sorted(words)[::3] + ["Al", "Brien", "Assad", "Lavrov", "Men", "Ö"]
        plain = [
            (m.start(), m.group(0))
            for m in _CAPITALISED_WORD.finditer(text)
            if any(text.startswith(p, m.start()) for p in prefixes)
        ]
        fast = [(m.start(), m.group(0)) for m in _capitalised_words_at(text, prefixes)]
        assert fast == plain


def test_coverage_answers_as_the_plain_scan(kb: KnowledgeBase) -> None:
    for text in texts():
        doc = Doc(doc="t", text=text, raw=text, origin="t", content_hash="", published="2015-06-01")
        mentions = recognise_actors(doc, kb, load_pack("id"))
        cover = Coverage(mentions)
        for start in range(0, min(len(text), 1200), 7):
            for size in (0, 1, 5, 40):
                assert cover.covers(start, start + size) == covered(mentions, start, start + size)


def _title_case_plainly(text: str, start: int) -> bool:
    end = text.find("\n", start)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 4 or len(words) > 25:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def test_title_case_test_answers_early_as_it_would_late() -> None:
    lines = [
        "Menlu Kanada Kunjungi Jakarta Bahas Kerja Sama Perdagangan",
        "PM Inggris Dan Presiden Iran Bertemu Di New York",
        "a b c d E F G H I J K L M N O P Q R S T U",  # small words first, capitals after
        " ".join(["Kata"] * 24 + ["dan"] * 6),
        "12 34 56 Rusia Kecam Serangan Ke Suriah",
    ]
    for text in [*texts(), "\n".join(lines)]:
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        for start in starts:
            assert _title_case(text, start) == _title_case_plainly(text, start), text[start : start + 60]
