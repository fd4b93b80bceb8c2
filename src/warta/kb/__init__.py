"""The actor knowledge base: who is who, which body belongs to which state, and who
held which office when.

Data lives in `kb/data/` as YAML a political scientist can read and extend:
`roles.yaml` (the role vocabulary and default sectors), `states.yaml` (Indonesian
usage on top of CLDR country names: "AS", "Negeri Paman Sam", capitals as
metonyms), `organisations.yaml` (international organisations, armed groups,
parties, state bodies with their actor codes) and `persons/*.yaml` (persons with
dated role spells). `warta kb add` copies more files into the user data dir
(`$WARTA_KB_USER_DIR` or `$XDG_DATA_HOME/warta/kb`), which loads on top.

Query API used by the other stages:

- `KnowledgeBase.load(data_dir=None) -> KnowledgeBase`: compiled and cached (< 1 s warm).
- `kb.entity(id) -> Person | Body | State | Region | None`; ids are `person:<slug>`,
  `org:<slug>`, `state:<ISO3>`, `place:<slug>`.
- `kb.lookup(surface) -> list[Entity]`: what a name or alias stands for;
  `kb.search(words)`: entities with a name or alias containing those words.
- `kb.state(code) -> State | None`.
- `kb.holder(role, code, on) -> Person | None`: who held a role in a state or body on
  a date (ISO string at any precision, or `datetime.date`; None = latest holder).
- `kb.holders(role, code, title=None) -> list[(RoleSpell, Person)]`: every holder at any date.
- `kb.roles_of(person, on) -> list[RoleSpell]`: the spells held on that date.
- `kb.role_info(role) -> RoleInfo`: default sector, single-holder flag, family.
- `kb.aliases(lang) -> list[Alias]`: every surface string, for matchers.
- `kb.problems`: data problems as `file:line: what is wrong; how to fix it`.
"""

from warta.kb.base import PACKAGED_DATA, KnowledgeBase, user_data_dir
from warta.kb.model import Alias, Body, Entity, Person, Region, RoleInfo, RoleSpell, State

__all__ = [
    "PACKAGED_DATA",
    "Alias",
    "Body",
    "Entity",
    "KnowledgeBase",
    "Person",
    "Region",
    "RoleInfo",
    "RoleSpell",
    "State",
    "user_data_dir",
]
