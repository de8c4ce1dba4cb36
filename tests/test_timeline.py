"""Timeline data (shared by the web and the PNG) and ``attrition timeline --png``."""
from __future__ import annotations

from typer.testing import CliRunner

from attrition.cli import app
from attrition.report.timeline import render_png, timeline_data, verdict_style
from test_web_api import build_ledger


def test_timeline_data(sqlite_url):
    ledger = build_ledger(sqlite_url)
    with ledger.session() as s:
        t = timeline_data(s, "tanks", "russia")
        assert {x["name"]: len(x["x"]) for x in t["series"]} == \
            {"General Staff": 15, "Oryx: captured": 15, "Oryx: destroyed": 15}
        gs = next(x for x in t["series"] if x["series"] == "general_staff")
        assert gs["x"][0] == "2023-02-15" and gs["y"][:2] == [3300, 3305]
        assert [(c["id"], c["as_of"], c["verdict"], c["outlet"]) for c in t["claims"]] == \
            [(4, "2023-02-21", "consistent", "other-daily"), (2, "2023-02-24", "stale", "example-news")]
        assert t["undated"] == 0
        p = timeline_data(s, "personnel", "russia")
        assert p["undated"] == 1  # claim 5 has no as_of; the duplicate's claims never count
        assert [c["verdict"] for c in p["claims"] if c["id"] == 5] == []
        assert timeline_data(s, "personnel", "russia", outcome="wounded")["claims"] == []
        assert timeline_data(s, "ships", "ukraine") == {"category": "ships", "side": "ukraine", "outcome": None,
                                                        "series": [], "claims": [], "undated": 0}
    ledger.dispose()


def test_verdict_style_covers_every_verdict():
    from attrition.reconcile import VERDICTS

    style = verdict_style()
    assert set(style["order"]) == set(VERDICTS) | {"unchecked"}
    assert set(style["colours"]) == set(style["labels"]) == set(style["order"])


def test_render_png(sqlite_url, tmp_path, artifacts_dir):
    ledger = build_ledger(sqlite_url)
    with ledger.session() as s:
        data = timeline_data(s, "personnel", "russia")
    ledger.dispose()
    out = render_png(data, artifacts_dir / "timeline-personnel.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
    empty = render_png({"category": "ships", "side": "ukraine", "series": [], "claims": [], "undated": 0},
                       tmp_path / "empty.png")
    assert empty.stat().st_size > 1000


def test_timeline_command(sqlite_url, tmp_path):
    build_ledger(sqlite_url).dispose()
    runner = CliRunner()
    png = tmp_path / "tanks.png"
    r = runner.invoke(app, ["timeline", "tanks", "--side", "russia", "--png", str(png), "--db", sqlite_url])
    assert r.exit_code == 0, r.output
    assert "3 series, 2 dated claims" in r.output
    assert png.read_bytes()[:4] == b"\x89PNG"
    r = runner.invoke(app, ["timeline", "spaceships", "--png", str(png), "--db", sqlite_url])
    assert r.exit_code != 0 and "unknown category" in r.output
    r = runner.invoke(app, ["timeline", "tanks", "--png", str(tmp_path / "x.jpg"), "--db", sqlite_url])
    assert r.exit_code != 0 and ".png" in r.output
