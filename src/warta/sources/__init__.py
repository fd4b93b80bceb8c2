"""Readers: every input format Warta takes, as one stream of `Article` or `ReadError`.

`iter_articles(paths, options)` walks files and folders (recursively, in sorted
order so runs are reproducible) and dispatches on the file extension. `-` reads
JSON Lines from standard input. Nothing here holds more than one article (or one
file of one article) in memory at a time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from warta.model import Article, ReadError
from warta.sources.base import DEFAULT_MAX_BYTES, ReaderOptions, file_error, parse_field_options
from warta.sources.csv_table import read_csv
from warta.sources.html_page import read_html
from warta.sources.jsonl import read_jsonl, read_jsonl_stream
from warta.sources.txt import read_txt
from warta.sources.warc import read_warc

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "ReaderOptions",
    "iter_articles",
    "parse_field_options",
    "reader_for",
]

Reader = Callable[[Path, ReaderOptions], Iterator[Article | ReadError]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}
STDIN = "-"


def reader_for(path: Path) -> Reader | None:
    """The reader for a file name, by its (possibly double) extension; None when unknown."""
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def _files_under(folder: Path) -> Iterator[Path]:
    """Readable-format files under `folder`, depth first, sorted by name; hidden entries skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and reader_for(Path(name)) is not None:
                yield Path(root) / name


def _unsupported(path: Path) -> ReadError:
    known = ", ".join(READERS)
    return ReadError(
        origin=str(path),
        message=f"unsupported file type: Warta reads {known} (and '-' for JSON Lines on standard input); "
        "rename the file if its content is one of these",
        kind="read",
    )


def iter_articles(paths: Sequence[str], options: ReaderOptions | None = None) -> Iterator[Article | ReadError]:
    """Every article under `paths`, in a stable order; bad input yields a ReadError and the rest goes on."""
    options = options or ReaderOptions()
    for given in paths:
        if given == STDIN:
            yield from read_jsonl_stream(sys.stdin.buffer, name="<stdin>", stem="stdin", fmt="stdin", options=options)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _files_under(path):
                reader = reader_for(file)
                if reader is not None:
                    yield from reader(file, options)
        elif not path.exists():
            yield file_error(given, FileNotFoundError(given))
        else:
            reader = reader_for(path)
            yield from (reader(path, options) if reader is not None else [_unsupported(path)])
