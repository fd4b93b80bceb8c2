"""Boilerplate removal: the cues of `lang/<code>/boilerplate.tsv` compiled to patterns and
applied to one line at a time.

A cue either removes a whole line (related-article links, widgets, editor lines), a piece of a
line (an "(Baca juga: ...)" aside, a photo credit, script text, a URL, an agency code after the
last sentence), or marks a caption line. What a removed line tells (editor, reporter, byline,
outlet, copyright) is returned as field values so that metadata can use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import ahocorasick

from warta.lang import SUPPORTED, LanguagePack, load_pack

LINE_MAX = 250  # line_start / line_has cues remove a line only up to this length: longer is body text
CAPTION_MAX = 400  # a line ending with a photo credit is a caption only up to this length
SLASH_CREDIT_MAX = 80  # "Pasukan Darat militer Rusia. /Stringer/TASS" is short
# a name: capitalised words (case matters even in case-blind cues), "Suara.com", "Riva D. Suastha"
NAME = r"(?P<name>(?-i:[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|[a-z]{1,3}\.?|&)){0,6}))"
NUMBER = r"[\d.,]+"

MATCH_KINDS = ("line", "line_start", "line_has", "paren", "tail", "script", "credit", "token", "date_label")


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of boilerplate.tsv, compiled."""

    match: str
    cue: str
    fields: tuple[str, ...]
    pattern: re.Pattern[str]


class LineVerdict(NamedTuple):
    """What the rules make of one line: the kept text (None when the line goes), removed pieces
    and the metadata they carried. (A named tuple: one is made per line of every article.)"""

    text: str | None
    removed: tuple[str, ...] = ()
    fields: tuple[tuple[str, str, str], ...] = ()  # (field, value, cue)
    caption: bool = False  # the line was a photo caption (it ended with a credit)


@dataclass(frozen=True)
class Rules:
    """All boilerplate cues of the cleaning languages, compiled once."""

    whole_line: tuple[Cue, ...]
    line_start: tuple[Cue, ...]
    line_has: tuple[Cue, ...]
    date_labels: tuple[Cue, ...]
    asides: re.Pattern[str] | None  # paren cues, one alternation
    credits: re.Pattern[str] | None  # credit cues in brackets
    credit_start: re.Pattern[str] | None  # a line that is nothing but a credit ("Foto: Reuters")
    tails: re.Pattern[str] | None
    scripts: re.Pattern[str] | None
    tokens: re.Pattern[str] | None
    by_first_token: dict[
        str, tuple[Cue, ...]
    ]  # line / line_start cues by their first word, to skip lines fast
    unkeyed: tuple[Cue, ...]  # line / line_start cues that open with a placeholder
    labels: re.Pattern[str] | None  # "Red:", "Editor:": where a field value on a shared line ends
    line_has_anchors: Literals | None  # literal pieces: a line without any skips line_has cues
    script_anchors: Literals | None
    tail_anchors: Literals | None
    any_anchor: Literals | None  # script, tail and line_has anchors together
    # the lower-case words of date labels without a name ("Dipublikasikan pada"), and the first
    # words of those followed by a name ("Oleh {name}"): what a date line may lose besides its date
    date_label_words: tuple[str, ...] = ()
    byline_labels: re.Pattern[str] | None = None


def cue_regex(cue: str) -> str:
    """A cue as a regular expression: spacing flexible, "{name}" captured, "{n}" a number,
    a colon may have spaces before it."""
    out: list[str] = []
    for part in re.split(r"(\{name\}|\{n\})", cue):
        if part == "{name}":
            out.append(NAME)
        elif part == "{n}":
            out.append(NUMBER)
        else:
            for ch in part:
                if ch.isspace():
                    if not out or out[-1] != r"\s+":
                        out.append(r"\s+")
                elif ch == ":":
                    out.append(r"\s*:")
                else:
                    out.append(re.escape(ch))
    rx = "".join(out)
    if cue and (cue[-1].isalnum()):
        rx += r"(?!\w)"
    if cue and cue[0].isalnum():
        rx = r"(?<!\w)" + rx
    return rx


def _compile(match: str, cue: str) -> re.Pattern[str]:
    rx = cue_regex(cue)
    if match == "line":
        return re.compile(rf"^\s*{rx}[\s:.]*$", re.I)
    if match == "line_start":
        return re.compile(rf"^\s*{rx}", re.I)
    if match == "date_label":
        return re.compile(rx, re.I)
    return re.compile(rx, re.I)


def _alternation(cues: list[str]) -> str:
    return "|".join(f"(?:{cue_regex(c)})" for c in sorted(set(cues), key=len, reverse=True))


