"""The event coder on error classes found by the third precision audit of its Kompas 2025 output.

Each test pins one general rule with a real sentence: a speaker before "bahwa" is not the subject
of the reported clause, a verbless subheading asserts nothing, "kepada X dan Y" names two
addressees and not two sides, and the means after "melalui" is not the target.
"""

from __future__ import annotations

from events_helpers import code, dyads, mention


def test_a_speaker_before_bahwa_is_not_the_suspect() -> None:
    t = (
        "Sebelumnya, Kasubdit 1 Kamneg Ditreskrimum Polda Banten, Kompol Endang Sugiarto, menyatakan bahwa "
        "Briptu Zaenal Arifin telah ditetapkan sebagai tersangka sejak September 2025."
    )
    ms = [mention(t, "Polda Banten, Kompol Endang Sugiarto", "IDN", "person", "Endang Sugiarto")]
    assert code(t, ms) == []
    t = (
        "Wakil Ketua Komisi III DPR Rano Alfath mengakui bahwa dalam praktik, saksi sering kali dicegah "
        "sebelum ditetapkan sebagai tersangka."
    )
    assert code(t, [mention(t, "DPR Rano Alfath", "IDN", "person", "Rano Alfath")]) == []


def test_a_possessed_word_after_bahwa_still_speaks_of_the_speaker() -> None:
    t = (
        "Kepala Operasi Satgas Damai Cartenz Brigadir Jenderal Polisi (Brigjen Pol) Faizal Ramadhani "
        "membenarkan bahwa pihaknya telah menangkap delapan anggota KKB yang diduga sebagai pelaku penyerangan."
    )
    ms = [mention(t, "Faizal Ramadhani", "IDN", "person", "Faizal Ramadhani"),
          mention(t, "KKB", "IDN.OPM", "armed_group")]  # fmt: skip
    assert dyads(code(t, ms)) == {("COERCE", "IDN", "IDN.OPM")}


def test_a_verbless_subheading_asserts_nothing() -> None:
    t = "Keterlibatan AS dalam negosiasi nuklir dengan Iran"
    assert code(t, [mention(t, "AS", "USA"), mention(t, "Iran", "IRN")]) == []
    t = "AS bernegosiasi dengan Iran"  # a verb: a report even without a full stop
    assert dyads(code(t, [mention(t, "AS", "USA"), mention(t, "Iran", "IRN")])) == {("CONSULT", "IRN", "USA")}


def test_support_for_two_people_is_not_between_them() -> None:
    t = (
        "Barisan Relawan Jokowi Presiden (Bara JP) menegaskan dukungan kepada Presiden Prabowo Subianto "
        "dan Wakil Presiden RI Gibran Rakabuming Raka untuk kembali maju pada Pemilihan Presiden 2029 mendatang."
    )
    ms = [mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto"),
          mention(t, "Wakil Presiden RI Gibran Rakabuming Raka", "IDN", "person", "Gibran Rakabuming Raka")]  # fmt: skip
    assert code(t, ms) == []


def test_the_means_after_melalui_is_not_the_target() -> None:
    t = (
        "Uni Eropa mendukung EU Desk melalui EU-Indonesia Cooperation Facility (EUICF) dan akan menempati "
        "ruangan di lingkungan kantor BKPM."
    )
    ms = [mention(t, "Uni Eropa", "EU", "organisation"), mention(t, "Indonesia", "IDN")]
    assert code(t, ms) == []
