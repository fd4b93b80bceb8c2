"""The event coder on error classes found by the third precision audit of its Kompas 2025 output.

Each test pins one general rule with a real sentence: a speaker before "bahwa" is not the subject
of the reported clause, a verbless subheading asserts nothing, "kepada X dan Y" names two
addressees and not two sides, the means after "melalui" is not the target, the subject of "menjadi
sasaran serangan X" was struck, a state's honour is support while thanks within one state are
courtesy, unnamed suspects of a corruption case are officials of the investigators' state, and the
unnamed perpetrators of an attack in a report on an armed group are that group, and a threatened
act with a clitic object threatens the object before it; officials caught red-handed, and counted
unnamed suspects in an article about officials' crime, are acted on by their own state; nationals
held abroad are held by the state where it happened; closing a border sanctions the neighbour.
"""

from __future__ import annotations

from dataclasses import replace

from events_helpers import code, dyads, mention


def test_a_speaker_before_bahwa_is_not_the_suspect() -> None:
    t = (
        "Sebelumnya, Kasubdit 1 Kamneg Ditreskrimum Polda Banten, Kompol Endang Sugiarto, menyatakan bahwa "
        "Briptu Zaenal Arifin telah ditetapkan sebagai tersangka sejak September 2025."
    )
    ms = [mention(t, "Polda Banten, Kompol Endang Sugiarto", "IDN", "person", "Endang Sugiarto")]
    assert code(t, ms) == []
    t = (
        "Wakil Ketua Komisi III DPR Rano Alfath mengakui bahwa dalam praktik, saksi sering kali dicegah "
        "sebelum ditetapkan sebagai tersangka."
    )
    assert code(t, [mention(t, "DPR Rano Alfath", "IDN", "person", "Rano Alfath")]) == []


def test_a_possessed_word_after_bahwa_still_speaks_of_the_speaker() -> None:
    t = (
        "Kepala Operasi Satgas Damai Cartenz Brigadir Jenderal Polisi (Brigjen Pol) Faizal Ramadhani "
        "membenarkan bahwa pihaknya telah menangkap delapan anggota KKB yang diduga sebagai pelaku penyerangan."
    )
    ms = [mention(t, "Faizal Ramadhani", "IDN", "person", "Faizal Ramadhani"),
          mention(t, "KKB", "IDN.OPM", "armed_group")]  # fmt: skip
    assert dyads(code(t, ms)) == {("COERCE", "IDN", "IDN.OPM")}


def test_a_verbless_subheading_asserts_nothing() -> None:
    t = "Keterlibatan AS dalam negosiasi nuklir dengan Iran"
    assert code(t, [mention(t, "AS", "USA"), mention(t, "Iran", "IRN")]) == []
    t = "AS bernegosiasi dengan Iran"  # a verb: a report even without a full stop
    assert dyads(code(t, [mention(t, "AS", "USA"), mention(t, "Iran", "IRN")])) == {("CONSULT", "IRN", "USA")}


def test_support_for_two_people_is_not_between_them() -> None:
    t = (
        "Barisan Relawan Jokowi Presiden (Bara JP) menegaskan dukungan kepada Presiden Prabowo Subianto "
        "dan Wakil Presiden RI Gibran Rakabuming Raka untuk kembali maju pada Pemilihan Presiden 2029 mendatang."
    )
    ms = [mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto"),
          mention(t, "Wakil Presiden RI Gibran Rakabuming Raka", "IDN", "person", "Gibran Rakabuming Raka")]  # fmt: skip
    assert code(t, ms) == []


def test_the_means_after_melalui_is_not_the_target() -> None:
    t = (
        "Uni Eropa mendukung EU Desk melalui EU-Indonesia Cooperation Facility (EUICF) dan akan menempati "
        "ruangan di lingkungan kantor BKPM."
    )
    ms = [mention(t, "Uni Eropa", "EU", "organisation"), mention(t, "Indonesia", "IDN")]
    assert code(t, ms) == []


def test_the_subject_of_sasaran_serangan_was_struck() -> None:
    t = (
        "Houthi bahkan telah beberapa kali menjadi sasaran serangan udara Israel sebagai balasan atas "
        "serangan pesawat nirawak dan rudal yang mereka lancarkan."
    )
    ms = [mention(t, "Houthi", "YEM.HOUTHI", "armed_group"), mention(t, "Israel", "ISR")]
    assert ("ASSAULT", "ISR", "YEM.HOUTHI") in dyads(code(t, ms))


