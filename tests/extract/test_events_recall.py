"""The event coder on events it used to miss in unseen news (Kompas 2025 recall audit, session 2).

Each test pins one general rule with a real sentence: thanks as support (not at home), a phone call
told after a light verb in a time clause (and placed nowhere), a deal named between two sides, a
retaliation, the maker of a condemned step, an attack noun after a preposition, an attack's target
further on, an attack on something that is no actor, forces ordered to fight, a partner named with
"bersama", a purchase agreed with its seller, a wish that someone act, a body named with its state,
a threat of a future act, a ban, and spellings seen in real news.
"""

from __future__ import annotations

from events_helpers import FixedDates, code, doc_of, dyads, mention, sentences_of

from warta.extract.events import extract_events, lexicon_for
from warta.extract.triggers import words_of
from warta.lang import load_pack
from warta.model import Doc, Mention, Sentence


def person(text: str, surface: str, code: str, name: str, nth: int = 0) -> Mention:
    return mention(text, surface, code, "person", name, nth=nth)


def test_thanks_to_a_foreign_leader_is_support_but_not_thanks_at_home() -> None:
    t = "Downing juga menyampaikan bahwa Perdana Menteri Inggris, Sir Keir Starmer, telah secara pribadi mengucapkan terima kasih kepada Presiden Prabowo Subianto atas dukungannya."
    ms = [person(t, "Perdana Menteri Inggris, Sir Keir Starmer", "GBR", "Keir Starmer"),
          person(t, "Presiden Prabowo Subianto", "IDN", "Prabowo Subianto")]  # fmt: skip
    assert dyads(code(t, ms)) == {("SUPPORT", "GBR", "IDN")}
    t = "Prabowo menyampaikan rasa terima kasihnya kepada Putin yang sudah menerima Indonesia menjadi anggota BRICS."
    ms = [person(t, "Prabowo", "IDN", "Prabowo Subianto"), person(t, "Putin", "RUS", "Vladimir Putin")]
    assert dyads(code(t, ms)) == {("SUPPORT", "IDN", "RUS")}
    t = "Jihad juga menyampaikan terima kasih kepada Pemerintah Kota Pekanbaru yang telah menyediakan tempat untuk melamar kerja."
    ms = [person(t, "Jihad", "IDN", "Jihad"), mention(t, "Pemerintah Kota Pekanbaru", "IDN", "organisation")]
    assert code(t, ms) == []


class DatelinePlaces:
    """Places that know only the dateline: what an event gets when its sentence names no place."""

    def event_location(
        self, doc: Doc, sentence: Sentence, trigger_start: int, fallback_to_dateline: bool = False
    ) -> tuple[str | None, str]:
        return ("Jakarta", "dateline") if fallback_to_dateline else (None, "no place")


def test_a_phone_call_after_a_light_verb_in_a_time_clause_has_the_main_subject_and_no_place() -> None:
    t = "Trump menyampaikan pengumuman ini sehari setelah melakukan percakapan panjang melalui telepon dengan Presiden China Xi Jinping."
    ms = [person(t, "Trump", "USA", "Donald Trump"), person(t, "Presiden China Xi Jinping", "CHN", "Xi Jinping")]
    events = extract_events(doc_of(t), sentences_of(t), ms, load_pack("id"), FixedDates(), DatelinePlaces())
    assert [(e.type, e.mode, e.location) for e in events] == [("CONSULT", "phone", None)]
    assert dyads(events) == {("CONSULT", "CHN", "USA")}


def test_a_deal_between_two_sides_may_name_its_subject_matter() -> None:
    t = "Kesepakatan tarif antara AS dan Indonesia sendiri disampaikan selang sepekan setelah Donald Trump memberikan pengumuman tarif impor untuk 14 negara."
    ms = [mention(t, "AS", "USA"), mention(t, "Indonesia", "IDN"), person(t, "Donald Trump", "USA", "Donald Trump")]
    assert dyads(code(t, ms)) == {("AGREE", "IDN", "USA")}


def test_retaliating_against_an_attack_attacks_its_doer() -> None:
    t = "Iran pun langsung membalas serangan Israel dengan serentetan serangan rudal."
    assert dyads(code(t, [mention(t, "Iran", "IRN"), mention(t, "Israel", "ISR")])) == {("ASSAULT", "IRN", "ISR")}
    t = "Iran berpotensi besar membalas serangan itu."
    assert code(t, [mention(t, "Iran", "IRN")]) == []


