"""Reading knowledge-base YAML files with the line number of every entry, so that
`warta kb check` and load errors can say `file:line: what is wrong; how to fix it`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """Safe loader keeping dates as written ("2012-13-01" is then a reportable typo, not a crash)."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


@dataclass
class Entry:
    """One top-level list item of a data file, with where it and its role spells start."""

    value: Any
    path: Path
    line: int
    role_lines: list[int] = field(default_factory=list)

    def where(self, role_index: int | None = None) -> str:
        if role_index is not None and role_index < len(self.role_lines):
            return f"{self.path}:{self.role_lines[role_index]}"
        return f"{self.path}:{self.line}"


class DataError(ValueError):
    """A data file cannot be read at all (bad YAML, not a list)."""


def read_entries(path: Path) -> list[Entry]:
    """The list items of a YAML data file; raise DataError naming file:line when it is not a list."""
    text = path.read_text(encoding="utf-8")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise DataError(
                f"{path}:{node.start_mark.line + 1}: the file must be a YAML list of entries; "
                "start each entry with '- '"
            )
        entries = []
        for item in node.value:
            try:
                value = loader.construct_object(item, deep=True)
            except (ValueError, yaml.YAMLError) as err:
                raise DataError(
                    f"{path}:{item.start_mark.line + 1}: cannot read this entry ({err}); fix it"
                ) from err
            role_lines: list[int] = []
            if isinstance(item, yaml.MappingNode):
                for key, val in item.value:
                    if key.value == "roles" and isinstance(val, yaml.SequenceNode):
                        role_lines = [r.start_mark.line + 1 for r in val.value]
            entries.append(
                Entry(value=value, path=path, line=item.start_mark.line + 1, role_lines=role_lines)
            )
        return entries
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise DataError(
            f"{path}:{line}: not valid YAML ({getattr(err, 'problem', err)}); fix the syntax"
        ) from err
    finally:
        loader.dispose()


def iso_text(value: Any) -> str | None:
    """A YAML date value as ISO text: dates parse as dates, "2012" as an int, "2008-05" as text."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()
