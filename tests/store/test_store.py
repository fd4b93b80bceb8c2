"""The DuckDB store: idempotent by content hash, appends new input, records errors once, migrates, exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from store_fixtures import DEHQAN, SHOIGU, make_result

from warta.model import ReadError
from warta.store import (
    SCHEMA_VERSION,
    Filters,
    SchemaError,
    Store,
    StoreError,
    export,
    find_quotes,
    get_article,
    list_articles,
    migrate,
)
from warta.store.schema import TABLE_COLUMNS, schema_version

RAW = f"MOSKOW, ARRAHMAHNEWS.COM – {DEHQAN}\n“{SHOIGU}”, kata Shoigu.\n"


def test_write_is_idempotent_and_appends_new_articles(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with Store.open(db) as store:
        assert store.write_many([make_result("a", RAW), make_result("b", RAW + "\n")]) == [True, True]
    with Store.open(db) as store:
        assert store.write(make_result("a", RAW)) is False  # same raw text: already there
        assert store.write(make_result("renamed", RAW)) is False  # the hash, not the id, decides
        assert store.write(make_result("c", RAW + "Tambahan.")) is True
        counts = store.counts()
    assert (counts["articles"], counts["events"], counts["quotes"], counts["mentions"]) == (3, 3, 3, 3)


def test_same_text_twice_in_one_batch_is_stored_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "b.duckdb") as store:
        assert store.write_many([make_result("a", RAW), make_result("a-copy", RAW)]) == [True, False]
        assert store.counts()["articles"] == 1


def test_rows_keep_every_field(tmp_path: Path) -> None:
    with Store.open(tmp_path / "f.duckdb") as store:
        store.write(make_result("003", RAW))
        article = get_article(store.con, "003")
        event = store.con.execute(
            'SELECT type, source, target, date, "end" - start, reasons FROM events'
        ).fetchone()
        mention = store.con.execute("SELECT antecedent FROM mentions").fetchone()
    assert article is not None
    assert article["dateline"] == "Moskow" and article["raw"] == RAW and article["n_events"] == 1
    assert json.loads(article["removed"]) == ["(Baca juga: Iran Mampu Hancurkan Saudi Dalam Waktu 24 Jam)"]
    assert json.loads(article["cited_sources"]) == ["TASS"]
    assert event is not None and event[:5] == ("CONSULT", "IRN", "RUS", "2016-02-16", len(DEHQAN))
    assert json.loads(event[5]) == {"date": "weekday+day/month '(Selasa (16/02)'"}
    assert mention is not None and json.loads(mention[0]) == [10, 14]


def test_errors_are_recorded_once(tmp_path: Path) -> None:
    error = ReadError("data/feed.jsonl:2", "not valid JSON (Expecting value at column 1)", "malformed")
    with Store.open(tmp_path / "e.duckdb") as store:
        assert store.record_errors([error, error]) == 1
        assert store.record_errors([error, ReadError("x.txt", "empty", "empty")]) == 1
        assert store.counts()["ingest_errors"] == 2


def test_failed_batch_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(tmp_path / "t.duckdb") as store:
        real_insert = store._insert

        def insert_then_fail(table: str, rows: list[dict[str, object]]) -> None:
            real_insert(table, rows)
            if table == "quotes":
                raise RuntimeError("disk full")

        monkeypatch.setattr(store, "_insert", insert_then_fail)
        with pytest.raises(RuntimeError):
            store.write(make_result("a", RAW))
        monkeypatch.undo()
        assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
        assert store.write(make_result("a", RAW)) is True


def test_older_database_is_upgraded_and_keeps_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    assert migrate(con, target=1) == 1
    con.execute("ALTER TABLE events DROP COLUMN trigger")  # as if written before Event.trigger existed
    con.execute(
        "INSERT INTO articles (doc, text, raw, origin, content_hash) VALUES ('old', 't', 'r', 'o', 'h-old')"
    )
    con.close()
    with Store.open(db) as store:
        assert schema_version(store.con) == SCHEMA_VERSION
        assert store.counts()["articles"] == 1
        assert "trigger" in {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
        assert store.con.execute("SELECT count(*) FROM runs").fetchone() == (0,)
        assert store.write(make_result("new", RAW)) is True


def test_read_only_open_upgrades_an_older_database(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    migrate(con, target=1)
    con.close()
    with Store.open(db, read_only=True) as store:
        assert schema_version(store.con) == SCHEMA_VERSION


def test_newer_database_gives_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    with Store.open(db) as store:
        store.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    with pytest.raises(SchemaError, match="newer than this Warta knows"):
        Store.open(db)
    with pytest.raises(SchemaError, match="upgrade Warta"):
        Store.open(db, read_only=True)


def test_missing_database_says_run_ingest_first(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"run `warta ingest PATH --db .*nope.duckdb` first"):
        Store.open(tmp_path / "nope.duckdb", read_only=True)


def test_every_model_field_has_a_column() -> None:
    from dataclasses import fields

    from warta.model import Doc, Event, Mention, Quote

    for table, record in (("articles", Doc), ("events", Event), ("quotes", Quote), ("mentions", Mention)):
        names = {c.name for c in TABLE_COLUMNS[table]}
        assert {f.name for f in fields(record)} <= names


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_round_trips(tmp_path: Path, fmt: str) -> None:
    with Store.open(tmp_path / "x.duckdb") as store:
        store.write_many([make_result("a", RAW), make_result("b", RAW + "Lagi.")])
        out = tmp_path / f"events.{fmt}"
        assert export(store.con, "events", fmt, out) == 2
        expected = store.con.execute(
            "SELECT doc, type, source, target, evidence FROM events ORDER BY doc"
        ).fetchall()
    if fmt == "parquet":
        rows = pq.read_table(out).to_pylist()
    elif fmt == "csv":
        with out.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = sorted((r["doc"], r["type"], r["source"], r["target"], r["evidence"]) for r in rows)
    assert got == expected


def test_export_rejects_unknown_table_and_format(tmp_path: Path) -> None:
    with Store.open(tmp_path / "x.duckdb") as store:
        with pytest.raises(ValueError, match="choose one of articles"):
            export(store.con, "meta", "csv", tmp_path / "m.csv")
        with pytest.raises(ValueError, match="parquet, csv, jsonl"):
            export(store.con, "articles", "xlsx", tmp_path / "m.xlsx")


def test_queries_filter_by_outlet_date_precision_and_words(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.duckdb") as store:
        store.write_many(
            [
                make_result("day", RAW, published="2016-02-18"),
                make_result("month", RAW + "1", published="2016-02"),
                make_result("other", RAW + "2", published="2022-07-20", outlet="JPNN.com"),
                make_result("undated", RAW + "3", published=None),
            ]
        )
        con = store.con

        def docs(**kw: object) -> list[str]:
            return sorted(r["doc"] for r in list_articles(con, Filters(**kw)))  # type: ignore[arg-type]

        assert docs(outlet="jpnn.com") == ["other"]
        assert docs(since="2016-02-10", until="2016-02-28") == ["day", "month"]
        assert docs(since="2016-02-19") == ["month", "other"]  # "2016-02" may be the 19th or later
        assert docs(until="2016") == ["day", "month"]
        assert docs(search="shoigu MOSKOW", outlet="ArrahmahNews") == ["day", "month", "undated"]
        assert docs(search="Lavrov") == []
        assert len(list_articles(con, Filters(limit=2))) == 2
        assert {q["doc"] for q in find_quotes(con, actor="RUS", since="2016-01")} == {"day", "month", "other"}
        assert find_quotes(con, actor="RU") == []  # a code prefix must end at a group boundary
        assert len(find_quotes(con, speaker="shoigu", search="kerja sama")) == 4
