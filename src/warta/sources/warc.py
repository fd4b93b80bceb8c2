"""WARC input (`.warc`, `.warc.gz`): each HTML response record is one article, its
doc id the record's WARC-Target-URI.

Records are streamed by warcio. A broken record becomes one ReadError naming its
number and byte offset; the reader then searches forward for the next record
header (or gzip member) and goes on from there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from warta.model import Article, ReadError
from warta.sources.base import ReaderOptions, decode_bytes, file_error, too_large_error
from warta.sources.html_page import article_from_html

HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_HEADER = b"\nWARC/1."
_SCAN_CHUNK = 1 << 20
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _next_record_start(fh: IO[bytes], after: int, compressed: bool) -> int | None:
    """Offset of the first record header (or gzip member) strictly after `after`, or None."""
    marker = _GZIP_MEMBER if compressed else _WARC_HEADER
    position = after + 1
    fh.seek(position)
    carry = b""
    while True:
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            return None
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            start = position - len(carry) + found
            return start if compressed else start + 1  # skip the newline before "WARC/1."
        carry = window[-(len(marker) - 1) :]
        position += len(chunk)


def _short(exc: Exception, limit: int = 100) -> str:
    """An exception's text fit for one line: damaged data can put raw binary in it."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(exc))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


def _decode_payload(payload: bytes, content_type: str) -> str:
    declared = _CHARSET.search(content_type)
    if declared:
        try:
            return payload.decode(declared.group(1), errors="replace")
        except LookupError:
            pass
    return decode_bytes(payload, html=True)


def _article_from_record(record: Any, origin: str, options: ReaderOptions) -> Article | ReadError | None:
    """The article of one WARC record, a ReadError, or None for records that hold no page."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None  # redirects and error pages hold no article
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(HTML_TYPES):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or origin
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:
        return too_large_error(origin, len(payload), options, "record")
    # WARC-Date is when the page was crawled, not when it was published: it is not used as a date.
    return article_from_html(_decode_payload(payload, content_type), doc=uri, origin=origin, fmt="warc", url=uri)


def read_warc(path: Path, options: ReaderOptions) -> Iterator[Article | ReadError]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield file_error(str(path), exc)
        return
    with fh:
        compressed = fh.peek(2)[:2] == b"\x1f\x8b"
        number = 0
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            records = ArchiveIterator(fh)
            iterator = iter(records)
            failure: Exception | None = None
            failed_at = start
            while failure is None:
                failed_at = max(failed_at, records.offset)
                try:
                    record = next(iterator)
                except StopIteration:
                    return
                except Exception as exc:  # warcio and zlib raise several types on damaged data
                    failure = exc
                    failed_at = max(failed_at, records.offset)  # warcio has moved it to the failing record
                    number += 1
                    break
                number += 1
                try:
                    item = _article_from_record(record, f"{path}#record {number}", options)
                except Exception as exc:  # a damaged payload inside a readable header
                    failure = exc
                    break
                if item is not None:
                    yield item
            start = _next_record_start(fh, failed_at, compressed)
            tail = f"reading goes on at byte {start:,}" if start is not None else "no later record was found"
            yield ReadError(
                origin=f"{path}#record {number}",
                message=f"broken WARC record near byte {failed_at:,} ({type(failure).__name__}: {_short(failure)}); it was "
                f"skipped and {tail}; re-fetch the page or repair the archive to keep it",
                kind="malformed",
            )