def test_a_condemned_step_names_its_makers_and_a_stance_without_maker_names_no_one() -> None:
    t = 'Menteri Luar Negeri AS Marco Rubio menulis di platform media sosial X bahwa "Negeri Paman Sam" mengutuk langkah dari Selandia Baru, Australia, Kanada, Inggris, dan Norwegia'
    ms = [person(t, "Menteri Luar Negeri AS Marco Rubio", "USA", "Marco Rubio"), mention(t, "Negeri Paman Sam", "USA"),
          *(mention(t, s, c) for s, c in (("Selandia Baru", "NZL"), ("Australia", "AUS"), ("Kanada", "CAN"),
                                           ("Inggris", "GBR"), ("Norwegia", "NOR")))]  # fmt: skip
    assert dyads(code(t, ms)) == {("ACCUSE", "USA", c) for c in ("NZL", "AUS", "CAN", "GBR", "NOR")}
    t = "Namun, kaum loyalis Iran mendukung sikap bermusuhan terhadap Israel dan ingin melihat Iran melawan negara-negara adidaya."
    ms = [mention(t, "Iran", "IRN"), mention(t, "Israel", "ISR"), mention(t, "Iran", "IRN", nth=1)]
    assert code(t, ms) == []


def test_an_attack_noun_after_a_preposition_is_its_subjects_when_it_names_a_target() -> None:
    t = "Iran dilaporkan menggunakan rudal balistik berpemandu terbaru bernama Haj Qassem dalam serangan udara ke Israel, Minggu (15/6/2025)."
    assert dyads(code(t, [mention(t, "Iran", "IRN"), mention(t, "Israel", "ISR")])) == {("ASSAULT", "IRN", "ISR")}
    t = "Pemerintah AS berencana untuk menjatuhkan sanksi terhadap lebih dari 500 pihak yang terlibat dengan Rusia dalam invasi ke Ukraina."
    ms = [mention(t, "AS", "USA"), mention(t, "Rusia", "RUS"), mention(t, "Ukraina", "UKR")]
    assert ("ASSAULT", "USA", "UKR") not in dyads(code(t, ms))


def test_an_attacks_target_may_stand_further_on_after_ke() -> None:
    t = "AS melibatkan diri dalam perang dengan melancarkan serangan udara pada 22 Juni dini hari ke tiga situs nuklir Iran."
    assert dyads(code(t, [mention(t, "AS", "USA"), mention(t, "Iran", "IRN")])) == {("ASSAULT", "USA", "IRN")}


def test_an_attack_on_something_that_is_no_actor_takes_no_target_from_the_article() -> None:
    t = (
        "Kelompok Houthi di Yaman kembali melancarkan serangan terhadap kapal-kapal di Laut Merah.\n"
        "Di sisi lain, Washington sempat meluncurkan kampanye pemboman intensif terhadap Houthi awal tahun ini."
    )
    ms = [mention(t, "Kelompok Houthi", "YEM.HOUTHI", "armed_group"), mention(t, "Yaman", "YEM", "place"),
          mention(t, "Washington", "USA"), mention(t, "Houthi", "YEM.HOUTHI", "armed_group", nth=1)]  # fmt: skip
    assert dyads(code(t, ms)) == {("ASSAULT", "USA", "YEM.HOUTHI")}


def test_forces_ordered_to_fight_are_the_state_fighting() -> None:
    t = "Harga minyak dunia naik sekitar 3 persen pada hari Kamis, setelah Perdana Menteri Benjamin Netanyahu memerintahkan militer Israel untuk mengintensifkan serangan terhadap Iran."
    ms = [person(t, "Perdana Menteri Benjamin Netanyahu", "ISR", "Benjamin Netanyahu"),
          mention(t, "Israel", "ISR", nth=0), mention(t, "Iran", "IRN")]  # fmt: skip
    assert dyads(code(t, ms)) == {("ASSAULT", "ISR", "IRN")}
    t = "Mantan Menteri Pertahanan Israel Avigdor Liberman mendesak Israel menyerang Iran lagi."  # asked, not ordered
    ms = [person(t, "Mantan Menteri Pertahanan Israel Avigdor Liberman", "ISR", "Avigdor Liberman"),
          mention(t, "Israel", "ISR", nth=1), mention(t, "Iran", "IRN")]  # fmt: skip
    assert code(t, ms) == []


