"""Regression gate: run `warta extract` on the seeds and the dev set and fail when a
figure drops below its floor in `benchmarks/floors.json`.

A gate, not a test of the product: the figures that matter are measured on a hidden
set. Needs `../shared` beside the checkout (CI has it); run by `make test`.

    python benchmarks/score_gate.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def figure(figures: dict, dotted: str) -> float | None:
    value: object = figures
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return float(value) if isinstance(value, int | float) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--floors", default=str(ROOT / "benchmarks" / "floors.json"))
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    floors = json.loads(Path(args.floors).read_text(encoding="utf-8"))
    warta = Path(sys.executable).with_name("warta")
    inputs = {"seeds": shared / "seeds", "dev": shared / "dev" / "input.jsonl"}
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in inputs.items():
            out, fig = Path(tmp) / f"{name}.jsonl", Path(tmp) / f"{name}.json"
            run = subprocess.run([str(warta), "extract", str(path), "-o", str(out)], capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stderr[-2000:])
                failed.append(f"{name}: warta extract exited {run.returncode}")
                continue
            subprocess.run(
                [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "gold" / f"{name}.jsonl"),
                 "--pred", str(out), "--json", str(fig)],
                check=True, capture_output=True, text=True,
            )
            figures = json.loads(fig.read_text(encoding="utf-8"))
            for key, floor in floors.get(name, {}).items():
                got = figure(figures, key)
                ok = got is not None and got + 1e-9 >= floor
                print(f"{name:<6} {key:<28} {got!s:>8}  floor {floor:<6} {'ok' if ok else 'BELOW FLOOR'}")
                if not ok:
                    failed.append(f"{name}: {key}={got} < {floor}")
    if failed:
        print("score gate failed:\n  " + "\n  ".join(failed))
        return 1
    print("score gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
