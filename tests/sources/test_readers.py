"""Every reader on real article text: ids, text, metadata, and stable order."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from source_fixtures import ANTARA, JPNN, SEEDS, news_page, paragraphs, warc_bytes

from warta.model import Article, ReadError
from warta.sources import ReaderOptions, iter_articles, parse_field_options


def read_all(*paths: Path | str, options: ReaderOptions | None = None) -> list[Article | ReadError]:
    return list(iter_articles([str(p) for p in paths], options or ReaderOptions()))


def articles_only(items: list[Article | ReadError]) -> list[Article]:
    assert all(isinstance(i, Article) for i in items), [i for i in items if isinstance(i, ReadError)]
    return [i for i in items if isinstance(i, Article)]


def test_txt_folder_reads_every_seed_in_sorted_order() -> None:
    found = articles_only(read_all(SEEDS))
    assert [a.doc for a in found] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    jpnn = next(a for a in found if a.doc == JPNN.stem)
    assert jpnn.text.startswith("jpnn.com, TEHERAN - Di saat warga Ukraina menderita")
    assert jpnn.format == "txt" and jpnn.origin == str(JPNN)


def test_nested_folders_are_read_recursively_and_other_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "deep.txt").write_text(JPNN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(ANTARA.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (tmp_path / ".hidden.txt").write_text("tersembunyi", encoding="utf-8")
    assert [a.doc for a in articles_only(read_all(tmp_path))] == ["a", "deep"]


def test_jsonl_records_keep_id_url_title_published(tmp_path: Path) -> None:
    text = "\n".join(paragraphs(JPNN))
    records = [
        {"id": "jpnn-raisi", "text": text, "url": "https://www.jpnn.com/news/raisi", "title": "Raisi Puji Rusia",
         "published": "2022-07-20"},
        {"id": "antara-cameron", "text": "\n".join(paragraphs(ANTARA))},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    first, second = articles_only(read_all(path))
    assert (first.doc, first.url, first.title, first.published) == (
        "jpnn-raisi", "https://www.jpnn.com/news/raisi", "Raisi Puji Rusia", "2022-07-20"
    )
    assert first.text == text and first.origin == f"{path}:1" and first.format == "jsonl"
    assert second.doc == "antara-cameron" and second.url is None and second.origin == f"{path}:2"


def test_jsonl_field_names_can_be_renamed(tmp_path: Path) -> None:
    path = tmp_path / "renamed.jsonl"
    path.write_text(json.dumps({"guid": "x1", "body": paragraphs(JPNN)[0], "link": "https://jpnn.com/x1"}) + "\n",
                    encoding="utf-8")
    options = ReaderOptions(fields=parse_field_options(["text=body", "id=guid", "url=link"]))
    (article,) = articles_only(read_all(path, options=options))
    assert (article.doc, article.url) == ("x1", "https://jpnn.com/x1")
    assert article.text.startswith("jpnn.com, TEHERAN")


def test_field_option_errors_say_the_fix() -> None:
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_field_options(["body"])
    with pytest.raises(ValueError, match="known fields: id, text, html"):
        parse_field_options(["content=body"])


def test_record_without_id_gets_file_and_line_id(tmp_path: Path) -> None:
    path = tmp_path / "noid.jsonl"
    path.write_text(json.dumps({"text": paragraphs(ANTARA)[0]}) + "\n", encoding="utf-8")
    (article,) = articles_only(read_all(path))
    assert article.doc == "noid-1"


def test_jsonl_record_with_html_goes_through_trafilatura(tmp_path: Path) -> None:
    body = paragraphs(JPNN)
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "p1", "html": news_page("Raisi Puji Rusia", body)}) + "\n", encoding="utf-8")
    (article,) = articles_only(read_all(path))
    assert body[1] in article.text and "Terpopuler" not in article.text
    assert article.title == "Raisi Puji Rusia" and article.doc == "p1"


def test_html_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    body = paragraphs(JPNN)
    path = tmp_path / "raisi.html"
    path.write_text(news_page("Raisi Puji Rusia", body), encoding="utf-8")
    (article,) = articles_only(read_all(path))
    assert article.doc == "raisi" and article.format == "html"
    assert body[0] in article.text and body[-1] in article.text
    assert "Copyright 2022" not in article.text and "Ekonomi" not in article.text
    assert article.title == "Raisi Puji Rusia"
    assert article.published == "2022-07-20"
    assert article.site_name == "JPNN.com"
    assert article.url == "https://www.jpnn.com/news/raisi-puji-rusia"


def test_csv_rows_with_fields_larger_than_the_csv_default_limit(tmp_path: Path) -> None:
    long_text = "\n".join(paragraphs(JPNN, 20)) * 80  # well over csv's 131,072-character default
    assert len(long_text) > 131_072
    path = tmp_path / "table.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "title", "text", "url"])
        writer.writerow(["long", "Raisi", long_text, "https://jpnn.com/long"])
        writer.writerow(["short", "Cameron", paragraphs(ANTARA)[0], ""])
    first, second = articles_only(read_all(path))
    assert (first.doc, first.text, first.url, first.format) == ("long", long_text, "https://jpnn.com/long", "csv")
    assert second.doc == "short" and second.url is None
    assert second.origin.startswith(f"{path}:")


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_html_responses_become_articles_keyed_by_target_uri(tmp_path: Path, gzip: bool) -> None:
    pages = [
        ("https://www.jpnn.com/news/raisi", news_page("Raisi Puji Rusia", paragraphs(JPNN))),
        ("https://www.antaranews.com/berita/cameron", news_page("Cameron Temui Rouhani", paragraphs(ANTARA))),
    ]
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(warc_bytes(pages, gzip=gzip))
    found = articles_only(read_all(path))
    assert [a.doc for a in found] == [uri for uri, _ in pages]  # the PNG record is skipped
    assert paragraphs(ANTARA)[0] in found[1].text
    assert found[0].format == "warc" and found[0].origin == f"{path}#record 1"


def test_stdin_dash_reads_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    line = json.dumps({"id": "stdin-1", "text": paragraphs(JPNN)[0]}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode("utf-8")), encoding="utf-8"))
    (article,) = articles_only(read_all("-"))
    assert (article.doc, article.origin, article.format) == ("stdin-1", "<stdin>:1", "stdin")
