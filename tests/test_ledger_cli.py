"""The ledger commands end to end: ingest, claims, docs, export, reextract; exit codes 0/1/2."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pandas as pd
import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from attrition.cli import app
from attrition.ingest.synthetic import write_jsonl
from attrition.store import ClaimRow, Document, Verdict, open_ledger

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    """Tables as on a wide terminal (the test runner's default is 80 columns)."""
    from attrition.cli.common import console

    monkeypatch.setattr(console, "width", 300)


def run(*args, db):
    return runner.invoke(app, [*args, "--db", db], catch_exceptions=False)


@pytest.fixture
def dump(tmp_path):
    return write_jsonl(tmp_path / "dump.jsonl", 12, seed=3)


def test_ingest_then_query(tmp_path, dump, sqlite_url):
    r = run("ingest", str(dump), "--quiet", db=sqlite_url)
    assert r.exit_code == 0, r.output
    assert "12 added" in r.output
    r = run("ingest", str(dump), "--quiet", db=sqlite_url)
    assert r.exit_code == 0 and "0 added" in r.output and "12 unchanged" in r.output

    r = run("claims", "--format", "jsonl", db=sqlite_url)
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    led = open_ledger(sqlite_url)
    with led.session() as s:
        assert len(rows) == len(s.scalars(select(ClaimRow)).all()) > 12
    assert {"value", "side", "category", "as_of", "claimant", "doc_id", "published", "verdict"} <= set(rows[0])
    assert all(row["published"] for row in rows)  # the dump's dates are on every claim

    r = run("claims", "--format", "csv", "--category", "personnel", "--side", "russia", db=sqlite_url)
    got = list(csv.DictReader(io.StringIO(r.stdout)))
    assert got and all(g["category"] == "personnel" and g["side"] == "russia" for g in got)
    assert len(got) == sum(1 for x in rows if x["category"] == "personnel" and x["side"] == "russia")

    first = min(x["published"] for x in rows)
    r = run("claims", "--format", "jsonl", "--until", first, db=sqlite_url)
    assert all((json.loads(line)["as_of"] or json.loads(line)["published"]) <= first for line in r.stdout.splitlines())

    r = run("claims", "--format", "table", "--limit", "3", db=sqlite_url)
    assert r.exit_code == 0 and "personnel" in r.stdout and "verdict" not in r.stdout

    r = run("docs", "--format", "jsonl", db=sqlite_url)
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(docs) == 12 and all(d["claims"] > 0 and d["published_source"] == "given" for d in docs)
    r = run("docs", db=sqlite_url)
    assert r.exit_code == 0 and "syn-0" in r.stdout
    led.dispose()


def test_verdict_filter_and_column(dump, sqlite_url):
    run("ingest", str(dump), "--quiet", db=sqlite_url)
    led = open_ledger(sqlite_url)
    with led.session() as s:
        ids = s.scalars(select(ClaimRow.id).order_by(ClaimRow.id)).all()
        s.add(Verdict(claim_id=ids[0], verdict="stale", explanation="older figure", checked_at=datetime(2024, 1, 1)))
        s.commit()
    led.dispose()
    r = run("claims", "--verdict", "stale", "--format", "jsonl", db=sqlite_url)
    got = [json.loads(line) for line in r.stdout.splitlines()]
    assert [g["claim_id"] for g in got] == [ids[0]] and got[0]["verdict"] == "stale"
    r = run("claims", "--verdict", "unchecked", "--format", "jsonl", db=sqlite_url)
    assert len(r.stdout.splitlines()) == len(ids) - 1
    r = run("claims", "--format", "table", db=sqlite_url)
    assert "verdict" in r.stdout and "stale" in r.stdout and "unchecked" in r.stdout


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export(tmp_path, dump, sqlite_url, fmt):
    run("ingest", str(dump), "--quiet", db=sqlite_url)
    out = tmp_path / f"claims.{fmt}"
    r = run("export", "--format", fmt, "--out", str(out), db=sqlite_url)
    assert r.exit_code == 0, r.output
    df = {"csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True), "parquet": pd.read_parquet}[fmt](out)
    led = open_ledger(sqlite_url)
    with led.session() as s:
        claims = s.scalars(select(ClaimRow).order_by(ClaimRow.id)).all()
        assert list(df["claim_id"]) == [c.id for c in claims]
        assert list(df["value"].astype(float)) == [c.value for c in claims]
    led.dispose()
    docs_out = tmp_path / f"docs.{fmt}"
    assert run("export", "--what", "docs", "--format", fmt, "--out", str(docs_out), db=sqlite_url).exit_code == 0
    assert docs_out.stat().st_size > 0


def test_exit_codes(tmp_path, dump, sqlite_url):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Russia lost 12 tanks, Kyiv said."}\nnot json\n')
    r = run("ingest", str(bad), "--quiet", db=sqlite_url)
    assert r.exit_code == 1
    assert "bad.jsonl:2" in r.stderr and "malformed JSON" in r.stderr and "1 skipped" in r.stdout
    assert run("ingest", str(dump), "--map", "text", db=sqlite_url).exit_code == 2
    assert run("claims", "--since", "last week", db=sqlite_url).exit_code == 2
    assert run("claims", "--format", "xml", db=sqlite_url).exit_code == 2


def test_reextract_command(dump, sqlite_url):
    run("ingest", str(dump), "--quiet", db=sqlite_url)
    led = open_ledger(sqlite_url)
    with led.session() as s:
        s.execute(update(Document).where(Document.id.in_(["syn-1", "syn-2"])).values(extractor_version="0.0.0"))
        s.commit()
    led.dispose()
    r = run("reextract", db=sqlite_url)
    assert r.exit_code == 0 and "re-extracted 2 documents" in r.stdout
    assert "re-extracted 0 documents" in run("reextract", db=sqlite_url).stdout
