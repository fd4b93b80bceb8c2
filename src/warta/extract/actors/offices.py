"""Office holders without a written name: a bare title is the person the article last named in
that role, else the KB holder on the date (undated: a holder the article names, the year it
mentions most, the latest); the home-state default; a title shared by coordinated states
("Menteri pertahanan Iran dan Rusia"); the possessive "presidennya"."""

from __future__ import annotations

import re
from dataclasses import replace

from warta.extract.actors.context import NEXT_WORD, Context, person_mention, refer_back, role_matches
from warta.extract.actors.matcher import Hit
from warta.kb import Person
from warta.model import Mention


def home_default(ctx: Context, role: str) -> bool:
    """Does a title with no country name an office of the home state? Only in a domestic article,
    and for a one-holder office only if the home state has it (no Indonesian "Perdana Menteri")."""
    if not ctx.domestic or ctx.m.home is None:
        return False
    info = ctx.kb.role_info(role)
    if info is None or not info.single:
        return True  # ministers, judges, officials: every state has them
    # a one-holder office ("Perdana Menteri") is the home state's only if the home state has it
    return bool(ctx.kb.holders(role, ctx.m.home)) or any(
        c.role == role and c.code == ctx.m.home for c in ctx.m.home_titles
    )


_BODY_LEADER_ROLES = frozenset({"party_leader", "group_leader"})


_YEAR = re.compile(r"(?<![\d/.-])(19[4-9]\d|20[0-4]\d)(?![\d/.-]\d)")


def _holder(
    ctx: Context, role: str, code: str, pos: int, office: str | None = None
) -> tuple[Person | None, str]:
    """Who held `role` in `code` for this article, and how that was decided.

    With a date: the KB holder on it. Without one the latest holder is a poor guess for an old
    article, so first a person the article names who held that office at some time (the one named
    nearest `pos`), then the holder in the year the text mentions most (ties: the later year),
    and only then the latest spell."""
    if ctx.on is not None:
        return ctx.kb.holder(role, code, ctx.on, title=office), f"on {ctx.on}"
    spells = ctx.kb.holders(role, code, office)
    named = {p.id: p for _, p in spells if p.id in ctx.named_persons}
    if named:
        nearest = min(named, key=lambda pid: min(abs(at - pos) for at in ctx.named_persons[pid]))
        return named[nearest], "(undated article: a person it names held that office)"
    if spells:
        counts: dict[str, int] = {}
        for found in _YEAR.finditer(ctx.text):
            counts[found.group(1)] = counts.get(found.group(1), 0) + 1
        for year in sorted(counts, key=lambda y: (-counts[y], -int(y))):
            person = ctx.kb.holder(role, code, year, title=office)
            if person is not None:
                return person, f"in {year} (undated article: the year its text mentions most)"
    return ctx.kb.holder(role, code, None, title=office), "on the latest date (undated article)"


def _office_titled(ctx: Context, mention: Mention, portfolio: str) -> bool:
    """Does the KB person of `mention` hold, on the date, an office whose title has `portfolio`?"""
    person = ctx.kb.entity(mention.entity) if mention.entity else None
    return isinstance(person, Person) and any(
        portfolio.lower() in (sp.title or "").lower() for sp in ctx.roles_of(person)
    )


def _portfolio_holder(
    ctx: Context, start: int, end: int, role: str, sector: str | None, code: str, described: str, portfolio: str
) -> Mention | None:
    """ "Menteri Pertanian": the KB minister of state `code` whose office's title has that portfolio."""
    if ctx.kb.state(code) is None:
        return None
    person, when = _holder(ctx, role, code, start, portfolio)
    if person is None or not any(portfolio.lower() in (sp.title or "").lower() for sp in person.roles):
        return None
    why = f"{described}: holder of the `{portfolio}` office in {code} {when}"
    return person_mention(ctx, start, end, person, role, sector, why)


