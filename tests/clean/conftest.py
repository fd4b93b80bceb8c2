"""Shared fixtures for the cleaning tests: one Resources for the session, and a helper that
cleans a text given as lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from warta.clean import clean_article
from warta.model import Article, Doc
from warta.resources import Resources

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources.load()


@pytest.fixture(scope="session")
def clean(resources: Resources) -> Callable[..., Doc]:
    def run(text: str, url: str | None = None, **fields: str) -> Doc:
        article = Article(doc="t", text=text, origin="test", url=url, **fields)
        return clean_article(article, resources)

    return run


@pytest.fixture(scope="session")
def seed(resources: Resources) -> Callable[[str], Doc]:
    def run(prefix: str) -> Doc:
        path = next(SEEDS.glob(f"{prefix}_*.txt"))
        return clean_article(
            Article(doc=path.stem, text=path.read_text(encoding="utf-8"), origin=str(path)), resources
        )

    return run
