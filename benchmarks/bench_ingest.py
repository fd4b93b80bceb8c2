"""Ingest throughput and memory: `warta ingest` (read + clean + metadata + extract + store)
on synthetic corpora of real article text, against a reference pass over the same file.

Each measurement runs in its own child process; its peak memory is that child's
ru_maxrss (from os.wait4), and its whole process tree (with pool workers) is sampled
too. The reference pass is plain `json.loads` plus a regex tokenisation of every
article: the floor any Python pipeline over this file pays.
Run by hand, never in tests:

    python benchmarks/make_corpus.py --articles 100000
    python benchmarks/make_corpus.py --articles 20000
    python benchmarks/bench_ingest.py --sizes 20000 100000 --workers 1
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
TOKEN = re.compile(r"\w+")


def reference_pass(corpus: Path) -> None:
    """Parse every record and tokenise its text: what any pass over the corpus costs at least."""
    tokens = 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            tokens += len(TOKEN.findall(json.loads(line)["text"]))
    print(tokens)


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    pages = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as fh:
                pages += int(fh.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def measured(command: list[str]) -> tuple[float, float, float, int]:
    """(seconds, peak RSS of its largest process (ru_maxrss) in MB, peak RSS of its whole process tree in MB,
    exit code) of a child process; the tree is sampled every half second."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        tree_peak = 0.0
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)  # this child's own rusage once it ends
            if pid:
                break
            tree_peak = max(tree_peak, tree_rss_mb(child.pid))
            time.sleep(0.5)
        seconds = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        child.returncode = code
        if code not in (0, 1):
            errors.seek(0)
            sys.stderr.write(errors.read()[-2000:].decode("utf-8", "replace"))
    return seconds, usage.ru_maxrss / 1024, tree_peak, code


def stage_breakdown(corpus: Path, sample: int) -> dict[str, float]:
    """Milliseconds per article for each stage, in this process, over the first `sample` records."""
    from warta.pipeline import process
    from warta.resources import Resources
    from warta.sources import iter_articles
    from warta.store import Store

    started = time.perf_counter()
    articles = list(islice(iter_articles([str(corpus)]), sample))
    read = time.perf_counter()
    resources = Resources.load()
    results = [process(a, resources) for a in articles if not hasattr(a, "kind")]  # type: ignore[arg-type]
    processed = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "b.duckdb") as store:
        for i in range(0, len(results), 256):
            store.write_many(results[i : i + 256])
    stored = time.perf_counter()
    n = max(len(articles), 1)
    return {
        "read": 1000 * (read - started) / n,
        "process (clean + extract)": 1000 * (processed - read) / n,
        "store": 1000 * (stored - processed) / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--breakdown", type=int, default=2000, help="articles for the per-stage breakdown (0: skip)")
    parser.add_argument("--reference", type=Path, help=argparse.SUPPRESS)  # internal: run the reference pass
    args = parser.parse_args()
    if args.reference:
        reference_pass(args.reference)
        return

    corpora = [WORK / f"corpus-{n}.jsonl" for n in args.sizes]
    missing = [c for c in corpora if not c.exists()]
    if missing:
        sizes = " ".join(c.stem.split("-")[1] for c in missing)
        sys.exit(f"missing {', '.join(map(str, missing))}: run `python benchmarks/make_corpus.py --articles N` for {sizes}")

    print(f"warta ingest, {args.workers} worker(s), {os.cpu_count()} CPU core(s) on this machine")
    header = (
        f"{'articles':>9} {'seconds':>8} {'art/s':>7} {'art/s/core':>10} {'peak MB':>8} {'all procs MB':>12} | "
        f"{'ref s':>6} {'ingest/ref':>10}"
    )
    print(header)
    print("-" * len(header))
    for size, corpus in zip(args.sizes, corpora, strict=True):
        with tempfile.TemporaryDirectory(dir=WORK) as tmp:
            db = Path(tmp) / "bench.duckdb"
            command = [sys.executable, "-m", "warta.cli", "ingest", str(corpus), "--db", str(db), "--workers", str(args.workers)]
            seconds, peak_mb, tree_mb, code = measured(command)
            if code not in (0, 1):
                sys.exit(f"ingest failed with exit code {code}")
        ref_seconds, _, _, _ = measured([sys.executable, __file__, "--reference", str(corpus)])
        rate = size / seconds
        print(
            f"{size:>9,} {seconds:>8.1f} {rate:>7.0f} {rate / args.workers:>10.0f} {peak_mb:>8.0f} {tree_mb:>12.0f} | "
            f"{ref_seconds:>6.1f} {seconds / ref_seconds:>9.0f}x",
            flush=True,
        )
    if args.breakdown:
        print(f"\nper-stage cost, ms per article, first {args.breakdown:,} articles of {corpora[0].name}:")
        for stage, ms in stage_breakdown(corpora[0], args.breakdown).items():
            print(f"  {stage:<28} {ms:7.2f}")
    print("\npeak MB: the largest single process of that run (ru_maxrss); all procs MB: the ingest process and its")
    print("workers together, sampled every 0.5 s. ingest/ref: ingest time over a json.loads + \\w+ tokenising pass.")


if __name__ == "__main__":
    main()