def bare_title(
    ctx: Context,
    start: int,
    end: int,
    role: str,
    sector: str | None,
    code: str | None,
    described: str,
    office: str | None = None,
    portfolio: str = "",
) -> Mention:
    """A title with no name: the office holder, an earlier person in that role, or an official.
    A minister's written `portfolio` ("Menteri Kehakiman") must be the earlier person's too."""
    kb, text = ctx.kb, ctx.text
    info = kb.role_info(role)
    # the article itself names the holder best ("Presiden Iran Ebrahim Raisi" ... "Presiden Iran"),
    # then the KB holder on the article's date
    for prev in reversed(ctx.mentions):
        if (
            prev.kind == "person"
            and prev.name
            and (code is None or prev.code == code)
            and role_matches(prev.role, role, ctx)
            and (not portfolio or portfolio.lower() in prev.text.lower() or _office_titled(ctx, prev, portfolio))
        ):
            return refer_back(prev, start, end, text, f"{described}: the last person mentioned in that role")
    if code and portfolio and (found := _portfolio_holder(ctx, start, end, role, sector, code, described, portfolio)):
        return found
    # a party or an armed group has one leader at a time, though the role has many holders
    one_per_body = role in _BODY_LEADER_ROLES and code is not None and ctx.kb.state(code) is None
    if code and ((info and info.single) or office or one_per_body):
        person, when = _holder(ctx, role, code, start, office)
        if person:
            why = f"{described}: holder of {role} in {code} {when}"
            return person_mention(ctx, start, end, person, role, sector, why)
    if code is None:
        for prev in reversed(ctx.mentions):
            if (
                prev.kind == "official"
                and role_matches(prev.role, role, ctx)
                and (not portfolio or portfolio.lower() in prev.text.lower())
            ):
                return refer_back(prev, start, end, text, f"{described}: the last person mentioned in that role")
        if home_default(ctx, role) and ctx.m.home:
            code = ctx.m.home
            if portfolio and (
                found := _portfolio_holder(ctx, start, end, role, sector, code, described, portfolio)
            ):
                return found
            if info and info.single:
                person, when = _holder(ctx, role, code, start)
                if person:
                    why = f"{described}: domestic article, holder of {role} in {code} {when}"
                    return person_mention(ctx, start, end, person, role, sector, why)
    return Mention(
        start,
        end,
        text[start:end],
        code,
        "official",
        name=" ".join(text[start:end].split()),
        role=role,
        sector=sector or (info.sector if info else None),
        reason=f"{described}: unnamed office holder" + ("" if code else ", state unknown"),
    )


def add_coordinated_offices(ctx: Context) -> None:
    """"Menteri pertahanan Iran dan Rusia": a bare title shared by coordinated states names the
    holder of that office in each, so the second state becomes that office's holder too (the person
    of that role the article named before, else the KB holder on the article's date)."""
    coordinators = set(ctx.m.words.get("coordinator", []))
    if ctx.m.country_before_title or not coordinators:
        return
    ordered = sorted(ctx.mentions, key=lambda x: x.start)
    for office, nxt in zip(ordered, ordered[1:], strict=False):
        if office.kind not in ("person", "official") or not office.role or nxt.kind != "state":
            continue
        if not nxt.code or nxt.code == office.code or names_written(office):
            continue
        gap = ctx.text[office.end : nxt.start].split()
        if len(gap) != 1 or gap[0].lower() not in coordinators:
            continue
        after = NEXT_WORD.match(ctx.text, nxt.end)
        if after is not None and after.group(1)[:1].isupper():
            continue  # "Menteri Pertahanan Iran dan Rusia Sergei Shoigu": a title of the second, named
        described = f"'{office.text} {gap[0]} {nxt.text}': the office of '{office.text}' in {nxt.code}"
        before = replace(ctx, mentions=[x for x in ctx.mentions if x.end <= office.start])
        shared = bare_title(before, nxt.start, nxt.end, office.role, office.sector, nxt.code, described)
        ctx.mentions[ctx.mentions.index(nxt)] = shared


def names_written(mention: Mention) -> bool:
    """The mention writes a name ("Menteri Pertahanan Iran Hossein Dehqan", "Presiden Prabowo"), not
    a bare title."""
    if mention.kind != "person" or not mention.name:
        return False
    written = set(re.findall(r"\w+", mention.text.lower()))
    return any(part in written for part in re.findall(r"\w+", mention.name.lower()))


def resolve_possessive(ctx: Context, hit: Hit) -> None:
    """ "presidennya" / "menterinya": the office of the state (or of the person's state) named last before it."""
    owner = next(
        (
            x
            for x in reversed(ctx.mentions)
            if x.code and x.kind != "plural" and ctx.kb.state(x.code.split(".")[0])
        ),
        None,
    )
    if owner is None or owner.code is None or hit.cand.role is None:
        return
    code = owner.code.split(".")[0]
    described = f"title `{hit.cand.how}` + possessive -nya of {code} (named at {owner.start})"
    ctx.mentions.append(bare_title(ctx, hit.start, hit.end, hit.cand.role, hit.cand.sector, code, described))
