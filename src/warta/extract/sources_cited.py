"""Find the news agencies and outlets an article says it took its story from.

"seperti dilansir kantor berita AFP", "Mengutip Reuters", "TASS melaporkan", "Sumber: Reuters",
"dikutip SerangNews.com dari reuters": a citation cue (`lang/<code>/citation_cues.tsv`) followed
or preceded by an outlet's name. Known agencies and outlets (`kb/data/agencies.tsv`) resolve to
their canonical name; an unknown name counts only when the words around it say it is an outlet
("kantor berita ...", "... News", "....com"). The article's own outlet is never a cited source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick

from warta.extract.prefilter import PhraseScanner, first_words, fold
from warta.lang import LanguagePack, read_tsv

AGENCIES_PATH = Path(__file__).resolve().parents[1] / "kb" / "data" / "agencies.tsv"
_MAX_NAME_TOKENS = 6
# Lower-case words that may stand inside an outlet's name ("Times of Israel", "Voice of America").
_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”‘’'«»]+")
_SPACES = re.compile(r"\s+")
_APPOSITION_COMMA = re.compile(r"[\s*]*,[\s*]*")
_DOMAIN_IN_WORD = re.compile(r"\.(?:com|id|net|org|co)\b", re.I)
_DOMAIN_AT_END = re.compile(r"\.(?:com|id|net|org|co)$", re.I)


@dataclass(frozen=True, slots=True)
class Agency:
    """A news agency or outlet that articles cite."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    exact_case: bool


@dataclass(frozen=True, slots=True)
class Citation:
    """One place where the article names an outlet it took the story from."""

    start: int  # offsets of the outlet's name in the text
    end: int
    name: str  # canonical name, or the name as written for an unknown outlet
    country: str | None
    cue: str


@cache
def load_agencies(path: Path = AGENCIES_PATH) -> tuple[Agency, ...]:
    """The agencies and outlets of `agencies.tsv`."""
    agencies = []
    for row in read_tsv(path):
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        agencies.append(
            Agency(
                name=row["name"],
                aliases=(row["name"], *aliases),
                country=row.get("country") or None,
                exact_case=row.get("exact_case", "").lower() in {"yes", "true", "1"},
            )
        )
    return tuple(agencies)


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in ordered)


class AgencyIndex:
    """Finds known agency names in text, whole words, longest alias first."""

    def __init__(self, agencies: Sequence[Agency]) -> None:
        self._exact: dict[str, Agency] = {}
        self._folded: dict[str, Agency] = {}
        for agency in agencies:
            for alias in agency.aliases:
                if agency.exact_case:
                    self._exact.setdefault(alias, agency)
                else:
                    self._folded.setdefault(alias.casefold(), agency)
        self._by_country: dict[str, Agency] = {}
        self._patterns: list[tuple[re.Pattern[str], bool]] = []
        if self._exact:
            self._patterns.append((re.compile(rf"(?<![\w-])(?:{_alternation(self._exact)})(?![\w-])"), True))
        if self._folded:
            self._patterns.append(
                (re.compile(rf"(?<![\w-])(?:{_alternation(self._folded)})(?![\w-])", re.I), False)
            )

    def _agency(self, matched: str, exact: bool) -> Agency | None:
        key = _SPACES.sub(" ", matched)
        return self._exact.get(key) if exact else self._folded.get(key.casefold())

    def match_at(self, text: str, pos: int) -> tuple[Agency, int] | None:
        """The agency whose name starts exactly at `pos`, with the offset where the name ends."""
        best: tuple[Agency, int] | None = None
        for pattern, exact in self._patterns:
            m = pattern.match(text, pos)
            if m and (best is None or m.end() > best[1]):
                agency = self._agency(m.group(), exact)
                if agency is not None:
                    best = (agency, m.end())
        return best

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Agency]]:
        """Every agency name in text[start:end], leftmost-longest, without overlaps."""
        stop = len(text) if end is None else end
        hits: list[tuple[int, int, Agency]] = []
        for pattern, exact in self._patterns:
            for m in pattern.finditer(text, start, stop):
                agency = self._agency(m.group(), exact)
                if agency is not None:
                    hits.append((m.start(), m.end(), agency))
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept: list[tuple[int, int, Agency]] = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

    def canonical(self, name: str) -> Agency | None:
        """The agency a whole name stands for, if it is one."""
        hit = self.match_at(name.strip(), 0)
        return hit[0] if hit and hit[1] == len(name.strip()) else None


