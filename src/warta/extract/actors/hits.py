"""Pass 1: each automaton hit to a mention. Titles and possessives go to their phrase readers;
persons, bodies, states (with the state-before-title order of English) and places resolve
here."""

from __future__ import annotations

from warta.extract.actors.bodies import resolve_body
from warta.extract.actors.context import (
    KIND_OF_BODY,
    Context,
    entity_of,
    person_mention,
    skip_blanks,
)
from warta.extract.actors.offices import resolve_possessive
from warta.extract.actors.titles import resolve_title
from warta.kb import Body, Person, Region, State
from warta.model import Mention


def resolve_hit(ctx: Context, i: int) -> int:
    hit = ctx.hits[i]
    if hit.cand.kind == "title":
        return resolve_title(ctx, i)
    if hit.cand.kind == "possessive":
        resolve_possessive(ctx, hit)
        return i + 1
    ent = entity_of(ctx, hit)
    if isinstance(ent, Person):
        ctx.mentions.append(
            person_mention(ctx, hit.start, hit.end, ent, None, None, f"alias `{hit.cand.surface}`")
        )
        return i + 1
    if isinstance(ent, Body):
        return resolve_body(ctx, i, ent)
    if isinstance(ent, State):
        nxt = ctx.hits[i + 1] if i + 1 < len(ctx.hits) else None
        owner_end = hit.end + 2 if ctx.text[hit.end : hit.end + 2] in ("'s", "’s") else hit.end
        if (
            ctx.m.country_before_title
            and nxt is not None
            and nxt.cand.kind == "title"
            and nxt.start == skip_blanks(ctx.text, owner_end)  # "Russian Foreign Minister", "Iran's foreign minister"
            and "\n" not in ctx.text[hit.end : nxt.start]
        ):
            return resolve_title(ctx, i + 1, pre=hit)
        nxt_body = entity_of(ctx, nxt) if nxt is not None else None
        if (
            ctx.m.country_before_title
            and nxt is not None
            and isinstance(nxt_body, Body)
            and nxt_body.takes_country
            and nxt.start == skip_blanks(ctx.text, owner_end)
            and "\n" not in ctx.text[hit.end : nxt.start]
        ):
            # "the Indonesian government", "Russia's Foreign Ministry": the body of the state before it
            ctx.mentions.append(
                Mention(hit.start, nxt.end, ctx.text[hit.start : nxt.end], ent.code,
                        "state" if nxt_body.domestic_only else KIND_OF_BODY.get(nxt_body.kind, "organisation"),
                        entity=nxt_body.id, name=" ".join(ctx.text[hit.start : nxt.end].split()),
                        sector=nxt_body.sector, reason=f"`{nxt.cand.surface}` of the state before it -> {ent.code}")
            )  # fmt: skip
            return i + 2
        if hit.start in ctx.attributes:
            return i + 1  # "dolar AS", "bahasa Inggris": the country qualifies a thing, it does not act
        kind = "place" if hit.cand.how == "metonym" and _after_locative(ctx, hit.start) else "state"
        how = {
            "metonym": "capital/seat of government",
            "cldr": "CLDR country name",
            "demonym": "demonym",
        }.get(hit.cand.how, "state name")
        ctx.mentions.append(
            Mention(
                hit.start,
                hit.end,
                ctx.text[hit.start : hit.end],
                ent.code,
                kind,
                entity=ent.id,
                reason=f"{how} `{hit.cand.surface}` -> {ent.code}"
                + (" (after a locative: place)" if kind == "place" else ""),
            )
        )
        return i + 1
    if isinstance(ent, Region):
        ctx.mentions.append(
            Mention(
                hit.start,
                hit.end,
                ctx.text[hit.start : hit.end],
                ent.code,
                "place",
                entity=ent.id,
                name=ent.name,
                reason=f"place `{hit.cand.surface}`",
            )
        )
    return i + 1


def _after_locative(ctx: Context, start: int) -> bool:
    before = ctx.text[max(0, start - 20) : start].lower().split()
    if not before:
        return False
    return before[-1] in ctx.m.locatives or " ".join(before[-2:]) in ctx.m.locatives
