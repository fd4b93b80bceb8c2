"""Who acts: the person or body named behind a state's event, over real sentences from Indonesian news."""

from __future__ import annotations

from dataclasses import replace

from events_helpers import code, dyads, mention

from warta.model import Event


def _only(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind and not e.negated]
    assert len(found) == 1, found
    return found[0]


def test_a_state_acting_through_its_ministry_takes_the_ministry_as_actor() -> None:
    t = (
        "Pemerintah Indonesia melalui Kementerian Luar Negeri mengingatkan Tiongkok agar mematuhi hukum "
        "internasional dan semua kesepakatan di kawasan Asia Tenggara."
    )
    ms = [
        mention(t, "Pemerintah Indonesia", "IDN", "state", "Pemerintah Indonesia"),
        mention(t, "Kementerian Luar Negeri", "IDN", "organisation", "Kementerian Luar Negeri RI"),
        mention(t, "Tiongkok", "CHN"),
    ]
    event = _only(code(t, ms), "REQUEST")
    assert (event.source, event.target) == ("IDN", "CHN")  # the code stays the state's
    assert event.source_actor == "Kementerian Luar Negeri RI"
    assert "acts through" in event.reasons["source"]


def test_a_channel_of_another_state_is_not_the_actor() -> None:
    t = "Amerika Serikat melalui Rusia mengecam keras serangan Israel ke Gaza."
    ms = [mention(t, "Amerika Serikat", "USA"), mention(t, "Rusia", "RUS"),
          mention(t, "Israel", "ISR", nth=0), mention(t, "Gaza", "PSE", "place")]  # fmt: skip
    assert all(e.source_actor is None for e in code(t, ms) if e.source == "USA")


def test_the_person_who_made_the_statement_wins_over_the_ministry() -> None:
    t = (
        "Pemerintah Indonesia melalui Kementerian Luar Negeri mengingatkan Tiongkok agar mematuhi hukum "
        "internasional.\n"
        "Pernyataan ini disampaikan oleh Menteri Luar Negeri Retno Marsudi saat press briefing secara virtual."
    )
    ms = [
        mention(t, "Pemerintah Indonesia", "IDN", "state", "Pemerintah Indonesia"),
        mention(t, "Kementerian Luar Negeri", "IDN", "organisation", "Kementerian Luar Negeri RI"),
        mention(t, "Tiongkok", "CHN"),
        replace(mention(t, "Menteri Luar Negeri Retno Marsudi", "IDN", "person", "Retno Marsudi"), sector="DIP"),
    ]
    event = _only(code(t, ms), "REQUEST")
    assert event.source_actor == "Retno Marsudi"
    assert "1 sentence(s) later" in event.reasons["source_actor"]


def test_a_state_statement_takes_the_spokesperson_named_next() -> None:
    t = (
        "Korea Utara menyatakan dukungannya terhadap Teheran dengan menyebut Israel melakukan aksi agresi ke Iran.\n"
        "Juru Bicara Kementerian Luar Negeri Korea Utara dalam siaran yang dirilis media resmi KCNA mengatakan, "
        "negaranya menyampaikan keprihatinan yang serius atas serangan militer Israel terhadap situs sipil Iran."
    )
    spokesman = "Juru Bicara Kementerian Luar Negeri Korea Utara"
    ms = [
        mention(t, "Korea Utara", "PRK"),
        mention(t, "Teheran", "IRN"),
        mention(t, "Israel", "ISR"),
        mention(t, "Iran", "IRN"),
        replace(mention(t, spokesman, "PRK", "official", spokesman), sector="DIP", role="spokesperson"),
        mention(t, "Israel", "ISR", nth=1),
        mention(t, "Iran", "IRN", nth=1),
    ]
    events = code(t, ms)
    support = _only(events, "SUPPORT")
    assert (support.source, support.source_actor) == ("PRK", spokesman)
    # an attack is not a statement: nobody speaks for it
    assert all(e.source_actor is None for e in events if e.type == "ASSAULT")


