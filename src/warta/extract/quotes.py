"""Direct quotes with their speakers, and the agencies and outlets an article cites.

A span between quotation marks (`quotes_marks.py`) is a quote when an attribution cue
(`lang/<code>/quote_cues.tsv`) ties it to a speaker:
- after the closing mark: `"...," kata Lavrov`, `"...," ujarnya` (the suffix points back);
- before the opening mark in the same sentence: `Lavrov mengatakan: "..."`, `Menurut X, "..."`;
- or it is a paragraph that only continues the previous speaker's quote.
Marks with no cue are scare quotes, titles or names, not quotes. Speakers come from the actor
stage's mentions (canonical name, code, role); a pronoun or suffix goes through the mention's
coreference, else the most recent speaker; with no mention the phrase as written is kept.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.extract.quotes_cues import QuoteCues, quote_cues, speaker_phrase
from warta.extract.quotes_marks import ALL_DOUBLE, QuoteSpan, find_quote_spans, paragraphs
from warta.extract.sources_cited import AgencyIndex, Citation, CitationFinder, cited_names, load_agencies
from warta.lang import LanguagePack
from warta.model import Doc, Mention, Quote, Sentence

# A quote in mid-sentence ("... dengan cara yang "pragmatis, masuk akal"") is only a quote of
# its own when it is at least this long; shorter ones are scare quotes or partial quotes.
MIN_PARTIAL_WORDS = 8
# Shorter quoted words ("Tidak," "Belum") are answers or labels, never a quote of their own.
MIN_QUOTE_WORDS = 3
# How many paragraphs back a pronoun or a continuation paragraph may reach for its speaker.
HISTORY_PARAGRAPHS = 6
# How many paragraphs a quote with no cue of its own may sit after the quote it continues.
CONTINUATION_PARAGRAPHS = 2
# An indirect statement needs at least this many words after its reporting verb.
MIN_INDIRECT_WORDS = 4
_KIND_RANK = {"person": 0, "official": 1, "organisation": 2, "armed_group": 2, "state": 3}
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’)]|$)|\n")
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to, and how that was decided."""

    text: str
    code: str | None
    role: str | None
    how: str


@dataclass(frozen=True, slots=True)
class _Said:
    """A speaker at a position in the text: the memory pronouns resolve against."""

    position: int
    paragraph: int
    speaker: Speaker


