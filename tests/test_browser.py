"""The dashboard in a real browser (Playwright driving Debian's Chromium, headless) against a uvicorn
server started here on 127.0.0.1: the overview draws its chart, a filter narrows the claims table, a
click on a claim opens its document with the sentence highlighted, and hostile article text stays text.
Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import os
import socket
import threading
import time

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from attrition.web import create_app
    from test_web_api import build_ledger

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'ledger.sqlite'}"
    build_ledger(url).dispose()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        except Exception as e:  # a broken Chromium install is an environment problem, not a failure
            pytest.skip(f"cannot start Chromium: {e}")
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1300, "height": 900})
    pg = ctx.new_page()
    pg.csp_errors = []
    pg.on("console", lambda m: pg.csp_errors.append(m.text) if "Content Security Policy" in m.text
          and "script" in m.text else None)
    yield pg
    ctx.close()


def test_overview_renders_chart(server, page, artifacts_dir):
    page.goto(f"{server}/?category=tanks&side=russia")
    page.wait_for_selector("#chart[data-rendered=true]", timeout=15000)
    assert page.locator("#chart .main-svg").count() >= 1
    # one line per reference series, one marker group per verdict present
    assert page.locator("#chart .scatterlayer .trace").count() == 3 + 2
    assert page.locator("#chart .scatterlayer .point").count() >= 2
    legend = page.locator("ul.legend").inner_text()
    assert "consistent" in legend and "no verdict yet" in legend
    page.screenshot(path=str(artifacts_dir / "web-overview-tanks.png"), full_page=True)
    page.goto(f"{server}/?category=personnel")
    page.wait_for_selector("#chart[data-rendered=true]", timeout=15000)
    assert "1 claim without an as-of date is not plotted" in page.locator("#caption").inner_text()
    page.screenshot(path=str(artifacts_dir / "web-overview-personnel.png"), full_page=True)
    assert page.csp_errors == []


def test_click_on_point_opens_document(server, page, artifacts_dir):
    """Hover the UK estimate (far from the series line): the tooltip has the claim; a click opens it."""
    page.goto(f"{server}/?category=personnel&side=russia")
    page.wait_for_selector("#chart[data-rendered=true]", timeout=15000)
    points = page.locator("#chart .scatterlayer .point")
    target = None
    for i in range(points.count()):
        box = points.nth(i).bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(5, 5)
        page.wait_for_selector(".hoverlayer .hovertext", state="detached", timeout=5000)
        page.mouse.move(x, y)  # plotly listens on its drag layer above the points: real mouse events
        page.wait_for_selector(".hoverlayer .hovertext", timeout=5000)
        if "60,000" in (page.locator(".hoverlayer .hovertext").first.text_content() or ""):
            target = (x, y)
            break
    assert target, "no point shows the 60,000 claim on hover"
    hover = page.locator(".hoverlayer .hovertext").first.text_content()
    for part in ("claimant: uk_gov", "British defence ministry", "outlet: other-daily", "as of 2023-02-20",
                 "verdict: unverifiable", "estimated that about"):
        assert part in hover, (part, hover)
    page.screenshot(path=str(artifacts_dir / "web-overview-hover.png"))
    page.mouse.click(*target)
    page.wait_for_url("**/documents/doc-b#claim-3", timeout=10000)
    assert "60,000 Russian troops were killed" in "".join(page.locator("mark.claim.current").all_inner_texts())


def test_filter_narrows_claims_and_click_opens_document(server, page, artifacts_dir):
    page.goto(f"{server}/claims")
    rows = page.locator("#claims-table tbody tr[data-claim-id]")
    assert rows.count() == 6
    page.select_option("select[name=category]", "tanks")
    page.click("#claim-filters button[type=submit]")
    page.wait_for_url("**category=tanks**")
    assert rows.count() == 2
    assert set(page.locator("#claims-table tbody td:nth-child(4)").all_inner_texts()) == {"tanks"}
    page.screenshot(path=str(artifacts_dir / "web-claims-filtered.png"), full_page=True)
    # open the Oryx claim's document
    row = page.locator("#claims-table tbody tr[data-claim-id='4']")
    row.locator("a.claim-link").click()
    page.wait_for_url("**/documents/doc-b#claim-4")
    page.wait_for_selector("#card-4.current", timeout=5000)
    current = page.locator("mark.claim.current")
    assert current.count() >= 1
    assert "Oryx documented 1,800 tanks destroyed." in "".join(current.all_inner_texts())
    assert page.locator("#card-4.current").count() == 1
    # the other claim of the document is highlighted but not current
    assert "60,000" in "".join(page.locator("mark.claim:not(.current)").all_inner_texts())
    page.screenshot(path=str(artifacts_dir / "web-document-highlight.png"), full_page=True)
    # a click on the other highlighted sentence selects that claim
    page.locator("mark.claim:not(.current)").first.click()
    page.wait_for_url("**#claim-3")
    # the page's script moves the highlight after the hash changes: wait for it, then check
    page.wait_for_selector("#card-3.current", timeout=5000)
    page.wait_for_selector("#card-4.current", state="detached", timeout=5000)
    assert page.locator("#card-3.current").count() == 1 and page.locator("#card-4.current").count() == 0
    assert page.csp_errors == []


def test_hostile_document_is_shown_as_text(server, page, artifacts_dir):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/documents/doc-x#claim-6")
    page.wait_for_selector("#doc-text")
    assert page.evaluate("window.__pwned") is None
    assert "PWNED" not in page.title()
    text = page.locator("#doc-text").inner_text()
    assert '<script>window.__pwned = 1; document.title = "PWNED";</script>' in text
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert '<a href="javascript:window.__pwned=3">click me</a>' in text
    assert page.locator("#doc-text script, #doc-text img, #doc-text a").count() == 0
    assert "Hostile <b>title</b>" in page.locator("h1").inner_text()
    # the claim in the hostile text is still highlighted
    assert "146,820" in "".join(page.locator("mark.claim.current").all_inner_texts())
    page.screenshot(path=str(artifacts_dir / "web-document-hostile.png"), full_page=True)
    # and the same text in the chart's hover stays text too
    page.goto(f"{server}/?category=personnel")
    page.wait_for_selector("#chart[data-rendered=true]", timeout=15000)
    assert page.evaluate("window.__pwned") is None and dialogs == []


def test_sources_page(server, page, artifacts_dir):
    page.goto(f"{server}/sources")
    table = page.locator("#sources-table").inner_text()
    assert "ukraine_gov" in table and "uk_gov" in table and "oryx" in table
    page.screenshot(path=str(artifacts_dir / "web-sources.png"), full_page=True)
