"""Language packs: the words Warta knows, kept as data files a domain expert can edit.

Each language has a folder `lang/<code>/` of TSV files (header row first; lines
starting with `#` and blank lines are ignored). Code holds the mechanisms, these
files hold the words: a new language is a new folder, not a rewrite.
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
        """Rows of `<name>.tsv` as dicts keyed by the header; [] when the pack has no such file."""
        if name not in self._tables:
            p = self.path(name)
            self._tables[name] = read_tsv(p) if p else []
        return self._tables[name]

    def column(self, name: str, col: str) -> list[str]:
        """One column of a table, empty cells skipped."""
        return [r[col] for r in self.table(name) if r.get(col)]


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
