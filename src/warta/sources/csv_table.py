"""CSV input: one article per row, with the same columns as JSON Lines
(`id`, `text` or `html`, `url`, `title`, `published`; renamed with `--field`).

Rows are streamed; article bodies can be far larger than the csv module's default
field limit, so the limit is raised to the per-article maximum.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from warta.model import Article, ReadError
from warta.sources.base import ReaderOptions, binary_kind, file_error
from warta.sources.records import article_from_record

_SAMPLE = 256 * 1024


def _encoding_of(sample: bytes) -> str:
    """The encoding of a CSV file judged from its first bytes (UTF-8 unless it cannot be)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3:  # the sample ends inside a multi-byte character
            return "utf-8"
    best = from_bytes(sample).best()
    return best.encoding if best is not None and best.encoding else "cp1252"


def read_csv(path: Path, options: ReaderOptions) -> Iterator[Article | ReadError]:
    origin = str(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield file_error(origin, exc)
        return
    with raw:
        sample = raw.peek(_SAMPLE)[:_SAMPLE]
        kind = binary_kind(sample)
        if kind is not None:
            yield ReadError(
                origin=origin, message=f"file looks like {kind}, not CSV text: check the file or its extension", kind="binary"
            )
            return
        text = io.TextIOWrapper(raw, encoding=_encoding_of(sample), errors="replace", newline="")
        csv.field_size_limit(max(options.max_bytes, 131072))
        reader = csv.DictReader(text)
        row_number = 0
        last_error_line = -1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if reader.line_num == last_error_line:
                    return  # the parser is stuck on the same spot: nothing more can be read
                last_error_line = reader.line_num
                yield ReadError(
                    origin=f"{origin}:{reader.line_num}",
                    message=f"malformed CSV ({exc}); quote fields that contain commas or newlines, "
                    "or raise --max-bytes for very long fields",
                    kind="malformed",
                )
                continue
            row_number += 1
            if reader.fieldnames is None:
                return
            record = {k: v for k, v in row.items() if k is not None}
            yield article_from_record(
                record,
                origin=f"{origin}:{reader.line_num}",
                fallback_id=f"{path.stem}-{row_number}",
                fmt="csv",
                options=options,
            )
