"""`warta eval GOLD.jsonl PRED.jsonl` or `warta eval GOLD.jsonl --input PATH`: score event data.

With PRED, the records are read as written by `warta extract`; with `--input`, the
articles are run through the pipeline first. The figures are those of spec section 7
(warta.evaluation); the last line printed is the headline `events_f1_dyad=...`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from warta.cli.common import EXIT_FAILURES, error_line, fail, stderr, stdout, worker_count
from warta.engines.local import run
from warta.evaluation import GoldFileError, evaluate, format_report, load_records
from warta.model import ReadError
from warta.sources import iter_articles


def predictions_from_input(paths: list[str], workers: int) -> tuple[dict[str, dict[str, Any]], int]:
    """Run the pipeline over the input articles: records keyed by doc, and the number of read errors."""
    records: dict[str, dict[str, Any]] = {}
    errors = 0
    for outcome in run(iter_articles(paths), worker_count(workers)):
        if isinstance(outcome, ReadError):
            errors += 1
            stderr.print(error_line(outcome))
            continue
        record = outcome.to_json()
        records[str(record["doc"])] = record
    return records, errors


GOLD_ARGUMENT = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSON Lines (spec section 6).")
PRED_ARGUMENT = typer.Argument(
    None, exists=True, dir_okay=False, help="Predicted JSON Lines from `warta extract`."
)
INPUT_OPTION = typer.Option([], "--input", "-i", help="Articles to run the pipeline on first; repeatable.")
SHOW_OPTION = typer.Option(False, "--show", help="List every miss and false alarm per article.")
JSON_OPTION = typer.Option(None, "--json", help="Also write all figures as JSON to this file.")
EVAL_WORKERS_OPTION = typer.Option(
    1, "--workers", "-w", min=0, help="Worker processes for --input; 0 = one per core."
)


def eval_command(
    gold: Path = GOLD_ARGUMENT,
    pred: Path | None = PRED_ARGUMENT,
    input_paths: list[str] = INPUT_OPTION,
    show: bool = SHOW_OPTION,
    json_out: Path | None = JSON_OPTION,
    workers: int = EVAL_WORKERS_OPTION,
) -> None:
    """Score predicted events, quotes and document fields against gold annotations."""
    if (pred is None) == (not input_paths):
        raise fail("give either PRED.jsonl or --input PATH (not both, not neither)")
    try:
        gold_records = load_records(gold)
        if pred is not None:
            pred_records = load_records(pred)
            errors = 0
        else:
            pred_records, errors = predictions_from_input(input_paths, workers)
    except GoldFileError as exc:
        raise fail(str(exc)) from exc
    report = evaluate(gold_records, pred_records)
    stdout.print(format_report(report, show=show), markup=False)
    if json_out is not None:
        json_out.write_text(json.dumps(report.figures(), indent=2), encoding="utf-8")
    if errors:
        raise typer.Exit(EXIT_FAILURES)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
