"""The event coder over real sentences from Indonesian news, with hand-resolved actor mentions."""

from __future__ import annotations

import pytest
from events_helpers import code, dyads, mention

from warta.extract.events import lexicon_for
from warta.extract.triggers import TriggerLexicon, TriggerRule, tokenize, words_of


def test_symmetric_noun_with_coordinated_partners() -> None:
    t = "Pertemuan antara Menteri Pertahanan Iran dan Vladimir Putin digelar di ibukota Rusia, Moskow pada Selasa (16/02)."
    ms = [
        mention(t, "Menteri Pertahanan Iran", "IRN", "official"),
        mention(t, "Vladimir Putin", "RUS", "person", "Vladimir Putin"),
        mention(t, "Rusia", "RUS"),
        mention(t, "Moskow", "RUS", "place"),
    ]
    events = code(t, ms)
    assert dyads(events) == {("CONSULT", "IRN", "RUS")}
    assert events[0].mode == "meet"
    assert "Vladimir Putin" in (events[0].source_actor, events[0].target_actor)


def test_directed_verb_and_noun_with_its_own_actor() -> None:
    t = "Pasukan Israel dituduh bertanggung jawab, sementara Presiden AS Donald Trump mengecam serangan Israel ke gereja Katolik di Gaza."
    ms = [mention(t, "Israel", "ISR"), mention(t, "AS", "USA"), mention(t, "Donald Trump", "USA", "person", "Donald Trump"),
          mention(t, "Israel", "ISR", nth=1), mention(t, "Gaza", "PSE", "place")]  # fmt: skip
    assert dyads(code(t, ms)) == {("ACCUSE", "USA", "ISR"), ("ASSAULT", "ISR", "PSE")}
    t = "Korea Utara menyatakan dukungannya terhadap Teheran dengan menyebut Israel melakukan aksi agresi ke Iran."
    ms = [
        mention(t, "Korea Utara", "PRK"),
        mention(t, "Teheran", "IRN"),
        mention(t, "Israel", "ISR"),
        mention(t, "Iran", "IRN"),
    ]
    assert dyads(code(t, ms)) == {("SUPPORT", "PRK", "IRN"), ("ASSAULT", "ISR", "IRN")}


def test_airstrike_noun_takes_its_actor_and_mode() -> None:
    t = "Israel melancarkan serangan udara ke Jalur Gaza setelah roket ditembakkan dari wilayah itu."
    ms = [mention(t, "Israel", "ISR"), mention(t, "Jalur Gaza", "PSE", "place")]
    events = code(t, ms)
    assert dyads(events) == {("ASSAULT", "ISR", "PSE")}
    assert events[0].mode == "airstrike"


def test_passive_with_bare_agent_is_domestic_coerce() -> None:
    t = "Setyo menuturkan tiga terduga teroris JAD yang ditangkap Detasemen Khusus 88 Antiteror merupakan jaringan Jakarta."
    ms = [
        mention(t, "Setyo", "IDN", "person", "Setyo Wasisto"),
        mention(t, "JAD", "IDN.JAD", "armed_group"),
        mention(t, "Detasemen Khusus 88 Antiteror", "IDN", "organisation", "Densus 88 Antiteror"),
    ]
    events = code(t, ms)
    assert dyads(events) == {("COERCE", "IDN", "IDN.JAD")}
    assert events[0].source_actor == "Densus 88 Antiteror"


def test_passive_with_oleh_agent() -> None:
    t = "Diketahui, Paulus Tannos ditangkap oleh Corrupt Practices Investigation Bureau (CPIB) Singapura pada 17 Januari 2025."
    ms = [
        mention(t, "Paulus Tannos", "IDN", "person", "Paulus Tannos"),
        mention(t, "Corrupt Practices Investigation Bureau (CPIB) Singapura", "SGP", "organisation"),
    ]
    assert dyads(code(t, ms)) == {("COERCE", "SGP", "IDN")}


