"""Record types shared by every stage, defined once.

The flow is one direction only: a reader yields `Article`, cleaning makes a `Doc`,
the extract stages add `Sentence`, `Mention`, `Event` and `Quote`, and `Result`
holds everything one article produced. All records are frozen plain data so that
any engine (a loop, a process pool, Spark) can ship them between workers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One raw article as a reader found it, before any cleaning."""

    doc: str  # stable id: file stem, JSONL/CSV record id, or WARC target URI
    text: str  # raw text as scraped (readers reduce HTML to text first)
    origin: str  # where it came from, for messages and provenance: "dir/file.jsonl:12"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as the record states it, unparsed
    site_name: str | None = None  # from HTML metadata, when the reader had it
    author: str | None = None  # from HTML metadata, when the reader had it
    format: str = "txt"  # txt | html | jsonl | csv | warc | stdin


@dataclass(frozen=True, slots=True)
class ReadError:
    """A record or file a reader could not turn into an Article; the batch goes on."""

    origin: str  # file, and line or record: "data/x.jsonl:17"
    message: str  # what went wrong and what the user can do about it
    kind: str = "read"  # read | encoding | binary | empty | malformed | too_large | no_article | process


@dataclass(frozen=True, slots=True)
class Doc:
    """A cleaned article with its metadata; every later stage reads `text`."""

    doc: str
    text: str  # clean body: boilerplate out, each repeated passage once
    raw: str  # the text the reader gave, untouched
    origin: str
    content_hash: str  # sha256 of the raw text: the store's idempotence key
    url: str | None = None
    title: str | None = None
    language: str | None = None  # ISO 639-1: id, ms, en
    outlet: str | None = None
    published: str | None = None  # ISO 8601 at the precision the evidence gives: 2017-01-31, 2016-02, 2014
    published_time: str | None = None  # HH:MM when stated
    dateline: str | None = None  # "Moskow", "Jakarta"
    byline: str | None = None
    editor: str | None = None
    reporter: str | None = None
    copyright_year: int | None = None
    removed: tuple[str, ...] = ()  # boilerplate snippets cut from the text, for audit
    reasons: Mapping[str, str] = field(default_factory=dict)  # field -> why it has that value


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of Doc.text with its character offsets."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of Doc.text resolved to an actor (or a place)."""

    start: int
    end: int
    text: str
    code: str | None  # actor code: RUS, IDN.JAD, UN; None when unresolved
    kind: str  # state | person | organisation | armed_group | place | official (unnamed role holder)
    entity: str | None = None  # knowledge-base entity id
    name: str | None = None  # canonical name of the person or body ("Sergei Lavrov"), else None
    role: str | None = None  # role held on the article's date, or the described role of an unnamed official
    sector: str | None = None  # GOV, MIL, DIP, LEG, JUD, POLICE, PARTY, REBEL ...
    reason: str = ""  # why it was resolved this way
    antecedent: tuple[int, int] | None = None  # offsets of the mention a coreference points back to


@dataclass(frozen=True, slots=True)
class Event:
    """One dyadic PLOVER event (spec section 1-4), with its evidence and reasons."""

    type: str
    source: str | None
    target: str | None
    mode: str | None = None
    source_actor: str | None = None
    target_actor: str | None = None
    date: str | None = None
    location: str | None = None
    negated: bool = False
    evidence: str = ""
    start: int = 0  # offsets of the evidence sentence in Doc.text
    end: int = 0
    trigger: str = ""
    reasons: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "source": self.source,
            "target": self.target,
            "source_actor": self.source_actor,
            "target_actor": self.target_actor,
            "date": self.date,
            "location": self.location,
            "negated": self.negated,
            "evidence": self.evidence,
            "trigger": self.trigger,
            "offsets": [self.start, self.end],
            "reasons": dict(self.reasons),
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A quote with its speaker (spec section 5)."""

    text: str
    speaker: str | None
    speaker_code: str | None
    cited_source: str | None = None
    kind: str = "direct"  # direct | indirect
    speaker_role: str | None = None
    start: int = 0
    end: int = 0
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_code": self.speaker_code,
            "text": self.text,
            "cited_source": self.cited_source,
            "kind": self.kind,
            "speaker_role": self.speaker_role,
            "offsets": [self.start, self.end],
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Result:
    """Everything one article produced: the unit every engine maps to and stores."""

    doc: Doc
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    cited_sources: tuple[str, ...] = ()
    duplicate_of: str | None = None
    story: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The `warta extract` record of spec section 5."""
        d = self.doc
        return {
            "doc": d.doc,
            "language": d.language,
            "outlet": d.outlet,
            "published": d.published,
            "dateline": d.dateline,
            "title": d.title,
            "url": d.url,
            "text": d.text,
            "events": [e.to_json() for e in self.events],
            "quotes": [q.to_json() for q in self.quotes],
            "cited_sources": list(self.cited_sources),
            "duplicate_of": self.duplicate_of,
            "story": self.story,
        }
