"""Quotes and their speakers, on real sentences from the seed and dev articles.

Mentions are built by hand where a test needs the actor stage's resolution, so these
tests pin the quote stage alone.
"""

from __future__ import annotations

import re

from warta.extract.quotes import extract_quotes
from warta.lang import load_pack
from warta.model import Doc, Mention, Quote, Sentence

PACK = load_pack("id")


def make_doc(text: str, outlet: str | None = None) -> Doc:
    return Doc(doc="t", text=text, raw=text, origin="test", content_hash="0", outlet=outlet)


def split(text: str) -> list[Sentence]:
    """A small sentence split for the tests: at line breaks and at '. ' before a capital or a mark."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"“])", line.group()):
            out.append(
                Sentence(len(out), start, line.start() + m.start(), text[start : line.start() + m.start()])
            )
            start = line.start() + m.end()
        out.append(Sentence(len(out), start, line.end(), text[start : line.end()]))
    return out


def mention(
    text: str, surface: str, kind: str, code: str | None, name: str | None = None, **kw: object
) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, code, kind, name=name, **kw)  # type: ignore[arg-type]


def run(text: str, mentions: list[Mention] | None = None, **kw: bool) -> tuple[list[Quote], list[str]]:
    return extract_quotes(make_doc(text), split(text), mentions or [], PACK, **kw)


def test_curly_quote_with_after_cue_and_person_mention() -> None:
    text = (
        "Dalam pertemuan tersebut, Shoigu mengatakan Iran dan Rusia menghadapi tantangan umum di kawasan.\n"
        "“Saya yakin pertemuan kami akan membantu mempromosikan hubungan persahabatan yang lebih erat "
        "antara angkatan bersenjata Rusia dan Iran,” kata Shoigu."
    )
    last = text.rindex("Shoigu")
    shoigu = Mention(
        last, last + 6, "Shoigu", "RUS", "person", name="Sergei Shoigu", role="Menteri Pertahanan"
    )
    quotes, _ = run(text, [shoigu])
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("Saya yakin pertemuan kami") and q.text.endswith("Rusia dan Iran")
    assert (q.speaker, q.speaker_code, q.speaker_role) == ("Sergei Shoigu", "RUS", "Menteri Pertahanan")
    assert text[q.start] == "“" and text[q.end - 1] == "”"
    assert "kata" in q.reason


def test_straight_quotes_and_suffixed_cue_take_the_previous_speaker() -> None:
    text = (
        '"Terduga teroris berinisial MC, G, dan A yang ditangkap di Tangerang masuk kelompok JAD Jakarta," '
        "kata Setyo di Mabes Polri, Jakarta, Rabu (16/5).\n"
        "Setyo menyebut, hubungan di antara mereka didasarkan hanya karena sama-sama masuk ke dalam kelompok.\n"
        '"Bukan satu keluarga, mereka hanya tergabung di JAD," ujarnya.'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Setyo", "Setyo"]
    assert quotes[1].text == "Bukan satu keluarga, mereka hanya tergabung di JAD"
    assert "previous speaker" in quotes[1].reason


def test_katanya_resolves_to_the_subject_of_the_previous_sentence() -> None:
    text = (
        "Menteri Pertahanan Rusia lebih lanjut mengatakan bahwa Moskow dan Teheran siap untuk mengkoordinasikan "
        "kerjasama mereka dalam berbagai masalah global dan regional.\n"
        "“Hubungan panjang antara kedua negara dibedakan dengan tingkat kepercayaan yang tinggi”, katanya."
    )
    official = mention(text, "Menteri Pertahanan Rusia", "official", "RUS", role="Menteri Pertahanan")
    nya = text.rindex("nya")
    coref = Mention(nya, nya + 3, "nya", "RUS", "official", antecedent=(official.start, official.end))
    quotes, _ = run(text, [official, coref])
    assert len(quotes) == 1
    assert quotes[0].speaker_code == "RUS"
    assert quotes[0].text.startswith("Hubungan panjang antara kedua negara")


def test_before_cue_with_colon_and_subject_at_clause_start() -> None:
    text = (
        "Rouhani memposting dua foto dirinya dengan Cameron dan menulis di Twitter: "
        '"Satu jam dari dialog yang konstruktif dan pragmatis, pandangan baru."\n'
        '"Pertemuan pertama antara pemimpin Inggris dan Iran dalam 35 tahun," tulisnya.'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Rouhani", "Rouhani"]
    assert quotes[0].text == "Satu jam dari dialog yang konstruktif dan pragmatis, pandangan baru."
    assert "before cue 'menulis'" in quotes[0].reason


def test_before_cue_right_before_the_quote() -> None:
    text = (
        "Kedua belah negara bertekad memperluas hubungan. "
        "Dehqan mengatakan “kerja sama tersebut dapat menawarkan model yang tepat untuk kerjasama regional.” "
        "(Baca juga: Iran Mampu Hancurkan Saudi Dalam Waktu 24 Jam)"
    )
    quotes, _ = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Dehqan"
    assert quotes[0].text == "kerja sama tersebut dapat menawarkan model yang tepat untuk kerjasama regional."


def test_scare_quotes_and_nested_single_quotes_are_not_quotes_of_their_own() -> None:
    text = (
        "“Kami semua sepakat bahwa tujuan bersama kami adalah mengalahkan ISIS, dan tidak mengizinkan ISIS "
        "mendirikan ‘kekhalifahan’, yang mereka rencanakan untuk diperluas lebih jauh,” kata Lavrov.\n"
        "Menteri menegaskan bahwa berbagai kekuatan dalam memerangi terorisme harus dikoordinasikan dengan cara "
        "yang “pragmatis, masuk akal dan rasional”.\n"
        "Kepala pertahanan Iran menggambarkan “sangat baik dan konstruktif” kerja sama pertahanan."
    )
    quotes, _ = run(text)
    assert len(quotes) == 1
    assert "‘kekhalifahan’" in quotes[0].text
    assert quotes[0].speaker == "Lavrov"


def test_paragraph_that_only_continues_the_previous_quote() -> None:
    text = (
        "“Kami tidak menyetujui langkah-langkah spesifik apa pun, namun mengenai kelanjutan kerja sama,” "
        "kata Lavrov seperti dikutip dalam sebuah pernyataan.\n"
        "“Kami semua sepakat bahwa tujuan bersama kami adalah mengalahkan ISIS.”\n"
        "Kedua pemimpin bertemu di sela-sela Sidang Umum Perserikatan Bangsa-Bangsa (UNGA)."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Lavrov", "Lavrov"]
    assert quotes[1].text.startswith("Kami semua sepakat")
    assert quotes[1].reason.startswith("continuation")


def test_quote_continued_over_two_paragraphs_is_one_quote() -> None:
    text = (
        "“Kami percaya bahwa efisiensi upaya Rusia dan Iran dalam melawan terorisme internasional akan "
        "tergantung pada realisasi praktis dari proyek kerjasama bilateral.\n"
        "“Kami ingin hubungan Rusia-Iran di bidang ini menjadi kerjasama jangka panjang dan komprehensif”, "
        "kata Shoigu kepada rekan Iran-nya."
    )
    quotes, _ = run(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker == "Shoigu"
    assert q.text.startswith("Kami percaya bahwa efisiensi") and q.text.endswith(
        "jangka panjang dan komprehensif"
    )
    assert q.start == 0 and text[q.end - 1] == "”"


def test_interrupted_quote_keeps_its_speaker() -> None:
    text = (
        '"Putin adalah agresor. Putin memilih perang ini," kata Joe Biden, '
        '"dan sekarang dia dan negaranya akan menanggung akibatnya."'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Joe Biden", "Joe Biden"]
    assert quotes[1].text.startswith("dan sekarang dia dan negaranya")


def test_unbalanced_marks_never_swallow_the_rest_of_the_article() -> None:
    text = (
        "“Kami menawarkan AS dan koalisi untuk mengoordinasikan tindakan nyata di darat dan juga dari udara, "
        "kata Lavrov, seraya menambahkan bahwa pusat informasi kontra-terorisme harus dimanfaatkan.\n"
        "Putin mengumumkan pada sesi Majelis Umum PBB pada hari Senin bahwa pusat tersebut akan didirikan.\n"
        "Kedua pemimpin bertemu di sela-sela Sidang Umum Perserikatan Bangsa-Bangsa (UNGA).\n"
        "Rouhani mengatakan pada Senin bahwa orang-orang di kawasan “mempertahankan diri mereka sendiri"
    )
    quotes, _ = run(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert (
        q.text
        == "Kami menawarkan AS dan koalisi untuk mengoordinasikan tindakan nyata di darat dan juga dari udara"
    )
    assert q.speaker == "Lavrov"
    assert q.end <= text.index("\n")


def test_closing_mark_standing_where_the_opening_one_belongs() -> None:
    text = (
        "Lavrov mengatakan perang kontra-teror juga harus melibatkan pasukan darat.” Kami menawarkan AS dan "
        "koalisi untuk mengoordinasikan tindakan nyata di lapangan, dari udara,” kata Lavrov."
    )
    quotes, _ = run(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Kami menawarkan AS dan koalisi")
    assert quotes[0].speaker == "Lavrov"


def test_single_and_guillemet_quotes_with_cues() -> None:
    text = (
        "‘Iran dan Rusia memiliki andil besar dalam menyelesaikan krisis Suriah,’ kata Putin.\n"
        "«Kami ingin konflik di Myanmar segera diselesaikan,» tandas Presiden.\n"
        "Pembahasan itu disebut ‘langkah baik’ oleh para diplomat."
    )
    quotes, _ = run(text)
    assert [q.text for q in quotes] == [
        "Iran dan Rusia memiliki andil besar dalam menyelesaikan krisis Suriah",
        "Kami ingin konflik di Myanmar segera diselesaikan",
    ]
    assert quotes[0].speaker == "Putin"


def test_according_cue_before_the_quote() -> None:
    text = (
        'Menurut Raisi, "Iran dan Rusia telah membuktikan kejujuran dan keinginan serius dalam kerja sama '
        'tentang kampanye menentang terorisme."'
    )
    quotes, _ = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Raisi"
    assert "according cue 'Menurut'" in quotes[0].reason


def test_statement_cue_before_the_quote() -> None:
    text = (
        "Kementerian Luar Negeri RI dalam pernyataannya: “Memasuki bulan suci Ramadan, Indonesia mendesak "
        "agar semua bentuk kekerasan dihentikan.”"
    )
    kemlu = mention(text, "Kementerian Luar Negeri RI", "organisation", "IDN", name="Kementerian Luar Negeri")
    quotes, _ = run(text, [kemlu])
    assert len(quotes) == 1
    assert quotes[0].speaker_code == "IDN"


def test_unnamed_official_keeps_the_described_role_and_its_state() -> None:
    text = (
        '"Komunitas internasional secara ketat memantau AS dan kekuatan Barat yang memperbesar api perang," '
        "kata Juru Bicara Kementerian Luar Negeri Korea Utara."
    )
    spokesman = mention(
        text, "Juru Bicara Kementerian Luar Negeri Korea Utara", "official", "PRK", role="Juru Bicara"
    )
    quotes, _ = run(text, [spokesman])
    assert len(quotes) == 1
    assert quotes[0].speaker == "Juru Bicara Kementerian Luar Negeri Korea Utara"
    assert quotes[0].speaker_code == "PRK"


def test_bare_title_resolves_to_the_person_holding_it() -> None:
    text = (
        "Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang di Istana Bogor.\n"
        "“Saya ingin menyampaikan ucapan selamat datang di Indonesia,” kata Presiden mengawali pertemuan."
    )
    jokowi = mention(text, "Presiden Joko Widodo", "person", "IDN", name="Joko Widodo", role="Presiden")
    second = text.rindex("Presiden")
    title = Mention(second, second + 8, "Presiden", None, "official", role="Presiden")
    quotes, _ = run(text, [jokowi, title])
    assert len(quotes) == 1
    assert (quotes[0].speaker, quotes[0].speaker_code) == ("Joko Widodo", "IDN")


def test_outlet_as_speaker_takes_its_country() -> None:
    text = '"Ini adalah tindakan yang tidak tepat oleh pemerintahan Trump," tambah *SBS*.'
    quotes, _ = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker_code == "AUS"


def test_quote_cited_source_and_article_cited_sources() -> None:
    text = (
        "“(Pertemuan Senin antara Presiden Rusia Vladimir Putin dan Presiden Amerika Barack Obama) merupakan "
        "diskusi yang sangat konstruktif,” kata Lavrov seperti dikutip kantor berita Xinhua, Selasa.\n"
        "“Kami menawarkan AS dan koalisi untuk mengoordinasikan tindakan nyata di darat,” kata Lavrov."
    )
    quotes, cited = run(text)
    assert cited == ["Xinhua"]
    assert [q.cited_source for q in quotes] == ["Xinhua", None]


def test_titles_and_cueless_quotes_are_not_quotes() -> None:
    text = (
        'Tonton juga video "Komisi XIII DPR Mau Kasus Arya Daru Dibuka Lagi-Jenazah Diekshumasi" di sini:\n'
        "Bashar Assad: Iran dan Rusia ‘Robin Hood’ Suriah"
    )
    quotes, _ = run(text)
    assert quotes == []


def test_indirect_quotes_only_on_request() -> None:
    text = (
        "Raisi mengatakan catatan kesuksesan kerja sama bilateral terkait antiterorisme di Suriah membuka jalan "
        "untuk kerja sama di kawasan."
    )
    assert run(text)[0] == []
    quotes, _ = run(text, include_indirect=True)
    assert len(quotes) == 1
    assert quotes[0].kind == "indirect" and quotes[0].speaker == "Raisi"
    assert quotes[0].text.startswith("catatan kesuksesan kerja sama bilateral")


def test_title_abbreviation_does_not_end_the_speaker_phrase() -> None:
    text = (
        '"Kemudian syarafnya juga terganggu sehingga ada rasa perih-perih di kulit," jelas dr. Hanny.\n'
        '"Bukan hanya di wajah, tetapi di seluruh permukaan kulit itu sensitif," kata Lavrov.'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["dr. Hanny", "Lavrov"]


def test_role_then_name_in_apposition() -> None:
    text = (
        '"Apa yang kurang dari Jakarta? Ini lagi kita perjuangkan nih, lagi didorong," ujar Direktur Eksekutif '
        "Celios, Bhima Yudhistira di Taman Ismail Marzuki (TIM), Jakarta Pusat, Sabtu (14/6/2025).\n"
        '"Kami menawarkan AS dan koalisi untuk mengoordinasikan tindakan nyata," kata Lavrov, Selasa.'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Direktur Eksekutif Celios, Bhima Yudhistira", "Lavrov"]


def test_katanya_with_no_earlier_speaker_takes_the_name_written_as_subject() -> None:
    text = (
        "Ali (31), generasi kedua pedagang buku di Kwitang, sudah terbiasa dengan ritme itu.\n"
        '"Saya bantu Bapak sejak umur 20 tahun," katanya sambil menyusun tumpukan novel di lapaknya.'
    )
    quotes, _ = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Ali"
    assert "subject" in quotes[0].reason


def test_short_form_defined_before_a_name() -> None:
    text = (
        "Menteri Pertanian (Mentan) Andi Amran Sulaiman ikut mendampingi Presiden ke Singapura.\n"
        '"Langkah ini sejalan dengan upaya pemerintah untuk menjadikan sektor pertanian sebagai motor '
        'pertumbuhan ekonomi," kata Mentan.'
    )
    amran = mention(text, "Andi Amran Sulaiman", "person", "IDN", name="Andi Amran Sulaiman", role="Menteri")
    quotes, _ = run(text, [amran])
    assert len(quotes) == 1
    assert (quotes[0].speaker, quotes[0].speaker_code) == ("Andi Amran Sulaiman", "IDN")


def test_pronoun_after_a_later_speaker_means_that_speaker() -> None:
    text = (
        "Di dinding terpajang potret Presiden Soekarno yang tampak terawat rapi.\n"
        '"Itu peninggalan sejarah, enggak banyak orang tahu," kata Suhari kepada wartawan.\n'
        "Ia mengatakan, semua bermula dari keyakinan dan pendekatan spiritual kepada Tuhan serta leluhur.\n"
        '"Kalau dikatakan warisan, enggak juga," ucap dia.'
    )
    soekarno = mention(text, "Presiden Soekarno", "person", "IDN", name="Sukarno", role="Presiden")
    ia = text.index("Ia mengatakan")
    coref = Mention(
        ia, ia + 2, "Ia", "IDN", "person", name="Sukarno", antecedent=(soekarno.start, soekarno.end)
    )
    quotes, _ = run(text, [soekarno, coref])
    assert [q.speaker for q in quotes] == ["Suhari", "Suhari"]


def test_quote_in_a_line_the_scraper_broke_off() -> None:
    text = (
        '"Saya tidak mau Ibu-Bapak salah persepsi bahwa saya terinspirasi oleh siapa pun untuk\n'
        'keberanian menghadapi aparat," kata Tom, Rabu.\n'
        "Dalam setahun terakhir, warga kampung itu berkali-kali mendatangi kantor desa."
    )
    quotes, _ = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "Tom"
    assert quotes[0].text.endswith("untuk keberanian menghadapi aparat")
    assert text[quotes[0].end - 1] == '"'


def test_quote_paragraph_claimed_by_the_attributed_quote_after_it() -> None:
    text = (
        "Pelatih itu menilai skuadnya berkembang pesat selama pemusatan latihan di Jakarta.\n"
        '"Saya lebih senang kalau pemain-pemain ini nantinya bisa bermain di timnas senior daripada hanya '
        'sukses di kelompok umur."\n'
        '"Karena sekali lagi mereka adalah pemain-pemain masa depan Indonesia," kata Nova Arianto.'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Nova Arianto", "Nova Arianto"]
    assert quotes[0].text.startswith("Saya lebih senang")
    assert quotes[0].reason.startswith("continued by the next paragraph")


def test_english_cues_come_from_the_english_pack() -> None:
    text = (
        "Russia will respond to any new sanctions, Foreign Minister Sergei Lavrov said on Tuesday.\n"
        '"We will respond to any hostile step in a measured way," Lavrov told reporters, according to Reuters.\n'
        '"Nobody wants a new Cold War," he added.'
    )
    doc = Doc(doc="t", text=text, raw=text, origin="test", content_hash="0", language="en")
    quotes, cited = extract_quotes(doc, split(text), [], load_pack("en"))
    assert [q.speaker for q in quotes] == ["Lavrov", "Lavrov"]
    assert cited == ["Reuters"]


def test_descriptions_of_the_last_speaker() -> None:
    text = (
        '"Jika ketiga poin di atas tidak terpenuhi, maka kejadian serupa akan terus berulang," kata Irma '
        "saat dihubungi, Rabu (23/7/2025).\n"
        "Politikus Partai Nasdem ini meminta agar kondisi dapur dan peralatannya sesuai dengan standar.\n"
        '"Sehingga dapur dan peralatan tidak sesuai standar," ujar dia.\n'
        '"Kami akan terus mengawasi Badan Gizi Nasional," sambung politikus Partai Nasdem itu.'
    )
    nasdem = [
        Mention(m.start(), m.end(), m.group(), "IDN.NASDEM", "organisation", name="Partai NasDem")
        for m in re.finditer("Partai Nasdem", text)
    ]
    quotes, _ = run(text, nasdem)
    assert [q.speaker for q in quotes] == ["Irma", "Irma", "Irma"]


def test_verbs_with_other_senses_report_speech_only_with_bahwa_or_a_comma() -> None:
    text = (
        "Rusia dan Amerika Serikat sepakat untuk melanjutkan kerja sama meskipun ada perbedaan pendapat.\n"
        "Putin menambahkan, kedua negara akan memperluas kerja sama di bidang energi dan keamanan."
    )
    quotes, _ = run(text, include_indirect=True)
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("Putin", "kedua negara akan me")]


def test_two_single_marks_standing_for_a_double_one() -> None:
    text = (
        "''Kami sangat menghargai kesabaran nasabah selama proses pemulihan layanan,'' kata Direktur Utama "
        "BSI Hery Gunardi.\n"
        "‘‘Layanan sudah kembali normal di seluruh cabang kami,’’ ujarnya."
    )
    quotes, _ = run(text)
    assert [q.text for q in quotes] == [
        "Kami sangat menghargai kesabaran nasabah selama proses pemulihan layanan",
        "Layanan sudah kembali normal di seluruh cabang kami",
    ]
    assert quotes[0].speaker == "Direktur Utama BSI Hery Gunardi" and quotes[1].speaker == quotes[0].speaker


def test_a_name_before_the_verb_beats_its_country() -> None:
    text = (
        "Kiper Timnas U23 Indonesia, Muhammad Ardiansyah, menegaskan bahwa keberhasilannya menepis penalti "
        "dipengaruhi instruksi pelatih kiper.\n"
        "Timnas U23 Indonesia akhirnya meraih kemenangan dramatis dalam adu penalti dengan skor 7-6.\n"
        '"Saya ingin mengucapkan terima kasih kepada pelatih kiper yang sudah percaya kepada saya," ujarnya.'
    )
    indonesia = [
        Mention(m.start(), m.end(), m.group(), "IDN", "state", name="Indonesia")
        for m in re.finditer("Indonesia", text)
    ]
    quotes, _ = run(text, indonesia)
    assert [(q.speaker, q.speaker_code) for q in quotes] == [("Muhammad Ardiansyah", "IDN")]


def test_speaker_phrase_takes_the_name_its_titles_lead_to() -> None:
    text = (
        '"Komunikasi telpon yang dilakukan kedua menteri hanya membahas satu hal," ujar Pelaksana Tugas '
        "Kepala Biro Dukungan Strategis Pimpinan (BDSP) Achmad Rizal Purnama melalui video konferensi pers."
    )
    junk = mention(
        text, "Pelaksana Tugas Kepala Biro Dukungan", "person", None, name="Pelaksana Tugas Kepala Biro"
    )
    rizal = mention(text, "Achmad Rizal Purnama", "person", "IDN", name="Achmad Rizal Purnama")
    quotes, _ = run(text, [junk, rizal])
    assert [(q.speaker, q.speaker_code) for q in quotes] == [("Achmad Rizal Purnama", "IDN")]


def test_one_word_person_mention_is_completed_from_its_full_name() -> None:
    text = (
        "Menlu RI dan Tiongkok Bahas LCS di Jerman\n"
        "Menteri Luar Negeri Retno Marsudi bertemu Menlu China Wang Yi di Bonn, Jerman.\n"
        '"Kesiapan China untuk memajukan pembahasan CoC dan DoC merupakan langkah baik," ucap Retno dalam '
        "keterangan tertulis."
    )
    retno = mention(text, "Retno dalam", "person", "IDN")
    retno = Mention(retno.start, retno.start + 5, "Retno", "IDN", "person", name="Retno")
    quotes, _ = run(text, [retno])
    assert [(q.speaker, q.speaker_code) for q in quotes] == [("Retno Marsudi", "IDN")]
