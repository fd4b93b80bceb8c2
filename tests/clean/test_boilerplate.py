"""Boilerplate families are cut, body text that merely resembles them stays (real article lines)."""

from __future__ import annotations

BODY = (
    "Presiden Rusia Vladimir Putin yang mengunjungi Iran untuk menghadiri KTT Negara Penjamin Proses "
    "Perdamaian Astana berkunjung ke Kantor Presiden Iran untuk bertemu dengan Raisi, demikian dikutip "
    "dari Kantor Berita IRNA pada Rabu."
)


def test_related_article_lines_go(clean):
    doc = clean(
        "jpnn.com, TEHERAN - Di saat warga Ukraina menderita karena perang, Presiden Iran Ebrahim Raisi justru "
        "memuji Rusia sebagai negara yang konsisten melawan terorisme dan menjaga stabilitas kawasan.\n"
        "BACA JUGA: Merasa Terancam, Putin Larang Media Investigasi Ini Masuk Rusia\n"
        f"{BODY}\n"
        "Baca Juga: PM Jepang Masuk Istana Bogor, Mahasiswa Bobol Kawat Berduri Kembali Demo\n"
        "Baca: China Tangkap Drone Bawah Air AS di Laut China Selatan\n"
        "Simak Video: Partai NasDem Nonaktifkan Ahmad Sahroni-Nafa Urbach dari DPR\n"
        'Tonton juga video "Komisi XIII DPR Mau Kasus Arya Daru Dibuka Lagi-Jenazah Diekshumasi" di sini:\n'
        "LAINNYA DI DETIKNETWORK\nLIVE REPORT\nTERPOPULER\nBERITA TERKAIT\nREKOMENDASI\n"
    )
    assert BODY in doc.text
    for gone in (
        "BACA JUGA",
        "Merasa Terancam",
        "Baca Juga",
        "Drone Bawah Air",
        "Simak Video",
        "Tonton juga",
        "DETIKNETWORK",
        "LIVE REPORT",
        "TERPOPULER",
        "BERITA TERKAIT",
        "REKOMENDASI",
    ):
        assert gone not in doc.text
    assert "BACA JUGA: Merasa Terancam, Putin Larang Media Investigasi Ini Masuk Rusia" in doc.removed


def test_inline_related_aside_goes_sentence_stays(clean):
    line = (
        "Kedua belah negara bertekad memperluas hubungan. Dehqan mengatakan “kerja sama tersebut dapat "
        "menawarkan model yang tepat untuk kerjasama regional.” (Baca juga: Iran Mampu Hancurkan Saudi "
        "Dalam Waktu 24 Jam)"
    )
    doc = clean(line)
    assert "Baca juga" not in doc.text and "Hancurkan Saudi" not in doc.text
    assert "model yang tepat untuk kerjasama regional.”" in doc.text


def test_ads_widgets_and_embedded_script_go(clean):
    doc = clean(
        "Rusia dan Amerika Serikat sepakat melanjutkan kerja sama, kata Lavrov. Pertemuan berdurasi 100 menit "
        "tersebut terutama dikhususkan untuk tugas kontraterorisme di Timur Tengah, khususnya Suriah."
        "googletag.cmd.push(function() googletag.display(‘div-gpt-ad-8052921-2’); ); “Kami belum menyepakati "
        "langkah-langkah spesifik apa pun,” kata pernyataan itu.\n"
        "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nAdvertisement\n[video.1]\n"
    )
    assert "googletag" not in doc.text and "div-gpt-ad" not in doc.text
    assert "khususnya Suriah." in doc.text and "“Kami belum menyepakati" in doc.text
    for gone in ("ADVERTISEMENT", "SCROLL TO CONTINUE", "[video.1]"):
        assert gone not in doc.text


def test_comment_share_and_site_blurbs_go(clean):
    doc = clean(
        f"{BODY}\nAbout ArrahmahNews (12484 Articles)\nTinggalkan Balasan\n%d blogger menyukai ini:\n"
        "Komentar Via Facebook :\nAplikasi Android Batamnews\n"
        "Follow Suara.com untuk mendapatkan informasi terkini. Klik WhatsApp Channel & Google News\n"
    )
    assert doc.text == BODY


def test_photo_credits_and_captions_go(clean):
    doc = clean(
        "Rusia Klaim Trump Sepakat Perangi ISIS Bersama\n"
        "Duta Besar Rusia untuk Indonesia, Galuzin, menyebut negaranya dan AS sepakat perangi ISIS bersama. "
        "(ANTARA FOTO/Yudhi Mahatma)\n"
        "Jakarta, CNN Indonesia -- Melalui sambungan telepon, Presiden Rusia Vladimir Putin dan Presiden "
        "Amerika Serikat Donald Trump sepakat bersama-sama memberantas terorisme internasional, khususnya ISIS.\n"
        "Kondisi Jalur Gaza setelah dihantam serangan Israel. (Foto: AFP)\n"
    )
    assert "ANTARA FOTO" not in doc.text and "Yudhi Mahatma" not in doc.text
    assert "Kondisi Jalur Gaza" not in doc.text
    assert "Melalui sambungan telepon" in doc.text


