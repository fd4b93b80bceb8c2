"""`warta ingest --clean-only`, then extraction added by re-ingesting or by `warta extract-stored`:
the same tables as a plain ingest, nothing duplicated."""

from __future__ import annotations

from pathlib import Path

import duckdb
from cli_fixtures import SEED_IDS, SEEDS, warta

CHILD_TABLES = ("events", "quotes", "mentions")


def contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Everything extraction and cleaning stored, comparable across databases (no timestamps)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {
            "articles": con.execute(
                "SELECT doc, content_hash, text, published, outlet, cited_sources, extracted FROM articles ORDER BY doc"
            ).fetchall()
        }
        for child in CHILD_TABLES:
            tables[child] = con.execute(f"SELECT * FROM {child} ORDER BY article_hash, idx").fetchall()
        return tables
    finally:
        con.close()


def summary_cells(stderr: str) -> list[str]:
    return [cell.strip() for cell in stderr.splitlines()[-2].strip("│ ").split("│")]


def test_clean_only_stores_articles_flagged_without_events(tmp_path: Path) -> None:
    db = tmp_path / "clean.duckdb"
    result = warta("ingest", SEEDS, "--db", db, "--clean-only")
    assert result.exit_code == 0, result.stderr
    stored = contents(db)
    assert [row[0] for row in stored["articles"]] == SEED_IDS
    assert all(
        row[-1] is False and row[2] for row in stored["articles"]
    )  # clean text kept, extraction pending
    assert all(stored[child] == [] for child in CHILD_TABLES)


def test_reingest_without_clean_only_completes_the_same_as_a_plain_ingest(tmp_path: Path) -> None:
    plain, staged = tmp_path / "plain.duckdb", tmp_path / "staged.duckdb"
    assert warta("ingest", SEEDS, "--db", plain).exit_code == 0
    assert warta("ingest", SEEDS, "--db", staged, "--clean-only").exit_code == 0

    upgrade = warta("ingest", SEEDS, "--db", staged)
    assert upgrade.exit_code == 0, upgrade.stderr
    assert summary_cells(upgrade.stderr) == [
        "5",
        "0",
        "5",
        "0",
        "0",
    ]  # read, stored, extracted now, present, errors
    expected = contents(plain)
    assert expected["events"] and expected["mentions"]
    assert contents(staged) == expected

    for again in (("ingest", SEEDS), ("ingest", SEEDS, "--clean-only"), ("extract-stored",)):
        assert warta(*again, "--db", staged).exit_code == 0
        assert contents(staged) == expected  # nothing added twice


def test_extract_stored_works_from_the_database_alone(tmp_path: Path) -> None:
    plain, staged = tmp_path / "plain.duckdb", tmp_path / "staged.duckdb"
    copies = tmp_path / "copies"
    copies.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (copies / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    assert warta("ingest", copies, "--db", plain).exit_code == 0
    assert warta("ingest", copies, "--db", staged, "--clean-only").exit_code == 0
    for seed in copies.glob("*.txt"):
        seed.unlink()  # the original files are gone

    result = warta("extract-stored", "--db", staged, "--workers", "2")
    assert result.exit_code == 0, result.stderr
    assert "5 stored articles to extract" in result.stderr
    assert summary_cells(result.stderr) == ["5", "0", "5", "0", "0"]
    assert contents(staged) == contents(plain)
    runs = (
        duckdb.connect(str(staged), read_only=True)
        .execute("SELECT command, extracted_later FROM runs")
        .fetchall()
    )
    assert runs == [("ingest", 0), ("extract-stored", 5)]


def test_extract_stored_without_a_database_says_what_to_do(tmp_path: Path) -> None:
    result = warta("extract-stored", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 2
    assert "--clean-only` first" in result.stderr
