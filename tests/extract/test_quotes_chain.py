"""The quote stage behind the real cleaning, sentence and actor stages, on the sample seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean import clean_article
from warta.extract.actors import recognise_actors
from warta.extract.quotes import extract_quotes
from warta.extract.sentences import split_sentences
from warta.kb import KnowledgeBase
from warta.lang import load_pack
from warta.model import Article, Quote
from warta.resources import Resources

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"


def chain(name: str) -> tuple[list[Quote], list[str]]:
    path = SEEDS / f"{name}.txt"
    doc = clean_article(
        Article(doc=name, text=path.read_text(encoding="utf-8"), origin=str(path)), Resources.load()
    )
    pack = load_pack(doc.language or "id")
    mentions = recognise_actors(doc, KnowledgeBase.load(), pack)
    return extract_quotes(doc, split_sentences(doc.text, pack), mentions, pack)


@pytest.mark.parametrize(
    ("name", "cited"),
    [
        ("000_aa9fdd7ecad6373c", ["AFP"]),
        ("001_ac450b46815b1f89", ["Xinhua"]),
        ("002_d417c5c52f0f3a8c", ["IRNA"]),
        ("003_540a5464acc97eb1", ["TASS"]),
        ("004_ea25b965475099d2", []),
    ],
)
def test_cited_sources_of_the_seeds(name: str, cited: list[str]) -> None:
    assert chain(name)[1] == cited


def test_lavrov_quotes_resolve_to_russia_with_their_agency() -> None:
    quotes, _ = chain("001_ac450b46815b1f89")
    lavrov = [q for q in quotes if q.speaker and "Lavrov" in q.speaker]
    assert lavrov and all(q.speaker_code == "RUS" for q in lavrov)
    assert lavrov[0].cited_source == "Xinhua"
    assert not any(q.text == "pragmatis, masuk akal dan rasional" for q in quotes)


def test_suffixed_cue_after_a_quote_keeps_the_speaker() -> None:
    quotes, _ = chain("003_540a5464acc97eb1")
    katanya = [q for q in quotes if "katanya" in q.reason]
    assert katanya and all(q.speaker_code == "RUS" for q in katanya)