def test_a_speaker_after_the_quote_verb_speaks_for_the_state() -> None:
    t = (
        "Indonesia mengecam keras aksi kekerasan Israel terhadap warga Palestina di Jalur Gaza.\n"
        "\"Memasuki bulan suci Ramadan, Indonesia mendesak agar semua bentuk kekerasan dihentikan,\" ungkap "
        "Kementerian Luar Negeri RI dalam pernyataan resmi."
    )
    ms = [
        mention(t, "Indonesia", "IDN"),
        mention(t, "Israel", "ISR"),
        mention(t, "Palestina", "PSE"),
        mention(t, "Jalur Gaza", "PSE", "place"),
        mention(t, "Indonesia", "IDN", nth=1),
        replace(mention(t, "Kementerian Luar Negeri RI", "IDN", "organisation", "Kementerian Luar Negeri RI"), sector="DIP"),
    ]
    accuse = _only(code(t, ms), "ACCUSE")
    assert (accuse.source, accuse.target) == ("IDN", "ISR")
    assert accuse.source_actor == "Kementerian Luar Negeri RI"


def test_a_speaker_of_another_state_does_not_speak_for_it() -> None:
    t = (
        "Korea Utara menyatakan dukungannya terhadap Teheran.\n"
        "Juru Bicara Kementerian Luar Negeri Rusia mengatakan, negaranya prihatin."
    )
    ms = [
        mention(t, "Korea Utara", "PRK"),
        mention(t, "Teheran", "IRN"),
        replace(mention(t, "Juru Bicara Kementerian Luar Negeri Rusia", "RUS", "official", "Kemlu Rusia"), sector="DIP"),
    ]
    assert _only(code(t, ms), "SUPPORT").source_actor is None


def test_a_speaker_without_an_office_does_not_speak_for_the_state() -> None:
    t = (
        "Indonesia mengecam keras aksi kekerasan Israel terhadap warga Palestina.\n"
        "Hal itu dikatakan Jawa Pos dalam laporannya."
    )
    ms = [mention(t, "Indonesia", "IDN"), mention(t, "Israel", "ISR"), mention(t, "Palestina", "PSE"),
          mention(t, "Jawa Pos", "IDN", "person", "Jawa Pos")]  # fmt: skip
    assert _only(code(t, ms), "ACCUSE").source_actor is None


def test_an_unnamed_doer_of_a_passive_act_gets_no_spokesperson() -> None:
    t = (
        "Belakangan tersiar kabar bahwa Dahlan Iskan dan Nany ditetapkan menjadi tersangka.\n"
        "Hal itu dikatakan Kapolda Jawa Timur Irjen Nanang Avianto."
    )
    ms = [mention(t, "Dahlan Iskan", "IDN", "person", "Dahlan Iskan"),
          replace(mention(t, "Kapolda Jawa Timur Irjen Nanang Avianto", "IDN", "person", "Nanang Avianto"),
                  sector="POLICE")]  # fmt: skip
    assert all(e.source_actor != "Nanang Avianto" for e in code(t, ms))


def test_of_one_event_told_twice_the_telling_naming_the_target_stays() -> None:
    t = (
        "Menteri Pertahanan Israel, Israel Katz, pada Sabtu mengancam akan membakar Teheran bila Iran terus "
        "melancarkan serangan rudal di tengah kecamuk perang.\n"
        "Dia pun mengancam Pemimpin Tertinggi Iran Ayatollah Ali Khamenei untuk berhenti menyerang Israel."
    )
    ms = [
        mention(t, "Menteri Pertahanan Israel, Israel Katz", "ISR", "person", "Israel Katz"),
        mention(t, "Teheran", "IRN"),
        mention(t, "Iran", "IRN", nth=1),
        mention(t, "Dia", "ISR", "person", "Israel Katz"),
        mention(t, "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei", "IRN", "person", "Ali Khamenei"),
        mention(t, "Israel", "ISR", nth=2),
    ]
    events = code(t, ms)
    assert ("THREATEN", "ISR", "IRN") in dyads(events)
    threat = _only(events, "THREATEN")
    assert (threat.source_actor, threat.target_actor) == ("Israel Katz", "Ali Khamenei")


def test_a_later_telling_by_another_person_does_not_replace_the_first() -> None:
    t = (
        "Iran menuduh Israel berada di balik serangan itu.\n"
        "Saat itu, Presiden Mahmoud Ahmadinejad secara terbuka menuding Israel sebagai dalang di balik pembunuhan tersebut."
    )
    ms = [mention(t, "Iran", "IRN"), mention(t, "Israel", "ISR"),
          mention(t, "Presiden Mahmoud Ahmadinejad", "IRN", "person", "Mahmoud Ahmadinejad"),
          mention(t, "Israel", "ISR", nth=1)]  # fmt: skip
    accuse = _only(code(t, ms), "ACCUSE")
    assert accuse.evidence.startswith("Iran menuduh")


