"""Speed of the actor knowledge base and of actor recognition.

Prints the KB load time (cold: compile YAML + CLDR; warm: from the cache) and the
time `recognise_actors` takes per article and per 2 KB of text over the Kompas
corpus, read in place (targets: warm load < 1 s, < 1 ms per 2 KB article). Articles
are dated by their archive day; with `--undated` they carry no date, as cleaning leaves
most Kompas records, and an article that needs one reads it from its text (slower).

    .venv/bin/python benchmarks/bench_actors.py [--corpus PATH] [--limit N] [--undated]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from warta.extract.actors import recognise_actors
from warta.extract.places import PlaceGazetteer
from warta.extract.sentences import split_sentences
from warta.kb import KnowledgeBase
from warta.lang import load_pack
from warta.model import Doc

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kompas-2025.jsonl"


def archive_day(value: str | None) -> str | None:
    """ "01Nov2025" -> "2025-11-01": the day the corpus archived the article, as cleaning would date it."""
    try:
        return dt.datetime.strptime(value or "", "%d%b%Y").date().isoformat()
    except ValueError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="articles to read (0 = all)")
    parser.add_argument("--undated", action="store_true", help="give the articles no publication date")
    args = parser.parse_args()

    t0 = time.perf_counter()
    KnowledgeBase.load(use_cache=False)
    cold = time.perf_counter() - t0
    KnowledgeBase.load()  # writes the cache if it is missing
    t0 = time.perf_counter()
    kb = KnowledgeBase.load()
    warm = time.perf_counter() - t0
    pack = load_pack("id")
    PlaceGazetteer.load(pack)  # the places stage loads it in the pipeline; actors consult it for region names
    t0 = time.perf_counter()
    recognise_actors(Doc(doc="w", text="Presiden Rusia", raw="", origin="", content_hash=""), kb, pack)
    matcher = time.perf_counter() - t0
    print(
        f"KB load: cold {cold * 1000:.0f} ms, warm {warm * 1000:.0f} ms; matcher build {matcher * 1000:.0f} ms"
    )

    docs = []
    with args.corpus.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if args.limit and n >= args.limit:
                break
            rec = json.loads(line)
            text = rec.get("text") or ""
            docs.append(
                Doc(
                    doc=str(rec.get("id", n)),
                    text=text,
                    raw=text,
                    origin=str(args.corpus),
                    content_hash="",
                    published=None if args.undated else rec.get("published") or archive_day(rec.get("archive_day")),
                )
            )
    per_doc: list[float] = []
    kinds: Counter[str] = Counter()
    chars = 0
    split = [split_sentences(doc.text, pack) for doc in docs]  # an earlier stage of the pipeline
    cpu0 = time.process_time()
    for doc, sentences in zip(docs, split, strict=True):
        t0 = time.perf_counter()
        mentions = recognise_actors(doc, kb, pack, sentences)
        per_doc.append(time.perf_counter() - t0)
        chars += len(doc.text)
        kinds.update(m.kind for m in mentions)
    cpu = time.process_time() - cpu0
    total = sum(per_doc)
    print(f"{len(docs)} articles, {chars / 1e6:.1f} M chars, {total:.2f} s wall, {cpu:.2f} s CPU")
    print(
        f"per article: mean {statistics.mean(per_doc) * 1000:.2f} ms, median {statistics.median(per_doc) * 1000:.2f} ms, "
        f"p95 {sorted(per_doc)[int(len(per_doc) * 0.95)] * 1000:.2f} ms"
    )
    print(
        f"per 2 KB of text: {total / (chars / 2048) * 1000:.3f} ms wall, {cpu / (chars / 2048) * 1000:.3f} ms CPU "
        "(CPU time is the fair figure when other jobs share the cores)"
    )
    print("mentions by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


if __name__ == "__main__":
    main()
