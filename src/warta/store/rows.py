"""Records to table rows: the one place that knows how a Result becomes database rows."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

import pyarrow as pa

from warta.model import Doc, ReadError, Result
from warta.store.schema import TABLE_COLUMNS, Column, columns_of

ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "BIGINT": pa.int64(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us"),
}


DOC_COLUMNS = columns_of(Doc)


def _cell(value: Any, column: Column) -> Any:
    if column.sql_type == "JSON":
        if value is None:
            return None
        if isinstance(value, Mapping):
            value = dict(value)
        elif isinstance(value, tuple):
            value = list(value)
        return json.dumps(value, ensure_ascii=False)
    return value


def _row(record: Any, columns: list[Column], extra: Mapping[str, Any]) -> dict[str, Any]:
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    values.update(extra)
    return {c.name: _cell(values.get(c.name), c) for c in columns}


def result_rows(result: Result, *, extracted: bool = True) -> dict[str, list[dict[str, Any]]]:
    """The rows one Result adds to each table (ingested_at is left to the database clock).

    `extracted` says whether the Result went through extraction; without it the
    article row is flagged so that a later run can add its events, quotes and mentions.
    """
    doc = result.doc
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [
            _row(
                doc,
                TABLE_COLUMNS["articles"],
                {
                    "duplicate_of": result.duplicate_of,
                    "story": result.story,
                    "cited_sources": result.cited_sources,
                    "extracted": extracted,
                },
            )
        ]
    }
    for table, items in (("events", result.events), ("quotes", result.quotes), ("mentions", result.mentions)):
        rows[table] = [
            _row(item, TABLE_COLUMNS[table], {"article_hash": doc.content_hash, "doc": doc.doc, "idx": index})
            for index, item in enumerate(items)
        ]
    return rows


def error_row(error: ReadError) -> dict[str, Any]:
    return {"origin": error.origin, "kind": error.kind, "message": error.message}


def arrow_table(table: str, rows: list[dict[str, Any]], skip: tuple[str, ...] = ()) -> pa.Table:
    """Rows as an Arrow table typed like the database table, without the `skip` columns."""
    columns = [c for c in TABLE_COLUMNS[table] if c.name not in skip]
    schema = pa.schema([(c.name, ARROW_TYPES[c.sql_type]) for c in columns])
    return pa.Table.from_pylist([{c.name: r.get(c.name) for c in columns} for r in rows], schema=schema)


def doc_from_row(row: Mapping[str, Any]) -> Doc:
    """The Doc an `articles` row was made from (its JSON columns decoded back to tuples and mappings)."""
    values: dict[str, Any] = {}
    for column in DOC_COLUMNS:
        value = row.get(column.name)
        if column.sql_type == "JSON" and value is None:
            continue  # the field's default
        if column.sql_type == "JSON" and isinstance(value, str):
            value = json.loads(value)
            if isinstance(value, list):
                value = tuple(value)
        values[column.name] = value
    return Doc(**values)