def test_host_frame_makes_the_visitor_the_source() -> None:
    t = "Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Yoshihide Suga di Istana Bogor."
    ms = [
        mention(t, "Joko Widodo", "IDN", "person", "Joko Widodo"),
        mention(t, "Jepang", "JPN"),
        mention(t, "Yoshihide Suga", "JPN", "person", "Yoshihide Suga"),
    ]
    events = code(t, ms)
    assert [(e.type, e.mode, e.source, e.target) for e in events] == [("CONSULT", "visit", "JPN", "IDN")]
    assert events[0].source_actor == "Yoshihide Suga"


def test_visit_to_a_place_targets_its_state() -> None:
    t = "Selama kunjungan Shoigu ke Teheran pada bulan Januari 2015, Menteri pertahanan Iran dan Rusia menandatangani kesepakatan."
    ms = [
        mention(t, "Shoigu", "RUS", "person", "Sergei Shoigu"),
        mention(t, "Teheran", "IRN", "place"),
        mention(t, "Iran", "IRN"),
        mention(t, "Rusia", "RUS"),
    ]
    assert dyads(code(t, ms)) == {("CONSULT", "IRN", "RUS"), ("AGREE", "IRN", "RUS")}


def test_phone_call_is_consult_phone() -> None:
    t = "Menlu Retno Marsudi melakukan pembicaraan melalui sambungan telepon dengan Menlu China Wang Yi, Kamis (30/7/2020)."
    ms = [
        mention(t, "Retno Marsudi", "IDN", "person", "Retno Marsudi"),
        mention(t, "China", "CHN"),
        mention(t, "Wang Yi", "CHN", "person", "Wang Yi"),
    ]
    events = code(t, ms)
    assert dyads(events) == {("CONSULT", "CHN", "IDN")}
    assert {e.mode for e in events} <= {"phone", "talks"}
    assert any(e.mode == "phone" for e in events)


def test_subject_and_object_of_request() -> None:
    t = "Oleh karena itu, Perindo mendesak DPR untuk segera merevisi Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Pemilu)."
    ms = [
        mention(t, "Perindo", "IDN.PERINDO", "organisation", "Partai Perindo"),
        mention(t, "DPR", "IDN", "organisation", "DPR"),
    ]
    assert dyads(code(t, ms)) == {("REQUEST", "IDN.PERINDO", "IDN")}


def test_threaten_without_following_assault() -> None:
    t = "Beijing pun membantah tuduhan itu dan mengancam akan membalas tudingan Trump."
    ms = [mention(t, "Beijing", "CHN"), mention(t, "Trump", "USA", "person", "Donald Trump")]
    assert ("THREATEN", "CHN", "USA") in dyads(code(t, ms))
    t = "Iran mengancam akan menyerang negara-negara yang membela Israel."
    ms = [mention(t, "Iran", "IRN"), mention(t, "Israel", "ISR")]
    assert not any(e.type == "ASSAULT" for e in code(t, ms))


