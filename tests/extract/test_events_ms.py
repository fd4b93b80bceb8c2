"""Malay is data: Bernama-style paragraphs through `warta.pipeline.process` with lang/ms.

Malay news shares most words with Indonesian news; lang/ms holds what differs: verbs ("menggesa",
"menyokong", "memberkas", "mengenakan sekatan"), a phone call ("perbualan telefon"), titles and
honorifics ("Timbalan Perdana Menteri", "Datuk Seri"), and words whose Indonesian reading is wrong
("apabila" is "when", "mendakwa" is "to claim").
"""

from __future__ import annotations

import pytest
from events_helpers import keys

from warta.model import Article, Event
from warta.pipeline import process
from warta.resources import Resources

PUBLISHED = "2024-03-12"  # a Tuesday


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources.load()


def events_of(text: str, resources: Resources) -> list[Event]:
    result = process(Article(doc="ms", text=text, origin="test", published=PUBLISHED), resources)
    assert result.doc.language == "ms"
    return list(result.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KUALA LUMPUR, 12 Mac (Bernama) -- Perdana Menteri Datuk Seri Anwar Ibrahim bertemu dengan Presiden "
         "Indonesia Joko Widodo di Putrajaya hari ini bagi membincangkan isu perdagangan.",
         ("CONSULT", "IDN", "MYS", False)),
        ("PUTRAJAYA, 12 Mac (Bernama) -- Kerajaan Malaysia mengecam sekeras-kerasnya serangan Israel ke atas "
         "Gaza yang mengorbankan ratusan orang awam.", ("ACCUSE", "MYS", "ISR", False)),
        ("KUALA LUMPUR, 12 Mac (Bernama) -- Malaysia menggesa Myanmar menghentikan keganasan terhadap etnik "
         "Rohingya, kata Wisma Putra dalam satu kenyataan semalam.", ("REQUEST", "MYS", "MMR", False)),
        ("KUALA LUMPUR, 12 Mac (Bernama) -- Polis Diraja Malaysia memberkas tiga suspek militan Jemaah "
         "Islamiyah di Johor semalam.", ("COERCE", "MYS", "IDN.JI", False)),
        ("WASHINGTON, 12 Mac (Bernama) -- Amerika Syarikat mengenakan sekatan baharu terhadap Rusia pada Isnin "
         "susulan pencerobohan ke atas Ukraine.", ("SANCTION", "USA", "RUS", False)),
        ("BEIJING, 12 Mac (Bernama) -- Menteri Luar China Wang Yi mengadakan perbualan telefon dengan Menteri "
         "Luar Negeri Malaysia Datuk Seri Mohamad Hasan pada Selasa.", ("CONSULT", "CHN", "MYS", False)),
        ("KUALA LUMPUR, 12 Mac (Bernama) -- Malaysia menyokong penuh usaha Qatar dan Mesir untuk menamatkan "
         "perang di Gaza, kata Wisma Putra dalam satu kenyataan hari ini.", ("SUPPORT", "MYS", "QAT", False)),
        # a courtesy call "ke atas" a person: the person's state is visited
        ("KUALA LUMPUR, 12 Mac (Bernama) -- Timbalan Perdana Menteri Datuk Seri Ahmad Zahid Hamidi mengadakan "
         "kunjungan hormat ke atas Presiden Singapura Tharman Shanmugaratnam semalam.",
         ("CONSULT", "MYS", "SGP", False)),
        # "apabila" is "when": the meeting is told, not supposed
        ("KUALA LUMPUR, 12 Mac (Bernama) -- Apabila Presiden Indonesia Prabowo Subianto tiba di Kuala Lumpur "
         "semalam, beliau bertemu dengan Perdana Menteri Anwar Ibrahim.", ("CONSULT", "IDN", "MYS", False)),
    ],
)  # fmt: skip
def test_malay_paragraphs(text: str, expected: tuple[str, str, str, bool], resources: Resources) -> None:
    assert expected in keys(events_of(text, resources))


def test_malay_honorifics_stay_inside_the_person(resources: Resources) -> None:
    text = (
        "PUTRAJAYA, 12 Mac (Bernama) -- Perdana Menteri Datuk Seri Anwar Ibrahim mengadakan perbualan "
        "telefon dengan Presiden Iran Masoud Pezeshkian pada Ahad."
    )
    events = events_of(text, resources)
    assert {(e.source_actor, e.target_actor) for e in events} == {("Anwar Ibrahim", "Masoud Pezeshkian")}
    assert {(e.mode, e.date) for e in events} == {("phone", "2024-03-10")}


@pytest.mark.parametrize(
    "text",
    [
        # a plan denied
        "KUALA LUMPUR, 12 Mac (Bernama) -- Malaysia tidak akan menghantar tentera ke Ukraine, kata Menteri "
        "Pertahanan Datuk Seri Mohamed Khaled Nordin.",
        # "mendakwa" is to claim, not to indict
        "KUALA LUMPUR, 12 Mac (Bernama) -- Anwar mendakwa bahawa Israel melakukan jenayah perang di Gaza.",
        # a plan ("dijadual")
        "KUALA LUMPUR, 12 Mac (Bernama) -- Perdana Menteri Anwar Ibrahim dijadual bertemu Presiden Amerika "
        "Syarikat Joe Biden di Washington minggu depan.",
    ],
)
def test_malay_nothing_asserted(text: str, resources: Resources) -> None:
    assert events_of(text, resources) == []


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("minggu lepas", "2024-03"),
        ("tahun lepas", "2023"),
        ("kelmarin", "2024-03-11"),
        ("pada Ogos 2014", "2014-08"),
    ],
)
def test_malay_dates(when: str, date: str, resources: Resources) -> None:
    text = (
        f"WASHINGTON, 12 Mac (Bernama) -- Amerika Syarikat mengenakan sekatan baharu terhadap Rusia {when}."
    )
    assert {e.date for e in events_of(text, resources)} == {date}


def test_malay_quote_after_memberitahu_bahawa(resources: Resources) -> None:
    text = (
        "KUALA LUMPUR, 5 Jun (Bernama) -- Perdana Menteri Datuk Seri Anwar Ibrahim berkata Malaysia mengutuk "
        "sekeras-kerasnya serangan Israel ke atas Rafah.\n\n"
        'Menteri Luar Negeri Datuk Seri Mohamad Hasan pula memberitahu bahawa "Malaysia akan terus '
        'menyuarakan bantahan di Pertubuhan Bangsa-Bangsa Bersatu."'
    )
    result = process(Article(doc="ms", text=text, origin="test", published=PUBLISHED), resources)
    assert [(q.speaker, q.speaker_code) for q in result.quotes] == [("Mohamad Hasan", "MYS")]
