"""Helpers shared by the CLI modules."""
from __future__ import annotations

from datetime import date

import typer
from rich.console import Console

console = Console()
err_console = Console(stderr=True)

DbOption = typer.Option(None, "--db", envvar="ATTRITION_DB",
                        help="Ledger URL (sqlite:///path or postgresql+psycopg://...). "
                             "Default: a SQLite file in the user's data directory.")


def parse_date(value: str | None, name: str = "date") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}")


def fail(msg: str, code: int = 2) -> "typer.Exit":
    err_console.print(f"[bold red]error:[/] {msg}")
    raise typer.Exit(code)
