"""Exporting a table of the store to Parquet, CSV or JSON Lines (DuckDB's COPY: streamed, not held in memory)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warta.store.schema import EXPORTABLE

FORMATS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER true)", "jsonl": "(FORMAT json)"}


def export(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: str | Path) -> int:
    """Write `table` to `out` in `fmt`; returns the number of rows written."""
    if table not in EXPORTABLE:
        raise ValueError(f"unknown table {table!r}: choose one of {', '.join(EXPORTABLE)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    target = Path(out)
    if target.parent and not target.parent.exists():
        raise ValueError(f"folder {target.parent} does not exist: create it or choose another --out")
    order = "content_hash" if table == "articles" else "article_hash, idx"
    literal = "'" + str(target).replace("'", "''") + "'"
    con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO {literal} {FORMATS[fmt]}")
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0
