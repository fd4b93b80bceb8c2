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