@pytest.mark.parametrize(
    ("sentence", "actors", "expected"),
    [
        ("Pemerintahan AS di bawah Presiden Joe Biden menjatuhkan sanksi kepada kedua jenderal Sudan.",
         [("AS", "USA"), ("Sudan", "SDN")], ("SANCTION", "USA", "SDN")),
        ("Pemerintah China beberapa kali menuduh AS mengganggu kemajuan yang telah dicapai.",
         [("China", "CHN"), ("AS", "USA")], ("ACCUSE", "CHN", "USA")),
        ("Presiden Rusia Vladimir Putin memuji Presiden AS Donald Trump sebagai pemimpin yang berani.",
         [("Rusia", "RUS"), ("AS", "USA")], ("SUPPORT", "RUS", "USA")),
        ("Brasil menolak surat kepercayaan Duta Besar Indonesia Toto Riyanto.",
         [("Brasil", "BRA"), ("Indonesia", "IDN")], ("REJECT", "BRA", "IDN")),
        ("Hamas membebaskan empat sandera Israel pada Sabtu.",
         [("Hamas", "PSE.HAMAS"), ("Israel", "ISR")], ("CONCEDE", "PSE.HAMAS", "ISR")),
        ("Jepang mengirimkan bantuan kemanusiaan kepada Filipina setelah topan melanda.",
         [("Jepang", "JPN"), ("Filipina", "PHL")], ("AID", "JPN", "PHL")),
        ("Rusia menarik pasukan dari Kherson pada November.",
         [("Rusia", "RUS"), ("Kherson", "UKR")], ("RETREAT", "RUS", "UKR")),
        ("Melalui sambungan telepon, Presiden Rusia Vladimir Putin dan Presiden Amerika Serikat Donald Trump sepakat bersama-sama memberantas ISIS.",
         [("Presiden Rusia Vladimir Putin", "RUS"), ("Presiden Amerika Serikat Donald Trump", "USA"), ("ISIS", "ISIL")],
         ("AGREE", "RUS", "USA")),
        ("Indonesia bekerja sama dengan Australia dalam patroli perbatasan.",
         [("Indonesia", "IDN"), ("Australia", "AUS")], ("COOPERATE", "AUS", "IDN")),
        ("Ribuan warga Iran berunjuk rasa di Teheran.",
         [("Iran", "IRN")], ("PROTEST", "IRN", None)),
        ("Korea Utara mengerahkan pasukan ke perbatasan.",
         [("Korea Utara", "PRK")], ("MOBILIZE", "PRK", None)),
        ("Polisi Filipina menangkap anggota Abu Sayyaf di Sulu.",
         [("Filipina", "PHL"), ("Abu Sayyaf", "PHL.ABUSAYYAF")], ("COERCE", "PHL", "PHL.ABUSAYYAF")),
        ("Menlu Indonesia meminta Myanmar menghentikan kekerasan.",
         [("Indonesia", "IDN"), ("Myanmar", "MMR")], ("REQUEST", "IDN", "MMR")),
        ("Amerika Serikat dan Rusia bertemu di Jenewa.",
         [("Amerika Serikat", "USA"), ("Rusia", "RUS")], ("CONSULT", "RUS", "USA")),
        ("ISIS menyerang kota Marawi di Filipina selatan.",
         [("ISIS", "ISIL"), ("Filipina", "PHL")], ("ASSAULT", "ISIL", "PHL")),
        ("Korea Utara juga memperingatkan AS agar tidak campur tangan lebih lanjut.",
         [("Korea Utara", "PRK"), ("AS", "USA")], ("THREATEN", "PRK", "USA")),
    ],
)  # fmt: skip
def test_each_plover_type(
    sentence: str, actors: list[tuple[str, str]], expected: tuple[str, str, str | None]
) -> None:
    ms = [
        mention(sentence, surface, c, "place" if surface in ("Kherson",) else "state")
        for surface, c in actors
    ]
    assert expected in dyads(code(sentence, ms))


def test_negation_marks_the_event_negated() -> None:
    t = "Paus Leo XIV dan Presiden AS Donald Trump tidak mendukung serangan Israel ke gereja Katolik."
    ms = [
        mention(t, "Paus Leo XIV", "VAT", "person", "Leo XIV"),
        mention(t, "AS", "USA"),
        mention(t, "Israel", "ISR"),
    ]
    events = [e for e in code(t, ms) if e.type == "SUPPORT"]
    assert events and all(e.negated for e in events)
    t = "Israel menolak untuk bertemu dengan Hamas."
    ms = [mention(t, "Israel", "ISR"), mention(t, "Hamas", "PSE.HAMAS")]
    assert not any(e.type == "CONSULT" and not e.negated for e in code(t, ms))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah AS berencana untuk menjatuhkan sanksi terhadap Rusia.",
        "Presiden AS akan bertemu dengan Presiden Rusia pekan depan.",
        "Jika Rusia menyerang Ukraina, AS menjatuhkan sanksi.",
    ],
)
def test_future_and_hypothetical_are_not_asserted(sentence: str) -> None:
    ms = [mention(sentence, "AS", "USA"), mention(sentence, "Rusia", "RUS")]
    if "Ukraina" in sentence:
        ms.append(mention(sentence, "Ukraina", "UKR"))
    assert code(sentence, ms) == []


