"""Capitalised names the KB does not know: the name after a title, rank or speech verb, and a
name written right before a title."""

from __future__ import annotations

import re

from warta.extract.actors.context import Context
from warta.extract.actors.matcher import Hit
from warta.kb import Person

NAME_TOKEN = re.compile(r"\s*([^\s,;:()\[\]\"“”'‘’!?](?:[^\s,;:()\[\]\"“”!?]*[^\s,;:()\[\]\"“”'‘’!?])?)")


_MAX_NAME_WORDS = 5


CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)(,?\s+)$")


def name_before(ctx: Context, title_start: int) -> tuple[int, str] | None:
    """An unknown capitalised name written right before a title: "Dilma Rousseff Presiden Brasil"."""
    if ctx.in_title_case_line(title_start):
        return None
    line_start = ctx.text.rfind("\n", 0, title_start) + 1
    last_end = ctx.mentions[-1].end if ctx.mentions else 0
    window_start = max(line_start, last_end, title_start - 60)
    found = _NAME_BEFORE.search(ctx.text, window_start, title_start)
    if not found:
        return None
    words = found.group(1).split()
    ends = [k for k, w in enumerate(words) if w.endswith(".") and len(w) > 3]
    if ends:  # "... Riki Sihaloho. Komandan Batalyon": a sentence ended, the name starts after it
        words = words[ends[-1] + 1 :]
    while words and words[0].lower() in ctx.m.name_stops:
        words.pop(0)
    if len(words) < 2 or any(w.lower() in ctx.m.name_stops for w in words):
        return None
    start = found.start(1) + found.group(1).index(words[0])
    prev_char = ctx.text[start - 1 : start]
    if prev_char and not prev_char.isspace():
        return None
    return start, " ".join(words)


def name_after(ctx: Context, pos: int, j: int, *, after_rank: bool = False) -> tuple[int, str]:
    """A capitalised name starting at `pos` that no other match claims: (end, name) or (pos, "").
    After a rank, capitals before a name are initials ("Kolonel Czi IGN Suriastawa"), not a body."""
    text, m = ctx.text, ctx.m
    limit = ctx.hits[j].start if j < len(ctx.hits) else len(text)
    if ctx.in_title_case_line(pos):
        return (
            pos,
            "",
        )  # in a Title Case headline capitals do not mark a name ("Menlu Kanada Kunjungi Jakarta")
    max_words = _MAX_NAME_WORDS
    words: list[str] = []
    end = pos
    for tok in NAME_TOKEN.finditer(text, pos):
        if tok.start() != end or tok.start(1) >= limit or len(words) >= max_words:
            break
        if "\n" in text[end : tok.start(1)]:
            break
        raw = tok.group(1)
        word = raw.rstrip(".") if len(raw.rstrip(".")) > 1 else raw
        low = word.lower()
        if low in m.particles and words:
            nxt = NAME_TOKEN.match(text, tok.end())
            if nxt and nxt.group(1)[:1].isupper():
                words.append(word)
                end = tok.start(1) + len(word)
                continue
            break
        if not word[:1].isupper() or low in m.name_stops or not any(c.isalpha() for c in word):
            break
        if words and m.rank_re is not None and m.rank_re.match(text, tok.start()):
            break  # a rank starts a new name: what came before was a place ("Kapolda Metro Jaya Irjen ...")
        if (
            not words
            and len(word) > 1
            and word.isupper()
            and not ctx.in_upper_case_line(pos)
            and not (after_rank and CAPITALISED_NEXT.match(text, tok.end()))
        ):
            break  # "Ketua Umum PSSI": an acronym is a body, not a person's name
        words.append(word)
        end = tok.start(1) + len(word)
        if raw.endswith(".") and len(word) > 2:
            break
    while words and words[-1].lower() in m.particles:
        words.pop()
    while words and len(words[-1]) > 2 and written_lower(ctx, words[-1]):
        words.pop()  # "Komandan Tewas": a word the article writes in lower case is no name
    while words and words[-1].lower() in m.particles:
        words.pop()
    while (
        len(words) > 1
        and len(words[0]) > 2
        and words[0].lower() not in m.particles
        and written_lower(ctx, words[0])
    ):
        words.pop(0)  # "kata Ungkap Wahyu": a headline's or sentence's word before the name
    if not words:
        return pos, ""
    name = " ".join(words)
    end = text.index(words[-1], pos) + len(words[-1])
    return end, name


