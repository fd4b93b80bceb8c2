"""Persons named without a title: after a police or military rank ("AKBP Dwi Hartono"), after a
speech verb ("kata Nazaruddin", "menurut Imron") or as the subject before one ("Kristomei
mengatakan"); a single name there that is part of a person named in full is that person."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from warta.extract.actors.context import Context, Coverage, covered, skip_blanks
from warta.extract.actors.names import name_after, written_lower
from warta.extract.prefilter import finditer_from
from warta.kb import Person
from warta.model import Mention


def add_ranked_names(ctx: Context) -> None:
    """A police or military rank before a capitalised name is a person of that sector:
    "Kolonel Czi IGN Suriastawa", "AKBP Dwi Hartono", though no title precedes it."""
    if ctx.m.rank_start_re is None or ctx.m.rank_re is None:
        return
    added = []
    starts = ctx.cue_starts["rank"]
    cover = Coverage(ctx.mentions)
    hit_starts = [h.start for h in ctx.hits]
    for word in finditer_from(ctx.m.rank_start_re, ctx.lower, starts):
        if not ctx.text[word.start()].isupper():
            continue
        hit = ctx.m.rank_re.match(ctx.text, word.start())
        if hit is None or hit.group("rank").lower() not in ctx.m.rank_sectors:
            continue
        before = ctx.lower[max(0, word.start() - 25) : word.start()].split()
        if before and (before[-1] in ctx.m.not_before_rank or " ".join(before[-2:]) in ctx.m.not_before_rank):
            continue
        name_pos = skip_blanks(ctx.text, hit.end())
        if not ctx.text[name_pos : name_pos + 1].isupper() or cover.covers(hit.start(), hit.end()):
            continue
        while (
            rk := ctx.m.rank_re.match(ctx.text, name_pos) if ctx.m.rank_re else None
        ) and "\n" not in rk.group(0):
            name_pos = skip_blanks(ctx.text, rk.end())
        nxt = bisect.bisect_left(hit_starts, name_pos)
        end, name = name_after(ctx, name_pos, nxt, after_rank=True)
        if not name or cover.covers(hit.start(), end):
            continue
        code = ctx.m.home if ctx.domestic else None
        sector = ctx.m.rank_sectors.get(hit.group("rank").lower())
        added.append(
            Mention(
                hit.start(),
                end,
                ctx.text[hit.start() : end],
                code,
                "person",
                name=name,
                role="official",
                sector=sector,
                reason=f"rank `{hit.group(0)}` before a name"
                + (f"; home state {code}, domestic article" if code else ""),
            )
        )
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)


def _speaker(ctx: Context, pos: int, end: int, name: str, cue: str) -> Mention:
    """The person a bare name next to a speech verb is: one named in full in the article, else an
    unknown person under the fullest name the article writes (home state if domestic)."""
    tokens = name.split()
    named = [
        x for x in ctx.mentions if x.kind == "person" and x.name and all(t in x.name.split() for t in tokens)
    ]
    if named:  # "Menteri Sosial Saifullah Yusuf" ... "kata Saifullah"
        ante = min(named, key=lambda x: (x.start > pos, abs(x.start - pos)))
        why = f"name by `{cue}`: part of {ante.name}, named at {ante.start}"
        return replace(
            ante, start=pos, end=end, text=ctx.text[pos:end], antecedent=(ante.start, ante.end), reason=why
        )
    code = ctx.m.home if ctx.domestic else None
    why = f"name by the speech verb `{cue}`" + (f"; home state {code}, domestic article" if code else "")
    if len(tokens) == 1:  # "kata Hugo" after "... Andreas Hugo Pareira": the fuller name the article wrote
        fuller = _fuller_name(ctx, name)
        if fuller:
            name, why = fuller[0], why + f"; full name as written at {fuller[1]}"
    return Mention(pos, end, ctx.text[pos:end], code, "person", name=name, reason=why)


_CAPITALISED = re.compile(r"[A-Z][a-z'’-]+")


def _fuller_name(ctx: Context, name: str) -> tuple[str, int] | None:
    """The first longer name around `name` in the body ("Andreas Hugo Pareira" for "Hugo"), with its offset."""
    text, at = ctx.text, ctx.text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            left = text[max(0, at - 60) : at].split(" ")[:-1][-3:]
            right = text[end : end + 60].split(" ")[1:4]
            before = list(reversed(list(_takewhile_names(ctx, reversed(left)))))
            after = list(_takewhile_names(ctx, right))
            if (before or after) and not ctx.in_title_case_line(at):
                start = at - sum(len(w) + 1 for w in before)
                return " ".join([*before, name, *after]), start
        at = text.find(name, end)
    return None


def _takewhile_names(ctx: Context, words: Iterable[str]) -> Iterator[str]:
    for word in words:
        low = word.lower()
        if not _CAPITALISED.fullmatch(word) or low in ctx.m.name_stops or low in ctx.m.titled:
            return
        if len(word) > 2 and low not in ctx.m.particles and written_lower(ctx, word):
            return  # "Komedian Edwin Super Bejo", "Dinas PUPR ...": a noun, not a name's word
        if any(not isinstance(known, Person) for known in ctx.kb.lookup(word)):
            return  # "(Dapil) Papua Yan Mandenas": a place or body the KB knows, not a name's word
        yield word


_SUBJECT_BEFORE = re.compile(r"(?:^|[.,;:\"“”(])[ \t]*((?:[A-Z][\w'’-]*[ \t]+){1,3})$", re.MULTILINE)


def add_subjects(ctx: Context) -> None:
    """A capitalised name starting a clause before a speech verb is a person: "Kristomei
    mengatakan", "Pandra menduga"."""
    if ctx.m.subject_verb_re is None:
        return
    added: list[Mention] = []
    starts = ctx.cue_starts["subject_verb"]
    cover = Coverage(ctx.mentions)
    for hit in finditer_from(ctx.m.subject_verb_re, ctx.lower, starts):
        if ctx.in_title_case_line(hit.start()):
            continue  # a Title Case headline: capitals mark no names
        line_start = ctx.text.rfind("\n", 0, hit.start()) + 1
        found = _SUBJECT_BEFORE.search(ctx.text, max(line_start, hit.start() - 80), hit.start())
        if not found:
            continue
        words = found.group(1).split()
        start = found.start(1)
        if any(w.lower() in ctx.m.name_stops or w.lower() in ctx.m.pronoun_words for w in words):
            continue
        while (
            len(words) > 1
            and len(words[0]) > 2
            and words[0].lower() not in ctx.m.particles
            and written_lower(ctx, words[0])
        ):
            start = ctx.text.index(words[1], start + len(words[0]))  # "Sosok Eka Ardan mengatakan"
            words.pop(0)
        end = start + len(found.group(1).rstrip())
        if cover.covers(start, end) or covered(added, start, end):
            continue
        added.append(_speaker(ctx, start, end, " ".join(words), hit.group(0).strip()))
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)


def add_speakers(ctx: Context) -> None:
    """A capitalised name right after a speech verb is a person: "kata Rasio", "ujar Johanis Tanak",
    "menurut Imron". Their state is unknown, or the home state in a domestic article."""
    if ctx.m.speaker_re is None:
        return
    added = []
    hit_starts = [h.start for h in ctx.hits]
    starts = ctx.cue_starts["speaker"]
    cover = Coverage(ctx.mentions)
    for hit in finditer_from(ctx.m.speaker_re, ctx.lower, starts):
        pos = hit.end()
        while (
            ctx.m.rank_re is not None
            and (rk := ctx.m.rank_re.match(ctx.text, pos))
            and "\n" not in rk.group(0)
        ):
            pos = skip_blanks(ctx.text, rk.end())  # "menurut Kombes Yusri", "according to Mr. Peskov"
        if not ctx.text[pos : pos + 1].isupper() or cover.covers(pos, pos + 1):
            continue
        nxt = bisect.bisect_left(hit_starts, pos)
        end, name = name_after(ctx, pos, nxt)
        if not name or cover.covers(pos, end) or name.lower() in ctx.m.pronoun_words:
            continue
        added.append(_speaker(ctx, pos, end, name, hit.group(0).strip()))
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)
