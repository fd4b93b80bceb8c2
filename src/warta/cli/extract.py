"""`warta extract`: articles in, one JSON object per article out (spec section 5); no database."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from typing import IO

import typer

from warta.cli.common import (
    EXIT_FAILURES,
    FIELD_OPTION,
    MAX_BYTES_OPTION,
    PATHS_ARGUMENT,
    WORKERS_OPTION,
    error_line,
    fail,
    reader_options,
    stderr,
    worker_count,
)
from warta.engines.local import run
from warta.model import ReadError
from warta.sources import iter_articles


def extract(
    paths: list[str] = PATHS_ARGUMENT,
    out: str = typer.Option(..., "--out", "-o", help="Output JSON Lines file; '-' for standard output."),
    workers: int = WORKERS_OPTION,
    field: list[str] = FIELD_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
) -> None:
    """Extract clean text, metadata, events and quotes as JSON Lines, one object per article."""
    options = reader_options(field, max_bytes)
    try:
        target: IO[str] = sys.stdout if out == "-" else open(out, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise fail(f"cannot write {out}: {exc.strerror}; choose another -o path") from exc
    errors = written = 0
    with nullcontext(target) if out == "-" else target as sink:
        for outcome in run(iter_articles(paths, options), worker_count(workers)):
            if isinstance(outcome, ReadError):
                errors += 1
                stderr.print(error_line(outcome))
                continue
            sink.write(json.dumps(outcome.to_json(), ensure_ascii=False) + "\n")
            written += 1
    if out != "-":
        stderr.print(f"wrote {written:,} articles to {out}" + (f"; {errors:,} errors" if errors else ""))
    if errors:
        raise typer.Exit(EXIT_FAILURES)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
