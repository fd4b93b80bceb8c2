"""The loaded knowledge base and its queries (see `warta.kb` for the API summary)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import babel

from warta.kb.build import KBData, compile_kb, data_files
from warta.kb.model import Alias, Body, Entity, Person, Region, RoleInfo, RoleSpell, State

PACKAGED_DATA = Path(__file__).parent / "data"
CACHE_SCHEMA = "kb-5"  # bump when KBData or the compile rules change
T = TypeVar("T")


def user_data_dir() -> Path:
    """Where `warta kb add` puts user files: $WARTA_KB_USER_DIR, else $XDG_DATA_HOME/warta/kb."""
    if os.environ.get("WARTA_KB_USER_DIR"):
        return Path(os.environ["WARTA_KB_USER_DIR"])
    base = os.environ.get("XDG_DATA_HOME")
    if not base:
        try:
            base = str(Path.home() / ".local" / "share")
        except RuntimeError:  # no home directory: no user data
            return Path(tempfile.gettempdir()) / "warta-no-user-kb"
    return Path(base) / "warta" / "kb"


def cache_dir() -> Path:
    """Where compiled KBs are cached: $XDG_CACHE_HOME/warta, else ~/.cache/warta, else the temp dir."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory (some cluster executors)
            base = tempfile.gettempdir()
    return Path(base) / "warta"


def _fingerprint(files: list[Path]) -> str:
    """Hash of everything the compiled KB depends on: data files, the compiling code, babel's version."""
    h = hashlib.sha256(f"{CACHE_SCHEMA}|babel {babel.__version__}".encode())
    code = Path(__file__).parent
    for path in [code / "model.py", code / "build.py", code / "yamlfile.py", *files]:
        h.update(str(path).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:24]