def test_a_state_honour_is_support_and_thanks_at_home_are_courtesy() -> None:
    t = (
        "MAGELANG, KOMPAS.com - Presiden Prancis, Emmanuel Macron, memberikan tanda jasa kehormatan kepada "
        "Presiden Prabowo Subianto, dalam rangkaian kunjungannya ke Akademi Militer Magelang, Jawa Tengah."
    )
    ms = [mention(t, "Presiden Prancis, Emmanuel Macron", "FRA", "person", "Emmanuel Macron"),
          mention(t, "Presiden Prabowo Subianto", "IDN", "person", "Prabowo Subianto")]  # fmt: skip
    assert ("SUPPORT", "FRA", "IDN") in dyads(code(t, ms))
    t = "Eko mengapresiasi kinerja Satreskrim Polres Trenggalek yang dinilai cepat menangani laporan."
    ms = [mention(t, "Eko", "IDN", "person", "Eko Prayitno"), mention(t, "Polres Trenggalek", "IDN", "organisation")]
    assert code(t, ms) == []


def test_unnamed_suspects_of_corruption_are_officials_of_the_investigators_state() -> None:
    t = (
        "KPK telah menetapkan 8 orang tersangka dalam kasus korupsi pengurusan RPTKA di Kementerian "
        "Ketenagakerjaan, meski identitas para tersangka belum diumumkan."
    )
    ms = [mention(t, "KPK", "IDN", "organisation", "Komisi Pemberantasan Korupsi"),
          mention(t, "Kementerian Ketenagakerjaan", "IDN", "organisation")]  # fmt: skip
    assert dyads(code(t, ms)) == {("ACCUSE", "IDN", "IDN")}
    t = "Polisi telah menetapkan tiga orang tersangka dalam kasus pencurian sepeda motor di Bekasi."
    assert code(t, [mention(t, "Polisi", "IDN", "organisation")]) == []


def test_unnamed_perpetrators_in_a_report_on_an_armed_group_are_that_group() -> None:
    t = (
        "Sebanyak delapan anggota Kelompok Kriminal Bersenjata (KKB) ditangkap aparat pada Jumat.\n"
        "Para pelaku membawa sejumlah alat tajam dan melakukan penyerangan dan penganiayaan terhadap guru dan nakes."
    )
    ms = [mention(t, "Kelompok Kriminal Bersenjata", "IDN.OPM", "armed_group"), mention(t, "KKB", "IDN.OPM", "armed_group")]
    assert ("ASSAULT", "IDN.OPM", "IDN") in dyads(code(t, ms))
    t = "Para pelaku membawa sejumlah alat tajam dan melakukan penyerangan terhadap guru."
    assert code(t, []) == []  # no armed group in the article: a crime of private persons


def test_alleged_attackers_named_before_a_relative_clause() -> None:
    t = (
        "Sebanyak delapan anggota Kelompok Kriminal Bersenjata (KKB) yang diduga melakukan penyerangan terhadap "
        "guru dan tenaga kesehatan (nakes) di Distrik Anggruk, Kabupaten Yahukimo, Papua Pegunungan, ditangkap aparat."
    )
    ms = [mention(t, "Kelompok Kriminal Bersenjata", "IDN.OPM", "armed_group"), mention(t, "KKB", "IDN.OPM", "armed_group"),
          mention(t, "Papua Pegunungan", "IDN", "place")]  # fmt: skip
    assert ("ASSAULT", "IDN.OPM", "IDN") in dyads(code(t, ms))


def test_an_anti_corruption_body_arresting_unnamed_people_acts_on_officials() -> None:
    t = "Sebelumnya, KPK menangkap 10 orang dalam operasi senyap di Riau pada Senin (4/11/2025)."
    ms = [mention(t, "KPK", "IDN", "organisation", "Komisi Pemberantasan Korupsi")]
    assert dyads(code(t, ms)) == {("COERCE", "IDN", "IDN")}
    t = "Dalam operasi tersebut, polisi mengamankan tiga orang, termasuk Onad dan istrinya."
    assert code(t, [mention(t, "polisi", "IDN", "organisation", "Kepolisian Negara Republik Indonesia")]) == []


def test_receiving_a_state_honour_from_a_government() -> None:
    t = "Presiden RI Prabowo Subianto menerima tanda jasa dari pemerintahan Prancis berupa Legion of Honour."
    ms = [mention(t, "Presiden RI Prabowo Subianto", "IDN", "person", "Prabowo Subianto"), mention(t, "Prancis", "FRA")]
    assert dyads(code(t, ms)) == {("SUPPORT", "FRA", "IDN")}


def test_a_threatened_act_with_a_clitic_object_threatens_the_object_before() -> None:
    t = "Iran menghapus Israel dari peta dan mengancam akan memusnahkannya."
    ms = [mention(t, "Iran", "IRN"), mention(t, "Israel", "ISR")]
    assert ("THREATEN", "IRN", "ISR") in dyads(code(t, ms))
    t = "Iran mengancam akan membalas."
    assert code(t, [mention(t, "Iran", "IRN")]) == []


