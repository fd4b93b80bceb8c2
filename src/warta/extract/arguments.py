"""Argument assignment: who is the source and who the target of a trigger.

Works on one sentence at a time with the actor mentions already resolved. Mentions
are first joined into actor units (a title, a state and a name in apposition are
one actor: "Menteri Pertahanan Iran Brigadir Jenderal Hossein Dehqan"), units into
coordinated groups ("Iran dan Rusia", "Rusia, Suriah, Iran dan Irak"), and each
group is marked with the preposition before it ("dengan presiden Rusia" is an
oblique, not a subject). The trigger's frame (triggers.tsv) then reads the clause
Indonesian-style: subject on the left, object or agent on the right, a noun's
actor right after it, a passive's agent after the verb or "oleh". Word lists (titles,
prepositions, clause breaks...) come from the pack's event_cues.tsv, so English reads
the same way with its own words ("Israel's attack", "met with", "was arrested by").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.extract.event_cues import EventCues
from warta.extract.triggers import Token, TriggerHit, words_of
from warta.model import Mention, Sentence

# How far an object or agent may stand from its trigger, in plain words (titles, head nouns
# and capitalised words not counted).
MAX_OBJECT_DISTANCE = 3
# A partner after "dengan"/"antara" may stand further off: the preposition marks it
# ("serangan roket dan misil di Gaza antara Israel dan Hamas").
MAX_PARTNER_DISTANCE = 6
MAX_GENITIVE_DISTANCE = 3
# How far on an attack's target may stand when "ke"/"terhadap" marks it (time adjuncts and head
# nouns between: "serangan udara pada 22 Juni dini hari ke tiga situs nuklir Iran").
MARKED_TARGET_WORDS = 12
# Between an event noun and its actor only titles may stand ("dukungan keanggotaan Indonesia" is
# support for Indonesia's membership), except for attacks, whose nouns take modifiers
# ("serangan rudal balistik Iran", "serangan mematikan Israel").
MODIFIED_NOUN_TYPES = frozenset({"ASSAULT"})
# Passive acts whose unnamed doer is the state where they happen, when that is not the patient's
# ("ditahan di Malaysia").
ABROAD_ACT_TYPES = frozenset({"COERCE"})
# Types whose unnamed perpetrators ("para pelaku") are the armed group the article is about.
PERPETRATOR_TYPES = frozenset({"ASSAULT"})
# Attacks whose noun may stand after a word of being struck ("menjadi sasaran serangan Israel").
ATTACK_FRAMED_TYPES = frozenset({"ASSAULT"})
# Types whose target may be a place standing for its state ("menyerang Gaza").
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "RETREAT"})
# Types whose target may be named as an addressee ("kepada X") after a long object.
ADDRESSED_TYPES = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "REJECT", "THREATEN", "AID", "SANCTION"})
# Types whose object may be an act ("mengecam serangan Israel"): the target is the act's doer.
ACT_OBJECT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
TARGET_OPTIONAL_TYPES = frozenset({"PROTEST", "MOBILIZE", "RETREAT"})
# Directed types where a state may act on its own people or bodies (spec section 1:
# police arresting suspects, KPK naming a regent, a party rejecting a bill).
DOMESTIC_TYPES = frozenset({"COERCE", "ACCUSE", "REJECT", "SANCTION", "REQUEST", "ASSAULT", "SUPPORT"})
DIPLOMATIC_SECTOR = "DIP"
DIPLOMATIC_ROLES = frozenset({"ambassador", "consul", "diplomat", "envoy", "chargé d'affaires"})
_APPOSITION_GAP = re.compile(r"^[\s,()/]*(?:[A-Z][\w.'-]*[\s,()/]*)*$")
_PARENTHESIS_GAP = re.compile(r"^\s*\(\s*$")
_COORDINATION_PUNCT = re.compile(r"^[\s,/&()-]*$")


@dataclass(frozen=True, slots=True)
class ActorUnit:
    """One actor in a sentence: merged mentions with offsets relative to the sentence."""

    start: int
    end: int
    code: str
    kind: str
    name: str | None
    text: str
    first: int  # first token index
    last: int  # last token index
    sector: str | None = None  # GOV, MIL, DIP, POLICE ... from the actor stage
    role: str | None = None  # the actor stage's role id: president, ambassador ...

    @property
    def country(self) -> str:
        return self.code.split(".", 1)[0]


@dataclass(frozen=True, slots=True)
class Group:
    """Coordinated actor units and the preposition (if any) that governs them."""

    units: tuple[ActorUnit, ...]
    first: int
    last: int
    prep: str | None
    prep_index: int | None


@dataclass(frozen=True, slots=True)
class Role:
    """A resolved participant and why it was chosen."""

    unit: ActorUnit
    reason: str


@dataclass(frozen=True, slots=True)
class Dyad:
    source: Role
    target: Role | None


def actor_units(sentence: Sentence, mentions: list[Mention], tokens: list[Token]) -> list[ActorUnit]:
    """Resolved mentions of the sentence as actor units, appositions merged, nested ones dropped."""
    inside = sorted(
        (m for m in mentions if m.code and m.start >= sentence.start and m.end <= sentence.end),
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    kept: list[Mention] = []
    names: dict[int, str | None] = {}
    for m in inside:
        if kept and m.start < kept[-1].end:  # nested or overlapping: the outer span stays
            outer = kept[-1]
            if m.kind == "person" and m.name and m.code == outer.code:
                names[id(outer)] = m.name
            continue
        kept.append(m)
    units: list[ActorUnit] = []
    for m in kept:
        if m.kind == "plural":  # "kedua negara": one span, several members, one coordinated group
            units += _plural_units(m, sentence, tokens)
            continue
        name = names.get(id(m), m.name)
        start, end = m.start - sentence.start, m.end - sentence.start
        first, last = _token_span(tokens, start, end)
        unit = ActorUnit(
            start, end, str(m.code), m.kind, name, sentence.text[start:end], first, last, m.sector, m.role
        )
        if units and _apposition(units[-1], unit, sentence.text):
            prev = units.pop()
            person = unit if unit.kind == "person" else prev
            unit = ActorUnit(
                prev.start, unit.end, person.code if person.kind == "person" else prev.code,
                _merged_kind(prev.kind, unit.kind),
                person.name or prev.name or unit.name, sentence.text[prev.start : unit.end], prev.first, unit.last,
                person.sector or prev.sector or unit.sector, person.role or prev.role or unit.role,
            )  # fmt: skip
        units.append(unit)
    return units


def _merged_kind(a: str, b: str) -> str:
    """A person over a body over a bare state: "Israel (IDF)" is the army, not just the state."""
    kinds = (a, b)
    if "person" in kinds:
        return "person"
    return next((k for k in kinds if k != "state"), a)


def _plural_units(m: Mention, sentence: Sentence, tokens: list[Token]) -> list[ActorUnit]:
    """One unit per member of a plural mention (code 'IRN|RUS', names 'A|B')."""
    codes = str(m.code).split("|")
    names = m.name.split("|") if m.name is not None else [""] * len(codes)
    start, end = m.start - sentence.start, m.end - sentence.start
    first, last = _token_span(tokens, start, end)
    text = sentence.text[start:end]
    return [
        ActorUnit(start, end, code, "person" if name else "state", name or None, text, first, last)
        for code, name in zip(codes, names + [""] * (len(codes) - len(names)), strict=True)
        if code
    ]


def _token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    idx = [i for i, t in enumerate(tokens) if t.end > start and t.start < end]
    if idx:
        return idx[0], idx[-1]
    after = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    return after, after - 1


def _apposition(a: ActorUnit, b: ActorUnit, text: str) -> bool:
    """'Presiden Rusia' + 'Vladimir Putin': one actor. Two different people or states never are."""
    if a.code != b.code:
        return False
    if a.kind == "person" and b.kind == "person" and a.name != b.name:
        return False
    if a.kind == b.kind == "state":
        return bool(_PARENTHESIS_GAP.match(text[a.end : b.start]))  # "Amerika Serikat (AS)"
    return bool(_APPOSITION_GAP.match(text[a.end : b.start]))


# What may stand between a capitalised word and a state name inside one name ("Timnas Indonesia",
# "Kereta Cepat Indonesia-China"); a spaced dash is a dateline's end ("IDN Times - Pemerintah Indonesia").
_NAME_JOINS = frozenset({"", " ", "-", "--", "–"})


def not_actors(units: list[ActorUnit], tokens: list[Token], text: str, cues: EventCues) -> list[ActorUnit]:
    """Drop state names that are not actors here: inside another name ("Kereta Cepat Indonesia--China",
    "Timnas Indonesia": a capitalised word that is no title runs into it) or a currency ("dolar AS")."""
    heads = cues.single("head") | cues.single("oblique")
    covered = {i for u in units for i in range(u.first, u.last + 1)}
    kept: list[ActorUnit] = []
    dropped_end = -1  # end offset of the last state dropped as part of a name
    for u in units:
        if u.kind == "state" and dropped_end >= 0 and not text[dropped_end : u.start].strip(" -–"):
            dropped_end = u.end  # the name goes on: "Indonesia--China"
            continue
        dropped_end = -1
        prev = u.first - 1
        if (
            u.kind == "state"
            and prev >= 0
            and prev not in covered
            and text[tokens[prev].end : u.start] in _NAME_JOINS
        ):
            word = tokens[prev]
            opens_clause = prev == 0 or bool(text[tokens[prev - 1].end : word.start].strip())
            if (
                cues.is_("currency", word.text)
                or cues.is_("civilian", word.text)
                or (word.capitalised and not opens_clause and word.text not in heads)
            ):
                dropped_end = u.end
                continue
        kept.append(u)
    return kept


def groups_of(units: list[ActorUnit], tokens: list[Token], text: str, cues: EventCues) -> list[Group]:
    """Coordinated groups of units, each with the preposition governing it."""
    coordinators = cues.single("coordinator")
    heads = cues.single("head")
    runs: list[list[ActorUnit]] = []
    listed: list[bool] = []  # whether a run's units are joined by more than bare commas
    for unit in units:
        if runs:
            prev = runs[-1][-1]
            between_tokens = tokens[prev.last + 1 : unit.first]
            between = [t.text for t in between_tokens]
            gap = text[prev.end : unit.start]
            # "X dan Sekretaris Industri Pertahanan (SSB) Turkiye": after "dan", a title of any words
            after_and = bool(between) and between[0] in coordinators
            words_ok = all(
                w in coordinators or w in heads or (after_and and t.capitalised)
                for w, t in zip(between, between_tokens, strict=True)
            )
            joined = (
                any(w in coordinators for w in between)
                or bool(re.search(r"[,/&-]", gap))
                or unit.start < prev.end
            )
            if words_ok and joined and (_COORDINATION_PUNCT.match(_strip_words(gap, between)) is not None):
                runs[-1].append(unit)
                listed[-1] = listed[-1] or gap.strip() != "," or unit.start < prev.end
                continue
        runs.append([unit])
        listed.append(False)
    # "Menanggapi serangan Israel, Kementerian Luar Negeri Singapura ...": a list of different
    # actors ends with "dan"/"serta"; a bare comma between two is a clause edge, not a list
    runs = [
        part for run, ok in zip(runs, listed, strict=True) for part in ([run] if ok else [[u] for u in run])
    ]
    groups = []
    for run in runs:
        prep, prep_index = _governing_word(
            run[0].first, tokens, text, cues, heads, across_comma=run[0].kind in ("place", "state")
        )
        groups.append(Group(tuple(run), run[0].first, run[-1].last, prep, prep_index))
    return groups


def _strip_words(gap: str, words: list[str]) -> str:
    out = gap.lower()
    for w in words:
        out = out.replace(w, " ", 1)
    return out


def _governing_word(
    first: int,
    tokens: list[Token],
    text: str,
    cues: EventCues,
    heads: frozenset[str],
    across_comma: bool = True,
) -> tuple[str | None, int | None]:
    """The oblique preposition before a unit, looking back over titles and head nouns (not over
    punctuation, except the comma of a place apposition: "di Kota Bonn, Jerman"; a person or body
    after that comma starts the main clause: "Usai bertemu Putin di Kremlin, Presiden Prabowo ...")."""
    i = first - 1
    crossed_comma = False
    while i >= 0:
        gap = text[tokens[i].end : tokens[i + 1].start].strip()
        if gap == "," and tokens[i].capitalised and not crossed_comma and across_comma:
            crossed_comma = True
        elif gap:
            return None, None  # "(ANTARA News) - Sanksi ...": punctuation ends the phrase
        word = tokens[i]
        if cues.is_("oblique", word.text):
            if crossed_comma and not cues.is_("locative", word.text):
                return None, None
            return word.text, i
        if word.text in heads or (word.capitalised and i > 0):
            i -= 1
            continue
        return None, None
    return None, None


# Words a copula's noun phrase may have before a relative clause ("menjadi negara keempat yang").
MAX_COPULA_NOUN_WORDS = 3


class ClauseReader:
    """Reads the arguments of triggers in one sentence."""

    def __init__(self, tokens: list[Token], groups: list[Group], text: str, cues: EventCues) -> None:
        self.tokens = tokens
        self.groups = groups
        self.text = text
        self.cues = cues
        self._break = cues.single("break")
        self._right_break = self._break | cues.single("right_break")
        self._heads = cues.single("head")
        self._complementizers = cues.single("complementizer")

    def _crosses(self, lo: int, hi: int, breaks: frozenset[str]) -> bool:
        """True when tokens lo..hi-1, or the text between them, end a clause."""
        if any(t.text in breaks for t in self.tokens[lo:hi]):
            return True
        if lo < hi and lo < len(self.tokens):
            start = self.tokens[lo - 1].end if lo > 0 else 0
            end = self.tokens[hi].start if hi < len(self.tokens) else len(self.text)
            return ";" in self.text[start:end]
        return False

    def _after_complementizer(self, begin: int) -> int:
        """'mendesak agar Israel ...': a complementizer right after a verb of asking opens its object clause."""
        nxt = begin + 1
        if (
            nxt < len(self.tokens)
            and self.tokens[nxt].text in self._right_break
            and self.tokens[nxt].text not in self._break
        ):
            return nxt + 1
        return nxt

    def subject(self, hit: TriggerHit) -> Group | None:
        """The nearest group left of the trigger that is not an oblique, within the clause; a verb
        right after a time-clause opener ("..., saat bertemu dengan Y") reaches the main subject."""
        start = hit.first
        opener = start - 1
        while opener >= 0 and self.cues.is_("adverb", self.tokens[opener].text):
            opener -= 1
        if opener >= 0 and self.cues.is_("time_clause", self.tokens[opener].text):
            start = opener
        elif (carrier := self._past_unnamed_partner(self._before_light_verb(hit, opener))) >= 0 and self.cues.is_(
            "time_clause", self.tokens[carrier].text
        ):
            # "sehari setelah melakukan percakapan telepon dengan Xi", "disampaikan Macron saat dirinya
            # beserta delegasi melakukan pertemuan bilateral dengan Prabowo": the main subject's
            start = carrier
        if opener >= 0 and self.cues.is_("relative", self.tokens[opener].text):
            # "tragedi longsor yang menewaskan ...": a relative clause's subject is the noun before it
            head = next((g for g in self.groups if g.last == opener - 1), None)
            if head is None:  # "Jepang menjadi negara keempat yang bekerja sama": the copula's subject
                head = self._copula_subject(opener)
            return head if head is not None and head.prep is None and _actors(head) else None
        verb = self._before_light_verb(hit, opener)  # "dan terus melancarkan serangan": "dan" joins the light verb
        coordinated = verb >= 0 and self.cues.is_("coordinator", self.tokens[verb].text)
        # "Lee menjamu Presiden Trump dalam kunjungan ..., memuji kerja sama": a verb after a comma
        # goes on the series of the subject's verbs, as after "dan"
        serial = coordinated or (verb >= 0 and self._after_comma(verb + 1))
        # "Satgas Operasi Damai Cartenz bersama Polres Nabire menangkap ...": a partner right before the
        # verb acts with an unnamed subject, and stands for it when no other subject is found
        partner = self.comitative_before(hit)
        for g in reversed([g for g in self.groups if g.last < hit.first]):
            if self._crosses(g.last + 1, start, self._break):
                return partner
            if not coordinated and self._reported_clause(g.last + 1, start):
                return None  # "X mengatakan, ... dan mendesak": the coordinated verb is X's again
            if self._reports_apart(g.last + 1, hit.first):
                return None  # "Endang menyatakan bahwa Briptu Z telah ditetapkan ...": the speaker is outside
            if serial and self._object_of_verb(g):
                continue  # "Iran ... menghapus Israel dari peta dan mengancam ...": Israel is an object
            if g.prep is None and _actors(g):
                return g
        return partner

    def _past_unnamed_partner(self, index: int) -> int:
        """The word before a partner that names no actor ("beserta delegasi") ending at token `index`,
        adverbs and unresolved pronouns skipped ("saat dirinya beserta delegasi"); else `index`."""
        if index < 1 or not self.cues.is_("comitative", self.tokens[index - 1].text):
            return index
        if any(g.first <= index <= g.last for g in self.groups):
            return index  # a named partner: "bersama Polres Nabire"
        before = index - 2
        while before >= 0 and self.cues.is_("adverb", self.tokens[before].text):
            before -= 1
        return before

    def comitative_before(self, hit: TriggerHit) -> Group | None:
        """The partner named right before the verb ("Prabowo bersama Presiden Prancis Emmanuel Macron
        menandatangani"), adverbs and a noun's light verb skipped."""
        opener = hit.first - 1
        while opener >= 0 and self.cues.is_("adverb", self.tokens[opener].text):
            opener -= 1
        verb = self._before_light_verb(hit, opener)
        if verb < 0:
            return None
        partner = next((g for g in self.groups if g.last == verb), None)
        if partner is None or not self.cues.is_("comitative", partner.prep or "") or not _actors(partner):
            return None
        return partner

    def _before_light_verb(self, hit: TriggerHit, opener: int) -> int:
        """The word before the light verb carrying an event noun (adverbs skipped), when token `opener`
        is one; else `opener`."""
        verb = opener
        if hit.rule.pos != "verb" and verb >= 0 and self.cues.is_("light_verb", self.tokens[verb].text):
            verb -= 1
            while verb >= 0 and self.cues.is_("adverb", self.tokens[verb].text):
                verb -= 1
        return verb

    def _copula_subject(self, relative: int) -> Group | None:
        """The group before a copula that predicates the relative clause's head noun of it
        ("Jepang menjadi negara keempat yang ..."), or None."""
        for k in range(relative - 1, max(-1, relative - 1 - MAX_COPULA_NOUN_WORDS - 1), -1):
            word = self.tokens[k]
            if self.cues.is_("copula", word.text):
                return next((g for g in self.groups if g.last == k - 1), None)
            if word.capitalised or self._crosses(k, relative, self._right_break):
                return None
        return None

    def _after_comma(self, index: int) -> bool:
        """Token `index` comes right after a comma."""
        if index <= 0 or index >= len(self.tokens):
            return False
        return self.text[self.tokens[index - 1].end : self.tokens[index].start].strip() == ","

    def _reported_clause(self, lo: int, hi: int) -> bool:
        """'Faizal mengatakan, pelaku ... menembak korban': a speech verb and a comma open reported
        speech with its own subject; the speaker does not reach into it. A pronoun or a possessed
        word right after the comma ("mengatakan, pihaknya menangkap", "menjelaskan, pertemuannya
        dengan ...") still stands for the speaker."""
        clitics = self.cues.single("possessive_clitic")
        for k in range(lo, min(hi - 1, len(self.tokens) - 1)):  # "menyatakan, dukungan ...": a light verb
            word, nxt = self.tokens[k], self.tokens[k + 1]
            if (
                self.cues.is_("speech_verb", word.text)
                and self.text[word.end : nxt.start].strip() == ","
                and not self.cues.is_("adverb", nxt.text)
                and not any(nxt.text.endswith(c) for c in clitics)
            ):
                return True
        return False

    def _reports_apart(self, lo: int, hi: int) -> bool:
        """A complementizer among tokens lo..hi-1 opens a reported clause with its own subject; one
        that goes on with a possessed word ("membenarkan bahwa pihaknya telah menangkap") still
        speaks of the speaker."""
        clitics = self.cues.single("possessive_clitic")
        for k in range(lo, min(hi, len(self.tokens))):
            if self.tokens[k].text in self._complementizers:
                nxt = self.tokens[k + 1].text if k + 1 < len(self.tokens) else ""
                return not any(nxt.endswith(c) for c in clitics)
        return False

    def _object_of_verb(self, g: Group) -> bool:
        """A group right after a plain lowercase word (a verb, as a rule), not after a clause edge."""
        i = g.first - 1
        while i >= 0 and self.tokens[i].text in self._heads:
            i -= 1
        if i < 0:
            return False
        word = self.tokens[i]
        gap = self.text[word.end : self.tokens[i + 1].start]
        return (
            not word.capitalised
            and not gap.strip()
            and not self.cues.is_("coordinator", word.text)
            and (word.text not in self._break)
        )

    def right_groups(
        self, hit: TriggerHit, after: int | None = None, reach: int = MAX_OBJECT_DISTANCE
    ) -> list[Group]:
        """Groups right of the trigger (or of token `after`) within the clause and `reach` plain words."""
        begin = hit.last if after is None else after
        found = []
        for g in self.groups:
            if g.first <= begin:
                continue
            plain = [
                t
                for k, t in enumerate(self.tokens[begin + 1 : g.first], begin + 1)
                if not t.capitalised and t.text not in self._heads and not hit.first <= k <= hit.span_last
            ]
            opens = self._after_complementizer(begin) if hit.rule.type == "REQUEST" else begin + 1
            if len(plain) > reach or self._crosses(opens, g.first, self._right_break):
                break
            found.append(g)
        return found

    def genitive(self, hit: TriggerHit) -> Group | None:
        """The actor a noun trigger is possessed by: right after it, no preposition or comma between;
        or, where the language marks it ("Israel's attack"), right before it with a possessive."""
        before = [g for g in self.groups if g.last < hit.first]
        if before:
            g = before[-1]
            marker = self.tokens[g.last + 1] if g.last + 1 < hit.first else None
            if (
                marker is not None
                and self.cues.is_("possessive", marker.text)
                and hit.first - g.last - 1 <= 3
            ):
                return g
            if g.last + 1 == hit.first and g.prep is None and self.cues.is_("setting", "actor_before_noun"):
                return g
        for g in self.right_groups(hit):
            between = self.text[self.tokens[hit.last].end : g.units[0].start]
            words = self.tokens[hit.last + 1 : g.first]
            plain = [t for t in words if t.text not in self._heads and not t.capitalised]
            reach = MAX_GENITIVE_DISTANCE if hit.rule.type in MODIFIED_NOUN_TYPES else 0
            if (
                g.prep is None
                and len(words) <= MAX_GENITIVE_DISTANCE
                and len(plain) <= reach
                and not re.search(r"[,;:]", between)
                and not any(self.cues.is_("oblique", t.text) for t in words)
            ):
                return g
            return None
        return None

    def partner(self, hit: TriggerHit, after: int | None = None) -> Group | None:
        """The other side of a symmetric event: after 'dengan'/'antara', or right after the trigger."""
        heads = self.cues.single("head")
        begin = hit.last if after is None else after
        for g in self.right_groups(hit, after, reach=MAX_PARTNER_DISTANCE):
            if self.cues.is_("partner", g.prep or ""):
                return g
            between = self.tokens[begin + 1 : g.first]
            if g.prep is None and all(t.text in heads or t.capitalised for t in between):
                return g
            if g.prep is not None and not self.cues.is_("locative", g.prep):
                return None  # another verb's object: "bertemu untuk membahas isu dengan ..."
        return None

    def place_adjunct(self, hit: TriggerHit, after: int | None = None) -> Group | None:
        """A place or state in a place adjunct ("menyerang kota Marawi di Filipina")."""
        locative = self.cues.single("locative")
        for g in self.right_groups(hit, after):
            if g.prep in locative:
                return g
        return None

    def state_object(self, hit: TriggerHit) -> Token | None:
        """A law or policy word as the object ("menolak dengan tegas Perppu"): the act targets the state."""
        for tok in self.tokens[hit.last + 1 : hit.last + 5]:
            if self.cues.is_("state_object", tok.text):
                return tok
        return None

    def after_relative(self, hit: TriggerHit) -> bool:
        """The trigger opens a relative clause ("... yang ditangkap"), after adverbs."""
        i = hit.first - 1
        while i >= 0 and self.cues.is_("adverb", self.tokens[i].text):
            i -= 1
        return i >= 0 and self.cues.is_("relative", self.tokens[i].text)

    def framed_noun(self, hit: TriggerHit) -> bool:
        """An event noun right after a preposition or a time-clause opener ("dalam pertemuan",
        "seusai pertemuan"), or with a possessive clitic ("pertemuannya"): the clause's subject
        takes part in it."""
        if any(self.tokens[hit.last].text.endswith(c) for c in self.cues.single("possessive_clitic")):
            return True  # "pertemuannya dengan ...": the clitic is the subject's
        i = hit.first - 1
        while i >= 0 and self.cues.is_("adverb", self.tokens[i].text):
            i -= 1
        return i >= 0 and (
            self.cues.is_("time_clause", self.tokens[i].text) or self.cues.is_("oblique", self.tokens[i].text)
        )

    def received(self, hit: TriggerHit, visitor: Group) -> bool:
        """The object of a plain host verb is a visitor: a named person or body (not a bare state)
        right after the verb, with only titles and names between ("menerima PM James Marape")."""
        between = self.tokens[hit.span_last + 1 : visitor.first]
        return (
            visitor.prep is None
            and all(t.text in self._heads or t.capitalised for t in between)
            and all(u.kind not in ("state", "place") for u in visitor.units)
        )

    def second_side(self, first: Group) -> Group | None:
        """The other side after "antara X dengan Y": the next group, introduced by a partner word, with
        only titles and names between."""
        after = next((g for g in self.groups if g.first > first.last), None)
        if after is None or not self.cues.is_("partner", after.prep or "") or not _actors(after):
            return None
        between = self.tokens[first.last + 1 : (after.prep_index if after.prep_index is not None else after.first)]
        if self._crosses(first.last + 1, after.first, self._right_break):
            return None
        return after if all(t.text in self._heads or t.capitalised for t in between) else None

    def supplied(self, hit: TriggerHit) -> Group | None:
        """Whom an agreement supplies: the object of a verb of giving after "untuk" ("menandatangani
        kesepakatan untuk memasok Australia", "sepakat untuk memberikan Filipina pesawat")."""
        for k in range(hit.span_last + 1, min(len(self.tokens) - 2, hit.span_last + 3)):
            if not self.cues.is_("purpose", self.tokens[k].text) or not self.cues.is_("transfer_verb", self.tokens[k + 1].text):
                continue
            group = next((g for g in self.groups if g.first > k + 1), None)
            if group is None or group.prep is not None or not _actors(group):
                return None
            between = self.tokens[k + 2 : group.first]
            return group if all(t.text in self._heads for t in between) else None
        return None

    def deal_partner(self, hit: TriggerHit) -> Group | None:
        """The other party of a purchase or sale agreed to, named after "buatan"/"dari" further on in
        the clause ("menyepakati pembelian 48 unit jet tempur generasi kelima KAAN buatan Turkiye")."""
        nxt = hit.span_last + 1
        if nxt >= len(self.tokens) or not self.cues.is_("deal_object", self.tokens[nxt].text):
            return None
        last = min(len(self.tokens), nxt + 1 + MARKED_TARGET_WORDS)
        for k in range(nxt + 1, last):
            word = self.tokens[k]
            if word.text in self._right_break or self._crosses(k, k + 1, self._break):
                return None
            if self.text[self.tokens[k - 1].end : word.start].strip():
                return None
            if self.cues.is_("deal_partner", word.text):
                group = next((g for g in self.groups if g.first == k + 1), None)
                return group if group is not None and _actors(group) else None
        return None

    def perpetrator_before(self, hit: TriggerHit) -> bool:
        """An unnamed perpetrator ("para pelaku", "kelompok bersenjata") is the subject left of the
        trigger in its clause."""
        for k in range(hit.first - 1, -1, -1):
            if self._crosses(k, k + 1, self._break):
                return False
            if self.cues.ends_with("perpetrator", [t.text for t in self.tokens[: k + 1]]):
                return True
        return False

    def civilians_struck(self, hit: TriggerHit, after: int | None = None) -> bool:
        """The attack struck civilians named by their trade or standing ("terhadap guru dan nakes"), right
        after it or after a noun joined to it ("penyerangan dan penganiayaan terhadap guru")."""
        nxt = (hit.span_last if after is None else after) + 1
        if nxt + 1 < len(self.tokens) and self.cues.is_("coordinator", self.tokens[nxt].text):
            nxt += 2
        if nxt >= len(self.tokens) or not self.cues.is_("target_marker", self.tokens[nxt].text):
            return False
        return bool(self.cues.spans("civilian_victim", [t.text for t in self.tokens[nxt + 1 : nxt + 3]]))

    def people_of(self, unit: ActorUnit) -> bool:
        """The unit names people: a person or body, or a state named as their nationality ("warga negara
        Indonesia", "warga China"); not a bare state name, which may be a suspect's initials ("AS ditahan")."""
        if unit.kind != "state":
            return unit.kind != "place"
        k = unit.first
        if not 0 < k < len(self.tokens) or self.tokens[k].start != unit.start:
            return False  # a unit carried from another sentence: its words are not these tokens
        return self.cues.is_("nationality_head", self.tokens[k - 1].text)

    def unnamed_people_before(self, hit: TriggerHit) -> tuple[int, int] | None:
        """(first, last) tokens of a counted group of unnamed people left of the trigger in its clause
        ("Empat orang", "delapan tersangka lainnya"), or None."""
        for k in range(hit.first - 1, 0, -1):
            if self._crosses(k, k + 1, self._break):
                return None
            if self.cues.is_("people_noun", self.tokens[k].text) and (
                self.cues.is_("numeral", self.tokens[k - 1].text) or self.tokens[k - 1].text.isdigit()
            ):
                return k - 1, k
        return None

    def official_crime(self, name: str | None = "") -> bool:
        """The sentence (or the given name of a body) names a crime of office holders ("kasus korupsi",
        "pemerasan", "operasi tangkap tangan"; "Komisi Pemberantasan Korupsi")."""
        if name is None:
            return False
        words = words_of(name) if name else [t.text for t in self.tokens]
        return bool(self.cues.spans("official_crime", words))

    def struck_subject(self, hit: TriggerHit) -> Group | None:
        """The clause's subject when a copula and a word of being struck stand right before the attack
        noun ("Houthi ... menjadi sasaran serangan udara Israel", "menjadi korban serangan ...")."""
        before = hit.first - 1
        if before >= 0 and self.cues.is_("oblique", self.tokens[before].text):
            before -= 1  # "sasaran dari serangan ..."
        if before < 1 or not self.cues.is_("struck_frame", self.tokens[before].text):
            return None
        if not self.cues.is_("copula", self.tokens[before - 1].text):
            return None  # "menyebut target serangan IDF ...": the speaker was not struck
        subject = self.subject(hit)
        return subject if subject is not None and subject.last < before else None

    def framed_attack(self, hit: TriggerHit, subject: Group | None) -> bool:
        """An attack noun after a preposition, aimed at a named target, whose clause subject did not
        suffer it ("Iran ... menggunakan rudal ... dalam serangan udara ke Israel"): the subject attacks."""
        if subject is None or hit.rule.type not in MODIFIED_NOUN_TYPES or not self.framed_noun(hit):
            return False
        between = self.tokens[subject.last + 1 : hit.first]
        if any(self.cues.is_("victim", t.text) for t in between):
            return False  # "dua tentara tewas dalam serangan ke pos itu"
        if any(t.text in self._right_break for t in between) or any(
            subject.last < g.first < hit.first for g in self.groups
        ):
            return False  # "AS berencana menjatuhkan sanksi terhadap pihak yang terlibat dengan Rusia dalam invasi"
        return self.marked_target(hit) is not None

    def names_struck(self, hit: TriggerHit, after: int | None = None) -> bool:
        """The attack names what it struck right after it, or after its doer (token `after`): "serangan
        terhadap kapal-kapal", "serangan Houthi terhadap kapal-kapal internasional"; not by pointing
        back to something told before ("serangan ke wilayah tersebut")."""
        nxt = (hit.span_last if after is None else after) + 1
        if nxt >= len(self.tokens) or not self.cues.is_("target_marker", self.tokens[nxt].text):
            return False
        return not any(self.cues.is_("reference", t.text) for t in self.tokens[nxt + 1 : nxt + 4])

    def marked_target(self, hit: TriggerHit) -> Group | None:
        """What an attack struck, named after "ke"/"terhadap" up to MARKED_TARGET_WORDS words on in
        its clause ("melancarkan serangan udara pada 22 Juni dini hari ke tiga situs nuklir Iran")."""
        marked = False
        last = min(len(self.tokens), hit.span_last + 1 + MARKED_TARGET_WORDS)
        for k in range(hit.span_last + 1, last):
            word = self.tokens[k]
            if word.text in self._right_break or self._crosses(k, k + 1, self._break):
                return None
            if k > hit.span_last + 1 and self.text[self.tokens[k - 1].end : word.start].strip():
                return None  # a comma or a bracket ends the phrase
            if self.cues.is_("target_marker", word.text):
                marked = True
                continue
            group = next((g for g in self.groups if g.first == k), None)
            if group is not None:
                return group if marked else None
        return None

    def light_verb_before(self, hit: TriggerHit) -> bool:
        """'melancarkan 260 serangan', 'melakukan aksi agresi', 'menyatakan dukungan': a verb carries the noun."""
        return any(
            self.cues.is_("light_verb", t.text) for t in self.tokens[max(0, hit.first - 3) : hit.first + 1]
        )

    def act_object(self, hit: TriggerHit) -> TriggerHit | None:
        """The act a condemnation is about ("mengecam keras aksi kekerasan", "mengutuk langkah dari
        Selandia Baru"), as a pseudo-hit for its doer."""
        for k in range(hit.last + 1, min(len(self.tokens), hit.last + 3)):
            if self.cues.is_("act_noun", self.tokens[k].text) or self.cues.is_("decision_noun", self.tokens[k].text):
                tok = self.tokens[k]
                if k + 1 < len(self.tokens) and self.cues.is_("act_noun", self.tokens[k + 1].text):
                    k, tok = k + 1, self.tokens[k + 1]  # "aksi kekerasan": the act is the second word
                return TriggerHit(hit.rule, k, k, tok.start, tok.end, tok.text, k)
        return None

    def doer_after_relative(self, act: TriggerHit) -> Group | None:
        """'kekejaman yang dilakukan (oleh) Israel': the doer named in a relative clause on the act."""
        for k in range(act.last + 1, min(len(self.tokens), act.last + 5)):
            words = [t.text for t in self.tokens[act.last + 1 : k + 1]]
            if self.cues.ends_with("doer_marker", words) and len(words) == len(
                self.cues.ends_with("doer_marker", words) or ()
            ):
                start = k + 1
                if start < len(self.tokens) and self.cues.is_("agent", self.tokens[start].text):
                    start += 1
                return next(
                    (g for g in self.groups if g.first >= start and g.first - start <= 2 and _actors(g)), None
                )
        return None

    def militant_near(self, hit: TriggerHit, before: bool) -> bool:
        """'menangkap tiga terduga teroris' / 'terduga teroris ... ditangkap': members of an armed group."""
        if before:
            words = [t.text for t in self.tokens[max(0, hit.first - 6) : hit.first]]
        else:
            words = [t.text for t in self.tokens[hit.last + 1 : hit.last + 5]]
        return self.cues.contains("militant_object", words) is not None

    def apposition_subject(self, hit: TriggerHit) -> Group | None:
        """'Hanya tiga fraksi yang menolak ..., yakni PKS, PAN, dan Gerindra': the members after the marker."""
        for k in range(hit.last + 1, len(self.tokens)):
            words = [t.text for t in self.tokens[hit.last + 1 : k + 1]]
            if self.cues.ends_with("apposition", words):
                return next((g for g in self.groups if g.first > k and g.first - k <= 2 and _actors(g)), None)
        return None

    def places_in_clause(self, besides: list[ActorUnit] | None = None) -> list[ActorUnit]:
        """Places named anywhere in the sentence ("korban ... akibat serangan udara Israel" in a Gaza report),
        but for the home of an actor `besides`, named right after it ("Kelompok Houthi di Yaman")."""
        homes = {u.last + 1 for u in besides or ()}
        return [u for g in self.groups if g.prep_index not in homes for u in g.units if u.kind == "place"]

    def addressee(self, hit: TriggerHit) -> Group | None:
        """The group introduced by an addressee word ("kepada") within MAX_PARTNER_DISTANCE plain words
        of the trigger in its clause."""
        for g in self.right_groups(hit, reach=MAX_PARTNER_DISTANCE):
            if self.cues.is_("addressee", g.prep or "") and _actors(g):
                between = self.tokens[hit.span_last + 1 : g.first]
                # "meminta awak media bertanya kepada PSI": the addressee of another verb
                return None if any(self._looks_like_verb(t.text) for t in between) else g
        return None

    def _looks_like_verb(self, word: str) -> bool:
        return self.cues.looks_like_verb(word)

    def threat_reach(self, hit: TriggerHit) -> int:
        """How many plain words a trigger's object may stand off: further for a threat of a future
        act, whose object is the threatened act's ("mengancam akan menaikkan tarif perdagangan bagi
        kedua negara")."""
        nxt = hit.span_last + 1
        if hit.rule.type == "THREATEN" and nxt < len(self.tokens) and self.cues.is_("future", self.tokens[nxt].text):
            return MAX_PARTNER_DISTANCE
        return MAX_OBJECT_DISTANCE

    def clitic_object(self, hit: TriggerHit, subject: Group | None) -> Group | None:
        """A threatened act whose object is a clitic ("mengancam akan memusnahkannya"): the object of a
        verb before the trigger in its clause, which the clitic points back to."""
        nxt = hit.span_last + 1
        if nxt + 1 >= len(self.tokens) or not self.cues.is_("future", self.tokens[nxt].text):
            return None
        act = self.tokens[nxt + 1].text
        clitics = self.cues.single("possessive_clitic")
        if not self.cues.looks_like_verb(act) or not any(act.endswith(c) for c in clitics):
            return None
        for g in reversed([g for g in self.groups if g.last < hit.first]):
            if self._crosses(g.last + 1, hit.first, self._break):
                return None
            if g is not subject and _actors(g) and self._object_of_verb(g):
                return g
        return None

    def object(
        self, hit: TriggerHit, after: int | None = None, allow_places: bool = False, reach: int = MAX_OBJECT_DISTANCE
    ) -> Group | None:
        """The first right group that is not a place/time adjunct; adjuncts joined to the trigger form count."""
        locative = self.cues.single("locative")
        edge = self.tokens[after if after is not None else hit.span_last].end
        if self.text[edge:].lstrip().startswith((",", ";", ":")):
            return None  # "BP Haji menolak, DPR ingatkan ...": the clause ends at the verb
        for g in self.right_groups(hit, after, reach):
            # a preposition that is the trigger's own last word governs its object ("menerima penghargaan
            # tertinggi dari Pemerintahan Prancis")
            directly = g.prep_index is not None and g.prep_index in (hit.last, hit.span_last)
            if g.prep in locative and not directly:
                continue
            if self.cues.is_("agent", g.prep or "") or self.cues.is_("channel", g.prep or ""):
                continue  # "mendukung EU Desk melalui EU-Indonesia Cooperation Facility": the means, not the target
            if _actors(g) or allow_places:
                return g
        return None

    def examples(self, hit: TriggerHit) -> Group | None:
        """'menyerang negara-negara yang membela Israel, seperti Inggris, Perancis, dan AS': the object
        named by examples after a relative clause."""
        for g in self.groups:
            if g.first <= hit.span_last or not self.cues.is_("examples", g.prep or ""):
                continue
            if self._crosses(hit.span_last + 1, g.first, self._break):
                return None
            return g if _actors(g) else None
        return None

    def agent_after_marker(self, hit: TriggerHit) -> Group | None:
        """An event noun's doer introduced by the agent marker ("serangan oleh Israel", "attack by Israel")."""
        return next((g for g in self.right_groups(hit) if self.cues.is_("agent", g.prep or "")), None)

    def fronted_clause_subject(self, hit: TriggerHit) -> Group | None:
        """'Setelah menandatangani kesepakatan dengan Perancis, Indonesia kini ...': the verb of a time
        clause opening the sentence, or an event noun after a preposition opening it ("Dalam pertemuan
        dengan ..., ia menyerukan"), has the subject of the main clause after its comma."""
        i = hit.first - 1
        while i >= 0 and self.cues.is_("adverb", self.tokens[i].text):
            i -= 1
        if i < 0:
            return None
        opener = self.tokens[i].text
        # "Dalam pertemuan dengan Menteri Luar Negeri Spanyol di Madrid, ia menyerukan ...": an event noun
        # framed by a preposition opening the sentence takes the main clause's subject too
        framed = hit.rule.pos != "verb" and self.cues.is_("oblique", opener) and self.framed_noun(hit)
        if not framed and (not self.cues.is_("time_clause", opener) or hit.rule.pos != "verb"):
            return None
        if i > 0 and not self.text[: self.tokens[i].start].rstrip().endswith(("-", "–", "—")):
            return None  # not the sentence's opening (a dateline may stand before it)
        comma = self.text.find(",", self.tokens[hit.last].end)
        if comma < 0:
            return None
        for g in self.groups:
            if self.tokens[g.first].start < comma:
                continue
            between = [t for t in self.tokens if comma < t.start < self.tokens[g.first].start]
            if g.prep is None and _actors(g) and all(t.capitalised or t.text in self._heads for t in between):
                return g
            return None
        return None

    def agent_before(self, hit: TriggerHit) -> Group | None:
        """The doer of a passive verb that frames the noun, left of it in the clause ("disampaikan oleh
        PM Mark Carney dalam komunikasi melalui sambungan telepon dengan ...")."""
        for g in reversed([g for g in self.groups if g.last < hit.first]):
            if self._crosses(g.last + 1, hit.first, self._break):
                return None
            if self.cues.is_("agent", g.prep or ""):
                return g
        return None

    def agent(self, hit: TriggerHit) -> Group | None:
        """A passive verb's doer: after 'oleh', or right after the verb with no preposition."""
        for g in self.right_groups(hit):
            if self.cues.is_("agent", g.prep or ""):
                return g
            between = self.tokens[hit.last + 1 : g.first]
            if g.prep is None and all(t.text in self._heads for t in between):
                return g
        return None


def _actors(g: Group) -> tuple[ActorUnit, ...]:
    return tuple(u for u in g.units if u.kind != "place")


def _units(g: Group | None, places: bool = False) -> list[ActorUnit]:
    if g is None:
        return []
    return list(g.units if places else _actors(g))


@dataclass(frozen=True)
class ArticleContext:
    """What the coder knows about the whole article when reading one clause."""

    carried_subject: Group | None = None  # the previous sentence's subject, when the clause may inherit it
    militant_code: str | None = None  # the armed group the article is about ("terduga teroris" -> it)
    officials_crime: bool = False  # the article is about a crime of office holders (corruption)
    investigators: str | None = None  # then, the state whose investigators the article names


ACT_WITHOUT_DOER = "act without a named doer"
ATTACK_WITHOUT_TARGET = "attack without a named target"


def dyads_for(hit: TriggerHit, reader: ClauseReader, context: ArticleContext) -> tuple[list[Dyad], str]:
    """Source/target pairs the trigger's frame finds, and a note on how (or why none).

    An ACCUSE whose object is an act with no named doer ("mengecam keras kekerasan ...")
    comes back with target None and the note ACT_WITHOUT_DOER, an attack with no named
    target ("Iran menembakkan tiga gelombang rudal") with ATTACK_WITHOUT_TARGET: the
    caller resolves them from the article's other events.
    """
    rule = hit.rule
    subject, subject_note = _subject(hit, reader, context)
    genitive = reader.genitive(hit) if rule.pos in ("noun", "patient") else None
    if (
        rule.pos != "verb"
        and rule.frame not in ("symmetric", "mutual", "visit")
        and not reader.light_verb_before(hit)
        and not (genitive is None and reader.framed_attack(hit, subject))
    ):
        subject = None  # "serangan ... dalam invasi ke Ukraina": an event noun's actor is its own

    if rule.frame in ("symmetric", "mutual"):
        between = reader.partner(hit, after=genitive.last if genitive is not None else None)
        # "setelah bentrokan antara tentara Filipina dan ISIS": the noun names both its sides
        sides = _units(between)
        if between is not None and reader.cues.is_("between", between.prep or "") and len(sides) == 1:
            # "pertemuan virtual antara Menteri ... Airlangga Hartarto dengan Komisioner ... Maros Sefcovic"
            sides += _units(reader.second_side(between))
        both_named = (
            between is not None
            and reader.cues.is_("between", between.prep or "")
            and len(sides) >= 2
        )
        own_sides = genitive is not None or both_named or not reader.framed_noun(hit)
        if rule.pos != "verb" and not reader.light_verb_before(hit) and own_sides:
            # "pertemuan Prabowo dengan Lula", "lima putaran pembicaraan antara Iran dan AS": the
            # noun names its own sides; a subject reaches it only through a verb or a framing
            # word ("Dehqan, dalam pertemuan dengan ...", "... seusai pertemuan ...")
            subject = None
        parts: list[tuple[ActorUnit, str]] = [(u, subject_note) for u in _units(subject)]
        with_partner = reader.comitative_before(hit) if rule.pos == "verb" else None
        if parts and with_partner is not None and with_partner is not subject:
            parts += [(u, "partner named with the subject ('bersama')") for u in _units(with_partner)]
        if len(parts) < 2:  # "X dan Y sepakat" names both sides already
            if genitive is not None:
                parts += [(u, "actor of the noun") for u in _units(genitive)]
            elif not parts and rule.pos != "verb" and reader.framed_noun(hit):
                parts += [
                    (u, "doer of the passive verb framing the noun") for u in _units(reader.agent_before(hit))
                ]
            # "pertemuan dengan Direktur ILO, Wakil Menteri AS, serta ...": partners after "dengan" are
            # all one side; with no subject or owner the other side is unnamed
            if parts or both_named:
                parts += [(u, "partner right of the trigger") for u in sides]
        if len(parts) == 1 and rule.type == "AGREE" and (receiver := reader.supplied(hit)) is not None:
            # "Tokyo juga sepakat untuk memberikan Filipina pesawat patroli pantai"
            parts += [(u, "the party supplied under the deal") for u in _units(receiver)]
        if len(parts) == 1 and rule.type == "AGREE" and (seller := reader.deal_partner(hit)) is not None:
            # "Indonesia kini menyepakati pembelian 48 unit jet tempur ... KAAN buatan Turkiye"
            parts += [(u, "the other party of the deal ('buatan'/'dari')") for u in _units(seller)]
        if len(parts) < 2 and rule.frame == "symmetric":
            # "nota kesepahaman itu diteken oleh X dan Y", "Penandatanganan dilakukan oleh X dan Y"
            agents = reader.agent_after_marker(hit) or reader.agent(hit)
            parts += [(u, "parties after the passive verb") for u in _units(agents)]
        if rule.frame == "mutual":
            return _mutual(parts, rule.type), "mutual"
        return _star(parts, rule.type), "symmetric"

    if rule.frame == "host":
        visitor = reader.object(hit)
        if visitor is not None and reader.cues.has("direct_object", rule.form) and not reader.received(hit, visitor):
            visitor = None  # "menerima laporan dari ...", "menerima Indonesia menjadi anggota BRICS"
        return _cross(
            _units(visitor),
            "visitor after the host verb",
            _units(subject),
            "host: " + subject_note,
            rule.type,
        ), "host"

    if rule.frame == "passive":
        agent = reader.agent(hit)
        if reader.after_relative(hit) and subject is not None and subject.last + 2 < hit.first:
            subject = (
                None  # "Setyo menuturkan tiga terduga teroris yang ditangkap ...": the patient is the noun
            )
        patients, patient_note = _units(subject), "patient: " + subject_note
        if not patients and context.investigators and (people := reader.unnamed_people_before(hit)) is not None:
            # "Empat orang ditetapkan sebagai tersangka dalam kasus dugaan korupsi proyek PLTU"
            patients, patient_note = (
                [_unnamed_officials(context.investigators, people, hit)],
                "unnamed suspects in an article about officials' crime: officials of the investigators' state",
            )
        if not patients and context.militant_code and reader.militant_near(hit, before=True):
            patients, patient_note = (
                [_militant_unit(context.militant_code, hit)],
                "members of the armed group the article is about",
            )
        doers, doer_note = _units(agent), "agent of the passive verb"
        if not doers and rule.type in ABROAD_ACT_TYPES and patients and all(reader.people_of(p) for p in patients):
            # "Dua warga negara Indonesia ditahan di Malaysia": held by the state where it happened
            own = {p.country for p in patients}
            where = [u for u in _units(reader.place_adjunct(hit), places=True) if u.country not in own]
            doers, doer_note = where[:1], "the state where it happened, not the patient's own"
        if not doers and reader.cues.has("own_state_act", rule.form):
            # "Gubernur Riau Abdul Wahid ditetapkan sebagai tersangka": only his own state's
            # investigators give that status; a private person's case ("Selebgram Lisa Mariana
            # ... dalam kasus dugaan pencemaran nama baik") is no political event
            doers = [
                _authorities_of(p, hit)
                for p in patients[:1]
                if p.kind != "state" and (p.role or p.sector or context.officials_crime or reader.official_crime())
            ]
            doer_note = "an unnamed doer of a state act: the patient's own state"
        return _cross(doers, doer_note, patients, patient_note, rule.type), "passive"

    places_ok = rule.type in PLACE_TARGET_TYPES or rule.frame == "visit"
    if rule.pos == "patient":
        agent = None
        for g in reader.right_groups(hit, after=genitive.last if genitive else None):
            if reader.cues.is_("agent", g.prep or ""):
                agent = g
                break
        sources = _units(agent) or _units(subject)
        note = "agent after 'oleh'" if agent is not None else subject_note
        return _cross(
            sources, note, _units(genitive, places_ok), "patient right after the noun", rule.type
        ), "patient noun"

    struck = False
    if genitive is not None:
        sources, source_note = _units(genitive), "actor of the noun"
        after = genitive.last if genitive.last > hit.last else None
        target = reader.object(hit, after=after, allow_places=True)
        if target is None and rule.type in ATTACK_FRAMED_TYPES:
            # "Houthi ... menjadi sasaran serangan udara Israel": the clause's subject was struck
            target = reader.struck_subject(hit)
            struck = target is not None
    else:
        sources, source_note = _units(subject), subject_note
        if not sources and rule.type in PERPETRATOR_TYPES and context.militant_code and reader.perpetrator_before(hit):
            # "Para pelaku ... melakukan penyerangan terhadap guru dan nakes" in a report on the KKB
            sources = [_militant_unit(context.militant_code, hit)]
            source_note = "the unnamed perpetrators of the armed group the article is about"
        target = reader.object(hit, allow_places=True, reach=reader.threat_reach(hit))
        if not sources and rule.pos == "noun" and (agent := reader.agent_after_marker(hit)) is not None:
            sources, source_note = _units(agent), "doer after 'oleh'/'by'"
        between = reader.partner(hit) if not sources and rule.pos == "noun" else None
        if between is not None and reader.cues.is_("between", between.prep or "") and len(_units(between)) >= 2:
            # "serangan ... antara Israel dan Hamas": each side against the other
            return _mutual([(u, "side named after 'antara'") for u in _units(between)], rule.type), "mutual"
    if target is None and rule.type == "THREATEN" and genitive is None:
        # "menghapus Israel dari peta dan mengancam akan memusnahkannya": the clitic is the object before
        target = reader.clitic_object(hit, subject)
    if target is None and rule.type in ADDRESSED_TYPES and genitive is None:
        # "Kamboja meminta gencatan senjata tanpa syarat kepada Thailand", "memberikan bantuan
        # kemanusiaan senilai 5 juta dollar AS kepada Palestina": the addressee after a long object
        target = reader.addressee(hit)
    if target is not None and target is subject:  # the subject was named after "yakni", right of the verb
        target = None
    targets = _units(target, places_ok)
    target_note = "subject struck by the attack ('sasaran serangan')" if struck else "object right of the trigger"
    act = reader.act_object(hit)
    if rule.type in ACT_OBJECT_TYPES and act is not None:
        # "mengecam serangan Israel", "mendukung ancaman terhadap Iran": the act's doer, not its victim
        doer = reader.genitive(act) or reader.doer_after_relative(act)
        targets, target_note = _units(doer), f"doer of the '{act.text}'"
        # an attack with no named doer is the article's attacker's; a decision with no named maker
        # ("mendukung sikap bermusuhan terhadap Israel") is no one's
        if not targets and rule.type == "ACCUSE" and reader.cues.is_("act_noun", act.text):
            return [Dyad(Role(s, source_note), None) for s in sources], ACT_WITHOUT_DOER
        if not targets:
            return [], "an act without a named doer"
    if reader.cues.has("diplomat_object", rule.form):
        # "memanggil Duta Besar Brasil di Jakarta": summoning a foreign envoy is a protest; summoning a
        # witness or anyone else is no event
        envoys = [u for u in targets if (u.role or "").lower() in DIPLOMATIC_ROLES]
        if not envoys:
            return [], "the summoned is no envoy"
        targets, target_note = envoys, "the envoy summoned"
    if rule.frame == "intrans" and (target is None or target.prep is None):
        targets = []
    if rule.frame == "visit" and not (target is not None and reader.cues.is_("addressee", target.prep or "")):
        # one visits a state or a place, not a body or a person in a list; but a courtesy call is paid
        # to a person ("kunjungan kehormatan Presiden Prabowo kepada Presiden Tharman")
        targets = [u for u in targets if u.kind in ("state", "place")]
    if not targets and rule.frame == "visit":
        targets, target_note = (
            _units(reader.place_adjunct(hit), places=True),
            "visited place stands for its state",
        )
    if not targets and rule.type == "ASSAULT" and (marked := reader.marked_target(hit)) is not None:
        targets, target_note = _units(marked, places=True), "struck, after 'ke'/'terhadap' further on"
    if not targets and rule.type in PLACE_TARGET_TYPES:
        targets, target_note = (
            _units(reader.place_adjunct(hit), places=True),
            "place of the act stands for its state",
        )
        if not targets:
            targets, target_note = (
                reader.places_in_clause(besides=sources),
                "a place named in the sentence stands for its state",
            )
    if not targets and rule.pos == "verb" and (named := reader.examples(hit)) is not None:
        targets, target_note = _units(named), "object named by examples ('seperti ...')"
    if not targets and (law := reader.state_object(hit)) is not None:
        targets = [_state_of(s, law, hit) for s in sources if "." in s.code]
        target_note = f"'{law.text}' is a law or policy of the state"
    if not targets and reader.cues.has("own_state_act", rule.form):
        # "KPK telah menetapkan delapan orang tersangka dalam kasus pemerasan ...", "KPK menangkap 10 orang
        # dalam operasi senyap": unnamed officials of the investigators' own state
        targets = [
            _suspects_of(s, hit)
            for s in sources
            if s.kind != "person"
            and "." not in s.code
            and (context.officials_crime or reader.official_crime() or reader.official_crime(s.name))
        ]
        target_note = "unnamed suspects of an officials' crime: the investigators' own state"
    if not targets and context.militant_code and reader.militant_near(hit, before=False):
        targets, target_note = (
            [_militant_unit(context.militant_code, hit)],
            "members of the armed group the article is about",
        )
    if not targets and (rule.frame == "intrans" or rule.type in TARGET_OPTIONAL_TYPES):
        return [Dyad(Role(s, source_note), None) for s in sources], "no target needed"
    struck_after = genitive.last if genitive is not None and genitive.last > hit.span_last else None
    if not targets and rule.type == "ASSAULT" and reader.civilians_struck(hit, after=struck_after):
        # "penyerangan terhadap guru dan nakes" by the KKB: civilians of the group's own state
        targets = [_state_of(s, reader.tokens[hit.last], hit) for s in sources if "." in s.code]
        if targets:
            return _cross(sources, source_note, targets, "civilians of the attacker's own state", rule.type), rule.frame
    if not targets and rule.type == "ASSAULT" and reader.names_struck(hit, after=struck_after):
        return [], "the attack struck something named that is no actor ('serangan terhadap kapal-kapal')"
    if not targets and rule.type == "ASSAULT":
        return [Dyad(Role(s, source_note), None) for s in sources], ATTACK_WITHOUT_TARGET
    if not targets and rule.type == "ACCUSE" and rule.pos != "verb":
        # "Kecaman terus dilancarkan oleh Amerika Serikat": a condemnation in a war report
        return [Dyad(Role(s, source_note), None) for s in sources], ACT_WITHOUT_DOER
    return _cross(sources, source_note, targets, target_note, rule.type), rule.frame


def _subject(hit: TriggerHit, reader: ClauseReader, context: ArticleContext) -> tuple[Group | None, str]:
    subject = reader.subject(hit)
    if subject is not None:
        return subject, "subject left of the trigger"
    if context.carried_subject is not None:
        return context.carried_subject, "subject carried over from the previous sentence"
    named = reader.apposition_subject(hit)
    if named is not None:
        return named, "subject named after 'yakni/yaitu'"
    fronted = reader.fronted_clause_subject(hit)
    if fronted is not None:
        return fronted, "subject of the main clause after a fronted time clause"
    return None, "no subject"


def _state_of(source: ActorUnit, word: Token, hit: TriggerHit) -> ActorUnit:
    """The state a domestic group acts on when it acts on that state's law."""
    index = hit.last + 1
    return ActorUnit(word.start, word.end, source.country, "state", None, word.text, index, index)


def _authorities_of(patient: ActorUnit, hit: TriggerHit) -> ActorUnit:
    """The unnamed authorities of the patient's state (investigators, prosecutors)."""
    return ActorUnit(hit.start, hit.end, patient.country, "organisation", None, hit.text, hit.first, hit.last)


def _unnamed_officials(code: str, people: tuple[int, int], hit: TriggerHit) -> ActorUnit:
    """Unnamed office holders of a state, told as a count of people ("Empat orang")."""
    return ActorUnit(hit.start, hit.end, code, "official", None, "unnamed officials", *people)


def _suspects_of(investigator: ActorUnit, hit: TriggerHit) -> ActorUnit:
    """The unnamed officials an investigator of their own state names as suspects."""
    return ActorUnit(hit.start, hit.end, investigator.country, "official", None, hit.text, hit.first, hit.last)


def _militant_unit(code: str, hit: TriggerHit) -> ActorUnit:
    return ActorUnit(hit.start, hit.end, code, "armed_group", None, hit.text, hit.first, hit.last)


def _mutual(parts: list[tuple[ActorUnit, str]], kind: str) -> list[Dyad]:
    """Both sides act on each other: the first participant with each other one, both ways."""
    out = []
    for dyad in _star(parts, kind):
        out.append(dyad)
        if dyad.target is not None:
            out.append(Dyad(dyad.target, dyad.source))
    return out


def _distinct(a: ActorUnit, b: ActorUnit, kind: str) -> bool:
    """Source and target must be different actors; the same state only for domestic types.

    Meetings, agreements and cooperation between two people of one state ("Presiden Prabowo bertemu
    Presiden ke-7 RI Joko Widodo", a minister meeting a governor) are not coded: CONSULT, AGREE and
    COOPERATE are not in DOMESTIC_TYPES. The spec counts domestic politics, but a domestic meeting is
    an interaction of the state with itself far more often than a political event, so precision first.
    """
    if a.code != b.code:
        return True
    if kind not in DOMESTIC_TYPES or "." in a.code:  # a party or group never acts on itself
        return False
    if a.kind == "state" or b.kind == "state":
        return False
    if _diplomat(a) or _diplomat(b):  # a diplomat speaks for the state abroad, not at home
        return False
    return (a.name or a.text.lower()) != (b.name or b.text.lower())


def _diplomat(unit: ActorUnit) -> bool:
    return unit.sector == DIPLOMATIC_SECTOR or (unit.role or "").lower() in DIPLOMATIC_ROLES


def _cross(
    sources: list[ActorUnit], s_note: str, targets: list[ActorUnit], t_note: str, kind: str
) -> list[Dyad]:
    out = []
    for s in sources:
        for t in targets:
            if _distinct(s, t, kind):
                out.append(Dyad(Role(s, s_note), Role(t, t_note)))
    return out


def _star(parts: list[tuple[ActorUnit, str]], kind: str) -> list[Dyad]:
    """Symmetric events: the first participant with each other one (not every pair)."""
    seen: list[tuple[ActorUnit, str]] = []
    for unit, note in parts:
        if all(_distinct(unit, other, kind) for other, _ in seen):
            seen.append((unit, note))
    if len(seen) < 2:
        return []
    (hub, hub_note), rest = seen[0], seen[1:]
    return [Dyad(Role(hub, hub_note), Role(u, note)) for u, note in rest]
