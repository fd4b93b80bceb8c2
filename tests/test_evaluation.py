"""The project's own scorer (warta.evaluation) on small hand-made gold and prediction files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from warta.cli.eval import register
from warta.evaluation import GoldFileError, evaluate, format_report, load_records, match_events

GOLD = [
    {
        "doc": "a", "outlet": "Kompas", "published": "2017-01-31", "language": "id",
        "events": [
            {"type": "CONSULT", "source": "RUS", "target": "USA", "source_actor": "Vladimir Putin",
             "target_actor": "Donald Trump", "date": "2017-01-29", "location": "Moskow"},
            {"type": "AGREE", "source": "RUS", "target": "USA", "date": "2017-01-29"},
            {"type": "SUPPORT", "source": "RUS", "target": "USA", "date": "2017-01-29", "optional": True},
            {"type": "COERCE", "source": "IDN", "target": "IDN.JAD", "date": "2019-10-14", "date_in_text": False},
        ],
        "quotes": [{"speaker": "Sergei Shoigu", "speaker_code": "RUS",
                    "text": "Saya yakin pertemuan kami akan membantu mempromosikan hubungan"}],
        "cited_sources": ["TASS"],
        "boilerplate": ["Baca juga"], "content": ["Putin dan Trump"], "once": ["sepakat"],
    },
    {"doc": "b", "events": [{"type": "ACCUSE", "source": "IDN", "target": "ISR", "date": "2019-05-06"}]},
]  # fmt: skip
PRED = [
    {
        "doc": "a", "outlet": "KOMPAS.com", "published": "2017-01-31", "language": "id",
        "text": "Putin dan Trump sepakat bekerja sama.",
        "events": [
            # symmetric: reversed order still matches; a date in a wrong precision does not
            {"type": "CONSULT", "source": "USA", "target": "RUS", "source_actor": "Donald Trump",
             "target_actor": "Vladimir Putin", "date": "2017-01-29", "location": "Moscow"},
            {"type": "AGREE", "source": "RUS", "target": "USA", "date": "2017-01"},
            {"type": "SUPPORT", "source": "RUS", "target": "USA", "date": "2017-01-29"},
            {"type": "COERCE", "source": "IDN", "target": "IDN.MIT", "date": None},
            {"type": "REJECT", "source": "RUS", "target": "USA", "negated": True},
        ],
        "quotes": [{"speaker": "Shoigu", "speaker_code": None,
                    "text": "“Saya yakin pertemuan kami akan membantu mempromosikan hubungan persahabatan”"}],
        "cited_sources": ["TASS", "Reuters"],
    },
]  # fmt: skip


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_event_levels_symmetric_optional_negated_and_dates() -> None:
    report = evaluate({r["doc"]: r for r in GOLD}, {r["doc"]: r for r in PRED})
    # dyad: CONSULT, AGREE found; COERCE wrong group; ACCUSE (doc b) missing; SUPPORT optional; REJECT negated
    assert (report.events_dyad.tp, report.events_dyad.fp, report.events_dyad.fn) == (2, 1, 2)
    # dated: AGREE "2017-01" is not "2017-01-29"
    assert (report.events_dated.tp, report.events_dated.fp, report.events_dated.fn) == (1, 2, 3)
    # country level: IDN.MIT and IDN.JAD are both IDN, and date_in_text=false needs no date
    assert (report.events_country.tp, report.events_country.fp, report.events_country.fn) == (3, 0, 1)
    assert report.missing == 1 and report.articles == 2


def test_people_places_quotes_sources_and_document_fields() -> None:
    figures = evaluate({r["doc"]: r for r in GOLD}, {r["doc"]: r for r in PRED}).figures()
    assert figures["person_accuracy"] == 1.0
    assert figures["location_accuracy"] == 1.0  # Moskow = Moscow
    assert figures["quotes"]["tp"] == 1  # speaker by last name, text overlapping
    assert figures["cited_sources"] == {"p": 0.5, "r": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}
    assert figures["outlet_accuracy"] == 1.0 and figures["published_accuracy"] == 1.0
    assert figures["cleaning_checks_passed"] == 1.0


def test_match_events_treats_date_in_text_false_as_null_ok() -> None:
    gold = [
        {"type": "ASSAULT", "source": "RUS", "target": "UKR", "date": "2022-02-24", "date_in_text": False}
    ]
    assert (
        match_events(gold, [{"type": "ASSAULT", "source": "RUS", "target": "UKR", "date": None}], True).tp
        == 1
    )
    assert (
        match_events(gold, [{"type": "ASSAULT", "source": "UKR", "target": "RUS", "date": None}], True).tp
        == 0
    )


def test_report_text_ends_with_the_headline(tmp_path: Path) -> None:
    report = evaluate({r["doc"]: r for r in GOLD}, {r["doc"]: r for r in PRED})
    text = format_report(report, show=True)
    assert text.splitlines()[-1] == f"events_f1_dyad={report.events_dyad.f1:.4f}"
    assert "FN        ACCUSE" in text


def test_bad_files_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a"}\n{"events": []}\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match="bad.jsonl:2"):
        load_records(bad)


def test_eval_command_scores_prediction_files(tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # a second command keeps `eval` a named subcommand
    gold, pred = write_jsonl(tmp_path / "g.jsonl", GOLD), write_jsonl(tmp_path / "p.jsonl", PRED)
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["eval", str(gold), str(pred), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "events_f1_dyad=0.5714"
    assert json.loads(out.read_text())["events_dyad"]["tp"] == 2
    assert CliRunner().invoke(app, ["eval", str(gold)]).exit_code == 2