def test_a_partner_named_with_bersama_acts_with_the_subject_or_for_an_unnamed_one() -> None:
    t = "Sebelumnya, Pemerintah Indonesia bersama Pemerintah Inggris menandatangani kesepakatan pengaturan praktis atau practical arrangement terkait pemindahan dua narapidana narkotika berkewarganegaraan Inggris."
    ms = [mention(t, "Pemerintah Indonesia", "IDN"), mention(t, "Pemerintah Inggris", "GBR")]
    assert dyads(code(t, ms)) == {("AGREE", "GBR", "IDN")}
    t = "Satuan Tugas (Satgas) Operasi Damai Cartenz bersama Polres Nabire menangkap anggota Kelompok Kriminal Bersenjata (KKB), Jayainus Pogau alias Supi Pogau di Pasar Kalibobo."
    ms = [mention(t, "Polres Nabire", "IDN", "organisation", "Polres Nabire"),
          mention(t, "Kelompok Kriminal Bersenjata", "IDN.OPM", "armed_group")]  # fmt: skip
    assert dyads(code(t, ms)) == {("COERCE", "IDN", "IDN.OPM")}


def test_a_purchase_is_agreed_with_its_seller() -> None:
    t = "Indonesia kini menyepakati pembelian 48 unit jet tempur generasi kelima KAAN buatan Turkiye."
    assert dyads(code(t, [mention(t, "Indonesia", "IDN"), mention(t, "Turkiye", "TUR")])) == {("AGREE", "IDN", "TUR")}


def test_a_wish_that_someone_act_is_a_request_of_them_abroad() -> None:
    t = "MUI berharap agar Israel tidak lolos dari jerat hukum atas kejahatan kemanusiaan yang telah dilakukan kepada bangsa Palestina."
    ms = [mention(t, "MUI", "IDN.MUI", "organisation"), mention(t, "Israel", "ISR")]
    assert dyads(code(t, ms)) == {("REQUEST", "IDN.MUI", "ISR")}
    t = "Ia berharap agar ke depan, Pemerintah Kabupaten dan pemerintah pusat tidak hanya mengejar target pembentukan koperasi."
    ms = [person(t, "Ia", "IDN", "Marnie"), mention(t, "Pemerintah Kabupaten", "IDN", "organisation")]
    assert code(t, ms) == []


def test_a_state_named_after_the_words_of_its_body_is_that_body() -> None:
    t = "Satuan Tugas Gabungan Kamboja menangkap 106 Warga Negara Indonesia (WNI) di Ibu Kota Phnom Penh, Jumat (31/10/2025)."
    ms = [mention(t, "Kamboja", "KHM"), mention(t, "Indonesia", "IDN"), mention(t, "Phnom Penh", "KHM", "place")]
    assert dyads(code(t, ms)) == {("COERCE", "KHM", "IDN")}


def test_a_speaker_agent_is_the_subject_of_a_time_clause_past_an_unnamed_partner() -> None:
    t = "Hal tersebut disampaikan Macron saat dirinya beserta delegasi melakukan pertemuan bilateral dengan Prabowo di Istana, Jakarta, Rabu (28/5/2025)."
    ms = [person(t, "Macron", "FRA", "Emmanuel Macron"), person(t, "Prabowo", "IDN", "Prabowo Subianto"),
          mention(t, "Istana, Jakarta", "IDN", "place")]  # fmt: skip
    assert dyads(code(t, ms)) == {("CONSULT", "FRA", "IDN")}


def test_a_threat_of_a_future_act_reaches_that_acts_object() -> None:
    t = (
        "Trump akan mengawasi penandatanganan kesepakatan damai permanen Thailand-Kamboja di sela KTT ASEAN.\n"
        "Sebelumnya, ia mengancam akan menaikkan tarif perdagangan bagi kedua negara bila konflik terus berlanjut."
    )
    ms = [person(t, "Trump", "USA", "Donald Trump"), person(t, "ia", "USA", "Donald Trump"),
          Mention(t.index("kedua negara"), t.index("kedua negara") + 12, "kedua negara", "THA|KHM", "plural")]  # fmt: skip
    assert dyads(code(t, ms)) == {("THREATEN", "USA", "THA"), ("THREATEN", "USA", "KHM")}


