"""What every reader shares: its options, and turning raw bytes into text safely.

Readers never raise on bad input: they yield a `ReadError` that names the file (and
line or record) and says what the user can do, and the batch goes on. The helpers
here make those decisions the same way for every format: too large, binary, empty,
and which encoding a page really uses (Indonesian sites still serve windows-1252).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from warta.model import ReadError

DEFAULT_MAX_BYTES = 20_000_000
CANONICAL_FIELDS = ("id", "text", "html", "url", "title", "published")

# Magic numbers of formats that are certainly not an article: say what the file is.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"SQLite format 3", "an SQLite database"),
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class ReaderOptions:
    """How readers interpret their input.

    `fields` maps a canonical field (id, text, html, url, title, published) to the
    column or key that holds it in JSONL/CSV input (`--field text=body`).
    """

    fields: dict[str, str] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES

    def field_name(self, canonical: str) -> str:
        return self.fields.get(canonical, canonical)


def parse_field_options(specs: list[str]) -> dict[str, str]:
    """Turn `["text=body", "id=guid"]` into `{"text": "body", "id": "guid"}`; ValueError says the fix."""
    mapping: dict[str, str] = {}
    for spec in specs:
        canonical, sep, column = spec.partition("=")
        canonical, column = canonical.strip(), column.strip()
        if not sep or not canonical or not column:
            raise ValueError(f"--field {spec!r}: write it as FIELD=COLUMN, e.g. --field text=body")
        if canonical not in CANONICAL_FIELDS:
            raise ValueError(f"--field {spec!r}: unknown field {canonical!r}; known fields: {', '.join(CANONICAL_FIELDS)}")
        mapping[canonical] = column
    return mapping


def too_large_error(origin: str, size: int, options: ReaderOptions, what: str = "file") -> ReadError:
    return ReadError(
        origin=origin,
        message=(
            f"{what} is {size:,} bytes, over the {options.max_bytes:,}-byte limit for one article: "
            "split it into one article per file/record, or raise --max-bytes"
        ),
        kind="too_large",
    )


def binary_kind(data: bytes) -> str | None:
    """A description of `data` when it is not text (by magic number or NUL bytes), else None."""
    for signature, name in BINARY_SIGNATURES:
        if data.startswith(signature):
            return name
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text has NUL bytes by design
    if b"\x00" in head:
        return "binary data (it contains NUL bytes)"
    return None


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode text of unknown encoding: UTF-8 (with or without BOM), UTF-16 with BOM,
    the charset an HTML page declares, else charset-normalizer's best guess, else windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _DECLARED_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"), errors="replace")
            except LookupError:
                pass  # an unknown charset name: guess instead
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def check_text_bytes(data: bytes, origin: str, options: ReaderOptions, what: str = "file") -> ReadError | None:
    """The ReadError for bytes that cannot be one article (too large, binary), or None."""
    if len(data) > options.max_bytes:
        return too_large_error(origin, len(data), options, what)
    kind = binary_kind(data)
    if kind is not None:
        return ReadError(
            origin=origin,
            message=f"{what} looks like {kind}, not text: give Warta .txt, .html, .jsonl, .csv or .warc files",
            kind="binary",
        )
    return None


def empty_error(origin: str, what: str = "file") -> ReadError:
    return ReadError(origin=origin, message=f"{what} has no article text (it is empty or only whitespace)", kind="empty")


def file_error(origin: str, exc: OSError) -> ReadError:
    """A clear message for a file the OS would not let us read."""
    if isinstance(exc, PermissionError):
        message = "permission denied: make the file readable (chmod +r) or run as a user who can read it"
    elif isinstance(exc, FileNotFoundError):
        message = "no such file or directory: check the path"
    elif isinstance(exc, IsADirectoryError):
        message = "is a directory where a file was expected"
    else:
        message = f"cannot read: {exc.strerror or exc}"
    return ReadError(origin=origin, message=message, kind="read")
