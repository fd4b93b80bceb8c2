"""Articles stored without extraction (ingest --clean-only): the flag, its migration, and the later upgrade."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
from store_fixtures import DEHQAN, SHOIGU, make_result

from warta.model import Result
from warta.store import SCHEMA_VERSION, Store, migrate
from warta.store.schema import schema_version

RAW = f"MOSKOW, ARRAHMAHNEWS.COM – {DEHQAN}\n“{SHOIGU}”, kata Shoigu.\n"


def clean_only(result: Result) -> Result:
    return Result(doc=result.doc)


def child_counts(store: Store) -> tuple[int, int, int]:
    counts = store.counts()
    return counts["events"], counts["quotes"], counts["mentions"]


def flags(store: Store) -> dict[str, bool]:
    return dict(store.con.execute("SELECT doc, extracted FROM articles").fetchall())


def test_clean_only_rows_are_flagged_and_completed_once_by_a_full_result(tmp_path: Path) -> None:
    full_a, full_b = make_result("a", RAW), make_result("b", RAW + "Lagi.")
    with Store.open(tmp_path / "c.duckdb") as store:
        assert store.write_batch([clean_only(full_a), clean_only(full_b)], extracted=False) == [
            "stored",
            "stored",
        ]
        assert flags(store) == {"a": False, "b": False} and child_counts(store) == (0, 0, 0)
        assert store.count_unextracted() == 2
        assert store.write_batch([clean_only(full_a)], extracted=False) == ["present"]

        assert store.write_batch([full_a, full_a]) == ["extracted", "present"]  # twice in a batch: once
        assert flags(store) == {"a": True, "b": False} and child_counts(store) == (1, 1, 1)
        cited = store.con.execute("SELECT cited_sources FROM articles WHERE doc = 'a'").fetchone()
        assert cited == ('["TASS"]',)

        assert store.write_batch([full_a, full_b]) == ["present", "extracted"]
        assert store.write_batch([clean_only(full_b)], extracted=False) == ["present"]
        assert flags(store) == {"a": True, "b": True} and child_counts(store) == (2, 2, 2)
        assert store.counts()["articles"] == 2 and store.count_unextracted() == 0


def test_unextracted_docs_read_back_the_stored_docs_page_by_page(tmp_path: Path) -> None:
    results = [make_result(f"d{i}", RAW + f"Versi {i}.") for i in range(5)]
    with Store.open(tmp_path / "u.duckdb") as store:
        store.write_batch([clean_only(r) for r in results[:4]], extracted=False)
        store.write_batch(results[4:])
        waiting = list(store.unextracted_docs(page_size=2))
        assert sorted(d.doc for d in waiting) == ["d0", "d1", "d2", "d3"]
        assert {d.content_hash: d for d in waiting} == {r.doc.content_hash: r.doc for r in results[:4]}

        pages = store.unextracted_docs(page_size=2)
        first = next(pages)
        store.write_batch([next(r for r in results if r.doc.content_hash == first.content_hash)])
        assert len(list(pages)) == 3  # flipping a row while paging neither repeats nor skips the others


def test_an_upgrade_refreshes_the_doc_its_offsets_point_into(tmp_path: Path) -> None:
    old = make_result("a", RAW)
    recleaned = replace(old.doc, text=old.doc.text + " ", dateline=None)
    with Store.open(tmp_path / "r.duckdb") as store:
        store.write_batch([clean_only(old)], extracted=False)
        store.write_batch([replace(old, doc=recleaned)])
        row = store.con.execute("SELECT text, dateline, extracted FROM articles").fetchone()
    assert row == (recleaned.text, None, True)


def test_version_2_database_is_migrated_with_its_articles_marked_extracted(tmp_path: Path) -> None:
    db = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(db))
    assert migrate(con, target=2) == 2
    con.execute("ALTER TABLE articles DROP COLUMN extracted")  # version 2 had no such column
    con.execute(
        "INSERT INTO articles (doc, text, raw, origin, content_hash) VALUES ('old', 't', 'r', 'o', 'h-old')"
    )
    con.close()
    with Store.open(db) as store:
        assert schema_version(store.con) == SCHEMA_VERSION == 3
        assert flags(store) == {"old": True}
        assert store.count_unextracted() == 0
        assert "extracted_later" in {r[0] for r in store.con.execute("DESCRIBE runs").fetchall()}
