"""A real ``attrition ingest`` process killed with SIGKILL mid-run leaves a consistent ledger, and the
same command run again completes the rest without duplicates."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from attrition import extract
from attrition.extract import EXTRACTOR_VERSION
from attrition.ingest.synthetic import articles
from attrition.store import ClaimRow, Document, IngestRun, open_ledger

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")

N, BATCH, FED = 300, 50, 175  # 175 records fed: 3 batches committed, 25 documents still in flight


def attrition_cmd() -> list[str]:
    exe = shutil.which("attrition")
    return [exe] if exe else [sys.executable, "-c", "from attrition.cli import main; main()"]


def doc_count(url: str) -> int:
    led = open_ledger(url)
    try:
        with led.session() as s:
            return s.scalar(select(func.count(Document.id)))
    finally:
        led.dispose()


def assert_consistent(url: str) -> int:
    """Every stored document holds exactly the claims the extractor finds in it; no doubles."""
    led = open_ledger(url)
    with led.session() as s:
        docs = s.scalars(select(Document)).all()
        per_doc = Counter(s.scalars(select(ClaimRow.doc_id)))
        for d in docs:
            assert d.extractor_version == EXTRACTOR_VERSION
            assert per_doc[d.id] == len(extract(d.text, d.published)) > 0, d.id
        assert set(per_doc) <= {d.id for d in docs}
        assert len({d.content_hash for d in docs}) == len(docs)
    led.dispose()
    return len(docs)


def test_sigkill_mid_ingest_then_rerun(tmp_path):
    recs = [json.dumps(r) for r in articles(N, seed=7)]
    full = tmp_path / "dump.jsonl"
    full.write_text("\n".join(recs) + "\n")
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    url = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    open_ledger(url).dispose()  # schema first, so the test can poll while the process runs

    cmd = attrition_cmd() + ["ingest", str(pipe), "--db", url, "--batch-size", str(BATCH), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with open(pipe, "w") as w:  # blocks until the process opens the pipe
            w.write("\n".join(recs[:FED]) + "\n")
            w.flush()
            deadline = time.monotonic() + 120
            while doc_count(url) < (FED // BATCH) * BATCH:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "the ingest process made no progress"
                time.sleep(0.1)
            time.sleep(0.3)  # let it take in the rest of what was fed (an open, uncommitted batch)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    # Killed mid-way: whole batches only, each document with all its claims.
    assert assert_consistent(url) == (FED // BATCH) * BATCH
    led = open_ledger(url)
    with led.session() as s:
        assert s.scalars(select(IngestRun.status)).all() == ["running"]  # the killed run, never finished
    led.dispose()

    # The same command on the whole dump completes the rest, adding nothing twice.
    done = subprocess.run(attrition_cmd() + ["ingest", str(full), "--db", url, "--batch-size", str(BATCH),
                                             "--quiet"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{N - 150} added" in done.stdout and "150 unchanged" in done.stdout
    assert assert_consistent(url) == N
    again = subprocess.run(attrition_cmd() + ["ingest", str(full), "--db", url, "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "0 added" in again.stdout and f"{N} unchanged" in again.stdout
    assert doc_count(url) == N
