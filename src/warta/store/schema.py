"""The whole database schema, its version, and the migrations between versions.

Column lists come from the record types in `warta.model`, so the store and the
model cannot drift apart: a field added to `Event` becomes a column of `events`
(existing databases get it as a nullable column when opened). Structural changes
are ordered migrations; the `meta` table records which ones a database has.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from warta.model import Doc, Event, Mention, Quote

SCHEMA_VERSION = 3


class SchemaError(RuntimeError):
    """The database cannot be used by this version of Warta; the message says what to do."""


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str  # VARCHAR | BIGINT | BOOLEAN | JSON | TIMESTAMP


def sql_type_of(annotation: object) -> str:
    """The DuckDB type for a dataclass field annotation (a string under `from __future__ import annotations`)."""
    text = str(annotation).replace(" ", "")
    if any(container in text for container in ("Mapping[", "dict[", "tuple[", "list[")):
        return "JSON"
    base = text.removesuffix("|None")
    if base == "bool":
        return "BOOLEAN"
    if base == "int":
        return "BIGINT"
    if base == "str":
        return "VARCHAR"
    raise TypeError(
        f"no column type for field annotation {annotation!r}: extend warta.store.schema.sql_type_of"
    )


def columns_of(record_type: type) -> list[Column]:
    return [Column(f.name, sql_type_of(f.type)) for f in dataclasses.fields(record_type)]


# Columns every per-article child table starts with: which article, and the item's position in it.
CHILD_KEY = [Column("article_hash", "VARCHAR"), Column("doc", "VARCHAR"), Column("idx", "BIGINT")]

TABLE_COLUMNS: dict[str, list[Column]] = {
    "articles": [
        *columns_of(Doc),
        Column("duplicate_of", "VARCHAR"),
        Column("story", "VARCHAR"),
        Column("cited_sources", "JSON"),
        Column("ingested_at", "TIMESTAMP"),
        # False for an article stored by `ingest --clean-only`: its events, quotes and mentions are still to come
        Column("extracted", "BOOLEAN"),
    ],
    "events": [*CHILD_KEY, *columns_of(Event)],
    "quotes": [*CHILD_KEY, *columns_of(Quote)],
    "mentions": [*CHILD_KEY, *columns_of(Mention)],
    "ingest_errors": [
        Column("origin", "VARCHAR"),
        Column("kind", "VARCHAR"),
        Column("message", "VARCHAR"),
        Column("at", "TIMESTAMP"),
    ],
}
EXPORTABLE = ("articles", "events", "quotes", "mentions")


def quoted(name: str) -> str:
    """An identifier safe in SQL (several field names, like `end` and `type`, are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def _create_table(con: duckdb.DuckDBPyConnection, table: str, constraints: str = "") -> None:
    cols = ", ".join(f"{quoted(c.name)} {c.sql_type}" for c in TABLE_COLUMNS[table])
    con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols}{', ' + constraints if constraints else ''})")


def _migration_1_core_tables(con: duckdb.DuckDBPyConnection) -> None:
    _create_table(con, "articles", "UNIQUE (content_hash)")
    for child in ("events", "quotes", "mentions"):
        _create_table(con, child)
    _create_table(con, "ingest_errors")


def _migration_2_runs(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE TABLE IF NOT EXISTS runs (id BIGINT, command VARCHAR, paths JSON, started_at TIMESTAMP, "
        "finished_at TIMESTAMP, read BIGINT, stored BIGINT, already_present BIGINT, errors BIGINT)"
    )


def _migration_3_extracted_flag(con: duckdb.DuckDBPyConnection) -> None:
    # Every article a version-2 database holds went through the whole pipeline.
    con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS extracted BOOLEAN")
    con.execute("UPDATE articles SET extracted = TRUE WHERE extracted IS NULL")
    con.execute("ALTER TABLE runs ADD COLUMN IF NOT EXISTS extracted_later BIGINT")


# (version it brings the database to, what it does, how); applied in order, each once.
MIGRATIONS: list[tuple[int, str, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, "articles, events, quotes, mentions, ingest_errors", _migration_1_core_tables),
    (2, "runs: one row per ingest run with its counts", _migration_2_runs),
    (
        3,
        "articles.extracted: whether extraction ran (false after ingest --clean-only)",
        _migration_3_extracted_flag,
    ),
]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version recorded in `meta`; 0 for a database Warta has never written to."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'meta'"
    ).fetchone()
    if not has_meta or not has_meta[0]:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Give tables of an existing database the columns the model has gained since it was made."""
    for table, columns in TABLE_COLUMNS.items():
        present = {
            r[0]
            for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = ?",
                [table],
            ).fetchall()
        }
        for column in columns:
            if column.name not in present:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {quoted(column.name)} {column.sql_type}")


def migrate(con: duckdb.DuckDBPyConnection, target: int = SCHEMA_VERSION, where: str = "the database") -> int:
    """Bring the database up to `target`, each migration in its own transaction; returns the version."""
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise SchemaError(
            f"{where} has schema version {current}, newer than this Warta knows ({SCHEMA_VERSION}): "
            "upgrade Warta (pip install -U warta), or ingest into a new --db file"
        )
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for version, _description, apply in MIGRATIONS:
        if current < version <= target:
            con.execute("BEGIN TRANSACTION")
            try:
                apply(con)
                con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            current = version
    if current == SCHEMA_VERSION:
        _add_missing_columns(con)
    return current
