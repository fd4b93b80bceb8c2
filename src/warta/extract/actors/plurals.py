"""Plural phrases ("kedua pemimpin", "kedua negara") as one mention of their two members, a bare
title before a plural of states ("Menlu kedua negara"), and `plural_members` to read one back."""

from __future__ import annotations

import re
from dataclasses import replace

from warta.extract.actors.context import PERSONISH, Context, Coverage, person_mention
from warta.extract.actors.offices import bare_title, names_written
from warta.kb import Person
from warta.model import Mention


def plural_members(mention: Mention) -> list[tuple[str | None, str | None]]:
    """(code, name) of each member of a kind "plural" mention; [(code, name)] for any other."""
    if mention.kind != "plural":
        return [(mention.code, mention.name)]
    codes = (mention.code or "").split("|")
    names = (mention.name or "").split("|") if mention.name is not None else [""] * len(codes)
    return [(c or None, n or None) for c, n in zip(codes, names, strict=False)]


def add_plurals(ctx: Context) -> None:
    """ "kedua pemimpin" / "kedua negara" -> one kind "plural" mention of the last two."""
    if ctx.m.plural_re is None:
        return
    person_words = set(ctx.m.words.get("plural_person", []))
    added = []
    cover = Coverage(ctx.mentions)
    for hit in ctx.plural_hits:
        s, e = hit.start(), hit.end()
        if cover.covers(s, e):
            continue
        phrase = re.sub(r"\s+", " ", hit.group(0).lower())
        persons = phrase in person_words
        roles = ctx.m.plural_roles.get(phrase)
        before = [x for x in ctx.mentions if x.end <= s and x.kind != "plural"]
        pair = _coordinated_pair(ctx, before, s)
        names: str | None
        if pair:  # "Iran dan Rusia keduanya mendukung ...": the two just named, whoever they are
            members = pair
            codes = [x.code for x in members]
            names = "|".join(x.name or "" if x.kind in PERSONISH else "" for x in members)
        else:
            members = _last_two_persons(before, roles) if persons else _main_two_states(ctx, before)
            codes = [_person_code(ctx, x) if persons else (x.code or "").split(".")[0] for x in members]
            names = "|".join(x.name or "" for x in members) if persons else None
        if len(members) < 2:
            continue
        added.append(
            Mention(
                s,
                e,
                ctx.text[s:e],
                "|".join(c or "" for c in codes),
                "plural",
                name=names,
                reason=f"plural `{hit.group(0)}` -> "
                + " and ".join(f"{x.text!r} at {x.start}" for x in members),
                antecedent=(members[-1].start, members[-1].end),
            )
        )
    ctx.mentions.extend(added)


def add_plural_offices(ctx: Context) -> None:
    """"Menlu kedua negara": a bare title right before a plural of states is that office in each; the
    title and the plural become one plural mention of the office holders (KB holder on the date, or
    the person of that role the article named before)."""
    ordered = sorted(ctx.mentions, key=lambda x: x.start)
    for office, plural in zip(ordered, ordered[1:], strict=False):
        if plural.kind != "plural" or office.kind not in ("official", "person") or not office.role:
            continue
        if names_written(office) or ctx.text[office.end : plural.start].strip():
            continue
        codes = [c for c, _ in plural_members(plural)]
        if len(codes) < 2 or any(c is None or "." in c for c in codes):
            continue  # states only: "kedua pemimpin" names its persons already
        before = replace(ctx, mentions=[x for x in ctx.mentions if x.end <= office.start])
        described = f"'{office.text} {plural.text}': the office in each"
        holders = [
            bare_title(before, office.start, plural.end, office.role, office.sector, c, described) for c in codes
        ]
        merged = Mention(
            office.start, plural.end, ctx.text[office.start : plural.end], "|".join(str(c) for c in codes), "plural",
            name="|".join(h.name if h.kind == "person" and h.name else "" for h in holders), role=office.role,
            reason=f"{described}: " + ", ".join(f"{h.code} {h.name}" for h in holders),
            antecedent=plural.antecedent,
        )  # fmt: skip
        ctx.mentions = [x for x in ctx.mentions if x is not office and x is not plural] + [merged]


