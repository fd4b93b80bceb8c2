"""Absolute dates in text and URLs, at the precision the evidence gives."""

from warta.extract.calendar import PartialDate, date_from_url, find_absolute_dates
from warta.lang import load_pack

ID = load_pack("id")


def test_header_date_with_weekday_and_time() -> None:
    (m,) = find_absolute_dates("Selasa, 31 Jan 2017 14:44 WIB", ID)
    assert m.date.iso() == "2017-01-31"
    assert m.time == "14:44"
    assert m.weekday == 2


def test_long_month_names_and_numeric_dates() -> None:
    text = "18 Februari 2016, ... Jakarta, Selasa (10/1/2017). Pada bulan Januari 2015 Shoigu berkunjung."
    found = [m.date.iso() for m in find_absolute_dates(text, ID)]
    assert found == ["2016-02-18", "2017-01-10", "2015-01"]


def test_invalid_dates_are_not_invented() -> None:
    assert find_absolute_dates("pada 31 Februari 2016", ID) == []
    assert PartialDate.make(2016, 13) is None


def test_url_dates_at_their_precision() -> None:
    assert date_from_url("https://www.cnnindonesia.com/nasional/20180516220411-20-298810/polisi") == PartialDate(2018, 5, 16)
    assert date_from_url("https://kabar24.bisnis.com/read/20190506/19/918878/x") == PartialDate(2019, 5, 6)
    assert date_from_url("http://www.kompas.com/global/read/2025/06/19/221700370/korea") == PartialDate(2025, 6, 19)
    assert date_from_url("https://suarasurabaya.net/kelanakota/2015/Indonesia-Protes") == PartialDate(2015)
    assert date_from_url("http://kmp.im/AGHv4U") is None
    assert date_from_url(None) is None


def test_partial_date_iso_round_trip() -> None:
    for value in ("2014", "2015-01", "2016-02-16"):
        parsed = PartialDate.parse_iso(value)
        assert parsed is not None and parsed.iso() == value