def test_slash_credit_caption_above_body_goes(clean):
    doc = clean(
        "Upaya Pukul Rusia, Ini Dia Sanksi Terbaru yang akan Diberikan Amerika Serikat, Menyasar Sektor Ekonomi\n"
        "Pasukan Darat militer Rusia.\nPasukan Darat militer Rusia. /Stringer/TASS\n"
        "SERANG NEWS - Amerika Serikat nampak begitu geram melihat aksi Rusia melakukan aksi militernya ke Ukraina.\n"
    )
    assert "Stringer" not in doc.text and "Pasukan Darat" not in doc.text
    assert "nampak begitu geram" in doc.text


def test_editor_reporter_copyright_lines_become_metadata(clean):
    doc = clean(
        "Seluruh negara berupaya melindungi negaranya masing-masing tapi aspek kerja sama internasional harus "
        "terus didorong, kata Rizal Purnama.\n"
        "Pewarta: Azis Kurmala\nEditor: Fardah Assegaf\nCopyright © ANTARA 2020\n"
    )
    assert doc.reporter == "Azis Kurmala" and doc.editor == "Fardah Assegaf" and doc.copyright_year == 2020
    for gone in ("Pewarta", "Editor", "Copyright"):
        assert gone not in doc.text
    both = clean(f"{BODY}\nRedaktur & Reporter : M. Adil Syarif\n")
    assert both.editor == "M. Adil Syarif" and both.reporter == "M. Adil Syarif"
    assert "Redaktur" not in both.text


def test_agency_codes_go_but_their_sentence_stays(clean):
    sentence = (
        "Inggris dan Prancis telah berupaya untuk memenangkan beberapa besar bentuk kerja sama dengan Iran "
        "terhadap IS, demikian seperti dilansir kantor berita AFP."
    )
    doc = clean(f"{sentence}(Uu.H-AK)")
    assert doc.text == sentence
    assert "(Uu.H-AK)" in doc.removed
    for code in ("(ant/dil/jpnn)", "(osc/osc)", "(jos/dop/rst)", "[Andi Apriyadi]", "(Robi/voa-islam.com)"):
        assert clean(f"{sentence} {code}").text == sentence, code
    assert clean(f"{sentence}\n(osc/osc)\n").text == sentence


def test_page_furniture_goes(clean):
    doc = clean(f"{BODY}\nHalaman:\nTags\nKategori: Berita\nDibaca: 851 Kali\nTags:\nBerita Terbaru\n")
    assert doc.text == BODY


def test_pasted_url_goes_but_glued_sentence_stays(clean):
    doc = clean(
        "https://twitter.com/Menlu_RI/status/1240201974676508672?s=19Menurut data yang dilansir Johns Hopkins "
        "University, saat ini jumlah kasus positif virus corona di Iran mencapai 17.361 kasus."
    )
    assert "twitter.com" not in doc.text
    assert doc.text.startswith("Menurut data yang dilansir Johns Hopkins University")


def test_sentences_that_merely_mention_foto_or_baca_stay(clean):
    foto = (
        'Rouhani memposting dua foto dirinya dengan Cameron dan menulis di Twitter: "Satu jam dari dialog yang '
        'konstruktif dan pragmatis, pandangan baru."'
    )
    # constructed: the cue word inside a body sentence, not at a line start or in an aside
    baca = "Retno meminta semua pihak membaca kembali Konvensi Hukum Laut PBB sebelum berunding, baca pernyataan itu."
    doc = clean(f"{foto}\n{baca}")
    assert foto in doc.text and baca in doc.text
    assert doc.removed == ()


def test_one_line_holding_reporter_and_editor(clean):
    doc = clean(f"{BODY}\nRep: Fauziah Mursid Red: Agung Sasongko\n")
    assert (doc.reporter, doc.editor) == ("Fauziah Mursid", "Agung Sasongko")
    assert doc.text == BODY


def test_footer_slogan_after_site_blurb_goes(seed):
    doc = seed("003")
    for gone in (
        "About ArrahmahNews",
        "Media Pencerahan Rakyat",
        "Tinggalkan Balasan",
        "blogger menyukai ini",
        "News Ticker",
        "Baca juga",
    ):
        assert gone not in doc.text, gone
    assert doc.text.rstrip().endswith("di negara yang dilanda perang selama 5 tahun.")
    assert doc.published == "2016-02-18" and doc.outlet == "ArrahmahNews" and doc.dateline == "Moskow"


def test_embedded_post_link_and_attribution_go(clean):
    body = "Menurut data yang dilansir Johns Hopkins University, saat ini jumlah kasus positif virus corona di Iran mencapai 17.361 kasus."
    doc = clean(f"{body}\n— Menlu RI (@Menlu_RI) March 18, 2020\n")
    assert doc.text == body


def test_markup_entities_and_line_ends_are_normalised(clean):
    doc = clean(
        "**JAKARTA, KOMPAS.com** - Sekretaris Kabinet (Seskab) Teddy Indra Wijaya bertemu dengan Duta Besar "
        "Jerman, Ina&nbsp;Lepel di Gedung Sekretariat Kabinet, Jakarta Pusat, Sabtu (14/6/2025).\r\n\r\n[video.1]\r\n"
    )
    assert doc.text.startswith("JAKARTA, KOMPAS.com - Sekretaris Kabinet")
    assert "Ina Lepel" in doc.text and "\r" not in doc.text and "[video.1]" not in doc.text
    assert (doc.outlet, doc.dateline) == ("Kompas", "Jakarta")
