"""Who said it: speaker resolution for quotes over the actor stage's mentions.

`QuoteContext` holds one article's text, mentions, sentence and paragraph offsets, and the
speakers found so far (`history`). It turns a speaker phrase into a `Speaker`: a person mention
first, then a role holder, a body or a state; a bare title to the person named with that role;
a one-word name to the fuller name written earlier; a pronoun or "-nya" to the latest speaker,
unless a person became the subject of a sentence since. With no mention the words as written
are kept, so the scorer can still match a last name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from warta.extract.prefilter import fold
from warta.extract.quotes_cues import QuoteCues
from warta.extract.quotes_marks import paragraphs
from warta.extract.sources_cited import agency_index
from warta.model import Doc, Mention, Sentence

# How many paragraphs back a pronoun may reach for its speaker.
HISTORY_PARAGRAPHS = 6
_KIND_RANK = {"person": 0, "official": 1, "organisation": 2, "armed_group": 2, "state": 3}
_CAPITAL = re.compile(r"[A-Z]")
_FULL_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to, and how that was decided."""

    text: str
    code: str | None
    role: str | None
    how: str


@dataclass(frozen=True, slots=True)
class Said:
    """A speaker at a position in the text: the memory pronouns resolve against."""

    position: int
    paragraph: int
    speaker: Speaker


