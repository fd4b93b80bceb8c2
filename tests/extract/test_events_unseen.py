"""The event coder on error classes found by auditing news it was not tuned on (Kompas 2025).

Each test pins one general rule with a real sentence: an idiom that reports no event, a match
report, a mobilisation that is no use of force, a future marker far from its verb, reported
speech after a speaker, a comma that is no list, a coordinated verb after an adverb.
"""

from __future__ import annotations

from dataclasses import replace

from events_helpers import NoPlaces, code, doc_of, dyads, mention, sentences_of

from warta.extract.events import extract_events, is_sports_report, lexicon_for
from warta.lang import load_pack
from warta.model import Sentence


def test_asking_for_testimony_is_no_request() -> None:
    t = "Hal tersebut disampaikan Asep usai tim KPK meminta keterangan eks Menteri ESDM Arifin Tasrif terkait izin pengelolaan tambang."
    ms = [mention(t, "KPK", "IDN", "organisation", "Komisi Pemberantasan Korupsi"),
          mention(t, "Menteri ESDM Arifin Tasrif", "IDN", "person", "Arifin Tasrif")]  # fmt: skip
    assert code(t, ms) == []
    t = "Oleh karena itu, Perindo mendesak DPR untuk segera merevisi Undang-Undang Pemilu."
    ms = [mention(t, "Perindo", "IDN.PERINDO", "party"), mention(t, "DPR", "IDN", "organisation")]
    assert dyads(code(t, ms)) == {("REQUEST", "IDN.PERINDO", "IDN")}


def test_promising_as_an_adjective_is_no_offer() -> None:
    t = "Kemudian, investasi pada fasilitas CCS yang menjanjikan posisi Indonesia dan Singapura sebagai pionir regional."
    ms = [mention(t, "Indonesia", "IDN"), mention(t, "Singapura", "SGP")]
    assert code(t, ms) == []


def test_a_match_report_has_no_assault() -> None:
    report = (
        "Timnas futsal Indonesia unggul 2-0 atas Australia pada babak pertama.\n"
        "Indonesia tanpa henti menggempur pertahanan Australia.\n"
        "Gol kedua lahir dari tendangan keras di depan gawang."
    )
    cues = lexicon_for("id").cues
    assert is_sports_report(report, cues)
    ms = [mention(report, "Indonesia", "IDN", nth=1), mention(report, "Australia", "AUS", nth=1)]
    assert [e for e in code(report, ms) if e.type == "ASSAULT"] == []
    war = "Militer Israel kembali melancarkan serangan ke arah ibu kota Iran, Teheran. Pelatih militer tewas."
    assert not is_sports_report(war, cues)


def test_deploying_health_workers_is_no_mobilisation() -> None:
    t = "Wali Kota Semarang Agustina Wilujeng mengerahkan tenaga kesehatan (nakes) dari puskesmas yang tidak terdampak banjir."
    ms = [mention(t, "Wali Kota Semarang Agustina Wilujeng", "IDN", "person", "Agustina Wilujeng")]
    assert code(t, ms) == []
    t = "Korea Utara mengerahkan ribuan pasukan ke perbatasan."
    assert dyads(code(t, [mention(t, "Korea Utara", "PRK")])) == {("MOBILIZE", "PRK", None)}


