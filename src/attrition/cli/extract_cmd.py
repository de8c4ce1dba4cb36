"""CLI commands of the extraction stage: ``attrition extract`` and ``attrition eval``."""
from __future__ import annotations

import csv
import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from attrition.cli.common import console, err_console, fail, parse_date


class OutFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


_QUALIFIER_WORDS = {
    "exact": "", "approximately": "about ", "more_than": "more than ", "at_least": "at least ",
    "almost": "almost ", "up_to": "up to ", "less_than": "less than ",
}


def _fmt_num(x: float | int | None) -> str:
    if x is None:
        return ""
    if isinstance(x, float) and not x.is_integer():
        return f"{x:,}"
    return f"{int(x):,}"


def value_label(c: dict[str, Any]) -> str:
    """``more than 44,000``, ``2,000–4,000``, ``about 400/day``."""
    v = _fmt_num(c["value"])
    if c.get("value_max") is not None:
        v += "–" + _fmt_num(c["value_max"])
    v = _QUALIFIER_WORDS.get(c.get("qualifier") or "exact", "") + v
    if c.get("period") == "rate" and c.get("rate_unit"):
        v += f"/{c['rate_unit']}"
    return v


def _columns() -> list[str]:
    from attrition.model import CONTRACT_FIELDS

    return ["doc_id", *CONTRACT_FIELDS, "start", "end"]


def _sentence(text: str, written: str) -> Text:
    """The evidence sentence on one line, the number as written in bold."""
    out = Text(" ".join(text.split()))
    w = " ".join(written.split())
    i = out.plain.find(w) if w else -1
    if i >= 0:
        out.stylize("bold yellow", i, i + len(w))
    return out


def _claims_table(doc_id: str, rows: list[dict[str, Any]], written: list[str]) -> Table:
    """One document's claims; every cell is a Text object, so article text is never read as markup."""
    t = Table(show_lines=True, title=Text(f"{doc_id}: {len(rows)} claim(s)"), title_justify="left",
              expand=True)
    t.add_column("claim", ratio=2,
                 min_width=22, max_width=34, overflow="fold")
    t.add_column("sentence", ratio=3, min_width=24, overflow="fold")
    for r, w in zip(rows, written):
        cell = Text(value_label(r), style="bold")
        cell.append(f"\n{r['side']} {r['category']}\n{r['outcome']}, {r['period']}")
        if r.get("scope") and r["scope"] != "total":
            cell.append(f", {r['scope']}")
        cell.append(f"\nas of {r['as_of'] or '—'}\nby ")
        cell.append(r["claimant"], style="cyan")
        if r.get("claimant_name"):
            cell.append(f"\n({r['claimant_name']})")
        t.add_row(cell, _sentence(r["text"], w))
    return t


def extract_command(
    paths: list[Path] = typer.Argument(..., help="Files (.txt, .md, .html/.htm, .jsonl), folders of them, or - for standard input."),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for documents that do not state one; "
        "overrides a date line in text/HTML files (a JSON Lines document's own date wins)."),
    fmt: OutFormat = typer.Option(OutFormat.jsonl, "--format", "-f", help="Output format."),
) -> None:
    """Extract loss claims from documents and print them (one claim per line in jsonl/csv)."""
    from attrition import extract
    from attrition.extract.docio import expand_paths, read_documents

    pub = parse_date(published, "--published")
    problems = 0

    def report(message: str) -> None:
        nonlocal problems
        problems += 1
        err_console.print(Text(f"error: {message}", style="red"))

    files, read_errors = expand_paths(paths)
    for e in read_errors:
        report(str(e))
    writer = None
    if fmt is OutFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=_columns(), lineterminator="\n")
        writer.writeheader()
    for f in files:
        docs, errs = read_documents(f, pub)
        for e in errs:
            report(str(e))
        for doc in docs:
            try:
                claims = extract(doc.text, doc.published)
            except Exception as e:  # noqa: BLE001 -- one failing document must not stop the run
                report(f"{doc.location}: extraction failed ({type(e).__name__}: {e})")
                continue
            rows = [{"doc_id": doc.id, **c.to_dict()} for c in claims]
            if fmt is OutFormat.table:
                console.print(_claims_table(doc.id, rows, [doc.text[c.start:c.end] for c in claims]))
            elif writer is not None:
                writer.writerows(rows)
            else:
                sys.stdout.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    sys.stdout.flush()
    if problems:
        err_console.print(Text(f"{problems} problem(s); see the messages above.", style="bold red"))
        raise typer.Exit(1)


def _key_label(key: tuple) -> str:
    side, category, value, value_max, period = key
    rng = _fmt_num(value) + (f"–{_fmt_num(value_max)}" if value_max is not None else "")
    return f"{side} {category} {rng} {period}"


def _show(x: Any) -> str:
    if x is None:
        return "null"
    return x.isoformat() if hasattr(x, "isoformat") else str(x)


