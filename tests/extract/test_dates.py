"""Date expressions resolved against the article's anchor, on sentences from real articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.extract import dates
from warta.extract.dates import DateContext, ResolvedDate
from warta.extract.sentences import split_sentences
from warta.lang import load_pack
from warta.model import Doc

ID = load_pack("id")


def context(
    text: str, published: str | None = None, url: str | None = None, copyright_year: int | None = None
):
    doc = Doc(
        doc="t",
        text=text,
        raw=text,
        origin="test",
        content_hash="",
        url=url,
        published=published,
        copyright_year=copyright_year,
    )
    sentences = split_sentences(text, ID)
    return DateContext.for_doc(doc, sentences, ID), sentences


def resolved(text: str, published: str | None = "2016-02-18", **kw) -> list[ResolvedDate]:
    ctx, sentences = context(text, published, **kw)
    return [e for s in sentences for e in ctx.expressions(s)]


def values(text: str, published: str | None = "2016-02-18", **kw) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in resolved(text, published, **kw)]


# ---- anchors -------------------------------------------------------------------------------


def test_anchor_is_the_day_precise_publication_date():
    ctx, _ = context("Dehqan juga mengadakan pembicaraan pada Selasa.", "2016-02-18")
    assert ctx.anchor is not None and ctx.anchor.iso() == "2016-02-18"
    assert "publication" in ctx.anchor_reason


def test_copyright_year_and_weekday_fix_the_anchor():
    text = (
        "New York (ANTARA News) - Perdana Menteri (PM) Inggris David Cameron berusaha memenangkan kerja sama "
        "dengan Presiden Iran Hassan Rouhani, Rabu (24/9), dalam pertemuan pertama.\n"
        "Amerika Serikat dan negara-negara sekutunya di Arab meluncurkan serangan pertama terhadap pejuang IS "
        "di Suriah pada Selasa.\nCopyright © ANTARA 2014"
    )
    ctx, sentences = context(text, None, copyright_year=2014)
    assert ctx.anchor is not None and ctx.anchor.iso() == "2014-09-24"
    assert "Rabu (24/9)" in ctx.anchor_reason and "copyright" in ctx.anchor_reason
    assert [e.value for e in ctx.expressions(sentences[1])] == ["2014-09-23"]


def test_year_only_publication_with_a_full_date_in_the_text():
    text = "Menurutnya, Indonesia menyampaikan nota protes, kata Retno kepada wartawan, Jumat (20/2/2015)."
    ctx, _ = context(text, "2015")
    assert ctx.anchor is not None and ctx.anchor.iso() == "2015-02-20"


def test_reporting_date_beats_a_scheduled_date():
    text = (
        '"Keberangkatan dijadwalkan pada Jumat, 20 Juni 2025, menuju Baku," kata Kristomei dalam siaran pers, '
        "Kamis (19/6/2025).\n"
        "Para WNI akan pulang ke Indonesia menggunakan pesawat komersial pada Minggu (22/6/2025)."
    )
    ctx, sentences = context(text, None)
    assert ctx.anchor is not None and ctx.anchor.iso() == "2025-06-19"
    scheduled = ctx.expressions(sentences[0])[0]
    assert scheduled.value == "2025-06-20" and scheduled.future


def test_url_date_is_an_anchor():
    ctx, _ = context(
        "Presiden Jokowi menerima PM Suga pada Selasa.",
        None,
        url="https://www.suara.com/news/2020/10/20/143020/jokowi-terima-pm-jepang",
    )
    assert ctx.anchor is not None and ctx.anchor.iso() == "2020-10-20"


def test_no_anchor_leaves_relative_dates_null_but_resolves_absolute_ones():
    text = (
        "Putin mengumumkan pada sesi Majelis Umum PBB pada hari Senin bahwa pusat tersebut akan didirikan.\n"
        "Beijing meratifikasinya pada 1996."
    )
    ctx, sentences = context(text, None)
    assert ctx.anchor is None
    monday = ctx.expressions(sentences[0])[0]
    assert monday.value is None and "no anchor" in monday.reason
    assert [e.value for e in ctx.expressions(sentences[1])] == ["1996"]


def test_weekday_fixes_the_year_after_the_latest_year_mentioned():
    text = (
        "Presiden Joko Widodo menerima kunjungan PM Papua Nugini James Marape di Istana Kepresidenan Bogor "
        "pada hari ini, Senin 15 Juli.\n"
        "Setelah pertemuan pertama pada Maret 2022, Presiden Joko Widodo memenuhi kunjungan balasan ke "
        "Papua Nugini pada Juli 2023."
    )
    ctx, _ = context(text, None)
    assert ctx.anchor is not None and ctx.anchor.iso() == "2024-07-15"
    assert "low confidence" in ctx.anchor_reason


# ---- weekday with day/month ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Pertemuan digelar di ibukota Rusia, Moskow pada Selasa (16/02).", "2016-02-18", "2016-02-16"),
        (
            "Dalam percakapan telepon yang dilakukan Minggu (29/1), kedua pemimpin membahas isu.",
            "2017-01-31",
            "2017-01-29",
        ),
        ("Galuzin kepada wartawan di Kedubes Rusia di Jakarta, Selasa (31/1).", "2017-01-31", "2017-01-31"),
        ("Nota protes disampaikan, kata Retno kepada wartawan (24/2/2015).", "2015-02-25", "2015-02-24"),
        ("Polisi menangkap empat terduga teroris, Senin, (14/10/2019).", None, "2019-10-14"),
        (
            "Eskalasi konflik antara militer Israel dan Hamas sejak Jumat (3/5/2019).",
            "2019-05-06",
            "2019-05-03",
        ),
        ("Perang Iran-Israel masih berkecamuk hingga Sabtu (14/6/2025).", None, "2025-06-14"),
        (
            "Retno Marsudi menerima sambungan telpon dari Menlu Iran Javad Zarif, Rabu (18/3/).",
            "2020-03-19",
            "2020-03-18",
        ),
    ],
)
def test_weekday_and_day_month(text: str, published: str | None, expected: str):
    assert [v for _, v in values(text, published)] == [expected]


def test_weekday_picks_the_previous_year_at_a_year_boundary():
    found = resolved("Kedua menteri bertemu di Jakarta, Kamis (29/12).", "2017-01-03")
    assert [e.value for e in found] == ["2016-12-29"]
    assert "weekday" in found[0].reason


def test_weekday_that_fits_no_year_is_said_so():
    found = resolved("Kedua menteri bertemu di Jakarta, Rabu (29/12).", "2017-01-03")
    assert found[0].value == "2017-12-29"
    assert "fits no year" in found[0].reason


def test_explicit_date_with_wrong_weekday_keeps_the_date_and_says_so():
    found = resolved("Yuliarto mengatakan hal itu, Selasa (21/7/2025) kemarin.", "2025-07-22")
    assert [e.value for e in found] == ["2025-07-21"]
    assert "does not fit" in found[0].reason


# ---- weekday alone, relative words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menteri pertahanan Iran tiba di Moskow pada hari Senin, bersama kepala delegasi.", "2016-02-15"),
        (
            "Dehqan juga mengadakan pembicaraan dengan Sergei Shoigu pada Selasa, untuk bertukar pandangan.",
            "2016-02-16",
        ),
        (
            "Presiden AS Donald Trump pada Selasa pagi bertemu dengan Presiden Ukraina Petro Poroshenko.",
            "2016-02-16",
        ),
        ("Serangan udara Israel dilaporkan terus terjadi hingga Minggu malam waktu setempat.", "2016-02-14"),
        ("Pesawat tempur itu ditembak jatuh pada Kamis.", "2016-02-18"),
        ("Menurut Suriastawa, kejadian itu terjadi kemarin.", "2016-02-17"),
        ("Pemerintah mengumumkan kebijakan itu hari ini.", "2016-02-18"),
        ("Ledakan terdengar tadi malam di pusat kota.", "2016-02-17"),
        ("Kanselir Jerman Friedrich Merz baru saja dilantik pada bulan lalu.", "2016-01"),
        ("Kesepakatan itu ditandatangani tahun lalu.", "2015"),
        ("Kerja sama itu mulai berlaku tahun ini.", "2016"),
    ],
)
def test_weekday_alone_and_relative_words(text: str, expected: str):
    assert [v for _, v in values(text)] == [expected]


def test_week_gives_its_month_only_when_the_week_lies_in_one_month():
    assert [v for _, v in values("Kedua menteri bertemu pekan lalu di Jakarta.", "2016-02-18")] == ["2016-02"]
    assert [v for _, v in values("Kedua menteri bertemu pekan lalu di Jakarta.", "2016-03-08")] == ["2016"]


def test_future_expressions_are_resolved_and_flagged():
    found = resolved(
        "Jokowi mengatakan KTT ASEAN yang digelar di Labuan Bajo dua hari lagi ingin agar kekerasan dihentikan.",
        "2023-05-07",
    )
    assert [(e.value, e.future) for e in found] == [("2023-05-09", True)]
    tariff = resolved(
        "Trump menggandakan tarif impor baja menjadi 50 persen mulai Rabu (4/6/2025).", "2025-06-02"
    )
    assert [e.value for e in tariff] == ["2025-06-04"]


def test_weekday_after_akan_points_ahead():
    found = resolved("Kedua menteri akan bertemu di Jenewa pada Jumat.", "2016-02-18")
    assert [(e.value, e.future) for e in found] == [("2016-02-19", True)]


def test_year_only_anchor_gives_the_year_for_a_weekday():
    found = resolved("Putin mengumumkan pada sesi Majelis Umum PBB pada hari Senin.", "2015")
    assert [e.value for e in found] == ["2015"]


def test_month_only_anchor():
    found = resolved("Kedua menteri bertemu di Washington pada Kamis.", "2024-02")
    assert [e.value for e in found] == ["2024-02"]


# ---- months, years, day-month, ranges ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Pada tanggal 20 Januari lalu, Rusia dan Indonesia sepakat.", "2017-01-31", ["2017-01-20"]),
        (
            "Selama kunjungan Shoigu ke Teheran pada bulan Januari 2015, kedua menteri menandatangani kesepakatan.",
            "2016-02-18",
            ["2015-01"],
        ),
        (
            "Perjanjian militer yang ditandatangani antara Iran dan Rusia pada tahun 2015.",
            "2016-02-18",
            ["2015"],
        ),
        (
            "Beijing terlibat dalam negosiasi UNCLOS, yang lalu meratifikasinya pada 1996.",
            "2017-01-10",
            ["1996"],
        ),
        ("Setelah pertemuan pertama pada Maret 2022, Jokowi memenuhi kunjungan balasan.", None, ["2022-03"]),
        ("Suga resmi menjabat pada 16 September 2020.", "2020-10-20", ["2020-09-16"]),
        ("KTT ke-42 ASEAN di Labuan Bajo, pada 9 hingga 11 Mei 2023.", "2023-05-07", ["2023-05-09"]),
        ("OTT KPK bermula pada Jumat, 26 Juli 2019 sekitar pukul 09.30 WIB.", "2019-07-27", ["2019-07-26"]),
        ("Retno menekankan pentingnya ASEAN, Kamis 30 Juli 2020.", None, ["2020-07-30"]),
        ("Serangan AS di Irak sejak awal Agustus.", "2014-09-24", ["2014-08"]),
        ("Pengumuman dibuat pada tanggal 31/1 di Jakarta.", "2017-02-02", ["2017-01-31"]),
        (
            "Tercatat 100 sanksi telah diberikan Amerika Serikat kepada Rusia sejak 2011 lalu.",
            "2022-02-25",
            ["2011"],
        ),
    ],
)
def test_months_years_and_day_months(text: str, published: str | None, expected: list[str]):
    assert [v for _, v in values(text, published)] == expected


def test_a_law_name_is_not_a_date():
    assert values("Paripurna menyetujui Perppu Nomor 2 Tahun 2017 menjadi UU.", "2017-10-24") == []


def test_week_word_is_not_a_weekday_and_counts_need_a_marker():
    assert values("Latihan bersama berlangsung selama dua minggu di Natuna.", "2016-02-18") == []


def test_vague_count_gives_no_date():
    found = resolved("Kedua negara bertemu beberapa tahun lalu.", "2016-02-18")
    assert [(e.text, e.value) for e in found] == [("beberapa tahun lalu", None)]


# ---- attachment and lead -------------------------------------------------------------------------


def test_date_for_takes_the_expression_attached_to_the_trigger():
    text = (
        "Presiden Rusia Vladimir Putin bertemu Presiden AS Barack Obama pada Senin, dan Menteri Luar Negeri "
        "Rusia Sergei Lavrov menyatakan sepakat pada Selasa."
    )
    ctx, sentences = context(text, "2015-09-30")
    sentence = sentences[0]
    meet = text.index("bertemu")
    agree = text.index("sepakat")
    assert ctx.date_for(sentence, meet)[0] == "2015-09-28"
    assert ctx.date_for(sentence, agree)[0] == "2015-09-29"


def test_date_for_prefers_the_same_clause():
    text = "Israel menyerang Gaza pada Jumat; Indonesia mengecam serangan itu."
    ctx, sentences = context(text, "2019-05-06")
    value, reason = ctx.date_for(sentences[0], text.index("mengecam"))
    assert value == "2019-05-03" and "Jumat" in reason  # the only date, even across the clause
    text2 = "Israel menyerang Gaza pada Jumat; Indonesia mengecam serangan itu pada Senin."
    ctx2, sentences2 = context(text2, "2019-05-06")
    assert ctx2.date_for(sentences2[0], text2.index("mengecam"))[0] == "2019-05-06"


def test_date_for_without_a_date_in_the_sentence():
    ctx, sentences = context("Kedua belah negara bertekad memperluas hubungan.", "2016-02-18")
    value, reason = ctx.date_for(sentences[0], 0)
    assert value is None and "no date" in reason


def test_lead_date_skips_date_stamp_lines_and_falls_back_to_the_anchor():
    text = (
        "18 Februari 2016,\n"
        "MOSKOW - Pertemuan antara Menteri Pertahanan Iran dan Vladimir Putin digelar di Moskow pada "
        "Selasa (16/02).\n"
    )
    ctx, _ = context(text, None)
    assert ctx.anchor is not None and ctx.anchor.iso() == "2016-02-18"
    assert ctx.lead_date()[0] == "2016-02-16"
    undated, _ = context("Kedua belah negara bertekad memperluas hubungan.", "2017-10-24")
    assert undated.lead_date()[0] == "2017-10-24"
    year_only, _ = context("Kedua belah negara bertekad memperluas hubungan.", "2017")
    assert year_only.lead_date() == (None, "no dated sentence")


def test_weekday_set_off_by_a_comma_is_the_reporting_date():
    text = (
        "Sanksi-sanksi Amerika Serikat terhadap Rusia akan terus diterapkan sampai Moskow menarik diri dari "
        "Ukraina timur, kata juru bicara Gedung Putih, Selasa."
    )
    found = resolved(text, "2017-06-21")
    assert [(e.value, e.future) for e in found] == [("2017-06-20", False)]


def test_expression_offsets_index_the_document():
    text = "Judul berita\nPertemuan digelar di Moskow pada Selasa (16/02), kata TASS."
    ctx, sentences = context(text, "2016-02-18")
    (expression,) = ctx.expressions(sentences[1])
    assert text[expression.start : expression.end] == expression.text == "Selasa (16/02)"


def test_english_pack_resolves_english_words():
    en = load_pack("en")
    text = "Putin met Obama in New York on Monday, a week after talks that began two days ago."
    doc = Doc(doc="t", text=text, raw=text, origin="test", content_hash="", published="2015-09-30")
    sentences = split_sentences(text, en)
    ctx = DateContext.for_doc(doc, sentences, en)
    assert [(e.text, e.value) for e in ctx.expressions(sentences[0])] == [
        ("Monday", "2015-09-28"),
        ("two days ago", "2015-09-28"),
    ]


def test_a_span_start_dates_only_the_act_right_before_it():
    text = (
        "Pemerintah Indonesia melalui Kementerian Luar Negeri mengecam keras kekerasan yang memakan korban "
        "warga sipil di Palestina menyusul eskalasi konflik antara militer Israel dan Hamas sejak Jumat (3/5/2019)."
    )
    ctx, sentences = context(text, "2019-05-06")
    (expression,) = ctx.expressions(sentences[0])
    assert expression.since and expression.value == "2019-05-03"
    value, reason = ctx.date_for(sentences[0], text.index("mengecam"))
    assert value is None and "span" in reason
    assert ctx.date_for(sentences[0], text.index("konflik"))[0] == "2019-05-03"


def test_weekday_of_next_or_last_week():
    found = resolved(
        "Amerika Serikat akan menggelar pertemuan dagang dengan delegasi China di London pada Senin pekan depan.",
        "2025-06-05",
    )
    assert [(e.text, e.value, e.future) for e in found] == [("Senin pekan depan", "2025-06-09", True)]
    assert [e.value for e in resolved("Kedua menteri bertemu Kamis pekan lalu.", "2025-06-05")] == [
        "2025-05-29"
    ]


@pytest.mark.parametrize(
    ("sentence", "may_hold"),
    [
        ("Indonesia menyampaikan nota protes, kata Retno kepada wartawan, Jumat (20/2/2015).", True),
        ("Pertemuan itu digelar pada 20 JANUARI lalu di Jakarta.", True),
        ("Data dirilis 2020-10-20 oleh BPS.", True),
        ("Nilai proyek itu mencapai Rp 10 miliar untuk 5 ruas jalan.", False),
    ],
)
def test_day_date_hint_tells_which_sentences_can_hold_a_day(sentence: str, may_hold: bool):
    from warta.extract.dates import _lexicon_for

    assert _lexicon_for(ID).day_date_hint.may_hold(sentence) is may_hold


def test_text_dates_itself_by_an_unparenthesised_weekday_date_when_none_is_parenthesised():
    text = (
        "Gedung itu diresmikan pada 3 Januari 2025 oleh gubernur.\n"
        "Warga memadati lokasi pada Kamis, 30 Januari 2025, sejak pagi.\n"
        "Biaya pembangunan mencapai Rp 10 miliar (sekitar 600.000 dollar AS)."
    )
    ctx, _ = context(text, None)
    assert ctx.anchor is not None and ctx.anchor.iso() == "2025-01-30"


def test_anchor_context_keeps_the_expressions_found_while_fixing_the_anchor():
    text = "Menurutnya, Indonesia menyampaikan nota protes, kata Retno kepada wartawan, Jumat (20/2/2015)."
    ctx, sentences = context(text, "2015")
    assert [e.value for e in ctx.expressions(sentences[0])] == ["2015-02-20"]
    assert ctx.expressions(sentences[0])[0].kind == "weekday_date"


# ---- relative clauses ----------------------------------------------------------------------


def date_at(text: str, published: str, trigger: str) -> tuple[str | None, str]:
    """`date_for` of the one sentence of `text`, for a trigger at the word `trigger`."""
    ctx, sentences = context(text, published)
    (sentence,) = sentences
    return ctx.date_for(sentence, sentence.start + sentence.text.index(trigger))


def test_a_date_in_a_relative_clause_belongs_to_its_verb_not_to_a_trigger_outside():
    text = "Dalam kesempatan itu, Putin turut memberikan selamat kepada Trump yang baru saja dilantik pada 20 Januari lalu."
    value, reason = date_at(text, "2017-01-31", "memberikan")
    assert value is None and "relative clause" in reason
    assert date_at(text, "2017-01-31", "dilantik")[0] == "2017-01-20"


def test_a_trigger_after_the_relative_clause_does_not_take_its_date():
    text = (
        "Menteri Pertahanan Rusia merujuk perjanjian militer yang ditandatangani antara Iran dan Rusia pada "
        "tahun 2015, mengatakan bahwa perjanjian itu menciptakan kerangka hukum untuk kerjasama yang lebih erat."
    )
    assert date_at(text, "2016-02-18", "mengatakan")[0] is None
    # the clause describes the noun right after the trigger: "merujuk perjanjian militer yang ..."
    assert date_at(text, "2016-02-18", "merujuk")[0] == "2015"


def test_a_relative_clause_on_the_trigger_noun_dates_the_trigger():
    text = (
        "Dia menambahkan, serangan Israel yang dimulai pada Jumat (13/6/2025) berisiko memicu perang yang lebih "
        "luas di Timur Tengah yang rawan konflik."
    )
    assert date_at(text, "2025-06-19", "serangan")[0] == "2025-06-13"


def test_a_relative_clause_on_an_occasion_dates_the_act_held_there():
    text = (
        "Selain terorisme, dalam percakapan telepon yang dilakukan Minggu (29/1), kedua pemimpin negara juga "
        "turut membahas isu-isu internasional lain."
    )
    assert date_at(text, "2017-01-31", "membahas")[0] == "2017-01-29"
    text = (
        "Menteri Pertanian (Mentan) Andi Amran Sulaiman ikut mendampingi Presiden Prabowo Subianto dalam "
        "kunjungan kenegaraan ke Singapura, yang dimulai Minggu (15/6/2025)."
    )
    assert date_at(text, "2025-06-16", "mendampingi")[0] == "2025-06-15"


# ---- the start scan finds what a plain scan finds --------------------------------------------

SEEDS = sorted(Path(__file__).parents[2].glob("samples/seeds/*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]


@pytest.mark.parametrize("text", SEED_TEXTS)
def test_the_shared_start_scan_finds_the_expressions_a_plain_scan_finds(text, monkeypatch):
    sentences = split_sentences(text, ID)
    doc = Doc(doc="t", text=text, raw=text, origin="test", content_hash="", published="2017-01-31")

    def expressions() -> list[list[tuple[int, int, str | None, str]]]:
        ctx = DateContext.for_doc(doc, sentences, ID)
        return [[(e.start, e.end, e.value, e.kind) for e in ctx.expressions(s)] for s in sentences]

    found = expressions()
    monkeypatch.setattr(dates._PatternStarts, "find", lambda self, index, text, folded, scanned: None)
    assert expressions() == found and any(found)


def test_a_relative_clause_on_the_source_an_act_rests_on_dates_the_act():
    # "berdasarkan" frames the release the claim is made in, as "dalam" frames an occasion
    text = (
        "Berdasarkan rilis resmi perusahaan yang dikeluarkan pada Senin (3/11/2025), PT GMTD mengklaim telah "
        "berhasil melakukan eksekusi lahan."
    )
    assert date_at(text, "2025-11-05", "mengklaim")[0] == "2025-11-03"
    # a person named after "menurut" is no occasion: the inauguration's date stays its own
    text = "Menurut Trump, yang dilantik pada 20 Januari lalu, Putin menelepon dirinya."
    assert date_at(text, "2017-01-31", "menelepon")[0] is None
