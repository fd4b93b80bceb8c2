"""`warta export`: a table of the store to Parquet, CSV or JSON Lines."""

from __future__ import annotations

import typer

from warta.cli.common import DB_OPTION, fail, open_store, stderr
from warta.store import EXPORTABLE, FORMATS
from warta.store import export as export_table


def export(
    fmt: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    out: str = typer.Option(..., "--out", "-o", help="File to write."),
    table: str = typer.Option("articles", "--table", "-t", help=f"One of: {', '.join(EXPORTABLE)}."),
    db: str = DB_OPTION,
) -> None:
    """Export a table of the store (articles, events, quotes or mentions)."""
    if fmt not in FORMATS:
        raise fail(f"unknown --format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if table not in EXPORTABLE:
        raise fail(f"unknown --table {table!r}: choose one of {', '.join(EXPORTABLE)}")
    store = open_store(db, read_only=True)
    with store:
        try:
            rows = export_table(store.con, table, fmt, out)
        except ValueError as exc:
            raise fail(str(exc)) from exc
    stderr.print(f"wrote {rows:,} rows of {table} to {out}")


def register(app: typer.Typer) -> None:
    app.command("export")(export)
