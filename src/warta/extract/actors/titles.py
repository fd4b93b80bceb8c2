"""The phrase a title starts: `title [(abbr)] [ke-N] [portfolio] [state|place|body [untuk state]]
[,] [ranks] [Name]`, resolved to a known person, an unknown named person, a name in apposition
or before the title, a demonstrative's person, a past holder, or the office's holder."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from warta.extract.actors.bodies import TARGET_WORD, body_in_context, mention_of_body, next_state
from warta.extract.actors.context import (
    NEXT_WORD,
    Context,
    entity_of,
    person_mention,
    refer_back,
    role_matches,
    skip_blanks,
)
from warta.extract.actors.matcher import Candidate, Hit
from warta.extract.actors.names import CAPITALISED_NEXT, NAME_TOKEN, name_after, name_before
from warta.extract.actors.offices import bare_title, home_default, names_written
from warta.extract.actors.slots import (
    PAREN,
    SEP,
    diplomatic,
    leading_place,
    skip_portfolio,
    unknown_slot_after,
)
from warta.kb import Body, Person, Region, State
from warta.model import Mention

_DIRECTIONS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "raya", "daya", "laut"})
_REGION_WORD = re.compile(r"\s+(\w+\.?)\s+(\w+)")
_TERM_AFTER = re.compile(r",?\s+(?:periode\s+|tahun\s+)?(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b")
_ORDINAL = re.compile(r"\s+ke-?\s?\d{1,3}(?!\w)")
_ALT_WORD = re.compile(r"\s*,?\s+(\w+)\s+")
_PORTFOLIO_ROLES = ("minister", "coordinating_minister", "deputy_minister")
_REGIONAL_ROLES = ("governor", "mayor", "regent")
_LEADER_OF = {"party": "party_leader", "mass_organisation": "party_leader", "armed_group": "group_leader"}


def resolve_title(ctx: Context, i: int, pre: Hit | None = None) -> int:
    """The phrase a title starts; "mantan Presiden AS ..." names a former holder: no current role."""
    before = ctx.lower[max(0, (pre or ctx.hits[i]).start - 16) : (pre or ctx.hits[i]).start].split()
    if before and before[-1] in ctx.m.title_nouns and pre is None:
        return i + 1  # "Peraturan Presiden", "Kantor Presiden", "calon presiden": a thing or a hopeful, not the office holder
    if not before or before[-1] not in ctx.m.formers:
        return _resolve_title_phrase(ctx, i, pre)
    count = len(ctx.mentions)
    j = _resolve_title_phrase(ctx, i, pre)
    for k in range(count, len(ctx.mentions)):
        x = ctx.mentions[k]
        if (
            x.kind == "person"
            and x.entity
            and x.reason.split(":")[-1].strip().startswith(("holder", "the last person"))
        ):
            # a bare former title is not today's holder
            x = Mention(
                x.start,
                x.end,
                x.text,
                x.code,
                "official",
                name=" ".join(x.text.split()),
                sector=x.sector,
                reason=f"`{before[-1]}` + title: a former office holder, unnamed",
            )
        ctx.mentions[k] = replace(x, role=None, reason=f"{x.reason}; `{before[-1]}`: held the role before")
    return j


@dataclass
class _Phrase:
    """What the reading of one title phrase has found so far, stage by stage."""

    i: int  # the title's hit
    title: Candidate
    role: str
    sector: str | None
    code: str | None
    start: int  # where the phrase starts: the title, or a state written before it
    pos: int  # where the reading is
    j: int  # the first hit not yet read
    slot: str = ""  # the state, place or body the office belongs to, as written
    ordinal: re.Match[str] | None = None  # "ke-7", "pertama": a past holder counted from the first
    portfolio: str = ""
    name_pos: int = 0  # where a name may start (after the slot, a comma and ranks)
    before_ranks: int = 0  # the same, before the ranks: a KB alias may include the rank
    unknown_body: bool = False  # the slot is a body the KB does not know
    described: str = ""  # the phrase for reasons: "title `presiden` of `Rusia`"


def _resolve_title_phrase(ctx: Context, i: int, pre: Hit | None = None) -> int:
    """The phrase a title starts; `pre` is a state written before it ("Russian Foreign Minister").
    Returns the index of the first hit after the phrase."""
    ph = _open_phrase(ctx, i, pre)
    if ph is None:
        return i + 1  # "Perdana Menteri atau PM Jepang ...": the second title carries the phrase
    _read_owner(ctx, ph)
    _read_to_name(ctx, ph)
    found = _known_person(ctx, ph)
    if found is not None:
        ctx.mentions.append(found)
        return ph.j + 1
    title, slot, code = ph.title, ph.slot, ph.code
    if (
        title.needs == "state"
        and not (slot and ctx.kb.state(code or "") and any(isinstance(e, State) for e in ctx.kb.lookup(slot)))
    ) or (
        title.needs == "slot" and not slot
    ):
        return ph.j  # "Raja Keraton", "Sultan Agung": a traditional or historical title, not a state's office
    found = _apposition(ctx, ph)
    if found is None:
        _skip_place_in_a_ministers_name(ctx, ph)
        if "\n" not in ctx.text[ctx.hits[i].end : ph.name_pos]:
            found = _named_after(ctx, ph)
    if found is None:
        found = _unnamed(ctx, ph)
    ctx.mentions.append(found)
    return ph.j


def _open_phrase(ctx: Context, i: int, pre: Hit | None) -> _Phrase | None:
    """The title with its abbreviation, ordinal, spelled-out region and portfolio; None when an
    alternative title follows ("Perdana Menteri atau PM ...")."""
    text, hits, m = ctx.text, ctx.hits, ctx.m
    title = hits[i].cand
    alt = _ALT_WORD.match(text, hits[i].end)
    if (
        alt
        and alt.group(1).lower() in m.alternatives
        and i + 1 < len(hits)
        and hits[i + 1].start == alt.end()
        and hits[i + 1].cand.kind == "title"
    ):
        return None
    ph = _Phrase(
        i, title, title.role or "official", title.sector, title.code, hits[i].start, hits[i].end, i + 1
    )
    pre_state = entity_of(ctx, pre) if pre else None
    if pre and isinstance(pre_state, State):
        ph.code, ph.slot, ph.start = pre_state.code, text[pre.start : pre.end], pre.start
    paren = PAREN.match(text, ph.pos)
    if paren:
        ph.pos = paren.end()
        _skip_hits_before(ctx, ph, ph.pos)  # "(PM)", "(AS)": an abbreviation, not a new title
    ordinal = _ORDINAL.match(text, ph.pos)  # "Presiden ke-7 RI Joko Widodo"
    if ordinal:
        ph.ordinal, ph.pos = ordinal, ordinal.end()
    elif (
        (word_ordinal := NEXT_WORD.match(text, ph.pos))
        and word_ordinal.group(1).lower() in m.ordinals
        and not (m.plural_re is not None and m.plural_re.match(ctx.lower, word_ordinal.start(1)))
    ):  # "Menlu kedua negara" is the two states' ministers, not the second one
        ph.ordinal, ph.pos = word_ordinal, word_ordinal.end()  # "Presiden pertama RI Soekarno"
    region = _REGION_WORD.match(text, ph.pos)
    if region and region.group(1).lower() in m.region_words and region.group(2)[:1].isupper():
        # "Bupati Kabupaten Kudus", "Wali Kota Kota Bekasi": the region, spelled out
        slot_end = region.end(2)
        direction = NEXT_WORD.match(text, slot_end)
        if direction and direction.group(1).lower() in _DIRECTIONS and direction.group(1)[:1].isupper():
            slot_end = direction.end(1)  # "Kabupaten Bandung Barat"
        ph.slot, ph.pos = text[region.start(1) : slot_end], slot_end
        ph.code = ph.code or m.home
        _skip_hits_before(ctx, ph, ph.pos)
    if ph.role in _PORTFOLIO_ROLES:  # "Menteri Sosial", "Menko Bidang Perekonomian": not a name
        ph.pos, ph.portfolio = skip_portfolio(ctx, ph.pos)
        paren = PAREN.match(text, ph.pos) if ph.portfolio else None
        if paren:
            ph.pos = paren.end()
        _skip_hits_before(ctx, ph, ph.pos)
    return ph


def _skip_hits_before(ctx: Context, ph: _Phrase, pos: int) -> None:
    while ph.j < len(ctx.hits) and ctx.hits[ph.j].start < pos:
        ph.j += 1


def _read_owner(ctx: Context, ph: _Phrase) -> None:
    """The state, capital, place or body the office belongs to, right after the title."""
    text, hits = ctx.text, ctx.hits
    j = ph.j
    if ph.slot or j >= len(hits) or hits[j].start != skip_blanks(text, ph.pos) or "\n" in text[ph.pos : hits[j].start]:
        return
    ent = entity_of(ctx, hits[j])
    if isinstance(ent, State) or (isinstance(ent, Region) and ent.code and not ph.role.endswith("minister")):
        # a region names a local office ("Gubernur Jawa Barat"); a minister's is national ("Bima Arya")
        ph.code, ph.slot, ph.pos, ph.j = ent.code, text[hits[j].start : hits[j].end], hits[j].end, j + 1
    elif isinstance(ent, Body):
        ent, _ = body_in_context(ctx, hits[j], ent)
        body_mention, ph.j = mention_of_body(ctx, j, ent)
        ph.code, ph.slot, ph.pos = body_mention.code, body_mention.text, body_mention.end
        ph.sector = ph.sector or ent.sector
        if ent.kind in _LEADER_OF and ph.role in ("head_of_state", "head_of_government", "official"):
            ph.role, ph.sector = _LEADER_OF[ent.kind], None  # "Presiden PKS", "pemimpin Hamas"
        elif _national_association(ent) and ph.role in ("head_of_state", "head_of_government"):
            ph.role, ph.sector = "official", None  # "Presiden KSPSI, Andi Gani": a union's head, no state's
    if (
        ph.slot
        and (state_after := next_state(ctx, ph.j, ph.pos))
        and state_after[0].code == (ph.code or "").split(".")[0]
    ):
        ph.pos, ph.j = state_after[1].end, ph.j + 1  # "Ketua MKD DPR RI": the body's own state repeated
    paren = PAREN.match(text, ph.pos)
    if paren and ph.slot:
        ph.pos = paren.end()
        _skip_hits_before(ctx, ph, ph.pos)
    target = TARGET_WORD.match(text, ph.pos)
    if ph.slot and target and target.group(1).lower() in ctx.m.targets and diplomatic(ctx, ph.role, ph.sector):
        # "Duta Besar Rusia untuk Indonesia": an envoy's host; "wakil presiden AS di Manila" is a place
        nxt = next_state(ctx, ph.j, target.end())
        if nxt:
            ph.pos, ph.j = nxt[1].end, ph.j + 1


def _national_association(body: Body) -> bool:
    """A union, NGO or chamber of one state ("IDN.KSPSI"): its president heads no state or government
    (an international organisation's, "Presiden Komisi Eropa", keeps the title's role)."""
    return body.kind == "organisation" and "." in body.code and body.sector != "GOV"


def _skip_ranks(ctx: Context, pos: int) -> int:
    rank_re = ctx.m.rank_re
    if rank_re is not None:
        while (rk := rank_re.match(ctx.text, pos)) and "\n" not in rk.group(0):
            pos = skip_blanks(ctx.text, rk.end())
    return pos


def _read_to_name(ctx: Context, ph: _Phrase) -> None:
    """A comma and ranks up to where a name may start; with no owner read yet, a body or place the
    KB does not know ("Ketua Umum PSSI, Erick Thohir", "Gubernur New York, Andrew Cuomo")."""
    text = ctx.text
    sep = SEP.match(text, ph.pos)
    ph.before_ranks = sep.end() if sep else ph.pos
    ph.name_pos = _skip_ranks(ctx, ph.before_ranks)
    ph.described = (
        f"title `{ph.title.surface}`"
        + (f" `{ph.portfolio}`" if ph.portfolio else "")
        + (f" of `{ph.slot}`" if ph.slot else "")
    )
    if ph.slot or "\n" in text[ctx.hits[ph.i].end : ph.name_pos]:
        return
    unknown_slot = unknown_slot_after(ctx, ph.name_pos, ph.j, ph.code)
    if unknown_slot is None:
        return
    ph.slot, ph.pos, ph.name_pos, place_state = unknown_slot
    ph.code = ph.code or place_state
    ph.unknown_body = place_state is None
    if place_state is None and ph.role in ("head_of_state", "head_of_government"):
        ph.role, ph.sector = "official", None  # "Presiden UFW": the head of a body, not of a state
    ph.before_ranks = ph.name_pos
    ph.name_pos = _skip_ranks(ctx, ph.name_pos)
    _skip_hits_before(ctx, ph, ph.before_ranks)
    ph.described += f" of `{ph.slot}`"


def _known_person(ctx: Context, ph: _Phrase) -> Mention | None:
    """The person of the phrase when the KB knows the name after the title."""
    hits, j = ctx.hits, ph.j
    if (
        j >= len(hits)
        or hits[j].start not in (ph.name_pos, ph.before_ranks)
        or "\n" in ctx.text[hits[ph.i].end : hits[j].start]
    ):
        return None
    ent = entity_of(ctx, hits[j])
    if not isinstance(ent, Person):
        return None
    found = person_mention(ctx, ph.start, hits[j].end, ent, ph.role, ph.sector, f"{ph.described} + known name")
    code = ph.code
    if code and found.code != code and any(sp.role == ph.role and sp.code == code for sp in ent.roles):
        # the text says "Sekjen PBB Ban Ki-moon": it dates the spell better than the article date
        found = replace(found, code=code, reason=found.reason + f"; {code} as the title says")
    return found


def _apposition(ctx: Context, ph: _Phrase) -> Mention | None:
    """ "Retno Marsudi, Menteri Luar Negeri Indonesia": the title of the person just named."""
    prev = ctx.mentions[-1] if ctx.mentions else None
    if not (prev and prev.kind == "person" and re.fullmatch(r"\s*,?\s*", ctx.text[prev.end : ph.start])):
        return None
    if not names_written(prev):
        return None  # "Ketua Umum Partai Perindo, Menteri Pemuda dan Olahraga, ...": a list of offices
    return refer_back(
        prev, ph.start, ph.pos, ctx.text, f"{ph.described} in apposition to the name before it",
        kind="person", role=ph.role, sector=ph.sector or prev.sector,
    )  # fmt: skip


def _skip_place_in_a_ministers_name(ctx: Context, ph: _Phrase) -> None:
    """ "Wakil Menteri Dalam Negeri Bima Arya": a minister's name may start with a place's."""
    hits = ctx.hits
    if (
        ph.role.endswith("minister")
        and ph.j < len(hits)
        and hits[ph.j].start == ph.name_pos
        and isinstance(entity_of(ctx, hits[ph.j]), Region)
        and CAPITALISED_NEXT.match(ctx.text, hits[ph.j].end)
    ):
        ph.j += 1


def _named_after(ctx: Context, ph: _Phrase) -> Mention | None:
    """The person of the phrase from a name the KB does not know after the title (or a first
    name of a KB person); None when no name follows."""
    text, hits, m = ctx.text, ctx.hits, ctx.m
    name_end, name = name_after(ctx, ph.name_pos, ph.j)
    rank = m.rank_re.match(text, name_end) if name and m.rank_re is not None and not ph.slot else None
    if rank and "\n" not in rank.group(0):
        # "Kapolda Metro Jaya Irjen Asep Edi Suheri": the words before the rank were the region
        ph.slot, ph.pos = name, name_end
        ph.name_pos = _skip_ranks(ctx, skip_blanks(text, rank.end()))
        _skip_hits_before(ctx, ph, ph.name_pos)
        ph.described += f" of `{ph.slot}`"
        if ph.j < len(hits) and hits[ph.j].start == ph.name_pos:
            known_person = entity_of(ctx, hits[ph.j])
            if isinstance(known_person, Person):
                person_end = hits[ph.j].end
                ph.j += 1
                return person_mention(
                    ctx, ph.start, person_end, known_person, ph.role, ph.sector, f"{ph.described} + known name"
                )
        name_end, name = name_after(ctx, ph.name_pos, ph.j)
    if (
        name
        and not ph.slot
        and (ph.role in _REGIONAL_ROLES or ph.sector in ("POLICE", "MIL"))
        and (place := leading_place(ctx, name, ph.code))
    ):
        # "Bupati Sleman Joko Tri", "Kapolres Garut": a local office's region, not a name
        ph.slot, ph.pos = place, ph.name_pos + len(place)
        ph.name_pos = skip_blanks(text, ph.pos)
        name_end, name = name_after(ctx, ph.name_pos, ph.j) if place != name else (ph.pos, "")
        ph.code = ph.code or m.home
        ph.described += f" of `{ph.slot}`"
    found = _first_name_of_known(ctx, ph, name)
    if found is not None:
        return found
    if (
        name
        and ph.role in _REGIONAL_ROLES
        and not ph.slot
        and " " not in name
        and text[hits[ph.i].end : ph.name_pos].strip() == ""
    ):
        # "Bupati Buleleng": one word after a regional title is the region far more often than a name
        ph.pos, ph.slot = name_end, name
        _skip_hits_before(ctx, ph, ph.pos)
        return None
    if not name:
        return None
    found = _unknown_named(ctx, ph, name, name_end)
    _skip_hits_before(ctx, ph, name_end)
    return found


def _first_name_of_known(ctx: Context, ph: _Phrase, name: str) -> Mention | None:
    """ "Menlu Retno": a first name only one KB person has, who held that role."""
    text = ctx.text
    headline = ctx.in_title_case_line(ph.name_pos)
    first = NAME_TOKEN.match(text, ph.name_pos)
    candidate = name or (first.group(1) if headline and first and first.start(1) == ph.name_pos else "")
    known = ctx.kb.entity(ctx.m.first_names.get(candidate.split()[0], "")) if candidate else None
    if not (
        isinstance(known, Person)
        and (ph.code is None or known.code == ph.code)
        and (all(w in known.name.split() for w in candidate.split()) or headline)
        and any(role_matches(sp.role, ph.role, ctx) or sp.role == ph.role for sp in known.roles)
    ):
        return None
    first_end = ph.name_pos + len(candidate.split()[0])
    found = person_mention(
        ctx, ph.start, first_end, known, ph.role, ph.sector, f"{ph.described} + first name of {known.name}"
    )
    _skip_hits_before(ctx, ph, first_end)
    return found


def _unknown_named(ctx: Context, ph: _Phrase, name: str, name_end: int) -> Mention:
    """A person the KB does not know, named after the title: the person named earlier under that
    name ("PM James Marape" after "Perdana Menteri (PM) Papua Nugini James Marape"), else a new one."""
    text, m, code, start = ctx.text, ctx.m, ph.code, ph.start
    tokens = name.split()
    earlier = next((x for x in reversed(ctx.mentions) if x.kind == "person" and x.name
                    and all(t in x.name.split() for t in tokens)
                    and (code is None or x.code == code)), None)  # fmt: skip
    if earlier is not None:
        return replace(
            earlier, start=start, end=name_end, text=text[start:name_end], role=ph.role,
            sector=ph.sector or earlier.sector, antecedent=(earlier.start, earlier.end),
            reason=f"{ph.described} + the name of the person named at {earlier.start}",
        )  # fmt: skip
    info = ctx.kb.role_info(ph.role)
    # an unknown body ("PT GMTD Tbk", "KSPSI") is no state office: no home default
    person_code = code or (m.home if home_default(ctx, ph.role) and not ph.unknown_body else None)
    why = f"{ph.described} + unknown name" + (
        "" if code else f"; home state {m.home}, domestic article" if person_code else ""
    )
    return Mention(
        start,
        name_end,
        text[start:name_end],
        person_code,
        "person",
        name=name,
        role=ph.role,
        sector=ph.sector or (info.sector if info else None),
        reason=why,
    )


def _past_term(ctx: Context, pos: int) -> bool:
    """Does a term that ended before the article's year follow the title ("Mendag 2015-2016")?"""
    term = _TERM_AFTER.match(ctx.text, pos)
    on = ctx.on if term else None
    return bool(term and on and on[:4].isdigit() and int(term.group(1)) < int(on[:4]))


