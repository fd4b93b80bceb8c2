"""States and bodies: whether an article is domestic, how often it names each state, a body's
mention with the state or place that follows it ("Kementerian Luar Negeri Rusia", "Polda
Lampung"), and which of several bodies sharing a name the article means."""

from __future__ import annotations

import re
from dataclasses import replace

from warta.extract.actors.context import KIND_OF_BODY, Context, entity_of, skip_blanks
from warta.extract.actors.matcher import Hit, Matcher
from warta.extract.actors.names import NAME_TOKEN
from warta.kb import Body, KnowledgeBase, Region, State
from warta.model import Mention

TARGET_WORD = re.compile(r"\s+(\w+)\s+")


def is_domestic(hits: list[Hit], kb: KnowledgeBase, m: Matcher) -> bool:
    """Is the article about the home state? States, state bodies and places named, home against foreign."""
    if m.home is None:
        return False
    home = foreign = 0
    for h in hits:
        if h.cand.kind != "entity" or h.cand.entity is None:
            continue
        ent = kb.entity(h.cand.entity)
        if isinstance(ent, State | Region) or (isinstance(ent, Body) and ent.kind == "state_body"):
            if not ent.code:
                continue
            if ent.code.split(".")[0] == m.home:
                home += 1
            else:
                foreign += 1
    return home >= foreign


def next_state(ctx: Context, j: int, pos: int) -> tuple[State, Hit] | None:
    """The state (or capital) hit j when it starts right at `pos` after blanks."""
    if j >= len(ctx.hits):
        return None
    h = ctx.hits[j]
    if h.start != skip_blanks(ctx.text, pos) or "\n" in ctx.text[pos : h.start]:
        return None
    ent = entity_of(ctx, h)
    return (ent, h) if isinstance(ent, State) else None


def _place_name_end(ctx: Context, pos: int) -> int:
    """End of the capitalised place name after a prefix body ("Polda Lampung", "DPRD DKI Jakarta")."""
    end = pos
    for words, tok in enumerate(NAME_TOKEN.finditer(ctx.text, pos)):
        if tok.start() != end or words >= 4 or "\n" in ctx.text[end : tok.start(1)]:
            break
        word = tok.group(1).rstrip(".")
        if not word[:1].isupper() or word.lower() in ctx.m.name_stops:
            break
        if ctx.m.rank_re is not None and ctx.m.rank_re.match(ctx.text, end):
            break
        end = tok.start(1) + len(word)
        if tok.group(1).endswith("."):
            break
    return end


def mention_of_body(ctx: Context, i: int, body: Body) -> tuple[Mention, int]:
    """The mention of the body at hit i (with its country or place name), and the next hit index."""
    hit = ctx.hits[i]
    start, end, j = hit.start, hit.end, i + 1
    code: str | None = body.code
    name = body.name
    reason = f"organisation alias `{hit.cand.surface}` -> {body.code}"
    follow = next_state(ctx, j, end)
    genitive = TARGET_WORD.match(ctx.text, end) if follow is None and ctx.m.genitives else None
    if genitive and genitive.group(1).lower() in ctx.m.genitives:
        follow = next_state(ctx, j, genitive.end())  # "the government of Malaysia"
    if body.takes_name:
        end = _place_name_end(ctx, end)
        while j < len(ctx.hits) and ctx.hits[j].start < end:
            j += 1
        name = ctx.text[start:end]
        reason += "; named by the place that follows"
    elif follow and (follow[0].code != body.code or body.domestic_only) and (
        body.takes_country or body.code == ctx.m.home
    ):
        state, sh = follow
        code, end, j = state.code, sh.end, j + 1
        name = " ".join(ctx.text[hit.start : sh.end].split())
        reason = f"`{hit.cand.surface}` of the state that follows -> {code}"
    elif body.domestic_only and not ctx.domestic:
        code = None
        reason += "; no state follows and the article is not domestic: state unknown"
    elif body.takes_country and not ctx.domestic:
        reason += "; no state follows and the article is not domestic: code kept as the home default"
    # "pemerintah (Filipina)" is the state itself acting through its government
    kind = "state" if body.domestic_only else KIND_OF_BODY.get(body.kind, "organisation")
    return (
        Mention(
            start,
            end,
            ctx.text[start:end],
            code,
            kind,
            entity=body.id,
            name=name,
            sector=body.sector,
            reason=reason,
        ),
        j,
    )


def resolve_body(ctx: Context, i: int, body: Body) -> int:
    body, why = body_in_context(ctx, ctx.hits[i], body)
    mention, j = mention_of_body(ctx, i, body)
    if why:
        mention = replace(mention, reason=mention.reason + why)
    ctx.mentions.append(mention)
    return j


def body_in_context(ctx: Context, hit: Hit, body: Body) -> tuple[Body, str]:
    """Of the bodies a name stands for in several states ("Partai Demokrat": Indonesia's and the
    US's), the one of the state the article names most; the home one on a tie in a domestic article."""
    rivals = [e for e in ctx.kb.lookup(hit.cand.surface) if isinstance(e, Body) and e.code != body.code]
    if not rivals:
        return body, ""
    counts = _state_counts(ctx)
    options = [body, *rivals]

    def weight(b: Body) -> tuple[int, bool]:
        state = b.code.split(".")[0]
        return counts.get(state, 0), ctx.domestic and state == ctx.m.home

    best = max(options, key=weight)
    return best, f"; of {len(options)} bodies so named, the one of the state the article names most ({best.code})"


def _state_counts(ctx: Context) -> dict[str, int]:
    """How often the article names each state, by states, state bodies, places and persons."""
    if ctx.state_counts is None:
        counts: dict[str, int] = {}
        for h in ctx.hits:
            ent = entity_of(ctx, h)
            if ent is None or isinstance(ent, Body) and ent.kind != "state_body" or not ent.code:
                continue
            if isinstance(ent, State) and h.start in ctx.attributes:
                continue
            state = ent.code.split(".")[0]
            counts[state] = counts.get(state, 0) + 1
        ctx.state_counts = counts
    return ctx.state_counts
