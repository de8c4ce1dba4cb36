"""CLI commands: ``serve`` (the dashboard and API) and ``timeline`` (the overview chart as a PNG)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from attrition.cli.common import DbOption, console, fail, parse_date


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_command(
        db: Optional[str] = DbOption,
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on"),
        port: int = typer.Option(8000, "--port", min=1, max=65535),
    ) -> None:
        """Serve the web dashboard and the JSON API (/api/, schema at /api/openapi.json)."""
        import uvicorn

        from attrition.web import create_app

        try:
            web = create_app(db)
        except Exception as e:  # a bad URL or an unreachable database: say so, no traceback
            fail(f"cannot open the ledger: {e}")
        console.print(f"attrition dashboard on http://{host}:{port}/  (API: /api/, docs: /api-docs)")
        uvicorn.run(web, host=host, port=port, log_level="info")

    @app.command("timeline")
    def timeline_command(
        category: str = typer.Argument(..., help="Contract category (personnel, tanks, ...)"),
        side: str = typer.Option("russia", "--side"),
        outcome: Optional[str] = typer.Option(None, "--outcome", help="Only claims of this outcome"),
        since: Optional[str] = typer.Option(None, "--since", help="From date (YYYY-MM-DD)"),
        until: Optional[str] = typer.Option(None, "--until", help="To date (YYYY-MM-DD)"),
        png: Path = typer.Option(..., "--png", help="Write the chart to this PNG file"),
        db: Optional[str] = DbOption,
    ) -> None:
        """Draw the overview timeline (series lines, claims coloured by verdict) as a PNG."""
        from attrition.model import CATEGORIES, OUTCOMES
        from attrition.report.timeline import render_png, timeline_data
        from attrition.store import open_ledger

        if category not in CATEGORIES:
            fail(f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
        if outcome is not None and outcome not in OUTCOMES:
            fail(f"unknown outcome {outcome!r}: use one of {', '.join(OUTCOMES)}")
        if png.suffix.lower() != ".png":
            fail(f"{png} should end in .png")
        d0, d1 = parse_date(since, "--since"), parse_date(until, "--until")
        ledger = open_ledger(db)
        try:
            with ledger.session() as s:
                data = timeline_data(s, category, side, outcome=outcome, since=d0, until=d1)
            render_png(data, png)
        finally:
            ledger.dispose()
        msg = f"wrote {png}: {len(data['series'])} series, {len(data['claims'])} dated claims"
        if data["undated"]:
            msg += f" ({data['undated']} without as_of not plotted)"
        typer.echo(msg)
