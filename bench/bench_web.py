"""Web benchmark: p50/p95 latency of ``GET /api/claims`` and ``GET /api/timeline`` on a SQLite
ledger of 100,000 claims (target: p95 < 100 ms).

    python bench/bench_web.py                  # 100,000 claims, 200 requests per query
    python bench/bench_web.py -n 20000 -r 50   # quicker

The ledger is generated (documents, claims over 18 categories x 2 sides and three years, verdicts
for 80 % of them, a daily General Staff series) and kept in ``bench/out/`` for reuse. Requests go
through the ASGI app in process (Starlette's TestClient): the figures are the app + database time,
without network. Not a test.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
SENT = ("According to {who}, the enemy had lost {v:,} {cat} by {d:%d %B %Y}, the statement said, adding that "
        "fighting continued along the front line.")
SIDES = ("russia", "ukraine")
CLAIMANTS = ("ukraine_gov", "russia_gov", "oryx", "uk_gov", "us_gov", "unattributed")
VERDICTS = ("consistent", "rounded", "stale", "digit_error", "misattributed", "ahead", "unverifiable")


def build(url: str, n: int, seed: int = 7) -> None:
    from sqlalchemy import insert

    from attrition.model import CATEGORIES
    from attrition.store import ClaimRow, Document, Observation, Verdict, open_ledger

    rnd = random.Random(seed)
    ledger = open_ledger(url)
    start = date(2022, 3, 1)
    now = datetime(2025, 1, 1)
    per_doc = 5
    with ledger.engine.begin() as con:
        docs, claims, verdicts = [], [], []
        for i in range(n // per_doc):
            pub = start + timedelta(days=rnd.randrange(1000))
            docs.append({"id": f"d{i:07d}", "title": f"Report {i}", "outlet": f"outlet-{i % 40}", "published": pub,
                         "published_source": "given", "text": "x", "content_hash": f"{i:064d}", "ingested_at": now,
                         "extractor_version": "bench"})
            for j in range(per_doc):
                cid = i * per_doc + j + 1
                cat = rnd.choice(CATEGORIES)
                v = rnd.randrange(10, 300000)
                claims.append({"id": cid, "doc_id": f"d{i:07d}", "value": v, "qualifier": "exact",
                               "side": rnd.choice(SIDES), "category": cat, "outcome": "lost",
                               "period": "cumulative", "as_of": pub if rnd.random() < 0.9 else None,
                               "claimant": rnd.choice(CLAIMANTS), "claimant_name": "a spokesman", "scope": "total",
                               "text": SENT.format(who="a spokesman", v=v, cat=cat, d=pub), "start": 0, "end": 5,
                               "extractor_version": "bench"})
                if rnd.random() < 0.8:
                    verdicts.append({"claim_id": cid, "verdict": rnd.choice(VERDICTS), "series": "general_staff",
                                     "explanation": "bench", "checked_at": now})
        con.execute(insert(Document), docs)
        con.execute(insert(ClaimRow), claims)
        con.execute(insert(Verdict), verdicts)
        con.execute(insert(Observation), [
            {"series": "general_staff", "side": "russia", "category": c, "status": "lost",
             "date": start + timedelta(days=k), "value": 1000 + 50 * k}
            for c in ("personnel", "tanks") for k in range(1000)])
    ledger.dispose()


def timed(client, path: str, params: dict, reps: int) -> dict:
    ms = []
    size = 0
    for _ in range(reps):
        t0 = time.perf_counter()
        r = client.get(path, params=params)
        ms.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, r.text
        size = len(r.content)
    ms.sort()
    return {"path": path, "params": params, "requests": reps, "p50_ms": round(statistics.median(ms), 2),
            "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2), "max_ms": round(ms[-1], 2), "bytes": size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--claims", type=int, default=100_000)
    ap.add_argument("-r", "--requests", type=int, default=200)
    ap.add_argument("--rebuild", action="store_true")
    a = ap.parse_args()
    import warnings

    warnings.filterwarnings("ignore")
    from fastapi.testclient import TestClient

    from attrition.web import create_app

    OUT.mkdir(exist_ok=True)
    path = OUT / f"web-{a.claims}.sqlite"
    if a.rebuild and path.exists():
        path.unlink()
    if not path.exists():
        t0 = time.perf_counter()
        build(f"sqlite:///{path}", a.claims)
        print(f"built {path} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    client = TestClient(create_app(f"sqlite:///{path}"))
    client.get("/api/claims")  # warm up
    with client:
        first = client.get("/api/claims", params={"limit": 50}).json()
        cursor = first["next_cursor"]
        results = [
            timed(client, "/api/claims", {"limit": 50}, a.requests),
            timed(client, "/api/claims", {"limit": 50, "cursor": cursor}, a.requests),
            timed(client, "/api/claims", {"limit": 50, "category": "tanks", "side": "russia"}, a.requests),
            timed(client, "/api/claims", {"limit": 50, "category": "tanks", "side": "russia",
                                          "verdict": "consistent", "since": "2023-01-01"}, a.requests),
            timed(client, "/api/claims", {"limit": 500, "claimant": "oryx"}, a.requests // 4 or 1),
            timed(client, "/api/claims", {"limit": 50, "q": "spokesman", "category": "ships"}, a.requests),
            timed(client, "/api/timeline", {"category": "tanks", "side": "russia"}, a.requests // 4 or 1),
            timed(client, "/api/timeline", {"category": "personnel", "side": "russia"}, a.requests // 4 or 1),
        ]
        with client.app.state.ledger.session() as s:
            from attrition.report.timeline import timeline_data

            points = len(timeline_data(s, "tanks", "russia")["claims"])
    out = {"claims": a.claims, "ledger": str(path), "timeline_points_tanks_russia": points, "results": results}
    text = json.dumps(out, indent=2)
    print(text)
    (OUT / f"bench_web-{datetime.now():%Y-%m-%dT%H%M%S}.json").write_text(text)


if __name__ == "__main__":
    main()
