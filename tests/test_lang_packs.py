"""The English and Malay packs keep up with the Indonesian one.

Every clause-cue kind the Indonesian pack uses has English words, unless English word order
leaves the mechanism nothing to read (listed below with the reason); the Malay pack reads the
words whose Indonesian reading is wrong for Malay its own way.
"""

from __future__ import annotations

import pytest

from warta.extract.event_cues import EventCues
from warta.extract.triggers import TriggerLexicon
from warta.lang import load_pack

# Kinds the English pack leaves empty, and why (see the comment at the end of lang/en/event_cues.tsv).
ENGLISH_WITHOUT = {
    "reference": "English points back with a word before the noun ('this meeting'); the coder looks after it",
    "complementizer": "'said that it condemned': the pronoun exception reads Indonesian clitics",
    "struck_frame": "'was the target of Israeli strikes': an article and the attacker stand between",
    "possessive_clitic": "English marks no possession on the noun",
    "verb_prefix": "English verbs carry no prefix",
    "not_verb": "only needed with verb prefixes",
    "currency": "English writes the state before the currency ('US dollar'): actor_words.tsv attribute_tail",
    "nationality_head": "'Indonesian fishermen', 'citizens of Indonesia': the coder reads the word right before the state",
}


def kinds(code: str) -> set[str]:
    return {row["kind"] for row in load_pack(code).table("event_cues")}


@pytest.mark.parametrize("code", ["en", "ms"])
def test_packs_load_into_the_event_coder(code: str) -> None:
    cues = EventCues.load(load_pack(code))
    triggers = TriggerLexicon.load(load_pack(code))
    assert cues.words and triggers.rules


def test_english_has_words_for_every_indonesian_cue_kind() -> None:
    missing = kinds("id") - kinds("en") - set(ENGLISH_WITHOUT)
    assert not missing, f"lang/en/event_cues.tsv has no cue of kind(s) {sorted(missing)} that lang/id uses"


def test_malay_has_every_indonesian_cue_kind() -> None:
    assert kinds("id") <= kinds("ms")


def test_malay_reads_apabila_and_mendakwa_its_own_way() -> None:
    indonesian, malay = EventCues.load(load_pack("id")), EventCues.load(load_pack("ms"))
    assert indonesian.is_("hypothetical", "apabila") and not malay.is_("hypothetical", "apabila")
    assert malay.is_("time_clause", "apabila")
    assert malay.is_("speech_verb", "mendakwa")
    malay_triggers = {r.form for r in TriggerLexicon.load(load_pack("ms")).rules}
    assert ("mendakwa",) not in malay_triggers and ("menggesa",) in malay_triggers


def test_english_triggers_are_english_words() -> None:
    english = {r.form for r in TriggerLexicon.load(load_pack("en")).rules}
    assert {("condemned",), ("was", "condemned"), ("summoned",), ("condemn",)} <= english
    assert not {("mengecam",), ("bertemu",)} & english


# Kinds that list whole trigger forms: a form there that triggers.tsv lacks (a gap written "~2" in
# one file and "~4" in the other) silently switches the rule off.
FORM_KINDS = ("own_state_act", "not_domestic", "direct_object", "diplomat_object")


@pytest.mark.parametrize("code", ["id", "en", "ms"])
@pytest.mark.parametrize("kind", FORM_KINDS)
def test_trigger_forms_named_in_event_cues_are_triggers(code: str, kind: str) -> None:
    cues = EventCues.load(load_pack(code))
    forms = {rule.form for rule in TriggerLexicon.load(load_pack(code)).rules}
    unknown = sorted(" ".join(form) for form in cues.words.get(kind, frozenset()) - forms)
    assert not unknown, f"lang/{code}/event_cues.tsv {kind} forms missing from triggers.tsv: {unknown}"
