"""Ingestion: point attrition at files, folders, dumps, pages or feeds; get a ledger of documents
and claims.

Public API: :func:`ingest` (many sources, streaming, batched, idempotent), :func:`ingest_text`
(one document from memory), :func:`reextract` (claims of an older extractor, redone).
Modules: :mod:`.parse` (decoding, HTML, dates, URLs), :mod:`.sources` (reading sources),
:mod:`.fetch` (HTTP), :mod:`.neardup` (syndicated copies), :mod:`.pipeline` (writing).
"""
from __future__ import annotations

from typing import Protocol

from attrition.ingest.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Fetcher
from attrition.ingest.pipeline import (BATCH_SIZE, IngestReport, ReextractReport, Writer, finish_run,
                                       ingest_text, reextract, start_run)
from attrition.ingest.sources import Progressed, Reader, Skip, parse_mapping, total_bytes


class Progress(Protocol):
    """What :func:`ingest` reports to (e.g. a Rich progress bar in the CLI)."""

    def start(self, total_bytes: int) -> None: ...

    def advance(self, nbytes: int, report: IngestReport) -> None: ...


def ingest(sources: list[str], ledger, *, mapping: dict[str, str] | None = None, progress: Progress | None = None,
           batch_size: int = BATCH_SIZE, timeout: float = DEFAULT_TIMEOUT,
           max_bytes: int = DEFAULT_MAX_BYTES, extract: bool = True) -> IngestReport:
    """Ingest every document the sources hold; bad items are reported in ``report.errors`` and skipped.

    The run and its errors are recorded in the ingest log (``ingest_runs``, ``ingest_errors``).
    """
    report = IngestReport()
    run_id = start_run(ledger, sources)
    report.run_id = run_id
    reader = Reader(mapping, Fetcher(timeout=timeout, max_bytes=max_bytes))
    writer = Writer(ledger, report, run_id=run_id, batch_size=batch_size, extract=extract)
    if progress is not None:
        progress.start(total_bytes(sources))
    status = None
    try:
        for item in reader.read(sources):
            if isinstance(item, Progressed):
                if progress is not None:
                    progress.advance(item.nbytes, report)
            elif isinstance(item, Skip):
                writer.error(item.location, item.message)
            else:
                writer.add(item)
        writer.flush()
    except BaseException:
        status = "failed"
        raise
    finally:
        reader.close()
        try:
            writer.close()
        finally:
            finish_run(ledger, run_id, report, status)
    return report


__all__ = ["ingest", "ingest_text", "reextract", "IngestReport", "ReextractReport", "Progress",
           "parse_mapping", "Reader", "Writer"]