def written_lower(ctx: Context, word: str) -> bool:
    """Does the article write `word` in lower case as a word of its own ("Tewas" in a headline,
    "tewas" in the body)? Then the capitalised one is a headline's or sentence start's, no name."""
    known = ctx.lower_written.get(word)
    if known is None:
        known = ctx.lower_written[word] = _finds_lower(ctx.text, word)
    return known


def _finds_lower(text: str, word: str) -> bool:
    low = word.lower()
    if low == word or not low.isalpha():
        return False
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
            end == len(text) or not (text[end].isalnum() or text[end] == "-")
        ):
            return True
        at = text.find(low, end)
    return False


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w-])")


def inside_longer_name(ctx: Context, hit: Hit, person: Person) -> bool:
    """Is a one-word alias of `person` part of another person's longer name: a capitalised word
    right before or after it that is no title, rank, stop word or other match, that the article
    never writes in lower case and that is not a word of the person's own names ("Kepala desa
    Agus Pratikno", "Wiranto Sulistyo", "Brigitte Macron"; not "Presiden Prabowo", "kata Wihaji",
    "Sergey Lavrov")?"""
    surface = hit.cand.surface
    if " " in surface or surface.isupper():
        return False  # "SBY", "Pangeran MBS": initials stand alone
    text = ctx.text
    before = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if before is not None and _SENTENCE_START.search(text, max(0, before.start() - 3), before.start()):
        before = None  # '"Apa kerja orangtua?" Tanya Wihaji': a sentence's first word is capitalised anyway
    after = _WORD_AFTER.match(text, hit.end)
    if (
        (before is None and after is None)
        or ctx.in_title_case_line(hit.start)
        or _in_headline(ctx, hit.start)
    ):
        return False  # a headline capitalises its verbs
    return any(found is not None and _name_word(ctx, found.group(1), person) for found in (before, after))


_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”:]\s*|\n\s*)$")
_SENTENCE_END = re.compile(r"[.!?\"”:]\s*$")
_HEADLINE_WORDS = 15


def _in_headline(ctx: Context, pos: int) -> bool:
    """Is `pos` in a short line that does not end a sentence (a headline or subheading)?"""
    start = ctx.text.rfind("\n", 0, pos) + 1
    end = ctx.text.find("\n", pos)
    line = ctx.text[start : end if end >= 0 else len(ctx.text)]
    return len(line.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(line)


def inside_longer_proper_name(ctx: Context, hit: Hit) -> bool:
    """Is a state's name (or capital's) inside a longer proper name, between capitalised name words
    ("Kabinet Indonesia Maju", "Kartu Indonesia Sehat", "Yamaha Indonesia Motor", "Hotman Paris
    Hutapea"), where it names no actor? Not in headlines; the words are tested as `_name_word`."""
    text = ctx.text
    before = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    after = _WORD_AFTER.match(text, hit.end) if before is not None else None
    if before is None or after is None:
        return False
    if ctx.in_title_case_line(hit.start) or _in_headline(ctx, hit.start):
        return False
    if _SENTENCE_START.search(text, max(0, before.start() - 3), before.start()):
        return False
    if before.group(1).lower() in ctx.m.portfolios:
        return False  # "Menteri Negara Senior Urusan Dalam Negeri Singapura Sim Ann": a minister's state
    # a stop word for persons may name a body: "Kabinet Indonesia Maju"
    return _name_word(ctx, before.group(1), None, stops=False) and _name_word(
        ctx, after.group(1), None, stops=False
    )


def _name_word(ctx: Context, word: str, person: Person | None, *, stops: bool = True) -> bool:
    low = word.lower()
    m = ctx.m
    if (
        low in m.titled
        or (stops and low in m.name_stops)
        or low in m.particles
        or low in m.pronoun_words
        or low in m.title_nouns
    ):
        return False
    if m.rank_re is not None and m.rank_re.match(f" {word} "):
        return False  # "Pak Prabowo", "Jenderal Sigit"
    if ctx.kb.lookup(word) or written_lower(ctx, word):
        return False  # "Rusia", "Tanya", "Respons": a place or body, or a common word capitalised
    if person is None:
        return True
    own = {w[:3].lower() for name in (person.name, *person.aliases) for w in name.split()}
    return low[:3] not in own
