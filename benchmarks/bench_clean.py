"""Run by hand: time clean_article over the unlabeled Kompas corpus and list what it removed.

    .venv/bin/python benchmarks/bench_clean.py [--removed N] [--limit K]

Prints articles per second on one core, the mean cost per article, and (with --removed) the N most
frequent removed snippets so that a person can check that no real body text goes.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from warta.clean import clean_article
from warta.model import Article
from warta.resources import Resources

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kompas-2025.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--removed", type=int, default=0, help="show the N most frequent removed snippets")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    articles = []
    with CORPUS.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            r = json.loads(line)
            articles.append(
                Article(doc=str(r.get("id", n)), text=r["text"], url=r.get("url"), origin=f"kompas:{n}")
            )
            if args.limit and len(articles) >= args.limit:
                break
    resources = Resources.load()
    clean_article(articles[0], resources)  # load packs and build the language detector first
    removed: Counter[str] = Counter()
    chars = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for article in articles:
        doc = clean_article(article, resources)
        chars += len(article.text)
        removed.update(r[:120] for r in doc.removed)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # CPU time: less disturbed by other work on a shared machine
    print(
        f"{len(articles)} articles, {chars / len(articles):.0f} chars mean, {elapsed:.2f} s wall, {cpu:.2f} s CPU"
    )
    print(f"{len(articles) / cpu:.0f} articles/s per core, {1000 * cpu / len(articles):.3f} ms/article (CPU)")
    for snippet, count in removed.most_common(args.removed):
        print(f"{count:6d}  {snippet}")


if __name__ == "__main__":
    main()
