"""Language identification: Indonesian, Malay and English news sentences."""

from __future__ import annotations

from warta.clean.language import detect_language


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
