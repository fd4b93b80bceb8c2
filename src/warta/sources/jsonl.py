"""JSON Lines input (a `.jsonl` file, or standard input as `-`): one article per line.

Read line by line so memory stays flat however big the file is; a bad line becomes
one ReadError naming file:line and the rest of the file is still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warta.model import Article, ReadError
from warta.sources.base import ReaderOptions, binary_kind, decode_bytes, file_error
from warta.sources.records import article_from_record

_CHUNK = 1 << 20


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, line bytes) or (line number, length) for a line over `max_bytes`,
    which is skipped without ever holding it whole in memory."""
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            length = len(line)
            while True:  # drain the rest of the oversized line
                rest = stream.readline(_CHUNK)
                length += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, length
            continue
        yield lineno, line


def read_jsonl_stream(
    stream: BinaryIO, *, name: str, stem: str, fmt: str, options: ReaderOptions
) -> Iterator[Article | ReadError]:
    """Articles of a JSON Lines byte stream; `name` labels origins, `stem` makes fallback ids."""
    for lineno, line in _lines(stream, options.max_bytes):
        origin = f"{name}:{lineno}"
        if isinstance(line, int):
            yield ReadError(
                origin=origin,
                message=f"line is {line:,} bytes, over the {options.max_bytes:,}-byte limit for one article: "
                "split the record or raise --max-bytes",
                kind="too_large",
            )
            continue
        if not line.strip():
            continue
        text = decode_bytes(line)
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(
                origin=origin,
                message=f"not valid JSON ({exc.msg} at column {exc.colno}): each line must be one complete JSON "
                "object; fix or remove this line (a record split over several lines must be joined)",
                kind="malformed",
            )
            continue
        if not isinstance(record, dict):
            yield ReadError(
                origin=origin,
                message=f"line holds a JSON {type(record).__name__}, not an object: write one "
                '{"id": ..., "text": ...} object per line',
                kind="malformed",
            )
            continue
        yield article_from_record(record, origin=origin, fallback_id=f"{stem}-{lineno}", fmt=fmt, options=options)


def read_jsonl(path: Path, options: ReaderOptions) -> Iterator[Article | ReadError]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield file_error(str(path), exc)
        return
    with stream:
        kind = binary_kind(stream.peek(8192)[:8192])
        if kind is not None:
            yield ReadError(
                origin=str(path),
                message=f"file looks like {kind}, not JSON Lines text: check the file or its extension",
                kind="binary",
            )
            return
        yield from read_jsonl_stream(stream, name=str(path), stem=path.stem, fmt="jsonl", options=options)