class _Context:
    """One article's text, mentions and sentence starts, with the lookups attribution needs."""

    def __init__(
        self, doc: Doc, sentences: Sequence[Sentence], mentions: Sequence[Mention], cues: QuoteCues
    ) -> None:
        self.text = doc.text
        self.cues = cues
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.by_offsets = {(m.start, m.end): m for m in self.mentions}
        self.starts = sorted({s.start for s in sentences}) or self._guess_sentence_starts()
        self.paras = paragraphs(self.text)
        self.para_starts = [p.start for p in self.paras]
        self.quoted: list[tuple[int, int]] = []
        self.history: list[_Said] = []
        self.agencies = AgencyIndex(load_agencies())
        self._lower_words_cache: dict[str, bool] = {}

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
        return any(a <= m.start and m.end <= b for a, b in self.quoted)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end and m.end > m.start]

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

    def speaker_from_mentions(self, found: Sequence[Mention], phrase: str, how: str) -> Speaker | None:
        """The best speaker among mentions: a named person first, then a role holder, body, state."""
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
        best = min(resolved, key=lambda m: _KIND_RANK[m.kind])
        code = best.code or next((m.code for m in resolved if m.code), None)
        if best.kind == "person":
            return Speaker(best.name or best.text, code, best.role, f"{how}: person mention '{best.text}'")
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
            self._lower_words_cache[bare] = bool(
                re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", self.text)
            )
        return self._lower_words_cache[bare]

    def is_pronoun(self, m: Mention) -> bool:
        """A pronoun or clitic mention ("ia", "dia", "nya"), as opposed to a surname or a title."""
        folded = m.text.casefold().strip()
        return self.cues.points_back(folded) or folded in self.cues.suffixes

    def last_said(self, pos: int) -> _Said | None:
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
        if not re.search(r"[A-Z]", phrase):
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
                if said.position <= before and folded in said.speaker.text.casefold().split():
                    s = said.speaker
                    return Speaker(s.text, s.code, s.role, f"name '{word}' of the earlier speaker {s.text}")
            for m in self.mentions:
                names = f"{m.name or ''} {m.text}".casefold().split()
                if m.kind == "person" and folded in names:
                    return Speaker(
                        m.name or m.text, m.code, m.role, f"name '{word}' of person mention '{m.text}'"
                    )
        # "Menteri Pertanian (Mentan) Andi Amran Sulaiman": a short form defined before a name
        for defined in re.finditer(rf"\({re.escape(word)}\)[ \t]*", self.text[:before]):
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
        first_line = self.text.find("\n")
        counts: dict[str, int] = {}
        last_at: dict[str, tuple[int, int]] = {}
        pattern = re.compile(rf"(?<!\w)(?i:{re.escape(word)})((?:[ \t]+[A-Z][\w'’-]+){{1,2}})")
        for hit in pattern.finditer(self.text, 0, before):
            if hit.start() < first_line or not hit.group(1).strip()[:1].isupper():
                continue
            full = self.text[hit.start() : hit.end()]
            if not word[:1].isupper():
                full = full[:1].upper() + full[1:]
            counts[full] = counts.get(full, 0) + 1
            last_at[full] = (hit.start(), hit.end())
        if not counts:
            return None
        best = max(counts, key=lambda k: (counts[k], last_at[k][0]))
        a, b = last_at[best]
        sp = self.speaker_from_mentions(self.mentions_in(a, b), best, f"'{word}' written in full earlier")
        if sp is None and word[:1].isupper():
            sp = Speaker(best, None, None, f"name '{word}' written in full earlier")
        return sp

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
            words = m.group(group).split()
            while words and words[0].casefold() in self.cues.not_names:
                words.pop(0)
            if (
                not words
                or any(a <= m.start() < b for a, b in self.quoted)
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
        """Person or official mentions that open a sentence before `pos`, outside quotes."""
        subjects: list[Mention] = []
        seen_sentences: set[int] = set()
        for m in self.mentions:
            if m.end > pos:
                break
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
            if len(lead.split()) <= 2 and not any(
                x.kind in _KIND_RANK and start <= x.start < m.start and not self.inside_quote(x)
                for x in self.mentions
            ):
                subjects.append(m)
                seen_sentences.add(start)
        return subjects

    def speaker_at(self, start: int, end: int, how: str, pronoun_pos: int) -> Speaker | None:
        """Speaker of a phrase at text[start:end]: mentions, coreference, recency, or the words."""
        phrase = self.text[start:end]
        found = [m for m in self.mentions if m.start < end + 1 and m.end > start - 1 and m.end > m.start]
        if self.cues.points_back(phrase) and all(m.antecedent is not None for m in found):
            return self.recent_speaker(pronoun_pos, how)
        sp = self.speaker_from_mentions(found, phrase, how)
        if sp is not None:
            return sp
        return self.speaker_from_text(start, end, how)


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _SENTENCE_END.search(text, pos, limit)
    return m.end() if m else limit


class _Attribution:
    """What ties a quote span to its speaker."""

    def __init__(self, speaker: Speaker, cue: str, position: str, clause: tuple[int, int]) -> None:
        self.speaker = speaker
        self.cue = cue
        self.position = position  # after | before | according | continuation
        self.clause = clause  # offsets of the attribution words, for the per-quote cited source


def _after_attribution(ctx: _Context, span: QuoteSpan, limit: int) -> _Attribution | None:
    """`"...," kata Lavrov` / `"...," ujarnya` / `"...," Lavrov mengatakan`."""
    text, cues = ctx.text, ctx.cues
    m = cues.after.match(text, span.end, limit)
    if m is not None:
        cue = m.group("cue")
        clause = (span.end, _clause_end(text, m.end(), limit))
        if cues.is_suffixed(cue, m.group("suf")):
            sp = ctx.recent_speaker(span.start, f"after cue '{m.group().strip(' ,.')}'")
        else:
            a, b = speaker_phrase(text, m.end(), cues.stops, limit, cues.not_names, cues.abbreviations)
            if a == b and not text[m.end() : limit].strip(" ,.*"):
                return None
            sp = ctx.speaker_at(a, b, f"after cue '{cue}'", span.start)
        return _Attribution(sp, cue, "after", clause) if sp else None
    m = cues.name_then_verb.match(text, span.end, limit)
    if m is not None:
        sp = ctx.speaker_at(
            m.start("name"), m.end("name"), f"after quote: '{m.group('name')} {m.group('cue')}'", span.start
        )
        clause = (span.end, _clause_end(text, m.end(), limit))
        return _Attribution(sp, m.group("cue"), "after", clause) if sp else None
    return None


def _before_attribution(
    ctx: _Context, span: QuoteSpan, prefix_start: int
) -> tuple[_Attribution, bool] | None:
    """`Lavrov mengatakan: "..."` / `Menurut Galuzin, "..."`; the flag says the quote is partial."""
    text, cues = ctx.text, ctx.cues
    verbs = list(cues.before.finditer(text, prefix_start, span.start))
    if verbs:
        v = verbs[-1]
        gap = text[v.end() : span.start]
        # "mengatakan: "...", "mengatakan kepada wartawan, "..."": the quote is a whole utterance;
        # "setuju bahwa "semua negara ..."" or "menggambarkan "sangat baik"": a part of the sentence
        direct = not gap.strip() or gap.rstrip().endswith((":", ","))
        subject = [m for m in ctx.mentions_in(prefix_start, v.start()) if not ctx.inside_quote(m)]
        how = f"before cue '{v.group('cue')}'"
        sp = ctx.speaker_from_mentions(subject, "", how) if subject else None
        if sp is None:
            sp = _subject_from_text(ctx, prefix_start, v.start(), how, span.start)
        if sp is None:
            return None
        return _Attribution(sp, v.group("cue"), "before", (prefix_start, span.start)), not direct
    if cues.according is not None:
        for a in reversed(list(cues.according.finditer(text, prefix_start, span.start))):
            comma = text.find(",", a.end(), span.start)
            end = comma if comma != -1 else span.start
            how = f"according cue '{a.group()}'"
            if a.group("suf"):  # "Menurutnya, "...""
                sp = ctx.recent_speaker(span.start, how)
            else:
                s, e = speaker_phrase(text, a.end(), cues.stops, end)
                if s == e:
                    continue
                sp = ctx.speaker_at(s, e, how, span.start)
            if sp is None:
                continue
            partial = bool(text[end : span.start].strip(" ,:"))
            return _Attribution(sp, a.group("cue"), "according", (prefix_start, span.start)), partial
    return None


def _subject_from_text(ctx: _Context, start: int, verb_start: int, how: str, pos: int) -> Speaker | None:
    """The subject written before a reporting verb: a name, or a pronoun to resolve.

    The capitalised words right before the verb win ("Dehqan mengatakan"); else the first
    capitalised words of the clause that do not open an adverbial ("Dalam pertemuan itu,").
    """
    before = ctx.text[start:verb_start]
    words = list(re.finditer(r"\S+", before))
    if not words:
        return None
    if ctx.cues.points_back(words[-1].group().strip("*,")):
        return ctx.recent_speaker(pos, f"{how}, pronoun '{words[-1].group()}'")
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    run_end = 0
    for w in words:
        token = w.group().strip("*,")
        if _CAPITALISED.fullmatch(token) and token.casefold() not in ctx.cues.stops | ctx.cues.not_names:
            run_start = w.start() if run_start is None else run_start
            run_end = w.start() + len(w.group().rstrip("*,"))
            if w.group().endswith(","):
                runs.append((run_start, run_end))
                run_start = None
        elif run_start is not None:
            runs.append((run_start, run_end))
            run_start = None
    if run_start is not None:
        runs.append((run_start, run_end))
    if not runs:
        return None
    last = runs[-1]
    chosen = last if last[1] == len(before.rstrip().rstrip(",*")) else runs[0]
    a, b = start + chosen[0], start + chosen[1]
    # a sentence's first word has a capital whether or not it is a name: "Mungkin", "Kitab"
    first = re.match(r"\S+", ctx.text[a:b])
    if first and ctx.is_common_word(first.group()):
        a = first.end() + a
        a += len(ctx.text[a:b]) - len(ctx.text[a:b].lstrip())
    if a >= b:
        return None
    return ctx.speaker_from_text(a, b, how)


def _prefix_start(ctx: _Context, span: QuoteSpan, previous_end: int) -> int:
    start = max(ctx.sentence_start(span.start), span.paragraph_start, previous_end)
    # a reporting clause may sit at the end of the previous paragraph: 'Jokowi mengatakan:'
    if not ctx.text[start : span.start].strip() and span.paragraph > 0:
        prev = ctx.paras[span.paragraph - 1]
        if ctx.text[prev.start : prev.end].rstrip().endswith(":") and prev.end > previous_end:
            return max(ctx.sentence_start(prev.end - 1), prev.start, previous_end)
    return start


def _quote_cited_source(citations: Sequence[Citation], clause: tuple[int, int]) -> str | None:
    a, b = clause
    return next((c.name for c in citations if a <= c.start < b), None)


def _attribute(
    ctx: _Context, spans: Sequence[QuoteSpan], index: int, last: tuple[Speaker, int, int] | None
) -> tuple[_Attribution, bool] | None:
    """The attribution of spans[index] and whether it is a mid-sentence (partial) quote."""
    span = spans[index]
    text = ctx.text
    nxt = spans[index + 1].start if index + 1 < len(spans) else len(text)
    limit = min(span.paragraph_end, nxt)
    prev_end = spans[index - 1].end if index > 0 else 0
    prefix_start = _prefix_start(ctx, span, prev_end)
    prefix = text[prefix_start : span.start]
    after = _after_attribution(ctx, span, limit)
    if after is not None:
        partial = _words(prefix.replace("*", "")) > 0 and not prefix.rstrip().endswith((":", ","))
        return after, partial
    before = _before_attribution(ctx, span, prefix_start)
    if before is not None:
        return before
    if last is None or not span.double:
        return None
    speaker, para, clause_end = last
    cont = Speaker(speaker.text, speaker.code, speaker.role, f"continues the quote of {speaker.text}")
    # an interrupted quote: "Kami ...," kata Lavrov, "dan ..."
    if clause_end >= span.start and text[prev_end : span.start].rstrip().endswith((",", ":")):
        return _Attribution(cont, "", "continuation", (span.end, span.end)), False
    # a paragraph or sentence that only carries on the previous speaker's words
    # (up to the end of its sentence, so a text with no paragraph breaks works too)
    trailing = text[span.end : min(limit, ctx.next_sentence_start(span.end))].strip(' \t.,;:!?*"”’')
    near = (
        span.paragraph - para <= CONTINUATION_PARAGRAPHS
        and ctx.sentences_between(clause_end, span.start) <= 2
    )
    if not prefix.strip(" \t*") and not trailing and near:
        return _Attribution(cont, "", "continuation", (span.end, span.end)), False
    return None


def _indirect(ctx: _Context, s: Sentence) -> Quote | None:
    """Reported speech with no marks: 'Lavrov mengatakan bahwa ...'."""
    if any(ch in s.text for ch in ALL_DOUBLE) or any(a < s.end and s.start < b for a, b in ctx.quoted):
        return None
    v = ctx.cues.before.search(ctx.text, s.start, s.end)
    if v is None:
        return None
    rest = ctx.text[v.end() : s.end]
    m = re.match(r"[\s,:]*(?:bahwa\s+)?", rest)
    content = rest[m.end() if m else 0 :].strip()
    if _words(content) < MIN_INDIRECT_WORDS:
        return None
    subject = ctx.mentions_in(s.start, v.start())
    how = f"indirect, cue '{v.group('cue')}'"
    sp = ctx.speaker_from_mentions(subject, "", how) if subject else None
    sp = sp or _subject_from_text(ctx, s.start, v.start(), how, v.start())
    if sp is None:
        return None
    start = v.end() + (m.end() if m else 0)
    return Quote(content.rstrip("."), sp.text, sp.code, None, "indirect", sp.role, start, s.end, sp.how)


def extract_quotes(
    doc: Doc,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    pack: LanguagePack,
    include_indirect: bool = False,
) -> tuple[list[Quote], list[str]]:
    """The article's quotes with their speakers, and the outlets it cites (canonical names)."""
    cues = quote_cues(pack)
    ctx = _Context(doc, sentences, mentions, cues)
    blocked = [(m.start, m.end) for m in mentions if m.kind in ("state", "place", "person")]
    citations = CitationFinder(pack).find(doc.text, doc.outlet, blocked, doc.url)
    spans = find_quote_spans(doc.text, cues.lost_close)
    ctx.quoted = [(s.start, s.end) for s in spans]
    quotes: list[Quote] = []
    indirect: list[Quote] = []
    last: tuple[Speaker, int, int] | None = None
    waiting: list[QuoteSpan] = []  # unattributed quote paragraphs a following quote may claim
    # spans and unquoted sentences in text order, so each speaker is known before it is referred to
    steps: list[tuple[int, int, Sentence | None]] = [(sp.start, i, None) for i, sp in enumerate(spans)]
    steps += [(s.start, -1, s) for s in sentences]
    steps.sort(key=lambda x: (x[0], x[1]))
    for _, i, sentence in steps:
        if sentence is not None:
            reported = _indirect(ctx, sentence)
            if reported is not None:
                indirect.append(reported)
                said = Speaker(
                    reported.speaker or "", reported.speaker_code, reported.speaker_role, reported.reason
                )
                ctx.history.append(_Said(reported.end, ctx.paragraph_of(reported.start), said))
            continue
        span = spans[i]
        quoted = span.text(doc.text)
        if not re.search(r"\w", quoted):
            continue
        found = _attribute(ctx, spans, i, last)
        if found is None:
            if _stands_alone(doc.text, span):
                waiting = [w for w in waiting if w.paragraph >= span.paragraph - 1] + [span]
            continue
        attribution, partial = found
        if _words(quoted) < MIN_QUOTE_WORDS or (partial and _words(quoted) < MIN_PARTIAL_WORDS):
            continue
        if not span.double and (partial or attribution.position == "continuation"):
            continue
        if not span.closed and attribution.position == "continuation":
            continue
        sp = attribution.speaker
        cue = f"{attribution.position} cue '{attribution.cue}'" if attribution.cue else attribution.position
        quotes.append(
            Quote(
                text=quoted,
                speaker=sp.text,
                speaker_code=sp.code,
                cited_source=_quote_cited_source(citations, attribution.clause),
                kind="direct",
                speaker_role=sp.role,
                start=span.start,
                end=span.end,
                reason=f"{cue}; speaker {sp.how}",
            )
        )
        # quote paragraphs with no cue of their own, right before this one: the same speaker's words
        if attribution.position in ("after", "before") and _stands_alone(doc.text, span, trailing_ok=True):
            chain = _chain_before(ctx, waiting, span)
            quotes.extend(
                Quote(
                    w.text(doc.text),
                    sp.text,
                    sp.code,
                    None,
                    "direct",
                    sp.role,
                    w.start,
                    w.end,
                    f"continued by the next paragraph's quote; speaker {sp.how}",
                )
                for w in chain
            )
        waiting = []
        last = (sp, ctx.paragraph_of(span.end), attribution.clause[1])
        ctx.history.append(_Said(max(span.end, attribution.clause[1]), ctx.paragraph_of(span.end), sp))
    quotes.sort(key=lambda q: q.start)
    if include_indirect:
        quotes.extend(indirect)
        quotes.sort(key=lambda q: q.start)
    return quotes, cited_names(citations)


def _stands_alone(text: str, span: QuoteSpan, trailing_ok: bool = False) -> bool:
    """A closed double quote that opens its paragraph (and, unless `trailing_ok`, fills it)."""
    if not (span.double and span.closed) or text[span.paragraph_start : span.start].strip(" \t*"):
        return False
    return trailing_ok or not text[span.end : span.paragraph_end].strip(' \t.,;:!?*"”’')


def _chain_before(ctx: _Context, waiting: Sequence[QuoteSpan], span: QuoteSpan) -> list[QuoteSpan]:
    """The unattributed quote paragraphs in an unbroken run right before `span`'s paragraph."""
    chain: list[QuoteSpan] = []
    expected = ctx.paragraph_of(span.start) - 1
    for w in reversed(waiting):
        if ctx.paragraph_of(w.end) != expected or _words(w.text(ctx.text)) < MIN_PARTIAL_WORDS:
            break
        chain.insert(0, w)
        expected = ctx.paragraph_of(w.start) - 1
    return chain
