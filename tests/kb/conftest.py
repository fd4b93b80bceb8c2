"""Shared fixtures of the knowledge-base tests: a fixture KB and the packaged one."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.kb import KnowledgeBase

FIXTURE_DIR = Path(__file__).parent / "data" / "fixture"


@pytest.fixture(scope="session")
def fixture_kb() -> KnowledgeBase:
    return KnowledgeBase.load(FIXTURE_DIR, use_cache=False)


@pytest.fixture(scope="session")
def packaged_kb() -> KnowledgeBase:
    return KnowledgeBase.load(user_dir=Path("/nonexistent"), use_cache=False)
