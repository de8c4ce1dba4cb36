"""Fetching pages and feeds from an HTTP server the test starts on 127.0.0.1: pages, a feed,
a slow endpoint, a 500, huge bodies."""
from __future__ import annotations

import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from attrition.ingest import ingest
from attrition.store import Document, IngestError, open_ledger

PAGE_1 = """<!doctype html><html><head><title>Air defence claims | Example Wire</title>
<meta property="article:published_time" content="2023-04-03T09:30:00+00:00">
<link rel="canonical" href="{base}/world/air-defence?utm_campaign=rss"></head>
<body><nav>World | Europe | Sport</nav><article><h1>Air defence claims</h1>
<p>Ukraine's air force said its units had shot down 28 of 31 cruise missiles launched overnight,
a rate of interception that officials described as typical of recent weeks.</p>
<p>Russia's defence ministry said in its own statement that all of its targets had been hit.
Neither account could be checked independently on the day of the attack.</p></article>
<footer>Example Wire 2023</footer></body></html>"""

PAGE_2 = """<html><head><title>Drone losses</title></head><body><article><h1>Drone losses</h1>
<p>The Russian military said on Monday that it had downed 40 Ukrainian drones over the Black Sea
and the border regions, while Kyiv said its forces had destroyed 15 Russian drones in the south.</p>
<p>Both figures come from the militaries themselves and are not independently confirmed.</p>
</article></body></html>"""

ENTRY_CONTENT = """<p>Ukrainian officials said that 900 Russian soldiers had been killed in the past day of
fighting around the eastern city, according to figures published by the general staff in its morning
update, which also listed 11 tanks among the day's losses.</p>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{base}/</link><description>news</description>
<item><title>Drone losses</title><link>{base}/news/2023/05/08/drones</link>
  <pubDate>Mon, 08 May 2023 10:00:00 GMT</pubDate></item>
<item><title>Daily update</title><link>{base}/500</link><pubDate>Tue, 09 May 2023 07:00:00 GMT</pubDate>
  <description><![CDATA[{entry}]]></description></item>
<item><title>Gone</title><link>{base}/404</link><pubDate>Wed, 10 May 2023 07:00:00 GMT</pubDate></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def log_message(self, *a):  # keep test output clean
        pass

    def _send(self, body: bytes, ctype: str, status: int = 200):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Handler.agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        p = self.path
        try:
            if p.startswith("/world/air-defence"):
                self._send(PAGE_1.format(base=base).encode(), "text/html; charset=utf-8")
            elif p == "/news/2023/05/08/drones":
                self._send(PAGE_2.encode("cp1252"), "text/html")
            elif p == "/feed.xml":
                self._send(FEED.format(base=base, entry=ENTRY_CONTENT).encode(), "application/rss+xml")
            elif p == "/500":
                self._send(b"<h1>boom</h1>", "text/html", 500)
            elif p == "/slow":
                time.sleep(5)
                self._send(b"<html><body><p>late</p></body></html>", "text/html")
            elif p == "/huge":  # declares a body far over the limit
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(500 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"<html>" + b"x" * 65536)
            elif p == "/huge-stream":  # no length: streams until the client gives up
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                chunk = b"<p>" + b"losses " * 9000 + b"</p>"
                for _ in range(2000):
                    self.wfile.write(chunk)
            else:
                self._send(b"not found", "text/plain", 404)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def ledger(sqlite_url):
    led = open_ledger(sqlite_url)
    yield led
    led.dispose()


def docs(ledger):
    with ledger.session() as s:
        return {d.canonical_url: d for d in s.scalars(select(Document))}


def test_page_is_fetched_with_a_polite_agent(server, ledger):
    Handler.agents.clear()
    rep = ingest([f"{server}/world/air-defence"], ledger, timeout=5)
    assert rep.added == 1 and rep.errors == []
    assert Handler.agents and all(a.startswith("attrition/") for a in Handler.agents)
    (d,) = docs(ledger).values()
    assert d.canonical_url == f"{server}/world/air-defence"  # the page's canonical link, tracking stripped
    assert (d.published, d.published_source) == (date(2023, 4, 3), "htmldate")
    assert d.outlet == "127.0.0.1" and d.title == "Air defence claims"
    assert "shot down 28 of 31" in d.text and "Sport" not in d.text
    assert ingest([f"{server}/world/air-defence?utm_source=x"], ledger, timeout=5).unchanged == 1


def test_feed_entries_fetched_or_taken_from_the_feed(server, ledger):
    rep = ingest([f"{server}/feed.xml"], ledger, timeout=5)
    assert rep.added == 2
    assert [(loc, msg) for loc, msg in rep.errors] == [
        (f"{server}/404", "page unavailable (HTTP 404 Not Found) and the entry has no content")]
    got = docs(ledger)
    drones = got[f"{server}/news/2023/05/08/drones"]
    assert "downed 40 Ukrainian drones" in drones.text  # the page itself, decoded from cp1252
    assert drones.published == date(2023, 5, 8)  # htmldate reads it from the page's URL
    daily = got[f"{server}/500"]  # the page failed: the entry's own content stands in for it
    assert "900 Russian soldiers" in daily.text and "<p>" not in daily.text
    assert (daily.published, daily.published_source) == (date(2023, 5, 9), "feed")
    assert daily.meta["page_error"].startswith("HTTP 500")
    again = ingest([f"{server}/feed.xml"], ledger, timeout=5)
    assert (again.added, again.unchanged) == (0, 2)


def test_http_failures_are_reported_and_skipped(server, ledger):
    rep = ingest([f"{server}/500", f"{server}/slow", f"{server}/huge", f"{server}/huge-stream",
                  "http://127.0.0.1:9/refused", f"{server}/world/air-defence"],
                 ledger, timeout=0.5, max_bytes=1024 * 1024)
    errs = dict(rep.errors)
    assert errs[f"{server}/500"].startswith("HTTP 500")
    assert errs[f"{server}/slow"] == "timed out"
    assert "over the limit" in errs[f"{server}/huge"]
    assert "over the limit" in errs[f"{server}/huge-stream"]
    assert "fetch failed" in errs["http://127.0.0.1:9/refused"]
    assert len(errs) == 5 and rep.added == 1  # the good page after them still went in
    with ledger.session() as s:
        assert sorted(e.location for e in s.scalars(select(IngestError))) == sorted(errs)
