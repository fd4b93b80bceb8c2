"""`.txt` input: one raw article per file, as scraped; the doc id is the file stem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warta.model import Article, ReadError
from warta.sources.base import ReaderOptions, decode_bytes, empty_error
from warta.sources.files import read_article_file


def read_txt(path: Path, options: ReaderOptions) -> Iterator[Article | ReadError]:
    data = read_article_file(path, options)
    if isinstance(data, ReadError):
        yield data
        return
    text = decode_bytes(data)
    if not text.strip():
        yield empty_error(str(path))
        return
    yield Article(doc=path.stem, text=text, origin=str(path), format="txt")
