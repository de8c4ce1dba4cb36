"""Exports of the ledger's claims (with their document and verdict) as CSV, JSONL or Parquet.

Rows stream page by page from the ledger, so memory stays flat whatever its size.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from attrition.model import CONTRACT_FIELDS
from attrition.store.models import ClaimRow, Document

FORMATS = ("csv", "jsonl", "parquet")
CLAIM_COLUMNS = ("claim_id", "doc_id") + CONTRACT_FIELDS + (
    "start", "end", "extractor_version", "published", "published_source", "url", "outlet", "title",
    "verdict", "ref_series", "ref_date", "ref_value", "explanation")
DOC_COLUMNS = ("id", "url", "canonical_url", "title", "outlet", "language", "published", "published_source",
               "content_hash", "ingested_at", "duplicate_of", "extractor_version", "claims", "source")


def _num(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


def claim_record(r: ClaimRow) -> dict[str, Any]:
    d: Document = r.document
    v = r.verdict
    rec: dict[str, Any] = {"claim_id": r.id, "doc_id": r.doc_id}
    for k in CONTRACT_FIELDS + ("start", "end", "extractor_version"):
        rec[k] = getattr(r, k)
    rec["value"], rec["value_max"] = _num(r.value), _num(r.value_max)
    rec.update(published=d.published if d else None, published_source=d.published_source if d else None,
               url=d.url if d else None, outlet=d.outlet if d else None, title=d.title if d else None,
               verdict=v.verdict if v else None, ref_series=v.series if v else None,
               ref_date=v.ref_date if v else None, ref_value=_num(v.ref_value) if v else None,
               explanation=v.explanation if v else None)
    return rec


def doc_record(d: Document, n_claims: int) -> dict[str, Any]:
    rec = {k: getattr(d, k) for k in DOC_COLUMNS if k != "claims"}
    rec["claims"] = n_claims
    return rec


def _jsonable(v):
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def write_csv(records: Iterable[dict], out: IO[str], columns: tuple[str, ...]) -> int:
    w = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    w.writeheader()
    n = 0
    for rec in records:
        w.writerow({k: "" if rec.get(k) is None else _jsonable(rec.get(k)) for k in columns})
        n += 1
    return n


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps({k: _jsonable(v) for k, v in rec.items()}, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(records: Iterable[dict], path: str | Path, columns: tuple[str, ...], chunk: int = 5000) -> int:
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    schema = None
    n = 0
    buf: list[dict] = []

    def flush():
        nonlocal writer, schema
        df = pd.DataFrame(buf, columns=list(columns))
        for c in df.columns:  # dates as ISO strings: one stable type whatever the chunk holds
            if df[c].map(lambda x: isinstance(x, (date, datetime))).any():
                df[c] = df[c].map(lambda x: _jsonable(x) if x is not None else None)
        table = pa.Table.from_pandas(df, preserve_index=False)
        if writer is None:
            schema = pa.schema([f if not pa.types.is_null(f.type) else pa.field(f.name, pa.string())
                                for f in table.schema])
            writer = pq.ParquetWriter(str(path), schema)
        writer.write_table(table.cast(schema, safe=False))
        buf.clear()

    try:
        for rec in records:
            buf.append(rec)
            n += 1
            if len(buf) >= chunk:
                flush()
        if buf or writer is None:
            flush()
    finally:
        if writer is not None:
            writer.close()
    return n


def export_records(records: Iterator[dict], fmt: str, out: str | Path, columns: tuple[str, ...]) -> int:
    """Write ``records`` to ``out`` ("-" is standard output for csv/jsonl); returns the row count."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if fmt == "parquet":
        if str(out) == "-":
            raise ValueError("parquet needs a file (--out PATH)")
        return write_parquet(records, out, columns)
    if str(out) == "-":
        import sys

        return write_csv(records, sys.stdout, columns) if fmt == "csv" else write_jsonl(records, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as f:
        return write_csv(records, f, columns) if fmt == "csv" else write_jsonl(records, f)


def export_claims(ledger, fmt: str, out: str | Path, flt=None) -> int:
    """Export the claims matching ``flt`` (a :class:`attrition.store.ClaimFilter`)."""
    from attrition.store.queries import iter_claims

    with ledger.session() as s:
        return export_records((claim_record(r) for r in iter_claims(s, flt)), fmt, out, CLAIM_COLUMNS)


def export_docs(ledger, fmt: str, out: str | Path, **filters) -> int:
    from attrition.store.queries import query_docs

    def records():
        after = None
        with ledger.session() as s:
            while True:
                page = query_docs(s, duplicates=None, after_id=after, limit=1000, **filters)
                for d, n in page:
                    yield doc_record(d, n)
                if len(page) < 1000:
                    return
                after = page[-1][0].id
                s.expunge_all()

    return export_records(records(), fmt, out, DOC_COLUMNS)
