"""English is data: the same coder with lang/en/triggers.tsv and event_cues.tsv."""

from __future__ import annotations

import pytest
from events_helpers import code, dyads, mention


@pytest.mark.parametrize(
    ("sentence", "actors", "expected"),
    [
        ("Russian President Vladimir Putin met with US President Donald Trump in Helsinki on Monday.",
         [("Russian President Vladimir Putin", "RUS"), ("US President Donald Trump", "USA")], ("CONSULT", "RUS", "USA")),
        ("Indonesia condemned the Israeli attack on Gaza.",
         [("Indonesia", "IDN"), ("Israeli", "ISR"), ("Gaza", "PSE")], ("ASSAULT", "ISR", "PSE")),
        ("Israel's attack on Gaza killed at least 17 people.",
         [("Israel", "ISR"), ("Gaza", "PSE")], ("ASSAULT", "ISR", "PSE")),
        ("The United States imposed sanctions on Russia over the invasion.",
         [("The United States", "USA"), ("Russia", "RUS")], ("SANCTION", "USA", "RUS")),
        ("Three suspects linked to JAD were arrested by Densus 88 in Bandar Lampung.",
         [("JAD", "IDN.JAD"), ("Densus 88", "IDN")], ("COERCE", "IDN", "IDN.JAD")),
        ("Indonesia urged Myanmar to end the violence.",
         [("Indonesia", "IDN"), ("Myanmar", "MMR")], ("REQUEST", "IDN", "MMR")),
    ],
)  # fmt: skip
def test_english_sentences(
    sentence: str, actors: list[tuple[str, str]], expected: tuple[str, str, str]
) -> None:
    ms = [mention(sentence, surface, c, "armed_group" if "." in c else "state") for surface, c in actors]
    assert expected in dyads(code(sentence, ms, language="en"))


def test_english_future_and_negation() -> None:
    t = "Putin will meet Trump in Helsinki."
    assert (
        code(t, [mention(t, "Putin", "RUS", "person"), mention(t, "Trump", "USA", "person")], language="en")
        == []
    )
    t = "Russia has not invaded Ukraine."
    events = code(t, [mention(t, "Russia", "RUS"), mention(t, "Ukraine", "UKR")], language="en")
    assert events and all(e.negated for e in events)
