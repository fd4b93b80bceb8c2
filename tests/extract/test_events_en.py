"""English is data: the same coder with lang/en/triggers.tsv and event_cues.tsv.

The first tests feed the coder hand-made mentions; the rest run whole wire-style paragraphs
through `warta.pipeline.process` (cleaning, language, actors, dates, events), one per event type
and argument pattern: active, passive, "talks between X and Y", phone calls, several parties,
negation, plans and conditions, hosts and visitors, summoned envoys, deals and thanks.
"""

from __future__ import annotations

import pytest
from events_helpers import code, dyads, keys, mention

from warta.model import Article, Event
from warta.pipeline import process
from warta.resources import Resources

PUBLISHED = "2024-03-12"  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "actors", "expected"),
    [
        ("Russian President Vladimir Putin met with US President Donald Trump in Helsinki on Monday.",
         [("Russian President Vladimir Putin", "RUS"), ("US President Donald Trump", "USA")], ("CONSULT", "RUS", "USA")),
        ("Indonesia condemned the Israeli attack on Gaza.",
         [("Indonesia", "IDN"), ("Israeli", "ISR"), ("Gaza", "PSE")], ("ASSAULT", "ISR", "PSE")),
        ("Israel's attack on Gaza killed at least 17 people.",
         [("Israel", "ISR"), ("Gaza", "PSE")], ("ASSAULT", "ISR", "PSE")),
        ("The United States imposed sanctions on Russia over the invasion.",
         [("The United States", "USA"), ("Russia", "RUS")], ("SANCTION", "USA", "RUS")),
        ("Three suspects linked to JAD were arrested by Densus 88 in Bandar Lampung.",
         [("JAD", "IDN.JAD"), ("Densus 88", "IDN")], ("COERCE", "IDN", "IDN.JAD")),
        ("Indonesia urged Myanmar to end the violence.",
         [("Indonesia", "IDN"), ("Myanmar", "MMR")], ("REQUEST", "IDN", "MMR")),
    ],
)  # fmt: skip
def test_english_sentences(
    sentence: str, actors: list[tuple[str, str]], expected: tuple[str, str, str]
) -> None:
    ms = [mention(sentence, surface, c, "armed_group" if "." in c else "state") for surface, c in actors]
    assert expected in dyads(code(sentence, ms, language="en"))


def test_english_future_and_negation() -> None:
    t = "Putin will meet Trump in Helsinki."
    assert (
        code(t, [mention(t, "Putin", "RUS", "person"), mention(t, "Trump", "USA", "person")], language="en")
        == []
    )
    t = "Russia has not invaded Ukraine."
    events = code(t, [mention(t, "Russia", "RUS"), mention(t, "Ukraine", "UKR")], language="en")
    assert events and all(e.negated for e in events)


# --- whole paragraphs through the pipeline


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources.load()


