"""Writing Results to the DuckDB store: idempotent, appending, crash-safe.

An article is identified by the hash of its raw text: writing it again adds
nothing, except that an article stored without extraction (`ingest --clean-only`,
flag `articles.extracted` false) gets its events, quotes and mentions when a Result
with extraction arrives for it. Each batch of articles (with their events, quotes and mentions) is one
transaction, so a run killed at any moment leaves whole articles or none, and
running the same command again completes the work without duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb

from warta.model import Doc, ReadError, Result
from warta.store.rows import DOC_COLUMNS, arrow_table, doc_from_row, error_row, result_rows
from warta.store.schema import SCHEMA_VERSION, TABLE_COLUMNS, SchemaError, migrate, quoted, schema_version

CHILD_TABLES = ("events", "quotes", "mentions")
# DuckDB would otherwise let its buffer pool grow toward 80% of RAM as the file grows;
# capped, an ingest stays flat in memory however large the database gets (it spills to disk).
DEFAULT_MEMORY_LIMIT = "128MB"
ALLOCATOR_FLUSH_THRESHOLD = "16MB"

# What writing one Result did: a new article; extraction added to an article stored clean-only; nothing.
WriteStatus = Literal["stored", "extracted", "present"]


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message says what to do."""


class Store:
    """One DuckDB file holding articles, their events, quotes, mentions and ingest errors."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, memory_limit: str = DEFAULT_MEMORY_LIMIT
    ) -> Store:
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
            raise StoreError(
                f"cannot open {where} as a DuckDB database ({exc}); check the --db path"
            ) from exc
        try:
            if read_only:
                version = schema_version(con)
                if version == 0:
                    raise StoreError(
                        f"{where} is not a Warta database: run `warta ingest PATH --db {where}` first"
                    )
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

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def write(self, result: Result) -> bool:
        """Store one Result; False when an article with the same content hash is already stored."""
        return self.write_many([result])[0]

    def write_many(self, results: Sequence[Result], *, extracted: bool = True) -> list[bool]:
        """Store a batch of Results in one transaction; per Result, whether it was a new article."""
        return [status == "stored" for status in self.write_batch(results, extracted=extracted)]

    def write_batch(self, results: Sequence[Result], *, extracted: bool = True) -> list[WriteStatus]:
        """Store a batch of Results in one transaction; per Result, what was written.

        `extracted` says whether the Results went through extraction (False for clean-only
        Results, whose articles are flagged for later extraction).
        """
        if not results:
            return []
        self.con.execute("BEGIN TRANSACTION")
        try:
            known = self._extracted_flags([r.doc.content_hash for r in results])
            statuses: list[WriteStatus] = []
            rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ("articles", *CHILD_TABLES)}
            completed: list[dict[str, Any]] = []
            for result in results:
                content_hash = result.doc.content_hash
                result_tables = None
                if content_hash not in known:
                    statuses.append("stored")
                    result_tables = result_rows(result, extracted=extracted)
                elif extracted and not known[content_hash]:
                    statuses.append("extracted")
                    result_tables = result_rows(result, extracted=True)
                    completed.extend(result_tables.pop("articles"))
                else:
                    statuses.append("present")
                known[content_hash] = (
                    known.get(content_hash, False) or extracted
                )  # one text twice: written once
                for table, table_rows in (result_tables or {}).items():
                    rows[table].extend(table_rows)
            for table, table_rows in rows.items():
                if table_rows:
                    self._insert(table, table_rows)
            if completed:
                self._mark_extracted(completed)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return statuses

    def unextracted_docs(self, page_size: int = 256) -> Iterator[Doc]:
        """The stored articles whose extraction has not run (flag false), as Docs, in content-hash order.

        Read a page at a time (by key, so rows flipped meanwhile by `write_batch` do not shift
        the pages), so memory stays flat however many articles wait.
        """
        names = ", ".join(quoted(c.name) for c in DOC_COLUMNS)
        after = ""
        while True:
            cursor = self.con.execute(
                f"SELECT {names} FROM articles WHERE extracted = FALSE AND content_hash > ? "
                "ORDER BY content_hash LIMIT ?",
                [after, page_size],
            )
            page = cursor.fetchall()
            if not page:
                return
            for values in page:
                yield doc_from_row(dict(zip((c.name for c in DOC_COLUMNS), values, strict=True)))
            after = page[-1][[c.name for c in DOC_COLUMNS].index("content_hash")]

    def count_unextracted(self) -> int:
        row = self.con.execute("SELECT count(*) FROM articles WHERE extracted = FALSE").fetchone()
        return int(row[0]) if row else 0

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
                'INSERT INTO ingest_errors (origin, kind, message, "at") '
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
            "INSERT INTO runs (id, command, paths, started_at, finished_at, read, stored, already_present, errors, "
            "extracted_later) VALUES (?, ?, ?, ?, current_timestamp, ?, ?, ?, ?, ?)",
            [
                run_id,
                command,
                json.dumps(list(paths), ensure_ascii=False),
                started_at,
                counts.get("read", 0),
                counts.get("stored", 0),
                counts.get("already_present", 0),
                counts.get("errors", 0),
                counts.get("extracted_later", 0),
            ],
        )

    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries and tests."""
        return {table: self._count(table) for table in TABLE_COLUMNS}

    def _count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def _extracted_flags(self, hashes: list[str]) -> dict[str, bool]:
        """For each of `hashes` already stored, whether its extraction has run."""
        found = self.con.execute(
            "SELECT content_hash, coalesce(extracted, TRUE) FROM articles "
            "WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
            [hashes],
        ).fetchall()
        return {r[0]: bool(r[1]) for r in found}

    def _mark_extracted(self, article_rows: list[dict[str, Any]]) -> None:
        """Flip the flag of articles whose extraction has just been stored, and refresh their other columns
        from the same Result (the offsets of the new events and quotes point into its clean text)."""
        batch = arrow_table("articles", article_rows, skip=("ingested_at",))
        assignments = ", ".join(
            f"{quoted(name)} = c.{quoted(name)}" for name in batch.column_names if name != "content_hash"
        )
        self.con.register("batch_completed", batch)
        try:
            self.con.execute(
                f"UPDATE articles SET {assignments} FROM batch_completed c WHERE articles.content_hash = c.content_hash"
            )
        finally:
            self.con.unregister("batch_completed")

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
                self.con.execute(
                    f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(names)} FROM {view}"
                )
        finally:
            self.con.unregister(view)