def test_criticism_voiced_of_an_act_accuses_its_doer() -> None:
    t = (
        "Kanselir Friedrich Merz menyuarakan kritik tajam terhadap operasi militer Israel di Jalur Gaza, menyebut "
        "bahwa tindakan Israel tak lagi bisa dibenarkan hanya dengan dalih memerangi Hamas."
    )
    ms = [mention(t, "Kanselir Friedrich Merz", "DEU", "person", "Friedrich Merz"), mention(t, "Israel", "ISR"),
          mention(t, "Jalur Gaza", "PSE", "place")]  # fmt: skip
    assert ("ACCUSE", "DEU", "ISR") in dyads(code(t, ms))


def test_suspects_named_in_a_long_apposition() -> None:
    t = (
        "Kejaksaan Agung (Kejagung) menetapkan pengusaha minyak Riza Chalid, dan anaknya, Muhammad Kerry Andrianto "
        "Riza, sebagai tersangka dalam kasus dugaan tindak pidana korupsi."
    )
    ms = [mention(t, "Kejaksaan Agung (Kejagung)", "IDN", "organisation", "Kejaksaan Agung"),
          mention(t, "Riza Chalid", "IDN", "person", "Riza Chalid")]  # fmt: skip
    assert dyads(code(t, ms)) == {("ACCUSE", "IDN", "IDN")}


def test_unnamed_suspects_in_an_article_on_corruption() -> None:
    t = (
        "Bapak dan Anak Jadi Tersangka Korupsi Pertamina.\n"
        "Keduanya merupakan dua orang dari 18 tersangka yang diungkapkan Kejagung dalam kasus korupsi tersebut.\n"
        "Bersama Riza, Kejagung menetapkan 8 tersangka lainnya."
    )
    ms = [mention(t, "Kejagung", "IDN", "organisation", "Kejaksaan Agung", nth=1)]
    assert dyads(code(t, ms)) == {("ACCUSE", "IDN", "IDN")}
    alone = "Bersama Riza, Kejagung menetapkan 8 tersangka lainnya."
    assert code(alone, [mention(alone, "Kejagung", "IDN", "organisation", "Kejaksaan Agung")]) == []


def test_a_private_person_named_suspect_is_no_political_event() -> None:
    t = (
        "Selebgram Lisa Mariana telah ditetapkan sebagai tersangka dalam kasus dugaan pencemaran nama baik "
        "terhadap mantan Gubernur Jawa Barat Ridwan Kamil."
    )
    ms = [mention(t, "Lisa Mariana", "IDN", "person", "Lisa Mariana"),
          mention(t, "Gubernur Jawa Barat Ridwan Kamil", "IDN", "person", "Ridwan Kamil")]  # fmt: skip
    assert code(t, ms) == []
    t = "Gubernur Riau Abdul Wahid ditetapkan sebagai tersangka kasus dugaan korupsi."
    ms = [mention(t, "Gubernur Riau Abdul Wahid", "IDN", "person", "Abdul Wahid")]  # no role given: the crime tells
    assert dyads(code(t, ms)) == {("ACCUSE", "IDN", "IDN")}


def test_an_acronym_in_parentheses_after_a_slash_is_the_same_body() -> None:
    t = (
        "Pemerintah Indonesia dan Organisasi Perburuhan Internasional (International Labour Organization/ILO) "
        "sepakat untuk terus memperkuat kerja sama strategis."
    )
    ms = [mention(t, "Pemerintah Indonesia", "IDN", "state"),
          mention(t, "Organisasi Perburuhan Internasional", "UN", "organisation", "Organisasi Perburuhan Internasional"),
          mention(t, "ILO", "UN", "organisation", "Organisasi Perburuhan Internasional")]  # fmt: skip
    assert dyads(code(t, ms)) == {("AGREE", "IDN", "UN")}


def test_a_meeting_framed_at_the_sentence_opening_takes_the_main_subject() -> None:
    t = (
        "Dalam pertemuan dengan Menteri Luar Negeri Spanyol di Madrid, ia menyerukan agar proses negosiasi "
        "antara Israel dan Hamas segera dimulai."
    )
    ms = [mention(t, "Menteri Luar Negeri Spanyol", "ESP", "person", "José Manuel Albares"),
          mention(t, "ia", "DEU", "person", "Johann Wadephul")]  # fmt: skip
    assert dyads(code(t, ms)) == {("CONSULT", "DEU", "ESP")}


def test_receiving_an_honour_with_its_name_between() -> None:
    t = "Sidak ini dilakukan usai Prabowo mendapatkan penghargaan kehormatan tertinggi Legion of Honour dari Pemerintahan Prancis."
    ms = [mention(t, "Prabowo", "IDN", "person", "Prabowo Subianto"), mention(t, "Prancis", "FRA")]
    assert dyads(code(t, ms)) == {("SUPPORT", "FRA", "IDN")}


