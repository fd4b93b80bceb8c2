"""The local engine: same results in input order for one or many workers, failures isolated, bounded memory."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta import pipeline
from warta.engines.local import run
from warta.model import Article, Doc, ReadError, Result
from warta.resources import Resources
from warta.sources import iter_articles

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"
POISON = "Kecaman terus dilancarkan"  # an article containing this makes the fake stage fail


def fake_process(article: Article, resources: Resources) -> Result:
    """Stands in for the pipeline: records which process and which Resources handled the article."""
    if POISON in article.text:
        raise ValueError("stage exploded")
    doc = Doc(
        doc=article.doc,
        text=article.text.strip(),
        raw=article.text,
        origin=article.origin,
        content_hash=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        reasons={"pid": str(os.getpid()), "resources": str(id(resources))},
    )
    return Result(doc=doc)


@pytest.fixture(autouse=True)
def use_fake_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "process", fake_process)


def mixed_input() -> list[Article | ReadError]:
    items: list[Article | ReadError] = list(iter_articles([str(SEEDS)]))
    items.insert(2, ReadError("feed.jsonl:7", "not valid JSON", "malformed"))
    items.insert(
        4, Article(doc="bad", text=f"SERANG NEWS - {POISON} oleh Amerika Serikat.", origin="feed.jsonl:9")
    )
    return items * 5


def summary(outcomes: list[Result | ReadError]) -> list[tuple[str, str]]:
    return [(o.kind, o.origin) if isinstance(o, ReadError) else ("ok", o.doc.doc) for o in outcomes]


def test_single_worker_keeps_order_and_isolates_failures() -> None:
    items = mixed_input()
    outcomes = list(run(items, workers=1))
    assert len(outcomes) == len(items)
    assert summary(outcomes)[:6] == [
        ("ok", "000_aa9fdd7ecad6373c"),
        ("ok", "001_ac450b46815b1f89"),
        ("malformed", "feed.jsonl:7"),
        ("ok", "002_d417c5c52f0f3a8c"),
        ("process", "feed.jsonl:9"),
        ("ok", "003_540a5464acc97eb1"),
    ]
    failure = outcomes[4]
    assert isinstance(failure, ReadError) and "ValueError: stage exploded" in failure.message


def test_process_pool_gives_the_same_outcomes_in_the_same_order() -> None:
    items = mixed_input()
    assert summary(list(run(items, workers=2, chunksize=3))) == summary(list(run(items, workers=1)))


def test_resources_are_loaded_once_per_worker() -> None:
    outcomes = [o for o in run(mixed_input() * 4, workers=2, chunksize=2) if isinstance(o, Result)]
    per_pid: dict[str, set[str]] = {}
    for outcome in outcomes:
        per_pid.setdefault(outcome.doc.reasons["pid"], set()).add(outcome.doc.reasons["resources"])
    assert str(os.getpid()) not in per_pid  # the work ran in the workers
    assert all(len(ids) == 1 for ids in per_pid.values())


def test_input_is_pulled_lazily_with_bounded_work_in_flight() -> None:
    pulled = 0
    article = Article(doc="x", text="Presiden Iran Ebrahim Raisi memuji Rusia.", origin="gen")

    def endless() -> Iterator[Article | ReadError]:
        nonlocal pulled
        while True:
            pulled += 1
            yield article

    outcomes = run(endless(), workers=2, chunksize=4)
    first = next(outcomes)
    assert isinstance(first, Result)
    assert pulled <= 2 * 4 * 4 + 4  # workers * chunks in flight per worker * chunksize, plus one chunk
    for _ in range(500):
        next(outcomes)
    assert pulled <= 500 + 2 * 4 * 4 + 4 + 1
    outcomes.close()  # type: ignore[attr-defined]


def test_clean_only_and_extract_tasks_run_their_half_of_the_pipeline() -> None:
    resources = Resources.load()
    articles = [a for a in iter_articles([str(SEEDS)]) if isinstance(a, Article)]
    cleaned = list(run(articles, task="clean_only", resources=resources))
    assert all(isinstance(r, Result) and not r.sentences and not r.mentions and not r.events for r in cleaned)
    docs = [r.doc for r in cleaned if isinstance(r, Result)]
    extracted = list(run(docs, task="extract", resources=resources))
    assert all(isinstance(r, Result) and r.sentences and r.mentions for r in extracted)
    wrong = list(run(articles[:1], task="extract", resources=resources))
    assert isinstance(wrong[0], ReadError) and "takes Docs" in wrong[0].message
