"""Text helpers shared by the cleaning modules: raw-text normalisation (line ends, odd spaces,
Markdown left by scrapers), comparison keys and a light sentence splitter.

These are mechanisms only; no language's words live here.
"""

from __future__ import annotations

import html
import re

# odd spaces (to a plain space) and invisible characters (dropped): a text is searched for each
# (a fast scan) and only those it holds are replaced, instead of a character class tried at every offset
_ODD_SPACE_CHARS = "\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\t"
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Markdown from HTML-to-text converters: **bold**, *italic*, escaped characters, headings,
# horizontal rules, fenced-div markers (":::: {#id}"), hard line-break backslashes.
_MD_BOLD = re.compile(r"\*\*+")  # not "\*{2,}": a literal "**" lets the engine skip ahead
_MD_ITALIC = re.compile(r"\*(?<![\w*]\*)(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MD_HEADING = r"[ ]{0,3}(?:[-*][ ]+)?#{1,6}[ ]+"
# a heading at the start of the text, and one after a line break (led by a literal "\n", which the
# engine finds fast, where "^" with re.M is tried at every offset)
_MD_HEADING_FIRST = re.compile(_MD_HEADING)
_MD_HEADING_LATER = re.compile("\n" + _MD_HEADING)
_MD_RULE_OR_FENCE = r"[ ]*(?:(?:[-*_=][ ]*){3,}|:{3,}.*)$"
# a rule on the first line, and one after a line break (led by a literal "\n", as the headings)
_MD_RULE_OR_FENCE_FIRST = re.compile(_MD_RULE_OR_FENCE, re.M)
_MD_RULE_OR_FENCE_LATER = re.compile("\n" + _MD_RULE_OR_FENCE, re.M)
_TRAILING_BACKSLASH = re.compile(r"\\+[ ]*$", re.M)
_MD_ATTRIBUTES = re.compile(r'\{(?:[#.][\w-]+|[\w-]+="[^"\n]*")(?:\s+(?:[#.][\w-]+|[\w-]+="[^"\n]*"))*\}')
_MD_SPAN = re.compile(r"\[([^\[\]\n]*)\]\{[^{}\n]*\}")  # pandoc span: [text]{dir="auto"}
_MD_LINK = re.compile(r"\[([^\[\]\n]+)\]\((?:[^()\s]*|\s*)\)")  # link: [text](url) or [text]( )
_MULTISPACE = re.compile(r"  +")
_GLUED_SENTENCE = re.compile(
    r"\.(?=[A-Z][a-z]{2})(?<=[a-z]{3}\.)"
)  # "ke Ukraina.Hal tersebut" lost its space
# punctuation and symbols news text uses, folded to spaces for comparison keys: a byte table for
# ASCII text (most lines; bytes.translate is a plain table lookup), a character class for the rest
_KEY_PUNCTUATION_CHARS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’„‚«»‹›–—―…•·©®°"
_KEY_PUNCTUATION = re.compile("[" + re.escape(_KEY_PUNCTUATION_CHARS) + "]")
_KEY_ASCII_TABLE = bytes(ord(" ") if chr(b) in _KEY_PUNCTUATION_CHARS else b for b in range(256))
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(]{0,2}[A-Z0-9])")


def normalise_lines(raw: str) -> list[str]:
    """The raw text as trimmed lines, with odd spaces and Markdown markup removed (empty lines kept)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and ";" in text:
        text = html.unescape(text)  # "&nbsp;", "&amp;" left by a reader that did not decode them
    if not text.isascii():
        for ch in _ODD_SPACE_CHARS:
            if ch in text:
                text = text.replace(ch, " ")
        for ch in _INVISIBLE_CHARS:
            if ch in text:
                text = text.replace(ch, "")
    elif "\t" in text:
        text = text.replace("\t", " ")
    # each rewrite runs only when its markup character occurs at all: most texts have none
    if "---" in text or "***" in text or "___" in text or "===" in text or ":::" in text:
        first = _MD_RULE_OR_FENCE_FIRST.match(text)
        if first is not None:
            text = text[first.end() :]
        text = _MD_RULE_OR_FENCE_LATER.sub("\n", text)
    if "# " in text:
        first = _MD_HEADING_FIRST.match(text)
        if first is not None:
            text = text[first.end() :]
        text = _MD_HEADING_LATER.sub("\n", text)
    if "]{" in text:
        previous = None
        while previous != text:  # spans nest: [[KOMPAS.com]{dir="auto"}]{dir="auto"}
            previous, text = text, _MD_SPAN.sub(r"\1", text)
    if "{" in text:
        text = _MD_ATTRIBUTES.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "**" in text:
        text = _MD_BOLD.sub("", text)
    if "*" in text:
        text = _MD_ITALIC.sub(r"\1", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", _TRAILING_BACKSLASH.sub("", text))
    if "  " in text:
        text = _MULTISPACE.sub(" ", text)
    text = _GLUED_SENTENCE.sub(". ", text)
    return [line.strip() for line in text.split("\n")]


def key(text: str) -> str:
    """A comparison key: lower case, punctuation and spacing folded to single spaces."""
    return " ".join(key_words(text))


def key_words(text: str) -> list[str]:
    """The words of `key(text)` (for callers that need both the key and its words)."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered.encode("ascii").translate(_KEY_ASCII_TABLE).decode("ascii").split()
    return _KEY_PUNCTUATION.sub(" ", lowered).split()


def split_sentences(paragraph: str) -> list[str]:
    """Rough sentences of a paragraph, good enough to compare passages (not for extraction)."""
    return [s for s in (p.strip() for p in _SENTENCE_END.split(paragraph)) if s]


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def title_case_place(name: str) -> str:
    """'BANDAR LAMPUNG' -> 'Bandar Lampung'; names already in mixed case stay as written."""
    name = name.strip(" ,.:;-–—")
    if name.isupper():
        # two-letter parts are abbreviations: "WASHINGTON DC" -> "Washington DC"
        return " ".join(w if len(w) <= 2 else w.capitalize() for w in name.split())
    return name