def events_of(text: str, resources: Resources, published: str = PUBLISHED) -> list[Event]:
    result = process(Article(doc="en", text=text, origin="test", published=published), resources)
    assert result.doc.language == "en"
    return list(result.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active verb, object after it
        ("WASHINGTON (Reuters) - The United States imposed new sanctions on Russia on Monday over its "
         "invasion of Ukraine.", ("SANCTION", "USA", "RUS", False)),
        ("MANILA (Reuters) - Philippine President Ferdinand Marcos Jr urged China on Saturday to stop its "
         "aggressive actions in the South China Sea.", ("REQUEST", "PHL", "CHN", False)),
        ("TAIPEI (Reuters) - China warned the United States on Monday against selling weapons to Taiwan.",
         ("THREATEN", "CHN", "USA", False)),
        ("MANILA (Reuters) - The Philippines rejected China's claims in the South China Sea on Monday.",
         ("REJECT", "PHL", "CHN", False)),
        ("PARIS (Reuters) - French police arrested a Russian diplomat in Paris on Monday.",
         ("COERCE", "FRA", "RUS", False)),
        # passive, doer after "by"
        ("PARIS (AP) - Russia was condemned by France on Wednesday for the missile strikes on Kyiv.",
         ("ACCUSE", "FRA", "RUS", False)),
        ("KABUL (Reuters) - Taliban fighters were killed by Pakistani airstrikes in eastern Afghanistan on "
         "Sunday, Taliban officials said.", ("ASSAULT", "PAK", "AFG.TALIBAN", False)),
        ("SEOUL (Reuters) - North Korean soldiers were fired on by South Korean troops on Tuesday.",
         ("ASSAULT", "KOR", "PRK", False)),
        # meetings: "met with", "talks between X and Y", a phone call, a visit
        ("JAKARTA (Reuters) - Indonesian President Joko Widodo met with Chinese President Xi Jinping in "
         "Beijing on Tuesday, the foreign ministry said.", ("CONSULT", "CHN", "IDN", False)),
        ("DOHA (Reuters) - Qatar hosted talks between the United States and the Taliban in Doha in January 2019.",
         ("CONSULT", "AFG.TALIBAN", "USA", False)),
        ("ANKARA (Reuters) - Turkish President Tayyip Erdogan and Russian President Vladimir Putin held a "
         "phone call on Sunday to discuss the war in Ukraine.", ("CONSULT", "RUS", "TUR", False)),
        ("BEIJING (Reuters) - Chinese President Xi Jinping visited Moscow last week for talks with Russian "
         "President Vladimir Putin.", ("CONSULT", "CHN", "RUS", False)),
        # a host receives a visitor whose title follows the verb
        ("JAKARTA (Antara) - President Joko Widodo received Papua New Guinea Prime Minister James Marape at "
         "the Bogor Palace on Monday.", ("CONSULT", "IDN", "PNG", False)),
        ("JAKARTA (The Jakarta Post) - Japanese Prime Minister Fumio Kishida welcomed Indonesian President Joko "
         "Widodo at his official residence in Tokyo on Tuesday.", ("CONSULT", "IDN", "JPN", False)),
        # summoning a foreign envoy is a protest to the envoy's state
        ("BRASILIA (Reuters) - Brazil summoned the Israeli ambassador on Monday over the war in Gaza.",
         ("ACCUSE", "BRA", "ISR", False)),
        # an agreement to supply someone: the supplied party is the other side
        ("TOKYO (Reuters) - Japan agreed to supply the Philippines with five coast guard patrol vessels on "
         "Tuesday.", ("AGREE", "JPN", "PHL", False)),
        # mutual: each side attacks the other
        ("ISLAMABAD (Reuters) - Pakistan expelled the Afghan ambassador on Tuesday after clashes between "
         "Pakistani and Afghan troops at the border.", ("ASSAULT", "AFG", "PAK", False)),
        # thanks across borders
        ("KUALA LUMPUR (Reuters) - Malaysian Prime Minister Anwar Ibrahim thanked Indonesian President Joko "
         "Widodo on Friday for the help.", ("SUPPORT", "MYS", "IDN", False)),
        # investigators naming unnamed suspects of a crime of office accuse their own state's officials
        ("JAKARTA (Reuters) - Indonesia's Corruption Eradication Commission (KPK) named eight suspects in an "
         "bribery case at the manpower ministry on Thursday.", ("ACCUSE", "IDN", "IDN", False)),
        ("JAKARTA (Reuters) - Indonesian President Joko Widodo commended Singapore Prime Minister Lee Hsien "
         "Loong on Monday for the cooperation.", ("SUPPORT", "IDN", "SGP", False)),
        # a body without a country in a domestic story is the home state's (lang/en/actor_home.tsv)
        ("JAKARTA (ANTARA) - The Prosperous Justice Party (PKS) faction criticised the government on Monday "
         "over the fuel price hike.", ("ACCUSE", "IDN.PKS", "IDN", False)),
        # a suspect named in a long apposition before "as a suspect"
        ("JAKARTA (ANTARA) - The Attorney General's Office named Tom Lembong, a former trade minister in "
         "President Joko Widodo's cabinet, as a suspect in a sugar import graft case on Tuesday.",
         ("ACCUSE", "IDN", "IDN", False)),
        # an anti-corruption body arresting unnamed people in a sting acts on its own state's officials
        ("JAKARTA (ANTARA) - The Corruption Eradication Commission (KPK) arrested nine people in a sting "
         "operation in Riau on Monday.", ("COERCE", "IDN", "IDN", False)),
        # the honoured receives: the giver is the source
        ("JAKARTA (ANTARA) - Indonesian President Joko Widodo received an award from the Singapore government "
         "on Monday.", ("SUPPORT", "SGP", "IDN", False)),
        # an event noun carried by a verb ("voiced ... criticism of")
        ("JAKARTA (The Jakarta Post) - Malaysian Prime Minister Anwar Ibrahim voiced strong criticism of Israel "
         "on Monday.", ("ACCUSE", "MYS", "ISR", False)),
        # negation: "did not" with the verb's base form
        ("BEIJING (Reuters) - China did not condemn Russia's invasion of Ukraine, the foreign ministry said "
         "on Tuesday.", ("ACCUSE", "CHN", "RUS", True)),
    ],
)  # fmt: skip
def test_paragraphs(text: str, expected: tuple[str, str, str, bool], resources: Resources) -> None:
    assert expected in keys(events_of(text, resources))


def test_several_parties_each_pair_with_the_first(resources: Resources) -> None:
    text = (
        "JAKARTA (Reuters) - Indonesia, Malaysia and Singapore signed a maritime security agreement in "
        "Jakarta on Wednesday."
    )
    found = keys(events_of(text, resources))
    assert {("AGREE", "IDN", "MYS", False), ("AGREE", "IDN", "SGP", False)} <= found


def test_possessive_attack_inside_a_condemnation(resources: Resources) -> None:
    text = (
        "JAKARTA (Reuters) - Indonesia strongly condemned Israel's attack on the Al-Shifa hospital in Gaza "
        "on Monday, the foreign ministry said in a statement."
    )
    found = keys(events_of(text, resources))
    assert {("ACCUSE", "IDN", "ISR", False), ("ASSAULT", "ISR", "PSE", False)} <= found


