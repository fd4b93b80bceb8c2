"""`warta kb ...`: list, show, add, check the actor knowledge base, and import from Wikidata."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.console import Console
from rich.text import Text

from warta.kb import PACKAGED_DATA, Body, KnowledgeBase, Person, Region, State, user_data_dir
from warta.kb.build import compile_kb
from warta.kb.check import check as check_kb
from warta.kb.yamlfile import DataError, read_entries

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
KINDS = {"person": Person, "organisation": Body, "state": State, "place": Region}
DATA_DIR_OPTION = typer.Option(
    None, "--data-dir", help="KB data folder (default: packaged data + user data dir)."
)
ADD_FILE_ARGUMENT = typer.Argument(
    ..., exists=True, dir_okay=False, help="A YAML file of persons, organisations or states."
)
DUMP_ARGUMENT = typer.Argument(
    ..., exists=True, dir_okay=False, help="A Wikidata JSON dump (latest-all.json format)."
)
OUT_OPTION = typer.Option(
    None, "--out", help="Persons YAML to write; organisations go to <stem>-organisations.yaml."
)

kb_app = typer.Typer(
    help="The actor knowledge base: persons, organisations, states and dated roles.", no_args_is_help=True
)


def _load(data_dir: Path | None) -> KnowledgeBase:
    return KnowledgeBase.load(data_dir)


@kb_app.command("list")
def list_entities(
    kind: str = typer.Option(None, "--type", help="person | organisation | state | place"),
    code: str = typer.Option(
        None, "--code", help="Only entities with this actor code (or STATE.* below it)."
    ),
    data_dir: Path = DATA_DIR_OPTION,
) -> None:
    """List entities, one a line."""
    if kind is not None and kind not in KINDS:
        err.print(Text(f"error: --type must be one of {', '.join(KINDS)}", style="red"))
        raise typer.Exit(2)
    kb = _load(data_dir)
    for ent in kb.entities():
        if kind and not isinstance(ent, KINDS[kind]):
            continue
        if code and ent.code != code and not (ent.code or "").startswith(code + "."):
            continue
        out.print(kb.describe(ent))


@kb_app.command("show")
def show(
    name: str = typer.Argument(..., help="A name, alias or entity id."), data_dir: Path = DATA_DIR_OPTION
) -> None:
    """Everything the KB knows about one name."""
    kb = _load(data_dir)
    found = [e for e in [kb.entity(name)] if e is not None] or kb.lookup(name) or kb.search(name)
    if not found:
        err.print(
            Text(f"error: `{name}` is not in the knowledge base; `warta kb list` shows what is", style="red")
        )
        raise typer.Exit(1)
    for ent in found:
        out.print(kb.describe(ent))
        aliases = sorted(
            {a.text + (f" [{a.lang}]" if a.lang else "") for a in kb.data.aliases if a.entity == ent.id}
        )
        out.print(f"  aliases: {', '.join(aliases)}")
        if isinstance(ent, Person):
            for s in ent.roles:
                title = f" ({s.title})" if s.title else ""
                out.print(
                    f"  {s.role} of {s.code or ent.code}, {s.sector}: {s.start or '?'} .. {s.end or 'now'}{title}"
                )
        source = getattr(ent, "source", "")
        if source:
            out.print(f"  defined at {source}")


def _file_kind(entries: list[Any]) -> str:
    values = [e.value for e in entries if isinstance(e.value, dict)]
    if values and all("kind" in v or "takes_country" in v for v in values):
        return "organisations"
    if values and all("name" not in v and "code" in v for v in values):
        return "states"
    return "persons"


@kb_app.command("add")
def add(
    file: Path = ADD_FILE_ARGUMENT,
    to_data_dir: bool = typer.Option(
        False, "--to-data-dir", help="Copy into the packaged data dir, not the user's."
    ),
) -> None:
    """Validate a data file and copy it where the KB loads it from."""
    try:
        entries = read_entries(file)
    except DataError as error:
        err.print(Text(str(error), style="red"))
        raise typer.Exit(1) from error
    kind = _file_kind(entries)
    base = PACKAGED_DATA if to_data_dir else user_data_dir()
    target = base / kind / file.name
    tables = [PACKAGED_DATA / n for n in ("roles.yaml", "states.yaml", "organisations.yaml")]
    data = compile_kb(tables + [file], kinds={file: kind})
    problems = [p for p in data.problems if p.startswith(str(file))]
    if problems:
        for p in problems:
            err.print(p)
        err.print(Text(f"error: {len(problems)} problem(s) in {file}; nothing copied", style="red"))
        raise typer.Exit(1)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, target)
    out.print(f"added {len(entries)} {kind} entries: {target}")


@kb_app.command("check")
def check(data_dir: Path = DATA_DIR_OPTION) -> None:
    """Validate the data: duplicate aliases, overlapping spells, unknown roles and codes, bad dates."""
    kb = KnowledgeBase.load(data_dir, use_cache=False)
    problems = check_kb(kb)
    for p in problems:
        out.print(p)
    files = len(kb.data.files)
    if problems:
        err.print(Text(f"{len(problems)} problem(s) in {files} files", style="red"))
        raise typer.Exit(1)
    out.print(
        f"ok: {files} files, {sum(1 for _ in kb.persons())} persons, {sum(1 for _ in kb.bodies())} organisations"
    )


@kb_app.command("import-wikidata")
def import_wikidata(
    dump: Path = DUMP_ARGUMENT,
    out_file: Path = OUT_OPTION,
) -> None:
    """Build person and organisation entries from a Wikidata dump, read streaming."""
    from warta.kb.wikidata import import_dump

    persons, organisations = import_dump(dump)
    persons_text = yaml.safe_dump(persons, sort_keys=False, allow_unicode=True)
    orgs_text = yaml.safe_dump(organisations, sort_keys=False, allow_unicode=True)
    if out_file is None:
        out.print(f"# persons\n{persons_text}# organisations\n{orgs_text}", markup=False)
        return
    out_file.write_text(persons_text, encoding="utf-8")
    orgs_file = out_file.with_name(f"{out_file.stem}-organisations.yaml")
    orgs_file.write_text(orgs_text, encoding="utf-8")
    out.print(
        f"wrote {len(persons)} persons to {out_file} and {len(organisations)} organisations to {orgs_file}"
    )


def register(app: typer.Typer) -> None:
    """Add the `kb` command group to the warta app."""
    app.add_typer(kb_app, name="kb")
