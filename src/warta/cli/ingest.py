"""`warta ingest` (read, clean, extract and store articles in the DuckDB file; with
`--clean-only`, read, clean and store only) and `warta extract-stored` (add the
extraction to stored articles that were loaded with `--clean-only`)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import duckdb
import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from warta.cli.common import (
    DB_OPTION,
    EXIT_FAILURES,
    FIELD_OPTION,
    MAX_BYTES_OPTION,
    PATHS_ARGUMENT,
    WORKERS_OPTION,
    error_line,
    fail,
    open_store,
    reader_options,
    stderr,
    worker_count,
)
from warta.engines.local import Task, run
from warta.model import ReadError, Result
from warta.sources import iter_articles
from warta.store import Store

BATCH_SIZE = 256  # articles per transaction
BATCH_SECONDS = 2.0  # ... or fewer, when they come slowly
STATUS_COUNTS = {"stored": "stored", "extracted": "extracted_later", "present": "already_present"}
SUMMARY_COLUMNS = {
    "read": "read",
    "stored": "stored",
    "extracted_later": "extracted now",
    "already_present": "already present",
    "errors": "errors",
}


class _Ingest:
    """Counts and the pending batch of one ingest run."""

    def __init__(self, store: Store, batch_size: int = BATCH_SIZE, *, extracted: bool = True) -> None:
        self.store = store
        self.batch_size = batch_size
        self.extracted = extracted
        self.counts = {"read": 0, "stored": 0, "extracted_later": 0, "already_present": 0, "errors": 0}
        self.results: list[Result] = []
        self.errors: list[ReadError] = []
        self.last_flush = time.monotonic()

    def add(self, outcome: Result | ReadError) -> None:
        if isinstance(outcome, ReadError):
            self.counts["errors"] += 1
            if outcome.kind == "process":
                self.counts["read"] += 1
            self.errors.append(outcome)
        else:
            self.counts["read"] += 1
            self.results.append(outcome)
        if len(self.results) >= self.batch_size or time.monotonic() - self.last_flush > BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        for status in self.store.write_batch(self.results, extracted=self.extracted):
            self.counts[STATUS_COUNTS[status]] += 1
        self.store.record_errors(self.errors)
        self.results, self.errors = [], []
        self.last_flush = time.monotonic()


def _summary(title: str, counts: dict[str, int], seconds: float) -> Table:
    table = Table(title=f"{title} ({seconds:.1f} s)", title_justify="left")
    for name in SUMMARY_COLUMNS.values():
        table.add_column(name, justify="right")
    table.add_row(*(f"{counts[k]:,}" for k in SUMMARY_COLUMNS))
    return table


CLEAN_ONLY_OPTION = typer.Option(
    False,
    "--clean-only",
    help="Only read, clean and store articles with their metadata (fast bulk loading); no actors, quotes or "
    "events. Add them later with `warta extract-stored`, or by running `warta ingest` on the same input "
    "without --clean-only.",
)
BATCH_SIZE_OPTION = typer.Option(
    BATCH_SIZE, "--batch-size", min=1, help="Articles per transaction (a killed run loses at most one batch)."
)


def ingest(
    paths: list[str] = PATHS_ARGUMENT,
    db: str = DB_OPTION,
    workers: int = WORKERS_OPTION,
    field: list[str] = FIELD_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
    batch_size: int = BATCH_SIZE_OPTION,
    clean_only: bool = CLEAN_ONLY_OPTION,
) -> None:
    """Read articles, clean them, extract events and quotes, and store everything in a DuckDB file.

    Re-running the same command adds nothing; a run that was killed is completed by running it again.
    Articles stored earlier with --clean-only get their events, quotes and mentions when ingested
    again without it.
    """
    options = reader_options(field, max_bytes)
    store = open_store(db, read_only=False)
    task: Task = "clean_only" if clean_only else "process"
    _store_outcomes(
        store,
        db,
        run(iter_articles(paths, options), worker_count(workers), task=task),
        _Ingest(store, batch_size, extracted=not clean_only),
        "ingest",
        paths,
    )


def extract_stored(
    db: str = DB_OPTION,
    workers: int = WORKERS_OPTION,
    batch_size: int = BATCH_SIZE_OPTION,
) -> None:
    """Extract actors, quotes and events for the stored articles loaded with `ingest --clean-only`.

    Works from the database alone (the stored clean text and metadata), without the original
    files. Articles already extracted are left alone; a killed run is completed by running it again.
    """
    if not Path(db).exists():
        raise fail(f"no database at {db}: run `warta ingest PATH --db {db} --clean-only` first")
    store = open_store(db, read_only=False)
    waiting = store.count_unextracted()
    # The docs are read page by page from the store while the batches are written to it:
    # a separate cursor on the same database, so reading never sees a half-written batch.
    reader = store.con.cursor()
    try:
        docs = Store(reader, db).unextracted_docs(batch_size)
        stderr.print(f"{waiting:,} stored articles to extract")
        _store_outcomes(
            store,
            db,
            run(docs, worker_count(workers), task="extract"),
            _Ingest(store, batch_size, extracted=True),
            "extract-stored",
            [db],
        )
    finally:
        reader.close()


def _store_outcomes(
    store: Store,
    db: str,
    outcomes: Iterator[Result | ReadError],
    run_state: _Ingest,
    command: str,
    paths: list[str],
) -> None:
    """Write the outcomes in batches with a progress line; summary, run record and exit code at the end."""
    started, started_at = time.monotonic(), datetime.now()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:,} articles"),
        TextColumn("{task.fields[rate]:,.0f} articles/s"),
        TextColumn("{task.fields[errors]:,} errors"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )
    interrupted = False
    try:
        with progress:
            task = progress.add_task(command, total=None, rate=0.0, errors=0)
            for outcome in outcomes:
                if isinstance(outcome, ReadError):
                    progress.console.print(error_line(outcome))
                run_state.add(outcome)
                elapsed = max(time.monotonic() - started, 1e-6)
                progress.update(
                    task,
                    advance=1,
                    rate=run_state.counts["read"] / elapsed,
                    errors=run_state.counts["errors"],
                )
        run_state.flush()
        store.record_run(command, paths, run_state.counts, started_at)
    except KeyboardInterrupt:
        interrupted = True
        run_state.flush()
    except duckdb.Error as exc:
        raise fail(
            f"writing to {db} failed ({exc}); every batch committed before is kept: "
            "fix the cause (disk space, permissions) and run the same command again"
        ) from exc
    finally:
        store.close()
    stderr.print(_summary(f"{command} into {db}", run_state.counts, time.monotonic() - started))
    if interrupted:
        stderr.print("interrupted: what was stored is kept; run the same command again to finish")
        raise typer.Exit(130)
    if run_state.counts["errors"]:
        raise typer.Exit(EXIT_FAILURES)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("extract-stored")(extract_stored)
