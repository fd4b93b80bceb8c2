"""Direct quotes with their speakers, and the agencies and outlets an article cites.

A span between quotation marks (`quotes_marks.py`) is a quote when an attribution cue
(`lang/<code>/quote_cues.tsv`) ties it to a speaker:
- after the closing mark: `"...," kata Lavrov`, `"...," ujarnya` (the suffix points back);
- before the opening mark in the same sentence: `Lavrov mengatakan: "..."`, `Menurut X, "..."`;
- or it only continues a quote: the same speaker's next paragraph or sentence, the second
  half of an interrupted quote (`"...," kata X, "..."`), or a quote paragraph with no cue
  right before a quote paragraph that has one.
Marks with no cue are scare quotes, titles or names, not quotes; a short mid-sentence quote
is a partial quote and left out. Who the speaker is (`quotes_speakers.py`) comes from the
actor stage's mentions, the speakers found so far, and the words as written. The cited
outlets come from `sources_cited.py`; a quote's own `cited_source` is the one its
attribution clause names ("kata Lavrov seperti dikutip kantor berita Xinhua").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from warta.extract.quotes_cues import quote_cues, speaker_phrase
from warta.extract.quotes_marks import ALL_DOUBLE, QuoteSpan, find_quote_spans
from warta.extract.quotes_speakers import QuoteContext, QuotedSpans, Said, Speaker
from warta.extract.sources_cited import Citation, CitationFinder, cited_names
from warta.lang import LanguagePack
from warta.model import Doc, Mention, Quote, Sentence

# A quote in mid-sentence ("... dengan cara yang "pragmatis, masuk akal"") is only a quote of
# its own when it is at least this long; shorter ones are scare quotes or partial quotes.
MIN_PARTIAL_WORDS = 8
# Shorter quoted words ("Tidak," "Belum") are answers or labels, never a quote of their own.
MIN_QUOTE_WORDS = 3
# How many paragraphs a quote with no cue of its own may sit after the quote it continues.
CONTINUATION_PARAGRAPHS = 2
# An indirect statement needs at least this many words after its reporting verb.
MIN_INDIRECT_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”’)]|$)|\n")
# A capitalised name right before a verb, perhaps closing an apposition: "..., Muhammad Ardiansyah,"
_NAME_BEFORE_VERB = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]*,?[ \t]*$")
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*")
_WORD = re.compile(r"\w+")
_NON_SPACE_RUN = re.compile(r"\S+")
_DOUBLE_MARK = re.compile("[" + "".join(re.escape(ch) for ch in ALL_DOUBLE) + "]")


def _words(s: str) -> int:
    return len(_WORD.findall(s))


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


def _after_attribution(ctx: QuoteContext, span: QuoteSpan, limit: int) -> _Attribution | None:
    """`"...," kata Lavrov` / `"...," ujarnya` / `"...," Lavrov mengatakan`."""
    text, cues = ctx.text, ctx.cues
    m = cues.after.match(text, span.end, limit)
    if m is not None:
        cue = m.group("cue")
        clause = (span.end, _clause_end(text, m.end(), limit))
        if cues.is_suffixed(cue, m.group("suf")):
            sp = ctx.recent_speaker(span.start, f"after cue '{m.group().strip(' ,.')}'")
        else:
            a, b = speaker_phrase(text, m.end(), cues, limit)
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
    ctx: QuoteContext, span: QuoteSpan, prefix_start: int
) -> tuple[_Attribution, bool] | None:
    """`Lavrov mengatakan: "..."` / `Menurut Galuzin, "..."`; the flag says the quote is partial."""
    text, cues = ctx.text, ctx.cues
    verbs = cues.before_scan.finditer(text, ctx.verb_starts, prefix_start, span.start)
    if verbs:
        v = verbs[-1]
        gap = text[v.end() : span.start]
        # "mengatakan: "...", "mengatakan kepada wartawan, "..."": the quote is a whole utterance;
        # "setuju bahwa "semua negara ..."" or "menggambarkan "sangat baik"": a part of the sentence
        direct = not gap.strip() or gap.rstrip().endswith((":", ","))
        how = f"before cue '{v.group('cue')}'"
        sp = _subject(ctx, prefix_start, v.start(), how, span.start)
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
                s, e = speaker_phrase(text, a.end(), cues, end)
                if s == e:
                    continue
                sp = ctx.speaker_at(s, e, how, span.start)
            if sp is None:
                continue
            partial = bool(text[end : span.start].strip(" ,:"))
            return _Attribution(sp, a.group("cue"), "according", (prefix_start, span.start)), partial
    return None


def _subject(ctx: QuoteContext, start: int, verb_start: int, how: str, pos: int) -> Speaker | None:
    """The speaker a reporting verb's subject names: mentions, a pointer back, or the words."""
    words = ctx.text[start:verb_start].split()
    first = words[0].strip("*,").casefold() if words else ""
    if first in ctx.cues.descriptors or (
        len(words) > 1 and f"{first} {words[1].casefold()}" in ctx.cues.descriptors
    ):
        # "Politikus Partai Nasdem ini meminta ...": a description of the last speaker
        return ctx.recent_speaker(pos, f"{how}, described as '{words[0]}'")
    subject = [m for m in ctx.mentions_in(start, verb_start) if not ctx.inside_quote(m)]
    sp = ctx.speaker_from_mentions(subject, "", how) if subject else None
    if sp is not None and all(m.kind == "state" for m in subject):
        # "Kiper Timnas U23 Indonesia, Muhammad Ardiansyah, menegaskan": the name, of that state
        named = _NAME_BEFORE_VERB.search(ctx.text, start, verb_start)
        if named and not any(m.start < start + named.end() and m.end > named.start() for m in subject):
            a, b = named.span("name")
            if not ctx.is_common_word(ctx.text[a:b].split()[0]):
                return Speaker(ctx.text[a:b], sp.code, None, f"{how}: name written before the verb")
    return sp or _subject_from_text(ctx, start, verb_start, how, pos)


