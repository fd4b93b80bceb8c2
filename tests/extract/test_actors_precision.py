"""Actor recognition precision on unseen news: names cut wrongly by honorifics and corps, staffers
taken for their principal, a union's president taken for a head of state, numerals taken for
names. Sentences are real ones from Kompas articles (shortened)."""

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


def actors(text: str, kb: KnowledgeBase, published: str | None = "2025-06-10") -> list[Mention]:
    doc = Doc(doc="t", text=text, raw=text, origin="t", content_hash="", published=published)
    return recognise_actors(doc, kb, load_pack("id"))


def test_union_president_is_no_head_of_state(kb: KnowledgeBase) -> None:
    text = (
        "Senada dengan Andi, Presiden Konfederasi Serikat Pekerja Indonesia (KSPI), Said Iqbal, "
        "meminta gelar itu diberikan tahun ini."
    )
    iqbal = next(m for m in actors(text, kb) if m.name == "Said Iqbal")
    assert (iqbal.code, iqbal.role) == ("IDN.KSPI", "official")


def test_roman_numeral_is_no_short_name(kb: KnowledgeBase) -> None:
    text = "Ketua Komisi XI DPR RI Mukhamad Misbakhun menilai kebijakan cukai harus hati-hati."
    assert not [m for m in actors(text, kb) if "XI" in m.text]
    assert [m.name for m in actors("Presiden China Xi Jinping tiba di Moskwa.", kb) if m.kind == "person"] == ["Xi Jinping"]


def test_national_is_part_of_a_ministers_portfolio(kb: KnowledgeBase) -> None:
    text = (
        "Inggris menjatuhkan sanksi kepada Menteri Keuangan Israel Bezalel Smotrich dan Menteri Keamanan "
        "Nasional Itamar Ben-Gvir."
    )
    minister = next(m for m in actors(text, kb) if m.text.startswith("Menteri Keamanan"))
    assert minister.name == "Itamar Ben-Gvir"
    assert minister.code == "ISR"


def test_form_of_address_is_no_name(kb: KnowledgeBase) -> None:
    text = '"Senang berjumpa dengan Duta Besar Jerman untuk Indonesia, Ibu Ina Lepel, di akhir pekan ini," tulisnya.'
    envoy = next(m for m in actors(text, kb) if m.role == "ambassador")
    assert envoy.text.endswith("Ibu Ina Lepel")
    assert (envoy.name, envoy.code) == ("Ina Lepel", "DEU")
    text = "Kita mendoakan Presiden RI, Bapak Prabowo Subianto. Saya sejak awal mendukung."
    assert next(m for m in actors(text, kb) if m.role == "head_of_state").name == "Prabowo Subianto"


def test_corps_after_a_rank_is_no_part_of_the_name(kb: KnowledgeBase) -> None:
    text = (
        "Pilot yang baru saja mendarat, yakni Letkol Pnb Putut Satriya Yoni, Mayor Pnb Riki Sihaloho, "
        "dan Kapten Pnb Indra Kusuma Nugrah. "
        "Komandan Batalyon Arhanud 10/ABC Kolonel Arh Tamaji menyampaikan harapannya. "
        "Kepala Penerangan Kogabwilhan III Kolonel Czi IGN Suriastawa menyebut kelompok itu menyerang."
    )
    found = actors(text, kb)
    names = {m.name for m in found if m.kind == "person"}
    assert not [m for m in found if m.text.startswith("Nugrah")]
    assert {"Indra Kusuma Nugrah", "Putut Satriya Yoni", "Riki Sihaloho", "Tamaji", "IGN Suriastawa"} <= names
    assert not [n for n in names if n and n.split()[0] in ("Pnb", "Arh", "Czi")]


def test_staffer_or_aide_is_not_the_office_holder(kb: KnowledgeBase) -> None:
    text = (
        "Delapan orang itu adalah Staf Khusus Bupati Kudus Agus Soeranto (ATO), ajudan Bupati Kabupaten "
        "Kudus Uka Wisnu Sejati (UWS)."
    )
    assert not [m for m in actors(text, kb, "2019-07-27") if m.role == "regent"]


