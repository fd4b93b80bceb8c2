"""`warta kb`: list, show, add, check and import-wikidata."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from warta.cli.kb import register
from warta.kb import KnowledgeBase
from warta.kb.wikidata import import_dump

SAMPLE = Path(__file__).parent / "data" / "wikidata-sample.json"
FIXTURE_DIR = Path(__file__).parent / "data" / "fixture"


@pytest.fixture()
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("WARTA_KB_USER_DIR", str(tmp_path / "user"))
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """warta"""

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(app, list(args))

    return invoke


BAD_PERSONS = """\
- name: Sergei Lavrov
  code: RUS
  aliases: [Lavrov]
  roles:
    - {role: foreign_minister, start: 2004-03-09}
    - {role: foreign_minister, start: 2010}
- name: Vladimir Putin
  code: RUS
  aliases: [Lavrov]
  roles:
    - {role: czar, start: 2000}
    - {role: head_of_state, start: 2012-13-01}
- name: Nobody
  code: ZZZ
  roles: []
"""


def test_check_names_file_line_and_fix(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "kb"
    (data / "persons").mkdir(parents=True)
    bad = data / "persons" / "bad.yaml"
    bad.write_text(BAD_PERSONS, encoding="utf-8")
    result = run("kb", "check", "--data-dir", str(data))
    assert result.exit_code == 1
    lines = result.output.splitlines()

    def line_about(words: str) -> str:
        return next(ln for ln in lines if words in ln)

    assert line_about("role `czar`").startswith(f"{bad}:11: ")
    assert "use one of roles.yaml" in line_about("role `czar`")
    assert line_about("2012-13-01").startswith(f"{bad}:12: ")
    assert "write YYYY, YYYY-MM or YYYY-MM-DD" in line_about("2012-13-01")
    assert line_about("`ZZZ`").startswith(f"{bad}:13: ")
    assert line_about("twice at once").startswith(f"{bad}:1: ")
    assert "alias `Lavrov` names 2 entities" in line_about("alias `Lavrov`")


def test_check_passes_on_the_fixture(run) -> None:  # type: ignore[no-untyped-def]
    result = run("kb", "check", "--data-dir", str(FIXTURE_DIR))
    assert result.exit_code == 0, result.output
    assert "4 persons" in result.output


def test_show_and_list(run) -> None:  # type: ignore[no-untyped-def]
    shown = run("kb", "show", "Obama", "--data-dir", str(FIXTURE_DIR))
    assert "head_of_state of USA, GOV: 2009-01-20 .. 2017-01-20" in shown.output
    listed = run("kb", "list", "--type", "organisation", "--code", "IDN.OPM", "--data-dir", str(FIXTURE_DIR))
    assert "Organisasi Papua Merdeka" in listed.output and "Hamas" not in listed.output
    assert run("kb", "show", "Nobody Known", "--data-dir", str(FIXTURE_DIR)).exit_code == 1
    assert "Sergei Lavrov" in run("kb", "show", "sergei", "--data-dir", str(FIXTURE_DIR)).output


def test_add_validates_then_copies_into_the_user_dir(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "mine.yaml"
    good.write_text(
        "- name: Hassan Rouhani\n  code: IRN\n  aliases: [Rouhani]\n"
        "  roles:\n    - {role: head_of_state, start: 2013-08-03, end: 2021-08-03}\n",
        encoding="utf-8",
    )
    result = run("kb", "add", str(good))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "user" / "persons" / "mine.yaml").is_file()
    kb = KnowledgeBase.load(FIXTURE_DIR, user_dir=tmp_path / "user")
    assert kb.holder("head_of_state", "IRN", "2014-09-24").name == "Hassan Rouhani"  # type: ignore[union-attr]
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- name: X Y\n  code: IRN\n  roles:\n    - {role: president, start: 2013}\n", encoding="utf-8"
    )
    assert run("kb", "add", str(bad)).exit_code == 1
    assert not (tmp_path / "user" / "persons" / "bad.yaml").exists()


def test_import_wikidata_sample(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    persons, organisations = import_dump(SAMPLE)
    by_name = {p["name"]: p for p in persons}
    assert by_name["Barack Obama"]["roles"] == [
        {"role": "head_of_state", "start": "2009-01-20", "end": "2017-01-20"}
    ]
    assert by_name["Barack Obama"]["code"] == "USA" and "Obama" in by_name["Barack Obama"]["aliases"]
    # the position "President of Russia" is in the dump: a subclass of head of state, jurisdiction Russia
    assert by_name["Vladimir Putin"]["roles"] == [{"role": "head_of_state", "start": "2012-05-07"}]
    assert organisations[0]["code"] == "RUS.ER" and organisations[0]["aliases_lang"] == {
        "id": ["Rusia Bersatu"]
    }
    out = tmp_path / "wd.yaml"
    result = run("kb", "import-wikidata", str(SAMPLE), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == persons
    # what the importer writes is valid KB data
    (tmp_path / "wd" / "persons").mkdir(parents=True)
    out.rename(tmp_path / "wd" / "persons" / "wd.yaml")
    assert run("kb", "check", "--data-dir", str(tmp_path / "wd")).exit_code == 0