def test_a_ban_on_entry_is_a_sanction_and_other_bans_coercion() -> None:
    t = "Dilansir dari Radio New Zealand, Rabu (11/6/2025), Selandia Baru melarang Menteri Keuangan Israel Bezalel Smotrich dan Menteri Keamanan Nasional Itamar Ben-Gvir masuk ke negaranya."
    ms = [mention(t, "Selandia Baru", "NZL"), person(t, "Menteri Keuangan Israel Bezalel Smotrich", "ISR", "Bezalel Smotrich"),
          person(t, "Itamar Ben-Gvir", "ISR", "Itamar Ben-Gvir")]  # fmt: skip
    assert dyads(code(t, ms)) == {("SANCTION", "NZL", "ISR")}
    t = "Pemerintahan Presiden Donald Trump tetap melarang Nvidia menjual chip kelas atasnya ke China, termasuk seri terbaru Blackwell."
    ms = [person(t, "Presiden Donald Trump", "USA", "Donald Trump"), mention(t, "Nvidia", "USA.NVIDIA", "company"),
          mention(t, "China", "CHN")]  # fmt: skip
    assert dyads(code(t, ms)) == {("COERCE", "USA", "USA.NVIDIA")}


def test_spellings_seen_in_real_news() -> None:
    t = "Hal itu terjadi setelah Israel melancarakan gelombang serangan udara terhadap Iran."
    assert dyads(code(t, [mention(t, "Israel", "ISR"), mention(t, "Iran", "IRN")])) == {("ASSAULT", "ISR", "IRN")}


def test_the_addressee_of_a_request_after_a_long_object_is_its_target_unless_another_verb_has_it() -> None:
    t = "Kamboja meminta gencatan senjata tanpa syarat kepada Thailand setelah bentrokan bersenjata mematikan selama dua hari di wilayah perbatasan kedua negara."
    assert dyads(code(t, [mention(t, "Kamboja", "KHM"), mention(t, "Thailand", "THA")])) == {("REQUEST", "KHM", "THA")}
    t = "Mantan Wali Kota Solo ini juga beberapa kali meminta awak media bertanya kepada PSI saat ditanya mengenai posisinya di partai tersebut."
    ms = [person(t, "Mantan Wali Kota Solo", "IDN", "Joko Widodo"), mention(t, "PSI", "IDN.PSI", "party")]
    assert code(t, ms) == []


def test_an_agreement_to_supply_someone_is_made_with_them() -> None:
    t = "Selain itu, Tokyo juga sepakat untuk memberikan Filipina pesawat patroli pantai dan sistem radar canggih guna membantu Manila memantau kapal-kapal China di Laut China Selatan."
    ms = [mention(t, "Tokyo", "JPN"), mention(t, "Filipina", "PHL"), mention(t, "Manila", "PHL"), mention(t, "China", "CHN")]
    assert dyads(code(t, ms)) == {("AGREE", "JPN", "PHL")}


def test_contacting_a_leader_by_phone_is_a_phone_call() -> None:
    t = "Sehari sebelumnya, Paus sempat menghubungi Perdana Menteri Israel (PM) Benjamin Netanyahu melalui sambungan telepon setelah serangan pada Kamis 17/7/2025)."
    ms = [person(t, "Paus", "VAT", "Pope Leo XIV"),
          person(t, "Perdana Menteri Israel (PM) Benjamin Netanyahu", "ISR", "Benjamin Netanyahu")]  # fmt: skip
    events = code(t, ms)
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "phone")]
    assert dyads(events) == {("CONSULT", "ISR", "VAT")}


def test_a_rule_may_start_only_where_all_its_words_stand() -> None:
    triggers = lexicon_for("id").triggers
    without = "Maguire dan de Ligt memberikan pesan sederhana namun berarti untuk Senne Lammens jelang laga Nottingham vs Man United akhir pekan ini."
    assert not triggers.may_start(words_of(without)) and not triggers.find(without)
    with_all = "Beberapa waktu lalu, Pemerintah Kabupaten Demak telah memberikan bantuan berupa paket sembako yang dititipkan kepada Pemerintah Desa Sayung."
    assert triggers.may_start(words_of(with_all)) and triggers.find(with_all)


