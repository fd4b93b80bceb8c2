"""The one pure function every engine maps: one Article in, its Result out.

No I/O, no globals, no clock: the same article and resources always give the same
result, so a plain loop, a process pool and Spark's mapPartitions all call this.
Each stage reads what earlier stages produced and adds its own part.

`process` is cleaning followed by extraction; the two halves are also available
alone: `clean_only` for fast bulk loading (a Result with just the `doc`), and
`extract` to add actors, quotes and events to a Doc cleaned earlier (for example
one read back from the store).
"""

from __future__ import annotations

from warta.clean import clean_article
from warta.extract.actors import recognise_actors
from warta.extract.dates import DateContext
from warta.extract.events import extract_events
from warta.extract.quotes import extract_quotes
from warta.extract.sentences import split_sentences
from warta.model import Article, Doc, Result
from warta.resources import Resources


def process(article: Article, resources: Resources, *, with_extraction: bool = True) -> Result:
    """Clean one article, then (when `with_extraction`) find its actors, quotes and events."""
    doc = clean_article(article, resources)
    return extract(doc, resources) if with_extraction else Result(doc=doc)


def clean_only(article: Article, resources: Resources) -> Result:
    """Clean one article and read its metadata; no actor, quote or event extraction."""
    return Result(doc=clean_article(article, resources))


def extract(doc: Doc, resources: Resources) -> Result:
    """Actors, quotes and events of an already cleaned article."""
    pack = resources.pack(doc.language)
    sentences = split_sentences(doc.text, pack)
    # The article's anchor date is worked out once: actors read role spells at it too.
    dates = DateContext.for_doc(doc, sentences, pack)
    reference = dates.anchor.iso() if dates.anchor is not None else None
    mentions = recognise_actors(doc, resources.kb, pack, sentences, reference=reference)
    quotes, cited = extract_quotes(doc, sentences, mentions, pack)
    events = extract_events(doc, sentences, mentions, pack, dates, resources.places(doc.language))
    return Result(
        doc=doc,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        events=tuple(events),
        quotes=tuple(quotes),
        cited_sources=tuple(cited),
    )
