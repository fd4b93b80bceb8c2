"""Actor recognition rules for patterns of unseen news: first names, attributes, dated codes,
undated articles, governments, parties by country context and name boundaries. Sentences are
real ones from the seed, dev and Kompas articles (shortened)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.extract.actors import recognise_actors
from warta.kb import KnowledgeBase
from warta.lang import load_pack
from warta.model import Doc, Mention


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(user_dir=Path("/nonexistent"), use_cache=False)


def actors(text: str, kb: KnowledgeBase, published: str | None = None, lang: str = "id") -> list[Mention]:
    doc = Doc(doc="t", text=text, raw=text, origin="t", content_hash="", published=published)
    return recognise_actors(doc, kb, load_pack(lang))


def at(found: list[Mention], text: str, nth: int = 0) -> Mention:
    hits = [m for m in found if m.text.startswith(text)]
    assert len(hits) > nth, f"no mention starting with {text!r} in {[m.text for m in found]}"
    return hits[nth]


# -- 1. a first name alone is the person the article named in full ------------------------------

def test_first_name_alone_is_the_person_named_earlier(kb: KnowledgeBase) -> None:
    text = (
        "Menteri Luar Negeri Retno Marsudi melakukan pertemuan bilateral dengan Menlu China Wang Yi.\n"
        "Retno menekankan, begitu penting bagi ASEAN dan China untuk memperkuat kerja sama."
    )
    retno = at(actors(text, kb, "2019-08-01"), "Retno")
    assert (retno.name, retno.code, retno.antecedent) == ("Retno Marsudi", "IDN", (0, 33))


def test_first_name_shared_by_two_persons_or_inside_another_name_stays_open(kb: KnowledgeBase) -> None:
    text = (
        "Menteri Keuangan Budi Santoso dan Menteri Kesehatan Budi Gunadi Sadikin hadir. "
        "Budi mengatakan rapat berjalan baik."
    )
    found = actors(text, kb, "2025-01-10")
    assert not [m for m in found if m.text == "Budi" and m.name in ("Budi Santoso", "Budi Gunadi Sadikin")
                and m.reason.startswith("part of the name")]  # fmt: skip
    solo = "Menteri Keuangan Budi Santoso hadir. Budi Gunadi Sadikin juga datang."
    assert not [m for m in actors(solo, kb, "2025-01-10") if m.text == "Budi"]


def test_common_given_name_does_not_stand_alone(kb: KnowledgeBase) -> None:
    text = "Wakil Presiden Muhammad Jusuf Kalla hadir. Muhammad Ali kemudian datang."
    found = actors(text, kb, "2017-01-10")
    assert not [m for m in found if m.text == "Muhammad"]


# -- 5. a country name qualifying a currency, language or market is no actor ------------------

def test_country_after_currency_or_language_is_no_actor(kb: KnowledgeBase) -> None:
    text = (
        "KF-21 adalah proyek kerja sama antara Indonesia dengan Korsel bernilai 8 miliar dolar AS atau "
        "sekitar Rp 121,35 triliun. Salah satunya adalah penggunaan bahasa Inggris sebagai bahasa pengantar."
    )
    codes = [m.code for m in actors(text, kb, "2025-03-01") if m.kind == "state"]
    assert "USA" not in codes and "GBR" not in codes
    assert "IDN" in codes


def test_english_country_before_currency_is_no_actor(kb: KnowledgeBase) -> None:
    found = actors("The rupiah fell against the US dollar while Russia said it would respond.", kb, "2024", "en")
    assert [m.code for m in found if m.kind == "state"] == ["RUS"]


# -- 6. a person's code comes from the state office held on the date, before a party post -------

def test_state_office_on_the_date_codes_a_party_leader(kb: KnowledgeBase) -> None:
    text = "Presiden Prabowo dalam pidatonya menekankan, Pancasila harus dijalankan. Prabowo Subianto menambahkan."
    found = actors(text, kb, "2025-06-01")
    assert at(found, "Prabowo Subianto").code == "IDN"
    assert at(found, "Prabowo Subianto").role == "head_of_state"
    assert at(actors("Prabowo Subianto menambahkan.", kb, "2019-01-10"), "Prabowo").code == "IDN.GERINDRA"


# -- 3. an undated article's bare office: the holder the article itself points to ---------------

def test_undated_bare_title_prefers_a_holder_the_article_names(kb: KnowledgeBase) -> None:
    text = (
        "Presiden Iran memperingatkan Israel akan membalas serangan itu.\n"
        "Presiden Iran Ebrahim Raisi menyampaikan hal itu di Teheran."
    )
    bare = at(actors(text, kb, None), "Presiden Iran")
    assert bare.name == "Ebrahim Raisi"
    assert "undated article" in bare.reason


def test_undated_bare_title_follows_the_year_the_text_mentions_most(kb: KnowledgeBase) -> None:
    text = "Presiden Iran memperingatkan Israel dalam pidato pada 2022. Sanksi baru berlaku sejak Juli 2022."
    assert at(actors(text, kb, None), "Presiden Iran").name == "Ebrahim Raisi"
    dated = at(actors(text, kb, "2025-01-01"), "Presiden Iran")
    assert dated.name == "Masoud Pezeshkian"  # a publication date outranks the years in the text


def test_a_reference_date_the_caller_gives_outranks_the_dates_in_the_text(kb: KnowledgeBase) -> None:
    text = "Presiden Iran memperingatkan Israel dalam pidato pada 2022. Sanksi baru berlaku sejak Juli 2022."
    doc = Doc(doc="t", text=text, raw=text, origin="t", content_hash="")
    pack = load_pack("id")
    assert at(recognise_actors(doc, kb, pack), "Presiden Iran").reason.endswith("on 2022-07")
    given = at(recognise_actors(doc, kb, pack, reference="2025-01-01"), "Presiden Iran")
    assert given.name == "Masoud Pezeshkian" and given.reason.endswith("on 2025-01-01")


# -- 4. a title without a country takes no wrong default --------------------------------------

def test_person_introduced_with_a_country_keeps_it_in_a_bare_title(kb: KnowledgeBase) -> None:
    text = (
        "Dalam acara itu, undangan itu disampaikan langsung oleh Perdana Menteri (PM) Kanada, Lorne Hartley. "
        "PM Lorne Hartley juga menyebut Indonesia mitra penting di Jakarta."
    )
    later = at(actors(text, kb, "2025-06-01"), "PM Lorne")
    first = text.index("Perdana")
    assert (later.code, later.name, later.antecedent) == ("CAN", "Lorne Hartley", (first, text.index(".", first)))


def test_foreign_office_in_a_domestic_article_takes_no_home_default(kb: KnowledgeBase) -> None:
    text = "Presiden Joko Widodo menerima Perdana Menteri Lorne Hartley di Istana Kepresidenan Bogor, Jawa Barat."
    found = actors(text, kb, "2019-07-15")
    assert at(found, "Perdana Menteri").code is None
    assert at(found, "Presiden Joko").code == "IDN"


# -- 10. names stop at places, titles and common words ----------------------------------------

def test_region_after_a_local_title_is_no_part_of_the_name(kb: KnowledgeBase) -> None:
    text = "Hal itu disampaikan oleh Bupati Sleman Joko Tri saat ditemui di kantornya, sedangkan Kapolres Malang tidak hadir."
    found = actors(text, kb, "2025-03-01")
    regent = at(found, "Bupati Sleman")
    assert (regent.name, regent.code, regent.role) == ("Joko Tri", "IDN", "regent")
    assert at(found, "Kapolres Malang").kind == "official"


def test_a_ministers_name_may_be_a_place(kb: KnowledgeBase) -> None:
    # "Bima" is a regency; after a minister's title it starts the (unknown) name
    text = "Hal itu disampaikan oleh Wakil Menteri Dalam Negeri Bima Hartono saat ditemui di kantornya."
    deputy = at(actors(text, kb, "2025-03-01"), "Wakil Menteri")
    assert (deputy.name, deputy.role, deputy.entity) == ("Bima Hartono", "deputy_minister", None)
    known = "Hal itu disampaikan oleh Wakil Menteri Dalam Negeri Bima Arya saat ditemui di kantornya."
    assert at(actors(known, kb, "2025-03-01"), "Wakil Menteri").role == "deputy_minister"


def test_a_word_the_article_writes_in_lower_case_is_no_name(kb: KnowledgeBase) -> None:
    text = (
        "20 Komandan Tewas di Perbatasan\n"
        "Sebanyak 20 komandan pasukan tewas dalam serangan udara di perbatasan itu."
    )
    assert not [m for m in actors(text, kb, "2025-06-14") if m.name == "Tewas"]


# -- 8. the government: the home state in a domestic article, else the state named after it -----

def test_government_is_the_home_state_in_a_domestic_article(kb: KnowledgeBase) -> None:
    text = (
        "Langkah ini sejalan dengan upaya pemerintah untuk menjadikan sektor pertanian sebagai motor "
        "pertumbuhan ekonomi, kata Menteri Pertanian di Jakarta."
    )
    gov = at(actors(text, kb, "2025-03-01"), "pemerintah")
    assert (gov.code, gov.kind, gov.sector) == ("IDN", "state", "GOV")


def test_government_of_a_named_state_is_that_state(kb: KnowledgeBase) -> None:
    text = "Bentrokan mematikan terjadi antara tentara pemerintah Filipina dan ISIS di kota selatan Marawi."
    gov = at(actors(text, kb, "2017-05-24"), "pemerintah")
    assert (gov.text, gov.code, gov.kind) == ("pemerintah Filipina", "PHL", "state")


def test_bare_government_in_a_foreign_article_has_no_state(kb: KnowledgeBase) -> None:
    text = "Iran dan Israel saling menyerang. Di Teheran, pemerintah menyatakan Iran tidak akan mundur dari Israel."
    gov = at(actors(text, kb, "2025-06-14"), "pemerintah")
    assert gov.code is None


# -- 9. a party name several states use: the article's country decides -------------------------

def test_party_name_follows_the_articles_country(kb: KnowledgeBase) -> None:
    us = (
        "Sebanyak 15 persen dari pendukung Partai Demokrat berkeinginan agar militer AS terlibat dalam "
        "konflik Israel-Iran, sementara Presiden AS Donald Trump belum memutuskan."
    )
    assert at(actors(us, kb, "2025-06-20"), "Partai Demokrat").code == "USA.DEM"
    home = "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono mengatakan Partai Demokrat mendukung Presiden Prabowo."
    assert at(actors(home, kb, "2025-01-01"), "Partai Demokrat", 0).code == "IDN.DEMOKRAT"


# -- a body or place the KB does not know between a title and the name -------------------------

def test_unknown_body_acronym_between_title_and_name(kb: KnowledgeBase) -> None:
    text = "Dalam kesempatan itu, Sekjen PSSI, Yunus Nusi, memastikan timnas siap. Yunus juga menyebut jadwal."
    found = actors(text, kb, "2025-11-01")
    sekjen = at(found, "Sekjen PSSI")
    assert (sekjen.name, sekjen.role) == ("Yunus Nusi", "secretary_general")
    assert at(found, "Yunus").name == "Yunus Nusi"


def test_foreign_place_between_title_and_name_gives_the_state(kb: KnowledgeBase) -> None:
    text = "Ia unggul beberapa poin dari mantan Gubernur New York, Andrew Cuomo, yang kini maju."
    cuomo = at(actors(text, kb, "2025-11-05"), "Gubernur New York")
    assert (cuomo.name, cuomo.code, cuomo.role) == ("Andrew Cuomo", "USA", None)


def test_head_of_an_unknown_body_is_no_head_of_state(kb: KnowledgeBase) -> None:
    text = "Presiden UFW, Teresa Romero, menambahkan bahwa pekerja di California dirugikan kebijakan Trump."
    romero = at(actors(text, kb, "2025-06-01"), "Presiden UFW")
    assert (romero.name, romero.role) == ("Teresa Romero", "official")


def test_envoy_host_only_for_diplomats(kb: KnowledgeBase) -> None:
    text = "Hal itu disampaikan perdana menteri Malaysia Anwar Ibrahim dan wakil presiden AS di Manila."
    vice = at(actors(text, kb, "2023-05-01"), "wakil presiden AS")
    assert vice.text == "wakil presiden AS" and vice.code == "USA"


def test_unknown_organisation_after_a_title_is_no_name_and_no_state_office(kb: KnowledgeBase) -> None:
    # a union the KB does not know (it now knows KSPSI, the earlier example)
    text = (
        "Buruh minta dipercepat. Presiden Konfederasi Persatuan Buruh Indonesia (KPBI), "
        "Ilhamsyah, mengatakan buruh menolak."
    )
    head = at(actors(text, kb, "2025-06-01"), "Presiden Konfederasi")
    assert (head.name, head.role, head.code) == ("Ilhamsyah", "official", None)
    bare = "Ia mengakui dirinya sebagai Komandan Batalyon Hetobia Kodap III di bawah pimpinan Aibon."
    commander = at(actors(bare, kb, "2025-06-01"), "Komandan Batalyon")
    assert commander.kind == "official" and commander.name == "Komandan Batalyon Hetobia Kodap III"


# -- 2. titles in lower case, and English possessives and genitives ------------------------------

def test_lower_case_titles_resolve(kb: KnowledgeBase) -> None:
    text = "Hal itu disampaikan presiden Duterte kepada menteri luar negeri Singapura di Manila."
    found = actors(text, kb, "2017-05-01")
    assert at(found, "presiden Duterte").code == "PHL"
    assert at(found, "menteri luar negeri Singapura").code == "SGP"


def test_english_state_possessive_and_genitive(kb: KnowledgeBase) -> None:
    text = "Iran's foreign minister said the government of Malaysia agreed."
    found = actors(text, kb, "2019-07-15", "en")
    assert at(found, "Iran's").code == "IRN" and at(found, "Iran's").role == "foreign_minister"
    assert (at(found, "government").text, at(found, "government").code) == ("government of Malaysia", "MYS")


# -- offices that are not today's holder --------------------------------------------------------

def test_title_inside_another_noun_is_no_office_holder(kb: KnowledgeBase) -> None:
    text = "Hal itu telah diatur dalam Peraturan Presiden (Perpres) Nomor 82 Tahun 2018 tentang Jaminan Kesehatan."
    assert not [m for m in actors(text, kb, "2025-07-12") if m.kind in ("person", "official")]


def test_ordinal_title_is_a_past_holder(kb: KnowledgeBase) -> None:
    text = "Sebelumnya, presiden ke-7 RI itu mengatakan hal serupa kepada Presiden Prabowo."
    found = actors(text, kb, "2025-05-01")
    past = at(found, "presiden ke-7")
    assert past.kind == "official" and past.entity is None
    assert at(found, "Presiden Prabowo").name == "Prabowo Subianto"


def test_traditional_title_of_a_region_is_no_head_of_state(kb: KnowledgeBase) -> None:
    text = "Jenazah dibawa dengan ambulans ke Makam Raja-Raja Mataram di Imogiri, Yogyakarta."
    assert not [m for m in actors(text, kb, "2025-11-02") if m.kind in ("person", "official")]


def test_company_executive_is_no_state_official(kb: KnowledgeBase) -> None:
    text = "Ini bukti nyata kepastian hukum di Indonesia, kata Presiden Direktur PT GMTD Tbk, Ali Said."
    boss = at(actors(text, kb, "2025-11-07"), "Presiden Direktur")
    assert (boss.name, boss.code, boss.role) == ("Ali Said", None, "official")


def test_english_state_before_a_body(kb: KnowledgeBase) -> None:
    text = "The Indonesian government said Russia's Foreign Ministry agreed."
    found = actors(text, kb, "2019-07-15", "en")
    assert (at(found, "Indonesian").code, at(found, "Indonesian").kind) == ("IDN", "state")
    assert (at(found, "Russia's").code, at(found, "Russia's").text) == ("RUS", "Russia's Foreign Ministry")


def test_known_premier_keeps_his_state_in_a_bare_title(kb: KnowledgeBase) -> None:
    text = (
        "Presiden Joko Widodo (Jokowi) menerima kunjungan kerja Perdana Menteri (PM) Papua Nugini James Marape "
        "di Istana Kepresidenan Bogor. PM James Marape menyampaikan terima kasih."
    )
    later = at(actors(text, kb, "2019-07-15"), "PM James")
    assert (later.code, later.name) == ("PNG", "James Marape")