def test_caught_in_a_sting_is_coerced_by_the_own_states_investigators() -> None:
    t = "Sebelumnya diberitakan, Gubernur Riau Abdul Wahid terjaring dalam operasi tangkap tangan (OTT) yang dilakukan Komisi Pemberantasan Korupsi (KPK) pada Senin (3/11/2025)."
    ms = [person(t, "Gubernur Riau Abdul Wahid", "IDN", "Abdul Wahid"),
          mention(t, "Komisi Pemberantasan Korupsi", "IDN", "organisation", "Komisi Pemberantasan Korupsi")]  # fmt: skip
    assert dyads(code(t, ms)) == {("COERCE", "IDN", "IDN")}


def test_a_meeting_between_one_side_and_another_after_dengan_names_both() -> None:
    t = "Optimisme tersebut terungkap dalam pertemuan virtual antara Menteri Koordinator Bidang Perekonomian Airlangga Hartarto dengan Komisioner Perdagangan Uni Eropa Maros Sefcovic pada Senin (5/5/2025)."
    ms = [person(t, "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto", "IDN", "Airlangga Hartarto"),
          mention(t, "Uni Eropa", "EU", "organisation", "Uni Eropa")]  # fmt: skip
    assert dyads(code(t, ms)) == {("CONSULT", "EU", "IDN")}


def test_a_host_entertains_a_visitor_but_not_in_a_match_report() -> None:
    t = "Sebelumnya, Lee juga menjamu Presiden Trump dalam kunjungan kenegaraan singkat, memuji kerja sama kedua negara."
    ms = [person(t, "Lee", "KOR", "Lee Jae Myung"), person(t, "Presiden Trump", "USA", "Donald Trump")]
    assert ("CONSULT", "KOR", "USA") in dyads(code(t, ms))
    t = (
        "Ada sesuatu yang istimewa dari cara suporter Indonesia mencintai sepak bola.\n"
        "Di setiap laga timnas Indonesia, entah itu di dalam negeri atau luar negeri, tribune selalu hidup dengan nyanyian.\n"
        "Kreativitas suporter Merah Putih pun kerap menjadi sorotan dunia termasuk saat Indonesia menjamu Jepang pada November 2024 silam."
    )
    ms = [mention(t, "Indonesia", "IDN", nth=2), mention(t, "Jepang", "JPN")]
    assert code(t, ms) == []


def test_a_verb_coordinated_with_a_meeting_shares_its_sides() -> None:
    t = "Di sela KTT APEC, Trump juga bertemu Xi dan mencapai kesepakatan perdagangan mencakup penurunan tarif AS untuk produk China."
    ms = [person(t, "Trump", "USA", "Donald Trump"), person(t, "Xi", "CHN", "Xi Jinping"),
          mention(t, "AS", "USA"), mention(t, "China", "CHN")]  # fmt: skip
    assert dyads(code(t, ms)) == {("CONSULT", "CHN", "USA"), ("AGREE", "CHN", "USA")}


def test_an_attack_on_something_that_is_no_actor_named_after_its_doer_takes_no_guessed_target() -> None:
    t = (
        "Di sisi lain, Washington sempat meluncurkan kampanye pemboman intensif terhadap Houthi awal tahun ini.\n"
        "Namun, kampanye itu berakhir pada Mei, seiring tercapainya kesepakatan gencatan senjata yang salah satu isinya mencakup penghentian serangan Houthi terhadap kapal-kapal internasional."
    )
    ms = [mention(t, "Washington", "USA"), mention(t, "Houthi", "YEM.HOUTHI", "armed_group"),
          mention(t, "Houthi", "YEM.HOUTHI", "armed_group", nth=1)]  # fmt: skip
    assert dyads(code(t, ms)) == {("ASSAULT", "USA", "YEM.HOUTHI")}


def test_attackers_named_together_struck_the_same_side_and_a_plan_stops_at_a_relative_clause() -> None:
    t = (
        "Pemerintah Iran menyatakan akan membangun kembali situs nuklirnya yang rusak akibat serangan Israel dan Amerika Serikat (AS).\n"
        "Israel melancarkan kampanye pengeboman besar-besaran terhadap Iran pada Juni lalu."
    )
    ms = [mention(t, "Pemerintah Iran", "IRN"), mention(t, "Israel", "ISR"), mention(t, "Amerika Serikat (AS)", "USA"),
          mention(t, "Israel", "ISR", nth=1), mention(t, "Iran", "IRN", nth=1)]  # fmt: skip
    assert dyads(code(t, ms)) == {("ASSAULT", "ISR", "IRN"), ("ASSAULT", "USA", "IRN")}