class QuotedSpans:
    """The quoted spans of a text, answering "is this inside a quote?" by bisection."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self._starts = [a for a, _ in ordered]
        # the furthest end among the spans starting at or before each one
        self._reach: list[int] = []
        for _, b in ordered:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)

    def _reach_from(self, count: int) -> int | None:
        return self._reach[count - 1] if count else None

    def covers(self, start: int, end: int) -> bool:
        """Some span a, b has a <= start and end <= b."""
        reach = self._reach_from(bisect.bisect_right(self._starts, start))
        return reach is not None and end <= reach

    def overlaps(self, start: int, end: int) -> bool:
        """Some span a, b has a < end and start < b."""
        reach = self._reach_from(bisect.bisect_left(self._starts, end))
        return reach is not None and start < reach

    def holds(self, pos: int) -> bool:
        """Some span a, b has a <= pos < b."""
        reach = self._reach_from(bisect.bisect_right(self._starts, pos))
        return reach is not None and pos < reach


class QuoteContext:
    """One article's text, mentions and sentence starts, with the lookups attribution needs."""

    def __init__(
        self, doc: Doc, sentences: Sequence[Sentence], mentions: Sequence[Mention], cues: QuoteCues
    ) -> None:
        self.text = doc.text
        self.cues = cues
        self.folded = fold(self.text)
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.by_offsets = {(m.start, m.end): m for m in self.mentions}
        self.starts = sorted({s.start for s in sentences}) or self._guess_sentence_starts()
        self.paras = paragraphs(self.text)
        self.para_starts = [p.start for p in self.paras]
        self.quoted = QuotedSpans(())
        self.history: list[Said] = []
        self.agencies = agency_index()
        self._lower_words_cache: dict[str, bool] = {}
        # sentence subjects, worked out on first use: (for these quoted spans, the subjects with their
        # position among the mentions)
        self._subjects: tuple[QuotedSpans, list[tuple[int, Mention]]] | None = None

    @cached_property
    def mention_reach(self) -> list[int]:
        """The furthest end among the mentions up to each one (in `mentions` order): the mentions
        before `bisect_left(mention_reach, pos)` all end before `pos`."""
        reach: list[int] = []
        for m in self.mentions:
            reach.append(max(m.end, reach[-1]) if reach else m.end)
        return reach

    @cached_property
    def verb_starts(self) -> list[int] | None:
        """Where a reporting verb ("mengatakan") may start: `cues.before_scan` looks only there.
        Found on first use: an article without quotation marks never asks."""
        return self.cues.before_scan.candidates(self.folded)

    def _guess_sentence_starts(self) -> list[int]:
        starts = [0]
        starts += [m.end() for m in re.finditer(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z0-9])|\n+", self.text)]
        return starts

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 else 0

    def next_sentence_start(self, pos: int) -> int:
        """Where the sentence after the one containing `pos` starts (the text's end if none)."""
        i = bisect.bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else len(self.text)

    def sentences_between(self, start: int, end: int) -> int:
        """How many sentences start between two offsets."""
        return max(0, bisect.bisect_left(self.starts, end) - bisect.bisect_right(self.starts, start))

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def inside_quote(self, m: Mention) -> bool:
        return self.quoted.covers(m.start, m.end)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The non-empty mentions within text[start:end] (they start in it: a slice of the sorted list)."""
        first = bisect.bisect_left(self.mention_starts, start)
        last = bisect.bisect_left(self.mention_starts, end, first)
        return [m for m in self.mentions[first:last] if m.end <= end and m.end > m.start]

    def resolve_coreference(self, m: Mention) -> Mention | None:
        """The mention a coreference points back to (following chains), else the mention itself if named."""
        seen = 0
        current = m
        while current.antecedent is not None and seen < 5:
            target = self.by_offsets.get(current.antecedent)
            if target is None:
                a, b = current.antecedent
                target = next(
                    (x for x in self.mentions if x.start <= a and b <= x.end and x is not current), None
                )
            if target is None:
                break
            current, seen = target, seen + 1
        if current is m and m.antecedent is not None and not (m.name or m.code):
            return None
        return current

    def speaker_from_mentions(
        self, found: Sequence[Mention], phrase: str, how: str, complete: bool = True, last: bool = False
    ) -> Speaker | None:
        """The best speaker among mentions: a named person first, then a role holder, body, state.

        Among persons, one the KB knows or with a code wins; then the first (a clause's subject)
        or, with `last`, the last (a speaker phrase: the name its titles lead to). With
        `complete`, a one-word person name ("Retno") is completed from a fuller writing of it.
        """
        resolved: list[Mention] = []
        for m in found:
            r = self.resolve_coreference(m) if m.antecedent is not None else m
            if m.antecedent is not None and self.is_pronoun(m):
                if r is not None and r.kind not in ("person", "official"):
                    r = None  # "dia" is a person: a state or a body is not what it stands for
                said = self.last_said(m.start)
                if said is not None and (r is None or said.position > r.end):
                    # an earlier speaker came after the actor stage's antecedent: "ia" is that speaker
                    s = said.speaker
                    return Speaker(
                        s.text, s.code, s.role, f"{how}: pronoun '{m.text}' for the previous speaker"
                    )
            if r is not None and r.kind in _KIND_RANK:
                resolved.append(r)
        if not resolved:
            return None
        persons = [(n, m) for n, m in enumerate(resolved) if m.kind == "person"]
        if persons:
            order = 1 if last else -1
            best = max(persons, key=lambda p: (p[1].entity is not None, p[1].code is not None, order * p[0]))[
                1
            ]
        else:
            best = min(resolved, key=lambda m: _KIND_RANK[m.kind])
        code = best.code or next((m.code for m in resolved if m.code), None)
        if best.kind == "person":
            name = best.name or best.text
            fuller = (
                self.name_written_earlier(name, best.start) if complete and len(name.split()) == 1 else None
            )
            if fuller is not None:
                return Speaker(
                    fuller.text, code or fuller.code, best.role or fuller.role, f"{how}: {fuller.how}"
                )
            return Speaker(name, code, best.role, f"{how}: person mention '{best.text}'")
        if best.kind == "official" and not best.name:
            holder = self.title_holder(best)
            if holder is not None:
                return Speaker(
                    holder.name or holder.text,
                    holder.code or code,
                    holder.role,
                    f"{how}: title '{best.text}' held by '{holder.text}'",
                )
        text = phrase.strip() or best.name or best.text
        return Speaker(text, code, best.role, f"{how}: {best.kind} mention '{best.text}'")

    def is_common_word(self, word: str) -> bool:
        """True when the article also writes this capitalised word in lower case: not a name."""
        bare = word.strip("*,.").lower()
        if bare not in self._lower_words_cache:
            self._lower_words_cache[bare] = bare in self.text and bool(
                re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", self.text)
            )
        return self._lower_words_cache[bare]

    def is_pronoun(self, m: Mention) -> bool:
        """A pronoun or clitic mention ("ia", "dia", "nya"), as opposed to a surname or a title."""
        folded = m.text.casefold().strip()
        return self.cues.points_back(folded) or folded in self.cues.suffixes

    def last_said(self, pos: int) -> Said | None:
        """The latest speaker in the history before `pos`, within reach of a pronoun."""
        para = self.paragraph_of(pos)
        earlier = [s for s in self.history if s.position <= pos and para - s.paragraph <= HISTORY_PARAGRAPHS]
        return max(earlier, key=lambda s: s.position) if earlier else None

    def title_holder(self, official: Mention) -> Mention | None:
        """For a bare title ("kata Presiden"), the person named earlier with that role."""
        title = official.text.casefold().strip()
        for m in reversed(self.mentions):
            if m.start >= official.start or m.kind != "person" or not m.role:
                continue
            role = m.role.casefold()
            if (title in role or role in title) and (
                official.code is None or m.code in (None, official.code)
            ):
                return m
        return None

    def speaker_from_text(self, start: int, end: int, how: str) -> Speaker | None:
        """A speaker from the phrase as written when no mention covers it."""
        phrase = self.text[start:end].replace("*", "").strip(" ,.")
        if not phrase:
            return None
        words = phrase.split()
        if all(w.casefold() in self.cues.not_names for w in words):
            return None
        if len(words) == 1:
            named = self.name_written_earlier(words[0], start)
            if named is not None:
                return named
        if not _CAPITAL.search(phrase):
            return None  # an unnamed, undescribed speaker ("para anggota dewan") the scorer cannot match
        outlets = self.agencies.find(phrase)
        if outlets:
            agency = outlets[-1][2]
            return Speaker(phrase, agency.country, None, f"{how}: outlet '{agency.name}'")
        return Speaker(phrase, None, None, f"{how}: phrase as written '{phrase}'")

    def name_written_earlier(self, word: str, before: int) -> Speaker | None:
        """A one-word speaker ("Setyo", "militer") completed from a fuller mention or writing of it.

        A person mention whose name contains the word wins; else the commonest way the text
        continued the word with capitalised words ("Setyo Wasisto", "Militer Israel"), away
        from the first line (the headline capitalises every word).
        """
        folded = word.casefold()
        if word[:1].isupper():
            for said in reversed(self.history):
                names = said.speaker.text.casefold().split()
                if said.position <= before and folded in names and len(names) > 1:
                    s = said.speaker
                    return Speaker(s.text, s.code, s.role, f"name '{word}' of the earlier speaker {s.text}")
            for m in self.mentions:
                names = f"{m.name or ''} {m.text}".casefold().split()
                if m.kind == "person" and folded in names and len((m.name or m.text).split()) > 1:
                    return Speaker(
                        m.name or m.text, m.code, m.role, f"name '{word}' of person mention '{m.text}'"
                    )
        # "Menteri Pertanian (Mentan) Andi Amran Sulaiman": a short form defined before a name
        defined_forms = (
            re.finditer(rf"\({re.escape(word)}\)[ \t]*", self.text[:before])
            if f"({word})" in self.text[:before]
            else ()
        )
        for defined in defined_forms:
            holder = next(
                (
                    m
                    for m in self.mentions
                    if m.kind == "person"
                    and (defined.end() <= m.start <= defined.end() + 2 or m.start <= defined.start() < m.end)
                ),
                None,
            )
            if holder is not None:
                return Speaker(
                    holder.name or holder.text,
                    holder.code,
                    holder.role,
                    f"'{word}' defined before '{holder.text}'",
                )
            named = _FULL_NAME.match(self.text[defined.end() : before])
            if named is not None:
                return Speaker(named.group(), None, None, f"'{word}' defined before '{named.group()}'")
        if not self._may_be_written(word, before):
            return None
        first_line = self.text.find("\n")
        counts: dict[str, int] = {}
        last_at: dict[str, tuple[int, int]] = {}
        for start, end in self._written_in_full(word, before):
            full = self.text[start:end]
            if start < first_line or not full[len(word) :].strip()[:1].isupper():
                continue
            if not word[:1].isupper():
                full = full[:1].upper() + full[1:]
            counts[full] = counts.get(full, 0) + 1
            last_at[full] = (start, end)
        if not counts:
            return None
        best = max(counts, key=lambda k: (counts[k], last_at[k][0]))
        a, b = last_at[best]
        sp = self.speaker_from_mentions(
            self.mentions_in(a, b), best, f"'{word}' written in full earlier", complete=False
        )
        if sp is not None and len(sp.text.split()) == 1:
            sp = Speaker(best, sp.code, sp.role, sp.how)
        if sp is None and word[:1].isupper():
            sp = Speaker(best, None, None, f"name '{word}' written in full earlier")
        return sp

    def _written_in_full(self, word: str, before: int) -> list[tuple[int, int]]:
        """Where text[:before] holds the word (any case) followed by one or two capitalised
        words ("Setyo Wasisto"): what `_full_name_pattern(word).finditer` finds, without compiling
        a pattern per word when the casefolded text can be searched for it."""
        if not word.isascii() or not word or self.folded is None:
            return [m.span() for m in _full_name_pattern(word).finditer(self.text, 0, before)]
        key, size = word.casefold(), len(word)
        found: list[tuple[int, int]] = []
        at = self.folded.find(key, 0, before)
        while at >= 0:
            tail = None if at and _WORD_CHAR.match(self.text, at - 1) else _NAME_TAIL.match(self.text, at + size, before)
            if tail is not None:
                found.append((at, tail.end()))
                at = self.folded.find(key, tail.end(), before)
            else:
                at = self.folded.find(key, at + 1, before)
        return found

    def _may_be_written(self, word: str, before: int) -> bool:
        """False when the text before `before` cannot hold `word` in any letter case."""
        # an ASCII word matches case-insensitively only where the casefolded text holds it
        if not word.isascii() or self.folded is None:
            return True
        return self.folded.find(word.casefold(), 0, before) >= 0

    def recent_speaker(self, pos: int, how: str) -> Speaker | None:
        """The speaker a pronoun or a bare "katanya" most likely means at `pos`.

        The latest of: the previous attributed quote or reported statement (counted from the
        end of its attribution clause, so "kata Jokowi kepada PM Suga" stays Jokowi's), and a
        person who is the subject of a later sentence ("Dia pun mengancam ...").
        """
        para = self.paragraph_of(pos)
        best: tuple[int, Speaker] | None = None
        for said in self.history:
            recent = said.position <= pos and para - said.paragraph <= HISTORY_PARAGRAPHS
            if recent and (best is None or said.position >= best[0]):
                s = said.speaker
                best = (
                    said.position,
                    Speaker(s.text, s.code, s.role, f"{how}: the previous speaker ({s.text})"),
                )
        for m in self.sentence_subjects(pos):
            if para - self.paragraph_of(m.start) > HISTORY_PARAGRAPHS or (
                best is not None and m.end <= best[0]
            ):
                continue
            found = self.speaker_from_mentions([m], "", how)
            if found is not None:
                best = (
                    m.end,
                    Speaker(
                        found.text, found.code, found.role, f"{how}: the last person spoken of ({m.text})"
                    ),
                )
        if best is None:
            # no earlier speaker and no person mention to go on: the last name written as a subject
            written = self.written_subjects(pos, para)
            if written:
                w = written[-1][1]
                return Speaker(w.text, w.code, w.role, f"{how}: the last subject written ({w.text})")
        return best[1] if best else None

    def written_subjects(self, pos: int, para: int) -> list[tuple[int, Speaker]]:
        """Capitalised names written right before a verb ("Ixfan pun mengimbau", "Lukman Leong
        memperkirakan"), outside quotes, in the paragraphs a pronoun may reach back to."""
        first = self.paras[max(0, para - HISTORY_PARAGRAPHS)].start if self.paras else 0
        found: list[tuple[int, Speaker]] = []
        for m in self.cues.written_subject.finditer(self.text, first, pos):
            group = "name" if m.groupdict().get("name") else "aged"
            verb = (m.groupdict().get("verb") or "").casefold()
            if verb in self.cues.stops or verb in self.cues.not_names:
                continue  # "meski", "tersebut": a prefix's shape, not a verb
            words = m.group(group).split()
            while words and words[0].casefold() in self.cues.not_names:
                words.pop(0)
            if (
                not words
                or self.quoted.holds(m.start())
                or self.cues.points_back(words[0])
            ):
                continue
            name = " ".join(words)
            if name.split()[0].casefold() in self.cues.stops or "\n" in name:
                continue
            inside = self.mentions_in(m.start(group), m.end(group))
            sp = self.speaker_from_mentions(inside, name, "subject") if inside else None
            found.append((m.end(group), sp or Speaker(name, None, None, "subject written before a verb")))
        return found

    def sentence_subjects(self, pos: int) -> list[Mention]:
        """Person or official mentions that open a sentence before `pos`, outside quotes: those of
        the mentions read in order up to the first one that ends after `pos`."""
        if self._subjects is None or self._subjects[0] is not self.quoted:
            self._subjects = (self.quoted, self._all_sentence_subjects())
        read = bisect.bisect_right(self.mention_reach, pos)
        return [m for i, m in self._subjects[1] if i < read]

    def _all_sentence_subjects(self) -> list[tuple[int, Mention]]:
        """Every sentence-opening person or official mention outside quotes, with its position in
        `mentions` (worked out once: whether a mention qualifies does not depend on `pos`)."""
        subjects: list[tuple[int, Mention]] = []
        seen_sentences: set[int] = set()
        for i, m in enumerate(self.mentions):
            if self.inside_quote(m):
                continue
            target = self.resolve_coreference(m) if m.antecedent is not None else m
            if target is None or target.kind not in ("person", "official"):
                continue
            start = self.sentence_start(m.start)
            if start in seen_sentences:
                continue
            lead = self.text[start : m.start]
            if "," in lead:
                lead = lead.rsplit(",", 1)[1]
            # mentions are sorted by start: those from the sentence start to this one
            before = self.mentions[
                bisect.bisect_left(self.mention_starts, start) : bisect.bisect_left(self.mention_starts, m.start)
            ]
            if len(lead.split()) <= 2 and not any(
                x.kind in _KIND_RANK and start <= x.start < m.start and not self.inside_quote(x) for x in before
            ):
                subjects.append((i, m))
                seen_sentences.add(start)
        return subjects

    def speaker_at(self, start: int, end: int, how: str, pronoun_pos: int) -> Speaker | None:
        """Speaker of a phrase at text[start:end]: mentions, coreference, recency, or the words."""
        phrase = self.text[start:end]
        # the mentions touching text[start:end]: from the first that reaches `start - 1` to the last
        # that starts by `end`
        first = bisect.bisect_right(self.mention_reach, start - 1)
        last = bisect.bisect_left(self.mention_starts, end + 1)
        found = [m for m in self.mentions[first:last] if m.end > start - 1 and m.end > m.start]
        if self.cues.points_back(phrase) and all(m.antecedent is not None for m in found):
            return self.recent_speaker(pronoun_pos, how)
        if self.cues.points_back(phrase) and not any(m.kind == "person" for m in found):
            # "sambung politikus PDI-P itu": a description of the last speaker, if there was one
            recent = self.recent_speaker(pronoun_pos, how)
            if recent is not None:
                return recent
        sp = self.speaker_from_mentions(found, phrase, how, last=True)
        if sp is not None:
            return sp
        return self.speaker_from_text(start, end, how)


# one or two capitalised words after a name's first word: "Setyo| Wasisto"
_NAME_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w'’-]+){1,2}")
_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=64)
def _full_name_pattern(word: str) -> re.Pattern[str]:
    """The word (any case) followed by one or two capitalised words: "Setyo Wasisto"."""
    return re.compile(rf"(?<!\w)(?i:{re.escape(word)})((?:[ \t]+[A-Z][\w'’-]+){{1,2}})")
