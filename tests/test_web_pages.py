"""Server-rendered pages: content, filters, sorting, paging, escaping of hostile text, CSP, static files."""
from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from attrition.web import create_app
from attrition.web.highlight import highlight
from test_web_api import XSS_TEXT, build_ledger


@pytest.fixture
def client(sqlite_url):
    build_ledger(sqlite_url).dispose()
    with TestClient(create_app(sqlite_url)) as c:
        yield c


def test_nav_and_csp_on_every_page(client):
    for url in ("/", "/claims", "/sources", "/api-docs", "/documents/doc-a"):
        r = client.get(url)
        assert r.status_code == 200, url
        for label in ("Overview", "Claims", "Sources", "API docs"):
            assert f">{label}</a>" in r.text
        csp = r.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "object-src 'none'" in csp
        # no inline script: every <script> is either external or inert JSON data
        for tag in re.findall(r"<script[^>]*>", r.text):
            assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
        assert "http://" not in "".join(re.findall(r'(?:src|href)="[^"]*"', r.text)).replace(
            "http://testserver", "")  # no CDN


def test_static_assets_served_locally(client):
    js = client.get("/static/vendor/plotly.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"] and len(js.content) > 1_000_000
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/overview.js").status_code == 200
    assert set(client.get("/static/verdicts.json").json()["colours"]) >= {"consistent", "unchecked"}


def test_overview_embeds_timeline_data(client):
    r = client.get("/", params={"category": "tanks", "side": "russia"})
    m = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', r.text, re.S)
    data = json.loads(m.group(1))
    assert [c["id"] for c in data["claims"]] == [4, 2]
    assert len(data["series"]) == 3
    assert "consistent" in r.text and "no verdict yet" in r.text  # legend
    r = client.get("/", params={"category": "personnel"})
    assert "1 claim without an as-of date is not plotted" in re.sub(r"\s+", " ", r.text)
    assert client.get("/", params={"category": "nonsense"}).status_code == 422


def test_embedded_json_cannot_close_the_script(client, sqlite_url):
    """The hostile sentence is inside the embedded JSON: ``</script>`` must not end the data block."""
    r = client.get("/", params={"category": "personnel"})
    m = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', r.text, re.S)
    data = json.loads(m.group(1))  # the block ends where it should, and parses
    assert any(c["id"] == 6 for c in data["claims"])
    assert "<script>" not in m.group(1)


def test_claims_table_filters_sort_and_pages(client):
    def row_ids(html):
        return [int(x) for x in re.findall(r'<tr data-claim-id="(\d+)"', html)]

    assert sorted(row_ids(client.get("/claims").text)) == [1, 2, 3, 4, 5, 6]
    assert sorted(row_ids(client.get("/claims", params={"category": "tanks"}).text)) == [2, 4]
    assert row_ids(client.get("/claims", params={"claimant": "uk_gov"}).text) == [3]
    assert row_ids(client.get("/claims", params={"verdict": "unchecked"}).text) == [5]
    assert row_ids(client.get("/claims", params={"q": "Oryx"}).text) == [4]
    assert sorted(row_ids(client.get("/claims", params={"since": "2023-02-22", "until": ""}).text)) == [1, 2, 6]
    by_value = row_ids(client.get("/claims", params={"sort": "value", "order": "asc"}).text)
    assert by_value[:3] == [4, 2, 3]
    assert row_ids(client.get("/claims", params={"sort": "value", "order": "desc"}).text)[-1] == 4
    assert "No claim matches" in client.get("/claims", params={"q": "zzzz"}).text
    assert "page 1 of 1" in client.get("/claims").text
    for bad in ({"sort": "evil"}, {"page": 0}, {"since": "02/02/2023"}, {"verdict": "great"}):
        assert client.get("/claims", params=bad).status_code == 422, bad


def test_document_page_highlights_and_escapes(client):
    r = client.get("/documents/doc-x")
    assert r.status_code == 200
    html = r.text
    assert "<script>window.__pwned" not in html
    assert "&lt;script&gt;window.__pwned = 1;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    assert '<a href="javascript:' not in html
    assert "Hostile &lt;b&gt;title&lt;/b&gt;" in html
    assert 'id="claim-6"' in html and '<strong class="num">146,820</strong>' in html
    assert client.get("/documents/none").status_code == 404
    doc_a = client.get("/documents/doc-a").text
    assert doc_a.count('class="anchor"') == 2 and "test verdict stale" in doc_a


def test_highlight_segments():
    text = "Alpha said 10 tanks. Beta <b>said</b> 20 tanks and 30 guns."
    out = str(highlight(text, [(1, "Alpha said 10 tanks.", 11, 13, "consistent"),
                               (2, "Beta <b>said</b> 20 tanks and 30 guns.", 38, 40, "stale"),
                               (3, "Beta <b>said</b> 20 tanks and 30 guns.", 51, 53, "unchecked")]))
    assert '<span class="anchor" id="claim-1"></span><mark class="claim v-consistent" data-claims="1">' in out
    assert "&lt;b&gt;said&lt;/b&gt;" in out and "<b>" not in out
    assert 'data-claims="2 3"' in out  # the shared sentence carries both claims
    assert '<strong class="num">20</strong>' in out and '<strong class="num">30</strong>' in out
    # the visible text is unchanged
    assert re.sub(r"<[^>]+>", "", out).replace("&lt;", "<").replace("&gt;", ">") == text
    # a sentence that is not found falls back to the number
    out = str(highlight("x 5 y", [(9, "not there", 2, 3, "ahead")]))
    assert '<mark class="claim v-ahead" data-claims="9"><strong class="num">5</strong></mark>' in out


def test_sources_page(client):
    html = client.get("/sources").text
    row = re.search(r'<a href="/claims\?claimant=ukraine_gov">ukraine_gov</a>.*?</tr>', html, re.S).group(0)
    assert '<td class="num">3</td>' in row  # claims 1, 2, 6
    assert "33% of 3" in row  # consistent 1 of stale, ahead, consistent


def test_api_docs_page_lists_endpoints(client):
    html = client.get("/api-docs").text
    for path in ("/api/claims", "/api/documents", "/api/series", "/api/verdicts", "/api/timeline"):
        assert f"<code>{path}</code>" in html
    assert "ATTRITION_TOKEN" in html


def test_page_errors_are_pages_api_errors_json(client):
    r = client.get("/claims", params={"verdict": "great"})
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]
    assert "unknown verdict &#39;great&#39;" in r.text and ">Claims</a>" in r.text
    r = client.get("/claims", params={"page": "0"})
    assert r.status_code == 422 and "page: " in r.text
    r = client.get("/documents/<script>alert(1)")
    assert r.status_code == 404 and "<script>alert" not in r.text and "&lt;script&gt;" in r.text
    r = client.get("/api/claims", params={"verdict": "great"})
    assert r.status_code == 422 and r.headers["content-type"] == "application/json"
    assert client.get("/api/documents/nope").json() == {"detail": "no document 'nope'"}


def test_highlight_titles_are_escaped():
    out = str(highlight('He said "5" <x>.', [(1, 'He said "5" <x>.', 9, 10, "stale", 'label "q" <b>')]))
    assert 'title="label &#34;q&#34; &lt;b&gt;"' in out
