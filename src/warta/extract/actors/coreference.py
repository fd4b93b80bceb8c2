"""Pass 2 coreference: later mentions of a person named in full (a surname or first name, the
same alias again) and pronouns or speech-verb clitics ("ia", "katanya"), each carrying the
offsets of the mention it points back to."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace

from warta.extract.actors.context import PERSONISH, Context, Coverage, refer_back
from warta.extract.actors.names import CAPITALISED_NEXT
from warta.extract.sentences import split_sentences
from warta.model import Mention

_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-Ž]\w*(?:[-'’]\w+)*")
_WORD_JOINERS = "-'’"  # with word characters, all a _CAPITALISED_WORD match holds


def _capitalised_words_at(text: str, prefixes: Iterable[str]) -> list[re.Match[str]]:
    """The matches of `_CAPITALISED_WORD.finditer(text)` that start where one of `prefixes`
    is written, in text order, without scanning every word of the text.

    A match holds only word characters and joiners, so a scan over the whole text reaches the
    run of such characters around an offset from that run's start: scanning from the run's start
    finds the same matches in it."""
    offsets: set[int] = set()
    for prefix in prefixes:
        at = text.find(prefix)
        while at >= 0:
            offsets.add(at)
            at = text.find(prefix, at + 1)
    found: list[re.Match[str]] = []
    for at in sorted(offsets):
        run = at
        while run > 0 and (text[run - 1].isalnum() or text[run - 1] == "_" or text[run - 1] in _WORD_JOINERS):
            run -= 1
        for word in _CAPITALISED_WORD.finditer(text, run):
            if word.start() >= at:
                if word.start() == at:
                    found.append(word)
                break
    return found


def add_surnames(ctx: Context) -> None:
    """Last names of persons named in full ("Sergei Lavrov" ... "Lavrov")."""
    first_by_surname: dict[str, Mention] = {}
    owners: dict[str, set[str]] = {}
    seen: set[str] = set()
    for x in ctx.mentions:
        if x.kind != "person" or not x.name or x.antecedent is not None or x.name in seen:
            continue  # a name written again adds nothing: its first mention stands for it
        seen.add(x.name)
        parts = [p.strip(".,") for p in x.name.split()]
        if len(parts) < 2:
            continue
        # the last name; in names of three words or more Indonesian news also uses the middle ones;
        # and the first name ("Retno" for Retno Marsudi), which Indonesian news often uses alone
        for part in parts:
            low = part.lower()
            if (
                len(part) >= 3
                and part[:1].isupper()
                and not part.isupper()  # "FIFA", "PSSI": a body's acronym caught in a name
                and low not in ctx.m.name_stops
                and low not in ctx.m.not_alone
            ):
                owners.setdefault(part, set()).add(x.name)
                first_by_surname.setdefault(part, x)
    for part, names in owners.items():
        token_sets = [set(n.split()) for n in names]
        if any(not (a <= b or b <= a) for a in token_sets for b in token_sets):
            del first_by_surname[part]  # two different persons of the article share it: it names neither
    latest: dict[str, Mention] = {}
    for k, x in enumerate(ctx.mentions):
        if (
            x.kind == "person"
            and x.entity
            and x.antecedent is None
            and x.entity in latest
            and x.reason.startswith("alias")
        ):
            prev = latest[x.entity]
            ctx.mentions[k] = replace(
                x, antecedent=(prev.start, prev.end), reason=f"{x.reason}; same person as at {prev.start}"
            )
        if x.kind == "person" and x.entity:
            latest[x.entity] = ctx.mentions[k]
    if not first_by_surname:
        return
    added: list[Mention] = []
    cover = Coverage(ctx.mentions)
    for hit in _capitalised_words_at(ctx.text, first_by_surname):
        token = hit.group(0)
        if token not in first_by_surname:
            if "'" not in token and "’" not in token:
                continue  # most capitalised words of an article: no need to split
            token = re.split(r"['’]", token, maxsplit=1)[0]  # "Putin's"
            if token not in first_by_surname:
                continue
        s, e = hit.start(), hit.start() + len(token)
        if cover.covers(s, e) or CAPITALISED_NEXT.match(ctx.text, e):
            continue  # "Budi" in "Budi Gunadi Sadikin" is part of another person's name
        first = first_by_surname[token]
        antecedent = max(
            (x for x in ctx.mentions if x.kind == "person" and x.name == first.name and x.end <= s),
            key=lambda x: x.start,
            default=first,
        )
        added.append(
            refer_back(
                antecedent, s, e, ctx.text, f"part of the name of {antecedent.name} named at {antecedent.start}",
                kind="person",
            )
        )
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)


_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,600}[\"”]")


_PRONOUN_REACH = 3  # sentences naming only unnamed officials a pronoun may look past for a named person


def _antecedent(
    persons: list[Mention], pos: int, starts: list[int], fronted: tuple[int, int] = (0, 0)
) -> Mention | None:
    """The person a pronoun at `pos` points to: the first named person earlier in its own sentence,
    else the first one (the subject) of the nearest sentence before that names one; an unnamed
    official only when no named person comes within a few sentences.
    `persons`: the article's persons and officials in text order, without those named inside a
    quotation (the clitic of "..., katanya" is the speaker, not a person the quote names).
    Persons starting within `fronted` (offsets) are inside a fronted prepositional phrase of the
    pronoun's own sentence ("Dalam pertemuan dengan Menlu Spanyol, ia ..."): not the subject it is."""
    candidates = [x for x in persons if x.end <= pos and not fronted[0] <= x.start < fronted[1]]
    if not candidates:
        return None
    k = bisect.bisect_right(starts, pos) - 1
    fallback: Mention | None = None
    looked = 0
    while k >= 0 and looked < _PRONOUN_REACH:
        lo = starts[k]
        hi = starts[k + 1] if k + 1 < len(starts) else pos
        in_sentence = [x for x in candidates if x.end > lo and x.start < min(hi, pos)]
        named = [x for x in in_sentence if x.name]
        if named:
            return named[0]
        if in_sentence:
            fallback = fallback or in_sentence[0]
            looked += 1
        k -= 1
    return fallback


