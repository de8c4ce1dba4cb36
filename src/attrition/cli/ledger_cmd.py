"""CLI commands: ledger_cmd."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
