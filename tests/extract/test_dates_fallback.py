"""Fallback dates of events whose own sentence has none, with the real date resolver."""

from __future__ import annotations

from events_helpers import NoPlaces, doc_of, mention, sentences_of

from warta.extract.dates import DateContext
from warta.extract.events import extract_events
from warta.lang import load_pack
from warta.model import Doc, Event

ID = load_pack("id")
LEAD = "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Jakarta, Kamis (23/10/2025)."
AGREED = "Indonesia dan Malaysia sepakat memperkuat kerja sama perdagangan kedua negara."


def events_of(text: str, published: str = "2025-10-23") -> list[Event]:
    base = doc_of(text)
    doc = Doc(doc=base.doc, text=text, raw=text, origin=base.origin, content_hash=base.content_hash, published=published)
    sentences = sentences_of(text)
    mentions = [
        mention(text, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto"),
        mention(text, "Perdana Menteri Malaysia Anwar Ibrahim", "MYS", "person", "Anwar Ibrahim"),
        mention(text, "Indonesia", "IDN"),
        mention(text, "Malaysia", "MYS", nth=1),
    ]
    return extract_events(doc, sentences, mentions, ID, DateContext.for_doc(doc, sentences, ID), NoPlaces())


def agree_dates(events: list[Event]) -> set[str | None]:
    return {e.date for e in events if e.type == "AGREE"}


def test_the_next_sentence_pointing_back_to_the_act_gives_its_date() -> None:
    text = "\n".join([LEAD, AGREED, "Kesepakatan itu ditandatangani pada 21 Oktober 2025 di Istana Merdeka."])
    assert agree_dates(events_of(text)) == {"2025-10-21"}


def test_a_quoted_next_sentence_or_a_date_outside_the_nouns_clause_lends_nothing() -> None:
    quoted = '"Kesepakatan itu penting bagi kedua negara," ujar Anwar, Selasa (21/10/2025).'
    assert agree_dates(events_of("\n".join([LEAD, AGREED, quoted]))) == {"2025-10-23"}
    other_clause = "Kesepakatan itu penting, kata Anwar, Selasa (21/10/2025)."
    assert agree_dates(events_of("\n".join([LEAD, AGREED, other_clause]))) == {"2025-10-23"}
