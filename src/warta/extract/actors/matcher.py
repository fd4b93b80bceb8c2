"""The automaton of one language and the scan over a text.

Every KB alias, every title of `lang/<code>/titles.tsv` and the pronoun and "-nya" forms of
`actor_words.tsv` are compiled into one Aho-Corasick automaton (built once per KB and
language); `find_hits` turns a text into leftmost-longest, word-bounded, case-checked hits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from warta.extract.actors.cues import WordCues
from warta.kb import Body, KnowledgeBase, Person, State
from warta.lang import LanguagePack


@dataclass(frozen=True, slots=True)
class Candidate:
    """What a matched surface string may be: a KB entity or a title row."""

    kind: str  # entity | title
    surface: str
    case: str  # exact | acronym | upper | any
    entity: str | None = None
    how: str = ""  # alias how (name, alias, metonym, place, cldr) or "title"
    role: str | None = None
    sector: str | None = None
    code: str | None = None
    office: str | None = None  # names one office of a many-holder role (titles.tsv `office`)
    needs: str | None = None  # "state" / "slot": counts only with a state / any state or body after it
    rank: int = 0  # lower wins when one span has several candidates


class Hit(NamedTuple):
    """A match kept by `find_hits`: its offsets in the text and the candidate it is taken as
    (a named tuple: an article makes dozens, and a tuple is made fastest)."""

    start: int
    end: int
    cand: Candidate


@dataclass
class Matcher:
    """The compiled automaton and word lists of one language, built once per KB."""

    automaton: ahocorasick.Automaton
    candidates: list[list[Candidate]]  # per automaton value; empty for a key that is only a cue word
    cue_words: list[tuple[str, ...]]  # per automaton value: the word-led patterns (`cues`) its key leads
    key_sizes: list[int]  # per automaton value: its key's length without the leading blank
    surface_sizes: list[int]  # per candidates entry, the length of its first surface: where a match starts
    home: str | None
    words: dict[str, list[str]]
    rank_re: re.Pattern[str] | None
    plural_re: re.Pattern[str] | None
    locatives: frozenset[str]
    targets: frozenset[str]
    alternatives: frozenset[str]
    first_names: dict[str, str]
    portfolios: frozenset[str]
    rank_sectors: dict[str, str]
    country_before_title: bool
    not_before_rank: frozenset[str]
    formers: frozenset[str]
    demonstratives: frozenset[str]
    region_words: frozenset[str]
    speaker_re: re.Pattern[str] | None
    pronoun_words: frozenset[str]
    initials_cues: frozenset[str]
    subject_verb_re: re.Pattern[str] | None
    titled: frozenset[str]  # one-word titles, lower case: never part of a name
    rank_start_re: re.Pattern[str] | None
    plural_roles: dict[str, frozenset[str]]
    name_stops: frozenset[str]
    particles: frozenset[str]
    home_titles: tuple[Candidate, ...]  # titles that name a home-state office by themselves ("Kapolri")
    title_nouns: frozenset[str]  # "Peraturan Presiden": a word before a title making it part of another noun
    ordinals: frozenset[str]  # "Presiden pertama RI": ordinal words after a title
    genitives: frozenset[str]  # "of" in "the government of Malaysia": a body's state after it
    body_heads: frozenset[str]  # "Konfederasi", "Serikat": a title followed by these names an unknown body
    not_alone: frozenset[str]  # given names too common to stand alone for one person: "Muhammad"
    attribute_heads: frozenset[str]  # "dolar AS": a country name after these is no actor
    attribute_tails: frozenset[str]  # "US dollar": a country name before these is no actor
    # where plural_re, subject_verb_re, speaker_re and rank_start_re can start: they are tried only there
    cues: WordCues


def _case_rule(surface: str, is_title: bool) -> str:
    letters = [c for c in surface if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "exact" if len(letters) <= 3 else "acronym"
    if is_title:  # a title written with a capital counts only so: "Paus" is the Pope, "paus" a whale
        return "upper" if surface[:1].isupper() else "any"
    return "upper" if surface[:1].isupper() else "any"


def _case_ok(rule: str, written: str, surface: str) -> bool:
    if rule == "any":
        return True
    if rule == "exact":
        return written == surface
    if rule == "acronym":
        return written.isupper() or written[:1].isupper()
    # a short name written in capitals is an acronym or a numeral: "XI" in "Komisi XI" is not Xi
    return written[:1].isupper() and not (len(written) <= 3 and written.isupper())


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _actor_words(
    pack: LanguagePack,
) -> tuple[dict[str, list[str]], dict[str, str], dict[str, frozenset[str]]]:
    """`actor_words.tsv`: the words of each kind, the sector of each rank, the roles of plurals."""
    words: dict[str, list[str]] = {}
    rank_sectors: dict[str, str] = {}
    plural_roles: dict[str, frozenset[str]] = {}
    for row in pack.table("actor_words"):
        if row.get("word") and row.get("kind"):
            words.setdefault(row["kind"], []).append(row["word"].lower())
            if row.get("roles"):
                plural_roles[row["word"].lower()] = frozenset(r.strip() for r in row["roles"].split(","))
            if row["kind"] == "rank" and row.get("sector"):
                rank_sectors[row["word"].lower()] = row["sector"]
    return words, rank_sectors, plural_roles


def _add_entities(by_key: dict[str, list[Candidate]], kb: KnowledgeBase, pack: LanguagePack) -> None:
    """Every KB alias of the language: persons rank before bodies, bodies before states and places."""
    rank_of = {"name": 0, "alias": 1, "cldr": 2, "metonym": 3, "place": 4}
    for alias in kb.aliases(pack.code):
        ent = kb.entity(alias.entity)
        if ent is None or not alias.text:
            continue
        kind_rank = 0 if isinstance(ent, Person) else 10 if isinstance(ent, Body) else 20
        cand = Candidate(
            kind="entity",
            surface=alias.text,
            case=_case_rule(alias.text, False),
            entity=alias.entity,
            how=alias.how,
            rank=kind_rank + rank_of.get(alias.how, 5),
        )
        by_key.setdefault(_search_key(alias.text.lower()), []).append(cand)


def _add_references(by_key: dict[str, list[Candidate]], words: dict[str, list[str]]) -> None:
    """Pronouns and speech verbs with the clitic "-nya" ride on the same automaton; pass 2 resolves them."""
    for word in words.get("pronoun", []):
        by_key.setdefault(_search_key(word), []).append(
            Candidate("pronoun", word, "any", how="pronoun", rank=40)
        )
    for stem in words.get("clitic_verb", []):
        for clitic in words.get("clitic", []):
            form = stem + clitic
            by_key.setdefault(_search_key(form), []).append(
                Candidate("clitic", form, "any", how=clitic, rank=40)
            )


def _add_titles(by_key: dict[str, list[Candidate]], kb: KnowledgeBase, pack: LanguagePack) -> None:
    """The titles of `titles.tsv` whose role the KB knows, and their possessives ("presidennya")."""
    for row in pack.table("titles"):
        phrase = row.get("phrase", "")
        if not phrase or not kb.role_info(row.get("role", "")):
            continue
        cand = Candidate(
            kind="title",
            surface=phrase,
            case=_case_rule(phrase, True),
            how="title",
            role=row["role"],
            sector=row.get("sector") or None,
            code=row.get("code") or None,
            office=row.get("office") or None,
            needs=row.get("needs") or None,
            rank=30,
        )
        by_key.setdefault(_search_key(phrase.lower()), []).append(cand)
        # "presidennya", and the common "presidenya" where the title's final n doubles as the clitic's
        if " " not in phrase and len(phrase) > 3 and phrase.islower():
            for form in {phrase + "nya"} | ({phrase + "ya"} if phrase.endswith("n") else set()):
                possessive = Candidate(
                    kind="possessive",
                    surface=form,
                    case="any",
                    how=phrase,
                    role=row["role"],
                    sector=row.get("sector") or None,
                    rank=40,
                )
                by_key.setdefault(_search_key(form), []).append(possessive)


def build_matcher(kb: KnowledgeBase, pack: LanguagePack) -> Matcher:
    """Compile the KB aliases and the pack's titles into one automaton."""
    words, rank_sectors, plural_roles = _actor_words(pack)
    by_key: dict[str, list[Candidate]] = {}  # automaton key -> its candidates, in the order added
    _add_entities(by_key, kb, pack)
    _add_references(by_key, words)
    _add_titles(by_key, kb, pack)
    cues = WordCues(
        {
            "plural": words.get("plural_person", []) + words.get("plural_state", []),
            "subject_verb": words.get("subject_verb", []),
            "speaker": words.get("clitic_verb", []) + words.get("speaker_cue", []),
            "rank": [r.split()[0] for r in rank_sectors],
        }
    )
    led_by = {_search_key(word): names for word, names in cues.first_words.items()}
    for key in led_by:
        by_key.setdefault(key, [])  # a cue word no alias or title shares: a key of its own
    automaton = ahocorasick.Automaton()
    candidates: list[list[Candidate]] = []
    cue_words: list[tuple[str, ...]] = []
    key_sizes: list[int] = []
    for key, cands in by_key.items():
        automaton.add_word(key, len(candidates))
        candidates.append(sorted(cands, key=lambda c: c.rank))
        cue_words.append(led_by.get(key, ()))
        key_sizes.append(len(key) - 1)
    automaton.make_automaton()

    home = next((r["code"] for r in pack.table("actor_home") if r.get("code")), None)

    def compiled(pattern: str | None, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
        return re.compile(pattern, flags) if pattern else None

    ranks = words.get("rank", [])
    corps = rf"(?:\s+(?:{_alternation(words['corps'])}))*" if words.get("corps") else ""
    plural = words.get("plural_person", []) + words.get("plural_state", [])
    return Matcher(
        automaton=automaton,
        candidates=candidates,
        cue_words=cue_words,
        key_sizes=key_sizes,
        surface_sizes=[len(cands[0].surface) if cands else 0 for cands in candidates],
        home=home,
        words=words,
        # a corps written after a rank is part of it: "Kolonel Czi", "Letkol Pnb", "Kolonel Laut (P)"
        rank_re=compiled(rf"\s*(?P<rank>{_alternation(ranks)}){corps}(?=\s)" if ranks else None),
        # the patterns below scan the lower-cased text, so they need no IGNORECASE (which is slow)
        plural_re=compiled(rf"\b(?:{_alternation(plural)})\b" if plural else None, 0),
        locatives=frozenset(words.get("locative", [])),
        targets=frozenset(words.get("target", [])),
        alternatives=frozenset(words.get("alternative", [])),
        first_names=_first_names(kb),
        portfolios=frozenset(words.get("portfolio", [])),
        rank_sectors=rank_sectors,
        country_before_title="country_before_title" in words.get("setting", []),
        not_before_rank=frozenset(words.get("not_before_rank", [])),
        formers=frozenset(words.get("former", [])),
        demonstratives=frozenset(words.get("demonstrative", [])),
        region_words=frozenset(words.get("region_word", [])),
        speaker_re=compiled(
            rf"\b(?:{_alternation(words.get('clitic_verb', []) + words.get('speaker_cue', []))})\s+"
            if words.get("clitic_verb") or words.get("speaker_cue")
            else None,
            0,
        ),
        pronoun_words=frozenset(words.get("pronoun", [])),
        initials_cues=frozenset(words.get("initials_cue", [])),
        titled=frozenset(
            c.surface.lower()
            for cands in candidates
            for c in cands
            if c.kind == "title" and " " not in c.surface
        ),
        subject_verb_re=compiled(
            rf"\b(?:{_alternation(words['subject_verb'])})\b" if words.get("subject_verb") else None, 0
        ),
        rank_start_re=compiled(
            rf"\b(?:{_alternation([r.split()[0] for r in rank_sectors])})\b" if rank_sectors else None, 0
        ),
        plural_roles=plural_roles,
        name_stops=frozenset(words.get("name_stop", [])),
        particles=frozenset(words.get("name_particle", [])),
        home_titles=tuple(c for cands in candidates for c in cands if c.kind == "title" and c.code == home),
        title_nouns=frozenset(words.get("title_noun", [])),
        ordinals=frozenset(words.get("ordinal", [])),
        genitives=frozenset(words.get("genitive", [])),
        body_heads=frozenset(words.get("body_head", [])),
        not_alone=frozenset(words.get("not_alone", [])),
        attribute_heads=frozenset(words.get("attribute_head", [])),
        attribute_tails=frozenset(words.get("attribute_tail", [])),
        cues=cues,
    )


def _first_names(kb: KnowledgeBase) -> dict[str, str]:
    """First name -> person id, for first names only one KB person has ("Retno" in "Menlu Retno")."""
    owners: dict[str, set[str]] = {}
    for person in kb.persons():
        parts = person.name.split()
        if len(parts) >= 2 and len(parts[0]) >= 3 and parts[0][:1].isupper():
            owners.setdefault(parts[0], set()).add(person.id)
    return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}


