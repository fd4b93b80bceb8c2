"""An ingest killed with SIGKILL halfway leaves a consistent database; rerunning completes it without duplicates.

The killed run reads JSON Lines from a pipe the test holds open, so it cannot finish on its
own however fast or slow the machine is; it is killed only once it has reported an error for
the last line it was given, which (articles are handled in input order and each batch is
committed before the next article is taken) proves that all full batches before that line are
committed. Results are compared by content, never by timing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from cli_fixtures import SEEDS

ARTICLES = 240
BAD_EVERY = 20  # a malformed line every 20 lines
BATCH = 10
FIRST_PART = 120  # lines given to the run that gets killed; line 120 is a malformed one


def feed_lines() -> list[str]:
    """Seed articles varied so that every record has its own text, with a malformed line every BAD_EVERY."""
    seeds = [p.read_text(encoding="utf-8").splitlines() for p in sorted(SEEDS.glob("*.txt"))]
    lines = []
    for i in range(ARTICLES):
        if i % BAD_EVERY == BAD_EVERY - 1:
            lines.append('{"id": "broken", "text": "Presiden Rusia\n')
            continue
        seed = seeds[i % len(seeds)]
        shift = (i // len(seeds)) % max(len(seed), 1)
        text = "\n".join(seed[:1] + seed[1:][shift:] + seed[1:][:shift]) + f"\n(Versi {i})"
        lines.append(json.dumps({"id": f"v{i}", "text": text}, ensure_ascii=False) + "\n")
    return lines


def ingest_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "warta.cli", "ingest", "-", "--db", str(db), "--batch-size", str(BATCH)]


def table_facts(db: Path) -> dict[str, object]:
    """Counts, duplicate and orphan checks, and each stored article's number of events, quotes and mentions."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        facts: dict[str, object] = {
            "articles": one("SELECT count(*) FROM articles"),
            "distinct_hashes": one("SELECT count(DISTINCT content_hash) FROM articles"),
            "errors": one("SELECT count(*) FROM ingest_errors"),
            "pending": sorted(
                r[0] for r in con.execute("SELECT content_hash FROM articles WHERE NOT extracted").fetchall()
            ),
        }
        for child in ("events", "quotes", "mentions"):
            facts[child] = one(f"SELECT count(*) FROM {child}")
            facts[f"{child}_distinct"] = one(f"SELECT count(DISTINCT (article_hash, idx)) FROM {child}")
            facts[f"{child}_orphans"] = one(
                f"SELECT count(*) FROM {child} WHERE article_hash NOT IN (SELECT content_hash FROM articles)"
            )
            facts[f"{child}_per_article"] = dict(
                con.execute(
                    f"SELECT a.content_hash, count(c.idx) FROM articles a LEFT JOIN {child} c "
                    "ON c.article_hash = a.content_hash GROUP BY a.content_hash"
                ).fetchall()
            )
        return facts
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize("loaded_clean_only_before", [False, True], ids=["fresh", "upgrading-clean-only"])
def test_sigkill_halfway_then_rerun_completes_without_duplicates(
    tmp_path: Path, loaded_clean_only_before: bool
) -> None:
    lines = feed_lines()
    feed = "".join(lines)
    bad = sum(1 for line in lines if line.startswith('{"id": "broken"'))
    good = ARTICLES - bad
    env = {**os.environ, "COLUMNS": "200"}

    reference = tmp_path / "reference.duckdb"
    complete = subprocess.run(ingest_command(reference), input=feed, capture_output=True, text=True, env=env)
    assert complete.returncode == 1, complete.stderr  # the malformed lines
    expected = table_facts(reference)
    assert expected["articles"] == good and expected["errors"] == bad

    db = tmp_path / "killed.duckdb"
    if loaded_clean_only_before:  # the killed run is then adding extraction to stored articles
        clean = subprocess.run(
            [*ingest_command(db), "--clean-only"], input=feed, capture_output=True, text=True, env=env
        )
        assert clean.returncode == 1 and len(table_facts(db)["pending"]) == good  # type: ignore[arg-type]
    child = subprocess.Popen(
        ingest_command(db),
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdin is not None and child.stderr is not None
    child.stdin.write("".join(lines[:FIRST_PART]))
    child.stdin.flush()  # the pipe stays open: the run waits for more input and cannot end by itself
    marker = f"<stdin>:{FIRST_PART}: not valid JSON"
    output = []
    for line in child.stderr:  # errors are printed as they happen, in input order
        output.append(line)
        if line.startswith(marker):
            break
    else:
        pytest.fail(f"the run ended without reporting line {FIRST_PART}:\n{''.join(output)}")
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    halfway = table_facts(db)
    good_given = FIRST_PART - FIRST_PART // BAD_EVERY
    pending = halfway["pending"]
    assert isinstance(pending, list)
    extracted = halfway["articles"] - len(pending)  # type: ignore[operator]
    assert good_given // BATCH * BATCH <= extracted <= good_given
    assert (
        halfway["articles"] == halfway["distinct_hashes"] == (good if loaded_clean_only_before else extracted)
    )
    for name in ("events", "quotes", "mentions"):
        assert halfway[f"{name}_orphans"] == 0 and halfway[name] == halfway[f"{name}_distinct"]
        per_article = halfway[f"{name}_per_article"]
        assert isinstance(per_article, dict)
        whole = expected[f"{name}_per_article"]
        assert isinstance(whole, dict)
        # whole articles, never part of one; none for an article still waiting for extraction
        assert per_article == {h: 0 if h in pending else whole[h] for h in per_article}

    rerun = subprocess.run(ingest_command(db), input=feed, capture_output=True, text=True, env=env)
    assert rerun.returncode == 1, rerun.stderr
    assert table_facts(db) == expected
