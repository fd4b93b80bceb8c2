"""Ingest throughput and memory on synthetic corpora of real article text, in two modes on the
same corpus: `warta ingest --clean-only` (the foundation stages: read + clean + metadata + store)
and `warta ingest` (the full pipeline: the same plus actors, quotes and events), against a
reference pass over the same file.

Each measurement runs in its own child process; its peak memory is that child's
ru_maxrss (from os.wait4), and its whole process tree (with pool workers) is sampled
too. The reference pass is plain `json.loads` plus a regex tokenisation of every
article: the floor any Python pipeline over this file pays.
Run by hand, never in tests:

    python benchmarks/make_corpus.py --articles 100000
    python benchmarks/make_corpus.py --articles 20000
    python benchmarks/bench_ingest.py --sizes 20000 100000 --workers 1
    python benchmarks/bench_ingest.py --sizes 20000 100000 --workers 2 --modes clean-only

The foundation target (>= 500 articles/s per core, peak memory < 500 MB whatever the corpus
size) is about the clean-only rows; the memory target is read with --workers 1, where the
ingest is one process. art/s/core divides the articles by the CPU seconds of the ingest process and all its workers
(user + system, from os.wait4, which includes the reaped pool workers); art/s is by wall time.
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
# The `warta ingest` options of each measured mode.
MODE_OPTIONS = {"clean-only": ["--clean-only"], "full": []}


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


def measured(command: list[str]) -> tuple[float, float, float, float, int]:
    """(wall seconds, CPU seconds of it and its reaped children, peak RSS of its largest process (ru_maxrss)
    in MB, peak RSS of its whole process tree in MB, exit code) of a child process; the tree is sampled
    every half second."""
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
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, tree_peak, code


def stage_breakdown(corpus: Path, sample: int) -> dict[str, float]:
    """Milliseconds per article for each stage, in this process, over the first `sample` records."""
    from warta.pipeline import clean_only, extract
    from warta.resources import Resources
    from warta.sources import iter_articles
    from warta.store import Store

    started = time.perf_counter()
    articles = list(islice(iter_articles([str(corpus)]), sample))
    read = time.perf_counter()
    resources = Resources.load()
    cleaned = [clean_only(a, resources) for a in articles if not hasattr(a, "kind")]  # type: ignore[arg-type]
    clean_done = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "b.duckdb") as store:
        for i in range(0, len(cleaned), 256):
            store.write_many(cleaned[i : i + 256], extracted=False)
    clean_stored = time.perf_counter()
    results = [extract(r.doc, resources) for r in cleaned]
    extracted = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "b.duckdb") as store:
        for i in range(0, len(results), 256):
            store.write_many(results[i : i + 256])
    stored = time.perf_counter()
    n = max(len(articles), 1)
    return {
        "read": 1000 * (read - started) / n,
        "clean + metadata": 1000 * (clean_done - read) / n,
        "store (clean-only rows)": 1000 * (clean_stored - clean_done) / n,
        "extract": 1000 * (extracted - clean_stored) / n,
        "store (full Results)": 1000 * (stored - extracted) / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--modes", nargs="+", choices=list(MODE_OPTIONS), default=list(MODE_OPTIONS))
    parser.add_argument(
        "--breakdown", type=int, default=2000, help="articles for the per-stage breakdown (0: skip)"
    )
    parser.add_argument("--reference", type=Path, help=argparse.SUPPRESS)  # internal: run the reference pass
    args = parser.parse_args()
    if args.reference:
        reference_pass(args.reference)
        return

    corpora = [WORK / f"corpus-{n}.jsonl" for n in args.sizes]
    missing = [c for c in corpora if not c.exists()]
    if missing:
        sizes = " ".join(c.stem.split("-")[1] for c in missing)
        sys.exit(
            f"missing {', '.join(map(str, missing))}: run `python benchmarks/make_corpus.py --articles N` for {sizes}"
        )

    print(f"warta ingest, {args.workers} worker(s), {os.cpu_count()} CPU core(s) on this machine", flush=True)
    header = (
        f"{'mode':<10} {'articles':>9} {'wall s':>7} {'CPU s':>7} {'art/s':>6} {'art/s/core':>10} "
        f"{'peak MB':>8} {'all procs MB':>12} | {'ref s':>6} {'mode/ref':>8}"
    )
    print(header)
    print("-" * len(header), flush=True)
    references: dict[Path, float] = {}
    for mode in args.modes:
        for size, corpus in zip(args.sizes, corpora, strict=True):
            with tempfile.TemporaryDirectory(dir=WORK) as tmp:
                db = Path(tmp) / "bench.duckdb"
                command = [sys.executable, "-m", "warta.cli", "ingest", str(corpus), "--db", str(db)]
                command += ["--workers", str(args.workers), *MODE_OPTIONS[mode]]
                seconds, cpu, peak_mb, tree_mb, code = measured(command)
                if code not in (0, 1):
                    sys.exit(f"ingest failed with exit code {code}")
            if corpus not in references:
                references[corpus] = measured([sys.executable, __file__, "--reference", str(corpus)])[0]
            ref_seconds = references[corpus]
            print(
                f"{mode:<10} {size:>9,} {seconds:>7.1f} {cpu:>7.1f} {size / seconds:>6.0f} {size / cpu:>10.0f} "
                f"{peak_mb:>8.0f} {tree_mb:>12.0f} | {ref_seconds:>6.1f} {seconds / ref_seconds:>7.1f}x",
                flush=True,
            )
    if args.breakdown:
        print(f"\nper-stage cost, ms per article, first {args.breakdown:,} articles of {corpora[0].name}:")
        for stage, ms in stage_breakdown(corpora[0], args.breakdown).items():
            print(f"  {stage:<28} {ms:7.2f}")
    print(
        "\npeak MB: the largest single process of that run (ru_maxrss); all procs MB: the ingest process and its"
    )
    print(
        "workers together, sampled every 0.5 s. mode/ref: wall time over a json.loads + \\w+ tokenising pass."
    )
    print("art/s/core: articles per CPU second of the ingest process and its workers.")


if __name__ == "__main__":
    main()
