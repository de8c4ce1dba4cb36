"""The seeds' table (acceptance of issue 4), through the CLI. Skips without ../shared."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from attrition.cli import app
from conftest import shared_path


def run(*args):
    r = CliRunner().invoke(app, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    seeds, ref = shared_path("seeds"), shared_path("reference")
    db = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'ledger.sqlite'}"
    run("ingest", seeds, "--db", db)
    for f in ("russia_losses_personnel.json", "russia_losses_equipment.json",
              "russia_losses_equipment_correction.json"):
        run("reference", "load", ref / f, "--series", "general_staff", "--db", db)
    run("reference", "load", ref / "oryx_totals_by_type.csv", "--series", "oryx", "--db", db)
    out = json.loads(run("check", "--format", "json", "--db", db).stdout)
    table = run("check", "--db", db).stdout
    return out, table, db


def find(rows, seed_prefix_text, value, category=None):
    hits = [r for r in rows if r["value"] == value and seed_prefix_text in (r["text"] or "")
            and (category is None or r["category"] == category)]
    assert hits, f"no claim {value} in a sentence with {seed_prefix_text!r}"
    return hits[0]


def test_seed_000_oryx_and_ukraine(verdicts):
    rows = verdicts[0]
    tanks = find(rows, "Oryx", 3000)
    assert tanks["verdict"] == "misattributed"
    assert (tanks["series"], tanks["ref_category"], tanks["ref_status"]) == ("oryx", "all", "destroyed")
    assert find(rows, "Oryx", 5000)["verdict"] == "consistent"
    soldiers = [r for r in rows if r["value"] == 44000 and r["claimant"] == "ukraine_gov"]
    assert soldiers and all(r["verdict"] == "consistent" for r in soldiers)


def test_seed_004_digit_error_and_dated_document(verdicts):
    rows, _, db = verdicts
    art = find(rows, "artillery", 75)
    assert art["verdict"] == "digit_error" and art["ref_value"] == 759
    for value in (3645, 241, 2560):
        assert find(rows, "artillery", value)["verdict"] == "consistent", value
    from attrition.store import Document, open_ledger

    ledger = open_ledger(db)
    with ledger.session() as s:
        doc = s.get(Document, art["doc_id"])
        assert doc.published_source == "inferred" and doc.published is not None
        assert "3,645" in doc.published_evidence
    ledger.dispose()


def test_seed_002_dated_by_its_figures(verdicts):
    rows = verdicts[0]
    sunday = find(rows, "Sunday", 950)
    assert sunday["period"] == "interval" and sunday["verdict"] == "consistent"
    assert find(rows, "71,200", 71200)["verdict"] == "consistent"


def test_table_and_filters(verdicts):
    _, table, db = verdicts
    assert "misattributed" in table and "digit_error" in table
    only = json.loads(run("check", "--format", "json", "--verdict", "digit_error", "--db", db).stdout)
    assert only and {r["verdict"] for r in only} == {"digit_error"}
    r = CliRunner().invoke(app, ["check", "--verdict", "wrong", "--db", db])
    assert r.exit_code == 2 and "unknown verdict" in r.output
    r = CliRunner().invoke(app, ["check", "--doc", "nope", "--db", db])
    assert r.exit_code == 2 and "no document" in r.output
    one = json.loads(run("check", "--format", "json", "--doc", only[0]["doc_id"], "--db", db).stdout)
    assert one and {r["doc_id"] for r in one} == {only[0]["doc_id"]}
