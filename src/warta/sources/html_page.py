"""`.html` input, and the HTML inside JSONL/CSV records and WARC responses.

trafilatura finds the main text and the page metadata (title, date, site name,
author, canonical URL). Those are evidence for the cleaning stage, not the final
answer, so they go onto the Article as the page states them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import trafilatura

from warta.model import Article, ReadError
from warta.sources.base import ReaderOptions, decode_bytes, empty_error
from warta.sources.files import read_article_file

# Fewer words than this is a menu or a caption that trafilatura fell back to, not an article.
MIN_ARTICLE_WORDS = 15


def article_from_html(
    html: str,
    *,
    doc: str,
    origin: str,
    fmt: str,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Article | ReadError:
    """The main text and metadata of one HTML page; values the caller already knows win."""
    if not html.strip():
        return empty_error(origin, "page")
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        return ReadError(
            origin=origin,
            message=f"could not parse the HTML ({type(exc).__name__}: {exc}); check that the file is a whole web page",
            kind="no_article",
        )
    if extracted is None:
        meta: dict[str, Any] = {}
    elif isinstance(extracted, dict):
        meta = extracted
    else:
        meta = extracted.as_dict()
    text = (meta.get("text") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return ReadError(
            origin=origin,
            message="no article text found in this HTML page (a listing, index or script-only page?); "
            "give the article page itself, or its text as .txt",
            kind="no_article",
        )
    page_title = meta.get("title")
    body = f"{page_title}\n\n{text}" if page_title and not text.startswith(page_title) else text
    return Article(
        doc=doc,
        text=body,
        origin=origin,
        url=url or meta.get("url"),
        title=title or page_title,
        published=published or meta.get("date"),
        site_name=meta.get("sitename"),
        author=meta.get("author"),
        format=fmt,
    )


def read_html(path: Path, options: ReaderOptions) -> Iterator[Article | ReadError]:
    data = read_article_file(path, options)
    if isinstance(data, ReadError):
        yield data
        return
    yield article_from_html(decode_bytes(data, html=True), doc=path.stem, origin=str(path), fmt="html")
