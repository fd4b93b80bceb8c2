"""The one pure function every engine maps: one Article in, its Result out.

No I/O, no globals, no clock: the same article and resources always give the same
result, so a plain loop, a process pool and Spark's mapPartitions all call this.
"""

from __future__ import annotations

from warta.clean import clean_article
from warta.model import Article, Result
from warta.resources import Resources


def process(article: Article, resources: Resources) -> Result:
    """Clean one article and extract what the stages know how to extract."""
    doc = clean_article(article, resources)
    return Result(doc=doc)
