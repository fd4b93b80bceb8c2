"""Writing Results to the DuckDB store: idempotent, appending, crash-safe.

An article is identified by the hash of its raw text: writing it again adds
nothing. Each batch of articles (with their events, quotes and mentions) is one
transaction, so a run killed at any moment leaves whole articles or none, and
running the same command again completes the work without duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from warta.model import ReadError, Result
from warta.store.rows import arrow_table, error_row, result_rows
from warta.store.schema import SCHEMA_VERSION, TABLE_COLUMNS, SchemaError, migrate, quoted, schema_version

CHILD_TABLES = ("events", "quotes", "mentions")
# DuckDB would otherwise let its buffer pool grow toward 80% of RAM as the file grows;
# capped, an ingest stays flat in memory however large the database gets (it spills to disk).
DEFAULT_MEMORY_LIMIT = "128MB"
ALLOCATOR_FLUSH_THRESHOLD = "16MB"


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message says what to do."""


class Store:
    """One DuckDB file holding articles, their events, quotes, mentions and ingest errors."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, memory_limit: str = DEFAULT_MEMORY_LIMIT) -> Store:
        """Open (creating and upgrading as needed) the database at `path`."""
        config: dict[str, str | bool | int | float | list[str]] = {
            "memory_limit": memory_limit,
            "allocator_flush_threshold": ALLOCATOR_FLUSH_THRESHOLD,
        }
        where = str(path)
        if read_only and not Path(where).exists():
            raise StoreError(f"no database at {where}: run `warta ingest PATH --db {where}` first")
        try:
            con = duckdb.connect(where, read_only=read_only, config=config)
        except duckdb.IOException as exc:
            raise StoreError(
                f"cannot open {where} ({exc}); is another warta command using it? wait for it to finish "
                "or use another --db file"
            ) from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {where} as a DuckDB database ({exc}); check the --db path") from exc
        try:
            if read_only:
                version = schema_version(con)
                if version == 0:
                    raise StoreError(f"{where} is not a Warta database: run `warta ingest PATH --db {where}` first")
                if version > SCHEMA_VERSION:
                    raise SchemaError(
                        f"{where} has schema version {version}, newer than this Warta knows ({SCHEMA_VERSION}): "
                        "upgrade Warta"
                    )
                if version < SCHEMA_VERSION:
                    con.close()
                    cls.open(where, memory_limit=memory_limit).close()  # upgrade with write access, reopen
                    con = duckdb.connect(where, read_only=True, config=config)
            else:
                migrate(con, where=where)
        except BaseException:
            con.close()
            raise
        return cls(con, where)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def write(self, result: Result) -> bool:
        """Store one Result; False when an article with the same content hash is already stored."""
        return self.write_many([result])[0]

    def write_many(self, results: Sequence[Result]) -> list[bool]:
        """Store a batch of Results in one transaction; per Result, whether it was new."""
        if not results:
            return []
        hashes = [r.doc.content_hash for r in results]
        self.con.execute("BEGIN TRANSACTION")
        try:
            existing = self._existing_hashes(hashes)
            stored: list[bool] = []
            rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ("articles", *CHILD_TABLES)}
            for result in results:
                content_hash = result.doc.content_hash
                is_new = content_hash not in existing
                stored.append(is_new)
                if not is_new:
                    continue
                existing.add(content_hash)  # the same text twice in one batch is stored once
                for table, table_rows in result_rows(result).items():
                    rows[table].extend(table_rows)
            for table, table_rows in rows.items():
                if table_rows:
                    self._insert(table, table_rows)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return stored

    def record_errors(self, errors: Iterable[ReadError]) -> int:
        """Record ingest errors not recorded before (same origin, kind and message); returns how many were new."""
        rows = list({(e.origin, e.kind, e.message): error_row(e) for e in errors}.values())
        if not rows:
            return 0
        batch = arrow_table("ingest_errors", rows, skip=("at",))
        self.con.register("batch_errors", batch)
        try:
            self.con.execute("BEGIN TRANSACTION")
            before = self._count("ingest_errors")
            self.con.execute(
                "INSERT INTO ingest_errors (origin, kind, message, \"at\") "
                "SELECT b.origin, b.kind, b.message, current_timestamp FROM batch_errors b "
                "WHERE NOT EXISTS (SELECT 1 FROM ingest_errors e WHERE e.origin = b.origin "
                "AND e.kind = b.kind AND e.message = b.message)"
            )
            added = self._count("ingest_errors") - before
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self.con.unregister("batch_errors")
        return added

    def record_run(self, command: str, paths: Sequence[str], counts: dict[str, int], started_at: Any) -> None:
        """One row in `runs` for a finished ingest run."""
        row = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()
        run_id = row[0] if row else 1
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, current_timestamp, ?, ?, ?, ?)",
            [
                run_id,
                command,
                json.dumps(list(paths), ensure_ascii=False),
                started_at,
                counts.get("read", 0),
                counts.get("stored", 0),
                counts.get("already_present", 0),
                counts.get("errors", 0),
            ],
        )

    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries and tests."""
        return {table: self._count(table) for table in TABLE_COLUMNS}

    def _count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def _existing_hashes(self, hashes: list[str]) -> set[str]:
        found = self.con.execute(
            "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))", [hashes]
        ).fetchall()
        return {r[0] for r in found}

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        skip = ("ingested_at",) if table == "articles" else ()
        batch = arrow_table(table, rows, skip=skip)
        names = [quoted(name) for name in batch.column_names]
        view = f"batch_{table}"
        self.con.register(view, batch)
        try:
            if table == "articles":
                self.con.execute(
                    f"INSERT INTO articles ({', '.join(names)}, ingested_at) "
                    f"SELECT {', '.join(names)}, current_timestamp FROM {view}"
                )
            else:
                self.con.execute(f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(names)} FROM {view}")
        finally:
            self.con.unregister(view)