def test_one_word_alias_inside_a_longer_name_is_not_that_person(kb: KnowledgeBase) -> None:
    text = (
        "Setibanya di lokasi, Prabowo langsung disambut Jokowi dan istrinya, Iriana Jokowi yang sudah "
        "berdiri di depan gerbang. Pesawat terbang dari Bandara Dhoho Kediri pukul 12.30 WIB dan tiba di "
        "Bandara Soekarno Hatta pukul 14.00 WIB. Dalam audiensinya, Ketua Umum AGTI Anne Patricia Sutanto "
        "mengatakan komitmennya."
    )
    found = actors(text, kb)
    assert [m.text for m in found if m.name == "Joko Widodo"] == ["Jokowi"]  # the first, not Iriana's
    assert not [m for m in found if m.name == "Sukarno"]
    assert [m.name for m in found if m.text.startswith("Ketua Umum AGTI")] == ["Anne Patricia Sutanto"]


def test_one_word_alias_after_a_verb_or_form_of_address_stays(kb: KnowledgeBase) -> None:
    text = (
        '"Ada yang sepatunya rusak?" Tanya Wihaji kepada peserta upacara, Senin. Kabar ini disampaikan '
        "setelah pertemuan dengan Pak Jokowi di Solo."
    )
    names = [m.name for m in actors(text, kb) if m.kind == "person"]
    assert "Wihaji" in names
    assert "Joko Widodo" in names


def test_party_office_of_the_person_just_named_is_that_person_not_a_second_actor(kb: KnowledgeBase) -> None:
    text = (
        "Dalam acara tersebut, Macron menyematkan pin tanda jasa di dada kiri Prabowo dan mengalungkan "
        "selempang kepada Ketua Umum Partai Gerindra tersebut.\n\n"
        "Setelah penyematan penghargaan, keduanya berpelukan dan bersalaman."
    )
    found = actors(text, kb, "2025-07-15")
    chair = next(m for m in found if m.text.startswith("Ketua Umum Partai Gerindra"))
    assert (chair.name, chair.code) == ("Prabowo Subianto", "IDN.GERINDRA")
    pair = next(m for m in found if m.text == "keduanya")
    assert (pair.code, pair.name) == ("FRA|IDN", "Emmanuel Macron|Prabowo Subianto")


def test_bare_minister_with_a_portfolio_is_no_minister_of_another(kb: KnowledgeBase) -> None:
    text = (
        "Rapat dihadiri Menteri Luar Negeri Sugiono. Kerja sama itu dibahas bersama Menteri Pertanian "
        "dan Menteri Perencanaan Pembangunan Nasional/Kepala Bappenas."
    )
    found = actors(text, kb, "2025-06-10")
    farm = next(m for m in found if m.text.startswith("Menteri Pertanian"))
    assert farm.name == "Andi Amran Sulaiman"
    plan = next(m for m in found if m.text.startswith("Menteri Perencanaan"))
    assert plan.name != "Sugiono"
    assert plan.role == "minister"


def test_title_with_a_term_that_ended_is_a_past_holder(kb: KnowledgeBase) -> None:
    text = (
        "Sebelumnya diberitakan, Menteri Perdagangan (Mendag) 2015-2016, Thomas Trikasih Lembong "
        "divonis 4,5 tahun penjara."
    )
    minister = next(m for m in actors(text, kb, "2025-07-20") if m.text.startswith("Menteri Perdagangan"))
    assert minister.name != "Budi Santoso"
    assert minister.role is None


def test_short_acronym_written_as_initials_elsewhere_or_abbreviating_other_words(kb: KnowledgeBase) -> None:
    text = (
        "DEPOK, KOMPAS.com - Warga Depok berinisial MA (30) alias Tempe, ditangkap polisi. "
        "Namun, belum sempat menjalankan aksinya, MA telah diciduk Polsek Tajurhalang. "
        "Lulusan SMA/SMK/MA atau sederajat, Sekolah Menengah Atas (SMA) atau Madrasah Aliyah (MA) boleh "
        "mendaftar. Besaran Pajak Kendaraan Bermotor (PKB) di wilayah DKI Jakarta naik."
    )
    found = actors(text, kb)
    assert not [m for m in found if m.text in ("MA", "PKB")]
    kept = "Mahkamah Agung (MA) menyatakan keduanya bersalah. Indonesia memperkuat peran World Trade Organization (WTO)."
    codes = {m.text: m.code for m in actors(kept, kb)}
    assert codes.get("WTO") == "WTO"
    assert codes.get("Mahkamah Agung") == "IDN"


def test_wni_is_the_indonesian_state_as_warga_negara_indonesia_is(kb: KnowledgeBase) -> None:
    text = "Kementerian Luar Negeri menyebutkan, warga negara Indonesia (WNI) di Iran akan dievakuasi."
    assert [m.code for m in actors(text, kb) if m.text == "WNI"] == ["IDN"]


