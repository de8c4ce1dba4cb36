"""The ``attrition`` command: a thin Typer layer over the Python API.

Each pipeline stage registers its commands from its own module here, so the
stages can grow without touching one another.
"""
from __future__ import annotations

import typer

app = typer.Typer(
    name="attrition",
    help="Turn news about war losses into a checked ledger of claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

from attrition.cli import extract_cmd, ledger_cmd, reference_cmd, web_cmd  # noqa: E402

for _mod in (extract_cmd, ledger_cmd, reference_cmd, web_cmd):
    _mod.register(app)


@app.command()
def version() -> None:
    """Print the version of attrition and of its extractor."""
    from attrition import __version__
    from attrition.extract import EXTRACTOR_VERSION

    typer.echo(f"attrition {__version__} (extractor {EXTRACTOR_VERSION})")


def main() -> None:
    app()
