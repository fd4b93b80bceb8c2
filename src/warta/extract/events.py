"""The event coder: PLOVER events from clean text and resolved actor mentions.

`extract_events(doc, sentences, mentions, pack, dates, places)` finds triggers
(warta.extract.triggers), reads their arguments (warta.extract.arguments), drops
what the article does not assert (negated, planned, hypothetical, purpose clauses,
events inside direct quotes, links to other articles, title lines, nouns that only
point back to an event already told, verbal "attacks" on a person with no word of force,
requests that are steps of a trial), and dates and places each event. Every event
carries its evidence sentence, trigger and a reason per field.

Who acts for a state: a state acting through a body or person of its own ("Pemerintah
Indonesia melalui Kementerian Luar Negeri") takes the channel's name; a state's statement
takes the office holder who spoke for it in that sentence or the next two ("ungkap
Kementerian Luar Negeri RI"); else a name from another event between the same actors of
the same kind (armed force, or talk and other acts), else the one person of that state in
the sentence. Of one event told twice, the telling that names the same person and more stays.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Protocol

from warta.extract.arguments import (
    ACT_WITHOUT_DOER,
    ATTACK_WITHOUT_TARGET,
    ActorUnit,
    ArticleContext,
    ClauseReader,
    Dyad,
    Group,
    Role,
    actor_units,
    dyads_for,
    groups_of,
    not_actors,
)
from warta.extract.event_cues import EventCues
from warta.extract.triggers import Token, TriggerHit, TriggerLexicon, tokenize, words_of
from warta.lang import LanguagePack, load_pack
from warta.model import Doc, Event, Mention, Sentence

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Words looked at before a trigger for negation and irrealis cues.
MODALITY_WINDOW = 4
# Sectors (as the actor stage gives them) of the bodies that arrest and name suspects.
INVESTIGATOR_SECTORS = frozenset({"POLICE", "JUD"})
# An article naming a crime of office holders this often is about one: its unnamed suspects are officials.
OFFICIALS_CRIME_MIN_CUES = 2
# A sentence may inherit the previous sentence's subject when its trigger comes this early.
CARRY_OVER_MAX_WORDS = 3
MODE_WINDOW = 4
# A future or wish marker ("akan", "berharap") reaches this far through its clause: "akan membawa
# kepengurusan baru partainya bertemu Presiden" plans the meeting.
FUTURE_WINDOW = 10
# An article using this many different sports words is a match report: its "attacks" are play.
SPORTS_MIN_CUES = 3
HOSTILE_TYPES = frozenset({"ASSAULT", "THREATEN"})
# In a match report, attacks and threats are play and a meeting or a hosting is a match
# ("Indonesia menjamu Jepang", "saat Indonesia bertemu Jepang").
SPORTS_PLAY_TYPES = HOSTILE_TYPES | {"CONSULT"}
# A phone call joins two places: it takes a place only from its own sentence, never the dateline's.
PLACELESS_MODES = frozenset({"phone"})
# Statements: a state that "condemns" or "supports" speaks through someone the article may name.
STATEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN"})
# Acts of armed force, as against talk, statements and legal acts: who spoke or met for a state is
# not who fought for it, so a name is borrowed from another event between the same actors only
# within one kind (an airstrike does not take the president who met the other side's president).
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "RETREAT"})
# How many sentences after a state's statement may name who spoke for it.
SPOKESPERSON_REACH = 2
# Words between a speaker and its verb of saying ("Juru Bicara ... dalam siaran yang dirilis ... mengatakan").
SPEAKER_VERB_MAX_WORDS = 10
BORROWED_NAME = "named in another event between the same actors"
CHANNEL_NAME = "the body or person the state acts through"
_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)")
# "Jakarta, CNN Indonesia -- ", "New York (ANTARA News) - ", "**PYONGYANG, KOMPAS.com** - ": a dateline
# and outlet before the first sentence; the names in it are not actors of the sentence.
_DATELINE_PREFIX = re.compile(r"^[\W_]*(?:[A-Z][\w.]*[\s,()*]*){1,8}\s*(?:--|-|–|—)\s")
_SENTENCE_END = re.compile(r"[.!?…:\"”’)]\s*$")
TITLE_MAX_WORDS = 16
# "Kesepakatan itu ...", "Namun, pertemuan tersebut ...": how many words may open a sentence before
# the noun that points back to the act told just before
_POINTING_BACK_SUBJECT_WORDS = 2
_POINTING_BACK_CLAUSE_END = re.compile(r"[,;:\"“”]|\s[–—-]{1,2}\s")
_QUOTE_OPENING = re.compile(r"\s*[\"“]")
TITLE_CAPITALISED_SHARE = 0.6


class DateResolver(Protocol):
    """What the coder needs from warta.extract.dates.DateContext."""

    def date_for(self, sentence: Sentence, trigger_start: int) -> tuple[str | None, str]: ...

    def lead_date(self) -> tuple[str | None, str]: ...


class PlaceResolver(Protocol):
    """What the coder needs from warta.extract.places.PlaceGazetteer."""

    def event_location(
        self, doc: Doc, sentence: Sentence, trigger_start: int, fallback_to_dateline: bool = ...
    ) -> tuple[str | None, str]: ...


@dataclass(frozen=True)
class EventLexicon:
    """Trigger rules and clause cues of one language."""

    triggers: TriggerLexicon
    cues: EventCues

    @classmethod
    def from_pack(cls, pack: LanguagePack) -> EventLexicon:
        return cls(TriggerLexicon.load(pack), EventCues.load(pack))


@cache
def lexicon_for(code: str) -> EventLexicon:
    """The event lexicon of a language code, loaded once per process."""
    return EventLexicon.from_pack(load_pack(code))


def extract_events(
    doc: Doc,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    pack: LanguagePack,
    dates: DateResolver,
    places: PlaceResolver,
) -> list[Event]:
    """All asserted events of the article, one per (type, actors, date, negation)."""
    lexicon = lexicon_for(pack.code)
    coder = _SentenceCoder(doc, lexicon, dates, places, _militant_code(mentions))
    coder.investigators = _investigators_code(mentions)
    events: list[Event] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for sentence in sentences:
        lo, hi = bisect_left(starts, sentence.start), bisect_right(starts, sentence.end)
        in_sentence = [m for m in ordered[lo:hi] if m.end <= sentence.end]
        events += coder.code(sentence, in_sentence)
    events += coder.resolve_pending(events)
    return _unique(coder.share_people(coder.name_spokespeople(coder.share_dates(events))))


def is_sports_report(text: str, cues: EventCues, words: list[str] | None = None) -> bool:
    """A match report ("menggempur pertahanan Australia", "serangan balik"): enough different sports
    words. `words` are `words_of(text)` when the caller has them."""
    words = words if words is not None else words_of(text)
    return len({tuple(words[i : j + 1]) for i, j in cues.spans("sports", words)}) >= SPORTS_MIN_CUES


def _unique(events: list[Event]) -> list[Event]:
    """One event per key, in first-told order; of the same event told twice, the telling whose own
    sentence names more of its people ("Katz mengancam membakar Teheran" then "Dia pun mengancam
    Pemimpin Tertinggi Iran Ayatollah Ali Khamenei": the second names the one threatened)."""
    best: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = _event_key(event)
        if key not in best or _names_more(event, best[key]):
            best[key] = event
    return list(best.values())


def _own_names(e: Event) -> dict[str, str]:
    """The event's person names that come from its own sentence, not from another event."""
    out = {}
    for role in ("source_actor", "target_actor"):
        name = getattr(e, role)
        if name and e.reasons.get(role) != BORROWED_NAME:
            out[role] = name
    return out


def _names_more(later: Event, kept: Event) -> bool:
    """The later telling names the same person the kept one does, and more ("Katz mengancam ...",
    "Dia pun mengancam ... Khamenei"); with no own name in common it may be another event of that day."""
    own_later, own_kept = _own_names(later), _own_names(kept)
    return bool(own_kept) and own_kept.items() < own_later.items()


def _same_state_role(e: Event, role: str) -> str | None:
    """The role, when both sides of the event are the same state (and so a code cannot tell them apart)."""
    return role if e.source == e.target else None


def _investigators_code(mentions: Sequence[Mention]) -> str | None:
    """The state whose police, prosecutors or anti-corruption body the article names most often."""
    counts = Counter(
        m.code for m in mentions if m.kind == "organisation" and m.sector in INVESTIGATOR_SECTORS and m.code and "." not in m.code
    )
    return counts.most_common(1)[0][0] if counts else None


def _militant_code(mentions: Sequence[Mention]) -> str | None:
    """The armed group the article names most often, if any."""
    counts = Counter(m.code for m in mentions if m.kind == "armed_group" and m.code)
    return counts.most_common(1)[0][0] if counts else None


def _event_key(e: Event) -> tuple[object, ...]:
    pair: tuple[str | None, ...] = (e.source, e.target)
    if e.type in SYMMETRIC_TYPES:
        pair = tuple(sorted(x for x in pair if x))
    return (e.type, pair, e.date, e.negated)


class _SentenceCoder:
    """Codes the events of one sentence at a time; holds the article-level context."""

    def __init__(
        self,
        doc: Doc,
        lexicon: EventLexicon,
        dates: DateResolver,
        places: PlaceResolver,
        militant_code: str | None,
    ) -> None:
        self.doc = doc
        self.militant_code = militant_code
        self.investigators: str | None = None  # the state whose investigators the article names
        # events whose other side the clause does not name: (how, sentence, hit, tokens, dyad, negated)
        self.pending: list[tuple[str, Sentence, TriggerHit, list[Token], Dyad, bool]] = []
        self.borrowed_dates: set[int] = set()
        # named people of each sentence (by its start offset), by actor code: who a state's act may name
        self.people: dict[
            int, dict[str, set[str]]
        ] = {}  # ids of events dated by a fallback, not by their sentence
        self.lexicon = lexicon
        self.cues = lexicon.cues
        self.dates = dates
        self.places = places
        # who speaks in each sentence (by its index): (code, name) of named bodies and persons
        # filled on first use from `told`: most sentences have no trigger, and only a statement's
        # next sentences are asked who speaks in them
        self.speakers: dict[int, list[tuple[str, str, str]]] = {}
        self.sentence_index: dict[int, int] = {}
        # every sentence so far with its mentions, in order; the topic (first subject) of each,
        # by position, worked out on first use: only an act without a subject carries the last one
        self.told: list[tuple[Sentence, list[Mention]]] = []
        self.told_at: dict[int, int] = {}
        self.topics: dict[int, Group | None] = {}
        # statements whose source is a state named in their sentence: (sentence start, trigger, code)
        self.stated: set[tuple[int, str, str | None]] = set()
        # kind of the body or person a state acted through, by (sentence start, trigger, code)
        self.channels: dict[tuple[int, str, str], str] = {}

    @cached_property
    def _article_words(self) -> list[str]:
        """The article's lower-cased words, read on first use: most articles never need them."""
        return words_of(self.doc.text)

    @cached_property
    def sports_report(self) -> bool:
        """The article is a match report (see `is_sports_report`); asked only of an act that is play
        in one (an attack, a threat, a meeting)."""
        return is_sports_report(self.doc.text, self.cues, self._article_words)

    @cached_property
    def _about_officials_crime(self) -> bool:
        """The article tells of a crime of office holders: its words name one at least twice ("kasus
        korupsi ... tindak pidana korupsi"). Asked only of an arrest or a naming of suspects."""
        return len(self.cues.spans("official_crime", self._article_words)) >= OFFICIALS_CRIME_MIN_CUES

    @cached_property
    def _lead(self) -> tuple[str | None, str]:
        """The lead's date and why, asked of the date resolver on first use: most articles code no
        event that needs it, and finding it reads the article's first sentences for dates."""
        return self.dates.lead_date()

    @property
    def lead_date(self) -> str | None:
        return self._lead[0]

    @property
    def lead_date_reason(self) -> str:
        return self._lead[1]

    def code(self, sentence: Sentence, mentions: list[Mention]) -> list[Event]:
        """Events of the sentence; the clause machinery is built only when it has a trigger."""
        position = len(self.told)
        self.told.append((sentence, mentions))
        self.told_at.setdefault(sentence.index, position)
        if not self.lexicon.triggers.may_start_in(sentence.text):
            return []  # no trigger: its topic and speakers are worked out if a later sentence asks
        tokens = tokenize(sentence.text)
        if self._not_a_report(sentence.text, tokens):
            self.topics[position] = None
            return []
        if self.cues.is_("hypothetical", tokens[0].text):
            return []
        hits = self.lexicon.triggers.find(sentence.text, tokens)
        if not hits or self._heading(sentence.text, tokens, hits):
            return []
        units, groups = self._clause_parts(sentence, mentions, tokens)
        for unit in units:
            if unit.kind == "person" and unit.name:
                self.people.setdefault(sentence.start, {}).setdefault(unit.code, set()).add(unit.name)
        reader = ClauseReader(tokens, groups, sentence.text, self.cues)
        self.sentence_index[sentence.start] = sentence.index
        self.speakers.setdefault(sentence.index, self._speakers(units, groups, tokens, sentence.text))
        self.topics[position] = _topic(groups)
        quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(sentence.text)]
        idioms = self.cues.spans("not_event", [t.text for t in tokens])
        events: list[Event] = []
        partners: tuple[TriggerHit, list[Dyad]] | None = None  # the last symmetric verb and its sides
        for hit in hits:
            if any(qs < hit.start < qe for qs, qe in quotes):
                continue
            if any(a <= hit.first <= b for a, b in idioms):
                continue  # "meminta keterangan" (questioning), "prospek yang menjanjikan" (promising)
            if hit.rule.type in SPORTS_PLAY_TYPES and self.sports_report:
                continue
            if self._points_back(hit, tokens):
                continue
            subject = reader.subject(hit)
            prepositions = {g.prep_index for g in reader.groups if g.prep_index is not None}
            negated, irrealis = self._modality(hit, tokens, subject, prepositions, sentence.text)
            if irrealis:
                continue
            may_carry = subject is None and self._may_carry(hit, tokens)
            officials_crime = self.cues.has("own_state_act", hit.rule.form) and self._about_officials_crime
            context = ArticleContext(
                self._carried_before(position) if may_carry else None,
                self.militant_code,
                officials_crime,
                self.investigators if officials_crime else None,
            )
            dyads, how = dyads_for(hit, reader, context)
            if not dyads and how == "symmetric" and partners is not None and self._same_series(partners[0], hit, tokens):
                # "Trump juga bertemu Xi dan mencapai kesepakatan perdagangan": the sides of the meeting
                dyads, how = partners[1], "symmetric, sides of the verb before it in the series"
            if dyads and how == "symmetric" and hit.rule.pos == "verb":
                partners = (hit, dyads)
            if hit.rule.type == "ASSAULT" and self._verbal_attack(dyads, tokens):
                continue
            if hit.rule.type == "REQUEST":
                if self.cues.spans("sentencing", [t.text for t in tokens[hit.last + 1 :]]):
                    continue  # "Jaksa menuntut Tom dihukum 7 tahun penjara": a sentencing demand in a trial
                dyads = [d for d in dyads if not self._court_procedure(d)]
            if self.cues.has("not_domestic", hit.rule.form):
                # "Jihad juga menyampaikan terima kasih kepada Pemerintah Kota Pekanbaru": courtesy at home
                dyads = [d for d in dyads if d.target is None or d.target.unit.code != d.source.unit.code]
            for dyad in dyads:
                if dyad.source.unit.kind == "state" and dyad.source.unit.start != hit.start:
                    # a state mention, not the unnamed doer of a passive act ("ditetapkan sebagai tersangka")
                    self.stated.add((sentence.start, hit.text, dyad.source.unit.code))
                dyad = self._through_channel(dyad, reader, sentence, hit)
                if how in (ACT_WITHOUT_DOER, ATTACK_WITHOUT_TARGET):
                    self.pending.append((how, sentence, hit, tokens, dyad, negated))
                else:
                    events.append(self._event(sentence, hit, tokens, dyad, negated, how))
        return events

    def _clause_parts(
        self, sentence: Sentence, mentions: list[Mention], tokens: list[Token]
    ) -> tuple[list[ActorUnit], list[Group]]:
        """The sentence's actor units (a dateline's place left out) and their groups."""
        dateline = _DATELINE_PREFIX.match(sentence.text)
        if dateline is not None:
            mentions = [m for m in mentions if m.start >= sentence.start + dateline.end()]
        units = not_actors(actor_units(sentence, mentions, tokens), tokens, sentence.text, self.cues)
        return units, groups_of(units, tokens, sentence.text, self.cues)

    def _told_parts(self, position: int) -> tuple[list[ActorUnit], list[Group], list[Token]] | None:
        """Units, groups and tokens of the sentence told at `position`; None when it reports nothing."""
        sentence, mentions = self.told[position]
        tokens = tokenize(sentence.text)
        if not tokens or self._not_a_report(sentence.text, tokens):
            return None
        units, groups = self._clause_parts(sentence, mentions, tokens)
        return units, groups, tokens

    def _topic_at(self, position: int) -> Group | None:
        if position not in self.topics:
            parts = self._told_parts(position)
            self.topics[position] = _topic(parts[1]) if parts is not None else None
        return self.topics[position]

    def _carried_before(self, position: int) -> Group | None:
        """The topic of the last sentence before `position` that has one."""
        for before in range(position - 1, -1, -1):
            topic = self._topic_at(before)
            if topic is not None:
                return topic
        return None

    def _speakers_of(self, index: int) -> list[tuple[str, str, str]]:
        """Who speaks in the sentence of that index (see `_speakers`), worked out on first use."""
        if index not in self.speakers:
            position = self.told_at.get(index)
            parts = self._told_parts(position) if position is not None else None
            found = []
            if parts is not None:
                units, groups, tokens = parts
                found = self._speakers(units, groups, tokens, self.told[position][0].text)  # type: ignore[index]
            self.speakers[index] = found
        return self.speakers[index]

    def resolve_pending(self, events: list[Event]) -> list[Event]:
        """Name the missing side from the article's other events.

        'Indonesia mengecam keras kekerasan ...': the accused is the article's most frequent
        attacker. 'Iran menembakkan tiga gelombang rudal': the target is whom that attacker
        is reported attacking elsewhere in the article.
        """
        assaults = [e for e in events if e.type == "ASSAULT" and e.source and e.target and not e.negated]
        attackers = Counter(e.source for e in assaults)
        resolved: list[tuple[tuple[int, int], str | None, str]] = []
        for how, sentence, hit, _tokens, dyad, _negated in self.pending:
            known = dyad.source.unit
            if how == ACT_WITHOUT_DOER:
                other = next((code for code, _ in attackers.most_common() if code != known.code), None)
                why = "the act condemned has no named doer; the article's most frequent attacker"
            else:
                targets = Counter(e.target for e in assaults if e.source == known.code)
                foes = Counter(e.source for e in assaults if e.target == known.code)
                other = (targets or foes).most_common(1)[0][0] if (targets or foes) else None
                why = f"no target in the clause; whom {known.code} fights elsewhere in the article"
            resolved.append(((sentence.start, hit.start), other, why))
        # "serangan Israel dan Amerika Serikat (AS)": attackers named together struck the same side
        by_hit = {at: (other, why) for at, other, why in resolved if other is not None}
        out = []
        for (how, sentence, hit, tokens, dyad, negated), (at, other, why) in zip(self.pending, resolved, strict=True):
            if other is None and at in by_hit and by_hit[at][0] != dyad.source.unit.code:
                other, why = by_hit[at][0], f"{by_hit[at][1]}, of the attackers named with it"
            if other is None:
                continue
            unit = ActorUnit(hit.start, hit.end, other, "state", None, other, hit.first, hit.last)
            out.append(self._event(sentence, hit, tokens, Dyad(dyad.source, Role(unit, why)), negated, how))
        return out

    def _same_series(self, before: TriggerHit, hit: TriggerHit, tokens: list[Token]) -> bool:
        """A verb coordinated with an earlier symmetric verb of the clause ("bertemu Xi dan mencapai
        kesepakatan"): a coordinator right before it (adverbs skipped), and no clause edge between."""
        if hit.rule.pos != "verb":
            return False
        k = hit.first - 1
        while k > before.span_last and self.cues.is_("adverb", tokens[k].text):
            k -= 1
        if k <= before.span_last or not self.cues.is_("coordinator", tokens[k].text):
            return False
        return not any(
            self.cues.is_("break", t.text) or self.cues.is_("right_break", t.text)
            for t in tokens[before.span_last + 1 : k]
        )

    def _verbal_attack(self, dyads: list[Dyad], tokens: list[Token]) -> bool:
        """"Pengamat menilai serangan terbaru Trump terhadap Obama ...": an attack on a person in a
        sentence without a word of physical or armed force is a verbal one (a political spat)."""
        on_person = any(d.target is not None and d.target.unit.kind == "person" for d in dyads)
        return on_person and not any(self.cues.is_("force", t.text) for t in tokens)

    def _court_procedure(self, dyad: Dyad) -> bool:
        """"jaksa meminta majelis hakim menyatakan ...", "kuasa hukum meminta ...": a request made to a
        court, or by counsel or the accused, is a step of a trial, not a political request."""
        target = words_of(dyad.target.unit.text) if dyad.target else []
        source = words_of(dyad.source.unit.text)
        return bool(self.cues.spans("court", target)) or bool(self.cues.spans("litigant", source))

    def _speakers(
        self, units: list[ActorUnit], groups: list[Group], tokens: list[Token], text: str
    ) -> list[tuple[str, str, str]]:
        """Named bodies and persons that say something in the sentence: right after a verb of saying
        that precedes its speaker ("..., ungkap Kementerian Luar Negeri RI"), or a subject (no
        preposition before it) whose verb of saying follows with no other actor between; the agent
        of a passive verb of saying ("Pernyataan ini disampaikan oleh Menteri Luar Negeri ...")."""
        quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
        out = []
        for g in groups:
            for unit in g.units:
                if (
                    unit.kind in ("state", "place")
                    or not unit.name
                    or not (unit.sector or unit.role)  # an office or a public body, not a newspaper
                    or any(a <= unit.start < b for a, b in quotes)
                ):
                    continue
                before = unit.first - 1
                if before > 0 and self.cues.is_("agent", tokens[before].text):
                    before -= 1
                if before >= 0 and self.cues.is_("speech_after", tokens[before].text):
                    out.append((unit.code, unit.name, unit.kind))
                    continue
                if g.prep is not None:
                    continue
                stop = min(len(tokens), g.last + 1 + SPEAKER_VERB_MAX_WORDS)
                others = [u.first for h in groups if h is not g for u in h.units if u.first > g.last]
                stop = min([stop, *others])
                if any(
                    self.cues.is_("speech_verb", t.text) or self.cues.is_("speech_after", t.text)
                    for t in tokens[g.last + 1 : stop]
                ):
                    out.append((unit.code, unit.name, unit.kind))
        return out

    def _through_channel(self, dyad: Dyad, reader: ClauseReader, sentence: Sentence, hit: TriggerHit) -> Dyad:
        """"Pemerintah Indonesia melalui Kementerian Luar Negeri mengecam ...", "oleh Amerika Serikat
        melalui presidennya": a state acting through a body or person of its own keeps its code and
        takes the channel's name."""
        unit = dyad.source.unit
        if unit.kind != "state":
            return dyad
        own = next((g for g in reader.groups if unit in g.units), None)
        if own is None:
            return dyad
        channel = next(
            (
                u
                for g in reader.groups
                if g.prep is not None and self.cues.is_("channel", g.prep) and g.prep_index == own.last + 1
                for u in g.units
                if u.name and u.kind not in ("state", "place") and u.country == unit.country
            ),
            None,
        )
        if channel is None:
            return dyad
        acting = replace(unit, kind=channel.kind, name=channel.name)
        self.channels[(sentence.start, hit.text, unit.code)] = channel.kind
        why = f"{dyad.source.reason}; {CHANNEL_NAME}: '{channel.text}'"
        return replace(dyad, source=replace(dyad.source, unit=acting, reason=why))

    def name_spokespeople(self, events: list[Event]) -> list[Event]:
        """A state's statement ("Korea Utara menyatakan dukungannya terhadap Teheran") names as its
        source actor who the article says spoke for that state: the first speaker of the same code
        in its own sentence or the next SPOKESPERSON_REACH ones ("Juru Bicara Kementerian Luar
        Negeri Korea Utara ... mengatakan", "ungkap Kementerian Luar Negeri RI"). A body the state
        acted through gives way to a person who spoke for it ("Pemerintah Indonesia melalui Kementerian
        Luar Negeri mengingatkan ...", then "Pernyataan ini disampaikan oleh Menteri Luar Negeri ...")."""
        out = []
        for e in events:
            at = self.sentence_index.get(e.start)
            through_body = self.channels.get((e.start, e.trigger, e.source or "")) not in (None, "person")
            if (
                e.type not in STATEMENT_TYPES
                or (e.start, e.trigger, e.source) not in self.stated
                or at is None
                or (e.source_actor and not through_body)
            ):
                out.append(e)
                continue
            spoke = next(
                (
                    (n, name)
                    for n in range(at, at + SPOKESPERSON_REACH + 1)
                    for code, name, kind in self._speakers_of(n)
                    if code == e.source and name not in (e.target_actor, e.source_actor)
                    and (kind == "person" or not through_body)
                ),
                None,
            )
            if spoke is None:
                out.append(e)
                continue
            where = "its own sentence" if spoke[0] == at else f"{spoke[0] - at} sentence(s) later"
            reasons = {**e.reasons, "source_actor": f"spoke for {e.source} in {where}"}
            out.append(replace(e, source_actor=spoke[1], reasons=reasons))
        return out

    def share_dates(self, events: list[Event]) -> list[Event]:
        """Date the events their own sentence does not date, at no more precision than the article gives.

        In order: the date of another event between the same actors dated by its own sentence
        ('sepakat' in the lead, the call dated later); the lead's date (the story goes on); the
        publication date.
        """
        own = [e for e in events if id(e) not in self.borrowed_dates and e.date and not e.negated]
        by_pair: dict[frozenset[str | None], Counter[str]] = {}
        for e in own:
            by_pair.setdefault(frozenset((e.source, e.target)), Counter())[e.date or ""] += 1
        out = []
        for e in events:
            if id(e) in self.borrowed_dates:
                date, why = self._fallback_date(e, by_pair)
                e = replace(
                    e, date=date, reasons={**e.reasons, "date": f"{e.reasons.get('date', '')}; {why}"}
                )
            out.append(e)
        return out

    def share_people(self, events: list[Event]) -> list[Event]:
        """Name the person behind a state's act when the article does: from another event between
        the same actors ("Rusia dan AS sepakat" after "Putin bertemu Obama"), else from the one
        person of that state named in the same sentence ("..., kata juru bicara Gedung Putih Sean Spicer")."""
        # Within one state ("KPK menetapkan Bupati X sebagai tersangka") both sides share a code: a name
        # is then borrowed only for the same role, never the investigators' for the suspect.
        named: dict[tuple[frozenset[str | None], str, bool, str | None], Counter[str]] = {}
        for e in events:
            for role, code, name in (("source_actor", e.source, e.source_actor), ("target_actor", e.target, e.target_actor)):
                if code and name and e.reasons.get(role) != BORROWED_NAME:
                    key = (frozenset((e.source, e.target)), code, e.type in FORCE_TYPES, _same_state_role(e, role))
                    named.setdefault(key, Counter())[name] += 1
        out = []
        for e in events:
            changes: dict[str, object] = {}
            reasons = dict(e.reasons)
            for role, code, name in (
                ("source_actor", e.source, e.source_actor),
                ("target_actor", e.target, e.target_actor),
            ):
                if not code or name:
                    continue
                taken = {e.source_actor, e.target_actor}  # the other side is not this one
                pair_names = Counter(
                    {
                        n: c
                        for n, c in named.get(
                            (frozenset((e.source, e.target)), code, e.type in FORCE_TYPES, _same_state_role(e, role)),
                            Counter(),
                        ).items()
                        if n not in taken
                    }
                )
                in_sentence = self.people.get(e.start, {}).get(code, set()) - taken
                if pair_names:
                    changes[role] = pair_names.most_common(1)[0][0]
                    reasons[role] = BORROWED_NAME
                elif len(in_sentence) == 1 and not (role == "target_actor" and code == e.source):
                    changes[role] = next(iter(in_sentence))
                    reasons[role] = "the one person of that state named in the sentence"
            out.append(replace(e, **changes, reasons=reasons) if changes else e)  # type: ignore[arg-type]
        return out

    def _fallback_date(
        self, e: Event, by_pair: dict[frozenset[str | None], Counter[str]]
    ) -> tuple[str | None, str]:
        told_next = self._date_told_next(e)
        if told_next is not None:
            return told_next
        same = by_pair.get(frozenset((e.source, e.target)))
        day_precise = [d for d, _ in same.most_common() if len(d) == len("2000-01-01")] if same else []
        if day_precise:  # a year-only date is a background fact ("sejak 2011"), not the story's day
            return day_precise[0], "the date of another event between the same actors"
        if self.lead_date:
            return self.lead_date, f"the lead's date ({self.lead_date_reason})"
        if self.doc.published:
            return self.doc.published, "no dated sentence: the publication date"
        return None, "no date in the article"

    def _date_told_next(self, e: Event) -> tuple[str, str] | None:
        """The date the next sentence gives the same act when it opens by pointing back to it
        ("Kesepakatan itu ditandatangani pada 21 Oktober 2025." after an undated agreement): its subject
        is a noun then "itu"/"tersebut", and that noun or a verb of its clause is a trigger of the event's type."""
        position = next((i for i, (s, _) in enumerate(self.told) if s.start == e.start), None)
        if position is None or position + 1 >= len(self.told):
            return None
        following = self.told[position + 1][0]
        if _QUOTE_OPENING.match(following.text) or not self.lexicon.triggers.may_start_in(following.text):
            return None  # a quote's date is its telling's ("..., ujar Susan, Sabtu (5/7/2025)")
        tokens = tokenize(following.text)
        # the subject points back: "Kesepakatan itu", "Namun, pertemuan tersebut"
        reference = next(
            (i for i, t in enumerate(tokens[1 : _POINTING_BACK_SUBJECT_WORDS + 2], 1) if self.cues.is_("reference", t.text)),
            None,
        )
        if reference is None:
            return None
        # only a date in that subject's own clause ("Kesepakatan itu ditandatangani pada ...,") tells its day
        clause_end = _POINTING_BACK_CLAUSE_END.search(following.text, tokens[reference].end)
        clause = following.text[: clause_end.start() if clause_end else len(following.text)]
        for hit in self.lexicon.triggers.find(following.text, tokens):
            # the subject noun is itself the act ("Pertemuan tersebut"), or the clause's verb tells it again
            if hit.rule.type != e.type or (hit.first >= reference and hit.start >= len(clause)):
                continue
            own_clause = Sentence(following.index, following.start, following.start + len(clause), clause)
            date, why = self.dates.date_for(own_clause, following.start + hit.start)
            if date is None or (self.doc.published and _later(date, self.doc.published)):
                return None
            return date, f"the next sentence points back to the act and dates it: {why}"
        return None

    def _not_a_report(self, text: str, tokens: list[Token]) -> bool:
        """Links to other articles, questions and title-like lines (no sentence end, mostly capitalised)."""
        words = [t.text for t in tokens]
        if self.cues.contains("skip_line", words):
            return True
        if text.rstrip(' "”’)').endswith("?"):
            return True  # a question asserts nothing
        if _SENTENCE_END.search(text) or len(tokens) > TITLE_MAX_WORDS:
            return False
        capitalised = sum(t.capitalised for t in tokens)
        return capitalised / len(tokens) >= TITLE_CAPITALISED_SHARE

    def _heading(self, text: str, tokens: list[Token], hits: list[TriggerHit]) -> bool:
        """A subheading or list item ("Keterlibatan AS dalam negosiasi nuklir dengan Iran"): a line with
        no sentence end, whose triggers are all nouns and in which no word looks like a verb. It names
        a topic; it asserts nothing."""
        if _SENTENCE_END.search(text) or any(hit.rule.pos == "verb" for hit in hits):
            return False
        return not any(self.cues.looks_like_verb(t.text) for t in tokens)

    def _points_back(self, hit: TriggerHit, tokens: list[Token]) -> bool:
        """'pertemuan tersebut': a noun naming an event already told, with no actor of its own."""
        if hit.rule.pos == "verb" or hit.last + 1 >= len(tokens):
            return False
        return self.cues.is_("reference", tokens[hit.last + 1].text)

    def _modality(
        self, hit: TriggerHit, tokens: list[Token], subject: Group | None, prepositions: set[int], text: str
    ) -> tuple[bool, bool]:
        """(negated, irrealis) from the words just before the trigger, within its clause; a condition
        ("jika", "bila") anywhere before the trigger makes it irrealis. A cue word used as the
        preposition of an actor ("linked to JAD", "untuk Indonesia") is no cue."""
        if any(self.cues.is_("hypothetical", t.text) for t in tokens[: hit.first]):
            return False, True
        before = hit.first - 1
        while before >= 0 and self.cues.is_("adverb", tokens[before].text):
            before -= 1
        if before >= 0 and self.cues.is_("request_verb", tokens[before].text):
            return False, True  # "menyerukan negosiasi dengan Israel": the talks are asked for
        if subject is not None and subject.last < hit.first and self._ordered_to_fight(subject, tokens, hit):
            return False, False  # "memerintahkan militer Israel untuk mengintensifkan serangan"
        if subject is not None and subject.last < hit.first and self._wished_clause(subject, tokens):
            return False, True
        lo = max(0, hit.first - MODALITY_WINDOW)
        if subject is not None and subject.last < hit.first:
            lo = max(lo, subject.last + 1)
        lo = self._after_comma(hit, tokens, self._clause_start(hit, tokens, lo), text)
        far = max(0, hit.first - FUTURE_WINDOW)
        if subject is not None and subject.last < hit.first:
            far = max(far, subject.last + 1)
        far = self._after_comma(hit, tokens, self._clause_start(hit, tokens, far), text)
        if any(self.cues.is_("future", t.text) for t in tokens[far : hit.first]):
            return False, True
        words = ["" if k in prepositions else t.text for k, t in enumerate(tokens[lo : hit.first], lo)]
        negated = irrealis = False
        for end in range(len(words), 0, -1):
            head = words[:end]
            if self.cues.ends_with("negation", head):
                negated = True
            if self.cues.ends_with("irrealis", head):
                irrealis = True
        return negated, irrealis

    @staticmethod
    def _after_comma(hit: TriggerHit, tokens: list[Token], lo: int, text: str) -> int:
        """The first word after the last comma between token `lo` and the trigger: "Trump, yang ingin
        memulai babak baru ..., mendukung" (the wish is the relative clause's), "tidak sulit
        diimplementasikan, dan mendesak" (the negation is the other clause's)."""
        while lo < hit.first and "," in text[tokens[lo].end : tokens[hit.first].start]:
            lo += 1
        return lo

    def _clause_start(self, hit: TriggerHit, tokens: list[Token], lo: int) -> int:
        """The first word after the last clause edge between token `lo` and the trigger; a relative
        clause is one ("akan membangun kembali situs nuklirnya yang rusak akibat serangan Israel": the
        plan is not the attack's)."""
        for k in range(hit.first - 1, lo - 1, -1):
            word = tokens[k].text
            if self.cues.is_("time_clause", word) or self.cues.is_("break", word) or self.cues.is_("relative", word):
                return k + 1
        return lo

    def _ordered_to_fight(self, subject: Group, tokens: list[Token], hit: TriggerHit) -> bool:
        """A state's own forces ordered to fight ("Netanyahu memerintahkan militer Israel untuk
        mengintensifkan serangan"): the order is how the state fights, not a wish."""
        if hit.rule.type not in FORCE_TYPES:
            return False
        i = subject.first - 1
        heads = self.cues.single("head")
        while i >= 0 and tokens[i].text in heads:
            i -= 1
        return (
            i >= 0
            and self.cues.is_("order_verb", tokens[i].text)
            and any(self.cues.is_("forces", t.text) for t in tokens[i + 1 : subject.last + 1])
        )

    def _wished_clause(self, subject: Group, tokens: list[Token]) -> bool:
        """'... agar Perancis memutus hubungan', 'mendesak Israel menyerang Iran': the subject opens a
        clause that is asked for or aimed at, not reported as done."""
        i = subject.first - 1
        heads = self.cues.single("head")
        while i >= 0 and tokens[i].text in heads:
            i -= 1
        if i < 0:
            return False
        word = tokens[i].text
        return self.cues.is_("request_verb", word) or (
            self.cues.is_("irrealis", word) and not self.cues.is_("oblique", word)
        )

    def _may_carry(self, hit: TriggerHit, tokens: list[Token]) -> bool:
        """A verb opens the sentence ('Ia juga menuduh ...', 'Kemudian bertemu ...'): same subject as before."""
        before = tokens[: hit.first]
        if hit.rule.pos != "verb" or len(before) > CARRY_OVER_MAX_WORDS:
            return False
        return all(self.cues.is_("adverb", t.text) for t in before)

    def _mode(self, hit: TriggerHit, tokens: list[Token]) -> tuple[str | None, str]:
        lo, hi = max(0, hit.first - MODE_WINDOW), min(len(tokens), hit.last + 1 + MODE_WINDOW)
        words = [t.text for t in tokens[lo:hi]]
        for cue, mode in self.cues.modes.get(hit.rule.type, ()):
            if mode == hit.rule.mode:
                continue
            for i in range(len(words) - len(cue) + 1):
                window = words[i : i + len(cue)]
                if all(w == c or w.startswith(c) for w, c in zip(window, cue, strict=True)):
                    return mode, f"mode cue '{' '.join(cue)}' near the trigger"
        if hit.rule.mode:
            return hit.rule.mode, f"mode of trigger '{hit.text}'"
        return None, "the trigger does not tell the mode"

    def _event(
        self, sentence: Sentence, hit: TriggerHit, tokens: list[Token], dyad: Dyad, negated: bool, how: str
    ) -> Event:
        trigger_start = sentence.start + hit.start
        date, date_reason = self.dates.date_for(sentence, trigger_start)
        anchor = self.doc.published  # not the lead's date: later events are told after the lead
        if date and anchor and _later(date, anchor):
            # "dukungan ... untuk maju pada Pemilihan Presiden 2029": a reported event has happened
            date, date_reason = None, f"{date_reason}; {date} is after the article's date {anchor}"
        borrowed = date is None  # share_dates() picks a fallback once all events are known
        source, target = dyad.source, dyad.target
        mode, mode_reason = self._mode(hit, tokens)
        location, location_reason = self.places.event_location(
            self.doc, sentence, trigger_start, fallback_to_dateline=False
        )
        if location is None and mode in PLACELESS_MODES:
            location_reason = f"{location_reason}; a {mode} call has no one place: only its sentence may name one"
        elif location is None and target is not None and target.unit.kind == "place":
            location, location_reason = target.unit.text, "the place attacked or visited"
        elif location is None and (borrowed or date == self.lead_date):
            location, location_reason = self.places.event_location(
                self.doc, sentence, trigger_start, fallback_to_dateline=True
            )
        reasons = {
            "type": f"trigger '{hit.text}' ({hit.rule.type}, {how} frame)",
            "source": f"{_describe(source.unit)}: {source.reason}",
            "target": f"{_describe(target.unit)}: {target.reason}" if target else "none needed for this type",
            "mode": mode_reason,
            "date": date_reason,
            "location": location_reason,
        }
        if negated:
            reasons["negated"] = "negation before the trigger"
        event = Event(
            type=hit.rule.type,
            source=source.unit.code,
            target=target.unit.code if target else None,
            mode=mode,
            source_actor=_actor_name(source.unit),
            target_actor=_actor_name(target.unit) if target else None,
            date=date,
            location=location,
            negated=negated,
            evidence=sentence.text,
            start=sentence.start,
            end=sentence.end,
            trigger=hit.text,
            reasons=reasons,
        )
        if borrowed:
            self.borrowed_dates.add(id(event))
        return event


def _topic(groups: list[Group]) -> Group | None:
    """A sentence's topic: its first group with no preposition that is not only a place."""
    return next((g for g in groups if g.prep is None and any(u.kind != "place" for u in g.units)), None)


def _later(date: str, anchor: str) -> bool:
    """The ISO date lies after the anchor at the precision both give ("2029" after "2025-06-19")."""
    n = min(len(date), len(anchor))
    return date[:n] > anchor[:n]


def _actor_name(unit: ActorUnit) -> str | None:
    """The person or body behind the code; none for a bare state or a place."""
    return unit.name if unit.kind not in ("state", "place") else None


def _describe(unit: ActorUnit) -> str:
    return f"'{unit.text}' = {unit.code}"
