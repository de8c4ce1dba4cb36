"""CLI commands: ``reference pull|load``, ``check``, ``date`` and ``demo``."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from attrition.cli.common import DbOption, console, err_console, fail, parse_date


class SeriesName(str, Enum):
    general_staff = "general_staff"
    oryx = "oryx"


class OutFormat(str, Enum):
    table = "table"
    json = "json"


PULL_NAMES = {"general-staff": "general_staff", "general_staff": "general_staff", "oryx": "oryx"}


def _open(db: str | None):
    from attrition.store import open_ledger

    try:
        return open_ledger(db)
    except Exception as e:
        fail(f"cannot open the ledger {db or '(default)'}: {e.__class__.__name__}: {e}")


def print_verdicts(ledger, *, doc: str | None = None, verdict: str | None = None, fmt: str = "table",
                   title: str | None = None) -> int:
    """Print the stored verdicts (table or JSON lines); returns how many were printed."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from attrition.report.verdicts import verdict_record, verdicts_table
    from attrition.store.models import ClaimRow, Verdict

    with ledger.session() as s:
        q = (select(ClaimRow).options(selectinload(ClaimRow.verdict))
             .order_by(ClaimRow.doc_id, ClaimRow.start, ClaimRow.id))
        if doc:
            q = q.where(ClaimRow.doc_id == doc)
        if verdict:
            wanted = [v.strip() for v in verdict.split(",") if v.strip()]
            q = q.join(Verdict).where(Verdict.verdict.in_(wanted))
        rows = list(s.scalars(q))
        if fmt == "json":
            typer.echo(json.dumps([verdict_record(r) for r in rows], ensure_ascii=False, indent=1))
        else:
            console.print(verdicts_table(rows, title=title))
    return len(rows)


def register(app: typer.Typer) -> None:
    ref = typer.Typer(help="Reference series: General Staff daily tallies, Oryx confirmed losses.",
                      no_args_is_help=True)
    app.add_typer(ref, name="reference")

    @ref.command("pull")
    def pull_command(
        series: str = typer.Argument(..., help="general-staff or oryx"),
        base_url: Optional[str] = typer.Option(None, "--base-url", help="Fetch from this folder URL instead"),
        cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Where fetched files are cached"),
        db: Optional[str] = DbOption,
    ) -> None:
        """Fetch a series from its public address (cached) and load it into the ledger."""
        from attrition.reference import ReferenceFormatError, pull

        name = PULL_NAMES.get(series)
        if name is None:
            fail(f"unknown series {series!r}: use general-staff or oryx")
        ledger = _open(db)
        try:
            n = pull(ledger, name, base_url=base_url, cache_dir=cache_dir)
        except (ConnectionError, ReferenceFormatError) as e:
            fail(str(e))
        console.print(f"{n} observations of {name} loaded")

    @ref.command("load")
    def load_command(
        file: Path = typer.Argument(..., help="A local copy of a series file (JSON or CSV)"),
        series: SeriesName = typer.Option(..., "--series", help="general_staff or oryx"),
        snapshot_date: Optional[str] = typer.Option(None, "--snapshot-date",
                                                    help="Date of an undated Oryx snapshot (default: today)"),
        db: Optional[str] = DbOption,
    ) -> None:
        """Load a local copy of a reference file."""
        from attrition.reference import ReferenceFormatError, load_file

        ledger = _open(db)
        try:
            n = load_file(ledger, file, series.value, parse_date(snapshot_date, "--snapshot-date"))
        except ReferenceFormatError as e:
            fail(str(e))
        console.print(f"{n} observations of {series.value} loaded from {file}")

    @app.command("date")
    def date_command(db: Optional[str] = DbOption) -> None:
        """Date undated documents by their figures against the General Staff series."""
        from attrition.reconcile import date_undated

        ledger = _open(db)
        for d in date_undated(ledger):
            console.print(f"{d.doc_id}: {d.date} ({d.evidence})", markup=False, highlight=False)

    @app.command("check")
    def check_command(
        doc: Optional[str] = typer.Option(None, "--doc", help="Only this document"),
        verdict: Optional[str] = typer.Option(None, "--verdict", help="Show only these verdicts (comma list)"),
        fmt: OutFormat = typer.Option(OutFormat.table, "--format", help="table or json"),
        no_dating: bool = typer.Option(False, "--no-dating", help="Do not date undated documents first"),
        db: Optional[str] = DbOption,
    ) -> None:
        """Give each claim a verdict against the series of its claimant, and print them."""
        from attrition.reconcile import VERDICTS, check, date_undated

        if verdict:
            bad = [v for v in verdict.split(",") if v.strip() and v.strip() not in VERDICTS]
            if bad:
                fail(f"unknown verdict(s) {', '.join(bad)}: use {', '.join(VERDICTS)}")
        ledger = _open(db)
        if doc is not None:
            from attrition.store.models import Document

            with ledger.session() as s:
                if s.get(Document, doc) is None:
                    fail(f"no document {doc!r} in the ledger")
        if not no_dating:
            for d in date_undated(ledger):
                err_console.print(f"dated {d.doc_id} to {d.date}: {d.evidence}", markup=False, highlight=False)
        check(ledger, doc_id=doc)
        print_verdicts(ledger, doc=doc, verdict=verdict, fmt=fmt.value)

    @app.command("demo")
    def demo_command(
        serve: bool = typer.Option(False, "--serve", help="Then open the dashboard on the demo ledger"),
        keep: Optional[Path] = typer.Option(None, "--keep", help="Write the demo ledger to this SQLite file"),
        port: int = typer.Option(8000, "--port"),
    ) -> None:
        """Build a ledger from the bundled sample corpus and reference excerpt, offline, and check it."""
        import tempfile
        import time

        from attrition.demo import build_demo

        t0 = time.perf_counter()
        tmp = None
        if keep is None:
            tmp = tempfile.TemporaryDirectory(prefix="attrition-demo-")
            path = Path(tmp.name) / "demo.sqlite"
        else:
            path = keep
            if path.exists():
                fail(f"{path} exists: choose a new file for the demo ledger")
        url = f"sqlite:///{path}"
        ledger = build_demo(url)
        print_verdicts(ledger, title="attrition demo: claims checked against their sources")
        from sqlalchemy import select

        from attrition.store.models import Document

        with ledger.session() as s:
            for doc in s.scalars(select(Document).where(Document.published_source == "inferred")):
                console.print(f"undated document {doc.id} dated {doc.published} by its figures: "
                              f"{doc.published_evidence}", markup=False, highlight=False)
        console.print(f"[dim]demo ledger built and checked in {time.perf_counter() - t0:.1f} s ({path})[/]")
        if serve:
            try:
                import uvicorn

                from attrition.web import create_app
            except ImportError as e:
                fail(f"the dashboard is not available: {e}")
            uvicorn.run(create_app(url), host="127.0.0.1", port=port)
        ledger.dispose()
        if tmp is not None:
            tmp.cleanup()