def _joiner_pattern(joiners: Sequence[str]) -> re.Pattern[str] | None:
    """What may stand between two names of a list; a word joiner must end at a word boundary."""
    parts = [
        re.escape(j) + (r"(?!\w)" if j[-1:].isalnum() else "") for j in sorted(joiners, key=len, reverse=True)
    ]
    return re.compile(rf"[\s*]*(?:{'|'.join(parts)})[\s*]*", re.I) if parts else None


@cache
def agency_index() -> AgencyIndex:
    """The index of `agencies.tsv`, built once per process."""
    return AgencyIndex(load_agencies())


def _whole_words(words: Sequence[str]) -> re.Pattern[str] | None:
    """Any of the words, written as given, not inside a longer word."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)")


def _phrase_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    alt = _alternation(words)
    if not alt:
        return None
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I)


class FirstWords:
    """Where some words start in a casefolded text: one Aho-Corasick pass lists every occurrence
    (inside longer words too: a pattern tried there decides), much faster than a regex tried at
    every offset of a long text in which the words are rare."""

    __slots__ = ("_automaton",)

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton: ahocorasick.Automaton | None = None
        unique = {w for w in words if w}
        if unique:
            self._automaton = ahocorasick.Automaton()
            for word in unique:
                self._automaton.add_word(word, len(word))
            self._automaton.make_automaton()

    def starts(self, folded: str) -> list[int]:
        """The offsets where one of the words starts, in order."""
        if self._automaton is None:
            return []
        return sorted({end - size + 1 for end, size in self._automaton.iter(folded)})


class _SharedStarts:
    """Where any of several phrase scanners may match, found in one scan for their first words
    together (`FirstWords`); each scanner then keeps the offsets that start one of its own first
    words, which hold every start of its matches (see `prefilter.WordStarts`)."""

    __slots__ = ("_firsts", "_union")

    def __init__(self, scanners: Sequence[PhraseScanner | None], phrases: Sequence[Sequence[str]]) -> None:
        # per scanner, its phrases' first words; None when it has no usable list and scans plainly
        self._firsts: list[tuple[str, ...] | None] = []
        for scanner, words in zip(scanners, phrases, strict=True):
            led_by_word = scanner is not None and scanner.pattern.pattern.startswith(r"(?<!\w)")
            firsts = first_words(words) if led_by_word and words else None
            self._firsts.append(tuple(sorted(firsts)) if firsts else None)
        self._union = FirstWords(w for firsts in self._firsts if firsts for w in firsts)

    def candidates(self, folded: str | None) -> list[list[int] | None]:
        """Per scanner, the offsets of `fold(text)` where it may match; None: scan the plain way."""
        if folded is None:
            return [None] * len(self._firsts)
        starts = self._union.starts(folded)
        return [
            None if firsts is None else [p for p in starts if folded.startswith(firsts, p)]
            for firsts in self._firsts
        ]


@dataclass(frozen=True, slots=True)
class CitationCues:
    """The citation cues of one language, compiled."""

    before_strong: re.Pattern[str] | None
    before_weak: re.Pattern[str] | None
    after: re.Pattern[str] | None
    fillers: frozenset[str]
    introducers: tuple[tuple[str, ...], ...]
    outlet_words: tuple[str, ...]
    outlet_suffixes: tuple[str, ...]  # the outlet words that start with ".", casefolded
    outlet_word: re.Pattern[str] | None  # any other outlet word, as a whole word
    not_outlet: frozenset[str]
    websites: frozenset[str]
    chain: frozenset[str]
    connectors: frozenset[str]  # lower-case words inside outlet names: "Times of Israel"
    joiners: re.Pattern[str] | None  # between names in a list: "Reuters/AFP", "Reuters dan AFP"
    # the before (strong, weak) and after cues, scanned from the few offsets where they can match
    scanners: tuple[PhraseScanner | None, PhraseScanner | None, PhraseScanner | None]
    scanner_starts: _SharedStarts  # those offsets for all three scanners, from one scan

    @classmethod
    def from_pack(cls, pack: LanguagePack) -> CitationCues:
        rows = pack.table("citation_cues")

        def cues(position: str, strength: str | None = None) -> list[str]:
            return [
                r["cue"]
                for r in rows
                if r.get("position") == position
                and (strength is None or r.get("strength", "strong") == strength)
            ]

        phrases = (cues("before", "strong"), cues("before", "weak"), cues("after"))
        strong, weak, after = (_phrase_pattern(words) for words in phrases)
        scanners = tuple(
            PhraseScanner(pattern, words) if pattern is not None else None
            for pattern, words in zip((strong, weak, after), phrases, strict=True)
        )
        return cls(
            before_strong=strong,
            before_weak=weak,
            after=after,
            fillers=frozenset(c.casefold() for c in cues("filler")),
            introducers=tuple(tuple(c.casefold().split()) for c in cues("introducer")),
            outlet_words=tuple(cues("outlet_word")),
            outlet_suffixes=tuple(w.casefold() for w in cues("outlet_word") if w.startswith(".")),
            outlet_word=_whole_words([w for w in cues("outlet_word") if not w.startswith(".")]),
            not_outlet=frozenset(c.casefold() for c in cues("not_outlet")),
            websites=frozenset(c.casefold() for c in cues("website")),
            chain=frozenset(c.casefold() for c in cues("chain")),
            connectors=frozenset(c.casefold() for c in cues("name_connector")),
            joiners=_joiner_pattern(cues("list")),
            scanners=(scanners[0], scanners[1], scanners[2]),
            scanner_starts=_SharedStarts(scanners, phrases),
        )


_CUES_CACHE: dict[tuple[str, str], CitationCues] = {}


def citation_cues(pack: LanguagePack) -> CitationCues:
    """The compiled cues of a pack (compiled once per language folder)."""
    key = (pack.code, str(pack.folder))
    if key not in _CUES_CACHE:
        _CUES_CACHE[key] = CitationCues.from_pack(pack)
    return _CUES_CACHE[key]


def _squash(name: str | None) -> str:
    s = re.sub(r"[^a-z0-9]", "", (name or "").casefold())
    return s.removesuffix("com").removesuffix("coid")


def _site_labels(url: str | None) -> set[str]:
    """The name parts of a web address: "https://serangnews.pikiran-rakyat.com/x" -> serangnews,
    pikiranrakyat (the top-level domain, a second-level suffix such as "co.id" and "www" left out)."""
    host = re.sub(r"^[a-z]+://", "", (url or "").casefold()).split("/")[0].split(":")[0]
    labels = [part for part in host.split(".") if part]
    if len(labels) < 2:
        return set()
    cut = 2 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else 1
    return {_squash(part) for part in labels[:-cut] if part not in {"www", "m", "amp", "mobile"}}


class CitationFinder:
    """Finds cited outlets in one article's text."""

    def __init__(self, pack: LanguagePack, agencies: Sequence[Agency] | None = None) -> None:
        self.cues = citation_cues(pack)
        self.index = agency_index() if agencies is None else AgencyIndex(agencies)

    def is_own_outlet(self, name: str, outlet: str | None, url: str | None = None) -> bool:
        """True when `name` is the article's own outlet, by its name or by its web address."""
        labels = _site_labels(url)
        agency = self.index.canonical(name)
        if _squash(name) in labels or (agency and any(_squash(a) in labels for a in agency.aliases)):
            return True
        if not outlet:
            return False
        own = self.index.canonical(outlet)
        cited = self.index.canonical(name)
        if own is not None and cited is not None:
            return own.name == cited.name
        a, b = _squash(name), _squash(outlet)
        return bool(a) and a == b

    def _is_outlet_shaped(self, name: str) -> bool:
        """A name ending with a web suffix (".com") or holding an outlet word ("News", "Times")."""
        cues = self.cues
        if cues.outlet_suffixes and name.casefold().endswith(cues.outlet_suffixes):
            return True
        return cues.outlet_word is not None and cues.outlet_word.search(name) is not None

    def _skip_fillers(self, text: str, pos: int) -> tuple[int, bool, bool] | None:
        """Past the filler words after a cue: (offset of the name, introduced, website); None to stop.

        "dikutip dari kantor berita Xinhua": `introduced` says "kantor berita" named an outlet;
        "dikutip dari laman resmi Kemenkes": `website` says only a known agency may follow.
        """
        introduced = website = False
        seen: list[str] = []
        while True:
            m = _TOKEN.search(text, pos)
            if m is None or text[pos : m.start()].strip(" \t\n*"):
                return None
            word = m.group().strip("*")
            folded = word.casefold().rstrip(".")
            if folded in self.cues.not_outlet or word in self.cues.not_outlet:
                return None
            website = website or folded in self.cues.websites
            filler = folded in self.cues.fillers or folded in self.cues.websites
            if not filler or (word[:1].isupper() and self.index.match_at(text, m.start())):
                return m.start() + (len(m.group()) - len(m.group().lstrip("*"))), introduced, website
            if word.endswith("."):
                return None  # the sentence ended: "kepada media."
            seen.append(folded)
            introduced = introduced or any(tuple(seen[-len(i) :]) == i for i in self.cues.introducers)
            pos = m.end()

    def _read_names(
        self, text: str, pos: int, strong: bool, blocked: Sequence[tuple[int, int]], depth: int = 0
    ) -> list[tuple[int, int, str, str | None]]:
        """Outlet names starting at `pos` after a citation cue (skipping filler words)."""
        skipped = self._skip_fillers(text, pos)
        if skipped is None:
            return []
        start, introduced, website = skipped
        names: list[tuple[int, int, str, str | None]] = []
        hit = self.index.match_at(text, start)
        if hit is not None:
            names.append((start, hit[1], hit[0].name, hit[0].country))
        else:
            end, name = self._capitalised_run(text, start)
            if not name:
                return []
            apposed = _APPOSITION_COMMA.match(text[end:])
            after = self.index.match_at(text, end + apposed.end()) if apposed and introduced else None
            inside = self.index.find(text, start, end)
            if after is not None and apposed is not None:
                # "kantor berita Iran, Tasnim": the agency follows its country
                names.append((end + apposed.end(), after[1], after[0].name, after[0].country))
            elif inside:  # "media resmi Korea Utara KCNA"
                names.extend((a, b, ag.name, ag.country) for a, b, ag in inside)
            elif (
                not website
                and (strong or introduced)
                and (introduced or self._is_outlet_shaped(name))
                and not any(a <= start < b for a, b in blocked)
            ):
                names.append((start, end, name, None))
            else:
                return []
        return names + self._more_names(text, names[-1][1], strong, blocked, depth)

    def _more_names(
        self, text: str, pos: int, strong: bool, blocked: Sequence[tuple[int, int]], depth: int
    ) -> list[tuple[int, int, str, str | None]]:
        """Names after a first one: "SerangNews.com dari Reuters", "Reuters/AFP", "Reuters dan AFP"."""
        nxt = _TOKEN.search(text, pos)
        if (
            nxt
            and depth < 2
            and not text[pos : nxt.start()].strip(" \t\n*")
            and nxt.group().casefold() in self.cues.chain
        ):
            return self._read_names(text, nxt.end(), strong, blocked, depth + 1)
        more: list[tuple[int, int, str, str | None]] = []
        while self.cues.joiners is not None:
            joined = self.cues.joiners.match(text, pos)
            hit = self.index.match_at(text, joined.end()) if joined else None
            if hit is None or joined is None:
                break
            more.append((joined.end(), hit[1], hit[0].name, hit[0].country))
            pos = hit[1]
        return more

    def _capitalised_run(self, text: str, start: int) -> tuple[int, str]:
        """The capitalised words (an outlet's name as written) starting at `start`."""
        end = start
        tokens: list[str] = []
        for m in _TOKEN.finditer(text, start):
            if text[end : m.start()].strip(" \t\n*") or len(tokens) >= _MAX_NAME_TOKENS:
                break
            word = m.group().strip("*")
            is_domain = bool(_DOMAIN_IN_WORD.search(word))
            if word[:1].isupper() or word[:1].isdigit() or is_domain:
                tokens.append(word)
                end = m.start() + len(m.group().rstrip("*"))
            elif word.casefold() in self.cues.connectors and tokens:
                tokens.append(word)
            else:
                break
            if word.endswith("."):
                break
        while tokens and tokens[-1].casefold() in self.cues.connectors:
            tokens.pop()
        name = " ".join(tokens).rstrip(".")
        if name and not _DOMAIN_AT_END.search(name):
            end = start + len(text[start:end].rstrip("."))
        return end, name

    def find(
        self,
        text: str,
        outlet: str | None = None,
        blocked: Sequence[tuple[int, int]] = (),
        url: str | None = None,
        folded: str | None = None,
    ) -> list[Citation]:
        """Every citation in the text, in order; `blocked` spans (places, states, people) are never outlets.

        `folded`: `prefilter.fold(text)` when the caller already has it (saves folding again)."""
        clean = text.replace("*", " ")
        # "*" folds to itself, so the cleaned text's fold is the text's with the same replacement
        folded = fold(clean) if folded is None else folded.replace("*", " ")
        found: list[Citation] = []
        strong_scan, weak_scan, after_scan = self.cues.scanners
        strong_starts, weak_starts, after_starts = self.cues.scanner_starts.candidates(folded)
        for scanner, starts, strong in ((strong_scan, strong_starts, True), (weak_scan, weak_starts, False)):
            if scanner is None:
                continue
            for m in scanner.finditer(clean, starts):
                for a, b, name, country in self._read_names(clean, m.end(), strong, blocked):
                    found.append(Citation(a, b, name, country, m.group()))
        if after_scan is not None:
            for m in after_scan.finditer(clean, after_starts):
                window = max(0, m.start() - 80)
                hits = self.index.find(clean, window, m.start())
                if hits and not clean[hits[-1][1] : m.start()].strip():
                    a, b, agency = hits[-1]
                    found.append(Citation(a, b, agency.name, agency.country, m.group()))
        kept = [c for c in found if not self.is_own_outlet(c.name, outlet, url)]
        kept.sort(key=lambda c: c.start)
        return kept


def cited_names(citations: Sequence[Citation]) -> list[str]:
    """Distinct canonical names in order of first citation."""
    names: list[str] = []
    for c in citations:
        if c.name.casefold() not in {n.casefold() for n in names}:
            names.append(c.name)
    return names


def find_cited_sources(
    text: str, pack: LanguagePack, outlet: str | None = None, blocked: Sequence[tuple[int, int]] = ()
) -> list[str]:
    """The outlets an article cites, canonical names in order of first citation."""
    return cited_names(CitationFinder(pack).find(text, outlet, blocked))
