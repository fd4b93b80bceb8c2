"""`warta ingest`: read, clean and extract articles and store them in the DuckDB file."""

from __future__ import annotations

import time
from datetime import datetime

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
from warta.engines.local import run
from warta.model import ReadError, Result
from warta.sources import iter_articles
from warta.store import Store

BATCH_SIZE = 256  # articles per transaction
BATCH_SECONDS = 2.0  # ... or fewer, when they come slowly


class _Ingest:
    """Counts and the pending batch of one ingest run."""

    def __init__(self, store: Store, batch_size: int = BATCH_SIZE) -> None:
        self.store = store
        self.batch_size = batch_size
        self.counts = {"read": 0, "stored": 0, "already_present": 0, "errors": 0}
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
        stored = self.store.write_many(self.results)
        self.counts["stored"] += sum(stored)
        self.counts["already_present"] += len(stored) - sum(stored)
        self.store.record_errors(self.errors)
        self.results, self.errors = [], []
        self.last_flush = time.monotonic()


def _summary(counts: dict[str, int], db: str, seconds: float) -> Table:
    table = Table(title=f"ingest into {db} ({seconds:.1f} s)", title_justify="left")
    for name in ("read", "stored", "already present", "errors"):
        table.add_column(name, justify="right")
    table.add_row(*(f"{counts[k]:,}" for k in ("read", "stored", "already_present", "errors")))
    return table


def ingest(
    paths: list[str] = PATHS_ARGUMENT,
    db: str = DB_OPTION,
    workers: int = WORKERS_OPTION,
    field: list[str] = FIELD_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
    batch_size: int = typer.Option(
        BATCH_SIZE, "--batch-size", min=1, help="Articles per transaction (a killed run loses at most one batch)."
    ),
) -> None:
    """Read articles, clean them, extract events and quotes, and store everything in a DuckDB file.

    Re-running the same command adds nothing; a run that was killed is completed by running it again.
    """
    options = reader_options(field, max_bytes)
    store = open_store(db, read_only=False)
    run_state = _Ingest(store, batch_size)
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
            task = progress.add_task("ingest", total=None, rate=0.0, errors=0)
            for outcome in run(iter_articles(paths, options), worker_count(workers)):
                if isinstance(outcome, ReadError):
                    progress.console.print(error_line(outcome))
                run_state.add(outcome)
                elapsed = max(time.monotonic() - started, 1e-6)
                progress.update(
                    task, advance=1, rate=run_state.counts["read"] / elapsed, errors=run_state.counts["errors"]
                )
        run_state.flush()
        store.record_run("ingest", paths, run_state.counts, started_at)
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
    stderr.print(_summary(run_state.counts, db, time.monotonic() - started))
    if interrupted:
        stderr.print("interrupted: what was stored is kept; run the same command again to finish")
        raise typer.Exit(130)
    if run_state.counts["errors"]:
        raise typer.Exit(EXIT_FAILURES)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
