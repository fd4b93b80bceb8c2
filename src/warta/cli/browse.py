"""`warta articles`, `warta show`, `warta quotes` and `warta events`: looking into the store."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from warta.cli.common import DB_OPTION, EXIT_FAILURES, fail, open_store, shorten, stdout
from warta.store import Filters, find_events, find_quotes, get_article, list_articles
from warta.store.queries import similar_docs

SINCE_OPTION = typer.Option(None, "--since", help="Published on or after this date (2016, 2016-02 or 2016-02-18).")
UNTIL_OPTION = typer.Option(None, "--until", help="Published on or before this date.")
SEARCH_OPTION = typer.Option(None, "--search", help="Words that must all occur (case-insensitive).")

SHOW_FIELDS = (
    "doc",
    "title",
    "outlet",
    "language",
    "published",
    "published_time",
    "dateline",
    "byline",
    "reporter",
    "editor",
    "copyright_year",
    "url",
    "origin",
    "content_hash",
    "duplicate_of",
    "story",
    "cited_sources",
    "n_events",
    "n_quotes",
    "ingested_at",
)


def articles(
    db: str = DB_OPTION,
    outlet: str | None = typer.Option(None, "--outlet", help="Outlet name (case-insensitive)."),
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    search: str | None = SEARCH_OPTION,
    limit: int = typer.Option(50, "--limit", min=1, help="Most rows to show."),
) -> None:
    """List stored articles, newest first."""
    store = open_store(db, read_only=True)
    with store:
        rows = list_articles(store.con, Filters(outlet=outlet, since=since, until=until, search=search, limit=limit))
    if not rows:
        stdout.print("no articles match" if any((outlet, since, until, search)) else f"{db} holds no articles yet")
        return
    table = Table(title=f"{len(rows):,} articles" + (" (--limit reached)" if len(rows) == limit else ""))
    table.add_column("doc", no_wrap=True, min_width=min(max(len(r["doc"]) for r in rows), 40))
    for name in ("published", "outlet", "lang", "title"):
        table.add_column(name, overflow="ellipsis")
    for row in rows:
        table.add_row(
            Text(row["doc"]),
            row["published"] or "",
            Text(row["outlet"] or ""),
            row["language"] or "",
            Text(shorten(row["title"], 70)),
        )
    stdout.print(table)


def _show_value(value: Any) -> str:
    if isinstance(value, str) and value.startswith(("[", "{")):
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            return value
        return ", ".join(map(str, parsed)) if isinstance(parsed, list) else value
    return "" if value is None else str(value)


def show(
    doc: str = typer.Argument(..., help="Doc id (as listed by `warta articles`) or content hash."),
    db: str = DB_OPTION,
    raw: bool = typer.Option(False, "--raw", help="Show the text as it was read, before cleaning."),
) -> None:
    """Show one article: its metadata and its clean (or --raw) text."""
    store = open_store(db, read_only=True)
    with store:
        row = get_article(store.con, doc)
        suggestions = similar_docs(store.con, doc) if row is None else []
    if row is None:
        hint = f"; did you mean: {', '.join(suggestions)}" if suggestions else "; list ids with `warta articles`"
        raise fail(f"no article {doc!r} in {db}{hint}", EXIT_FAILURES)
    meta = Table(show_header=False, box=None)
    meta.add_column(style="bold")
    meta.add_column(overflow="fold")
    for name in SHOW_FIELDS:
        value = _show_value(row.get(name))
        if value:
            meta.add_row(name, Text(value))
    stdout.print(meta)
    stdout.print()
    stdout.print(Text(row["raw"] if raw else row["text"]))


def quotes(
    db: str = DB_OPTION,
    speaker: str | None = typer.Option(None, "--speaker", help="Part of the speaker's name."),
    actor: str | None = typer.Option(None, "--actor", help="Speaker's actor code (IDN also matches IDN.GOV)."),
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    search: str | None = SEARCH_OPTION,
    limit: int = typer.Option(100, "--limit", min=1, help="Most rows to show."),
) -> None:
    """List stored quotes with their speakers."""
    store = open_store(db, read_only=True)
    with store:
        rows = find_quotes(
            store.con, speaker=speaker, actor=actor, since=since, until=until, search=search, limit=limit
        )
    if not rows:
        stdout.print("no quotes match")
        return
    table = Table(title=f"{len(rows):,} quotes")
    for name in ("published", "speaker", "code", "quote", "doc"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(
            row["published"] or "",
            Text(row["speaker"] or ""),
            row["speaker_code"] or "",
            Text(shorten(row["text"], 120)),
            Text(row["doc"]),
        )
    stdout.print(table)


def _side(code: str | None, person: str | None) -> str:
    """One side of an event as shown: its actor code, and the person or body in brackets."""
    return " ".join(x for x in (code, f"({person})" if person else None) if x)


def events(
    db: str = DB_OPTION,
    event_type: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT or ASSAULT."),
    actor: str | None = typer.Option(None, "--actor", help="Source or target actor code (IDN also matches IDN.JAD)."),
    person: str | None = typer.Option(None, "--person", help="Part of the source or target person's name."),
    since: str | None = typer.Option(None, "--since", help="Event date on or after this date (2016, 2016-02, 2016-02-18)."),
    until: str | None = typer.Option(None, "--until", help="Event date on or before this date."),
    search: str | None = typer.Option(None, "--search", help="Words that must all occur in the evidence sentence."),
    negated: bool = typer.Option(False, "--negated", help="Also list negated events."),
    limit: int = typer.Option(100, "--limit", min=1, help="Most rows to show."),
) -> None:
    """List stored events: who did what to whom, when, where, and the sentence that says so."""
    store = open_store(db, read_only=True)
    with store:
        rows = find_events(
            store.con,
            event_type=event_type,
            actor=actor,
            person=person,
            since=since,
            until=until,
            search=search,
            include_negated=negated,
            limit=limit,
        )
    if not rows:
        stdout.print("no events match")
        return
    table = Table(title=f"{len(rows):,} events")
    for name in ("date", "type", "source", "target", "where"):
        table.add_column(name, overflow="fold", max_width=24)
    table.add_column("evidence", overflow="fold", min_width=30, ratio=1)
    table.add_column("doc", overflow="fold", max_width=24)
    for row in rows:
        source = _side(row["source"], row["source_actor"])
        target = _side(row["target"], row["target_actor"])
        kind = row["type"] + (f"/{row['mode']}" if row["mode"] else "") + (" (negated)" if row["negated"] else "")
        table.add_row(
            row["date"] or "",
            kind,
            Text(source),
            Text(target or "-"),
            Text(row["location"] or ""),
            Text(shorten(row["evidence"], 100)),
            Text(row["doc"]),
        )
    stdout.print(table)


def register(app: typer.Typer) -> None:
    app.command("articles")(articles)
    app.command("show")(show)
    app.command("quotes")(quotes)
    app.command("events")(events)
