"""The cleaning and metadata stage: one raw `Article` in, one clean `Doc` out.

Boilerplate goes (cues in `lang/<code>/boilerplate.tsv`), repeated passages are kept once, and
the text's own furniture (dateline, outlet marker, date lines, bylines, editor and copyright
lines) together with the record's URL and fields becomes the Doc's metadata, each field with a
short reason in `Doc.reasons`. Outlet names and domains live in `lang/<code>/outlets.tsv`.

Modules: `article` (the stage), `text` (normalisation, keys), `boilerplate` (cues), `repeats`
(repeated passages), `metadata` (datelines, date lines, bylines), `outlets` (outlet names),
`publication` (which evidence wins), `language` (lingua).
"""

from warta.clean.article import clean_article
from warta.clean.language import detect_language

__all__ = ["clean_article", "detect_language"]
