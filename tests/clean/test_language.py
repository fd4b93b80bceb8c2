"""Language identification: Indonesian, Malay and English news sentences."""

from __future__ import annotations

from warta.clean.language import detect_language, vote_language


def test_indonesian_news_text():
    text = (
        "Menteri Luar Negeri Indonesia Retno Marsudi dan Menteri Luar Negeri Iran Javad Zarif membahas "
        "perkembangan virus corona jenis baru, atau disebut COVID-19. Hal itu disampaikan Menteri Luar Negeri "
        "Indonesia Retno Marsudi saat menerima sambungan telpon dari Menteri Luar Negeri Iran Javad Zarif."
    )
    assert detect_language(text) == "id"


def test_malay_news_text():
    # Malaysian news register: kerajaan, berkata, pada, Dewan Rakyat
    text = (
        "Perdana Menteri Datuk Seri Anwar Ibrahim berkata kerajaan akan memastikan rakyat tidak terbeban dengan "
        "kenaikan harga barang keperluan harian. Beliau berkata demikian ketika menjawab soalan tambahan di "
        "Dewan Rakyat hari ini, sambil menegaskan bahawa bantuan tunai akan disalurkan kepada golongan sasar."
    )
    assert detect_language(text) == "ms"


def test_english_news_text():
    text = (
        "Russia and the United States agreed to continue cooperation despite differences over how to resolve "
        "the Syrian crisis, Russian Foreign Minister Sergei Lavrov said on Tuesday."
    )
    assert detect_language(text) == "en"


def test_too_little_text_is_unknown():
    assert detect_language("(osc/osc)") is None


def test_clean_article_sets_language(seed):
    assert seed("002").language == "id"


# A real lead (seed 002): "karena", "saat", "bisa", "kantor" are Indonesian spellings Malay writes otherwise.
INDONESIAN_LEAD = (
    "jpnn.com, TEHERAN - Di saat warga Ukraina menderita karena perang, Presiden Iran Ebrahim Raisi justru "
    "memuji Rusia sebagai negara yang konsisten melawan terorisme dan menjaga stabilitas kawasan.\n"
    "Dia mengatakan jejak kerja sama sukses antara Iran dan Rusia dalam kampanye antiteror saat ini tak bisa "
    "disangkal lagi.\n"
    "Presiden Rusia Vladimir Putin yang mengunjungi Iran untuk menghadiri KTT Negara Penjamin Proses Perdamaian "
    "Astana berkunjung ke Kantor Presiden Iran untuk bertemu dengan Raisi, demikian dikutip dari Kantor Berita "
    "IRNA pada Rabu."
)


def test_word_vote_decides_clear_indonesian():
    assert vote_language(INDONESIAN_LEAD) == "id"
    assert detect_language(INDONESIAN_LEAD) == "id"


def test_word_vote_leaves_malay_to_lingua():
    # "bahawa" is Malay: the Indonesian words are not enough to outvote it, lingua decides
    text = (
        "Perdana Menteri Datuk Seri Anwar Ibrahim berkata kerajaan akan memastikan rakyat tidak terbeban dengan "
        "kenaikan harga barang. Beliau berkata demikian ketika menjawab soalan di Dewan Rakyat hari ini, "
        "sambil menegaskan bahawa bantuan tunai akan disalurkan kepada golongan sasar."
    )
    assert vote_language(text) != "id"


def test_word_vote_never_takes_indonesian_with_english_names_for_english():
    text = INDONESIAN_LEAD + " Pertemuan itu disebut The Astana Format of the Peace Process in Syria."
    assert vote_language(text) != "en"
    assert detect_language(text) == "id"


def test_word_vote_decides_english():
    text = (
        "Russia and the United States agreed to continue cooperation despite differences over how to resolve "
        "the Syrian crisis, Russian Foreign Minister Sergei Lavrov said on Tuesday. The two sides have been "
        "at odds over the future of the president, and the talks in Geneva were the first of their kind."
    )
    assert vote_language(text) == "en"
