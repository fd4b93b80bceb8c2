"""Running the CLI in-process on real seed articles."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from warta.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "samples" / "seeds"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def warta(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], input=input, env={"COLUMNS": "200"})
