"""Reading one whole file safely: size checked before reading, OS errors turned into ReadError."""

from __future__ import annotations

from pathlib import Path

from warta.model import ReadError
from warta.sources.base import ReaderOptions, check_text_bytes, file_error, too_large_error


def read_article_file(path: Path, options: ReaderOptions) -> bytes | ReadError:
    """The bytes of a one-article file, or the ReadError saying why it cannot be one."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            return too_large_error(origin, size, options)
        data = path.read_bytes()
    except OSError as exc:
        return file_error(origin, exc)
    problem = check_text_bytes(data, origin, options)
    return problem if problem is not None else data
