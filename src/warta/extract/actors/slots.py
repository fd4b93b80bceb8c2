"""What may stand between a title and its name: a minister's portfolio ("Energi dan Sumber Daya
Mineral"), a body or place the KB does not know ("Ketua Umum PSSI", "Gubernur New York,"), an
unknown organisation's full name, and a local office's region ("Bupati Sleman Joko Tri")."""

from __future__ import annotations

import re

from warta.extract.actors.context import Context, entity_of, skip_blanks
from warta.extract.actors.matcher import are_initials
from warta.extract.actors.names import CAPITALISED_NEXT, NAME_TOKEN, name_after
from warta.kb import Region, State

PAREN = re.compile(r"\s*\([^()\n]{1,20}\)")


SEP = re.compile(r"\s*,?\s*")


_PORTFOLIO_TOKEN = re.compile(r"\s*,?\s*([\w&]+)")


_ACRONYM_SLOT = re.compile(r"[ \t]*([A-Z][A-Z0-9]{1,7})(?![\w-])")


_BODY_REST = re.compile(r"((?:[ \t]+[A-Z][\w&.-]*){1,3})(?=[ \t]*,[ \t]*[A-Z][a-z])")


_COMMA_NAME = re.compile(r"[ \t]*,[ \t]*(?=[A-Z][a-z])")


def skip_portfolio(ctx: Context, pos: int) -> tuple[int, str]:
    """Skip a minister's portfolio words ("Sosial", "Energi dan Sumber Daya Mineral"): (end, portfolio)."""
    end = pos
    words: list[str] = []
    for tok in _PORTFOLIO_TOKEN.finditer(ctx.text, pos):
        if tok.start() != end or "\n" in tok.group(0):
            break
        word = tok.group(1)
        if word.lower() not in ctx.m.portfolios or not (word[:1].isupper() or word in ("dan", "&")):
            break
        words.append(word)
        end = tok.end()
    while words and words[-1] in ("dan", "&"):
        words.pop()
    if not words:
        return pos, ""
    stop = ctx.text.index(words[-1], pos) + len(words[-1])
    return stop, " ".join(words)


def unknown_slot_after(ctx: Context, pos: int, j: int, code: str | None) -> tuple[str, int, int, str | None] | None:
    """A body or place the KB does not know right after a title, before the name: an acronym
    ("Ketua Umum PSSI Erick Thohir", "Presiden UFW, Teresa Romero") or a place name followed by a
    comma and a name ("Gubernur New York, Andrew Cuomo"). Returns (slot, slot end, name start,
    the place's state or None)."""
    text = ctx.text
    if j < len(ctx.hits) and ctx.hits[j].start == skip_blanks(text, pos):
        return None  # a KB entity follows: the usual rules read it
    if ctx.in_title_case_line(pos):
        return None
    head = NAME_TOKEN.match(text, pos)
    if head and head.group(1)[:1].isupper() and head.group(1).lower() in ctx.m.body_heads:
        return _body_slot(ctx, pos, j)
    acronym = _ACRONYM_SLOT.match(text, pos)
    if acronym and not are_initials(text, ctx.lower, acronym.start(1), acronym.end(1), ctx.m):
        body_end = acronym.end()
        rest = _BODY_REST.match(text, body_end)  # "PT GMTD Tbk, Ali Said": the body's name runs to the comma
        if rest:
            body_end = rest.end(1)
        after = SEP.match(text, body_end)
        name_pos = after.end() if after else body_end
        if text[name_pos : name_pos + 1].isupper() and "\n" not in text[acronym.end() : name_pos]:
            return text[acronym.start(1) : body_end], body_end, name_pos, None
        return None
    end, words = name_after(ctx, pos, j)
    comma = _COMMA_NAME.match(text, end) if words else None
    if comma is None:
        return None
    from warta.extract.places import PlaceGazetteer  # loaded once per language, only when needed

    place = PlaceGazetteer.load(ctx.pack).lookup(words)
    if place is None:
        return None
    return words, end, comma.end(), place.country


def _body_slot(ctx: Context, pos: int, j: int) -> tuple[str, int, int, str | None]:
    """An organisation's name the KB does not know after a title: "Presiden Konfederasi Serikat
    Pekerja Seluruh Indonesia (KSPSI), Andi Gani": its capitalised words up to a state or place
    that ends it, its abbreviation and a comma; then the name, if one follows."""
    text, hits = ctx.text, ctx.hits
    state_ends = {h.end for h in hits[j:] if isinstance(entity_of(ctx, h), State | Region)}
    end, words = pos, list[str]()
    for tok in NAME_TOKEN.finditer(text, pos):
        word = tok.group(1)
        if tok.start() != end or "\n" in tok.group(0) or len(words) >= 8:
            break
        if not (word[:1].isupper() or word.lower() in ctx.m.particles or word.lower() == "dan"):
            break
        words.append(word)
        end = tok.end()
        if end in state_ends and CAPITALISED_NEXT.match(text, end):
            break  # "... Seluruh Indonesia Andi Gani": the state ends the body's name
    while words and words[-1][:1].islower():
        end -= len(words.pop()) + 1
    slot_end = end
    paren = PAREN.match(text, slot_end)
    if paren:
        slot_end = paren.end()
    sep = SEP.match(text, slot_end)
    return " ".join(words), slot_end, sep.end() if sep else slot_end, None


def diplomatic(ctx: Context, role: str, sector: str | None) -> bool:
    info = ctx.kb.role_info(role)
    return (sector or (info.sector if info else "")) == "DIP"


def leading_place(ctx: Context, name: str, code: str | None) -> str | None:
    """The first words of `name` (or all of it) when they are a place of the office's state (or of
    the home state in a domestic article): "Sleman" in "Sleman Joko Tri"."""
    state = code or (ctx.m.home if ctx.domestic else None)
    if state is None:
        return None
    words = name.split()
    if ctx.kb.entity(ctx.m.first_names.get(words[0], "")) is not None:
        return None  # a KB person's first name is a name
    from warta.extract.places import PlaceGazetteer  # loaded once per language, only when needed

    gazetteer = PlaceGazetteer.load(ctx.pack)
    for size in range(min(3, len(words)), 0, -1):
        place = " ".join(words[:size])
        entry = gazetteer.lookup(place)
        if entry is not None and entry.country == state and entry.kind in ("city", "region"):
            return place
    return None