def _unnamed(ctx: Context, ph: _Phrase) -> Mention:
    """A phrase with no name after the title: a name written before it, the person a
    demonstrative points to, a past holder, or the office's holder (`bare_title`)."""
    text, start, pos, code = ctx.text, ph.start, ph.pos, ph.code
    info = ctx.kb.role_info(ph.role)
    before = name_before(ctx, start) if ph.slot else None
    if before:
        b_start, name = before
        return Mention(
            b_start,
            pos,
            text[b_start:pos],
            code,
            "person",
            name=name,
            role=ph.role,
            sector=ph.sector or (info.sector if info else None),
            reason=f"unknown name before {ph.described}",
        )
    demonstrative = NEXT_WORD.match(text, pos)
    if demonstrative and demonstrative.group(1).lower() in ctx.m.demonstratives:
        # "mantan Wali Kota Solo itu", "presiden tersebut": the person just written about
        prev = next((x for x in reversed(ctx.mentions) if x.kind == "person" and x.name
                     and (code is None or x.code == code)), None)  # fmt: skip
        if prev is not None:
            return refer_back(
                prev, start, pos, text,
                f"{ph.described} + `{demonstrative.group(1)}`: demonstrative, the person written about last",
                kind="person",
            )  # fmt: skip
    if ph.ordinal or _past_term(ctx, pos):
        # "Presiden pertama RI", "Menteri Perdagangan (Mendag) 2015-2016": an earlier holder, not today's
        code = code or (ctx.m.home if home_default(ctx, ph.role) else None)
        return Mention(start, pos, text[start:pos], code, "official", name=" ".join(text[start:pos].split()),
                       sector=ph.sector or (info.sector if info else None),
                       reason=f"{ph.described} + ordinal or term: a past holder, unnamed")  # fmt: skip
    return bare_title(ctx, start, pos, ph.role, ph.sector, code, ph.described, ph.title.office, ph.portfolio)
