"""An ingest killed with SIGKILL halfway leaves a consistent database; rerunning completes it without duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from cli_fixtures import SEEDS

ARTICLES = 240
BAD_EVERY = 20  # a malformed line every 20 lines: its error message shows how far the run has got


def write_feed(path: Path) -> int:
    """Seed articles varied so that every record has its own text; returns the number of good records."""
    seeds = [p.read_text(encoding="utf-8").splitlines() for p in sorted(SEEDS.glob("*.txt"))]
    good = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(ARTICLES):
            if i % BAD_EVERY == BAD_EVERY - 1:
                fh.write('{"id": "broken", "text": "Presiden Rusia\n')
                continue
            lines = seeds[i % len(seeds)]
            shift = (i // len(seeds)) % max(len(lines), 1)
            text = "\n".join(lines[:1] + lines[1:][shift:] + lines[1:][:shift]) + f"\n(Versi {i})"
            fh.write(json.dumps({"id": f"v{i}", "text": text}, ensure_ascii=False) + "\n")
            good += 1
    return good


def ingest_command(feed: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "warta.cli", "ingest", str(feed), "--db", str(db), "--batch-size", "10"]


def table_facts(db: Path) -> dict[str, object]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        facts: dict[str, object] = {
            "articles": one("SELECT count(*) FROM articles"),
            "distinct_hashes": one("SELECT count(DISTINCT content_hash) FROM articles"),
            "errors": one("SELECT count(*) FROM ingest_errors"),
        }
        for child in ("events", "quotes", "mentions"):
            facts[child] = one(f"SELECT count(*) FROM {child}")
            facts[f"{child}_distinct"] = one(f"SELECT count(DISTINCT (article_hash, idx)) FROM {child}")
            facts[f"{child}_orphans"] = one(
                f"SELECT count(*) FROM {child} WHERE article_hash NOT IN (SELECT content_hash FROM articles)"
            )
        return facts
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_halfway_then_rerun_completes_without_duplicates(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    good = write_feed(feed)
    bad = ARTICLES - good
    env = {**os.environ, "COLUMNS": "200"}

    reference = tmp_path / "reference.duckdb"
    complete = subprocess.run(ingest_command(feed, reference), capture_output=True, text=True, env=env)
    assert complete.returncode == 1  # the malformed lines
    expected = table_facts(reference)
    assert expected["articles"] == good and expected["errors"] == bad

    db = tmp_path / "killed.duckdb"
    child = subprocess.Popen(ingest_command(feed, db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                             env=env)
    assert child.stderr is not None
    seen = 0
    deadline = time.monotonic() + 120
    for line in child.stderr:  # errors are printed as they happen, in input order
        seen += "not valid JSON" in line
        if seen == bad * 2 // 3 or time.monotonic() > deadline:
            child.send_signal(signal.SIGKILL)
            break
    child.wait()
    assert child.returncode == -signal.SIGKILL

    halfway = table_facts(db)
    assert 0 < halfway["articles"] < good  # type: ignore[operator]
    for name in ("events", "quotes", "mentions"):
        assert halfway[f"{name}_orphans"] == 0 and halfway[name] == halfway[f"{name}_distinct"]

    rerun = subprocess.run(ingest_command(feed, db), capture_output=True, text=True, env=env)
    assert rerun.returncode == 1
    assert table_facts(db) == expected
