#!/usr/bin/env python
"""Throughput of ``attrition.extract`` alone, on one core (not a test).

    python bench/bench_extract.py [--docs 5000] [--corpus FILE.jsonl] [--spacy-docs 300]

Documents: the gold files of ../shared/gold when present, else the project's demo
corpus (src/attrition/demo), else generated news-like text; repeated until at least
``--docs`` documents have been extracted. Reports documents/s, MB/s (UTF-8), claims/s,
per-document latency percentiles and peak memory (tracemalloc over one pass of the
distinct documents; the process's max RSS), and, when spaCy and an English model can
be imported, the same figures for a full spaCy parse of the same documents (a subset,
``--spacy-docs``) for comparison. Prints JSON and writes it to bench/out/.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import sys
import time
import tracemalloc
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_GOLD = ROOT.parent / "shared" / "gold"
DEMO = ROOT / "src" / "attrition" / "demo"
OUT = ROOT / "bench" / "out"


def load_corpus(path: str | None, generated: bool = False) -> tuple[str, list[tuple[str, date | str | None]]]:
    """(description, [(text, published)]) from the first source that has documents."""
    from attrition.extract.docio import expand_paths, read_documents

    if generated:
        return "generated text", generated_corpus(200)
    candidates: list[Path] = []
    if path:
        candidates = [Path(path)]
    elif SHARED_GOLD.is_dir():
        candidates = sorted(SHARED_GOLD.glob("*.jsonl"))
    if not candidates and DEMO.is_dir():
        candidates, _ = expand_paths([DEMO])
    docs: list[tuple[str, date | str | None]] = []
    for f in candidates:
        found, _errors = read_documents(f)
        docs.extend((d.text, d.published) for d in found)
    if path and not docs:
        raise SystemExit(f"{path}: no readable documents")
    if docs:
        return ", ".join(str(c.relative_to(ROOT.parent) if c.is_relative_to(ROOT.parent) else c)
                         for c in candidates), docs
    return "generated text", generated_corpus(200)


def generated_corpus(n: int, seed: int = 7) -> list[tuple[str, date]]:
    """News-like documents in the project's own words, with loss figures and filler."""
    rng = random.Random(seed)
    sources = ["Ukraine's General Staff said", "Russia's defence ministry claimed",
               "the UK Ministry of Defence estimated", "officials in Kyiv said", "the Pentagon believes"]
    items = [("soldiers", "killed"), ("tanks", "destroyed"), ("armoured vehicles", "destroyed"),
             ("helicopters", "shot down"), ("drones", "downed"), ("artillery systems", "destroyed")]
    quals = ["", "more than ", "about ", "at least ", "nearly "]
    filler = ["The city council met to discuss repairs to the bridge.",
              "Residents queued for water after the night's shelling.",
              "Analysts cautioned that the figures could not be verified independently.",
              "The talks ended without agreement late in the evening."]
    docs = []
    for i in range(n):
        pub = date(2022, 3, 1).fromordinal(date(2022, 3, 1).toordinal() + rng.randrange(600))
        paras = [f"Losses mount on day {rng.randrange(10, 600)} of the war"]
        for _ in range(rng.randrange(3, 9)):
            noun, verb = rng.choice(items)
            k = rng.randrange(2, 90000)
            paras.append(f"{rng.choice(sources).capitalize()} that {rng.choice(quals)}{k:,} Russian {noun} "
                         f"had been {verb} {rng.choice(['so far', 'over the past 24 hours', 'last week'])}. "
                         + " ".join(rng.sample(filler, 2)))
        docs.append(("\n\n".join(paras), pub))
    return docs


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to cpu {cpu}"
    except (AttributeError, OSError):
        return "not pinned (sched_setaffinity unavailable)"


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def bench_extract(docs, n_docs: int) -> dict:
    from attrition import extract

    t0 = time.perf_counter()
    extract(docs[0][0], docs[0][1])  # first call: vocabularies and regexes compiled
    first_call = time.perf_counter() - t0

    reps = -(-n_docs // len(docs))
    times: list[float] = []
    n_bytes = n_claims = 0
    start = time.perf_counter()
    for _ in range(reps):
        for text, pub in docs:
            a = time.perf_counter()
            n_claims += len(extract(text, pub))
            times.append(time.perf_counter() - a)
            n_bytes += len(text.encode("utf-8"))
    wall = time.perf_counter() - start

    tracemalloc.start()
    for text, pub in docs:
        extract(text, pub)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "docs": len(times), "distinct_docs": len(docs), "seconds": round(wall, 3),
        "docs_per_s": round(len(times) / wall, 1), "mb_per_s": round(n_bytes / 1e6 / wall, 3),
        "claims_per_s": round(n_claims / wall, 1), "claims": n_claims, "mb": round(n_bytes / 1e6, 2),
        "latency_ms": {"p50": round(1000 * statistics.median(times), 3),
                       "p95": round(1000 * percentile(times, 0.95), 3),
                       "max": round(1000 * max(times), 3)},
        "first_call_s": round(first_call, 3),
        "tracemalloc_peak_mb_one_pass": round(peak / 1e6, 2),
    }


def bench_spacy(docs, n_docs: int) -> dict:
    """A full spaCy pipeline (tokenizer, tagger, parser, NER) over the same documents."""
    try:
        import spacy  # noqa: F401 -- optional, never a dependency of the project
    except ImportError:
        return {"skipped": "spaCy is not installed"}
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return {"skipped": "no English spaCy model (en_core_web_*) can be loaded"}
    texts = [t for t, _ in docs]
    texts = (texts * (-(-n_docs // len(texts))))[:n_docs]
    start = time.perf_counter()
    n_sents = sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=32, n_process=1))
    wall = time.perf_counter() - start
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    return {"model": nlp.meta.get("name"), "version": nlp.meta.get("version"), "docs": len(texts),
            "sentences": n_sents, "seconds": round(wall, 3), "docs_per_s": round(len(texts) / wall, 1),
            "mb_per_s": round(n_bytes / 1e6 / wall, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=5000, help="documents to extract (the corpus is repeated)")
    ap.add_argument("--corpus", help="a JSON Lines file of documents instead of the default corpus")
    ap.add_argument("--generated", action="store_true", help="use generated text, not the gold/demo corpus")
    ap.add_argument("--spacy-docs", type=int, default=300, help="documents for the spaCy comparison")
    ap.add_argument("--no-save", action="store_true", help="do not write bench/out/")
    args = ap.parse_args(argv)

    from attrition.extract import EXTRACTOR_VERSION

    pinned = pin_one_core()
    source, docs = load_corpus(args.corpus, args.generated)
    result = {
        "bench": "extract", "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "extractor_version": EXTRACTOR_VERSION, "python": platform.python_version(),
        "machine": platform.machine(), "cpu": _cpu_name(), "cores": os.cpu_count(), "affinity": pinned,
        "corpus": source,
        "extract": bench_extract(docs, args.docs),
        "spacy": bench_spacy(docs, args.spacy_docs),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if "skipped" in result["spacy"]:
        print(f"spaCy comparison skipped: {result['spacy']['skipped']}", file=sys.stderr)
    else:
        result["spacy"]["slower_than_extract_x"] = round(
            result["extract"]["docs_per_s"] / result["spacy"]["docs_per_s"], 1)
    text = json.dumps(result, indent=2)
    print(text)
    if not args.no_save:
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"bench_extract-{result['when'].replace(':', '')}.json").write_text(text + "\n")
    return 0


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


if __name__ == "__main__":
    sys.exit(main())