def _print_errors(report: Any, limit: int) -> None:
    """Up to ``limit`` misses, spurious claims and wrong fields: doc id, key, sentence."""
    titles = {"miss": "missed (gold claims not found)", "spurious": "spurious (predicted, not in gold)",
              "field": "wrong fields on matched claims (gold → predicted)"}
    for kind in ("miss", "spurious", "field"):
        errs = report.errors_of(kind)
        console.print(Text(f"{titles[kind]}: {len(errs)}" + (f", first {limit}" if len(errs) > limit else ""),
                           style="bold"))
        for e in errs[:limit]:
            head = Text("  ")
            head.append(e.doc_id, style="cyan")
            head.append("  " + _key_label(e.key))
            if kind == "field":
                head.append(f"  {e.field}: {_show(e.gold)} → {_show(e.pred)}", style="yellow")
            console.print(head)
            # Article text as a Text object: never interpreted as Rich markup.
            console.print(Text("      " + " ".join(e.text.split()), style="dim"))
    console.print()


def _confusion_table(report: Any, limit: int) -> Table:
    t = Table(title="field confusions")
    t.add_column("field")
    t.add_column("gold → predicted", overflow="fold")
    t.add_column("n", justify="right")
    for f, counts in report.confusion.items():
        for (g, p), n in counts.most_common(limit):
            t.add_row(f, Text(f"{_show(g)} → {_show(p)}"), str(n))
    return t


def _figures_table(report: Any, gold: Path) -> Table:
    from attrition.extract.evaluate import ACCURACY_FIELDS

    t = Table(title=f"extraction vs {gold.name}",
              caption="core key: side, category, value, value_max, period; "
                      "full: core + outcome, qualifier, claimant, as_of")
    t.add_column("figure")
    t.add_column("precision", justify="right")
    t.add_column("recall", justify="right")
    t.add_column("F1 / accuracy", justify="right")
    t.add_column("count", justify="right")
    t.add_row("core", f"{report.precision:.3f}",
              f"{report.recall:.3f}", f"{report.f1:.3f}", f"{report.matched} matched")
    for f in ACCURACY_FIELDS:
        label = f"{f} accuracy" + (" (±1 day)" if f == "as_of" else "")
        t.add_row(label, "", "", f"{report.accuracy(f):.3f}",
                  f"{report.field_correct[f]}/{report.matched}")
    t.add_row("full", f"{report.full_precision:.3f}",
              f"{report.full_recall:.3f}", f"{report.full_f1:.3f}", f"{report.full_matched} matched")
    t.add_row("documents", "", "", "", str(report.docs))
    t.add_row("gold claims (folded)", "", "", "", str(report.gold))
    t.add_row("predicted claims (folded)", "", "", "", str(report.predicted))
    return t


def eval_command(
    gold: Path = typer.Argument(..., help="Gold JSON Lines file (see ../shared/gold/GUIDELINES.md)."),
    errors: int = typer.Option(0, "--errors", min=0, help="List up to N misses, spurious claims and wrong fields."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Score the extractor against a gold file: core and full P/R/F1, field accuracies."""
    from attrition.extract import EXTRACTOR_VERSION
    from attrition.extract.evaluate import load_gold, predict, score

    if not gold.is_file():
        fail(escape(f"{gold}: no such file"))
    try:
        docs = load_gold(gold)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        fail(escape(str(e)))
    t0 = time.perf_counter()
    try:
        report = score(docs, predict(docs))
    except (KeyError, TypeError, ValueError) as e:
        fail(escape(f"{gold}: cannot score ({type(e).__name__}: {e}); is it a gold file?"))
    secs = time.perf_counter() - t0
    if as_json:
        d = report.to_dict()
        d.update(gold_file=str(gold), extractor=EXTRACTOR_VERSION, seconds=round(secs, 3))
        if errors:
            d["errors"] = [e.to_dict() for kind in ("miss", "spurious", "field")
                           for e in report.errors_of(kind)[:errors]]
        typer.echo(json.dumps(d, indent=2, ensure_ascii=False))
        return
    if errors:
        _print_errors(report, errors)
        console.print(_confusion_table(report, errors))
    console.print(_figures_table(report, gold))
    # The headline: always the last six lines (scripts read them with `tail -n 6`).
    acc = {f: report.accuracy(f) for f in ("outcome", "qualifier", "claimant", "as_of", "scope")}
    lines = [
        f"eval {gold.name}: {report.docs} docs, {report.gold} gold claims, {report.predicted} predicted, "
        f"{report.matched} matched (extractor {EXTRACTOR_VERSION})",
        f"core  P {report.precision:.3f}  R {report.recall:.3f}  F1 {report.f1:.3f}",
        f"full  P {report.full_precision:.3f}  R {report.full_recall:.3f}  F1 {report.full_f1:.3f}"
        "  (core + outcome, qualifier, claimant, as_of)",
        f"accuracy  outcome {acc['outcome']:.3f}  qualifier {acc['qualifier']:.3f}  claimant {acc['claimant']:.3f}",
        f"accuracy  as_of {acc['as_of']:.3f} (±1 day)  scope {acc['scope']:.3f}",
        f"time  {secs:.2f} s for {report.docs} docs",
    ]
    for line in lines:
        typer.echo(line)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)
