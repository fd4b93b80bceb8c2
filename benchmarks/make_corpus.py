"""Build a synthetic benchmark corpus of real article text: many variants of each article
of ../shared/corpus/kompas-2025.jsonl (read in place), written to benchmarks/_work/ (git-ignored).

Every variant gets its own id and a different paragraph order (seeded, reproducible); a
short article whose orders run out gets a numbered closing line instead. So every record
has its own content hash and the store cannot skip it as already present.

    python benchmarks/make_corpus.py --articles 100000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parent.parent / "shared" / "corpus" / "kompas-2025.jsonl"
WORK = HERE / "_work"


def load_articles(source: Path) -> list[dict[str, str]]:
    articles = []
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("text"):
                articles.append({"id": record["id"], "text": record["text"], "url": record.get("url") or ""})
    return articles


def variant(article: dict[str, str], number: int, rng: random.Random, seen: set[bytes]) -> dict[str, str]:
    """The article with its title kept first and the body paragraphs in another order."""
    paragraphs = [p for p in article["text"].split("\n\n") if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    if number:  # variant 0 is the article as it is
        rng.shuffle(body)
    text = "\n\n".join(head + body)
    if hashlib.sha1(text.encode("utf-8")).digest() in seen:
        text += f"\n\n(Salinan {number})"
    seen.add(hashlib.sha1(text.encode("utf-8")).digest())
    record = {"id": f"{article['id']}~{number}", "text": text}
    if article["url"]:
        record["url"] = article["url"]
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="how many records to write")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=None, help="default: benchmarks/_work/corpus-<N>.jsonl")
    args = parser.parse_args()
    articles = load_articles(args.source)
    out = args.out or WORK / f"corpus-{args.articles}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20250601)
    seen: set[bytes] = set()
    with out.open("w", encoding="utf-8") as fh:
        for i in range(args.articles):
            source_article = articles[i % len(articles)]
            fh.write(json.dumps(variant(source_article, i // len(articles), rng, seen), ensure_ascii=False) + "\n")
    print(f"wrote {args.articles:,} articles ({out.stat().st_size / 1e6:,.0f} MB) from {len(articles):,} real ones to {out}")


if __name__ == "__main__":
    main()
