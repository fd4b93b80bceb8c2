"""Hand-built Results from real seed sentences, so store tests do not depend on the extract stages."""

from __future__ import annotations

import hashlib

from warta.model import Doc, Event, Mention, Quote, Result

DEHQAN = "Pertemuan antara Menteri Pertahanan Iran dan Vladimir Putin digelar di ibukota Rusia, Moskow pada Selasa (16/02)."
SHOIGU = "Saya yakin pertemuan kami akan membantu memperkuat kerja sama militer"


def make_result(
    doc: str, raw: str, *, published: str | None = "2016-02-18", outlet: str | None = "ArrahmahNews"
) -> Result:
    text = raw.strip()
    d = Doc(
        doc=doc,
        text=text,
        raw=raw,
        origin=f"samples/{doc}.txt",
        content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        title="Rusia-Iran Tingkatkan Kerjasama Basmi Teroris",
        language="id",
        outlet=outlet,
        published=published,
        dateline="Moskow",
        removed=("(Baca juga: Iran Mampu Hancurkan Saudi Dalam Waktu 24 Jam)",),
        reasons={"published": "dateline '18 Februari 2016'"},
    )
    start = text.find("Pertemuan")
    event = Event(
        type="CONSULT",
        mode="visit",
        source="IRN",
        target="RUS",
        source_actor="Hossein Dehqan",
        target_actor="Vladimir Putin",
        date="2016-02-16",
        location="Moskow",
        evidence=DEHQAN,
        start=max(start, 0),
        end=max(start, 0) + len(DEHQAN),
        trigger="Pertemuan",
        reasons={"date": "weekday+day/month '(Selasa (16/02)'"},
    )
    quote = Quote(
        text=SHOIGU, speaker="Sergei Shoigu", speaker_code="RUS.MIL", speaker_role="Menteri Pertahanan"
    )
    mention = Mention(start=0, end=4, text="Iran", code="IRN", kind="state", antecedent=(10, 14))
    return Result(doc=d, events=(event,), quotes=(quote,), mentions=(mention,), cited_sources=("TASS",))
