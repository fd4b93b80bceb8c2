"""Bad input gives one clear ReadError naming file and line (or record), and the rest is still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from source_fixtures import ANTARA, JPNN, news_page, paragraphs, warc_bytes

from warta.model import Article, ReadError
from warta.sources import ReaderOptions, iter_articles


def read_all(*paths: Path | str, options: ReaderOptions | None = None) -> list[Article | ReadError]:
    return list(iter_articles([str(p) for p in paths], options or ReaderOptions()))


def split(items: list[Article | ReadError]) -> tuple[list[Article], list[ReadError]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadError)]


@pytest.fixture
def good_txt(tmp_path: Path) -> Path:
    path = tmp_path / "zz_good.txt"
    path.write_text(JPNN.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_binary_files_are_named_and_the_batch_goes_on(tmp_path: Path, good_txt: Path) -> None:
    (tmp_path / "a_scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "b_dump.txt").write_bytes(b"Presiden\x00\x00\x01\x02Rusia" * 10)
    articles, errors = split(read_all(tmp_path))
    assert [a.doc for a in articles] == ["zz_good"]
    assert [(e.origin, e.kind) for e in errors] == [
        (str(tmp_path / "a_scan.txt"), "binary"),
        (str(tmp_path / "b_dump.txt"), "binary"),
    ]
    assert "PDF" in errors[0].message and "NUL bytes" in errors[1].message


def test_windows_1252_text_is_decoded_without_error(tmp_path: Path) -> None:
    text = "Kepala pertahanan Iran menggambarkan “sangat baik dan konstruktif” kerja sama pertahanan – kata Dehqan."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    (article,) = read_all(path)
    assert isinstance(article, Article) and article.text == text


def test_windows_1252_html_with_declared_charset(tmp_path: Path) -> None:
    body = [p + " “Kerja sama strategis”, ujarnya." for p in paragraphs(ANTARA, 5)]
    html = news_page("Cameron Temui Rouhani", body).replace('charset="utf-8"', 'charset="windows-1252"')
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode("cp1252", errors="replace"))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert "“Kerja sama strategis”, ujarnya." in article.text


def test_empty_and_whitespace_files(tmp_path: Path, good_txt: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    articles, errors = split(read_all(tmp_path))
    assert len(articles) == 1
    assert sorted(e.origin for e in errors) == [str(tmp_path / "blank.txt"), str(tmp_path / "empty.txt")]
    assert all(e.kind == "empty" for e in errors)


def test_malformed_jsonl_line_is_named_and_other_lines_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = [json.dumps({"id": f"r{i}", "text": p}) for i, p in enumerate(paragraphs(JPNN, 3))]
    path.write_text("\n".join([good[0], '{"id": "r-broken", "text": "Presiden Iran Ebrahim', good[1],
                               '["not", "an", "object"]', good[2]]) + "\n", encoding="utf-8")
    articles, errors = split(read_all(path))
    assert [a.doc for a in articles] == ["r0", "r1", "r2"]
    assert [e.origin for e in errors] == [f"{path}:2", f"{path}:4"]
    assert "not valid JSON" in errors[0].message and "column" in errors[0].message
    assert "one complete JSON object" in errors[0].message
    assert "not an object" in errors[1].message


def test_jsonl_record_without_text_names_its_fields_and_the_option(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"guid": "1", "body": paragraphs(JPNN)[0]}) + "\n", encoding="utf-8")
    (error,) = read_all(path)
    assert isinstance(error, ReadError) and error.origin == f"{path}:1"
    assert "body, guid" in error.message and "--field text=COLUMN" in error.message


def test_broken_warc_record_is_named_and_the_next_record_read(tmp_path: Path) -> None:
    pages = [(f"https://www.jpnn.com/news/{i}", news_page(f"Judul {i}", paragraphs(JPNN))) for i in range(3)]
    data = warc_bytes(pages, gzip=False)
    second = data.index(b"WARC/1.", 10)
    damaged = data[:second] + b"GARBAGE!" + data[second + 8 :]
    path = tmp_path / "crawl.warc"
    path.write_bytes(damaged)
    articles, errors = split(read_all(path))
    assert [a.doc for a in articles] == [pages[0][0], pages[2][0]]
    (error,) = errors
    assert error.origin == f"{path}#record 2" and f"near byte {second:,}" in error.message


def test_broken_gzip_warc_member_is_skipped(tmp_path: Path) -> None:
    pages = [(f"https://www.jpnn.com/news/{i}", news_page(f"Judul {i}", paragraphs(JPNN))) for i in range(3)]
    data = warc_bytes(pages, gzip=True)
    members = [i for i in range(len(data)) if data.startswith(b"\x1f\x8b\x08", i)]
    damaged = data[: members[1] + 20] + b"\x00broken\x00" * 6 + data[members[1] + 68 :]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(damaged)
    articles, errors = split(read_all(path))
    assert [a.doc for a in articles] == [pages[0][0], pages[2][0]]
    assert len(errors) == 1 and errors[0].kind == "malformed"


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text("<html><head><title>JPNN</title></head><body><nav><a href='/'>Home</a></nav>"
                    "<script>var x = 1;</script></body></html>", encoding="utf-8")
    (error,) = read_all(path)
    assert isinstance(error, ReadError) and error.kind == "no_article" and error.origin == str(path)
    assert "no article text" in error.message


def test_too_large_files_and_lines_say_split_or_raise_the_limit(tmp_path: Path) -> None:
    options = ReaderOptions(max_bytes=2_000)
    big = tmp_path / "big.txt"
    big.write_text(JPNN.read_text(encoding="utf-8"), encoding="utf-8")
    assert big.stat().st_size > 2_000
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"id": "huge", "text": JPNN.read_text(encoding="utf-8")}) + "\n"
                     + json.dumps({"id": "small", "text": paragraphs(ANTARA)[0]}) + "\n", encoding="utf-8")
    articles, errors = split(read_all(big, lines, options=options))
    assert [a.doc for a in articles] == ["small"]
    assert [(e.origin, e.kind) for e in errors] == [(str(big), "too_large"), (f"{lines}:1", "too_large")]
    assert all("--max-bytes" in e.message for e in errors)


def test_unreadable_file_says_check_permissions(
    tmp_path: Path, good_txt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("rahasia", encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)  # as root, chmod 000 would not stop us
    articles, errors = split(read_all(tmp_path))
    assert [a.doc for a in articles] == ["zz_good"]
    (error,) = errors
    assert error.origin == str(locked) and "permission denied" in error.message


def test_unknown_extension_named_explicitly_and_missing_path(tmp_path: Path) -> None:
    doc = tmp_path / "report.pdf"
    doc.write_bytes(b"%PDF-1.4")
    unknown, missing = read_all(doc, tmp_path / "nowhere.jsonl")
    assert isinstance(unknown, ReadError) and "unsupported file type" in unknown.message and ".jsonl" in unknown.message
    assert isinstance(missing, ReadError) and "no such file" in missing.message


def test_jsonl_edge_records(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    legacy = json.dumps({"id": "cp1252", "text": "Menlu menyebut “kerja sama strategis” – ujarnya."}, ensure_ascii=False)
    path.write_bytes(
        json.dumps({"id": "blank", "text": "  "}).encode("utf-8") + b"\n" + legacy.encode("cp1252") + b"\n"
    )
    blank, decoded = read_all(path)
    assert isinstance(blank, ReadError) and blank.kind == "empty" and blank.origin == f"{path}:1"
    assert isinstance(decoded, Article) and decoded.text == "Menlu menyebut “kerja sama strategis” – ujarnya."


def test_compressed_file_named_jsonl_is_reported_as_binary(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "feed.jsonl"
    path.write_bytes(gzip.compress(b'{"id": "1", "text": "Presiden Rusia"}\n'))
    (error,) = read_all(path)
    assert isinstance(error, ReadError) and error.kind == "binary" and "gzip" in error.message


def test_csv_without_a_text_column_names_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("guid,isi\n1,Presiden Iran Ebrahim Raisi memuji Rusia.\n", encoding="utf-8")
    (error,) = read_all(path)
    assert isinstance(error, ReadError) and error.origin == f"{path}:2"
    assert "guid, isi" in error.message and "--field text=COLUMN" in error.message
