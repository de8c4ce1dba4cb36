"""Writing documents and their claims into the ledger, in batches.

Each batch is one transaction holding whole documents: a document is always committed together with
its claims (and its near-duplicate signature), so a run killed at any point leaves a consistent
ledger, and running it again adds only what is missing.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import bindparam, delete, insert, or_, select, update

from attrition.ingest import neardup
from attrition.ingest.parse import RawDoc, canonical_url, content_hash, short_id, to_date
from attrition.store import Ledger
from attrition.store.convert import claim_from_row, claim_values
from attrition.store.models import (ClaimRow, DocBand, DocSignature, Document, IngestError,
                                    IngestRun)

log = logging.getLogger(__name__)

BATCH_SIZE = 500


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def extractor() -> tuple[Callable, str]:
    from attrition import extract
    from attrition.extract import EXTRACTOR_VERSION

    return extract, EXTRACTOR_VERSION


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    claims: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    run_id: int | None = None

    @property
    def skipped(self) -> int:
        return len(self.errors)

    @property
    def ok(self) -> bool:
        return not self.errors


class Writer:
    """Turns :class:`RawDoc` into ledger rows, ``batch_size`` documents at a time.

    A batch is looked up in the ledger with a few set queries (already stored? near-duplicate
    candidates?), extracted, and written in one transaction. ``extract=False`` stores documents
    without claims (for benchmarks of storage alone).
    """

    def __init__(self, ledger: Ledger, report: IngestReport, *, run_id: int | None = None,
                 batch_size: int = BATCH_SIZE, extract: bool = True):
        self.ledger = ledger
        self.report = report
        self.run_id = run_id
        self.batch_size = max(1, batch_size)
        self.do_extract = extract
        self.extract, self.version = extractor()
        self.session = ledger.session()
        self.queue: list[RawDoc] = []
        self.errors: list[dict[str, Any]] = []
        self.last: dict[int, tuple[str, str | None]] = {}  # id(raw) -> (status, doc id) of the last batch

    # ------------------------------------------------------------ errors
    def error(self, location: str, message: str) -> None:
        self.report.errors.append((location, message))
        log.warning("skipped %s: %s", location, message)
        if self.run_id is not None:
            self.errors.append({"run_id": self.run_id, "location": location, "error": message,
                                "at": utcnow()})

    def add(self, raw: RawDoc) -> None:
        """Queue one document; a full queue is written as one batch."""
        self.queue.append(raw)
        if len(self.queue) >= self.batch_size:
            self.flush()

    # ------------------------------------------------------------ lookups (a few queries per batch)
    def _in(self, stmt, values) -> list:
        """Rows of ``stmt`` (whose IN list is the expanding parameter ``v``) for all ``values``."""
        values = list(values)
        out = []
        for i in range(0, len(values), _CHUNK):
            out.extend(self.session.execute(stmt, {"v": values[i:i + _CHUNK]}).all())
        return out

    def _stored(self, hashes, urls, ids) -> tuple[dict, dict, set]:
        rows = set(self._in(_BY_HASH, hashes))
        rows.update(self._in(_BY_URL, urls))
        rows.update(self._in(_BY_ID, ids))
        by_hash = {h: i for i, h, _ in rows}
        by_url = {u: i for i, _, u in rows if u}
        return by_hash, by_url, {i for i, _, _ in rows}

    def _claim_keys(self, doc_id: str, staged: dict[str, set]) -> set[tuple]:
        if doc_id in staged:
            return staged[doc_id]
        rows = self.session.scalars(select(ClaimRow).where(ClaimRow.doc_id == doc_id)).all()
        return {claim_from_row(r).key() for r in rows}

    # ------------------------------------------------------------ one batch
    def flush(self) -> None:
        """Write the queued documents with their claims (one transaction)."""
        queue, self.queue = self.queue, []
        items = []
        for raw in queue:
            if not raw.text or not raw.text.strip():
                self.error(raw.location, "empty text")
            else:
                items.append((raw, content_hash(raw.text), canonical_url(raw.url)))
        if not items and not self.errors:
            return
        by_hash, by_url, taken = self._stored({h for _, h, _ in items}, {c for _, _, c in items if c},
                                              {r.doc_id for r, _, _ in items if r.doc_id})
        fresh = [(raw, h, c) for raw, h, c in items if h not in by_hash and not (c and c in by_url)]
        sigs = {id(raw): neardup.signature(raw.text) for raw, _, _ in fresh}
        keys = {k: neardup.band_keys(s) for k, s in sigs.items() if s is not None}
        band_hits: dict[int, set[str]] = {}
        for key, doc in self._in(_BANDS, {k for ks in keys.values() for k in ks}):
            band_hits.setdefault(key, set()).add(doc)
        stored_sigs = {d: neardup.from_bytes(b) for d, b in self._in(
            _SIGS, {d for ds in band_hits.values() for d in ds})}

        docs, claims, sig_rows, band_rows = [], [], [], []
        staged_keys: dict[str, set] = {}
        self.last = {}
        for raw, h, canon in items:
            if h in by_hash or (canon and canon in by_url):
                self.report.unchanged += 1
                self.last[id(raw)] = ("unchanged", by_hash.get(h) or by_url.get(canon))
                continue
            doc_id = raw.doc_id if raw.doc_id and raw.doc_id not in taken else short_id(canon or h)
            if doc_id in taken:  # the URL's id is held by another text (the page changed): key by text
                doc_id = short_id(h)
            sig = sigs[id(raw)]
            original = None
            if sig is not None:
                best = neardup.THRESHOLD
                for cand in sorted({d for k in keys[id(raw)] for d in band_hits.get(k, ())}):
                    sim = neardup.similarity(sig, stored_sigs[cand])
                    if sim >= best and (original is None or sim > best):
                        original, best = cand, sim
            rows: list = []
            version = None
            if self.do_extract:
                try:
                    found = self.extract(raw.text, raw.published)
                except Exception as e:  # one bad document must not stop a run
                    self.error(raw.location, f"extraction failed: {e.__class__.__name__}: {e}")
                    continue
                ckeys = {c.key() for c in found}
                if original is not None and not ckeys <= self._claim_keys(original, staged_keys):
                    original = None  # similar wording, other figures: a document of its own
                if original is None:
                    version = self.version
                    staged_keys[doc_id] = ckeys
                    rows = [claim_values(c, doc_id, version) for c in found]
            docs.append({
                "id": doc_id, "url": raw.url, "canonical_url": canon, "source": raw.location,
                "title": raw.title[:1000] if raw.title else None, "outlet": raw.outlet,
                "language": raw.language, "published": raw.published,
                "published_source": raw.published_source if raw.published else None,
                "published_evidence": None, "text": raw.text, "content_hash": h, "ingested_at": utcnow(),
                "duplicate_of": original, "extractor_version": version, "meta": raw.meta,
            })
            claims.extend(rows)
            # later documents of this batch see this one as stored
            by_hash[h] = doc_id
            if canon:
                by_url[canon] = doc_id
            taken.add(doc_id)
            if original is None and sig is not None:
                sig_rows.append({"doc_id": doc_id, "minhash": neardup.to_bytes(sig)})
                stored_sigs[doc_id] = sig
                for k in keys[id(raw)]:
                    band_rows.append((k, doc_id))
                    band_hits.setdefault(k, set()).add(doc_id)
            if original is None:
                self.report.added += 1
                self.report.claims += len(rows)
            else:
                self.report.duplicates += 1
            self.last[id(raw)] = ("added" if original is None else "duplicate", doc_id)
        self._write(docs, claims, sig_rows, band_rows)

    def _write(self, docs, claims, sig_rows, band_rows) -> None:
        s = self.session
        try:
            conn = s.connection()
            for table, rows in ((Document.__table__, docs), (DocSignature.__table__, sig_rows),
                                (IngestError.__table__, self.errors)):
                if rows:
                    conn.execute(insert(table), rows)
            # the most numerous rows (claims, one row per LSH band) go straight to the driver
            if claims:
                sqlite = conn.dialect.name == "sqlite"
                _raw_insert(conn, "claims", _CLAIM_COLS, [
                    tuple(c[k] if not (sqlite and k == "as_of" and c[k]) else c[k].isoformat()
                          for k in _CLAIM_COLS) for c in claims])
            if band_rows:
                _raw_insert(conn, "doc_bands", ("key", "doc_id"), band_rows)
            if self.run_id is not None:
                r = self.report
                conn.execute(update(IngestRun.__table__).where(IngestRun.__table__.c.id == self.run_id).values(
                    added=r.added, unchanged=r.unchanged, duplicates=r.duplicates, errors=len(r.errors)))
            s.commit()
        except Exception:
            s.rollback()
            raise
        finally:
            self.errors = []

    def close(self) -> None:
        self.flush()
        self.session.close()


def _raw_insert(conn, table: str, cols: tuple[str, ...], rows: list[tuple]) -> None:
    """``executemany`` on the DBAPI cursor: no per-row work in SQLAlchemy (plain values only)."""
    q = conn.dialect.identifier_preparer.quote
    ph = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(f"INSERT INTO {q(table)} ({', '.join(q(c) for c in cols)}) "
                         f"VALUES ({', '.join([ph] * len(cols))})", rows)


_CLAIM_COLS = tuple(c.name for c in ClaimRow.__table__.columns if c.name != "id")
_CHUNK = 900  # values per IN (...) list
_V = bindparam("v", expanding=True)
_DOC_KEYS = (Document.id, Document.content_hash, Document.canonical_url)
_BY_HASH = select(*_DOC_KEYS).where(Document.content_hash.in_(_V))
_BY_URL = select(*_DOC_KEYS).where(Document.canonical_url.in_(_V))
_BY_ID = select(*_DOC_KEYS).where(Document.id.in_(_V))
_BANDS = select(DocBand.key, DocBand.doc_id).where(DocBand.key.in_(_V))
_SIGS = select(DocSignature.doc_id, DocSignature.minhash).where(DocSignature.doc_id.in_(_V))


# ---------------------------------------------------------------- runs

def start_run(ledger: Ledger, sources: list[str]) -> int:
    with ledger.session() as s:
        run = IngestRun(started_at=utcnow(), sources=list(sources), added=0, unchanged=0, duplicates=0,
                        errors=0, status="running")
        s.add(run)
        s.commit()
        return run.id


def finish_run(ledger: Ledger, run_id: int, report: IngestReport, status: str | None = None) -> None:
    with ledger.session() as s:
        s.execute(update(IngestRun).where(IngestRun.id == run_id).values(
            finished_at=utcnow(), added=report.added, unchanged=report.unchanged,
            duplicates=report.duplicates, errors=len(report.errors),
            status=status or ("ok" if report.ok else "partial")))
        s.commit()


# ---------------------------------------------------------------- one document from memory

def ingest_text(ledger: Ledger, text: str, *, url: str | None = None, title: str | None = None,
                published: date | str | None = None, outlet: str | None = None,
                doc_id: str | None = None) -> Document:
    """Store one document (and its claims, in one transaction); returns its ledger row.

    An already-stored document (same text or canonical URL) is returned unchanged; a syndicated
    copy of a stored one is stored with ``duplicate_of`` set and no claims.
    Raises ValueError on empty text or a ``published`` that is no date.
    """
    from attrition.ingest.parse import finish

    if not text or not text.strip():
        raise ValueError("empty text")
    if published not in (None, "") and to_date(published) is None:
        raise ValueError(f"published must be a date (YYYY-MM-DD), got {published!r}")
    raw = RawDoc(text=text, location=url or "(text)", url=url, title=title, outlet=outlet,
                 published=to_date(published), published_source="given" if published else None,
                 doc_id=doc_id)
    finish(raw)
    report = IngestReport()
    w = Writer(ledger, report, batch_size=1)
    try:
        w.add(raw)
        status = w.last.get(id(raw))
    finally:
        w.close()
    if status is None:
        raise ValueError(report.errors[-1][1] if report.errors else "not stored")
    with ledger.session() as s:
        doc = s.get(Document, status[1])
        doc.claims  # load them before the session closes
        return doc


# ---------------------------------------------------------------- re-extraction

@dataclass
class ReextractReport:
    documents: int = 0
    claims_before: int = 0
    claims_after: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def reextract(ledger: Ledger, *, all_documents: bool = False, batch_size: int = 100,
              progress: Callable[[int, int], None] | None = None) -> ReextractReport:
    """Re-run the current extractor on documents whose claims came from an older version.

    Each batch of documents (old claims deleted, new ones inserted, version bumped) is one transaction.
    Verdicts of replaced claims go with them (they must be checked again).
    """
    from sqlalchemy import func

    extract, version = extractor()
    rep = ReextractReport()
    stale = Document.duplicate_of.is_(None)
    if not all_documents:
        stale = stale & or_(Document.extractor_version.is_(None), Document.extractor_version != version)
    with ledger.session() as s:
        total = s.scalar(select(func.count(Document.id)).where(stale)) or 0
        after = ""
        while True:
            docs = s.execute(select(Document.id, Document.text, Document.published, Document.source)
                             .where(stale, Document.id > after).order_by(Document.id).limit(batch_size)).all()
            if not docs:
                break
            after = docs[-1][0]
            rows, ids = [], []
            for doc_id, text, published, source in docs:
                try:
                    claims = extract(text, published)
                except Exception as e:
                    rep.errors.append((source or doc_id, f"extraction failed: {e.__class__.__name__}: {e}"))
                    continue
                ids.append(doc_id)
                rows.extend(claim_values(c, doc_id, version) for c in claims)
            if ids:
                rep.claims_before += s.scalar(select(func.count(ClaimRow.id)).where(ClaimRow.doc_id.in_(ids))) or 0
                s.execute(delete(ClaimRow).where(ClaimRow.doc_id.in_(ids)))
                if rows:
                    s.execute(insert(ClaimRow), rows)
                s.execute(update(Document).where(Document.id.in_(ids)).values(extractor_version=version))
                s.commit()
                rep.documents += len(ids)
                rep.claims_after += len(rows)
            if progress:
                progress(len(docs), total)
    return rep
