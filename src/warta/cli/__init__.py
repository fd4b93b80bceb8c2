"""The `warta` command line: a thin Typer app over the library.

Each command group lives in its own module exposing `register(app)`; this module
creates the app and registers them.
"""

from __future__ import annotations

import typer

from warta.cli import browse, eval, export, extract, ingest, kb

app = typer.Typer(
    name="warta",
    help="Raw Indonesian news in; clean, dated, source-attributed political event data out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (ingest, extract, browse, export, kb, eval):
    module.register(app)


def main() -> None:
    app()
