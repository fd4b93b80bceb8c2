"""The `warta` commands end to end on real articles: exit codes, messages, idempotent ingest, outputs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from cli_fixtures import SEED_IDS, SEEDS, warta

from warta.model import Article, ReadError, Result
from warta.store import Store


def stored_docs(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT doc FROM articles").fetchall())
    finally:
        con.close()


def test_ingest_then_reingest_adds_nothing_then_new_input_appends(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    first = warta("ingest", SEEDS, "--db", db)
    assert first.exit_code == 0, first.stderr
    assert stored_docs(db) == SEED_IDS
    assert "stored" in first.stderr and "already present" in first.stderr

    again = warta("ingest", SEEDS, "--db", db)
    assert again.exit_code == 0
    assert stored_docs(db) == SEED_IDS
    summary_row = again.stderr.splitlines()[-2]
    assert [cell.strip() for cell in summary_row.strip("│ ").split("│")] == ["5", "0", "0", "5", "0"]

    extra = tmp_path / "extra.jsonl"
    text = (SEEDS / f"{SEED_IDS[2]}.txt").read_text(encoding="utf-8")
    extra.write_text(
        json.dumps({"id": "jpnn-repost", "text": text + "\nEditor: Redaksi"}) + "\n", encoding="utf-8"
    )
    appended = warta("ingest", extra, "--db", db)
    assert appended.exit_code == 0
    assert stored_docs(db) == sorted([*SEED_IDS, "jpnn-repost"])


def test_bad_input_is_one_line_per_error_recorded_once_and_exit_is_nonzero(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ok", "text": (SEEDS / f"{SEED_IDS[0]}.txt").read_text(encoding="utf-8")})
    feed.write_text(good + '\n{"id": "broken", "text": "Perdana Menteri\n', encoding="utf-8")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.5 binary")
    db = tmp_path / "e.duckdb"
    for _ in range(2):
        result = warta("ingest", tmp_path, "--db", db)
        assert result.exit_code == 1
        lines = result.stderr.splitlines()
        assert any(line.startswith(f"{feed}:2: not valid JSON") for line in lines), result.stderr
        assert any(
            line.startswith(f"{tmp_path / 'scan.txt'}: file looks like a PDF document") for line in lines
        )
    assert stored_docs(db) == ["ok"]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM ingest_errors").fetchone() == (2,)
    assert con.execute("SELECT count(*), sum(errors) FROM runs").fetchone() == (2, 4)
    con.close()


def test_extract_writes_one_spec_object_per_article(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = warta("extract", SEEDS, "-o", out)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc"] for r in records] == SEED_IDS
    spec_keys = {
        "doc",
        "language",
        "outlet",
        "published",
        "dateline",
        "text",
        "events",
        "quotes",
        "cited_sources",
        "duplicate_of",
        "story",
    }
    assert all(spec_keys <= set(r) for r in records)
    assert "Hossein Dehqan" in records[3]["text"]


def test_extract_from_stdin_to_stdout(tmp_path: Path) -> None:
    text = (SEEDS / f"{SEED_IDS[1]}.txt").read_text(encoding="utf-8")
    line = json.dumps({"id": "piped", "text": text, "url": "https://example.id/2016/02/18/berita"}) + "\n"
    result = warta("extract", "-", "-o", "-", input=line + "{not json}\n")
    assert result.exit_code == 1
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["doc"] == "piped"
    assert result.stderr.startswith("<stdin>:2: not valid JSON")


def test_browse_and_export_commands(tmp_path: Path) -> None:
    db = tmp_path / "b.duckdb"
    assert warta("ingest", SEEDS, "--db", db).exit_code == 0

    listing = warta("articles", "--db", db, "--limit", "3")
    assert listing.exit_code == 0 and "3 articles" in listing.stdout
    found = warta("articles", "--db", db, "--search", "Dehqan Moskow")
    assert SEED_IDS[3] in found.stdout and SEED_IDS[0] not in found.stdout

    shown = warta("show", SEED_IDS[3], "--db", db)
    assert shown.exit_code == 0 and "Hossein Dehqan" in shown.stdout and SEED_IDS[3] in shown.stdout
    raw = warta("show", SEED_IDS[3], "--db", db, "--raw")
    assert raw.stdout.rstrip().endswith(
        (SEEDS / f"{SEED_IDS[3]}.txt").read_text(encoding="utf-8").rstrip()[-40:]
    )
    missing = warta("show", SEED_IDS[3][:7], "--db", db)
    assert missing.exit_code == 1 and f"did you mean: {SEED_IDS[3]}" in missing.stderr

    russian_quotes = warta("quotes", "--db", db, "--actor", "RUS")
    assert russian_quotes.exit_code == 0 and "Lavrov" in russian_quotes.stdout
    assert "Rouhani" not in russian_quotes.stdout

    consults = warta("events", "--db", db, "--type", "consult", "--actor", "IRN")
    assert consults.exit_code == 0 and "Dehqan" in consults.stdout and SEED_IDS[3] in consults.stdout
    assert "ASSAULT" not in consults.stdout and SEED_IDS[4] not in consults.stdout
    by_person = warta("events", "--db", db, "--person", "cameron", "--since", "2014-09", "--until", "2014-09-30")
    assert by_person.exit_code == 0 and SEED_IDS[0] in by_person.stdout and SEED_IDS[3] not in by_person.stdout
    assert "no events match" in warta("events", "--db", db, "--type", "SANCTION").stdout

    out = tmp_path / "articles.parquet"
    exported = warta("export", "--format", "parquet", "--out", out, "--db", db)
    assert exported.exit_code == 0 and "wrote 5 rows" in exported.stderr
    assert sorted(pq.read_table(out).column("doc").to_pylist()) == SEED_IDS
    bad_format = warta("export", "--format", "xlsx", "--out", out, "--db", db)
    assert bad_format.exit_code == 2 and "choose one of parquet, csv, jsonl" in bad_format.stderr


def test_commands_on_a_missing_database_say_to_ingest_first(tmp_path: Path) -> None:
    db = tmp_path / "none.duckdb"
    for command in (["articles"], ["show", "x"], ["quotes"], ["events"], ["export", "--format", "csv", "--out", "x.csv"]):
        result = warta(*command, "--db", db)
        assert result.exit_code == 2
        assert f"no database at {db}: run `warta ingest PATH --db {db}` first" in result.stderr
    assert not db.exists()


def test_bad_field_option_is_a_usage_error(tmp_path: Path) -> None:
    result = warta("ingest", SEEDS, "--db", tmp_path / "f.duckdb", "--field", "body")
    assert result.exit_code == 2 and "FIELD=COLUMN" in result.stderr


def test_ctrl_c_keeps_what_was_read_and_says_to_rerun(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.cli import ingest as ingest_command
    from warta.engines import local

    def interrupted_after_three(
        items: Iterable[Article | ReadError], workers: int, task: local.Task = "process"
    ) -> Iterator[Result | ReadError]:
        yield from islice(local.run(items, workers, task=task), 3)
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_command, "run", interrupted_after_three)
    db = tmp_path / "i.duckdb"
    result = warta("ingest", SEEDS, "--db", db)
    assert result.exit_code == 130 and "run the same command again" in result.stderr
    assert stored_docs(db) == SEED_IDS[:3]


def test_database_write_failure_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(self: Store, results: object, *, extracted: bool = True) -> list[str]:
        raise duckdb.IOException("could not write file: No space left on device")

    monkeypatch.setattr(Store, "write_batch", disk_full)
    result = warta("ingest", SEEDS, "--db", tmp_path / "full.duckdb")
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr and "run the same command again" in result.stderr