class KnowledgeBase:
    """Persons, bodies and states, with dated roles; built once per worker and shared."""

    def __init__(self, data: KBData) -> None:
        self.data = data
        self._holders: dict[tuple[str, str], list[tuple[RoleSpell, Person]]] = defaultdict(list)
        self._by_surface: dict[str, list[str]] = defaultdict(list)
        for ent in data.entities.values():
            if isinstance(ent, Person):
                for spell in ent.roles:
                    self._holders[(spell.role, spell.code or ent.code)].append((spell, ent))
        for alias in data.aliases:
            ids = self._by_surface[alias.text.casefold()]
            if alias.entity not in ids:
                ids.append(alias.entity)
        self._derived: dict[str, Any] = {}

    # -- loading -----------------------------------------------------------------------
    @classmethod
    def load(
        cls, data_dir: Path | None = None, user_dir: Path | None = None, use_cache: bool = True
    ) -> KnowledgeBase:
        """The KB from `data_dir` (default: the packaged data plus the user data dir).

        The compiled result is cached under the user cache dir, keyed by a hash of the
        data files' contents, so a warm load only unpickles; any edit rebuilds it.
        """
        if data_dir is None:
            data_dir = PACKAGED_DATA
            user_dir = user_dir if user_dir is not None else user_data_dir()
        files = data_files(data_dir, user_dir)
        if data_dir != PACKAGED_DATA:  # a fixture dir lacking the shared tables borrows them
            present = {p.name for p in files}
            files = [
                PACKAGED_DATA / n
                for n in ("roles.yaml", "states.yaml", "organisations.yaml")
                if n not in present
            ] + files
        if not use_cache:
            return cls(compile_kb(files))
        cache_file = cache_dir() / f"kb-{_fingerprint(files)}.pickle"
        try:
            with cache_file.open("rb") as fh:
                data = pickle.load(fh)
            if isinstance(data, KBData):
                return cls(data)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            pass  # no cache yet, or one a different version wrote: rebuild
        data = compile_kb(files)
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=cache_file.parent, delete=False) as tmp:
                pickle.dump(data, tmp, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp.name, cache_file)
        except OSError:
            pass  # a read-only home only costs the rebuild next time
        return cls(data)

    def derived(self, key: str, build: Callable[[], T]) -> T:
        """A value computed once from this KB (e.g. a matcher per language) and kept with it."""
        if key not in self._derived:
            self._derived[key] = build()
        value: T = self._derived[key]
        return value

    # -- entities --------------------------------------------------------------------------
    @property
    def problems(self) -> list[str]:
        return self.data.problems

    def entity(self, entity_id: str) -> Entity | None:
        return self.data.entities.get(entity_id)

    def entities(self) -> Iterator[Entity]:
        return iter(self.data.entities.values())

    def persons(self) -> Iterator[Person]:
        return (e for e in self.data.entities.values() if isinstance(e, Person))

    def bodies(self) -> Iterator[Body]:
        return (e for e in self.data.entities.values() if isinstance(e, Body))

    def state(self, code: str) -> State | None:
        ent = self.data.entities.get(f"state:{code}")
        return ent if isinstance(ent, State) else None

    def aliases(self, lang: str | None = None) -> list[Alias]:
        """Aliases valid in `lang` (those of every language plus that language's own)."""
        return [a for a in self.data.aliases if a.lang is None or lang is None or a.lang == lang]

    def lookup(self, surface: str) -> list[Entity]:
        """Entities a name or alias stands for, case-insensitively (for the CLI and tests)."""
        return [self.data.entities[i] for i in self._by_surface.get(surface.strip().casefold(), [])]

    def search(self, query: str, limit: int = 20) -> list[Entity]:
        """Entities with a name or alias containing every word of `query` ("Retno" -> Retno Marsudi)."""
        words = query.casefold().split()
        found: list[Entity] = []
        for surface, ids in self._by_surface.items():
            tokens = surface.split()
            if all(w in tokens for w in words):
                found += [self.data.entities[i] for i in ids if self.data.entities[i] not in found]
            if len(found) >= limit:
                break
        return found

    def role_info(self, role: str) -> RoleInfo | None:
        return self.data.roles.get(role)

    def code_of(self, entity: Entity) -> str | None:
        return entity.code

    # -- dated roles -----------------------------------------------------------------------
    def roles_of(self, person: Person, on: str | dt.date | None) -> list[RoleSpell]:
        """The spells `person` held on `on` (best overlap first); `on` None: the latest spells."""
        if on is None:
            if not person.roles:
                return []
            latest = max(s.sort_key() for s in person.roles)
            return [s for s in person.roles if s.sort_key() == latest]
        scored = [(s.overlap_days(on), s) for s in person.roles]
        return [s for days, s in sorted(scored, key=lambda x: -x[0]) if days > 0]

    def holder(
        self, role: str, code: str, on: str | dt.date | None, title: str | None = None
    ) -> Person | None:
        """Who held `role` in `code` on `on`; None when nobody, or several at once and none stands out.

        With a year-only date the person who held the role longest that year wins.
        `on` None means the latest holder. `title` (part of a spell's `title`, e.g. "White House
        Press Secretary") names one office among a many-holder role's.
        """
        spells = self._holders.get((role, code), [])
        single_office = False
        if title:
            titled = [(s, p) for s, p in spells if s.title and title.casefold() in s.title.casefold()]
            spells, single_office = (titled, True) if titled else (spells, False)
        if not spells:
            return None
        if on is None:
            best = max(spells, key=lambda sp: sp[0].sort_key())
            latest = [p for s, p in spells if s.sort_key() == best[0].sort_key()]
            return best[1] if len({p.id for p in latest}) == 1 else None
        scored = [(s.overlap_days(on), p) for s, p in spells]
        scored = [(d, p) for d, p in scored if d > 0]
        if not scored:
            return None
        info = self.data.roles.get(role)
        people = {p.id for _, p in scored}
        if len(people) > 1 and not single_office and (info is None or not info.single):
            return None
        days, person = max(scored, key=lambda x: x[0])
        return person

    def holders(self, role: str, code: str, title: str | None = None) -> list[tuple[RoleSpell, Person]]:
        """Every spell of `role` in `code` with its holder, at any date (`title` as in `holder`)."""
        spells = self._holders.get((role, code), [])
        if title:
            titled = [(s, p) for s, p in spells if s.title and title.casefold() in s.title.casefold()]
            spells = titled or spells
        return list(spells)

    def spell(self, person: Person, role: str, on: str | dt.date | None) -> RoleSpell | None:
        """The spell of `role` that `person` held on `on`, if any."""
        for s in self.roles_of(person, on):
            if s.role == role:
                return s
        return None

    def describe(self, entity: Entity) -> str:
        """One line for the CLI: kind, id, code and name."""
        if isinstance(entity, Person):
            spells = ", ".join(
                f"{s.role}[{s.code or entity.code}] {s.start or '?'}..{s.end or ''}" for s in entity.roles
            )
            return f"person  {entity.id:32} {entity.code:14} {entity.name}  ({spells})"
        if isinstance(entity, Body):
            return f"{entity.kind:7} {entity.id:32} {entity.code:14} {entity.name}"
        if isinstance(entity, State):
            return f"state   {entity.id:32} {entity.code:14} {entity.name_in('en')} / {entity.name_in('id')}"
        if isinstance(entity, Region):
            return f"place   {entity.id:32} {entity.code or '-':14} {entity.name}"
        return repr(entity)