_FIRST_TOKEN = re.compile(r"\s*([^\s:]+)")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _first_token(text: str) -> str | None:
    """The first word of a line or cue, lower case, without a trailing colon; None for a placeholder."""
    m = _FIRST_TOKEN.match(text)
    if m is None or m.group(1).startswith("{"):
        return None
    return m.group(1).lower()


def _by_first_token(cues: list[Cue]) -> dict[str, tuple[Cue, ...]]:
    table: dict[str, list[Cue]] = {}
    for cue in cues:
        token = _first_token(cue.cue)
        if token is not None:
            table.setdefault(token, []).append(cue)
    return {token: tuple(group) for token, group in table.items()}


class Literals:
    """Literal pieces (lower case), found in a text in one pass (Aho-Corasick): a cheap test
    before the regexes of their cues run."""

    __slots__ = ("_automaton",)

    def __init__(self, pieces: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for piece in pieces:
            self._automaton.add_word(piece, piece)
        self._automaton.make_automaton()

    def search(self, lowered: str) -> bool:
        """Whether the (lower-cased) text holds any of the pieces."""
        return next(self._automaton.iter(lowered), None) is not None


def _literals(pieces: Iterable[str]) -> Literals | None:
    unique = {p for p in pieces if p}
    return Literals(unique) if unique else None  # run on lower case


def _anchor(cue: str) -> str:
    """The longest literal piece of a cue, lower-cased: a cheap test before the regex runs."""
    pieces = re.split(r"\{name\}|\{n\}|:", cue.lower())
    return max((p.strip() for p in pieces), key=len)


def _rows(packs: Iterable[LanguagePack]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for pack in packs:
        path = pack.path("boilerplate")
        if path is None or str(path) in seen:
            continue
        seen.add(str(path))
        for row in pack.table("boilerplate"):
            if row.get("match") not in MATCH_KINDS:
                raise ValueError(
                    f"{path}: unknown match kind {row.get('match')!r} (use one of {MATCH_KINDS})"
                )
            rows.append(row)
    return rows


@cache
def rules_for(codes: tuple[str, ...] = SUPPORTED) -> Rules:
    """The compiled boilerplate rules of the given language packs (cached per set of codes)."""
    rows = _rows(load_pack(c) for c in codes)
    by_kind: dict[str, list[Cue]] = {k: [] for k in MATCH_KINDS}
    for row in rows:
        fields = tuple(f.strip() for f in row.get("field", "").split(",") if f.strip())
        by_kind[row["match"]].append(
            Cue(row["match"], row["cue"], fields, _compile(row["match"], row["cue"]))
        )

    def cues(kind: str) -> list[str]:
        return [c.cue for c in by_kind[kind]]

    aside_rx = _alternation(cues("paren"))
    credit_rx = _alternation(cues("credit"))
    inner = r"(?:[^()\[\]\n]|\([^()\n]*\)|\[[^\[\]\n]*\])*"
    labels = [c.cue for c in by_kind["line_start"] if c.fields and c.cue.endswith(":")]
    label_words: set[str] = set()
    byline_words: set[str] = set()
    for cue in by_kind["date_label"]:
        pieces = _LETTER_RUN.findall(cue.cue.replace("{name}", " ").casefold())
        if "name" in cue.pattern.groupindex:
            byline_words.update(pieces[:1])
        else:
            label_words.update(pieces)
    byline_alternation = "|".join(sorted(map(re.escape, byline_words), key=len, reverse=True))
    return Rules(
        date_label_words=tuple(sorted(label_words)),
        byline_labels=re.compile(rf"(?<!\w)(?:{byline_alternation})(?!\w)", re.I) if byline_words else None,
        by_first_token=_by_first_token([*by_kind["line"], *by_kind["line_start"]]),
        unkeyed=tuple(c for c in [*by_kind["line"], *by_kind["line_start"]] if _first_token(c.cue) is None),
        line_has_anchors=_literals(_anchor(c) for c in cues("line_has")),
        labels=re.compile(rf"\s(?:{_alternation(labels)})", re.I) if labels else None,
        script_anchors=_literals(_anchor(c) for c in cues("script")),
        tail_anchors=_literals(_anchor(c) for c in cues("tail")),
        any_anchor=_literals(_anchor(c) for c in [*cues("script"), *cues("tail"), *cues("line_has")]),
        whole_line=tuple(by_kind["line"]),
        line_start=tuple(by_kind["line_start"]),
        line_has=tuple(by_kind["line_has"]),
        date_labels=tuple(by_kind["date_label"]),
        asides=re.compile(rf"[(\[]\s*(?:{aside_rx}){inner}[)\]]", re.I) if aside_rx else None,
        credits=re.compile(rf"[(\[]\s*(?:{credit_rx})[^()\[\]\n]*[)\]]", re.I) if credit_rx else None,
        credit_start=re.compile(rf"^\s*(?:{credit_rx})", re.I) if credit_rx else None,
        tails=re.compile(rf"(?<=[.!?\"”])\s*(?:{_alternation(cues('tail'))}).*$", re.I)
        if cues("tail")
        else None,
        scripts=re.compile(_alternation(cues("script")), re.I) if cues("script") else None,
        tokens=re.compile(_alternation(cues("token")), re.I) if cues("token") else None,
    )


# Mechanisms that hold no words of any language.
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)[^\s<>\"”)\]]+", re.I)
# the attribution line under an embedded post: "— Menlu RI (@Menlu_RI) March 18, 2020"
_EMBED_ATTRIBUTION = re.compile(r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*[\w ,.]{0,30}\d{4}$")
_URL_GLUED_WORD = re.compile(r"(?<=[0-9=])(?=[A-Z][a-z]{2,})")
_CREDIT_CODE = re.compile(
    r"(?:(?<=[.!?\"”’)])|(?<=[.!?\"”’)]\s)|^)\s*"
    r"(?P<code>\((?:[A-Za-z][\w.*&'-]{0,30}(?:\s*/\s*[\w.*&'-]{1,30}(?: [\w.*&'-]{1,20})?){0,6}|\*)\)"
    r"|\[[A-Za-z][\w.'-]*(?:\s[A-Za-z][\w.'-]*){0,3}\])\s*$"
)
_SLASH_CREDIT = re.compile(r"^(?P<caption>.*?)\s*(?<!\d)/\s*(?P<credit>[A-Z][^/\n]{0,40}(?:/[^/\n]{1,40})*)$")
_DOMAIN_END = re.compile(r"\.(?:com|co\.id|id|net|org|co|tv|news)$", re.I)
_PUNCT_ONLY = re.compile(r"^[\W_]*$")
_SPACES = re.compile(r"\s{2,}")


def _cut_all(pattern: re.Pattern[str] | None, text: str, removed: list[str], filler: str = "") -> str:
    """Cut every match of `pattern` out of `text`, noting what went."""
    if pattern is None:
        return text
    found = [m.group(0).strip() for m in pattern.finditer(text)]
    if not found:
        return text
    removed.extend(found)
    return pattern.sub(filler, text).strip()


def _strip_scripts(line: str, rules: Rules, removed: list[str]) -> str:
    """Cut script statements ("googletag.cmd.push(function() ...); );") out of a line."""
    if rules.scripts is None:
        return line
    if rules.script_anchors is None or not rules.script_anchors.search(line.lower()):
        return line
    while True:
        m = rules.scripts.search(line)
        if m is None:
            return line
        depth, seen_paren, end = 0, False, len(line)
        for i in range(m.start(), len(line)):
            ch = line[i]
            if ch == "(":
                depth, seen_paren = depth + 1, True
            elif ch == ")":
                depth -= 1
            elif ch == ";" and depth <= 0 and seen_paren:
                end = i + 1
                # a script often closes with stray ") ;" pieces after its statement
                rest = re.match(r"(?:\s*\)\s*;?)*", line[end:])
                end += rest.end() if rest else 0
                break
        removed.append(line[m.start() : end].strip())
        line = (line[: m.start()] + " " + line[end:]).strip()


def _strip_urls(line: str, removed: list[str]) -> str:
    def cut(m: re.Match[str]) -> str:
        url = m.group(0)
        glued = _URL_GLUED_WORD.search(url)
        tail = ""
        if glued:
            url, tail = url[: glued.start()], url[glued.start() :]
        removed.append(url)
        return " " + tail

    return _URL.sub(cut, line).strip()


def is_standalone_credit(line: str, rules: Rules) -> bool:
    """'Tribunnews.com/Amriyono Prakoso', 'Foto: Reuters', 'Pasukan ... Rusia. /Stringer/TASS'."""
    if len(line) > SLASH_CREDIT_MAX or line.endswith((".", "!", "?", '"', "”")) or "(" in line:
        return False
    if rules.credit_start is not None and rules.credit_start.match(line):
        return True
    m = _SLASH_CREDIT.match(line)
    if m is None or len(m["credit"].replace("/", " ").split()) > 4:
        return False
    caption, credit = m["caption"].strip(), m["credit"].strip()
    # what stands before the slash is a finished caption or an outlet ("Tribunnews.com/Name"), or the
    # credit is an agency in capitals ("/ CNN"): "Akta Kelahiran/Kartu Keluarga" is a list item
    return caption.endswith(".") or bool(_DOMAIN_END.search(caption)) or credit.replace("/", "").isupper()


def clean_line(line: str, rules: Rules) -> LineVerdict:
    """Apply every cue to one line."""
    removed: list[str] = []
    fields: list[tuple[str, str, str]] = []
    text = line
    has_bracket = "(" in text or "[" in text
    # one search over every anchor word tells whether any script, tail or line_has cue can apply
    anchored = rules.any_anchor is not None and rules.any_anchor.search(line.lower())
    if has_bracket:
        text = _cut_all(rules.tokens, text, removed, " ")
    if anchored:
        text = _strip_scripts(text, rules, removed)
    if "(@" in text and _EMBED_ATTRIBUTION.match(text):
        return LineVerdict(None, (*removed, text), tuple(fields))
    if "://" in text or "www." in text or "pic.twitter" in text:
        text = _strip_urls(text, removed)
    if has_bracket:
        text = _cut_all(rules.asides, text, removed)
    caption = False
    if rules.credits is not None and has_bracket:
        credits = list(rules.credits.finditer(text))
        if credits:
            removed.extend(m.group(0).strip() for m in credits)
            caption = not text[credits[-1].end() :].strip(" .,;") and len(line) <= CAPTION_MAX
            text = rules.credits.sub("", text).strip()
    if anchored and rules.tails is not None:
        tail = rules.tails.search(text)
        if tail and len(tail.group(0)) <= LINE_MAX:
            removed.append(tail.group(0).strip())
            text = text[: tail.start()].strip()
    code = _CREDIT_CODE.search(text) if text.endswith((")", "]")) else None
    if code:
        removed.append(code.group("code"))
        text = text[: code.start("code")].strip()
    if len(text) != len(line):
        text = _SPACES.sub(" ", text).strip()
    if caption:
        if text:
            removed.append(text)
        return LineVerdict(None, tuple(removed), tuple(fields), caption=True)
    if not text or _PUNCT_ONLY.match(text):
        if text:
            removed.append(text)
        return LineVerdict(None, tuple(removed), tuple(fields))
    if " | " in text and len(text) <= LINE_MAX:
        # "Penulis: Amriyono Prakoso | Editor: Hasanudin Aco": segments are judged one by one by
        # the caller, which also knows date lines ("Reporter: Nama | Selasa, 31 Jan 2017")
        return LineVerdict(text, tuple(removed), tuple(fields))
    # a line left as it was, holding no anchor word, can match no line_has cue
    whole = line_cue(text, rules, anchored or text != line)
    if whole is not None:
        removed.append(text)
        for cue, value in labelled_fields(text, rules) or [whole]:
            fields.extend((f, value, cue.cue) for f in cue.fields if value)
        return LineVerdict(None, tuple(removed), tuple(fields))
    return LineVerdict(text, tuple(removed), tuple(fields))


def line_cue(text: str, rules: Rules, may_contain: bool = True) -> tuple[Cue, str] | None:
    """The cue that makes the whole line boilerplate, with the field value it carries.

    `may_contain=False` (the caller knows the line holds no line_has anchor) skips line_has cues."""
    if len(text) > 2 * LINE_MAX:
        return None
    first = _first_token(text) or ""
    candidates = rules.by_first_token.get(first, ())
    if first and not first[0].isalnum():  # "©2025 ...": the symbol is the cue's first word
        candidates += rules.by_first_token.get(first[0], ())
    for cue in (*candidates, *rules.unkeyed):
        if cue.match == "line_start" and len(text) > LINE_MAX:
            continue
        m = cue.pattern.match(text)
        if m:
            return cue, _value(m, text)
    if (
        not may_contain
        or len(text) > LINE_MAX
        or rules.line_has_anchors is None
        or not rules.line_has_anchors.search(text.lower())
    ):
        return None
    for cue in rules.line_has:
        m = cue.pattern.search(text)
        if m:
            return cue, _value(m, text, whole_line=True)
    return None


def _value(m: re.Match[str], text: str, whole_line: bool = False) -> str:
    if "name" in m.re.groupindex and m.group("name"):
        return m.group("name").strip(" :-–—|,")
    if whole_line:
        return text.strip()
    return text[m.end() :].strip(" :-–—|,")


def labelled_fields(text: str, rules: Rules) -> list[tuple[Cue, str]]:
    """Every field a metadata line holds: 'Rep: Fauziah Mursid Red: Agung Sasongko' has two."""
    starts = [0] + [m.start() + 1 for m in rules.labels.finditer(text)] if rules.labels is not None else [0]
    found: list[tuple[Cue, str]] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        hit = line_cue(text[start:end].strip(), rules)
        if hit is None:
            return []
        found.append(hit)
    return found