def test_state_name_inside_a_longer_proper_name_is_no_actor(kb: KnowledgeBase) -> None:
    text = (
        "Presiden Jokowi yang didampingi sejumlah menteri Kabinet Indonesia Maju menerima PM James Marape. "
        "Ia mendapat beasiswa penuh program Kartu Indonesia Pintar (KIP). Ia didampingi kuasa hukumnya "
        "Hotman Paris Hutapea. Ibu Negara Prancis Brigitte Macron turut hadir."
    )
    found = actors(text, kb, "2023-07-01")
    assert not [m for m in found if m.kind == "state" and m.text in ("Indonesia", "Paris")]
    spouse = next(m for m in found if m.text.startswith("Ibu Negara Prancis"))
    assert (spouse.name, spouse.code) == ("Brigitte Macron", "FRA")
    assert not [m for m in found if m.name == "Emmanuel Macron"]


def test_person_in_a_fronted_prepositional_phrase_is_not_the_pronouns_antecedent(kb: KnowledgeBase) -> None:
    text = (
        "Menteri Luar Negeri Jerman Johann Wadephul turut menegaskan bahwa kondisi di Gaza tidak dapat "
        "dibenarkan.\n\nDalam pertemuan dengan Menteri Luar Negeri Spanyol di Madrid, ia menyerukan agar "
        "proses negosiasi segera dimulai.\n\nKetika Wadephul tiba di Berlin, ia langsung memberi keterangan."
    )
    found = actors(text, kb, "2025-06-01")
    pronouns = [m for m in found if m.text == "ia"]
    assert [m.name for m in pronouns] == ["Johann Wadephul", "Johann Wadephul"]


def test_capitalised_kepala_negara_is_the_home_head_of_state(kb: KnowledgeBase) -> None:
    text = (
        '"Pokoknya enggak ada masalah, karena itu kita bayar mungkin Rp 1,2 triliun per tahun," ujar '
        "Kepala Negara.\n\nDikutip dari siaran pers Sekretariat Presiden, Kepala Negara dan Presiden "
        "Tharman bertemu di Istana."
    )
    found = actors(text, kb, "2025-11-04")
    assert [m.name for m in found if m.text == "Kepala Negara"] == ["Prabowo Subianto", "Prabowo Subianto"]


def test_kedua_negara_is_the_pair_the_article_names_as_a_pair(kb: KnowledgeBase) -> None:
    text = (
        "KUALA LUMPUR, KOMPAS.com - Perang Thailand-Kamboja membayangi KTT ASEAN di Kuala Lumpur, Malaysia.\n"
        "Malaysia akan menjamu lebih dari 30 kepala negara, termasuk Presiden Amerika Serikat Donald Trump.\n"
        "Malaysia, China, dan AS menengahi perjanjian gencatan senjata yang mulai berlaku pada 29 Juli.\n"
        "Thailand menuduh Kamboja menanam ranjau darat. Kamboja membantah tuduhan itu.\n"
        "Trump akan mengawasi penandatanganan kesepakatan damai permanen Thailand-Kamboja di sela KTT ASEAN.\n"
        "Sebelumnya, ia mengancam akan menaikkan tarif perdagangan bagi kedua negara bila konflik berlanjut."
    )
    pair = next(m for m in actors(text, kb, "2025-10-25") if m.text == "kedua negara")
    assert pair.code == "THA|KHM"


def test_common_noun_before_a_name_is_not_part_of_it(kb: KnowledgeBase) -> None:
    text = (
        "KOMPAS.com -- Komedian Edwin Super Bejo mengenang masa-masa kelam ketika dirinya berada di puncak "
        'popularitas. Acara ini juga akan menghadirkan komedian lain. "Alhamdulillah, akhirnya sadar," '
        "kata Edwin."
    )
    names = {m.name for m in actors(text, kb) if m.kind == "person"}
    assert "Edwin Super Bejo" in names
    assert not [n for n in names if n and n.startswith("Komedian")]


def test_place_before_a_name_is_not_part_of_it(kb: KnowledgeBase) -> None:
    text = (
        "JAKARTA, KOMPAS.com - Anggota DPR RI dari daerah pemilihan (Dapil) Papua Yan Mandenas menyebut, "
        "banyak tambang ilegal di Papua dibeking oknum. \"Ada tambang emas di Yahukimo dan beberapa "
        'kabupaten lain di Papua," kata Mandenas, dalam keterangannya.'
    )
    names = {m.name for m in actors(text, kb) if m.kind == "person"}
    assert "Yan Mandenas" in names
    assert "Papua Yan Mandenas" not in names
