"""What every worker loads once and then shares across articles: language packs, the
knowledge base and the place gazetteers. `process()` takes it as an argument, so
nothing is a global and any engine can build one per worker."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.extract.places import PlaceGazetteer
from warta.kb import KnowledgeBase
from warta.lang import LanguagePack, load_pack


@dataclass
class Resources:
    """Loaded once per worker (process, Spark executor) and passed to `process()`."""

    kb: KnowledgeBase
    _packs: dict[str, LanguagePack] = field(default_factory=dict, repr=False)
    _places: dict[str, PlaceGazetteer] = field(default_factory=dict, repr=False)

    def pack(self, language: str | None) -> LanguagePack:
        code = language or "id"
        if code not in self._packs:
            self._packs[code] = load_pack(code)
        return self._packs[code]

    def places(self, language: str | None) -> PlaceGazetteer:
        pack = self.pack(language)
        if pack.code not in self._places:
            self._places[pack.code] = PlaceGazetteer.load(pack)
        return self._places[pack.code]

    @classmethod
    def load(cls) -> Resources:
        """The packaged knowledge base; language packs and gazetteers load on first use."""
        return cls(kb=KnowledgeBase.load())
