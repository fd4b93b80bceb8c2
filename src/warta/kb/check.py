"""`warta kb check`: everything wrong with the data, as `file:line: what is wrong; how to fix it`.

Beyond what compiling reports (unknown roles or keys, bad dates, malformed codes),
it looks across entries: an alias naming two entities, a person holding the same
role twice at once, and two persons holding a one-holder office at the same time.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from warta.kb.base import KnowledgeBase
from warta.kb.model import Body, Person, RoleSpell, State, date_span


def _spells_overlap(a: RoleSpell, b: RoleSpell) -> int:
    """Days two spells share; the day a successor takes over is not an overlap."""
    lo_a, hi_a = date_span(a.start), date_span(a.end)
    lo_b, hi_b = date_span(b.start), date_span(b.end)
    if lo_a is None or lo_b is None:
        return 0
    start = max(lo_a[1], lo_b[1])  # latest possible start of each
    end_a = hi_a[0] if hi_a else None
    end_b = hi_b[0] if hi_b else None
    ends = [e for e in (end_a, end_b) if e is not None]
    if not ends:
        return 1
    end = min(ends)
    return max(0, (end - start).days)


def check(kb: KnowledgeBase) -> list[str]:
    """All problems of the loaded data; [] when it is clean."""
    problems = list(kb.problems)
    problems += _duplicate_aliases(kb)
    problems += _overlapping_spells(kb)
    return problems


def _duplicate_aliases(kb: KnowledgeBase) -> list[str]:
    owners: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for alias in kb.data.aliases:
        if alias.how == "cldr":
            continue
        owners[(alias.text, alias.lang)].add(alias.entity)
    out = []
    for (text, lang), ids in sorted(owners.items(), key=lambda kv: kv[0][0]):
        if len(ids) < 2:
            continue
        ents = [kb.entity(i) for i in sorted(ids)]
        if all(isinstance(e, State) for e in ents):
            continue
        if all(isinstance(e, Body) for e in ents) and len({e.code.split(".")[0] for e in ents if isinstance(e, Body)}) == len(ents):
            continue  # one name in several states ("Partai Demokrat"): recognition picks by the article's country
        where = [getattr(e, "source", "") or "CLDR" for e in ents]
        names = ", ".join(
            f"{getattr(e, 'name', None) or i} ({w})" for e, i, w in zip(ents, sorted(ids), where, strict=True)
        )
        out.append(
            f"{where[0]}: alias `{text}`{f' [{lang}]' if lang else ''} names {len(ids)} entities: {names}; "
            "keep it on one entry, or move it to `aliases_lang` of the language where it holds"
        )
    return out


def _overlapping_spells(kb: KnowledgeBase) -> list[str]:
    out = []
    holders: dict[tuple[str, str], list[tuple[RoleSpell, Person]]] = defaultdict(list)
    for person in kb.persons():
        for a, b in combinations(person.roles, 2):
            if (
                a.role == b.role
                and (a.code or person.code) == (b.code or person.code)
                and a.title == b.title
                and _spells_overlap(a, b) > 0
            ):
                out.append(
                    f"{person.source}: {person.name} holds {a.role} twice at once "
                    f"({a.start}..{a.end or 'now'} and {b.start}..{b.end or 'now'}); merge or correct the spells"
                )
        for spell in person.roles:
            holders[(spell.role, spell.code or person.code)].append((spell, person))
    for (role, code), spells in holders.items():
        info = kb.role_info(role)
        if info is None or not info.single:
            continue
        for (a, pa), (b, pb) in combinations(spells, 2):
            if a.title and b.title and a.title != b.title:
                continue  # two offices of one role (two chambers' speakers)
            if pa.id != pb.id and _spells_overlap(a, b) > 31:
                out.append(
                    f"{pb.source}: {pb.name} and {pa.name} ({pa.source}) both hold {role} of {code} "
                    f"({b.start}..{b.end or 'now'} vs {a.start}..{a.end or 'now'}); "
                    "one-holder offices cannot overlap: correct the dates or add an `end`"
                )
    return out
