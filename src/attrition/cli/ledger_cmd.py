"""CLI commands of the ledger: ingest, reextract, claims, docs, export (thin: logic lives in
:mod:`attrition.ingest`, :mod:`attrition.store` and :mod:`attrition.report`).

Exit codes: 0 ok, 1 when items were skipped, 2 usage errors.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from attrition.cli.common import DbOption, console, err_console, fail, parse_date


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class ExportWhat(str, Enum):
    claims = "claims"
    docs = "docs"


def _ledger(db: str | None):
    from attrition.store import open_ledger

    try:
        return open_ledger(db)
    except Exception as e:  # a bad URL, an unreachable server: a usage error with a clear message
        fail(f"cannot open the ledger {db or '(default)'}: {e.__class__.__name__}: {e}")


class _RichProgress:
    """Adapter of :class:`attrition.ingest.Progress` onto a Rich progress bar."""

    def __init__(self, progress, task):
        self.p, self.task = progress, task

    def start(self, total_bytes: int) -> None:
        self.p.update(self.task, total=total_bytes or None)

    def advance(self, nbytes: int, report) -> None:
        self.p.update(self.task, advance=nbytes,
                      description=f"ingest: {report.added} added, {report.unchanged} unchanged, "
                                  f"{report.duplicates} duplicates, {len(report.errors)} skipped")


def ingest_command(
    sources: list[str] = typer.Argument(..., help="Files, folders, .jsonl/.csv/.parquet dumps, page or feed URLs."),
    db: Optional[str] = DbOption,
    map_: Optional[str] = typer.Option(None, "--map", help="Dump columns: FIELD=COLUMN,... "
                                       "(fields: text, published, url, title, outlet, language, id)."),
    batch_size: int = typer.Option(2000, "--batch-size", min=1,
                                   help="Documents per transaction (fewer when they hold over 32 MiB of text)."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="HTTP time-out in seconds."),
    max_bytes: int = typer.Option(5 * 1024 * 1024, "--max-bytes", min=1024, help="Largest page accepted."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Store documents without extracting claims."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Ingest documents and extract their claims into the ledger (idempotent)."""
    from rich.progress import (BarColumn, DownloadColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn)

    from attrition.ingest import ingest, parse_mapping

    try:
        mapping = parse_mapping(map_)
    except ValueError as e:
        fail(str(e))
    ledger = _ledger(db)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                  TimeElapsedColumn(), console=err_console, disable=quiet, transient=False) as bar:
        task = bar.add_task("ingest", total=None)
        report = ingest(sources, ledger, mapping=mapping, progress=_RichProgress(bar, task),
                        batch_size=batch_size, timeout=timeout, max_bytes=max_bytes, extract=not no_extract)
    for loc, msg in report.errors:
        err_console.print(f"[yellow]skipped[/] {_esc(loc)}: {_esc(msg)}", soft_wrap=True)
    console.print(f"ingest run {report.run_id}: {report.added} added ({report.claims} claims), "
                  f"{report.unchanged} unchanged, {report.duplicates} near-duplicates, "
                  f"{len(report.errors)} skipped")
    if report.errors:
        raise typer.Exit(1)


def _esc(s: str) -> str:
    from rich.markup import escape

    return escape(str(s))


def reextract_command(
    db: Optional[str] = DbOption,
    all_: bool = typer.Option(False, "--all", help="Re-extract every document, not only stale ones."),
) -> None:
    """Re-run the current extractor on documents whose claims came from an older version."""
    from rich.progress import Progress

    from attrition.extract import EXTRACTOR_VERSION
    from attrition.ingest import reextract

    ledger = _ledger(db)
    with Progress(console=err_console) as bar:
        task = bar.add_task(f"re-extract (extractor {EXTRACTOR_VERSION})", total=None)
        rep = reextract(ledger, all_documents=all_,
                        progress=lambda n, total: bar.update(task, advance=n, total=total))
    for loc, msg in rep.errors:
        err_console.print(f"[yellow]skipped[/] {_esc(loc)}: {_esc(msg)}", soft_wrap=True)
    console.print(f"re-extracted {rep.documents} documents: {rep.claims_before} claims -> {rep.claims_after}")
    if rep.errors:
        raise typer.Exit(1)


