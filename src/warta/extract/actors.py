"""Actor recognition: find states, bodies, armed groups and persons in a cleaned
article and resolve them to actor codes, with light coreference inside the article.

`recognise_actors(doc, kb, pack, sentences=None) -> list[Mention]` returns mentions
sorted by start and never overlapping. How it works:

1. One Aho-Corasick automaton per language holds every KB alias, every title of
   `lang/<code>/titles.tsv` and the pronouns and "-nya" verbs of `actor_words.tsv`;
   matches start at word starts and end at word ends, the longest wins, and acronyms
   written in capitals ("AS", "IS", "MA") only count in capitals.
2. A title starts a phrase: `title [(abbr)] [ke-N] [portfolio] [state|capital|place|body
   [untuk/di state]] [,] [ranks] [Name]`, as in "Perdana Menteri (PM) Inggris David
   Cameron", "Menteri Pertahanan Iran Brigadir Jenderal Hossein Dehqan", "Duta Besar Rusia
   untuk Indonesia, Mikhail Galuzin", "Kabid Humas Polda Lampung Kombes Zahwani Pandra
   Arsyad", "Menteri Sosial Saifullah Yusuf", "Gubernur Jawa Barat Dedi Mulyadi"; English
   puts the state first ("Russian Foreign Minister"). A name the KB knows resolves to that
   person; an unknown name gets the phrase's code, role and sector (kind "person", name as
   written). A bare title is the person the article last named in that role, else the KB
   holder of that office on the article's date, else kind "official" (name = the phrase).
   "Retno Marsudi, Menteri Luar Negeri" and "Dilma Rousseff Presiden Brasil" are
   appositions; "mantan Presiden AS ..." carries no current role; "presidennya" is the
   office of the state named last; "... Wali Kota Solo itu" is the person just named.
   Between a title and a name may stand a body or place the KB does not know: an acronym
   ("Sekjen PSSI, Yunus Nusi"), an organisation opened by a `body_head` word ("Presiden
   Konfederasi Serikat Pekerja ... (KSPSI), Andi Gani") or a gazetteer place and a comma
   ("Gubernur New York, Andrew Cuomo": USA); a local office's first words that are a place of
   its state are its region ("Bupati Sleman Joko Tri"). An unknown body's head takes no state
   code and is no head of state. A title after a `title_noun` ("Peraturan Presiden", "calon
   presiden") is no office holder; an ordinal ("Presiden pertama RI", "ke-7") is a past holder.
   A later "PM James Marape" takes the code of the person named earlier; a title without a
   country takes the home state only in a domestic article and, for a one-holder office, only
   if the home state has it (no Indonesian "Perdana Menteri"). A person named without a title
   is coded by the state or organisation office held on the date before a party post.
   "pemerintah" (a `domestic_only` body) is a state mention: the state after it, the home
   state in a domestic article, else unknown. A name several bodies share ("Partai Demokrat")
   goes to the one of the state the article names most. A country name after an
   `attribute_head` ("dolar AS", "bahasa Inggris") is no actor.
3. Outside titles: a police or military rank before a name ("AKBP Dwi Hartono") and a
   name after a speech verb ("kata Nazaruddin", "menurut Imron") are persons; a single
   name there that is part of a person named in full is that person.
4. Coreference: surnames and first names of persons named in full earlier ("Lavrov",
   "Retno"; not a `not_alone` name, an acronym, a token two persons share, or a word starting
   a longer capitalised name), pronouns ("ia", "dia", "beliau") and the clitic of speech verbs ("katanya": the span is "nya") point to
   the first named person of their sentence or of the nearest sentence before naming one
   (persons inside quotation marks do not count). These carry `antecedent` = offsets of
   the mention they point to.
5. Plural phrases ("kedua pemimpin", "kedua negara") become ONE mention of
   kind "plural": `code` joins the members' codes with "|" in order of first mention
   ("IRN|RUS"), `name` joins their names with "|" (empty part when a member has no
   name), `antecedent` points at the latest member's mention; use `plural_members()`.
   Leaders are the last two persons in leader roles; states are the two the article has
   named most among those named lately; right after two coordinated actors ("Iran dan Rusia
   keduanya") the plural is those two. A bare title shared by coordinated states ("Menteri
   pertahanan Iran dan Rusia") or before a plural of states ("Menlu kedua negara") is that
   office's holder in each.

The date for role spells is `doc.published`, else a date in the URL, else
`doc.copyright_year`, else the latest absolute date near the top of the text, else the
latest spell; with no date at all, a bare office is the holder the article names, else the
holder in the year the text mentions most, else the latest (the reason says which). Titles
and bodies without a country take the language's home state (`lang/<code>/actor_home.tsv`) when the article is domestic (no foreign state, body or
place named more often than home ones).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import ahocorasick

from warta.extract.calendar import date_from_url, find_absolute_dates
from warta.extract.prefilter import WordStarts, finditer_from, fold
from warta.extract.sentences import split_sentences
from warta.kb import Body, KnowledgeBase, Person, Region, RoleSpell, State
from warta.lang import LanguagePack
from warta.model import Doc, Mention, Sentence

_NAME_TOKEN = re.compile(r"\s*([^\s,;:()\[\]\"“”'‘’!?](?:[^\s,;:()\[\]\"“”!?]*[^\s,;:()\[\]\"“”'‘’!?])?)")
_PAREN = re.compile(r"\s*\([^()\n]{1,20}\)")
_SEP = re.compile(r"\s*,?\s*")
_TARGET_WORD = re.compile(r"\s+(\w+)\s+")
_PORTFOLIO_TOKEN = re.compile(r"\s*,?\s*([\w&]+)")
_DATE_SCAN_CHARS = 3000  # an undated article's own date, when written, is near its top
_DIRECTIONS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "raya", "daya", "laut"})
_REGION_WORD = re.compile(r"\s+(\w+\.?)\s+(\w+)")
_ORDINAL = re.compile(r"\s+ke-?\s?\d{1,3}(?!\w)")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_ALT_WORD = re.compile(r"\s*,?\s+(\w+)\s+")
_MAX_NAME_WORDS = 5
_KIND_OF_BODY = {"armed_group": "armed_group"}  # every other body kind is an "organisation" mention
_PERSONISH = ("person", "official")
_PORTFOLIO_ROLES = ("minister", "coordinating_minister", "deputy_minister")
_REGIONAL_ROLES = ("governor", "mayor", "regent")
_PRONOUN_REACH = 3  # sentences naming only unnamed officials a pronoun may look past for a named person
_LEADER_OF = {"party": "party_leader", "mass_organisation": "party_leader", "armed_group": "group_leader"}


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


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    cand: Candidate


@dataclass
class Matcher:
    """The compiled automaton and word lists of one language, built once per KB."""

    automaton: ahocorasick.Automaton
    candidates: list[list[Candidate]]
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
    # where plural_re and subject_verb_re can start: they are tried only there (see prefilter.WordStarts)
    plural_starts: WordStarts
    subject_verb_starts: WordStarts


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
    return written[:1].isupper()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def build_matcher(kb: KnowledgeBase, pack: LanguagePack) -> Matcher:
    """Compile the KB aliases and the pack's titles into one automaton."""
    rank_of = {"name": 0, "alias": 1, "cldr": 2, "metonym": 3, "place": 4}
    by_key: dict[str, list[Candidate]] = {}
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
    # pronouns and speech verbs with the clitic "-nya" ride on the same automaton; pass 2 resolves them
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
    automaton = ahocorasick.Automaton()
    candidates: list[list[Candidate]] = []
    for key, cands in by_key.items():
        automaton.add_word(key, len(candidates))
        candidates.append(sorted(cands, key=lambda c: c.rank))
    automaton.make_automaton()

    home = next((r["code"] for r in pack.table("actor_home") if r.get("code")), None)

    def compiled(pattern: str | None, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
        return re.compile(pattern, flags) if pattern else None

    ranks = words.get("rank", [])
    plural = words.get("plural_person", []) + words.get("plural_state", [])
    return Matcher(
        automaton=automaton,
        candidates=candidates,
        home=home,
        words=words,
        rank_re=compiled(rf"\s*(?:{_alternation(ranks)})(?=\s)" if ranks else None),
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
        plural_starts=WordStarts(plural),
        subject_verb_starts=WordStarts(words.get("subject_verb", [])),
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


def _lower_same_length(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_BLANKED: dict[int, str] = {c: " " for c in range(0x3000) if not (chr(c).isalnum() or chr(c) == "_")}


def _search_key(lower_surface: str) -> str:
    """Automaton key: punctuation as blanks, one blank in front, so matches start only at word starts."""
    return " " + lower_surface.translate(_BLANKED)


_AGE_AFTER = re.compile(r"\s*\(\d{1,2}(?:\s*tahun)?\)")


def _initials(text: str, lower: str, start: int, end: int, m: Matcher) -> bool:
    """Are the capitals at start..end a person's initials (after "berinisial", before an age)?"""
    if _AGE_AFTER.match(text, end):
        return True
    before = lower[max(0, start - 30) : start].replace(",", " ").split()
    return bool(before) and (before[-1] in m.initials_cues or " ".join(before[-2:]) in m.initials_cues)


def find_hits(text: str, m: Matcher, lower: str | None = None) -> list[Hit]:
    """Leftmost-longest, word-bounded, case-checked matches of aliases and titles."""
    lower = lower if lower is not None else _lower_same_length(text)
    haystack = _search_key(lower)  # same length as text plus the leading blank
    n = len(text)
    found: list[Hit] = []
    for end_idx, idx in m.automaton.iter(haystack):
        cands = m.candidates[idx]
        end = end_idx  # haystack index i is text index i - 1, so the exclusive end is end_idx
        start = end - len(cands[0].surface)
        if end < n and text[end].isalnum():
            continue
        written = text[start:end]
        for cand in cands:
            if _case_ok(cand.case, written, cand.surface):
                if cand.case == "exact" and _initials(text, lower, start, end, m):
                    break  # "tersangka berinisial AS (35)": a person's initials, not the United States
                found.append(Hit(start, end, cand))
                break
    found.sort(key=lambda h: (h.start, -h.end))
    chosen: list[Hit] = []
    last_end = -1
    for h in found:
        if h.start >= last_end:
            chosen.append(h)
            last_end = h.end
    return chosen


@dataclass
class _Context:
    """Per-article state of one recognition run."""

    doc: Doc
    kb: KnowledgeBase
    m: Matcher
    hits: list[Hit]
    domestic: bool
    pack: LanguagePack
    lower: str = ""  # the text lower-cased, same length
    refs: list[Hit] = field(default_factory=list)  # pronoun and clitic hits, resolved in pass 2
    sentences: Sequence[Sentence] | None = None
    mentions: list[Mention] = field(default_factory=list)
    named_persons: dict[str, list[int]] = field(default_factory=dict)  # KB person id -> hit starts
    state_counts: dict[str, int] | None = None  # see _state_counts
    plural_hits: list[re.Match[str]] = field(default_factory=list)  # plural_re over `lower`
    folded: str | None = None  # prefilter.fold(lower): where word-led patterns can start

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def on(self) -> str | None:
        """The date role spells are read at (`reference_date`), worked out on first use: most
        articles never ask, and an undated one would scan its text for dates."""
        return reference_date(self.doc, self.pack)


def reference_date(doc: Doc, pack: LanguagePack | None = None) -> str | None:
    """The date role spells are read at: the publication date, else a date in the URL, else the
    copyright year, else the latest absolute date written in the text (None: the latest spells)."""
    if doc.published:
        return doc.published
    from_url = date_from_url(doc.url)
    if from_url is not None:
        return from_url.iso()
    if doc.copyright_year:
        return str(doc.copyright_year)
    if pack is not None:
        written = [d.date for d in find_absolute_dates(doc.text[:_DATE_SCAN_CHARS], pack)]
        if written:
            return max(written, key=lambda d: (d.year, d.month or 0, d.day or 0)).iso()
    return None


def recognise_actors(
    doc: Doc, kb: KnowledgeBase, pack: LanguagePack, sentences: Sequence[Sentence] | None = None
) -> list[Mention]:
    """Actor mentions of `doc`, sorted by start and non-overlapping (see the module docstring).

    `sentences` (from `warta.extract.sentences.split_sentences`) saves splitting the text again
    when pronouns need their sentence; without it the text is split here.
    """
    m = matcher_for(kb, pack)
    ctx_lower = _lower_same_length(doc.text)
    hits = find_hits(doc.text, m, ctx_lower)
    folded = fold(ctx_lower)
    plural_hits: list[re.Match[str]] = []
    if m.plural_re is not None:  # "kedua pemimpin" is one plural phrase, not the title "pemimpin"
        plural_hits = finditer_from(m.plural_re, ctx_lower, m.plural_starts.find(ctx_lower, folded))
        plural_spans = [(p.start(), p.end()) for p in plural_hits]
        if plural_spans:
            inside = {k for s, e in plural_spans for k in range(s, e)}
            hits = [h for h in hits if h.start not in inside]
    refs = [h for h in hits if h.cand.kind in ("pronoun", "clitic")]
    hits = [h for h in hits if h.cand.kind not in ("pronoun", "clitic")]
    ctx = _Context(
        doc=doc,
        kb=kb,
        m=m,
        hits=hits,
        domestic=_is_domestic([h for h in hits if not _is_attribute(ctx_lower, h, m)], kb, m),
        lower=ctx_lower,
        refs=refs,
        pack=pack,
        sentences=sentences,
        plural_hits=plural_hits,
        folded=folded,
    )
    for h in hits:
        if h.cand.kind == "entity" and h.cand.entity and h.cand.entity.startswith("person:"):
            ctx.named_persons.setdefault(h.cand.entity, []).append(h.start)
    i = 0
    while i < len(hits):
        i = _resolve_hit(ctx, i)
    _add_coordinated_offices(ctx)
    _add_ranked_names(ctx)
    _add_speakers(ctx)
    _add_subjects(ctx)
    _add_surnames(ctx)
    _add_pronouns(ctx)
    _add_plurals(ctx)
    _add_plural_offices(ctx)
    ctx.mentions.sort(key=lambda x: x.start)
    return ctx.mentions


def plural_members(mention: Mention) -> list[tuple[str | None, str | None]]:
    """(code, name) of each member of a kind "plural" mention; [(code, name)] for any other."""
    if mention.kind != "plural":
        return [(mention.code, mention.name)]
    codes = (mention.code or "").split("|")
    names = (mention.name or "").split("|") if mention.name is not None else [""] * len(codes)
    return [(c or None, n or None) for c, n in zip(codes, names, strict=False)]


# -- pass 1: hits to mentions ---------------------------------------------------------------


def _is_domestic(hits: list[Hit], kb: KnowledgeBase, m: Matcher) -> bool:
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


def _entity_of(ctx: _Context, hit: Hit) -> Person | Body | State | Region | None:
    if hit.cand.kind != "entity" or hit.cand.entity is None:
        return None
    return ctx.kb.entity(hit.cand.entity)


def _resolve_hit(ctx: _Context, i: int) -> int:
    hit = ctx.hits[i]
    if hit.cand.kind == "title":
        return _resolve_title(ctx, i)
    if hit.cand.kind == "possessive":
        _resolve_possessive(ctx, hit)
        return i + 1
    ent = _entity_of(ctx, hit)
    if isinstance(ent, Person):
        ctx.mentions.append(
            _person_mention(ctx, hit.start, hit.end, ent, None, None, f"alias `{hit.cand.surface}`")
        )
        return i + 1
    if isinstance(ent, Body):
        return _resolve_body(ctx, i, ent)
    if isinstance(ent, State):
        nxt = ctx.hits[i + 1] if i + 1 < len(ctx.hits) else None
        owner_end = hit.end + 2 if ctx.text[hit.end : hit.end + 2] in ("'s", "’s") else hit.end
        if (
            ctx.m.country_before_title
            and nxt is not None
            and nxt.cand.kind == "title"
            and nxt.start == _skip_blanks(ctx.text, owner_end)  # "Russian Foreign Minister", "Iran's foreign minister"
            and "\n" not in ctx.text[hit.end : nxt.start]
        ):
            return _resolve_title(ctx, i + 1, pre=hit)
        nxt_body = _entity_of(ctx, nxt) if nxt is not None else None
        if (
            ctx.m.country_before_title
            and nxt is not None
            and isinstance(nxt_body, Body)
            and nxt_body.takes_country
            and nxt.start == _skip_blanks(ctx.text, owner_end)
            and "\n" not in ctx.text[hit.end : nxt.start]
        ):
            # "the Indonesian government", "Russia's Foreign Ministry": the body of the state before it
            ctx.mentions.append(
                Mention(hit.start, nxt.end, ctx.text[hit.start : nxt.end], ent.code,
                        "state" if nxt_body.domestic_only else _KIND_OF_BODY.get(nxt_body.kind, "organisation"),
                        entity=nxt_body.id, name=" ".join(ctx.text[hit.start : nxt.end].split()),
                        sector=nxt_body.sector, reason=f"`{nxt.cand.surface}` of the state before it -> {ent.code}")
            )  # fmt: skip
            return i + 2
        if _is_attribute(ctx.lower, hit, ctx.m):
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


def _is_attribute(lower: str, hit: Hit, m: Matcher) -> bool:
    """Is the country name at `hit` an attribute of a currency, time, language, market or style?"""
    if m.attribute_heads:
        before = lower[max(0, hit.start - 30) : hit.start]
        if before[-1:].isspace():
            words = before.split()
            if words and (words[-1] in m.attribute_heads or " ".join(words[-2:]) in m.attribute_heads):
                return True
    if m.attribute_tails:
        after = _NEXT_WORD.match(lower, hit.end)
        if after and after.group(1) in m.attribute_tails:
            return True
    return False


def _after_locative(ctx: _Context, start: int) -> bool:
    before = ctx.text[max(0, start - 20) : start].lower().split()
    if not before:
        return False
    return before[-1] in ctx.m.locatives or " ".join(before[-2:]) in ctx.m.locatives


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _next_state(ctx: _Context, j: int, pos: int) -> tuple[State, Hit] | None:
    """The state (or capital) hit j when it starts right at `pos` after blanks."""
    if j >= len(ctx.hits):
        return None
    h = ctx.hits[j]
    if h.start != _skip_blanks(ctx.text, pos) or "\n" in ctx.text[pos : h.start]:
        return None
    ent = _entity_of(ctx, h)
    return (ent, h) if isinstance(ent, State) else None


def _place_name_end(ctx: _Context, pos: int) -> int:
    """End of the capitalised place name after a prefix body ("Polda Lampung", "DPRD DKI Jakarta")."""
    end = pos
    for words, tok in enumerate(_NAME_TOKEN.finditer(ctx.text, pos)):
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


def _body_mention(ctx: _Context, i: int, body: Body) -> tuple[Mention, int]:
    """The mention of the body at hit i (with its country or place name), and the next hit index."""
    hit = ctx.hits[i]
    start, end, j = hit.start, hit.end, i + 1
    code: str | None = body.code
    name = body.name
    reason = f"organisation alias `{hit.cand.surface}` -> {body.code}"
    follow = _next_state(ctx, j, end)
    genitive = _TARGET_WORD.match(ctx.text, end) if follow is None and ctx.m.genitives else None
    if genitive and genitive.group(1).lower() in ctx.m.genitives:
        follow = _next_state(ctx, j, genitive.end())  # "the government of Malaysia"
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
    kind = "state" if body.domestic_only else _KIND_OF_BODY.get(body.kind, "organisation")
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


def _resolve_body(ctx: _Context, i: int, body: Body) -> int:
    body, why = _body_in_context(ctx, ctx.hits[i], body)
    mention, j = _body_mention(ctx, i, body)
    if why:
        mention = replace(mention, reason=mention.reason + why)
    ctx.mentions.append(mention)
    return j


def _body_in_context(ctx: _Context, hit: Hit, body: Body) -> tuple[Body, str]:
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


def _state_counts(ctx: _Context) -> dict[str, int]:
    """How often the article names each state, by states, state bodies, places and persons."""
    if ctx.state_counts is None:
        counts: dict[str, int] = {}
        for h in ctx.hits:
            ent = _entity_of(ctx, h)
            if ent is None or isinstance(ent, Body) and ent.kind != "state_body" or not ent.code:
                continue
            if isinstance(ent, State) and _is_attribute(ctx.lower, h, ctx.m):
                continue
            state = ent.code.split(".")[0]
            counts[state] = counts.get(state, 0) + 1
        ctx.state_counts = counts
    return ctx.state_counts


def _person_mention(
    ctx: _Context,
    start: int,
    end: int,
    person: Person,
    role: str | None,
    sector: str | None,
    reason: str,
    antecedent: tuple[int, int] | None = None,
) -> Mention:
    spells = ctx.kb.roles_of(person, ctx.on)
    spell = next((s for s in spells if s.role == role), None) if role else _office_first(spells)
    # "Presiden Komisi Eropa Ursula von der Leyen": the title's word is not the KB's role for her
    # office; the office she holds on the date gives the code (EU), not her nationality (DEU)
    held = spell or (_office_first(spells) if role else None)
    code = (held.code if held and held.code else None) or person.code
    role = role or (spell.role if spell else None)
    info = ctx.kb.role_info(role) if role else None
    sector = sector or (spell.sector if spell else None) or (info.sector if info else None)
    spell_note = f"; role {spell.role} {spell.start or '?'}..{spell.end or ''} on {ctx.on}" if spell else ""
    return Mention(
        start,
        end,
        ctx.text[start:end],
        code,
        "person",
        entity=person.id,
        name=person.name,
        role=role,
        sector=sector,
        reason=reason + spell_note,
        antecedent=antecedent,
    )


def _office_first(spells: list[RoleSpell]) -> RoleSpell | None:
    """The spell that codes a person named without a title: a state or organisation office held
    on the date before a party post ("Prabowo" as president is IDN, not IDN.GERINDRA)."""
    offices = [s for s in spells if s.sector != "PARTY"]
    return offices[0] if offices else (spells[0] if spells else None)


def _resolve_title(ctx: _Context, i: int, pre: Hit | None = None) -> int:
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


def _resolve_title_phrase(ctx: _Context, i: int, pre: Hit | None = None) -> int:
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
    pre_state = _entity_of(ctx, pre) if pre else None
    if pre and isinstance(pre_state, State):
        code, slot, start = pre_state.code, text[pre.start : pre.end], pre.start
    pos = hits[i].end
    j = i + 1
    paren = _PAREN.match(text, pos)
    if paren:
        pos = paren.end()
        while j < len(hits) and hits[j].start < pos:  # "(PM)", "(AS)": an abbreviation, not a new title
            j += 1
    ordinal = _ORDINAL.match(text, pos)  # "Presiden ke-7 RI Joko Widodo"
    if ordinal:
        pos = ordinal.end()
    elif (
        (word_ordinal := _NEXT_WORD.match(text, pos))
        and word_ordinal.group(1).lower() in m.ordinals
        and not (m.plural_re is not None and m.plural_re.match(ctx.lower, word_ordinal.start(1)))
    ):  # "Menlu kedua negara" is the two states' ministers, not the second one
        ordinal = word_ordinal  # "Presiden pertama RI Soekarno"
        pos = word_ordinal.end()
    region = _REGION_WORD.match(text, pos)
    if region and region.group(1).lower() in m.region_words and region.group(2)[:1].isupper():
        # "Bupati Kabupaten Kudus", "Wali Kota Kota Bekasi": the region, spelled out
        slot_end = region.end(2)
        direction = _NEXT_WORD.match(text, slot_end)
        if direction and direction.group(1).lower() in _DIRECTIONS and direction.group(1)[:1].isupper():
            slot_end = direction.end(1)  # "Kabupaten Bandung Barat"
        slot, pos = text[region.start(1) : slot_end], slot_end
        code = code or ctx.m.home
        while j < len(hits) and hits[j].start < pos:
            j += 1
    portfolio = ""
    if role in _PORTFOLIO_ROLES:  # "Menteri Sosial", "Menko Bidang Perekonomian": not a name
        pos, portfolio = _skip_portfolio(ctx, pos)
        paren = _PAREN.match(text, pos) if portfolio else None
        if paren:
            pos = paren.end()
        while j < len(hits) and hits[j].start < pos:
            j += 1
    # the state, capital, place or body the office belongs to
    if (
        not slot
        and j < len(hits)
        and hits[j].start == _skip_blanks(text, pos)
        and "\n" not in text[pos : hits[j].start]
    ):
        ent = _entity_of(ctx, hits[j])
        if isinstance(ent, State) or (isinstance(ent, Region) and ent.code and not role.endswith("minister")):
            # a region names a local office ("Gubernur Jawa Barat"); a minister's is national ("Bima Arya")
            code, slot, pos, j = ent.code, text[hits[j].start : hits[j].end], hits[j].end, j + 1
        elif isinstance(ent, Body):
            ent, _ = _body_in_context(ctx, hits[j], ent)
            body_mention, j = _body_mention(ctx, j, ent)
            code, slot, pos = body_mention.code, body_mention.text, body_mention.end
            sector = sector or ent.sector
            if ent.kind in _LEADER_OF and role in ("head_of_state", "head_of_government", "official"):
                role, sector = _LEADER_OF[ent.kind], None  # "Presiden PKS", "pemimpin Hamas"
        if (
            slot
            and (state_after := _next_state(ctx, j, pos))
            and state_after[0].code == (code or "").split(".")[0]
        ):
            pos, j = state_after[1].end, j + 1  # "Ketua MKD DPR RI": the body's own state repeated
        paren = _PAREN.match(text, pos)
        if paren and slot:
            pos = paren.end()
            while j < len(hits) and hits[j].start < pos:
                j += 1
        target = _TARGET_WORD.match(text, pos)
        if slot and target and target.group(1).lower() in m.targets and _diplomatic(ctx, role, sector):
            # "Duta Besar Rusia untuk Indonesia": an envoy's host; "wakil presiden AS di Manila" is a place
            nxt = _next_state(ctx, j, target.end())
            if nxt:
                pos, j = nxt[1].end, j + 1
    sep = _SEP.match(text, pos)
    name_pos = sep.end() if sep else pos
    before_ranks = name_pos  # a KB alias may include the rank: "Ayatollah Ali Khamenei"
    if m.rank_re is not None:
        while (rk := m.rank_re.match(text, name_pos)) and "\n" not in rk.group(0):
            name_pos = _skip_blanks(text, rk.end())
    unknown_body = False
    described = (
        f"title `{title.surface}`"
        + (f" `{portfolio}`" if portfolio else "")
        + (f" of `{slot}`" if slot else "")
    )
    if not slot and "\n" not in text[hits[i].end : name_pos]:
        unknown_slot = _unknown_slot(ctx, name_pos, j, code)
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
                    name_pos = _skip_blanks(text, rk.end())
            while j < len(hits) and hits[j].start < before_ranks:
                j += 1
            described += f" of `{slot}`"
    # a person the KB knows
    if (
        j < len(hits)
        and hits[j].start in (name_pos, before_ranks)
        and "\n" not in text[hits[i].end : hits[j].start]
    ):
        ent = _entity_of(ctx, hits[j])
        if isinstance(ent, Person):
            found = _person_mention(ctx, start, hits[j].end, ent, role, sector, f"{described} + known name")
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
            _refer_back(
                prev, start, end, text, f"{described} in apposition to the name before it",
                kind="person", role=role, sector=sector or prev.sector,
            )
        )
        return j
    if (
        role.endswith("minister")
        and j < len(hits)
        and hits[j].start == name_pos
        and isinstance(_entity_of(ctx, hits[j]), Region)
        and _CAPITALISED_NEXT.match(text, hits[j].end)
    ):
        j += 1  # "Wakil Menteri Dalam Negeri Bima Arya": a minister's name may be a place's too
    # a name the KB does not know
    if "\n" not in text[hits[i].end : name_pos]:
        name_end, name = _name_after(ctx, name_pos, j)
        rank = m.rank_re.match(text, name_end) if name and m.rank_re is not None and not slot else None
        if rank and "\n" not in rank.group(0):
            # "Kapolda Metro Jaya Irjen Asep Edi Suheri": the words before the rank were the region
            slot, pos = name, name_end
            name_pos = _skip_blanks(text, rank.end())
            while (rk := m.rank_re.match(text, name_pos)) and "\n" not in rk.group(0):  # type: ignore[union-attr]
                name_pos = _skip_blanks(text, rk.end())
            while j < len(hits) and hits[j].start < name_pos:
                j += 1
            described += f" of `{slot}`"
            if j < len(hits) and hits[j].start == name_pos and isinstance(_entity_of(ctx, hits[j]), Person):
                known_person = _entity_of(ctx, hits[j])
                assert isinstance(known_person, Person)
                ctx.mentions.append(
                    _person_mention(
                        ctx, start, hits[j].end, known_person, role, sector, f"{described} + known name"
                    )
                )
                return j + 1
            name_end, name = _name_after(ctx, name_pos, j)
        if (
            name
            and not slot
            and (role in _REGIONAL_ROLES or sector in ("POLICE", "MIL"))
            and (place := _leading_place(ctx, name, code))
        ):
            # "Bupati Sleman Joko Tri", "Kapolres Garut": a local office's region, not a name
            slot, pos = place, name_pos + len(place)
            name_pos = _skip_blanks(text, pos)
            name_end, name = _name_after(ctx, name_pos, j) if place != name else (pos, "")
            code = code or ctx.m.home
            described += f" of `{slot}`"
        headline = _title_case_line(text, name_pos)
        first = _NAME_TOKEN.match(text, name_pos)
        candidate = name or (first.group(1) if headline and first and first.start(1) == name_pos else "")
        known = ctx.kb.entity(m.first_names.get(candidate.split()[0], "")) if candidate else None
        if (
            isinstance(known, Person)
            and (code is None or known.code == code)
            and (all(w in known.name.split() for w in candidate.split()) or headline)
            and any(_role_matches(sp.role, role, ctx) or sp.role == role for sp in known.roles)
        ):
            first_end = name_pos + len(candidate.split()[0])
            ctx.mentions.append(
                _person_mention(
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
                person_code = code or (m.home if _home_default(ctx, role) and not unknown_body else None)
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
    before = _name_before(ctx, start) if slot else None
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
    demonstrative = _NEXT_WORD.match(text, pos)
    if demonstrative and demonstrative.group(1).lower() in m.demonstratives:
        # "mantan Wali Kota Solo itu", "presiden tersebut": the person just written about
        prev = next((x for x in reversed(ctx.mentions) if x.kind == "person" and x.name
                     and (code is None or x.code == code)), None)  # fmt: skip
        if prev is not None:
            ctx.mentions.append(
                _refer_back(
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
    ctx.mentions.append(_bare_title(ctx, start, pos, role, sector, code, described, title.office))
    return j


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)(,?\s+)$")


def _name_before(ctx: _Context, title_start: int) -> tuple[int, str] | None:
    """An unknown capitalised name written right before a title: "Dilma Rousseff Presiden Brasil"."""
    if _title_case_line(ctx.text, title_start):
        return None
    line_start = ctx.text.rfind("\n", 0, title_start) + 1
    last_end = ctx.mentions[-1].end if ctx.mentions else 0
    window_start = max(line_start, last_end, title_start - 60)
    found = _NAME_BEFORE.search(ctx.text, window_start, title_start)
    if not found:
        return None
    words = found.group(1).split()
    while words and words[0].lower() in ctx.m.name_stops:
        words.pop(0)
    if len(words) < 2 or any(w.lower() in ctx.m.name_stops for w in words):
        return None
    start = found.start(1) + found.group(1).index(words[0])
    prev_char = ctx.text[start - 1 : start]
    if prev_char and not prev_char.isspace():
        return None
    return start, " ".join(words)


def _skip_portfolio(ctx: _Context, pos: int) -> tuple[int, str]:
    """Skip a minister's portfolio words ("Sosial", "Energi dan Sumber Daya Mineral"): (end, portfolio)."""
    end = pos
    words: list[str] = []
    for tok in _PORTFOLIO_TOKEN.finditer(ctx.text, pos):
        if tok.start() != end or "\n" in tok.group(0):
            break
        word = tok.group(1)
        if word.lower() not in ctx.m.portfolios or not (word[:1].isupper() or word in ("dan", "&")):
            break
        words.append(word)
        end = tok.end()
    while words and words[-1] in ("dan", "&"):
        words.pop()
    if not words:
        return pos, ""
    stop = ctx.text.index(words[-1], pos) + len(words[-1])
    return stop, " ".join(words)


def _name_after(ctx: _Context, pos: int, j: int) -> tuple[int, str]:
    """A capitalised name starting at `pos` that no other match claims: (end, name) or (pos, "")."""
    text, m = ctx.text, ctx.m
    limit = ctx.hits[j].start if j < len(ctx.hits) else len(text)
    if _title_case_line(text, pos):
        return (
            pos,
            "",
        )  # in a Title Case headline capitals do not mark a name ("Menlu Kanada Kunjungi Jakarta")
    max_words = _MAX_NAME_WORDS
    line_end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : line_end if line_end >= 0 else len(text)]
    headline = line.isupper()
    words: list[str] = []
    end = pos
    for tok in _NAME_TOKEN.finditer(text, pos):
        if tok.start() != end or tok.start(1) >= limit or len(words) >= max_words:
            break
        if "\n" in text[end : tok.start(1)]:
            break
        raw = tok.group(1)
        word = raw.rstrip(".") if len(raw.rstrip(".")) > 1 else raw
        low = word.lower()
        if low in m.particles and words:
            nxt = _NAME_TOKEN.match(text, tok.end())
            if nxt and nxt.group(1)[:1].isupper():
                words.append(word)
                end = tok.start(1) + len(word)
                continue
            break
        if not word[:1].isupper() or low in m.name_stops or not any(c.isalpha() for c in word):
            break
        if words and m.rank_re is not None and m.rank_re.match(text, tok.start()):
            break  # a rank starts a new name: what came before was a place ("Kapolda Metro Jaya Irjen ...")
        if not words and len(word) > 1 and word.isupper() and not headline:
            break  # "Ketua Umum PSSI": an acronym is a body, not a person's name
        words.append(word)
        end = tok.start(1) + len(word)
        if raw.endswith(".") and len(word) > 2:
            break
    while words and words[-1].lower() in m.particles:
        words.pop()
    while words and len(words[-1]) > 2 and _written_lower(text, words[-1]):
        words.pop()  # "Komandan Tewas": a word the article writes in lower case is no name
    while words and words[-1].lower() in m.particles:
        words.pop()
    if not words:
        return pos, ""
    name = " ".join(words)
    end = text.index(words[-1], pos) + len(words[-1])
    return end, name


def _written_lower(text: str, word: str) -> bool:
    """Does the article write `word` in lower case as a word of its own ("Tewas" in a headline,
    "tewas" in the body)? Then the capitalised one is a headline's or sentence start's, no name."""
    low = word.lower()
    if low == word or not low.isalpha():
        return False
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
            end == len(text) or not (text[end].isalnum() or text[end] == "-")
        ):
            return True
        at = text.find(low, end)
    return False


def _title_case_line(text: str, pos: int) -> bool:
    """Is `pos` in a headline written in Title Case, where capitals do not mark names?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 4 or len(words) > 25:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _role_matches(role_a: str | None, role_b: str, ctx: _Context) -> bool:
    if role_a is None:
        return False
    if role_a == role_b:
        return True
    a, b = ctx.kb.role_info(role_a), ctx.kb.role_info(role_b)
    return bool(a and b and b.family and a.family == b.family and role_b == b.family)


_ACRONYM_SLOT = re.compile(r"[ \t]*([A-Z][A-Z0-9]{1,7})(?![\w-])")
_BODY_REST = re.compile(r"((?:[ \t]+[A-Z][\w&.-]*){1,3})(?=[ \t]*,[ \t]*[A-Z][a-z])")
_COMMA_NAME = re.compile(r"[ \t]*,[ \t]*(?=[A-Z][a-z])")


def _unknown_slot(ctx: _Context, pos: int, j: int, code: str | None) -> tuple[str, int, int, str | None] | None:
    """A body or place the KB does not know right after a title, before the name: an acronym
    ("Ketua Umum PSSI Erick Thohir", "Presiden UFW, Teresa Romero") or a place name followed by a
    comma and a name ("Gubernur New York, Andrew Cuomo"). Returns (slot, slot end, name start,
    the place's state or None)."""
    text = ctx.text
    if j < len(ctx.hits) and ctx.hits[j].start == _skip_blanks(text, pos):
        return None  # a KB entity follows: the usual rules read it
    if _title_case_line(text, pos):
        return None
    head = _NAME_TOKEN.match(text, pos)
    if head and head.group(1)[:1].isupper() and head.group(1).lower() in ctx.m.body_heads:
        return _body_slot(ctx, pos, j)
    acronym = _ACRONYM_SLOT.match(text, pos)
    if acronym and not _initials(text, ctx.lower, acronym.start(1), acronym.end(1), ctx.m):
        body_end = acronym.end()
        rest = _BODY_REST.match(text, body_end)  # "PT GMTD Tbk, Ali Said": the body's name runs to the comma
        if rest:
            body_end = rest.end(1)
        after = _SEP.match(text, body_end)
        name_pos = after.end() if after else body_end
        if text[name_pos : name_pos + 1].isupper() and "\n" not in text[acronym.end() : name_pos]:
            return text[acronym.start(1) : body_end], body_end, name_pos, None
        return None
    end, words = _name_after(ctx, pos, j)
    comma = _COMMA_NAME.match(text, end) if words else None
    if comma is None:
        return None
    from warta.extract.places import PlaceGazetteer  # loaded once per language, only when needed

    place = PlaceGazetteer.load(ctx.pack).lookup(words)
    if place is None:
        return None
    return words, end, comma.end(), place.country


def _body_slot(ctx: _Context, pos: int, j: int) -> tuple[str, int, int, str | None]:
    """An organisation's name the KB does not know after a title: "Presiden Konfederasi Serikat
    Pekerja Seluruh Indonesia (KSPSI), Andi Gani": its capitalised words up to a state or place
    that ends it, its abbreviation and a comma; then the name, if one follows."""
    text, hits = ctx.text, ctx.hits
    state_ends = {h.end for h in hits[j:] if isinstance(_entity_of(ctx, h), State | Region)}
    end, words = pos, list[str]()
    for tok in _NAME_TOKEN.finditer(text, pos):
        word = tok.group(1)
        if tok.start() != end or "\n" in tok.group(0) or len(words) >= 8:
            break
        if not (word[:1].isupper() or word.lower() in ctx.m.particles or word.lower() == "dan"):
            break
        words.append(word)
        end = tok.end()
        if end in state_ends and _CAPITALISED_NEXT.match(text, end):
            break  # "... Seluruh Indonesia Andi Gani": the state ends the body's name
    while words and words[-1][:1].islower():
        end -= len(words.pop()) + 1
    slot_end = end
    paren = _PAREN.match(text, slot_end)
    if paren:
        slot_end = paren.end()
    sep = _SEP.match(text, slot_end)
    return " ".join(words), slot_end, sep.end() if sep else slot_end, None


def _diplomatic(ctx: _Context, role: str, sector: str | None) -> bool:
    info = ctx.kb.role_info(role)
    return (sector or (info.sector if info else "")) == "DIP"


def _leading_place(ctx: _Context, name: str, code: str | None) -> str | None:
    """The first words of `name` (or all of it) when they are a place of the office's state (or of
    the home state in a domestic article): "Sleman" in "Sleman Joko Tri"."""
    state = code or (ctx.m.home if ctx.domestic else None)
    if state is None:
        return None
    words = name.split()
    if ctx.kb.entity(ctx.m.first_names.get(words[0], "")) is not None:
        return None  # a KB person's first name is a name
    from warta.extract.places import PlaceGazetteer  # loaded once per language, only when needed

    gazetteer = PlaceGazetteer.load(ctx.pack)
    for size in range(min(3, len(words)), 0, -1):
        place = " ".join(words[:size])
        entry = gazetteer.lookup(place)
        if entry is not None and entry.country == state and entry.kind in ("city", "region"):
            return place
    return None


def _home_default(ctx: _Context, role: str) -> bool:
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


_YEAR = re.compile(r"(?<![\d/.-])(19[4-9]\d|20[0-4]\d)(?![\d/.-]\d)")


def _holder(
    ctx: _Context, role: str, code: str, pos: int, office: str | None = None
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


def _bare_title(
    ctx: _Context,
    start: int,
    end: int,
    role: str,
    sector: str | None,
    code: str | None,
    described: str,
    office: str | None = None,
) -> Mention:
    """A title with no name: the office holder, an earlier person in that role, or an official."""
    kb, text = ctx.kb, ctx.text
    info = kb.role_info(role)
    # the article itself names the holder best ("Presiden Iran Ebrahim Raisi" ... "Presiden Iran"),
    # then the KB holder on the article's date
    for prev in reversed(ctx.mentions):
        if (
            prev.kind == "person"
            and prev.name
            and (code is None or prev.code == code)
            and _role_matches(prev.role, role, ctx)
        ):
            return _refer_back(prev, start, end, text, f"{described}: the last person mentioned in that role")
    if code and ((info and info.single) or office):
        person, when = _holder(ctx, role, code, start, office)
        if person:
            why = f"{described}: holder of {role} in {code} {when}"
            return _person_mention(ctx, start, end, person, role, sector, why)
    if code is None:
        for prev in reversed(ctx.mentions):
            if prev.kind == "official" and _role_matches(prev.role, role, ctx):
                return _refer_back(prev, start, end, text, f"{described}: the last person mentioned in that role")
        if _home_default(ctx, role) and ctx.m.home:
            code = ctx.m.home
            if info and info.single:
                person, when = _holder(ctx, role, code, start)
                if person:
                    why = f"{described}: domestic article, holder of {role} in {code} {when}"
                    return _person_mention(ctx, start, end, person, role, sector, why)
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


def _add_coordinated_offices(ctx: _Context) -> None:
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
        if not nxt.code or nxt.code == office.code or _names_written(office):
            continue
        gap = ctx.text[office.end : nxt.start].split()
        if len(gap) != 1 or gap[0].lower() not in coordinators:
            continue
        after = _NEXT_WORD.match(ctx.text, nxt.end)
        if after is not None and after.group(1)[:1].isupper():
            continue  # "Menteri Pertahanan Iran dan Rusia Sergei Shoigu": a title of the second, named
        described = f"'{office.text} {gap[0]} {nxt.text}': the office of '{office.text}' in {nxt.code}"
        before = replace(ctx, mentions=[x for x in ctx.mentions if x.end <= office.start])
        shared = _bare_title(before, nxt.start, nxt.end, office.role, office.sector, nxt.code, described)
        ctx.mentions[ctx.mentions.index(nxt)] = shared


def _names_written(mention: Mention) -> bool:
    """The mention writes a name ("Menteri Pertahanan Iran Hossein Dehqan", "Presiden Prabowo"), not
    a bare title."""
    if mention.kind != "person" or not mention.name:
        return False
    written = set(re.findall(r"\w+", mention.text.lower()))
    return any(part in written for part in re.findall(r"\w+", mention.name.lower()))


# -- pass 2: coreference ---------------------------------------------------------------------


def _covered(mentions: list[Mention], start: int, end: int) -> bool:
    return any(x.start < end and start < x.end for x in mentions)


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-Ž]\w*(?:[-'’]\w+)*")
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


def _add_surnames(ctx: _Context) -> None:
    """Last names of persons named in full ("Sergei Lavrov" ... "Lavrov")."""
    first_by_surname: dict[str, Mention] = {}
    owners: dict[str, set[str]] = {}
    for x in ctx.mentions:
        if x.kind != "person" or not x.name or x.antecedent is not None:
            continue
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
    for hit in _CAPITALISED_WORD.finditer(ctx.text):  # one generic scan; no per-article pattern to compile
        token = hit.group(0)
        if token not in first_by_surname:
            if "'" not in token and "’" not in token:
                continue  # most capitalised words of an article: no need to split
            token = re.split(r"['’]", token, maxsplit=1)[0]  # "Putin's"
            if token not in first_by_surname:
                continue
        s, e = hit.start(), hit.start() + len(token)
        if _covered(ctx.mentions, s, e) or _CAPITALISED_NEXT.match(ctx.text, e):
            continue  # "Budi" in "Budi Gunadi Sadikin" is part of another person's name
        first = first_by_surname[token]
        antecedent = max(
            (x for x in ctx.mentions if x.kind == "person" and x.name == first.name and x.end <= s),
            key=lambda x: x.start,
            default=first,
        )
        added.append(
            _refer_back(
                antecedent, s, e, ctx.text, f"part of the name of {antecedent.name} named at {antecedent.start}",
                kind="person",
            )
        )
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)



def _refer_back(
    prev: Mention,
    start: int,
    end: int,
    text: str,
    reason: str,
    *,
    kind: str | None = None,
    role: str | None = None,
    sector: str | None = None,
) -> Mention:
    """A mention at start:end that points back to `prev` and takes its identity
    (code, entity, name; role and sector unless given)."""
    return Mention(
        start,
        end,
        text[start:end],
        prev.code,
        kind or prev.kind,
        entity=prev.entity,
        name=prev.name,
        role=role or prev.role,
        sector=sector or prev.sector,
        reason=reason,
        antecedent=(prev.start, prev.end),
    )


_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,600}[\"”]")


def _antecedent(
    mentions: list[Mention], pos: int, quoted: list[tuple[int, int]], starts: list[int]
) -> Mention | None:
    """The person a pronoun at `pos` points to: the first named person earlier in its own sentence,
    else the first one (the subject) of the nearest sentence before that names one; an unnamed
    official only when no named person comes within a few sentences.
    Persons named inside a quotation do not count: the clitic of "..., katanya" is the speaker."""
    candidates = [
        x
        for x in mentions
        if x.end <= pos and x.kind in _PERSONISH and not any(s <= x.start < e for s, e in quoted)
    ]
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


def _add_pronouns(ctx: _Context) -> None:
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
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(ctx.text)]
    sentences = ctx.sentences if ctx.sentences is not None else split_sentences(ctx.text, ctx.pack)
    starts = [0] + [x.start for x in sentences if x.start > 0]
    added = []
    for s, e, what in sorted(found):
        if _covered(base, s, e):
            continue
        ante = _antecedent(base, s, quoted, starts)
        if ante is None:
            continue
        added.append(
            _refer_back(
                ante, s, e, ctx.text,
                f"{what} `{ctx.text[s:e]}` -> the first person of the nearest sentence naming one, at {ante.start}",
            )
        )
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)


def _add_plurals(ctx: _Context) -> None:
    """ "kedua pemimpin" / "kedua negara" -> one kind "plural" mention of the last two."""
    if ctx.m.plural_re is None:
        return
    person_words = set(ctx.m.words.get("plural_person", []))
    added = []
    for hit in ctx.plural_hits:
        s, e = hit.start(), hit.end()
        if _covered(ctx.mentions, s, e):
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
            names = "|".join(x.name or "" if x.kind in _PERSONISH else "" for x in members)
        else:
            members = _last_two_persons(before, roles) if persons else _main_two_states(ctx, before)
            codes = [x.code if persons else (x.code or "").split(".")[0] for x in members]
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


def _add_plural_offices(ctx: _Context) -> None:
    """"Menlu kedua negara": a bare title right before a plural of states is that office in each; the
    title and the plural become one plural mention of the office holders (KB holder on the date, or
    the person of that role the article named before)."""
    ordered = sorted(ctx.mentions, key=lambda x: x.start)
    for office, plural in zip(ordered, ordered[1:], strict=False):
        if plural.kind != "plural" or office.kind not in ("official", "person") or not office.role:
            continue
        if _names_written(office) or ctx.text[office.end : plural.start].strip():
            continue
        codes = [c for c, _ in plural_members(plural)]
        if len(codes) < 2 or any(c is None or "." in c for c in codes):
            continue  # states only: "kedua pemimpin" names its persons already
        before = replace(ctx, mentions=[x for x in ctx.mentions if x.end <= office.start])
        described = f"'{office.text} {plural.text}': the office in each"
        holders = [
            _bare_title(before, office.start, plural.end, office.role, office.sector, c, described) for c in codes
        ]
        merged = Mention(
            office.start, plural.end, ctx.text[office.start : plural.end], "|".join(str(c) for c in codes), "plural",
            name="|".join(h.name if h.kind == "person" and h.name else "" for h in holders), role=office.role,
            reason=f"{described}: " + ", ".join(f"{h.code} {h.name}" for h in holders),
            antecedent=plural.antecedent,
        )  # fmt: skip
        ctx.mentions = [x for x in ctx.mentions if x is not office and x is not plural] + [merged]


def _coordinated_pair(ctx: _Context, before: list[Mention], start: int) -> list[Mention]:
    """The two actors joined by a coordinator right before `start` ("Iran dan Rusia keduanya"), else []."""
    if len(before) < 2:
        return []
    first, second = before[-2], before[-1]
    if ctx.text[second.end : start].strip() or not first.code or not second.code:
        return []
    gap = ctx.text[first.end : second.start].split()
    coordinators = set(ctx.m.words.get("coordinator", []))
    return [first, second] if len(gap) == 1 and gap[0].lower() in coordinators else []


def _last_two_persons(before: list[Mention], roles: frozenset[str] | None) -> list[Mention]:
    """The two most recent distinct persons (in `roles` when given), in text order."""
    members: list[Mention] = []
    keys: list[str] = []
    for x in reversed(before):
        if x.kind not in _PERSONISH or not x.code or (roles is not None and x.role not in roles):
            continue
        key = x.name or f"{x.code}:{x.role}"
        if key not in keys:
            keys.append(key)
            members.append(x)
        if len(members) == 2:
            break
    return members[::-1]


def _main_two_states(ctx: _Context, before: list[Mention]) -> list[Mention]:
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
    top = sorted(recent, key=lambda c: (-counts[c], recent.index(c)))[:2]
    return [last[c] for c in sorted(top, key=lambda c: first[c])]


def _add_ranked_names(ctx: _Context) -> None:
    """A police or military rank before a capitalised name is a person of that sector:
    "Kolonel Czi IGN Suriastawa", "AKBP Dwi Hartono", though no title precedes it."""
    if ctx.m.rank_start_re is None or ctx.m.rank_re is None:
        return
    added = []
    for word in ctx.m.rank_start_re.finditer(ctx.lower):
        if not ctx.text[word.start()].isupper():
            continue
        hit = ctx.m.rank_re.match(ctx.text, word.start())
        if hit is None or hit.group(0).strip().lower() not in ctx.m.rank_sectors:
            continue
        before = ctx.lower[max(0, word.start() - 25) : word.start()].split()
        if before and (before[-1] in ctx.m.not_before_rank or " ".join(before[-2:]) in ctx.m.not_before_rank):
            continue
        name_pos = _skip_blanks(ctx.text, hit.end())
        if not ctx.text[name_pos : name_pos + 1].isupper() or _covered(ctx.mentions, hit.start(), hit.end()):
            continue
        while (
            rk := ctx.m.rank_re.match(ctx.text, name_pos) if ctx.m.rank_re else None
        ) and "\n" not in rk.group(0):
            name_pos = _skip_blanks(ctx.text, rk.end())
        nxt = next((k for k, h in enumerate(ctx.hits) if h.start >= name_pos), len(ctx.hits))
        end, name = _name_after(ctx, name_pos, nxt)
        if not name or _covered(ctx.mentions, hit.start(), end):
            continue
        code = ctx.m.home if ctx.domestic else None
        sector = ctx.m.rank_sectors.get(hit.group(0).strip().lower())
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


def _resolve_possessive(ctx: _Context, hit: Hit) -> None:
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
    ctx.mentions.append(_bare_title(ctx, hit.start, hit.end, hit.cand.role, hit.cand.sector, code, described))


def _speaker(ctx: _Context, pos: int, end: int, name: str, cue: str) -> Mention:
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


def _fuller_name(ctx: _Context, name: str) -> tuple[str, int] | None:
    """The first longer name around `name` in the body ("Andreas Hugo Pareira" for "Hugo"), with its offset."""
    text, at = ctx.text, ctx.text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            left = text[max(0, at - 60) : at].split(" ")[:-1][-3:]
            right = text[end : end + 60].split(" ")[1:4]
            before = list(reversed(list(_takewhile_names(ctx, reversed(left)))))
            after = list(_takewhile_names(ctx, right))
            if (before or after) and not _title_case_line(text, at):
                start = at - sum(len(w) + 1 for w in before)
                return " ".join([*before, name, *after]), start
        at = text.find(name, end)
    return None


def _takewhile_names(ctx: _Context, words: Iterable[str]) -> Iterator[str]:
    for word in words:
        low = word.lower()
        if not _CAPITALISED.fullmatch(word) or low in ctx.m.name_stops or low in ctx.m.titled:
            return
        yield word


_SUBJECT_BEFORE = re.compile(r"(?:^|[.,;:\"“”(])[ \t]*((?:[A-Z][\w'’-]*[ \t]+){1,3})$", re.MULTILINE)


def _add_subjects(ctx: _Context) -> None:
    """A capitalised name starting a clause before a speech verb is a person: "Kristomei
    mengatakan", "Pandra menduga"."""
    if ctx.m.subject_verb_re is None:
        return
    added: list[Mention] = []
    starts = ctx.m.subject_verb_starts.find(ctx.lower, ctx.folded)
    for hit in finditer_from(ctx.m.subject_verb_re, ctx.lower, starts):
        if _title_case_line(ctx.text, hit.start()):
            continue  # a Title Case headline: capitals mark no names
        line_start = ctx.text.rfind("\n", 0, hit.start()) + 1
        found = _SUBJECT_BEFORE.search(ctx.text, max(line_start, hit.start() - 80), hit.start())
        if not found:
            continue
        words = found.group(1).split()
        start = found.start(1)
        if any(w.lower() in ctx.m.name_stops or w.lower() in ctx.m.pronoun_words for w in words):
            continue
        end = start + len(found.group(1).rstrip())
        if _covered(ctx.mentions, start, end) or _covered(added, start, end):
            continue
        added.append(_speaker(ctx, start, end, " ".join(words), hit.group(0).strip()))
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)


def _add_speakers(ctx: _Context) -> None:
    """A capitalised name right after a speech verb is a person: "kata Rasio", "ujar Johanis Tanak",
    "menurut Imron". Their state is unknown, or the home state in a domestic article."""
    if ctx.m.speaker_re is None:
        return
    added = []
    hit_starts = [h.start for h in ctx.hits]
    for hit in ctx.m.speaker_re.finditer(ctx.lower):
        pos = hit.end()
        while (
            ctx.m.rank_re is not None
            and (rk := ctx.m.rank_re.match(ctx.text, pos))
            and "\n" not in rk.group(0)
        ):
            pos = _skip_blanks(ctx.text, rk.end())  # "menurut Kombes Yusri", "according to Mr. Peskov"
        if not ctx.text[pos : pos + 1].isupper() or _covered(ctx.mentions, pos, pos + 1):
            continue
        nxt = bisect.bisect_left(hit_starts, pos)
        end, name = _name_after(ctx, pos, nxt)
        if not name or _covered(ctx.mentions, pos, end) or name.lower() in ctx.m.pronoun_words:
            continue
        added.append(_speaker(ctx, pos, end, name, hit.group(0).strip()))
    ctx.mentions.extend(added)
    ctx.mentions.sort(key=lambda x: x.start)
