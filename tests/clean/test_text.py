"""Raw-text normalisation: Markdown left by scrapers goes, the words stay."""

from __future__ import annotations

from warta.clean.text import normalise_lines


def test_markdown_headings_go_at_the_start_and_after_line_breaks():
    raw = "## Prabowo dan Macron Tiba di Candi Borobudur\nKOMPAS.com - Presiden tiba.\n  ### Baca juga\n#Hashtag"
    assert normalise_lines(raw) == [
        "Prabowo dan Macron Tiba di Candi Borobudur",
        "KOMPAS.com - Presiden tiba.",
        "Baca juga",
        "#Hashtag",  # no space after "#": a hashtag, not a heading
    ]


def test_bold_runs_go_and_single_stars_mark_italics():
    raw = "***Baca juga:*** **Uni Eropa** Bakal *Terus* Menghukum Rusia, skor 5 * 3"
    assert normalise_lines(raw) == ["Baca juga: Uni Eropa Bakal Terus Menghukum Rusia, skor 5 * 3"]