def test_multi_party_symmetric_expands_from_the_first() -> None:
    t = "Rusia, Suriah, Iran dan Irak sepakat berbagi informasi intelijen soal ISIS."
    ms = [
        mention(t, c, k)
        for c, k in (("Rusia", "RUS"), ("Suriah", "SYR"), ("Iran", "IRN"), ("Irak", "IRQ"), ("ISIS", "ISIL"))
    ]
    assert {d for d in dyads(code(t, ms)) if d[0] == "AGREE"} == {
        ("AGREE", "RUS", "SYR"), ("AGREE", "IRN", "RUS"), ("AGREE", "IRQ", "RUS"),
    }  # fmt: skip


def test_multi_party_directed_gives_each_source() -> None:
    t = "PKS, PAN, dan Gerindra menolak Perppu Ormas dijadikan undang-undang."
    ms = [mention(t, "PKS", "IDN.PKS", "organisation"), mention(t, "PAN", "IDN.PAN", "organisation"),
          mention(t, "Gerindra", "IDN.GERINDRA", "organisation")]  # fmt: skip
    assert dyads(code(t, ms)) >= {
        ("REJECT", "IDN.PKS", "IDN"),
        ("REJECT", "IDN.PAN", "IDN"),
        ("REJECT", "IDN.GERINDRA", "IDN"),
    }


def test_subject_carried_over_from_previous_sentence() -> None:
    t = "Juru bicara Kementerian Luar Negeri Korea Utara mengecam perang itu.\nDia juga menuduh Israel terlibat dalam terorisme."
    ms = [mention(t, "Korea Utara", "PRK"), mention(t, "Israel", "ISR")]
    assert ("ACCUSE", "PRK", "ISR") in dyads(code(t, ms))


def test_condemned_act_without_doer_accuses_the_articles_attacker() -> None:
    t = (
        "Pemerintah Indonesia melalui Kementerian Luar Negeri mengecam keras kekerasan yang memakan korban warga sipil di Palestina.\n"
        "Pasukan Pertahan Israel (IDF) telah melancarkan 260 serangan yang diklaim menyasar Hamas."
    )
    ms = [mention(t, "Indonesia", "IDN"), mention(t, "Kementerian Luar Negeri", "IDN", "organisation", "Kementerian Luar Negeri RI"),
          mention(t, "Palestina", "PSE"), mention(t, "Israel", "ISR"), mention(t, "IDF", "ISR", "organisation"),
          mention(t, "Hamas", "PSE.HAMAS", "armed_group")]  # fmt: skip
    found = dyads(code(t, ms))
    assert ("ACCUSE", "IDN", "ISR") in found and ("ASSAULT", "ISR", "PSE.HAMAS") in found
    assert ("ACCUSE", "IDN", "PSE") not in found


def test_link_lines_titles_and_back_references_give_nothing() -> None:
    t = "(Baca juga: Putin Rapat Mendadak dengan Menhan Iran)"
    assert code(t, [mention(t, "Putin", "RUS", "person"), mention(t, "Iran", "IRN")]) == []
    t = "Rusia-Iran Tingkatkan Kerjasama Basmi Teroris Bertemu Iran"
    assert code(t, [mention(t, "Rusia", "RUS"), mention(t, "Iran", "IRN", nth=1)]) == []
    t = "Dalam pertemuan tersebut, Shoigu mengatakan Iran dan Rusia menghadapi tantangan umum."
    ms = [mention(t, "Shoigu", "RUS", "person"), mention(t, "Iran", "IRN"), mention(t, "Rusia", "RUS")]
    assert not any(e.type == "CONSULT" for e in code(t, ms))


def test_same_state_needs_two_different_domestic_actors() -> None:
    t = "Indonesia mengecam Indonesia."
    ms = [mention(t, "Indonesia", "IDN"), mention(t, "Indonesia", "IDN", nth=1)]
    assert code(t, ms) == []


