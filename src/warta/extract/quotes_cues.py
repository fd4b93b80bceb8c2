"""The attribution cues of a language (`lang/<code>/quote_cues.tsv`), compiled to patterns.

"...," kata Lavrov / "...," ujarnya / Lavrov mengatakan: "..." / Menurut Galuzin, "...":
this module turns the cue words into the regular expressions `quotes.py` uses, and reads the
speaker phrase that follows an "after" cue ("kata juru bicara Gedung Putih Sean Spicer saat
jumpa pers" -> "juru bicara Gedung Putih Sean Spicer").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from warta.extract.prefilter import PhraseScanner
from warta.lang import LanguagePack

_MAX_PHRASE_TOKENS = 12
_PHRASE_TOKEN = re.compile(r"[^\s]+")
_PHRASE_END = re.compile(r"[,;:!?\"“”«»\n]")
_MARKUP = re.compile(r"[\[\]{}<>=|#@]")  # a token holding these is no part of a name
_APPOSED_NAME = re.compile(r",\s*((?:[A-Z][\w.'’-]*\s*){1,5})")


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in ordered)


@dataclass(frozen=True, slots=True)
class QuoteCues:
    """The compiled attribution cues of one language."""

    after: re.Pattern[str]  # at the start of the text after a closing mark
    name_then_verb: re.Pattern[str]  # "...," Lavrov mengatakan
    before: re.Pattern[str]  # a reporting verb anywhere: the quote follows it
    according: re.Pattern[str] | None  # "Menurut X," before the quote
    lost_close: re.Pattern[str]  # where an unclosed quote most likely ended: ", kata"
    written_subject: re.Pattern[str]  # "Ixfan pun mengimbau", "Ali (31)": a name as a subject
    pronouns: frozenset[str]
    descriptors: frozenset[str]
    suffixed_cues: frozenset[str]
    suffixes: frozenset[str]
    stops: frozenset[str]
    loose_verbs: frozenset[str]  # reporting verbs with other senses: reported speech needs "bahwa" or ","
    complementizer: re.Pattern[str]  # what may follow a reporting verb before the words: ", bahwa"
    connectors: frozenset[str]  # lower-case words inside a name or role: "Duta Besar Rusia untuk Indonesia"
    abbreviations: frozenset[str]  # "dr", "Prof", "Kombes": a period after them does not end a phrase
    not_names: frozenset[str]  # days, months, sentence adverbs: capitalised but never a speaker
    before_scan: PhraseScanner  # `before`, scanned from the few offsets where it can match

    @classmethod
    def from_pack(cls, pack: LanguagePack) -> QuoteCues:
        rows = pack.table("quote_cues")

        def cues(position: str) -> list[str]:
            return [r["cue"] for r in rows if r.get("position") == position and r.get("cue")]

        after = _alternation(cues("after") + cues("after_suffixed")) or r"(?!x)x"
        before = _alternation(cues("before") + cues("before_loose")) or r"(?!x)x"
        suffix = _alternation(cues("suffix"))
        suffix_part = f"(?P<suf>{suffix})?" if suffix else "(?P<suf>(?!x)x)?"
        lead = _alternation(cues("lead"))
        lead_part = rf"(?:(?:{lead})\s+)?" if lead else ""
        according = _alternation(cues("according"))
        pronouns = _alternation(cues("pronoun"))
        pronoun_part = rf"|(?i:{pronouns})" if pronouns else ""
        prefixes = _alternation(cues("verb_prefix"))
        adverbs = _alternation(cues("adverb"))
        name = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}"
        verb_part = (
            rf"[ \t]+(?:(?:{adverbs})[ \t]+)?(?P<verb>(?:{prefixes})[a-z]{{4,}})"
            if prefixes and adverbs
            else None
        )
        if prefixes and not adverbs:
            verb_part = rf"[ \t]+(?P<verb>(?:{prefixes})[a-z]{{4,}})"
        subject_alternatives = [rf"(?P<name>{name}){verb_part}"] if verb_part else []
        subject_alternatives.append(rf"(?P<aged>{name})[ \t]*\(\d{{1,3}}\)")  # "Ali (31)": a name and an age
        written_subject = re.compile(r"(?<![\w\"“])(?:" + "|".join(subject_alternatives) + ")")
        before_pattern = re.compile(rf"(?<!\w)(?P<cue>{before})(?!\w)", re.I)
        return cls(
            after=re.compile(rf"[\s,.;:!?*\-–—]*{lead_part}(?P<cue>{after}){suffix_part}(?!\w)", re.I),
            name_then_verb=re.compile(
                rf"[\s,.;:!?*\-–—]*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}{pronoun_part})"
                rf"\s+(?i:(?P<cue>{before}))(?!\w)"
            ),
            before=before_pattern,
            according=re.compile(rf"(?<!\w)(?P<cue>{according}){suffix_part}(?!\w)", re.I)
            if according
            else None,
            written_subject=written_subject,
            lost_close=re.compile(rf"[,.!?]\s+(?:{after}){suffix_part}(?!\w)", re.I),
            pronouns=frozenset(c.casefold() for c in cues("pronoun")),
            descriptors=frozenset(c.casefold() for c in cues("descriptor")),
            suffixed_cues=frozenset(c.casefold() for c in cues("after_suffixed")),
            suffixes=frozenset(c.casefold() for c in cues("suffix")),
            stops=frozenset(c.casefold() for c in cues("stop")),
            loose_verbs=frozenset(c.casefold() for c in cues("before_loose")),
            complementizer=re.compile(
                rf"[\s,:]*(?:(?:{_alternation(cues('complementizer'))})\s+)?"
                if cues("complementizer")
                else r"[\s,:]*",
                re.I,
            ),
            connectors=frozenset(c.casefold() for c in cues("name_connector")),
            abbreviations=frozenset(a.casefold() for a in pack.column("abbreviations", "abbreviation")),
            not_names=frozenset(
                [n.casefold() for table in ("weekdays", "months") for n in pack.column(table, "name")]
                + [c.casefold() for c in cues("not_name")]
            ),
            before_scan=PhraseScanner(before_pattern, cues("before") + cues("before_loose")),
        )

    def is_suffixed(self, cue: str, suffix: str | None) -> bool:
        """True for "katanya", "ujarnya", "akunya": the cue itself points back to a speaker."""
        return bool(suffix) or cue.casefold() in self.suffixed_cues

    def points_back(self, phrase: str) -> bool:
        """True when a speaker phrase is a pronoun or a bare descriptor ("dia", "perempuan itu")."""
        folded = phrase.casefold().strip()
        if not folded:
            return True
        first = folded.split()[0]
        return first in self.pronouns or first in self.descriptors or folded in self.descriptors


_CACHE: dict[tuple[str, str], QuoteCues] = {}


def quote_cues(pack: LanguagePack) -> QuoteCues:
    """The compiled cues of a pack (compiled once per language folder)."""
    key = (pack.code, str(pack.folder))
    if key not in _CACHE:
        _CACHE[key] = QuoteCues.from_pack(pack)
    return _CACHE[key]


def speaker_phrase(text: str, pos: int, cues: QuoteCues, limit: int | None = None) -> tuple[int, int]:
    """Offsets of the speaker phrase starting at `pos`: "juru bicara Gedung Putih Sean Spicer".

    It ends at punctuation, at a stop word ("saat", "dalam", "kepada"), or at the first
    lower-case word after a capitalised name has begun; a name in apposition after a comma
    joins it. Day and month names are never names; "dr." and "Prof." do not end it.
    """
    stops = cues.stops
    stop_at = len(text) if limit is None else limit
    m_end = _PHRASE_END.search(text, pos, stop_at)
    hard_end = m_end.start() if m_end else stop_at
    start: int | None = None
    end = pos
    seen_capital = False
    count = 0
    for m in _PHRASE_TOKEN.finditer(text, pos, hard_end):
        word = m.group().strip("*()")
        folded = word.casefold()
        if not word:
            continue
        if folded in stops or _MARKUP.search(word):
            break
        capital = word[:1].isupper() or word[:1].isdigit()
        if seen_capital and not capital and folded not in cues.connectors:
            break
        if m.group().startswith("(") and start is not None and not m.group().endswith(")"):
            break
        seen_capital = seen_capital or capital
        start = m.start() if start is None else start
        end = m.end()
        count += 1
        if count >= _MAX_PHRASE_TOKENS:
            break
        bare = m.group().rstrip("*")
        if (
            bare.endswith(".")
            and bare[:-1].strip("*(").casefold() not in cues.abbreviations
            and len(bare) > 2
        ):
            break  # a sentence ends here ("kata Lavrov."); "dr. Rizky" and "M. Adil" go on
    if start is None:
        return pos, pos
    while end > start and text[end - 1] in "*.":
        end -= 1
    if hard_end < stop_at and text[hard_end] == "," and end == hard_end:
        end = _apposition(text, start, end, stops, cues.not_names, stop_at)
    return start, end


def _apposition(
    text: str, start: int, end: int, stops: frozenset[str], not_names: frozenset[str], limit: int
) -> int:
    """Extend "Direktur Eksekutif Celios" over ", Bhima Yudhistira" (a role, then its holder's name).

    A day or month name ("kata Lavrov, Selasa") is never a name; a single capitalised word
    only follows a role written in lower case ("kata juru bicara itu, Abella").
    """
    m = _APPOSED_NAME.match(text, end, limit)
    if m is None:
        return end
    run = m.group(1).split()
    if any(w.casefold().strip(".") in not_names or w.casefold() in stops for w in run):
        return end
    role_in_lower_case = text[start : start + 1].islower()
    if len(run) >= 2 or role_in_lower_case:
        return m.start(1) + len(m.group(1).rstrip().rstrip("."))
    return end
