"""Hand-built inputs for the event coder tests: mentions over real sentences, fixed dates and places."""

from __future__ import annotations

from dataclasses import dataclass

from warta.extract.events import extract_events
from warta.lang import load_pack
from warta.model import Doc, Event, Mention, Sentence


def doc_of(text: str) -> Doc:
    return Doc(doc="t", text=text, raw=text, origin="test", content_hash="0")


def sentences_of(text: str) -> list[Sentence]:
    """One sentence per line (the tests write one sentence per line)."""
    out, start = [], 0
    for i, line in enumerate(text.split("\n")):
        out.append(Sentence(i, start, start + len(line), line))
        start += len(line) + 1
    return out


def mention(
    text: str, surface: str, code: str, kind: str = "state", name: str | None = None, nth: int = 0
) -> Mention:
    """A resolved mention of the nth occurrence of `surface` in `text`."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return Mention(at, at + len(surface), surface, code, kind, name=name)


@dataclass
class FixedDates:
    lead: str | None = "2020-01-01"

    def date_for(self, sentence: Sentence, trigger_start: int) -> tuple[str | None, str]:
        return None, "no date in the sentence"

    def lead_date(self) -> tuple[str | None, str]:
        return self.lead, "fixed lead date"


class NoPlaces:
    def event_location(
        self, doc: Doc, sentence: Sentence, trigger_start: int, fallback_to_dateline: bool = False
    ) -> tuple[str | None, str]:
        return None, "no place"


def code(
    text: str, mentions: list[Mention], lead: str | None = "2020-01-01", language: str = "id"
) -> list[Event]:
    pack = load_pack(language)
    return extract_events(doc_of(text), sentences_of(text), mentions, pack, FixedDates(lead), NoPlaces())


def dyads(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the asserted events, symmetric types in sorted order."""
    out = set()
    for e in events:
        if e.negated:
            continue
        s, t = e.source, e.target
        if e.type in {"CONSULT", "AGREE", "COOPERATE"} and s and t:
            s, t = sorted((s, t))
        out.add((e.type, s, t))
    return out


def keys(events: list[Event]) -> set[tuple[str, str | None, str | None, bool]]:
    """(type, source, target, negated); symmetric types with their sides in order."""
    out = set()
    for e in events:
        source, target = e.source, e.target
        if e.type in ("CONSULT", "AGREE", "COOPERATE") and source and target and target < source:
            source, target = target, source
        out.add((e.type, source, target, e.negated))
    return out