def test_every_event_has_evidence_trigger_and_reasons() -> None:
    t = "Dia juga menuduh Israel terlibat dalam terorisme yang didukung negara."
    ms = [mention(t, "Dia", "PRK", "official"), mention(t, "Israel", "ISR")]
    (event,) = [e for e in code(t, ms) if e.type == "ACCUSE"]
    assert event.evidence == t and event.trigger == "menuduh"
    assert {"type", "source", "target", "date", "location", "mode"} <= set(event.reasons)
    assert event.date == "2020-01-01" and "lead" in event.reasons["date"]


def test_trigger_lexicon_matches_enclitics_and_gaps() -> None:
    lexicon = lexicon_for("id").triggers
    text = "serangan udaranya terhadap Iran dan Rusia menarik seluruh pasukan"
    hits = lexicon.find(text, tokenize(text))
    assert [(h.rule.type, h.rule.mode, h.text) for h in hits] == [
        ("ASSAULT", "airstrike", "serangan udaranya"),
        ("RETREAT", None, "menarik seluruh pasukan"),
    ]


def test_time_clause_keeps_the_main_subject() -> None:
    t = (
        "Putra Mahkota Arab Saudi Mohammed bin Salman sudah menyetujui rencana itu "
        "saat bertemu dengan Presiden Prabowo Subianto di Jeddah."
    )
    ms = [mention(t, "Putra Mahkota Arab Saudi Mohammed bin Salman", "SAU", "person", "Mohammed bin Salman"),
          mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto")]  # fmt: skip
    assert ("CONSULT", "IDN", "SAU") in dyads(code(t, ms))


def test_wished_clauses_are_not_asserted() -> None:
    t = "Mantan Menteri Pertahanan Israel Avigdor Liberman mendesak Israel menyerang Iran lagi."
    ms = [mention(t, "Menteri Pertahanan Israel Avigdor Liberman", "ISR", "person", "Avigdor Liberman"),
          mention(t, "Israel", "ISR", nth=1), mention(t, "Iran", "IRN")]  # fmt: skip
    assert not any(e.type == "ASSAULT" for e in code(t, ms))
    t = "Dalam wawancaranya, Razek menyerukan agar Perancis memutus hubungan dengan Israel."
    ms = [mention(t, "Perancis", "FRA"), mention(t, "Israel", "ISR")]
    assert not any(e.type == "SANCTION" for e in code(t, ms))


def test_request_complementizer_opens_the_object() -> None:
    t = "Baik Indonesia maupun Perancis mendesak agar Israel menghentikan operasi militer di Gaza sesegera mungkin."
    ms = [mention(t, "Indonesia", "IDN"), mention(t, "Perancis", "FRA"), mention(t, "Israel", "ISR"),
          mention(t, "Gaza", "PSE", "place")]  # fmt: skip
    assert {d for d in dyads(code(t, ms)) if d[0] == "REQUEST"} == {
        ("REQUEST", "IDN", "ISR"),
        ("REQUEST", "FRA", "ISR"),
    }


def test_states_inside_names_and_currencies_are_not_actors() -> None:
    t = "Presiden PKS Almuzzammil Yusuf mengkritisi proyek Kereta Cepat Indonesia--China sejak awal."
    ms = [mention(t, "Presiden PKS Almuzzammil Yusuf", "IDN.PKS", "person", "Almuzzammil Yusuf"),
          mention(t, "Indonesia", "IDN"), mention(t, "China", "CHN")]  # fmt: skip
    assert code(t, ms) == []
    t = "Pekan lalu, kepolisian Singapura menyita lebih dari 115 juta dollar AS aset milik Chen Zhi."
    ms = [mention(t, "kepolisian Singapura", "SGP", "organisation"), mention(t, "AS", "USA")]
    assert code(t, ms) == []


def test_mutual_fighting_between_two_sides() -> None:
    t = "Rangkaian serangan roket dan misil di Gaza antara militer Israel dan Hamas telah merenggut 23 nyawa."
    ms = [
        mention(t, "Gaza", "PSE", "place"),
        mention(t, "Israel", "ISR"),
        mention(t, "Hamas", "PSE.HAMAS", "armed_group"),
    ]
    assert dyads(code(t, ms)) == {("ASSAULT", "ISR", "PSE.HAMAS"), ("ASSAULT", "PSE.HAMAS", "ISR")}


def test_attack_without_target_takes_the_foe_named_elsewhere() -> None:
    t = (
        "Israel melancarkan serangan udara terhadap Iran pada Jumat.\n"
        "Iran telah menembakkan tiga gelombang rudal balistik sejak Jumat."
    )
    ms = [mention(t, "Israel", "ISR"), mention(t, "Iran", "IRN"), mention(t, "Iran", "IRN", nth=1)]
    events = [e for e in code(t, ms) if e.type == "ASSAULT"]
    assert {(e.source, e.target) for e in events} == {("ISR", "IRN"), ("IRN", "ISR")}
    answer = next(e for e in events if e.source == "IRN")
    assert "elsewhere" in answer.reasons["target"]


def test_a_party_rejecting_a_law_targets_its_state() -> None:
    t = "Hanya tiga Fraksi yang menolak dengan tegas Perppu dijadikan UU, yakni PKS, PAN, dan Gerindra."
    ms = [mention(t, "PKS", "IDN.PKS", "organisation"), mention(t, "PAN", "IDN.PAN", "organisation"),
          mention(t, "Gerindra", "IDN.GERINDRA", "organisation")]  # fmt: skip
    assert dyads(code(t, ms)) == {
        ("REJECT", "IDN.PKS", "IDN"),
        ("REJECT", "IDN.PAN", "IDN"),
        ("REJECT", "IDN.GERINDRA", "IDN"),
    }


def test_terror_suspects_are_the_armed_group_of_the_article() -> None:
    t = "Sebelumnya, Densus 88 Antiteror menangkap tiga terduga teroris di kawasan Tangerang Kota.\nMereka masuk kelompok JAD Jakarta."
    ms = [mention(t, "Densus 88 Antiteror", "IDN", "organisation", "Densus 88 Antiteror"),
          mention(t, "JAD", "IDN.JAD", "armed_group")]  # fmt: skip
    assert ("COERCE", "IDN", "IDN.JAD") in dyads(code(t, ms))


def test_sentence_without_date_borrows_the_date_of_the_same_pair() -> None:
    t = "Putin dan Trump sepakat memerangi terorisme.\nPutin dan Trump berbicara melalui telepon pada Sabtu."

    class PairDates:
        def date_for(self, sentence, trigger_start):  # type: ignore[no-untyped-def]
            return ("2017-01-28", "'Sabtu'") if "Sabtu" in sentence.text else (None, "no date")

        def lead_date(self):  # type: ignore[no-untyped-def]
            return "2017-01-31", "publication"

    from events_helpers import NoPlaces, doc_of, sentences_of

    from warta.extract.events import extract_events
    from warta.lang import load_pack

    ms = [mention(t, "Putin", "RUS", "person"), mention(t, "Trump", "USA", "person"),
          mention(t, "Putin", "RUS", "person", nth=1), mention(t, "Trump", "USA", "person", nth=1)]  # fmt: skip
    events = extract_events(doc_of(t), sentences_of(t), ms, load_pack("id"), PairDates(), NoPlaces())
    agree = next(e for e in events if e.type == "AGREE")
    assert agree.date == "2017-01-28" and "same actors" in agree.reasons["date"]


def test_signing_parties_after_a_passive_verb() -> None:
    t = (
        "Adapun nota kesepahaman tersebut diteken oleh Menteri Pertahanan Sjafrie Sjamsoeddin dan "
        "Sekretaris Industri Pertahanan Turkiye, Haluk Gorgun."
    )
    ms = [mention(t, "Menteri Pertahanan Sjafrie Sjamsoeddin", "IDN", "person", "Sjafrie Sjamsoeddin"),
          mention(t, "Turkiye", "TUR")]  # fmt: skip
    events = [e for e in code(t, ms) if e.type == "AGREE"]
    assert dyads(events) == {("AGREE", "IDN", "TUR")} and events[0].mode == "sign"


def test_fighting_with_group_linked_militants() -> None:
    t = "Duterte menyatakan keadaan darurat sebagai tanggapan terhadap pertempuran dengan militan terkait ISIS."
    ms = [
        mention(t, "Duterte", "PHL", "person", "Rodrigo Duterte"),
        mention(t, "ISIS", "ISIL", "armed_group"),
    ]
    assert dyads(code(t, ms)) == {("ASSAULT", "PHL", "ISIL"), ("ASSAULT", "ISIL", "PHL")}


def test_event_noun_actor_must_follow_it_directly() -> None:
    t = "Rusia terus mengembangkan hubungannya dengan Indonesia lewat dukungan keanggotaan Indonesia dalam BRICS."
    ms = [mention(t, "Rusia", "RUS"), mention(t, "Indonesia", "IDN"), mention(t, "Indonesia", "IDN", nth=1),
          mention(t, "BRICS", "BRICS", "organisation")]  # fmt: skip
    assert not any(e.type == "SUPPORT" and e.source == "IDN" for e in code(t, ms))


def test_degenerate_inputs_give_no_events() -> None:
    assert code("", []) == []
    t = "Rusia menyerang."
    assert code(t, [mention(t, "Rusia", "RUS")]) == []  # no target anywhere in the article
    t = "Iran dan Rusia sepakat."
    unresolved = [mention(t, "Iran", "IRN"), mention(t, "Rusia", "RUS")]
    unresolved[1] = unresolved[1].__class__(unresolved[1].start, unresolved[1].end, "Rusia", None, "state")
    assert code(t, unresolved) == []


def test_plural_mention_expands_to_its_members() -> None:
    from warta.model import Mention

    t = "Kedua pemimpin bertemu di sela-sela Sidang Umum PBB."
    plural = Mention(0, 14, "Kedua pemimpin", "RUS|USA", "plural", name="Vladimir Putin|Barack Obama")
    events = code(t, [plural, mention(t, "PBB", "UN", "organisation")])
    assert dyads(events) == {("CONSULT", "RUS", "USA")}
    assert {events[0].source_actor, events[0].target_actor} == {"Vladimir Putin", "Barack Obama"}


def test_questions_and_requested_acts_are_not_events() -> None:
    t = "Apa saja kerja sama yang telah ditandatangani Indonesia dan Inggris?"
    assert code(t, [mention(t, "Indonesia", "IDN"), mention(t, "Inggris", "GBR")]) == []
    t = "Aoun sebelumnya menyerukan negosiasi dengan Israel."
    ms = [mention(t, "Aoun", "LBN", "person", "Joseph Aoun"), mention(t, "Israel", "ISR")]
    assert not any(e.type == "CONSULT" for e in code(t, ms))


def test_coordinated_verb_keeps_the_first_subject_and_relative_doers() -> None:
    t = "Iran menghapus Israel dari peta dan menyerang Arab Saudi."
    ms = [mention(t, "Iran", "IRN"), mention(t, "Israel", "ISR"), mention(t, "Arab Saudi", "SAU")]
    assert ("ASSAULT", "IRN", "SAU") in dyads(code(t, ms))
    t = "Paus Leo XIV mengecam dengan keras kekejaman yang dilakukan Israel di Jalur Gaza, Palestina."
    ms = [mention(t, "Paus Leo XIV", "VAT", "person", "Leo XIV"), mention(t, "Israel", "ISR"),
          mention(t, "Jalur Gaza", "PSE", "place"), mention(t, "Palestina", "PSE")]  # fmt: skip
    assert dyads(code(t, ms)) == {("ACCUSE", "VAT", "ISR")}


def test_a_comma_after_the_verb_ends_its_object() -> None:
    t = "BP Haji menolak, DPR ingatkan risiko."
    ms = [
        mention(t, "BP Haji", "IDN", "organisation", "BP Haji"),
        mention(t, "DPR", "IDN", "organisation", "DPR"),
    ]
    assert code(t, ms) == []


def test_object_named_by_examples_after_a_relative_clause() -> None:
    t = "Iran mengancam akan menyerang negara-negara yang membela Israel, seperti Inggris, Perancis, dan AS."
    ms = [mention(t, "Iran", "IRN"), mention(t, "Israel", "ISR"), mention(t, "Inggris", "GBR"),
          mention(t, "Perancis", "FRA"), mention(t, "AS", "USA")]  # fmt: skip
    assert dyads(code(t, ms)) == {
        ("THREATEN", "IRN", "GBR"),
        ("THREATEN", "IRN", "FRA"),
        ("THREATEN", "IRN", "USA"),
    }


def test_event_noun_sides_versus_clause_subject() -> None:
    t = "Oman sebelumnya telah menjadi tuan rumah lima putaran pembicaraan antara Iran dan AS sepanjang tahun ini."
    ms = [mention(t, "Oman", "OMN"), mention(t, "Iran", "IRN"), mention(t, "AS", "USA")]
    assert dyads(code(t, ms)) == {("CONSULT", "IRN", "USA")}
    t = "Prabowo lalu menjelaskan, pertemuannya dengan Presiden Komisi Eropa, Ursula von der Leyen, di Brussel."
    ms = [mention(t, "Prabowo", "IDN", "person", "Prabowo Subianto"),
          mention(t, "Presiden Komisi Eropa, Ursula von der Leyen", "EU", "person", "Ursula von der Leyen")]  # fmt: skip
    assert dyads(code(t, ms)) == {("CONSULT", "EU", "IDN")}


def test_subject_carried_from_a_sentence_without_trigger_past_one_without_actor() -> None:
    # the topic comes from a sentence the coder skips for having no trigger, worked out on demand
    t = (
        "Kementerian Luar Negeri Korea Utara mengeluarkan pernyataan di Pyongyang pada Senin.\n"
        "Pernyataan itu dibacakan pada pagi hari.\n"
        "Dia juga menuduh Israel terlibat dalam terorisme."
    )
    ms = [mention(t, "Korea Utara", "PRK"), mention(t, "Israel", "ISR")]
    assert ("ACCUSE", "PRK", "ISR") in dyads(code(t, ms))


def test_may_start_agrees_with_find() -> None:
    triggers = lexicon_for("id").triggers
    with_trigger = "Dia juga menuduh Israel terlibat dalam terorisme."
    without = "Pernyataan itu dibacakan pada Senin pagi."
    assert triggers.may_start(words_of(with_trigger)) and triggers.find(with_trigger)
    assert not triggers.may_start(words_of(without)) and not triggers.find(without)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dia juga menuduh Israel terlibat dalam terorisme.",
        "Korea Utara menyatakan dukungannya terhadap Teheran.",  # an enclitic on the trigger
        "Uni Eropa menjatuhkan sanksi-sanksinya kepada Rusia.",  # full reduplication
        "Sementara itu, Israel membantah Iran menggunakan rudal baru dalam serangannya.",
        "Pernyataan itu dibacakan pada pagi hari.",
        "İSTANBUL, Türkiye memprotes keras.",  # lower-casing "İ" lengthens the text
    ],
)
def test_may_start_in_is_may_start_of_the_words(sentence: str) -> None:
    triggers = lexicon_for("id").triggers
    assert triggers.may_start_in(sentence) == triggers.may_start(words_of(sentence))


def test_may_start_in_without_substring_shortcut_for_non_ascii_forms() -> None:
    rule = TriggerRule(("σεισμός",), "ASSAULT", None, "directed", "noun")
    lexicon = TriggerLexicon([rule])
    assert lexicon.may_start_in("ΣΕΙΣΜΌΣ") and [h.text for h in lexicon.find("ΣΕΙΣΜΌΣ")] == ["ΣΕΙΣΜΌΣ"]


def test_trigger_lexicon_matches_full_reduplication() -> None:
    lexicon = lexicon_for("id").triggers
    text = "Uni Eropa menjatuhkan sanksi-sanksinya kepada Rusia, bukan kecaman-kecaman kosong."
    found = [(h.rule.type, h.text) for h in lexicon.find(text, tokenize(text))]
    assert ("SANCTION", "menjatuhkan sanksi-sanksinya") in found and ("ACCUSE", "kecaman-kecaman") in found
