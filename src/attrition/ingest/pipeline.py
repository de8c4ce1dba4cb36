"""Writing documents and their claims into the ledger, in batches.

Each batch is one transaction holding whole documents: a document is always committed together with
its claims (and its near-duplicate signature), so a run killed at any point leaves a consistent
ledger, and running it again adds only what is missing.

The LSH band keys of new originals go to the small ``doc_bands_recent``; once it holds enough of
them they move to ``doc_bands`` in one sorted merge (see :data:`MERGE_ROWS`). Random keys inserted
batch by batch into one large index rewrote most of its pages in every transaction, so the cost per
document grew with the ledger. Lookups read both tables; the hot paths use driver-level SQL.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from operator import itemgetter
from typing import Any

import numpy as np
from sqlalchemy import delete, insert, or_, select, update

from attrition.ingest import neardup
from attrition.ingest.parse import RawDoc, canonical_url, content_hash, short_id, to_date
from attrition.store import Ledger
from attrition.store.convert import claim_from_row, claim_values
from attrition.store.models import ClaimRow, Document, IngestError, IngestRun

log = logging.getLogger(__name__)

# Documents per batch (one transaction), and the text a batch may hold before it is written anyway
# (memory stays bounded whatever the documents' size). Big batches write each page of the ledger's
# random-keyed indexes (content hash, URL, dates, band keys) fewer times per document.
BATCH_SIZE = 2000
BATCH_CHARS = 32 * 2**20
# Band rows (20 per original document) that doc_bands_recent holds before they are merged into
# doc_bands: at least MERGE_ROWS, and more in a large ledger, sqrt(MERGE_FACTOR * rows in doc_bands).
# A batch's inserts rewrite most pages of doc_bands_recent (cost grows with its size), a merge those
# of doc_bands (cost shared by the rows it moves): the square root balances the two.
MERGE_ROWS = 100_000
MERGE_FACTOR = 20_000


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
    """Turns :class:`RawDoc` into ledger rows, ``batch_size`` documents (at most :data:`BATCH_CHARS`
    characters of text) at a time.

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
        self.sql = _Sql(ledger.engine.dialect)
        self.recent: int | None = None  # rows in doc_bands_recent (counted when first needed)
        self.queue: list[RawDoc] = []
        self.queued_chars = 0
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
        self.queued_chars += len(raw.text or "")
        if len(self.queue) >= self.batch_size or self.queued_chars >= BATCH_CHARS:
            self.flush()

    # ------------------------------------------------------------ lookups (a few queries per batch)
    def _stored(self, hashes, urls, ids) -> tuple[dict, dict, set]:
        sql, conn = self.sql, self.session.connection()
        rows = set(sql.rows(conn, sql.by_hash, hashes))
        rows.update(sql.rows(conn, sql.by_url, urls))
        rows.update(sql.rows(conn, sql.by_id, ids))
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
        queue, self.queue, self.queued_chars = self.queue, [], 0
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
        fresh = [raw for raw, h, c in items if h not in by_hash and not (c and c in by_url)]
        sigs = dict(zip(map(id, fresh), neardup.signatures([raw.text for raw in fresh])))
        signed = [(k, s) for k, s in sigs.items() if s is not None]
        keys = dict(zip((k for k, _ in signed), neardup.band_keys_many(np.stack([s for _, s in signed]))
                        if signed else ()))
        # band key -> the stored originals holding it (looked up); new_bands: key -> this batch's original
        band_hits: dict[int, set[str]] = {}
        new_bands: dict[int, str] = {}
        conn = self.session.connection()
        for key, doc in self.sql.rows(conn, self.sql.bands, sorted({k for ks in keys.values() for k in ks})):
            band_hits.setdefault(key, set()).add(doc)
        stored_sigs = {d: neardup.from_bytes(b) for d, b in self.sql.rows(
            conn, self.sql.sigs, {d for ds in band_hits.values() for d in ds})}
        now = utcnow()

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
                ks = keys[id(raw)]
                cands = {d for k in band_hits.keys() & ks for d in band_hits[k]}
                cands.update(new_bands[k] for k in new_bands.keys() & ks)
                best = neardup.THRESHOLD
                for cand in sorted(cands):
                    if cand not in stored_sigs:  # a band row of a document that is gone
                        continue
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
                "published_evidence": None, "text": raw.text, "content_hash": h, "ingested_at": now,
                "duplicate_of": original, "extractor_version": version, "meta": raw.meta,
            })
            claims.extend(rows)
            # later documents of this batch see this one as stored
            by_hash[h] = doc_id
            if canon:
                by_url[canon] = doc_id
            taken.add(doc_id)
            if original is None and sig is not None:
                sig_rows.append((doc_id, neardup.to_bytes(sig)))
                stored_sigs[doc_id] = sig
                ks = dict.fromkeys(keys[id(raw)], doc_id)
                band_rows.extend(ks.items())
                for k in new_bands.keys() & ks:  # rare: a key shared with another original of the batch
                    band_hits.setdefault(k, set()).add(new_bands[k])
                new_bands.update(ks)
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
            for table, rows in ((Document.__table__, docs), (IngestError.__table__, self.errors)):
                if rows:
                    conn.execute(insert(table), rows)
            # the most numerous rows (claims, signatures, one row per LSH band) go straight to the driver
            if sig_rows:
                _raw_insert(conn, "doc_signatures", ("doc_id", "minhash"), sig_rows)
            if claims:
                rows = list(map(_claim_tuple, claims))
                if conn.dialect.name == "sqlite":  # dates as SQLAlchemy stores them there (ISO text)
                    i = _AS_OF
                    rows = [r if r[i] is None else (*r[:i], r[i].isoformat(), *r[i + 1:]) for r in rows]
                _raw_insert(conn, "claims", _CLAIM_COLS, rows)
            if band_rows:
                if self.recent is None:
                    self.recent = conn.exec_driver_sql("SELECT count(*) FROM doc_bands_recent").scalar()
                _raw_insert(conn, "doc_bands_recent", ("key", "doc_id"), sorted(band_rows, key=_first))
            if self.run_id is not None:
                r = self.report
                conn.execute(update(IngestRun.__table__).where(IngestRun.__table__.c.id == self.run_id).values(
                    added=r.added, unchanged=r.unchanged, duplicates=r.duplicates, errors=len(r.errors)))
            s.commit()
        except Exception:
            s.rollback()
            self.recent = None
            raise
        finally:
            self.errors = []
        if band_rows:
            self.recent += len(band_rows)
            if self.recent >= MERGE_ROWS and self._merge_due():
                self.merge_bands()

    def _merge_due(self) -> bool:
        conn = self.session.connection()
        indexed = conn.exec_driver_sql("SELECT count(*) FROM doc_signatures").scalar() * neardup.BANDS
        self.session.commit()  # (ends the read)
        return self.recent ** 2 >= MERGE_FACTOR * indexed

    def merge_bands(self) -> None:
        """Move the rows of doc_bands_recent into doc_bands (one transaction of its own)."""
        s = self.session
        try:
            merge_bands(s.connection())
            s.commit()
        except Exception:
            s.rollback()
            raise
        finally:
            self.recent = None

    def close(self) -> None:
        self.flush()
        self.session.close()


