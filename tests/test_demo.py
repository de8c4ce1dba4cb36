"""``attrition demo``: offline, from the bundled corpus and reference excerpt."""
from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from typer.testing import CliRunner

from attrition.cli import app
from attrition.demo import build_demo, corpus
from attrition.store import Document, Verdict


def test_demo_ledger_shows_a_spread_of_verdicts(tmp_path):
    ledger = build_demo(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    with ledger.session() as s:
        got = Counter(s.scalars(select(Verdict.verdict)))
        inferred = list(s.scalars(select(Document).where(Document.published_source == "inferred")))
    ledger.dispose()
    assert len(inferred) == 1 and inferred[0].published is not None
    # the corpus was written to show each of these; the counts depend on the extractor
    for v in ("consistent", "rounded", "stale", "digit_error", "misattributed", "ahead", "unverifiable"):
        assert got[v] >= 1, (v, got)


def test_demo_corpus_is_dated_and_short():
    arts = corpus()
    assert 6 <= len(arts) <= 12
    assert all(len(a["text"]) < 2000 for a in arts)
    assert sum(1 for a in arts if not a.get("published")) >= 1  # one is dated by its figures


def test_demo_command_prints_verdicts(tmp_path):
    keep = tmp_path / "kept.sqlite"
    r = CliRunner().invoke(app, ["demo", "--keep", str(keep)])
    assert r.exit_code == 0, r.output
    assert "misattributed" in r.output and "consistent" in r.output
    assert "dated" in r.output and "by its figures" in r.output
    assert keep.exists()
    r = CliRunner().invoke(app, ["demo", "--keep", str(keep)])  # never overwrites a ledger
    assert r.exit_code == 2 and "exists" in r.output