def test_a_visitor_welcomed_by_the_host_meets_the_host() -> None:
    t = "Kedatangan Prabowo disambut langsung oleh Presiden Singapura, Tharman Shanmugaratnam."
    ms = [person(t, "Prabowo", "IDN", "Prabowo Subianto"),
          person(t, "Presiden Singapura, Tharman Shanmugaratnam", "SGP", "Tharman Shanmugaratnam")]  # fmt: skip
    events = code(t, ms)
    assert dyads(events) == {("CONSULT", "IDN", "SGP")}
    assert [e.mode for e in events] == ["visit"]


def test_a_host_receives_a_named_visitor_but_not_a_state_into_a_club() -> None:
    t = "Presiden Jokowi yang didampingi sejumlah menteri Kabinet Indonesia Maju menerima PM James Marape dan delegasi di halaman Istana Bogor."
    ms = [person(t, "Presiden Jokowi", "IDN", "Joko Widodo"), person(t, "PM James Marape", "PNG", "James Marape")]
    assert dyads(code(t, ms)) == {("CONSULT", "IDN", "PNG")}
    t = "Presiden Joko Widodo menerima kunjungan Perdana Menteri atau PM Jepang, Yoshihide Suga beserta istrinya Mariko Suga di Istana Kepresidenan Bogor."
    ms = [person(t, "Presiden Joko Widodo", "IDN", "Joko Widodo"), person(t, "PM Jepang, Yoshihide Suga", "JPN", "Yoshihide Suga")]
    assert dyads(code(t, ms)) == {("CONSULT", "IDN", "JPN")}
    t = "Prabowo menyampaikan rasa terima kasihnya kepada Putin yang sudah menerima Indonesia menjadi anggota BRICS."
    ms = [person(t, "Prabowo", "IDN", "Prabowo Subianto"), person(t, "Putin", "RUS", "Vladimir Putin"),
          mention(t, "Indonesia", "IDN"), mention(t, "BRICS", "BRICS", "organisation")]  # fmt: skip
    assert dyads(code(t, ms)) == {("SUPPORT", "IDN", "RUS")}


def test_summoning_a_foreign_envoy_is_a_protest_and_summoning_anyone_else_no_event() -> None:
    t = "Retno Marsudi Menteri Luar Negeri Indonesia memanggil Duta Besar Brasil di Jakarta memprotes keras terkait penolakan Dilma Rousseff Presiden Brasil terhadap Toto Riyanto Duta Besar Indonesia untuk Brasil pada Jumat (20/2/2015) yang lalu."
    ms = [Mention(0, 13, "Retno Marsudi", "IDN", "person", name="Retno Marsudi", role="foreign_minister"),
          Mention(t.index("Duta Besar Brasil"), t.index("Duta Besar Brasil") + 17, "Duta Besar Brasil", "BRA", "official",
                  name="Duta Besar Brasil", role="ambassador")]  # fmt: skip
    assert dyads(code(t, ms)) == {("ACCUSE", "IDN", "BRA")}
    t = "Komisi Pemberantasan Korupsi (KPK) memanggil eks Sekretaris Jenderal Kementerian Ketenagakerjaan (Sekjen Kemenaker) Heri Sudarmanto sebagai saksi dalam kasus pemerasan pengurusan izin."
    ms = [mention(t, "Komisi Pemberantasan Korupsi", "IDN", "organisation", "Komisi Pemberantasan Korupsi"),
          person(t, "Heri Sudarmanto", "IDN", "Heri Sudarmanto")]  # fmt: skip
    assert code(t, ms) == []


def test_a_right_to_protest_is_no_protest() -> None:
    t = "Nasrul menegaskan bahwa perlindungan terhadap hak berdemonstrasi merupakan bagian dari prinsip demokrasi dan kebebasan sipil yang harus dijaga oleh aparat penegak hukum."
    assert code(t, [person(t, "Nasrul", "IDN", "Nasrul Dongoran")]) == []


def test_backing_someone_to_act_does_not_report_the_act() -> None:
    t = "Hasil survei mencatat, Partai Republik paling mungkin untuk mendukung AS mengancam Iran dengan sanksi ekonomi yang lebih keras (38 persen) atau penggunaan kekuatan militer (29 persen)."
    ms = [mention(t, "Partai Republik", "USA.GOP", "party"), mention(t, "AS", "USA"), mention(t, "Iran", "IRN")]
    assert ("THREATEN", "USA", "IRN") not in dyads(code(t, ms))