def merge_bands(conn) -> None:
    """Move every row of doc_bands_recent into doc_bands, sorted by key (the caller commits).

    Sorted, a merge writes each page of the large index at most once, however many rows it moves.
    Rows another process adds meanwhile are not lost: PostgreSQL moves exactly the rows it deletes,
    and on SQLite the INSERT takes the database's write lock before it reads.
    """
    q = conn.dialect.identifier_preparer.quote
    key = q("key")
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"WITH moved AS (DELETE FROM doc_bands_recent RETURNING {key}, doc_id) "
            f"INSERT INTO doc_bands ({key}, doc_id) SELECT {key}, doc_id FROM moved "
            f"ORDER BY {key}, doc_id ON CONFLICT DO NOTHING")
        return
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT OR IGNORE INTO doc_bands ({key}, doc_id) "
                             f"SELECT {key}, doc_id FROM doc_bands_recent ORDER BY {key}, doc_id")
    else:
        conn.exec_driver_sql(f"INSERT INTO doc_bands ({key}, doc_id) SELECT {key}, doc_id FROM doc_bands_recent r "
                             f"WHERE NOT EXISTS (SELECT 1 FROM doc_bands b WHERE b.{key} = r.{key} "
                             f"AND b.doc_id = r.doc_id) ORDER BY {key}, doc_id")
    conn.exec_driver_sql("DELETE FROM doc_bands_recent")


def _raw_insert(conn, table: str, cols: tuple[str, ...], rows: list[tuple]) -> None:
    """``executemany`` on the DBAPI cursor: no per-row work in SQLAlchemy (plain values only)."""
    q = conn.dialect.identifier_preparer.quote
    ph = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(f"INSERT INTO {q(table)} ({', '.join(q(c) for c in cols)}) "
                         f"VALUES ({', '.join([ph] * len(cols))})", rows)


class _Sql:
    """The writer's lookups as driver-level SQL: ``IN (?, ...)`` in chunks, or ``= ANY(%s)`` with one
    array on PostgreSQL (SQLAlchemy's expanding IN costs more than the query on big batches)."""

    MAX_PARAMS = 999  # the lowest limit of SQLite builds

    def __init__(self, dialect):
        q = dialect.identifier_preparer.quote
        self.pg = dialect.name == "postgresql"
        self.ph = "?" if dialect.paramstyle == "qmark" else "%s"
        docs = "SELECT id, content_hash, canonical_url FROM documents WHERE "
        self.by_hash = docs + "content_hash {in}"
        self.by_url = docs + "canonical_url {in}"
        self.by_id = docs + "id {in}"
        self.bands = (f"SELECT {q('key')}, doc_id FROM doc_bands WHERE {q('key')} {{in}} UNION ALL "
                      f"SELECT {q('key')}, doc_id FROM doc_bands_recent WHERE {q('key')} {{in}}")
        self.sigs = "SELECT doc_id, minhash FROM doc_signatures WHERE doc_id {in}"

    def rows(self, conn, sql: str, values) -> list:
        """Rows of ``sql`` (each ``{in}`` a membership test in ``values``)."""
        values = list(values)
        if not values:
            return []
        n = sql.count("{in}")
        if self.pg:
            return conn.exec_driver_sql(sql.format(**{"in": "= ANY(%s)"}), (values,) * n).all()
        out = []
        chunk = self.MAX_PARAMS // n
        for i in range(0, len(values), chunk):
            part = values[i:i + chunk]
            marks = f"IN ({', '.join([self.ph] * len(part))})"
            out.extend(conn.exec_driver_sql(sql.format(**{"in": marks}), tuple(part) * n).all())
        return out


_CLAIM_COLS = tuple(c.name for c in ClaimRow.__table__.columns if c.name != "id")
_claim_tuple = itemgetter(*_CLAIM_COLS)
_first = itemgetter(0)
_AS_OF = _CLAIM_COLS.index("as_of")


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