def _subject_from_text(ctx: QuoteContext, start: int, verb_start: int, how: str, pos: int) -> Speaker | None:
    """The subject written before a reporting verb: a name, or a pronoun to resolve.

    The capitalised words right before the verb win ("Dehqan mengatakan"); else the first
    capitalised words of the clause that do not open an adverbial ("Dalam pertemuan itu,").
    """
    before = ctx.text[start:verb_start]
    words = list(_NON_SPACE_RUN.finditer(before))
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
    first = _NON_SPACE_RUN.match(ctx.text[a:b])
    if first and ctx.is_common_word(first.group()):
        a = first.end() + a
        a += len(ctx.text[a:b]) - len(ctx.text[a:b].lstrip())
    if a >= b:
        return None
    return ctx.speaker_from_text(a, b, how)


def _prefix_start(ctx: QuoteContext, span: QuoteSpan, previous_end: int) -> int:
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
    ctx: QuoteContext, spans: Sequence[QuoteSpan], index: int, last: tuple[Speaker, int, int] | None
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


def _indirect(ctx: QuoteContext, s: Sentence) -> Quote | None:
    """Reported speech with no marks: 'Lavrov mengatakan bahwa ...'."""
    if ctx.verb_starts is not None:
        first = bisect_left(ctx.verb_starts, s.start)
        if first == len(ctx.verb_starts) or ctx.verb_starts[first] >= s.end:
            return None  # no reporting verb can start in the sentence (most sentences)
    if _DOUBLE_MARK.search(s.text) or ctx.quoted.overlaps(s.start, s.end):
        return None
    v = ctx.cues.before_scan.search(ctx.text, ctx.verb_starts, s.start, s.end)
    if v is None:
        return None
    rest = ctx.text[v.end() : s.end]
    m = ctx.cues.complementizer.match(rest)
    if v.group("cue").casefold() in ctx.cues.loose_verbs and not (m and m.group().strip()):
        return None  # "melanjutkan kerja sama": not a statement
    content = rest[m.end() if m else 0 :].strip()
    if _words(content) < MIN_INDIRECT_WORDS:
        return None
    how = f"indirect, cue '{v.group('cue')}'"
    sp = _subject(ctx, s.start, v.start(), how, v.start())
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
    ctx = QuoteContext(doc, sentences, mentions, cues)
    blocked = [(m.start, m.end) for m in mentions if m.kind in ("state", "place", "person")]
    citations = CitationFinder(pack).find(doc.text, doc.outlet, blocked, doc.url, folded=ctx.folded)
    spans = find_quote_spans(doc.text, cues.lost_close, ctx.paras)
    ctx.quoted = QuotedSpans([(s.start, s.end) for s in spans])
    quotes: list[Quote] = []
    indirect: list[Quote] = []
    last: tuple[Speaker, int, int] | None = None
    waiting: list[QuoteSpan] = []  # unattributed quote paragraphs a following quote may claim
    # spans and unquoted sentences in text order, so each speaker is known before it is referred to
    steps: list[tuple[int, int, Sentence | None]] = [(sp.start, i, None) for i, sp in enumerate(spans)]
    steps += [(s.start, -1, s) for s in sentences]
    steps.sort(key=lambda x: (x[0], x[1]))
    if not include_indirect:
        # a reported statement only hands its speaker on to quotes after it: none after the last span
        steps = steps[: max((n + 1 for n, step in enumerate(steps) if step[2] is None), default=0)]
    for _, i, sentence in steps:
        if sentence is not None:
            reported = _indirect(ctx, sentence)
            if reported is not None:
                indirect.append(reported)
                said = Speaker(
                    reported.speaker or "", reported.speaker_code, reported.speaker_role, reported.reason
                )
                ctx.history.append(Said(reported.end, ctx.paragraph_of(reported.start), said))
            continue
        span = spans[i]
        quoted = span.text(doc.text)
        if not _WORD.search(quoted):
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
        ctx.history.append(Said(max(span.end, attribution.clause[1]), ctx.paragraph_of(span.end), sp))
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


def _chain_before(ctx: QuoteContext, waiting: Sequence[QuoteSpan], span: QuoteSpan) -> list[QuoteSpan]:
    """The unattributed quote paragraphs in an unbroken run right before `span`'s paragraph."""
    chain: list[QuoteSpan] = []
    expected = ctx.paragraph_of(span.start) - 1
    for w in reversed(waiting):
        if ctx.paragraph_of(w.end) != expected or _words(w.text(ctx.text)) < MIN_PARTIAL_WORDS:
            break
        chain.insert(0, w)
        expected = ctx.paragraph_of(w.start) - 1
    return chain
