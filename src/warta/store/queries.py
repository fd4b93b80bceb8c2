"""Read-side queries the CLI (and notebooks) use: list, show, quotes, events.

Dates in the store keep the precision the evidence gave (2017-01-31, 2016-02,
2014), so date filters compare at the precision of each article: an article dated
only "2016-02" is within --since 2016-02-10 and within --until 2016-02-10.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

ARTICLE_LIST_COLUMNS = ("doc", "published", "outlet", "language", "title", "url")


@dataclass(frozen=True)
class Filters:
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None
    limit: int | None = 50


def _date_clauses(column: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append(f"({column} >= ? OR starts_with(?, {column}))")
        params += [since, since]
    if until:
        clauses.append(f"substr({column}, 1, length(?)) <= ?")
        params += [until, until]
    return clauses, params


def _word_clauses(columns: tuple[str, ...], words: str | None) -> tuple[list[str], list[Any]]:
    """Every word must occur (case-insensitively) in one of `columns`."""
    clauses: list[str] = []
    params: list[Any] = []
    for word in (words or "").split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(" + " OR ".join(f"coalesce({c}, '') ILIKE ? ESCAPE '\\'" for c in columns) + ")")
        params += [pattern] * len(columns)
    return clauses, params


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def list_articles(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[dict[str, Any]]:
    """Articles matching the filters, newest first (undated last)."""
    clauses, params = _date_clauses("published", filters.since, filters.until)
    if filters.outlet:
        clauses.append("outlet ILIKE ?")
        params.append(filters.outlet)
    word_clauses, word_params = _word_clauses(("title", "text"), filters.search)
    clauses += word_clauses
    params += word_params
    sql = f"SELECT {', '.join(ARTICLE_LIST_COLUMNS)} FROM articles"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY published DESC NULLS LAST, doc"
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return _rows(con, sql, params)


def get_article(con: duckdb.DuckDBPyConnection, doc: str) -> dict[str, Any] | None:
    """One article by doc id (or by content hash), with its event and quote counts."""
    rows = _rows(
        con,
        "SELECT a.*, (SELECT count(*) FROM events e WHERE e.article_hash = a.content_hash) AS n_events, "
        "(SELECT count(*) FROM quotes q WHERE q.article_hash = a.content_hash) AS n_quotes "
        "FROM articles a WHERE a.doc = ? OR a.content_hash = ? ORDER BY a.ingested_at LIMIT 1",
        [doc, doc],
    )
    return rows[0] if rows else None


def similar_docs(con: duckdb.DuckDBPyConnection, doc: str, limit: int = 5) -> list[str]:
    """Doc ids containing `doc`, to suggest when an id is not found."""
    found = con.execute(
        "SELECT doc FROM articles WHERE doc ILIKE ? ORDER BY doc LIMIT ?", [f"%{doc}%", limit]
    )
    return [r[0] for r in found.fetchall()]


def find_quotes(
    con: duckdb.DuckDBPyConnection,
    *,
    speaker: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Quotes with their article's date and outlet; `actor` matches a code and its groups (IDN matches IDN.GOV)."""
    clauses, params = _date_clauses("a.published", since, until)
    if speaker:
        clauses.append("q.speaker ILIKE ?")
        params.append(f"%{speaker}%")
    if actor:
        clauses.append("(q.speaker_code = ? OR starts_with(q.speaker_code, ? || '.'))")
        params += [actor, actor]
    word_clauses, word_params = _word_clauses(("q.text",), search)
    clauses += word_clauses
    params += word_params
    sql = (
        "SELECT q.doc, a.published, a.outlet, q.speaker, q.speaker_code, q.speaker_role, q.kind, q.text, "
        "q.cited_source FROM quotes q JOIN articles a ON a.content_hash = q.article_hash"
    )
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY a.published DESC NULLS LAST, q.doc, q.idx"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _rows(con, sql, params)


def find_events(
    con: duckdb.DuckDBPyConnection,
    *,
    event_type: str | None = None,
    actor: str | None = None,
    person: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    include_negated: bool = False,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Events with their article's outlet, newest first.

    `actor` matches the source or the target code and its groups (IDN matches IDN.JAD);
    `person` part of the source or target actor's name; dates filter the event's date,
    or the article's publication date when the event has none.
    """
    when = "coalesce(e.date, a.published)"
    clauses, params = _date_clauses(when, since, until)
    if not include_negated:
        clauses.append("NOT coalesce(e.negated, false)")
    if event_type:
        clauses.append("upper(e.type) = upper(?)")
        params.append(event_type)
    if actor:
        clauses.append(
            "(e.source = ? OR starts_with(e.source, ? || '.') OR e.target = ? OR starts_with(e.target, ? || '.'))"
        )
        params += [actor, actor, actor, actor]
    if person:
        clauses.append("(e.source_actor ILIKE ? OR e.target_actor ILIKE ?)")
        params += [f"%{person}%", f"%{person}%"]
    word_clauses, word_params = _word_clauses(("e.evidence",), search)
    clauses += word_clauses
    params += word_params
    sql = (
        f"SELECT e.doc, {when} AS date, a.outlet, e.type, e.mode, e.source, e.target, e.source_actor, "
        "e.target_actor, e.location, e.negated, e.evidence FROM events e "
        "JOIN articles a ON a.content_hash = e.article_hash"
    )
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += f" ORDER BY {when} DESC NULLS LAST, e.doc, e.idx"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _rows(con, sql, params)