@pytest.mark.parametrize(
    "text",
    [
        # future and plans
        "SEOUL (Yonhap) - South Korean President Yoon Suk Yeol will visit Japan next week for talks with "
        "Japanese Prime Minister Fumio Kishida.",
        "MOSCOW (Reuters) - Russian President Vladimir Putin plans to visit North Korea next month, the "
        "Kremlin said on Monday.",
        # a condition
        "MOSCOW (Reuters) - If the United States sends long-range missiles to Ukraine, Russia will respond, "
        "Kremlin spokesman Dmitry Peskov said.",
        # thanks within one state are courtesy
        "JAKARTA (Reuters) - President Joko Widodo thanked Jakarta Governor Anies Baswedan on Friday for the "
        "preparations.",
        # receiving a letter is no visit: the visitor must follow the verb ("received Prime Minister ...")
        "JAKARTA (The Jakarta Post) - Indonesian President Joko Widodo received a letter from Russian President "
        "Vladimir Putin on Tuesday.",
        # denying one's own act rejects no one
        "DOHA (Reuters) - Hamas denied attacking Israel on Monday.",
        # talks ruled out
        "DOHA (Reuters) - Hamas ruled out talks with Israel on Monday.",
        # praise within one state is courtesy
        "JAKARTA (Reuters) - Indonesian President Joko Widodo commended Indonesian police chief Listyo Sigit "
        "Prabowo on Monday for the arrests.",
        # idioms: "met with criticism" is no meeting, a heart attack no attack
        "JAKARTA (Reuters) - The new policy was met with criticism from Indonesian lawmakers on Tuesday.",
        "WASHINGTON (Reuters) - Former US President Jimmy Carter died after a heart attack, his family said.",
    ],
)
def test_nothing_asserted(text: str, resources: Resources) -> None:
    assert events_of(text, resources) == []


def test_a_link_line_to_another_article_is_no_report(resources: Resources) -> None:
    text = (
        "LONDON (Reuters) - British Foreign Secretary David Cameron met Chinese Foreign Minister Wang Yi in "
        "Munich on Saturday.\n\nRead more: Britain condemns Russian attack on Kyiv"
    )
    found = keys(events_of(text, resources))
    assert ("CONSULT", "CHN", "GBR", False) in found
    assert all(k[0] != "ACCUSE" for k in found)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("ANKARA (Reuters) - Turkish President Tayyip Erdogan held talks with Russian President Vladimir "
         "Putin by phone on Sunday, the Turkish presidency said.", PUBLISHED, "2024-03-10"),
        ("WASHINGTON (Reuters) - The United States and India signed a defence cooperation agreement in New "
         "Delhi in October 2020.", PUBLISHED, "2020-10"),
        ("BEIJING (Reuters) - Chinese President Xi Jinping visited Moscow last week for talks with Russian "
         "President Vladimir Putin.", PUBLISHED, "2024-03"),
        ("CANBERRA (Reuters) - Australia and Indonesia held joint military exercises in Darwin in January 2015.",
         PUBLISHED, "2015-01"),
        ("WASHINGTON (Reuters) - The United States imposed new sanctions on Russia yesterday.",
         PUBLISHED, "2024-03-11"),
    ],
)  # fmt: skip
def test_english_dates(text: str, published: str, date: str, resources: Resources) -> None:
    events = events_of(text, resources, published)
    assert events and {e.date for e in events} == {date}


def test_unnamed_gunmen_in_a_report_on_an_armed_group_attack_their_own_state_s_civilians(
    resources: Resources,
) -> None:
    # "Police said ...": the speaker is neither a person named Police nor the attacker
    text = (
        "JAYAPURA (Reuters) - The Free Papua Movement (OPM) said on Friday its fighters were behind a wave of "
        "violence in Papua's highlands. Police said gunmen carried out attacks against teachers and health "
        "workers in Kiwirok district on Thursday."
    )
    events = events_of(text, resources)
    assert keys(events) == {("ASSAULT", "IDN.OPM", "IDN", False)}
    assert {e.target_actor for e in events} == {None}


def test_titles_of_the_english_editions_of_indonesian_outlets(resources: Resources) -> None:
    text = (
        "JAKARTA (ANTARA) - Foreign Affairs Minister Retno Marsudi held a bilateral meeting with her Australian "
        "counterpart Penny Wong on the sidelines of the ASEAN foreign ministers' meeting in Jakarta on Monday."
    )
    result = process(Article(doc="en", text=text, origin="test", published=PUBLISHED), resources)
    assert {(e.type, e.source, e.target) for e in result.events} == {("CONSULT", "IDN", "AUS")}
    assert {(e.source_actor, e.target_actor) for e in result.events} == {("Retno Marsudi", "Penny Wong")}
    minister = next(m for m in result.mentions if m.name == "Retno Marsudi")
    assert (minister.text, minister.role) == ("Foreign Affairs Minister Retno Marsudi", "foreign_minister")
