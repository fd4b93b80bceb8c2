"""The project's own scorer: compare extracted records with hand-annotated gold.

Written from the output contract (spec sections 5-7) for users who annotate their
own articles: events at dyad, dated and country level (precision, recall, F1 over
sets of keys; symmetric types unordered; gold events marked `optional` neither earn
nor cost; `date_in_text: false` lets a null date count as right), person and place
accuracy on matched events, quotes, cited sources, document fields and cleaning
checks. Gold and predictions are JSON Lines records keyed by `doc`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
# Spellings of one place that count as the same location (Indonesian and English).
PLACE_ALIASES: tuple[frozenset[str], ...] = (
    frozenset({"moskow", "moscow", "moskwa"}),
    frozenset({"teheran", "tehran"}),
    frozenset({"suriah", "syria"}),
    frozenset({"irak", "iraq"}),
    frozenset({"washington", "washington dc", "washington d c"}),
    frozenset({"beijing", "peking"}),
    frozenset({"jenewa", "geneva"}),
    frozenset({"amerika serikat", "as", "united states", "usa"}),
    frozenset({"rusia", "russia"}),
    frozenset({"inggris", "britain", "united kingdom", "london"}),
)
QUOTE_HEAD_CHARS = 40

Record = dict[str, Any]


class GoldFileError(ValueError):
    """A gold or prediction file cannot be read; the message names file and line."""


def load_records(path: str | Path) -> dict[str, Record]:
    """JSON Lines records keyed by their `doc` field."""
    records: dict[str, Record] = {}
    text = Path(path).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        if not isinstance(rec, dict) or "doc" not in rec:
            raise GoldFileError(f"{path}:{n}: a record needs a 'doc' field")
        records[str(rec["doc"])] = rec
    return records


def normalise(text: str | None) -> str:
    """Lower case, punctuation to spaces, single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def last_name(name: str | None) -> str:
    words = normalise(name).split()
    return words[-1] if words else ""


def same_place(a: str | None, b: str | None) -> bool:
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return False
    return a == b or a in b or b in a or any(a in g and b in g for g in PLACE_ALIASES)


def same_outlet(gold: str | None, pred: str | None) -> bool:
    g, p = (re.sub(r"[^a-z0-9]", "", normalise(x)).removesuffix("com") for x in (gold, pred))
    if not g:
        return not p
    return bool(p) and (g.startswith(p) or p.startswith(g))


def day(value: Any) -> str | None:
    """A date as written, cut to day precision at most."""
    return None if value in (None, "") else str(value)[:10]


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip

    def row(self, name: str) -> str:
        return (f"{name:<24} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}  "
                f"(tp={self.tp} fp={self.fp} fn={self.fn})")  # fmt: skip


def actor_code(value: Any, country_level: bool) -> str | None:
    c = str(value or "").strip().upper()
    if country_level and "." in c:
        c = c.split(".", 1)[0]
    return c or None


def dyad_key(event: Mapping[str, Any], country_level: bool = False) -> tuple[str, tuple[str | None, ...]]:
    """(type, actors): actors sorted for symmetric types, (source, target) otherwise."""
    kind = str(event.get("type") or "").upper()
    s, t = actor_code(event.get("source"), country_level), actor_code(event.get("target"), country_level)
    if kind in SYMMETRIC_TYPES:
        return kind, tuple(sorted(x for x in (s, t) if x))
    return kind, (s, t)


@dataclass(frozen=True)
class Miss:
    """One false alarm or miss, for the per-article listing."""

    doc: str
    kind: str  # FP | FN | FP quote | FN quote
    record: Mapping[str, Any]

    def line(self) -> str:
        r = self.record
        if "quote" in self.kind:
            return f"  {self.kind:<9} {r.get('speaker')!s:<24} {str(r.get('text'))[:70]}"
        optional = " (optional)" if r.get("optional") else ""
        return (f"  {self.kind:<9} {r.get('type')!s:<9} {r.get('source')!s:>12} -> {r.get('target')!s:<12} "
                f"date={r.get('date')}{optional}")  # fmt: skip


@dataclass
class EventMatch:
    tp: int
    fp: int
    fn: int
    matched_gold: list[Mapping[str, Any]]
    predictions: list[Mapping[str, Any]]
    misses: list[tuple[str, Mapping[str, Any]]]


