"""The phrase a title starts: `title [(abbr)] [ke-N] [portfolio] [state|place|body [untuk state]]
[,] [ranks] [Name]`, resolved to a known person, an unknown named person, a name in apposition
or before the title, a demonstrative's person, a past holder, or the office's holder."""

from __future__ import annotations

import re
from dataclasses import replace

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
from warta.extract.actors.matcher import Hit
from warta.extract.actors.names import CAPITALISED_NEXT, NAME_TOKEN, name_after, name_before
from warta.extract.actors.offices import bare_title, home_default
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


def _resolve_title_phrase(ctx: Context, i: int, pre: Hit | None = None) -> int:
    """The phrase a title starts; `pre` is a state written before it ("Russian Foreign Minister")."""
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
        return i + 1  # "Perdana Menteri atau PM Jepang ...": the second title carries the phrase
    role = title.role or "official"
    sector = title.sector
    code = title.code
    slot = ""
    start = hits[i].start
    pre_state = entity_of(ctx, pre) if pre else None
    if pre and isinstance(pre_state, State):
        code, slot, start = pre_state.code, text[pre.start : pre.end], pre.start
    pos = hits[i].end
    j = i + 1
    paren = PAREN.match(text, pos)
    if paren:
        pos = paren.end()
        while j < len(hits) and hits[j].start < pos:  # "(PM)", "(AS)": an abbreviation, not a new title
            j += 1
    ordinal = _ORDINAL.match(text, pos)  # "Presiden ke-7 RI Joko Widodo"
    if ordinal:
        pos = ordinal.end()
    elif (
        (word_ordinal := NEXT_WORD.match(text, pos))
        and word_ordinal.group(1).lower() in m.ordinals
        and not (m.plural_re is not None and m.plural_re.match(ctx.lower, word_ordinal.start(1)))
    ):  # "Menlu kedua negara" is the two states' ministers, not the second one
        ordinal = word_ordinal  # "Presiden pertama RI Soekarno"
        pos = word_ordinal.end()
    region = _REGION_WORD.match(text, pos)
    if region and region.group(1).lower() in m.region_words and region.group(2)[:1].isupper():
        # "Bupati Kabupaten Kudus", "Wali Kota Kota Bekasi": the region, spelled out
        slot_end = region.end(2)
        direction = NEXT_WORD.match(text, slot_end)
        if direction and direction.group(1).lower() in _DIRECTIONS and direction.group(1)[:1].isupper():
            slot_end = direction.end(1)  # "Kabupaten Bandung Barat"
        slot, pos = text[region.start(1) : slot_end], slot_end
        code = code or ctx.m.home
        while j < len(hits) and hits[j].start < pos:
            j += 1
    portfolio = ""
    if role in _PORTFOLIO_ROLES:  # "Menteri Sosial", "Menko Bidang Perekonomian": not a name
        pos, portfolio = skip_portfolio(ctx, pos)
        paren = PAREN.match(text, pos) if portfolio else None
        if paren:
            pos = paren.end()
        while j < len(hits) and hits[j].start < pos:
            j += 1
    # the state, capital, place or body the office belongs to
    if (
        not slot
        and j < len(hits)
        and hits[j].start == skip_blanks(text, pos)
        and "\n" not in text[pos : hits[j].start]
    ):
        ent = entity_of(ctx, hits[j])
        if isinstance(ent, State) or (isinstance(ent, Region) and ent.code and not role.endswith("minister")):
            # a region names a local office ("Gubernur Jawa Barat"); a minister's is national ("Bima Arya")
            code, slot, pos, j = ent.code, text[hits[j].start : hits[j].end], hits[j].end, j + 1
        elif isinstance(ent, Body):
            ent, _ = body_in_context(ctx, hits[j], ent)
            body_mention, j = mention_of_body(ctx, j, ent)
            code, slot, pos = body_mention.code, body_mention.text, body_mention.end
            sector = sector or ent.sector
            if ent.kind in _LEADER_OF and role in ("head_of_state", "head_of_government", "official"):
                role, sector = _LEADER_OF[ent.kind], None  # "Presiden PKS", "pemimpin Hamas"
        if (
            slot
            and (state_after := next_state(ctx, j, pos))
            and state_after[0].code == (code or "").split(".")[0]
        ):
            pos, j = state_after[1].end, j + 1  # "Ketua MKD DPR RI": the body's own state repeated
        paren = PAREN.match(text, pos)
        if paren and slot:
            pos = paren.end()
            while j < len(hits) and hits[j].start < pos:
                j += 1
        target = TARGET_WORD.match(text, pos)
        if slot and target and target.group(1).lower() in m.targets and diplomatic(ctx, role, sector):
            # "Duta Besar Rusia untuk Indonesia": an envoy's host; "wakil presiden AS di Manila" is a place
            nxt = next_state(ctx, j, target.end())
            if nxt:
                pos, j = nxt[1].end, j + 1
    sep = SEP.match(text, pos)
    name_pos = sep.end() if sep else pos
    before_ranks = name_pos  # a KB alias may include the rank: "Ayatollah Ali Khamenei"
    if m.rank_re is not None:
        while (rk := m.rank_re.match(text, name_pos)) and "\n" not in rk.group(0):
            name_pos = skip_blanks(text, rk.end())
    unknown_body = False
    described = (
        f"title `{title.surface}`"
        + (f" `{portfolio}`" if portfolio else "")
        + (f" of `{slot}`" if slot else "")
    )
    if not slot and "\n" not in text[hits[i].end : name_pos]:
        unknown_slot = unknown_slot_after(ctx, name_pos, j, code)
        if unknown_slot is not None:
            # "Ketua Umum PSSI, Erick Thohir", "Gubernur New York, Andrew Cuomo": the body or place
            # the office belongs to, which the KB does not know, then the name
            slot, pos, name_pos, place_state = unknown_slot
            code = code or place_state
            unknown_body = place_state is None
            if place_state is None and role in ("head_of_state", "head_of_government"):
                role, sector = "official", None  # "Presiden UFW": the head of a body, not of a state
            before_ranks = name_pos
            if m.rank_re is not None:
                while (rk := m.rank_re.match(text, name_pos)) and "\n" not in rk.group(0):
                    name_pos = skip_blanks(text, rk.end())
            while j < len(hits) and hits[j].start < before_ranks:
                j += 1
            described += f" of `{slot}`"
    # a person the KB knows
    if (
        j < len(hits)
        and hits[j].start in (name_pos, before_ranks)
        and "\n" not in text[hits[i].end : hits[j].start]
    ):
        ent = entity_of(ctx, hits[j])
        if isinstance(ent, Person):
            found = person_mention(ctx, start, hits[j].end, ent, role, sector, f"{described} + known name")
            if code and found.code != code and any(sp.role == role and sp.code == code for sp in ent.roles):
                # the text says "Sekjen PBB Ban Ki-moon": it dates the spell better than the article date
                found = replace(found, code=code, reason=found.reason + f"; {code} as the title says")
            ctx.mentions.append(found)
            return j + 1
    if (
        title.needs == "state"
        and not (slot and ctx.kb.state(code or "") and any(isinstance(e, State) for e in ctx.kb.lookup(slot)))
    ) or (
        title.needs == "slot" and not slot
    ):
        return j  # "Raja Keraton", "Sultan Agung": a traditional or historical title, not a state's office
    # apposition: "Retno Marsudi, Menteri Luar Negeri Indonesia"
    prev = ctx.mentions[-1] if ctx.mentions else None
    if prev and prev.kind == "person" and re.fullmatch(r"\s*,?\s*", text[prev.end : start]):
        end = pos
        ctx.mentions.append(
            refer_back(
                prev, start, end, text, f"{described} in apposition to the name before it",
                kind="person", role=role, sector=sector or prev.sector,
            )
        )
        return j
    if (
        role.endswith("minister")
        and j < len(hits)
        and hits[j].start == name_pos
        and isinstance(entity_of(ctx, hits[j]), Region)
        and CAPITALISED_NEXT.match(text, hits[j].end)
    ):
        j += 1  # "Wakil Menteri Dalam Negeri Bima Arya": a minister's name may be a place's too
    # a name the KB does not know
    if "\n" not in text[hits[i].end : name_pos]:
        name_end, name = name_after(ctx, name_pos, j)
        rank = m.rank_re.match(text, name_end) if name and m.rank_re is not None and not slot else None
        if rank and "\n" not in rank.group(0):
            # "Kapolda Metro Jaya Irjen Asep Edi Suheri": the words before the rank were the region
            slot, pos = name, name_end
            name_pos = skip_blanks(text, rank.end())
            while (rk := m.rank_re.match(text, name_pos)) and "\n" not in rk.group(0):  # type: ignore[union-attr]
                name_pos = skip_blanks(text, rk.end())
            while j < len(hits) and hits[j].start < name_pos:
                j += 1
            described += f" of `{slot}`"
            if j < len(hits) and hits[j].start == name_pos and isinstance(entity_of(ctx, hits[j]), Person):
                known_person = entity_of(ctx, hits[j])
                assert isinstance(known_person, Person)
                ctx.mentions.append(
                    person_mention(
                        ctx, start, hits[j].end, known_person, role, sector, f"{described} + known name"
                    )
                )
                return j + 1
            name_end, name = name_after(ctx, name_pos, j)
        if (
            name
            and not slot
            and (role in _REGIONAL_ROLES or sector in ("POLICE", "MIL"))
            and (place := leading_place(ctx, name, code))
        ):
            # "Bupati Sleman Joko Tri", "Kapolres Garut": a local office's region, not a name
            slot, pos = place, name_pos + len(place)
            name_pos = skip_blanks(text, pos)
            name_end, name = name_after(ctx, name_pos, j) if place != name else (pos, "")
            code = code or ctx.m.home
            described += f" of `{slot}`"
        headline = ctx.in_title_case_line(name_pos)
        first = NAME_TOKEN.match(text, name_pos)
        candidate = name or (first.group(1) if headline and first and first.start(1) == name_pos else "")
        known = ctx.kb.entity(m.first_names.get(candidate.split()[0], "")) if candidate else None
        if (
            isinstance(known, Person)
            and (code is None or known.code == code)
            and (all(w in known.name.split() for w in candidate.split()) or headline)
            and any(role_matches(sp.role, role, ctx) or sp.role == role for sp in known.roles)
        ):
            first_end = name_pos + len(candidate.split()[0])
            ctx.mentions.append(
                person_mention(
                    ctx, start, first_end, known, role, sector, f"{described} + first name of {known.name}"
                )
            )
            while j < len(hits) and hits[j].start < first_end:
                j += 1
            return j
        if (
            name
            and role in _REGIONAL_ROLES
            and not slot
            and " " not in name
            and text[hits[i].end : name_pos].strip() == ""
        ):
            # "Bupati Buleleng": one word after a regional title is the region far more often than a name
            pos, slot = name_end, name
            name = ""
            while j < len(hits) and hits[j].start < pos:
                j += 1
        if name:
            info = ctx.kb.role_info(role)
            tokens = name.split()
            earlier = next((x for x in reversed(ctx.mentions) if x.kind == "person" and x.name
                            and all(t in x.name.split() for t in tokens)
                            and (code is None or x.code == code)), None)  # fmt: skip
            if earlier is not None:
                # "PM James Marape" after "Perdana Menteri (PM) Papua Nugini James Marape": the same person
                found = replace(
                    earlier, start=start, end=name_end, text=text[start:name_end], role=role,
                    sector=sector or earlier.sector, antecedent=(earlier.start, earlier.end),
                    reason=f"{described} + the name of the person named at {earlier.start}",
                )  # fmt: skip
            else:
                # an unknown body ("PT GMTD Tbk", "KSPSI") is no state office: no home default
                person_code = code or (m.home if home_default(ctx, role) and not unknown_body else None)
                why = f"{described} + unknown name" + (
                    "" if code else f"; home state {m.home}, domestic article" if person_code else ""
                )
                found = Mention(
                    start,
                    name_end,
                    text[start:name_end],
                    person_code,
                    "person",
                    name=name,
                    role=role,
                    sector=sector or (info.sector if info else None),
                    reason=why,
                )
            ctx.mentions.append(found)
            while j < len(hits) and hits[j].start < name_end:
                j += 1
            return j
    before = name_before(ctx, start) if slot else None
    if before:
        b_start, name = before
        info = ctx.kb.role_info(role)
        ctx.mentions.append(
            Mention(
                b_start,
                pos,
                text[b_start:pos],
                code,
                "person",
                name=name,
                role=role,
                sector=sector or (info.sector if info else None),
                reason=f"unknown name before {described}",
            )
        )
        return j
    demonstrative = NEXT_WORD.match(text, pos)
    if demonstrative and demonstrative.group(1).lower() in m.demonstratives:
        # "mantan Wali Kota Solo itu", "presiden tersebut": the person just written about
        prev = next((x for x in reversed(ctx.mentions) if x.kind == "person" and x.name
                     and (code is None or x.code == code)), None)  # fmt: skip
        if prev is not None:
            ctx.mentions.append(
                refer_back(
                    prev, start, pos, text,
                    f"{described} + `{demonstrative.group(1)}`: demonstrative, the person written about last",
                    kind="person",
                )
            )  # fmt: skip
            return j
    if ordinal:  # "Presiden pertama RI": an earlier holder counted from the first, not today's
        info = ctx.kb.role_info(role)
        ctx.mentions.append(
            Mention(start, pos, text[start:pos], code, "official", name=" ".join(text[start:pos].split()),
                    sector=sector or (info.sector if info else None),
                    reason=f"{described} + ordinal `{ordinal.group(0).strip()}`: a past holder, unnamed")
        )  # fmt: skip
        return j
    ctx.mentions.append(bare_title(ctx, start, pos, role, sector, code, described, title.office))
    return j