def matcher_for(kb: KnowledgeBase, pack: LanguagePack) -> Matcher:
    """The matcher of `pack`'s language, built on first use and kept with the KB."""
    return kb.derived(f"actors-matcher:{pack.code}", lambda: build_matcher(kb, pack))


def lower_same_length(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_UNBLANKED = "\u3000"  # _BLANKED leaves characters from here on as they are
_BLANKED: dict[int, str] = {c: " " for c in range(ord(_UNBLANKED)) if not (chr(c).isalnum() or chr(c) == "_")}


def _search_key(lower_surface: str) -> str:
    """Automaton key: punctuation as blanks, one blank in front, so matches start only at word starts."""
    return " " + lower_surface.translate(_BLANKED)


_AGE_AFTER = re.compile(r"\s*\(\d{1,2}(?:\s*tahun)?\)")


def are_initials(text: str, lower: str, start: int, end: int, m: Matcher) -> bool:
    """Are the capitals at start..end a person's initials (after "berinisial", before an age)?"""
    if _AGE_AFTER.match(text, end):
        return True
    before = lower[max(0, start - 30) : start].replace(",", " ").split()
    return bool(before) and (before[-1] in m.initials_cues or " ".join(before[-2:]) in m.initials_cues)


def find_hits(
    text: str, m: Matcher, lower: str | None = None
) -> tuple[list[Hit], dict[str, list[int] | None]]:
    """Leftmost-longest, word-bounded, case-checked matches of aliases and titles, and from the
    same scan where the word-led patterns can start (as `m.cues.starts(lower)` gives them)."""
    lower = lower if lower is not None else lower_same_length(text)
    haystack = _search_key(lower)  # same length as text plus the leading blank
    n = len(text)
    candidates, sizes, cue_words, key_sizes = m.candidates, m.surface_sizes, m.cue_words, m.key_sizes
    # a cue word found after a blank starts a word only when every non-word character is blanked
    cues_here = lower.isascii() or max(lower, default=" ") < _UNBLANKED
    cue_starts = m.cues.no_starts()
    # (start, -end, order found, candidate): sorted, the leftmost then longest first
    found: list[tuple[int, int, int, Candidate]] = []
    for end, idx in m.automaton.iter(haystack):
        # haystack index i is text index i - 1, so the match's exclusive end in text is `end`
        if cue_words[idx] and cues_here:
            for name in cue_words[idx]:
                cue_starts[name].add(end - key_sizes[idx])
        if end < n and text[end].isalnum():
            continue
        start = end - sizes[idx]
        written = text[start:end]
        for cand in candidates[idx]:
            if cand.case == "any" or _case_ok(cand.case, written, cand.surface):
                if cand.case == "exact" and are_initials(text, lower, start, end, m):
                    break  # "tersangka berinisial AS (35)": a person's initials, not the United States
                found.append((start, -end, len(found), cand))
                break
    found.sort()
    chosen: list[Hit] = []
    last_end = -1
    for start, neg_end, _, cand in found:
        if start >= last_end:
            chosen.append(Hit(start, -neg_end, cand))
            last_end = -neg_end
    return chosen, m.cues.listed(cue_starts) if cues_here else m.cues.starts(lower)


def without_initials_and_foreign_abbreviations(
    text: str, lower: str, hits: list[Hit], m: Matcher, kb: KnowledgeBase
) -> list[Hit]:
    """The hits less short acronyms that are no KB body or state here: one the article also writes
    as a person's initials ("berinisial MA (30)" ... "MA ditangkap"), one in a slash list of other
    capitals ("SMA/SMK/MA") and one abbreviating other words before it ("Madrasah Aliyah (MA)", where
    the KB's MA abbreviates "Mahkamah Agung"; "World Trade Organization (WTO)" is the KB's WTO,
    whose Indonesian name does not spell it)."""
    short = {text[h.start : h.end] for h in hits if h.cand.case == "exact" and h.cand.kind == "entity"}
    if not short:
        return hits
    initials = short & _written_initials(text, lower, m.initials_cues)
    kept: list[Hit] = []
    for k, h in enumerate(hits):
        if h.cand.case == "exact" and h.cand.kind == "entity":
            written = text[h.start : h.end]
            prev_end = hits[k - 1].end if k else -1
            if (
                (written in initials and not _coordinated_with_a_state(text, hits, k, kb))
                or _in_slash_list(text, h.start, h.end)
                or (
                    prev_end < h.start - 2
                    and _abbreviates_words_before(text, h.start, written)
                    and _spelled_by_own_name(kb, h.cand.entity, written)
                )
            ):
                continue
        kept.append(h)
    return kept


_AGE = re.compile(r"\(\d{1,2}(?:\s*tahun)?\)")
_CAPITALS_BEFORE = re.compile(r"(?<![\w.])([A-Z]{1,4})\s*$")
_WORD_AFTER_CUE = re.compile(r",?\s+([a-z]{1,4})\b")


def _written_initials(text: str, lower: str, cues: frozenset[str]) -> set[str]:
    """Capitals the text writes as a person's initials somewhere, as `are_initials` tells them: before
    an age ("MA (30)") or after an `initials_cue` ("berinisial MA", "tersangka MA"); a few scans
    for literal strings (fast) instead of a look at every occurrence of every short acronym."""
    found: set[str] = set()
    for age in _AGE.finditer(text):
        capitals = _CAPITALS_BEFORE.search(text, max(0, age.start() - 8), age.start())
        if capitals:
            found.add(capitals.group(1))
    for cue in cues:
        at = lower.find(cue)
        while at >= 0:
            end = at + len(cue)
            if (at == 0 or not lower[at - 1].isalnum()) and (word := _WORD_AFTER_CUE.match(lower, end)):
                found.add(word.group(1).upper())
            at = lower.find(cue, end)
    return found


_SLASH_BEFORE = re.compile(r"(?<![\w/])[A-Z]{2,}\s?/\s?$")
_SLASH_AFTER = re.compile(r"\s?/\s?[A-Z]{2,}(?![\w/])")


def _in_slash_list(text: str, start: int, end: int) -> bool:
    """ "SMA/SMK/MA": capitals joined by slashes name kinds of things (schools, degrees), not actors."""
    return bool(_SLASH_BEFORE.search(text, max(0, start - 12), start) or _SLASH_AFTER.match(text, end))


_WORDS_BEFORE_PAREN = re.compile(r"((?:[A-Z][\w-]*\s+(?:[a-z]{1,3}\s+)?){1,5})\($")


def _abbreviates_words_before(text: str, start: int, acronym: str) -> bool:
    """ "Madrasah Aliyah (MA)", "Master of Arts (MA)": capitalised words whose initials spell the
    acronym, written right before it in parentheses (the KB's own name would have matched there)."""
    words = _WORDS_BEFORE_PAREN.search(text, max(0, start - 60), start)
    if words is None:
        return False
    capitals = "".join(w[0] for w in words.group(1).split() if w[:1].isupper())
    return capitals.upper().endswith(acronym.upper()) and len(capitals) >= len(acronym)


def _spelled_by_own_name(kb: KnowledgeBase, entity_id: str | None, acronym: str) -> bool:
    """Does a name of several words the KB gives the entity spell `acronym` ("Mahkamah Agung": MA)?"""
    entity = kb.entity(entity_id) if entity_id else None
    if not isinstance(entity, Body):
        return False
    for name in (entity.name, *entity.aliases):
        capitals = "".join(w[0] for w in name.split() if w[:1].isupper())
        if len(capitals) >= 2 and capitals == acronym.upper():
            return True
    return False


_COORDINATION = re.compile(r"\s*(?:,|-|dan|and|atau|or|dengan|with|serta)\s*", re.IGNORECASE)


def _coordinated_with_a_state(text: str, hits: list[Hit], k: int, kb: KnowledgeBase) -> bool:
    """Is hit `k` joined to a state name next to it ("Rusia dan AS"): a state, whatever the
    article's suspects are called?"""
    for j in (k - 1, k + 1):
        other = hits[j].cand.entity if 0 <= j < len(hits) and hits[j].cand.kind == "entity" else None
        if other is None:
            continue
        between = text[hits[j].end : hits[k].start] if j < k else text[hits[k].end : hits[j].start]
        if _COORDINATION.fullmatch(between) and isinstance(kb.entity(other), State):
            return True
    return False
