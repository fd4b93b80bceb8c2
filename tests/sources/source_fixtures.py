"""Real article text for reader tests: the bundled seed articles and helpers to wrap them in other formats."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"
JPNN = SEEDS / "002_d417c5c52f0f3a8c.txt"  # jpnn.com: Raisi praises Russia
ANTARA = SEEDS / "000_aa9fdd7ecad6373c.txt"  # ANTARA: Cameron meets Rouhani


def paragraphs(path: Path, count: int = 6) -> list[str]:
    """The first `count` non-empty lines of a seed article."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[:count]


def news_page(title: str, body: list[str], published: str = "2022-07-20", site: str = "JPNN.com") -> str:
    """A realistic news page: navigation, the article, related links and a footer around it."""
    article = "".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{title} - {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}T10:05:00+07:00">
<meta name="author" content="Ken Girsang">
<link rel="canonical" href="https://www.jpnn.com/news/raisi-puji-rusia">
</head><body>
<nav><a href="/">Home</a> <a href="/politik">Politik</a> <a href="/ekonomi">Ekonomi</a></nav>
<main><article><h1>{title}</h1>{article}</article></main>
<aside><h3>Terpopuler</h3><ul><li><a href="/a">Berita lain</a></li></ul></aside>
<footer>Copyright 2022 JPNN.com</footer></body></html>"""


def warc_bytes(pages: list[tuple[str, str]], *, gzip: bool) -> bytes:
    """A WARC of HTML responses (uri, html), plus a non-HTML record that must be skipped."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for uri, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers)
        writer.write_record(record)
    image_headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    image = writer.create_warc_record(
        "https://example.id/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=image_headers
    )
    writer.write_record(image)
    return buffer.getvalue()
