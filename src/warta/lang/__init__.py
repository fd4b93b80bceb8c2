"""Language packs: the words Warta knows, kept as data files a domain expert can edit.

Each language has a folder `lang/<code>/` of TSV files (header row first; lines
starting with `#` and blank lines are ignored). Code holds the mechanisms, these
files hold the words: a new language is a new folder, not a rewrite.

A close language inherits by file or by row. With no file of its own it reads its
parent's (`FALLBACK`); a file of its own may start with directives that take the
parent's rows too, so it only lists what differs:

    #! extends id            the rows of lang/id/<same file> come first, then this file's
    #! without mendakwa      ...leaving out the parent's rows whose first cell is "mendakwa"
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LANG_DIR = Path(__file__).parent
SUPPORTED = ("id", "ms", "en")
FALLBACK = {"ms": "id"}  # Malay reuses the Indonesian pack where it has no file of its own


class DataFileError(ValueError):
    """A language or knowledge-base data file is malformed; the message names file and line."""


@dataclass
class LanguagePack:
    """The data files of one language, loaded lazily and cached."""

    code: str
    folder: Path
    _tables: dict[str, list[dict[str, str]]] = field(default_factory=dict, repr=False)

    def path(self, name: str) -> Path | None:
        for code in (self.code, FALLBACK.get(self.code)):
            if code is None:
                continue
            p = LANG_DIR / code / f"{name}.tsv"
            if p.exists():
                return p
        return None

    def has(self, name: str) -> bool:
        return self.path(name) is not None

    def table(self, name: str) -> list[dict[str, str]]:
        """Rows of `<name>.tsv` as dicts keyed by the header; [] when the pack has no such file.

        A file that says `#! extends CODE` gets CODE's rows of the same table first (less
        those its `#! without` lines name), then its own.
        """
        if name not in self._tables:
            p = self.path(name)
            self._tables[name] = self._rows_with_parent(p, name) if p else []
        return self._tables[name]

    def _rows_with_parent(self, path: Path, name: str) -> list[dict[str, str]]:
        own = read_tsv(path)
        directives = read_directives(path)
        parent_code = directives.extends
        if parent_code is None:
            return own
        if parent_code == self.code or parent_code not in SUPPORTED:
            raise DataFileError(
                f"{path}: '#! extends {parent_code}' names no other language pack ({', '.join(SUPPORTED)})"
            )
        parent_rows = load_pack(parent_code).table(name)
        if parent_rows and own and list(parent_rows[0]) != list(own[0]):
            raise DataFileError(
                f"{path}: its header ({', '.join(own[0])}) differs from the one of the {parent_code} file it "
                f"extends ({', '.join(parent_rows[0])}); use the same columns"
            )
        kept = [r for r in parent_rows if next(iter(r.values()), "") not in directives.without]
        return kept + own

    def column(self, name: str, col: str) -> list[str]:
        """One column of a table, empty cells skipped."""
        return [r[col] for r in self.table(name) if r.get(col)]


@dataclass(frozen=True)
class Directives:
    """What a data file's `#!` lines ask of the loader."""

    extends: str | None = None
    without: frozenset[str] = frozenset()


def read_directives(path: Path) -> Directives:
    """The `#! extends CODE` and `#! without FIRST-CELL` lines of a file (anywhere in it)."""
    extends: str | None = None
    without: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.startswith("#!"):
                continue
            verb, _, value = line[2:].strip().partition(" ")
            value = value.strip()
            if verb == "extends" and value:
                extends = value
            elif verb == "without" and value:
                without.add(value)
            else:
                raise DataFileError(
                    f"{path}:{lineno}: unknown directive {line.strip()!r}; "
                    "write '#! extends CODE' or '#! without FIRST-CELL' (or use '# ' for a comment)"
                )
    return Directives(extends, frozenset(without))


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read a commented TSV file; raise DataFileError naming file:line on a bad row."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = next(csv.reader([line.rstrip("\n").rstrip("\r")], delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) > len(header):
                raise DataFileError(
                    f"{path}:{lineno}: {len(cells)} cells but the header has {len(header)} "
                    f"({', '.join(header)}); separate cells with one TAB and keep TABs out of values"
                )
            cells += [""] * (len(header) - len(cells))
            rows.append({h: c.strip() for h, c in zip(header, cells, strict=True)})
    return rows


@cache
def load_pack(code: str) -> LanguagePack:
    """The pack for a language code; unknown codes fall back to Indonesian."""
    code = code if code in SUPPORTED else "id"
    return LanguagePack(code=code, folder=LANG_DIR / code)