def _coordinated_pair(ctx: Context, before: list[Mention], start: int) -> list[Mention]:
    """The two actors joined by a coordinator right before `start` ("Iran dan Rusia keduanya"), else []."""
    if len(before) < 2:
        return []
    first, second = before[-2], before[-1]
    if ctx.text[second.end : start].strip() or not first.code or not second.code:
        return []
    gap = ctx.text[first.end : second.start].split()
    coordinators = set(ctx.m.words.get("coordinator", []))
    return [first, second] if len(gap) == 1 and gap[0].lower() in coordinators else []


def _person_code(ctx: Context, member: Mention) -> str | None:
    """A KB person's code as a member of a pair: the office held on the date before a party post, as
    when named without a title ("keduanya" after Macron and "Ketua Umum Partai Gerindra tersebut",
    Prabowo as president, is FRA|IDN)."""
    person = ctx.kb.entity(member.entity) if member.entity else None
    if not isinstance(person, Person):
        return member.code
    return person_mention(ctx, member.start, member.end, person, None, None, "").code


def _last_two_persons(before: list[Mention], roles: frozenset[str] | None) -> list[Mention]:
    """The two most recent distinct persons (in `roles` when given), in text order."""
    members: list[Mention] = []
    keys: list[str] = []
    for x in reversed(before):
        if x.kind not in PERSONISH or not x.code or (roles is not None and x.role not in roles):
            continue
        key = x.name or f"{x.code}:{x.role}"
        if key not in keys:
            keys.append(key)
            members.append(x)
        if len(members) == 2:
            break
    return members[::-1]


def _main_two_states(ctx: Context, before: list[Mention]) -> list[Mention]:
    """The two states the text has named most so far among those named lately, in text order.

    "kedua negara" points to the pair the article is about, which the nearest state
    mention ("... di Suriah") often is not.
    """
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    first: dict[str, int] = {}
    for x in before:
        state = (x.code or "").split(".")[0]
        if not state or not ctx.kb.state(state):
            continue
        counts[state] = counts.get(state, 0) + 1
        last[state] = x
        first.setdefault(state, x.start)
    recent: list[str] = []
    for x in reversed(before):
        state = (x.code or "").split(".")[0]
        if state in counts and state not in recent:
            recent.append(state)
        if len(recent) == 4:
            break
    paired = _paired_states(ctx, before, counts, first)
    if paired:
        return paired
    top = sorted(recent, key=lambda c: (-counts[c], recent.index(c)))[:2]
    return [last[c] for c in sorted(top, key=lambda c: first[c])]


_PAIR_JOINT = re.compile(r"\s*(?:-{1,2}|–|—|/)\s*")


def _paired_states(
    ctx: Context, before: list[Mention], counts: dict[str, int], first: dict[str, int]
) -> list[Mention]:
    """The pair of states the article names as a pair ("konflik Thailand-Kamboja", "Iran dan Israel")
    most often, when both are among the states it names most: "kedua negara" is that pair,
    not a third state that comments on it; in the order the article first names them. [] when it
    names no such pair."""
    coordinators = set(ctx.m.words.get("coordinator", []))
    ranked = sorted(counts, key=lambda c: -counts[c])
    main, leading = set(ranked[:4]), set(ranked[:3])
    pairs: dict[frozenset[str], int] = {}
    latest: dict[frozenset[str], tuple[Mention, Mention]] = {}
    for one, other in zip(before, before[1:], strict=False):
        a, b = (one.code or "").split(".")[0], (other.code or "").split(".")[0]
        if a == b or a not in main or b not in main or one.kind != "state" or other.kind != "state":
            continue
        gap = ctx.text[one.end : other.start]
        if _PAIR_JOINT.fullmatch(gap) or gap.strip().lower() in coordinators:
            key = frozenset((a, b))
            pairs[key] = pairs.get(key, 0) + 1
            latest[key] = (one, other)
    # a pair written once counts among the three states named most, one written again among four
    pairs = {k: n for k, n in pairs.items() if k <= leading or n >= 2}
    if not pairs:
        return []
    best = max(pairs, key=lambda k: (pairs[k], latest[k][1].start))
    return sorted(latest[best], key=lambda x: first[(x.code or "").split(".")[0]])
