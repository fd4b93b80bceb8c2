"""One JSONL object or CSV row to an Article: the field names, `--field` renames, and
what to tell the user when a record has no text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from warta.model import Article, ReadError
from warta.sources.base import ReaderOptions, empty_error, too_large_error
from warta.sources.html_page import article_from_html


def _string(value: Any) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def article_from_record(
    record: Mapping[str, Any], *, origin: str, fallback_id: str, fmt: str, options: ReaderOptions
) -> Article | ReadError:
    """The Article a record holds; its `text` wins over its `html`."""
    name = options.field_name
    text = record.get(name("text"))
    html = record.get(name("html"))
    if text is None and html is None:
        present = ", ".join(sorted(str(k) for k in record)) or "none"
        return ReadError(
            origin=origin,
            message=(
                f"record has no {name('text')!r} or {name('html')!r} field (its fields: {present}); "
                "name the column that holds the article with --field text=COLUMN or --field html=COLUMN"
            ),
            kind="malformed",
        )
    doc = _string(record.get(name("id"))) or fallback_id
    url = _string(record.get(name("url")))
    title = _string(record.get(name("title")))
    published = _string(record.get(name("published")))
    body = _string(text)
    if body is not None:
        if len(body) > options.max_bytes:
            return too_large_error(origin, len(body), options, "record text")
        return Article(doc=doc, text=body, origin=origin, url=url, title=title, published=published, format=fmt)
    markup = _string(html)
    if markup is None:
        return empty_error(origin, "record")
    if len(markup) > options.max_bytes:
        return too_large_error(origin, len(markup), options, "record html")
    return article_from_html(markup, doc=doc, origin=origin, fmt=fmt, url=url, title=title, published=published)