def match_events(
    gold: Iterable[Mapping[str, Any]],
    pred: Iterable[Mapping[str, Any]],
    with_date: bool,
    country_level: bool = False,
) -> EventMatch:
    """Set matching of event keys in one article; negated predictions are not claims."""
    gold = list(gold)

    def key(e: Mapping[str, Any]) -> tuple[Any, ...]:
        return (dyad_key(e, country_level), day(e.get("date")) if with_date else None)

    def matches(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
        if dyad_key(g, country_level) != dyad_key(p, country_level):
            return False
        if not with_date:
            return True
        predicted = day(p.get("date"))
        return (g.get("date_in_text") is False and predicted is None) or day(g.get("date")) == predicted

    predictions, seen = [], set()
    for p in pred:
        if p.get("negated") or key(p) in seen:
            continue
        seen.add(key(p))
        predictions.append(p)
    required, seen_gold = [], set()
    for g in gold:
        gk = (*key(g), g.get("date_in_text", True))
        if g.get("optional") or gk in seen_gold:
            continue
        seen_gold.add(gk)
        required.append(g)
    found = [g for g in required if any(matches(g, p) for p in predictions)]
    false_alarms = [p for p in predictions if not any(matches(g, p) for g in gold)]
    missed = [g for g in required if not any(g is f for f in found)]
    misses = [("FP", p) for p in false_alarms] + [("FN", g) for g in missed]
    return EventMatch(len(found), len(false_alarms), len(missed), found, predictions, misses)


def quote_matches(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Texts overlap (one starts inside the other) and the speaker agrees by code or last name."""
    g, p = normalise(gold.get("text")), normalise(pred.get("text"))
    if not g or not p:
        return False
    text_ok = g[:QUOTE_HEAD_CHARS] in p or (len(p) >= 20 and p[:QUOTE_HEAD_CHARS] in g)
    gc, pc = str(gold.get("speaker_code") or "").upper(), str(pred.get("speaker_code") or "").upper()
    surname = last_name(gold.get("speaker"))
    speaker_ok = bool(gc and gc == pc) or bool(surname and surname in normalise(pred.get("speaker")).split())
    return text_ok and speaker_ok


@dataclass
class Report:
    """Every figure of spec section 7."""

    articles: int = 0
    missing: int = 0
    extra: int = 0
    events_dyad: PRF = field(default_factory=PRF)
    events_dated: PRF = field(default_factory=PRF)
    events_country: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    cited_sources: PRF = field(default_factory=PRF)
    counts: Counter[str] = field(default_factory=Counter)
    confusion: Counter[str] = field(default_factory=Counter)
    unknown_types: Counter[str] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)

    def ratio(self, name: str) -> float | None:
        n = self.counts[name + "_n"]
        return round(self.counts[name] / n, 4) if n else None

    def figures(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "articles_missing_from_pred": self.missing,
            "events_dyad": self.events_dyad.as_dict(),
            "events_dated": self.events_dated.as_dict(),
            "events_country": self.events_country.as_dict(),
            "person_accuracy": self.ratio("person"),
            "location_accuracy": self.ratio("location"),
            "quotes": self.quotes.as_dict(),
            "cited_sources": self.cited_sources.as_dict(),
            "outlet_accuracy": self.ratio("outlet"),
            "published_accuracy": self.ratio("published"),
            "language_accuracy": self.ratio("language"),
            "cleaning_checks_passed": self.ratio("cleaning"),
            "type_confusion": dict(self.confusion.most_common()),
            "unknown_event_types": dict(self.unknown_types),
            "events_f1_dyad": round(self.events_dyad.f1, 4),
        }


def evaluate(gold: Mapping[str, Record], pred: Mapping[str, Record]) -> Report:
    """Score predictions against gold, article by article."""
    report = Report(articles=len(gold), extra=len(set(pred) - set(gold)))
    for doc, g in gold.items():
        p = pred.get(doc)
        if p is None:
            report.missing += 1
            p = {}
        _score_article(report, doc, g, p)
    return report


def _score_article(report: Report, doc: str, g: Record, p: Record) -> None:
    gold_events = g.get("events") or []
    pred_events = p.get("events") or []
    report.unknown_types.update(
        str(e.get("type")) for e in pred_events if str(e.get("type") or "").upper() not in PLOVER_TYPES
    )
    dyad = match_events(gold_events, pred_events, with_date=False)
    report.events_dyad.add(dyad.tp, dyad.fp, dyad.fn)
    dated = match_events(gold_events, pred_events, with_date=True)
    report.events_dated.add(dated.tp, dated.fp, dated.fn)
    country = match_events(gold_events, pred_events, with_date=False, country_level=True)
    report.events_country.add(country.tp, country.fp, country.fn)
    report.misses += [Miss(doc, kind, rec) for kind, rec in dyad.misses]
    _score_matched(report, dyad)
    _score_confusion(report, gold_events, dyad.predictions)
    _score_quotes(report, doc, g.get("quotes") or [], p.get("quotes") or [])
    gold_cited = {normalise(s) for s in g.get("cited_sources") or []}
    pred_cited = {normalise(s) for s in p.get("cited_sources") or []}
    report.cited_sources.add(
        len(gold_cited & pred_cited), len(pred_cited - gold_cited), len(gold_cited - pred_cited)
    )
    _score_document(report, g, p)


def _score_matched(report: Report, dyad: EventMatch) -> None:
    """Person names and places of the events found."""
    for ge in dyad.matched_gold:
        same = [x for x in dyad.predictions if dyad_key(x) == dyad_key(ge)]
        for role in ("source_actor", "target_actor"):
            surname = last_name(ge.get(role))
            if not surname:
                continue
            report.counts["person_n"] += 1
            names = {
                w for x in same for r in ("source_actor", "target_actor") for w in normalise(x.get(r)).split()
            }
            report.counts["person"] += surname in names
        if ge.get("location"):
            report.counts["location_n"] += 1
            report.counts["location"] += any(same_place(ge["location"], x.get("location")) for x in same)


def _score_confusion(report: Report, gold_events: list[Record], predictions: list[Mapping[str, Any]]) -> None:
    """False alarms whose actor pair is a gold pair under another type or direction."""
    gold_pairs = {frozenset(dyad_key(x)[1]): dyad_key(x)[0] for x in gold_events}
    gold_keys = {dyad_key(x) for x in gold_events}
    for x in predictions:
        kind, actors = dyad_key(x)
        pair = frozenset(actors)
        if pair in gold_pairs and (kind, actors) not in gold_keys:
            gold_kind = gold_pairs[pair]
            report.confusion[f"{gold_kind} reversed" if gold_kind == kind else f"{gold_kind}->{kind}"] += 1


def _score_quotes(report: Report, doc: str, gold: list[Record], pred: list[Record]) -> None:
    used: set[int] = set()
    for gq in gold:
        hit = next((j for j, pq in enumerate(pred) if quote_matches(gq, pq)), None)
        if hit is not None:
            used.add(hit)
            report.quotes.tp += not gq.get("optional")
        elif not gq.get("optional"):
            report.quotes.fn += 1
            report.misses.append(Miss(doc, "FN quote", gq))
    for j, pq in enumerate(pred):
        if j not in used and not any(quote_matches(gq, pq) for gq in gold):
            report.quotes.fp += 1
            report.misses.append(Miss(doc, "FP quote", pq))


def _score_document(report: Report, g: Record, p: Record) -> None:
    """Outlet, publication date and language, and the cleaning checks; fields gold leaves out are not scored."""
    checks = {
        "outlet": lambda: same_outlet(g.get("outlet"), p.get("outlet")),
        "published": lambda: day(g.get("published")) == day(p.get("published")),
        "language": lambda: (g.get("language") or "") == (p.get("language") or ""),
    }
    for name, ok in checks.items():
        if name in g:
            report.counts[name + "_n"] += 1
            report.counts[name] += ok()
    text = (p.get("text") or "").lower()
    for snippet in g.get("boilerplate") or []:
        report.counts["cleaning_n"] += 1
        report.counts["cleaning"] += bool(text) and snippet.lower() not in text
    for snippet in g.get("content") or []:
        report.counts["cleaning_n"] += 1
        report.counts["cleaning"] += snippet.lower() in text
    for snippet in g.get("once") or []:
        report.counts["cleaning_n"] += 1
        report.counts["cleaning"] += text.count(snippet.lower()) == 1


def format_report(report: Report, show: bool = False) -> str:
    """The report as text; the headline figure `events_f1_dyad=...` is the last line."""
    lines: list[str] = []
    if show:
        by_doc: dict[str, list[Miss]] = {}
        for miss in report.misses:
            by_doc.setdefault(miss.doc, []).append(miss)
        for doc, misses in by_doc.items():
            lines.append(f"== {doc}")
            lines += [m.line() for m in misses]
    lines.append(f"articles scored: {report.articles}  (missing from predictions: {report.missing}; "
                 f"predicted but not in gold: {report.extra})")  # fmt: skip
    lines.append(report.events_dyad.row("events (type+actors)"))
    lines.append(report.events_dated.row("events (+date)"))
    lines.append(report.events_country.row("events (country level)"))
    lines.append(report.quotes.row("quotes"))
    lines.append(report.cited_sources.row("cited sources"))
    figures = report.figures()
    for name in ("person_accuracy", "location_accuracy", "outlet_accuracy", "published_accuracy",
                 "language_accuracy", "cleaning_checks_passed"):  # fmt: skip
        lines.append(f"{name:<24} {figures[name]}")
    if report.confusion:
        lines.append("same actors, other type or direction (gold->pred): "
                     + ", ".join(f"{k}:{v}" for k, v in report.confusion.most_common()))  # fmt: skip
    if report.unknown_types:
        lines.append(f"event types outside PLOVER: {dict(report.unknown_types)}")
    lines.append(f"events_f1_dyad={report.events_dyad.f1:.4f}")
    return "\n".join(lines)