def test_a_future_marker_reaches_through_its_clause() -> None:
    t = "Presiden PKS Al Muzzammil Yusuf mengaku tidak hanya akan membawa kepengurusan baru partainya bertemu Presiden Prabowo Subianto."
    ms = [mention(t, "Presiden PKS Al Muzzammil Yusuf", "IDN.PKS", "person", "Al Muzzammil Yusuf"),
          mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto")]  # fmt: skip
    assert code(t, ms) == []


def test_a_wish_inside_a_relative_clause_leaves_the_main_verb_asserted() -> None:
    t = "Presiden AS Donald Trump yang ingin memulai babak baru aliansinya dengan Asia Timur, mendukung gagasan Korea Selatan membangun kapal selam nuklir."
    ms = [mention(t, "Presiden AS Donald Trump", "USA", "person", "Donald Trump"),
          mention(t, "Korea Selatan", "KOR")]  # fmt: skip
    assert dyads(code(t, ms)) == {("SUPPORT", "USA", "KOR")}


def test_a_question_reports_nothing() -> None:
    t = "Hal itu disampaikan Muzzammil merespons pertanyaan wartawan apakah akan memboyong kepengurusan baru PKS bertemu Anies."
    ms = [mention(t, "PKS", "IDN.PKS", "party"), mention(t, "Anies", "IDN", "person", "Anies Baswedan")]
    assert code(t, ms) == []


def test_a_speaker_is_not_the_subject_of_reported_speech() -> None:
    t = "Kepala Satgas Operasi Damai Cartenz Brigjen Pol Faizal Rahmadani mengatakan, pelaku diduga menggunakan senjata api laras panjang saat menembak korban di RSUD Wamena."
    ms = [mention(t, "Brigjen Pol Faizal Rahmadani", "IDN", "person", "Faizal Rahmadani"),
          mention(t, "Wamena", "IDN", "place")]  # fmt: skip
    assert code(t, ms) == []


def test_a_coordinated_verb_after_reported_speech_is_the_speakers() -> None:
    t = "Menteri Luar Negeri Malaysia Mohamad Hasan mengatakan, rencana lima poin itu tidak sulit diimplementasikan, dan mendesak Myanmar menghentikan kekerasan."
    ms = [mention(t, "Menteri Luar Negeri Malaysia Mohamad Hasan", "MYS", "person", "Mohamad Hasan"),
          mention(t, "Myanmar", "MMR")]  # fmt: skip
    events = code(t, ms)
    assert dyads(events) == {("REQUEST", "MYS", "MMR")}
    assert not events[0].negated  # "tidak sulit" belongs to the clause before the comma


def test_a_bare_comma_between_two_actors_is_a_clause_edge() -> None:
    t = "Menanggapi eskalasi serangan Israel, Kementerian Luar Negeri Singapura juga telah mengeluarkan pernyataan yang menyerukan gencatan senjata."
    ms = [mention(t, "Israel", "ISR"),
          mention(t, "Kementerian Luar Negeri Singapura", "SGP", "organisation")]  # fmt: skip
    assert all(e.source != "SGP" for e in code(t, ms) if e.type == "ASSAULT")
    t = "Keputusan itu mengikuti Australia, Kanada, Inggris, dan Norwegia yang juga menjatuhkan sanksi kepada Smotrich."
    ms = [mention(t, "Australia", "AUS"), mention(t, "Kanada", "CAN"), mention(t, "Inggris", "GBR"),
          mention(t, "Norwegia", "NOR"), mention(t, "Smotrich", "ISR", "person", "Bezalel Smotrich")]  # fmt: skip
    assert {s for _, s, _ in dyads(code(t, ms))} == {"AUS", "CAN", "GBR", "NOR"}


def test_a_coordinated_verb_after_an_adverb_keeps_the_main_subject() -> None:
    t = "Jepang juga menandatangani kesepakatan untuk memasok Australia dengan 11 fregat dan tengah bernegosiasi dengan Selandia Baru untuk kesepakatan serupa."
    ms = [mention(t, "Jepang", "JPN"), mention(t, "Australia", "AUS"), mention(t, "Selandia Baru", "NZL")]
    assert ("CONSULT", "JPN", "NZL") in dyads(code(t, ms))
    assert ("CONSULT", "AUS", "NZL") not in dyads(code(t, ms))


def test_a_verb_after_a_comma_continues_the_subjects_series() -> None:
    t = "Sebelumnya, Lee juga menjamu Presiden Trump dalam kunjungan kenegaraan singkat, memuji kerja sama kedua negara."
    ms = [mention(t, "Lee", "KOR", "person", "Lee Jae-myung"),
          mention(t, "Presiden Trump", "USA", "person", "Donald Trump")]  # fmt: skip
    events = code(t, ms)
    assert all(e.source != "USA" for e in events if e.type == "SUPPORT")  # the host praises, the guest is praised
    assert ("CONSULT", "KOR", "USA") in dyads(events)  # the host received the visitor


def test_a_place_before_a_coordinated_verb_is_no_subject() -> None:
    t = "Israel tetap mempertahankan kehadiran militernya di lima wilayah selatan Lebanon, dan terus melancarkan serangan ke Hizbullah."
    ms = [
        mention(t, "Israel", "ISR"),
        mention(t, "Lebanon", "LBN"),
        mention(t, "Hizbullah", "LBN.HEZBOLLAH", "armed_group"),
    ]
    assert dyads(code(t, ms)) == {("ASSAULT", "ISR", "LBN.HEZBOLLAH")}


def test_a_denied_act_is_not_asserted() -> None:
    t = "Dia membantah Pemkab Bogor menolak aturan masuk sekolah jam 06.30."
    assert code(t, [mention(t, "Pemkab Bogor", "IDN", "organisation")]) == []
    t = "Sementara itu, Israel membantah Iran menggunakan rudal baru dalam serangannya."
    assert code(t, [mention(t, "Israel", "ISR"), mention(t, "Iran", "IRN")]) == []


def test_a_noun_naming_both_sides_leaves_out_the_clause_subject() -> None:
    t = "Presiden Filipina Rodrigo Duterte menetapkan darurat militer setelah bentrokan terjadi antara tentara pemerintah Filipina dan ISIS."
    ms = [mention(t, "Presiden Filipina Rodrigo Duterte", "PHL", "person", "Rodrigo Duterte"),
          mention(t, "pemerintah Filipina", "PHL", "organisation"), mention(t, "ISIS", "ISIL", "armed_group")]  # fmt: skip
    assaults = [e for e in code(t, ms) if e.type == "ASSAULT"]
    assert dyads(assaults) == {("ASSAULT", "PHL", "ISIL"), ("ASSAULT", "ISIL", "PHL")}


def test_partners_after_dengan_are_one_side() -> None:
    t = "Yassierli juga mengikuti sejumlah pertemuan bilateral, di antaranya pertemuan dengan Direktur Jenderal ILO, Wakil Menteri Tenaga Kerja Amerika Serikat, serta Pertemuan Tingkat Menteri ASEAN."
    ms = [mention(t, "Direktur Jenderal ILO", "UN", "official"),
          mention(t, "Wakil Menteri Tenaga Kerja Amerika Serikat", "USA", "official"),
          mention(t, "ASEAN", "ASEAN", "organisation")]  # fmt: skip
    assert code(t, ms) == []


def test_a_verb_after_a_comma_does_not_reach_back_over_reported_speech() -> None:
    t = "Gubernur Jakarta Pramono Anung mengatakan, sejumlah korban kebakaran di Kapuk Muara, Jakarta Utara, meminta sejumlah bantuan kepada Pemerintah Provinsi Jakarta."
    ms = [mention(t, "Gubernur Jakarta Pramono Anung", "IDN", "person", "Pramono Anung"),
          mention(t, "Kapuk Muara", "IDN", "place"), mention(t, "Jakarta Utara", "IDN", "place"),
          mention(t, "Pemerintah Provinsi Jakarta", "IDN", "organisation")]  # fmt: skip
    assert code(t, ms) == []


def test_killing_accusing_and_raiding_verbs() -> None:
    t = "Selain itu, militer Israel juga menewaskan tiga anggota Hizbullah lainnya."
    ms = [
        mention(t, "militer Israel", "ISR", "organisation"),
        mention(t, "Hizbullah", "LBN.HEZBOLLAH", "armed_group"),
    ]
    assert dyads(code(t, ms)) == {("ASSAULT", "ISR", "LBN.HEZBOLLAH")}
    t = "Pemerintah Iran langsung menuding Israel sebagai pelaku."
    ms = [mention(t, "Pemerintah Iran", "IRN", "organisation"), mention(t, "Israel", "ISR")]
    assert dyads(code(t, ms)) == {("ACCUSE", "IRN", "ISR")}
    t = "Ledakan lain menewaskan Majid Shahriari, seorang ilmuwan nuklir terkemuka."
    assert code(t, [mention(t, "Majid Shahriari", "IRN", "person", "Majid Shahriari")]) == []


def test_a_relative_clause_takes_the_noun_before_it_as_subject() -> None:
    t = "Pemerintah Provinsi Jawa Barat mencabut izin tambang di Kabupaten Cirebon, pasca-tragedi longsor yang menewaskan lebih dari 14 orang."
    ms = [mention(t, "Pemerintah Provinsi Jawa Barat", "IDN", "organisation"),
          mention(t, "Kabupaten Cirebon", "IDN", "place")]  # fmt: skip
    assert [e for e in code(t, ms) if e.type == "ASSAULT"] == []
    t = "Polisi menangkap empat pelajar pelaku tawuran yang menewaskan anggota Karang Taruna di Cikarang."
    ms = [mention(t, "Polisi", "IDN", "organisation"), mention(t, "Cikarang", "IDN", "place")]
    assert [e for e in code(t, ms) if e.type == "ASSAULT"] == []
    t = "Kelompok Houthi yang didukung Iran telah mencatatkan lebih dari 100 serangan terhadap kapal-kapal di Laut Merah."
    ms = [mention(t, "Houthi", "YEM.HOUTHI", "armed_group"), mention(t, "Iran", "IRN")]
    assert ("SUPPORT", "IRN", "YEM.HOUTHI") in dyads(code(t, ms))
    t = "Jepang menjadi negara keempat yang bekerjasama dengan Bank Indonesia untuk menerapkan QRIS."
    ms = [mention(t, "Jepang", "JPN"), mention(t, "Bank Indonesia", "IDN", "organisation")]
    assert dyads(code(t, ms)) == {("COOPERATE", "IDN", "JPN")}


def test_a_suspect_status_is_given_by_the_suspects_own_state() -> None:
    t = "Sebelumnya, Gubernur Riau Abdul Wahid ditetapkan sebagai tersangka terkait kasus dugaan pemerasan."
    governor = replace(mention(t, "Gubernur Riau Abdul Wahid", "IDN", "person", "Abdul Wahid"), role="governor")
    events = code(t, [governor])  # an office holder: the actor stage gives his role
    assert dyads(events) == {("ACCUSE", "IDN", "IDN")}
    assert events[0].target_actor == "Abdul Wahid" and events[0].source_actor is None
    t = "Indonesia ditetapkan sebagai tersangka."
    assert code(t, [mention(t, "Indonesia", "IDN")]) == []


def test_a_light_verb_before_a_comma_still_carries_its_noun() -> None:
    t = "Ketua Umum Bara JP Willem Frans Ansanay menyatakan, dukungan bagi Presiden Prabowo Subianto telah ditetapkan."
    ms = [mention(t, "Ketua Umum Bara JP Willem Frans Ansanay", "IDN", "person", "Willem Frans Ansanay"),
          mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto")]  # fmt: skip
    assert dyads(code(t, ms)) == {("SUPPORT", "IDN", "IDN")}


def test_a_passive_verbs_doer_takes_part_in_the_noun_it_frames() -> None:
    t = "Undangan itu juga disampaikan secara langsung oleh PM Mark Carney dalam komunikasi melalui sambungan telepon dengan Presiden Prabowo pada Jumat."
    ms = [mention(t, "PM Mark Carney", "CAN", "person", "Mark Carney"),
          mention(t, "Presiden Prabowo", "IDN", "person", "Prabowo Subianto")]  # fmt: skip
    assert dyads(code(t, ms)) == {("CONSULT", "CAN", "IDN")}


def test_a_state_after_a_dateline_dash_is_an_actor_and_melalui_names_the_channel() -> None:
    t = "Jakarta, IDN Times - Pemerintah Indonesia melalui Kementerian Luar Negeri mengingatkan Tiongkok agar mematuhi hukum internasional."
    ms = [mention(t, "Pemerintah Indonesia", "IDN", "state"),
          mention(t, "Kementerian Luar Negeri", "IDN", "organisation"), mention(t, "Tiongkok", "CHN")]  # fmt: skip
    assert dyads(code(t, ms)) == {("REQUEST", "IDN", "CHN")}


class _DatesSaying:
    """Every sentence dated `said`; the lead dated `lead`."""

    def __init__(self, said: str, lead: str) -> None:
        self.said, self.lead = said, lead

    def date_for(self, sentence: Sentence, trigger_start: int) -> tuple[str | None, str]:
        return self.said, "the sentence's date"

    def lead_date(self) -> tuple[str | None, str]:
        return self.lead, "the lead's date"


def test_a_date_after_the_article_is_not_the_events_date() -> None:
    t = "Barisan Relawan Jokowi Presiden menyatakan dukungan kepada Presiden Prabowo Subianto pada Pemilihan Presiden 2029 mendatang."
    ms = [mention(t, "Barisan Relawan Jokowi Presiden", "IDN", "organisation"),
          mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto")]  # fmt: skip
    doc = replace(doc_of(t), published="2025-06-19")
    events = extract_events(
        doc, sentences_of(t), ms, load_pack("id"), _DatesSaying("2029", "2025-06-12"), NoPlaces()
    )
    assert [e.date for e in events] == ["2025-06-12"]  # the lead's date, the fallback
    events = extract_events(
        doc, sentences_of(t), ms, load_pack("id"), _DatesSaying("2025-06", "2025-06-19"), NoPlaces()
    )
    assert [e.date for e in events] == ["2025-06"]
    # with no publication date, a date after the lead's is a later happening, not an error
    events = extract_events(
        doc_of(t), sentences_of(t), ms, load_pack("id"), _DatesSaying("2025-06-13", "2025-06-12"), NoPlaces()
    )
    assert [e.date for e in events] == ["2025-06-13"]


def test_a_fronted_time_clause_takes_the_main_subject_after_its_comma() -> None:
    t = "Setelah menandatangani kesepakatan baru dengan Perancis untuk menambah pesanan jet tempur Rafale, Indonesia kini menyepakati pembelian jet tempur KAAN."
    ms = [mention(t, "Perancis", "FRA"), mention(t, "Indonesia", "IDN")]
    assert ("AGREE", "FRA", "IDN") in dyads(code(t, ms))
    t = "Usai bertemu Presiden Rusia Vladimir Putin di Kremlin, Presiden Prabowo Subianto melanjutkan perjalanan ke Belarus."
    ms = [mention(t, "Presiden Rusia Vladimir Putin", "RUS", "person", "Vladimir Putin"),
          mention(t, "Kremlin", "RUS", "place"),
          mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto")]  # fmt: skip
    assert dyads(code(t, ms)) == {("CONSULT", "IDN", "RUS")}
    t = "Presiden Jokowi bertemu warga di Solo, Jawa Tengah."
    ms = [mention(t, "Presiden Jokowi", "IDN", "person", "Joko Widodo"), mention(t, "Solo", "IDN", "place"),
          mention(t, "Jawa Tengah", "IDN", "place")]  # fmt: skip
    assert code(t, ms) == []


def test_expressing_appreciation_is_support() -> None:
    t = "Dalam percakapan tersebut, PM Mark Carney turut mengucapkan apresiasi terhadap kepemimpinan Presiden Prabowo."
    ms = [mention(t, "PM Mark Carney", "CAN", "person", "Mark Carney"),
          mention(t, "Presiden Prabowo", "IDN", "person", "Prabowo Subianto")]  # fmt: skip
    assert dyads(code(t, ms)) == {("SUPPORT", "CAN", "IDN")}


def test_a_diplomatic_note_of_protest_is_an_accusation() -> None:
    t = "Kementerian Luar Negeri RI melayangkan nota protes kepada pemerintah Malaysia terkait penangkapan nelayan."
    ms = [mention(t, "Kementerian Luar Negeri RI", "IDN", "organisation"),
          mention(t, "pemerintah Malaysia", "MYS", "state")]  # fmt: skip
    assert dyads(code(t, ms)) == {("ACCUSE", "IDN", "MYS")}
    t = "Nota protes itu disampaikan pada Jumat."
    assert code(t, []) == []
