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

The date can also come from the caller (`reference=`), when it has worked one out for the
whole article.

The package, one module per stage: `matcher` (automaton and scan) and `cues` (where the
word-led patterns can start), `context` (per-article state, memos, shared helpers), `hits`
(pass 1 dispatch), `bodies` (states and bodies), `titles` and `slots` (title phrases),
`names` (unknown names), `offices` (bare titles and holders), `speakers` (ranks and speech
verbs), `coreference` (surnames, pronouns), `plurals`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.extract.actors.bodies import is_domestic
from warta.extract.actors.context import Context, is_attribute, reference_date
from warta.extract.actors.coreference import add_pronouns, add_surnames
from warta.extract.actors.hits import resolve_hit
from warta.extract.actors.matcher import (
    Hit,
    find_hits,
    lower_same_length,
    matcher_for,
    without_initials_and_foreign_abbreviations,
)
from warta.extract.actors.names import inside_longer_name, inside_longer_proper_name
from warta.extract.actors.offices import add_coordinated_offices
from warta.extract.actors.plurals import add_plural_offices, add_plurals, plural_members
from warta.extract.actors.speakers import add_ranked_names, add_speakers, add_subjects
from warta.extract.prefilter import finditer_from
from warta.kb import KnowledgeBase, Person, State
from warta.lang import LanguagePack
from warta.model import Doc, Mention, Sentence

__all__ = ["plural_members", "recognise_actors", "reference_date"]


def recognise_actors(
    doc: Doc,
    kb: KnowledgeBase,
    pack: LanguagePack,
    sentences: Sequence[Sentence] | None = None,
    *,
    reference: str | None = None,
) -> list[Mention]:
    """Actor mentions of `doc`, sorted by start and non-overlapping (see the module docstring).

    `sentences` (from `warta.extract.sentences.split_sentences`) saves splitting the text again
    when pronouns need their sentence; without it the text is split here. `reference` is the
    date role spells are read at (ISO, any precision) when the caller has worked it out for the
    whole article; without it `reference_date(doc, pack)` is worked out on first need.
    """
    m = matcher_for(kb, pack)
    ctx_lower = lower_same_length(doc.text)
    hits, cue_starts = find_hits(doc.text, m, ctx_lower)
    hits = without_initials_and_foreign_abbreviations(doc.text, ctx_lower, hits, m, kb)
    plural_hits: list[re.Match[str]] = []
    if m.plural_re is not None:  # "kedua pemimpin" is one plural phrase, not the title "pemimpin"
        plural_hits = finditer_from(m.plural_re, ctx_lower, cue_starts["plural"])
        plural_spans = [(p.start(), p.end()) for p in plural_hits]
        if plural_spans:
            inside = {k for s, e in plural_spans for k in range(s, e)}
            hits = [h for h in hits if h.start not in inside]
    refs = [h for h in hits if h.cand.kind in ("pronoun", "clitic")]
    hits = [h for h in hits if h.cand.kind not in ("pronoun", "clitic")]
    # only entity hits can be attributes that matter (is_domestic, _state_counts and states ask)
    attributes = frozenset(h.start for h in hits if h.cand.kind == "entity" and is_attribute(ctx_lower, h, m))
    ctx = Context(
        doc=doc,
        kb=kb,
        m=m,
        hits=hits,
        domestic=is_domestic([h for h in hits if h.start not in attributes], kb, m),
        attributes=attributes,
        lower=ctx_lower,
        refs=refs,
        pack=pack,
        sentences=sentences,
        plural_hits=plural_hits,
        cue_starts=cue_starts,
        reference=reference,
    )
    ctx.hits = hits = _without_parts_of_longer_names(ctx)
    for h in hits:
        if h.cand.kind == "entity" and h.cand.entity and h.cand.entity.startswith("person:"):
            ctx.named_persons.setdefault(h.cand.entity, []).append(h.start)
    i = 0
    while i < len(hits):
        i = resolve_hit(ctx, i)
    add_coordinated_offices(ctx)
    add_ranked_names(ctx)
    add_speakers(ctx)
    add_subjects(ctx)
    add_surnames(ctx)
    add_pronouns(ctx)
    add_plurals(ctx)
    add_plural_offices(ctx)
    ctx.mentions.sort(key=lambda x: x.start)
    return ctx.mentions


def _without_parts_of_longer_names(ctx: Context) -> list[Hit]:
    """The hits less one-word person aliases that are part of another, longer name
    (`names.inside_longer_name`) and state names inside a longer proper name
    (`names.inside_longer_proper_name`); a word matched as something else next to one is no name."""
    hits = ctx.hits
    kept: list[Hit] = []
    for k, h in enumerate(hits):
        if h.cand.kind == "entity" and h.cand.entity:
            prev_end = hits[k - 1].end if k else -1
            next_start = hits[k + 1].start if k + 1 < len(hits) else -1
            alone = prev_end != h.start - 1 and next_start != h.end + 1
            entity = ctx.kb.entity(h.cand.entity)
            if alone and isinstance(entity, Person) and inside_longer_name(ctx, h, entity):
                continue
            if (
                alone
                and isinstance(entity, State)
                and not h.cand.surface.isupper()
                and inside_longer_proper_name(ctx, h)
            ):
                continue
        kept.append(h)
    return kept