def test_a_threat_does_not_borrow_the_body_named_in_an_attack() -> None:
    t = (
        "Garda Revolusi Iran mengatakan mereka telah menyerang puluhan target di Israel.\n"
        "Menteri Pertahanan Israel, Israel Katz, pada Sabtu mengancam akan membakar Teheran bila Iran terus "
        "melancarkan serangan rudal di tengah kecamuk perang."
    )
    ms = [
        mention(t, "Garda Revolusi Iran", "IRN", "organisation", "Garda Revolusi Iran"),
        mention(t, "Israel", "ISR"),
        mention(t, "Menteri Pertahanan Israel, Israel Katz", "ISR", "person", "Israel Katz"),
        mention(t, "Teheran", "IRN"),
        mention(t, "Iran", "IRN", nth=1),
    ]
    events = code(t, ms)
    threat = _only(events, "THREATEN")
    assert (threat.source_actor, threat.target_actor) == ("Israel Katz", None)
    attack = _only(events, "ASSAULT")
    assert attack.source_actor == "Garda Revolusi Iran"


def test_an_attack_on_a_person_without_force_is_verbal() -> None:
    # the pattern of a political spat (written for this test): no weapon, no victim, no troops
    t = "Trump kembali melontarkan serangan terhadap Obama dalam pidatonya di Gedung Putih."
    ms = [mention(t, "Trump", "USA", "person", "Donald Trump"), mention(t, "Obama", "USA", "person", "Barack Obama")]
    assert not [e for e in code(t, ms) if e.type == "ASSAULT"]
    # with a word of armed force it is an assault
    t = "Militan melancarkan serangan bersenjata terhadap Gubernur Ahmad yang tewas di tempat."
    ms = [mention(t, "Militan", "IDN.MIL", "armed_group", "Militan"), mention(t, "Gubernur Ahmad", "IDN", "person", "Ahmad")]
    assert [e for e in code(t, ms) if e.type == "ASSAULT"]


def test_requests_in_a_trial_are_court_procedure() -> None:
    # the patterns of trial reports (written for this test)
    t = "Dalam perkara dugaan korupsi ini, jaksa meminta majelis hakim menyatakan terdakwa bersalah."
    ms = [mention(t, "jaksa", "IDN", "official", "jaksa"), mention(t, "majelis hakim", "IDN", "organisation", "majelis hakim")]
    assert not [e for e in code(t, ms) if e.type == "REQUEST"]
    t = "Kuasa hukum Budi meminta Kejaksaan Agung menghentikan penyidikan."
    ms = [mention(t, "Kuasa hukum Budi", "IDN", "person", "Budi"), mention(t, "Kejaksaan Agung", "IDN", "organisation", "Kejaksaan Agung")]
    assert not [e for e in code(t, ms) if e.type == "REQUEST"]
    t = "Jaksa lalu menuntut Budi dihukum 7 tahun penjara."
    ms = [mention(t, "Jaksa", "IDN", "official", "jaksa"), mention(t, "Budi", "IDN", "person", "Budi")]
    assert not [e for e in code(t, ms) if e.type == "REQUEST"]
    # a political request stays (a dev sentence, its object named)
    t = "Memasuki bulan suci Ramadan, Indonesia mendesak Israel agar semua bentuk kekerasan dihentikan."
    ms = [mention(t, "Indonesia", "IDN"), mention(t, "Israel", "ISR")]
    assert ("REQUEST", "IDN", "ISR") in dyads(code(t, ms))


def test_a_meeting_of_two_people_of_one_state_is_not_coded() -> None:
    # decided in arguments._distinct: CONSULT/AGREE/COOPERATE are not domestic types (written for this test)
    t = "Presiden Prabowo Subianto bertemu Presiden ke-7 RI Joko Widodo di Solo."
    ms = [mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto"),
          mention(t, "Presiden ke-7 RI Joko Widodo", "IDN", "person", "Joko Widodo")]  # fmt: skip
    assert not code(t, ms)
    # the same verb between two states is coded (a dev sentence)
    t = "Presiden AS Donald Trump pada Selasa pagi bertemu dengan Presiden Ukraina Petro Poroshenko."
    ms = [mention(t, "Presiden AS Donald Trump", "USA", "person", "Donald Trump"),
          mention(t, "Presiden Ukraina Petro Poroshenko", "UKR", "person", "Petro Poroshenko")]  # fmt: skip
    assert dyads(code(t, ms)) == {("CONSULT", "UKR", "USA")}
