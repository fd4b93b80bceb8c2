"""What every worker loads once and then shares across articles: language packs and
the knowledge base. `process()` takes it as an argument, so nothing is a global."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from warta.lang import LanguagePack, load_pack


@dataclass
class Resources:
    """Loaded once per worker (process, Spark executor) and passed to `process()`."""

    kb: Any = None  # warta.kb.KnowledgeBase once loaded
    _packs: dict[str, LanguagePack] = field(default_factory=dict, repr=False)

    def pack(self, language: str | None) -> LanguagePack:
        code = language or "id"
        if code not in self._packs:
            self._packs[code] = load_pack(code)
        return self._packs[code]

    @classmethod
    def load(cls) -> Resources:
        return cls()