def test_an_official_caught_red_handed() -> None:
    t = (
        "Seorang anggota DPRD Kudus, Jawa Tengah, berinisial S diduga tertangkap tangan saat berjudi bersama empat "
        "orang lainnya di Kecamatan Undaan."
    )
    dprd = replace(mention(t, "DPRD Kudus", "IDN", "organisation", "DPRD Kudus"), sector="LEG")
    assert dyads(code(t, [dprd])) == {("COERCE", "IDN", "IDN")}


def test_counted_unnamed_suspects_in_an_article_on_corruption_by_named_investigators() -> None:
    t = (
        "Korps Tindak Pidana Korupsi (Kortas Tipikor) Polri menjadwalkan pemeriksaan terhadap empat tersangka kasus "
        "dugaan korupsi proyek PLTU.\n"
        "Empat orang ditetapkan sebagai tersangka dalam kasus dugaan korupsi proyek PLTU Mempawah tersebut, yaitu:"
    )
    polri = replace(mention(t, "Polri", "IDN", "organisation", "Kepolisian Negara Republik Indonesia"), sector="POLICE")
    assert dyads(code(t, [polri])) == {("ACCUSE", "IDN", "IDN")}
    alone = "Empat orang ditetapkan sebagai tersangka dalam kasus pencurian sepeda motor tersebut."
    assert code(alone, []) == []


def test_closing_the_border_with_a_state_sanctions_it() -> None:
    t = "Thailand telah menutup wilayah perbatasannya dengan Kamboja."
    assert dyads(code(t, [mention(t, "Thailand", "THA"), mention(t, "Kamboja", "KHM")])) == {("SANCTION", "THA", "KHM")}


def test_nationals_held_abroad_are_held_by_the_state_where_it_happened() -> None:
    t = "Dua warga negara Indonesia ditahan di Malaysia pada Senin."
    ms = [mention(t, "Indonesia", "IDN"), mention(t, "Malaysia", "MYS")]
    assert dyads(code(t, ms)) == {("COERCE", "MYS", "IDN")}
    t = "Saat ini, AS ditahan di Polda Sumut untuk penyelidikan dan proses hukum lebih lanjut."  # a suspect's initials
    ms = [mention(t, "AS", "USA"), mention(t, "Polda Sumut", "IDN", "organisation")]
    assert code(t, ms) == []


def test_a_suspect_carried_from_an_earlier_sentence_is_read_in_its_own_sentence() -> None:
    """The suspect "RI" is carried into "Dia ditangkap ...", whose tokens are not its words."""
    from warta.model import Article
    from warta.pipeline import process
    from warta.resources import Resources

    text = (
        "MEDAN, KOMPAS.com - Petugas Aviation Security (Avsec) Bandara Kualanamu Deli Serdang menangkap "
        "calon penumpang berinisial RI (31) karena kedapatan menyelundupkan dua bungkus sabu di plastik "
        "berukuran 1/2 kg, Senin (2/6/2025).\n\nRI menyelundupkan barang haram itu di kopernya.\n\n"
        "Head of Corporate Secretary & Legal PT Angkasa Pura Aviasi, Dedi Al Subur, mengatakan RI merupakan "
        "penumpang maskapai Citilink QG 911, tujuan Kualanamu-Soekarno Hatta.\n\n"
        "Dia ditangkap pukul 04.00 saat proses pemeriksaan barang bawaan melalui X-Ray."
    )
    result = process(Article(doc="kualanamu", text=text, origin="test"), Resources.load())
    assert result.events == ()  # a passenger caught smuggling drugs by airport security: no political event


def test_within_one_state_a_borrowed_name_keeps_its_role() -> None:
    """The investigators' name is never lent to the suspects they arrest (both sides are IDN)."""
    from warta.model import Article
    from warta.pipeline import process
    from warta.resources import Resources

    text = (
        "JAKARTA, KOMPAS.com - Komisi Pemberantasan Korupsi (KPK) menetapkan Gubernur Riau Abdul Wahid sebagai "
        "tersangka terkait kasus dugaan pemerasan di Pemprov Riau, pada Rabu (5/11/2025).\n\n"
        "KPK hanya menyebut bahwa ada sembilan orang yang terjaring OTT kemarin."
    )
    article = Article(doc="riau", text=text, origin="test", published="2025-11-06")
    events = process(article, Resources.load()).events
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and all(e.source == e.target == "IDN" for e in arrests)
    assert all(e.target_actor != "Komisi Pemberantasan Korupsi" for e in arrests)