def claims_command(
    db: Optional[str] = DbOption,
    side: Optional[str] = typer.Option(None, help="russia, ukraine, ... (comma list)"),
    category: Optional[str] = typer.Option(None, help="personnel, tanks, ... (comma list)"),
    claimant: Optional[str] = typer.Option(None, help="ukraine_gov, russia_gov, ... (comma list)"),
    outcome: Optional[str] = typer.Option(None, help="killed, destroyed, ... (comma list)"),
    verdict: Optional[str] = typer.Option(None, help="consistent, stale, ..., or 'unchecked' (comma list)"),
    since: Optional[str] = typer.Option(None, help="claims dated on or after (YYYY-MM-DD)"),
    until: Optional[str] = typer.Option(None, help="claims dated on or before (YYYY-MM-DD)"),
    doc: Optional[str] = typer.Option(None, help="document id(s)"),
    limit: Optional[int] = typer.Option(None, min=1, help="at most this many claims"),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
) -> None:
    """List the ledger's claims (dated by as-of, else by their document's date)."""
    from attrition.report import claims_table
    from attrition.report.export import CLAIM_COLUMNS, claim_record, export_records
    from attrition.store import ClaimFilter, has_verdicts
    from attrition.store.queries import iter_claims

    flt = ClaimFilter(side=side, category=category, claimant=claimant, outcome=outcome, doc=doc,
                      verdict=verdict, since=parse_date(since, "--since"), until=parse_date(until, "--until"))
    ledger = _ledger(db)
    with ledger.session() as s:
        rows = iter_claims(s, flt)
        if limit:
            from itertools import islice

            rows = islice(rows, limit)
        if fmt == TableFormat.table:
            table = claims_table(list(rows), show_verdict=has_verdicts(s))
            console.print(table)
        else:
            export_records((claim_record(r) for r in rows), fmt.value, "-", CLAIM_COLUMNS)


def docs_command(
    db: Optional[str] = DbOption,
    since: Optional[str] = typer.Option(None, help="published on or after (YYYY-MM-DD)"),
    until: Optional[str] = typer.Option(None, help="published on or before (YYYY-MM-DD)"),
    outlet: Optional[str] = typer.Option(None, help="outlet host(s), comma list"),
    undated: Optional[bool] = typer.Option(None, "--undated/--dated", help="only undated / only dated"),
    duplicates: bool = typer.Option(False, "--duplicates", help="include syndicated copies"),
    limit: Optional[int] = typer.Option(None, min=1),
    fmt: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
) -> None:
    """List the ledger's documents."""
    from attrition.report import docs_table
    from attrition.report.export import DOC_COLUMNS, doc_record, export_records
    from attrition.store import query_docs

    ledger = _ledger(db)
    with ledger.session() as s:
        rows = query_docs(s, since=parse_date(since, "--since"), until=parse_date(until, "--until"),
                          outlet=outlet, undated=undated, duplicates=None if duplicates else False,
                          limit=limit)
        if fmt == TableFormat.table:
            console.print(docs_table(rows))
        else:
            export_records((doc_record(d, n) for d, n in rows), fmt.value, "-", DOC_COLUMNS)


def export_command(
    out: Path = typer.Option(..., "--out", "-o", help="Output file."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f"),
    what: ExportWhat = typer.Option(ExportWhat.claims, "--what", help="claims (with documents and verdicts) or docs"),
    db: Optional[str] = DbOption,
) -> None:
    """Export the ledger as CSV, JSONL or Parquet."""
    from attrition.report import export_claims, export_docs

    ledger = _ledger(db)
    n = export_claims(ledger, fmt.value, out) if what == ExportWhat.claims else export_docs(ledger, fmt.value, out)
    err_console.print(f"wrote {n} {what.value} to {out}")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("reextract")(reextract_command)
    app.command("claims")(claims_command)
    app.command("docs")(docs_command)
    app.command("export")(export_command)
