"""Ingest benchmark: a generated JSONL dump into a fresh SQLite ledger.

Reports docs/s for ingest with extraction and without, the overhead of storage and bookkeeping over
extraction alone (reading the dump + ``extract()`` on every text), and the peak memory (max RSS) of
each phase, each run in its own process so the figures do not mix.

    python bench/bench_ingest.py                 # 100,000 documents (several minutes)
    python bench/bench_ingest.py -n 10000        # quicker
    python bench/bench_ingest.py -n 100000 -n 10000   # memory at two dump sizes

Not a test: tests use small dumps.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def phase_extract(dump: str) -> dict:
    from attrition import extract

    t0 = time.perf_counter()
    n = claims = 0
    t_extract = 0.0
    with open(dump, "rb") as f:
        for line in f:
            rec = json.loads(line)
            t1 = time.perf_counter()
            claims += len(extract(rec["text"], rec.get("published")))
            t_extract += time.perf_counter() - t1
            n += 1
    return {"docs": n, "claims": claims, "seconds": time.perf_counter() - t0, "extract_only_seconds": t_extract}


def phase_ingest(dump: str, db: str, extract: bool, batch: int) -> dict:
    from attrition.ingest import ingest
    from attrition.store import open_ledger

    ledger = open_ledger(db)
    t0 = time.perf_counter()
    rep = ingest([dump], ledger, extract=extract, batch_size=batch)
    dt = time.perf_counter() - t0
    return {"docs": rep.added + rep.duplicates, "added": rep.added, "duplicates": rep.duplicates,
            "claims": rep.claims, "errors": len(rep.errors), "seconds": dt}


def run_phase(*args: str) -> dict:
    """Run one phase in a child process; returns its result with its peak RSS in MiB."""
    out = subprocess.run([sys.executable, __file__, "--phase", *args], capture_output=True, text=True, check=True)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    return res


def bench(n: int, batch: int) -> dict:
    from attrition.ingest.synthetic import write_jsonl

    OUT.mkdir(exist_ok=True)
    dump = OUT / f"dump-{n}.jsonl"
    if not dump.exists():
        write_jsonl(dump, n, seed=42)
    results = {"n": n, "batch": batch, "dump_mb": round(dump.stat().st_size / 2**20, 1)}
    results["extract"] = run_phase("extract", str(dump))
    for name, flag in (("ingest_no_extract", "0"), ("ingest", "1")):
        db = OUT / f"ledger-{n}-{name}.sqlite"
        for p in OUT.glob(db.name + "*"):
            p.unlink()
        results[name] = run_phase("ingest", str(dump), f"sqlite:///{db}", flag, str(batch))
        results[name]["db_mb"] = round(db.stat().st_size / 2**20, 1)
    x, full, bare = results["extract"], results["ingest"], results["ingest_no_extract"]
    results["summary"] = {
        "docs_per_s_ingest": round(full["docs"] / full["seconds"], 1),
        "docs_per_s_ingest_no_extract": round(bare["docs"] / bare["seconds"], 1),
        "docs_per_s_extract_alone": round(x["docs"] / x["seconds"], 1),
        "overhead_pct_vs_read_and_extract": round(100 * (full["seconds"] - x["seconds"]) / x["seconds"], 1),
        "overhead_pct_vs_extract_calls": round(100 * (full["seconds"] - x["extract_only_seconds"])
                                               / x["extract_only_seconds"], 1),
        "peak_rss_mb": {k: results[k]["peak_rss_mb"] for k in ("extract", "ingest_no_extract", "ingest")},
    }
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, action="append", help="documents in the dump (repeatable); default 100000")
    ap.add_argument("--batch", type=int, default=None,
                    help="documents per transaction (default: the library's, ingest.BATCH_SIZE)")
    ap.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.phase:
        kind, *rest = a.phase
        if kind == "extract":
            res = phase_extract(rest[0])
        else:
            res = phase_ingest(rest[0], rest[1], rest[2] == "1", int(rest[3]))
        res["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        print(json.dumps(res))
        return
    if a.batch is None:
        from attrition.ingest import BATCH_SIZE

        a.batch = BATCH_SIZE
    for n in a.n or [100_000]:
        res = bench(n, a.batch)
        print(json.dumps(res, indent=2))
        (OUT / f"result-{n}.json").write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
