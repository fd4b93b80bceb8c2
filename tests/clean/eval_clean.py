"""Run by hand: clean the seed and dev articles and write the JSONL the scorer reads.

    .venv/bin/python tests/clean/eval_clean.py /tmp/clean   # writes seeds.jsonl and dev.jsonl there
    python ../shared/eval/score.py --gold ../shared/gold/seeds.jsonl --pred /tmp/clean/seeds.jsonl --show

Only the document fields this stage fills are written; events, quotes and sources stay empty.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from warta.clean import clean_article
from warta.model import Article
from warta.resources import Resources

SHARED = Path(__file__).resolve().parents[3] / "shared"


def record(article: Article, resources: Resources) -> dict[str, object]:
    doc = clean_article(article, resources)
    return {
        "doc": doc.doc,
        "language": doc.language,
        "outlet": doc.outlet,
        "published": doc.published,
        "dateline": doc.dateline,
        "title": doc.title,
        "text": doc.text,
        "events": [],
        "quotes": [],
        "cited_sources": [],
    }


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    resources = Resources.load()
    with (out / "seeds.jsonl").open("w", encoding="utf-8") as fh:
        for path in sorted((SHARED / "seeds").glob("*.txt")):
            article = Article(doc=path.stem, text=path.read_text(encoding="utf-8"), origin=str(path))
            fh.write(json.dumps(record(article, resources), ensure_ascii=False) + "\n")
    with (out / "dev.jsonl").open("w", encoding="utf-8") as fh:
        for n, line in enumerate((SHARED / "dev" / "input.jsonl").open(encoding="utf-8"), 1):
            r = json.loads(line)
            article = Article(doc=r["id"], text=r["text"], url=r.get("url"), origin=f"dev/input.jsonl:{n}")
            fh.write(json.dumps(record(article, resources), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/clean")
