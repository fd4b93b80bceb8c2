"""Language packs load commented TSV files and name the bad line on error."""

from pathlib import Path

import pytest

from warta.lang import DataFileError, load_pack, read_tsv


def test_months_table_loads() -> None:
    rows = load_pack("id").table("months")
    assert {"month": "2", "name": "februari"} in rows


def test_malay_has_its_own_months_and_falls_back_to_indonesian_for_the_rest() -> None:
    malay = load_pack("ms")
    assert {"month": "8", "name": "ogos"} in malay.table("months")
    assert malay.table("boilerplate") == load_pack("id").table("boilerplate")


def test_bad_row_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.tsv"
    bad.write_text("# comment\nname\tvalue\nok\t1\ntoo\tmany\tcells\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"x\.tsv:4"):
        read_tsv(bad)


def test_malay_triggers_take_the_indonesian_rows_less_the_ones_malay_reads_otherwise() -> None:
    indonesian = load_pack("id").table("triggers")
    malay = load_pack("ms").table("triggers")
    malay_forms = {r["form"] for r in malay}
    assert "mengecam" in malay_forms  # inherited
    assert "menggesa" in malay_forms  # Malay's own ("to urge")
    assert "mendakwa" not in malay_forms  # "to claim" in Malay, not "to indict"
    assert [r for r in indonesian if r["form"] != "mendakwa"] == malay[: len(indonesian) - 1]


def test_extends_and_without_directives(tmp_path: Path) -> None:
    from warta.lang import read_directives

    f = tmp_path / "t.tsv"
    f.write_text("# title\n#! extends id\n#! without apabila\ncue\tkind\n", encoding="utf-8")
    d = read_directives(f)
    assert d.extends == "id" and d.without == frozenset({"apabila"})


def test_unknown_directive_names_file_and_line(tmp_path: Path) -> None:
    from warta.lang import read_directives

    f = tmp_path / "t.tsv"
    f.write_text("# title\n#! inherit id\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t\.tsv:2: unknown directive"):
        read_directives(f)


def test_malay_titles_leave_out_the_indonesian_head_of_state_phrase() -> None:
    assert any(r["phrase"] == "Kepala Negara" for r in load_pack("id").table("titles"))
    assert not any(r["phrase"] == "Kepala Negara" for r in load_pack("ms").table("titles"))
