"""What the CLI commands share: the consoles, option parsing, opening the store, printing errors."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console
from rich.text import Text

from warta.model import ReadError
from warta.sources import DEFAULT_MAX_BYTES, ReaderOptions, parse_field_options
from warta.store import SchemaError, Store, StoreError

DEFAULT_DB = "warta.duckdb"
EXIT_FAILURES = 1  # some input could not be read or processed
EXIT_USAGE = 2  # the command itself cannot run (bad option, no database)

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

PATHS_ARGUMENT = typer.Argument(..., help="Files, folders (read recursively) or '-' for JSON Lines on stdin.")
DB_OPTION = typer.Option(DEFAULT_DB, "--db", help="DuckDB file of the store.")
WORKERS_OPTION = typer.Option(1, "--workers", "-w", min=0, help="Worker processes; 0 = one per CPU core.")
FIELD_OPTION = typer.Option(
    [], "--field", help="Where a JSONL/CSV field lives, as FIELD=COLUMN (e.g. text=body); repeatable."
)
MAX_BYTES_OPTION = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Largest single article accepted, in bytes.")


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print `message` to stderr and return the Exit to raise."""
    stderr.print(Text(f"error: {message}", style="red"))
    return typer.Exit(code)


def reader_options(fields: list[str], max_bytes: int) -> ReaderOptions:
    try:
        return ReaderOptions(fields=parse_field_options(fields), max_bytes=max_bytes)
    except ValueError as exc:
        raise fail(str(exc)) from exc


def worker_count(workers: int) -> int:
    return workers if workers > 0 else (os.cpu_count() or 1)


def error_line(error: ReadError) -> Text:
    """One error as `origin: message`, printed without markup interpretation."""
    line = Text(f"{error.origin}: ", style="bold")
    line.append(error.message)
    return line


def open_store(db: str, *, read_only: bool) -> Store:
    """The store at `db`; a clear message and exit when it is missing or unusable."""
    if read_only and not Path(db).exists():
        raise fail(f"no database at {db}: run `warta ingest PATH --db {db}` first")
    try:
        return Store.open(db, read_only=read_only)
    except (StoreError, SchemaError) as exc:
        raise fail(str(exc)) from exc


def shorten(value: object, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"