_COMMA_BEFORE = re.compile(r",\s*$")


def _fronted_phrase(ctx: Context, pos: int, starts: list[int], fronting: frozenset[str]) -> tuple[int, int]:
    """The offsets of a fronted prepositional phrase the pronoun at `pos` follows: "Dalam pertemuan
    dengan Menteri Luar Negeri Spanyol," before "ia ..." ((0, 0): none)."""
    if not fronting:
        return (0, 0)
    lo = starts[bisect.bisect_right(starts, pos) - 1]
    head = ctx.text[lo:pos]
    first = head.split(None, 1)[0].lower() if head.strip() else ""
    if first not in fronting or not _COMMA_BEFORE.search(head):
        return (0, 0)
    return (lo, lo + head.rstrip().rfind(","))


def add_pronouns(ctx: Context) -> None:
    """ "ia", "dia", "beliau" and "katanya"-style clitics -> the person they point back to."""
    found = [
        (h.start, h.end, "pronoun")
        if h.cand.kind == "pronoun"
        else (h.end - len(h.cand.how), h.end, "clitic")
        for h in ctx.refs
    ]
    if not found:
        return
    base = sorted(ctx.mentions, key=lambda x: x.start)
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(ctx.text)]  # in order, apart
    quote_starts = [s for s, _ in quoted]

    def in_quote(at: int) -> bool:
        k = bisect.bisect_right(quote_starts, at) - 1
        return k >= 0 and at < quoted[k][1]

    persons = [x for x in base if x.kind in PERSONISH and not in_quote(x.start)]
    fronting = frozenset(ctx.m.words.get("fronting_preposition", []))
    cover = Coverage(base)
    sentences = ctx.sentences if ctx.sentences is not None else split_sentences(ctx.text, ctx.pack)
    starts = [0] + [x.start for x in sentences if x.start > 0]
    added = []
    for s, e, what in sorted(found):
        if cover.covers(s, e):
            continue
        ante = _antecedent(persons, s, starts, _fronted_phrase(ctx, s, starts, fronting))
        if ante is None:
            continue
        added.append(
            refer_back(
                ante, s, e, ctx.text,
                f"{what} `{ctx.text[s:e]}` -> the first person of the nearest sentence naming one, at {ante.start}",
            )
        )
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)
