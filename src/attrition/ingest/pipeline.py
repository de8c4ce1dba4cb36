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

from sqlalchemy import delete, insert, or_, select, update

from attrition.ingest import neardup
from attrition.ingest.parse import RawDoc, canonical_url, content_hash, short_id, to_date
from attrition.store import Ledger
from attrition.store.convert import claim_from_row, claim_values
from attrition.store.models import (ClaimRow, DocBand, DocSignature, Document, IngestError,
                                    IngestRun)

log = logging.getLogger(__name__)

BATCH_SIZE = 200


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
    """Turns :class:`RawDoc` into ledger rows; commits every ``batch_size`` documents.

    ``extract=False`` stores documents without claims (for benchmarks of storage alone).
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
        self._clear()

    def _clear(self) -> None:
        self.docs: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []
        self.sigs: list[dict[str, Any]] = []
        self.bands: list[dict[str, Any]] = []
        self.errors: list[dict[str, Any]] = []
        self.p_ids: set[str] = set()
        self.p_hash: dict[str, str] = {}
        self.p_url: dict[str, str] = {}
        self.p_bands: dict[int, list[str]] = {}
        self.p_sigs: dict[str, Any] = {}
        self.p_keys: dict[str, set[tuple]] = {}

    # ------------------------------------------------------------ errors
    def error(self, location: str, message: str) -> None:
        self.report.errors.append((location, message))
        log.warning("skipped %s: %s", location, message)
        if self.run_id is not None:
            self.errors.append({"run_id": self.run_id, "location": location, "error": message,
                                "at": utcnow()})

    # ------------------------------------------------------------ one document
    def _existing(self, doc_id: str | None, h: str, canon: str | None) -> tuple[str | None, bool]:
        """(id of the stored copy, whether ``doc_id`` is taken by a different document)."""
        if h in self.p_hash:
            return self.p_hash[h], False
        if canon and canon in self.p_url:
            return self.p_url[canon], False
        conds = [Document.content_hash == h]
        if canon:
            conds.append(Document.canonical_url == canon)
        if doc_id:
            conds.append(Document.id == doc_id)
        rows = self.session.execute(select(Document.id, Document.content_hash, Document.canonical_url)
                                    .where(or_(*conds)).limit(3)).all()
        for rid, rh, ru in rows:
            if rh == h or (canon and ru == canon):
                return rid, False
        return None, bool(rows) or (doc_id in self.p_ids if doc_id else False)

    def _near_original(self, sig) -> str | None:
        keys = neardup.band_keys(sig)
        cands: set[str] = set()
        for k in keys:
            cands.update(self.p_bands.get(k, ()))
        cands.update(self.session.scalars(select(DocBand.doc_id).where(DocBand.key.in_(keys))))
        if not cands:
            return None
        sigs = {d: self.p_sigs[d] for d in cands if d in self.p_sigs}
        rest = [d for d in cands if d not in sigs]
        if rest:
            for d, blob in self.session.execute(select(DocSignature.doc_id, DocSignature.minhash)
                                                .where(DocSignature.doc_id.in_(rest))):
                sigs[d] = neardup.from_bytes(blob)
        best, best_sim = None, neardup.THRESHOLD
        for d, s in sorted(sigs.items()):
            sim = neardup.similarity(sig, s)
            if sim >= best_sim and (best is None or sim > best_sim):
                best, best_sim = d, sim
        return best

    def _claim_keys(self, doc_id: str) -> set[tuple]:
        if doc_id in self.p_keys:
            return self.p_keys[doc_id]
        rows = self.session.scalars(select(ClaimRow).where(ClaimRow.doc_id == doc_id)).all()
        return {claim_from_row(r).key() for r in rows}

    def add(self, raw: RawDoc) -> str:
        """Stage one document: returns ``added``, ``unchanged``, ``duplicate`` or ``error``."""
        text = raw.text
        if not text or not text.strip():
            self.error(raw.location, "empty text")
            return "error"
        h = content_hash(text)
        canon = canonical_url(raw.url)
        existing, id_taken = self._existing(raw.doc_id, h, canon)
        if existing:
            self.report.unchanged += 1
            return "unchanged"
        doc_id = raw.doc_id if raw.doc_id and not id_taken else short_id(canon or h)
        if doc_id in self.p_ids:  # same URL key, different text, in this very batch
            doc_id = short_id(h)
        sig = neardup.signature(text)
        original = self._near_original(sig) if sig is not None else None
        claims: list = []
        version = None
        if self.do_extract:
            try:
                claims = self.extract(text, raw.published)
            except Exception as e:  # one bad document must not stop a run
                self.error(raw.location, f"extraction failed: {e.__class__.__name__}: {e}")
                return "error"
            keys = {c.key() for c in claims}
            if original is not None and not keys <= self._claim_keys(original):
                original = None  # similar wording, other figures: a document of its own
            if original is None:
                version = self.version
                self.p_keys[doc_id] = keys
            else:
                claims = []
        self.docs.append({
            "id": doc_id, "url": raw.url, "canonical_url": canon, "source": raw.location,
            "title": (raw.title or None) and raw.title[:1000], "outlet": raw.outlet, "language": raw.language,
            "published": raw.published, "published_source": raw.published_source if raw.published else None,
            "published_evidence": None, "text": text, "content_hash": h, "ingested_at": utcnow(),
            "duplicate_of": original, "extractor_version": version, "meta": raw.meta,
        })
        self.claims.extend(claim_values(c, doc_id, version or "") for c in claims)
        self.p_ids.add(doc_id)
        self.p_hash[h] = doc_id
        if canon:
            self.p_url[canon] = doc_id
        if original is None and sig is not None:
            self.sigs.append({"doc_id": doc_id, "minhash": neardup.to_bytes(sig)})
            self.p_sigs[doc_id] = sig
            for k in neardup.band_keys(sig):
                self.bands.append({"key": k, "doc_id": doc_id})
                self.p_bands.setdefault(k, []).append(doc_id)
        if original is None:
            self.report.added += 1
            self.report.claims += len(claims)
        else:
            self.report.duplicates += 1
        if len(self.docs) >= self.batch_size:
            self.flush()
        return "added" if original is None else "duplicate"

    # ------------------------------------------------------------ batches
    def flush(self) -> None:
        """Commit the staged documents with their claims (one transaction)."""
        if not (self.docs or self.errors):
            return
        s = self.session
        try:
            if self.docs:
                s.execute(insert(Document), self.docs)
            if self.claims:
                s.execute(insert(ClaimRow), self.claims)
            if self.sigs:
                s.execute(insert(DocSignature), self.sigs)
            if self.bands:
                s.execute(insert(DocBand), self.bands)
            if self.errors:
                s.execute(insert(IngestError), self.errors)
            if self.run_id is not None:
                r = self.report
                s.execute(update(IngestRun).where(IngestRun.id == self.run_id).values(
                    added=r.added, unchanged=r.unchanged, duplicates=r.duplicates, errors=len(r.errors)))
            s.commit()
        except Exception:
            s.rollback()
            raise
        finally:
            self._clear()
            s.expunge_all()

    def close(self) -> None:
        self.flush()
        self.session.close()


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

    An already-stored document (same text or canonical URL) is returned unchanged.
    Raises ValueError on empty text.
    """
    from attrition.ingest.parse import finish

    if not text or not text.strip():
        raise ValueError("empty text")
    raw = RawDoc(text=text, location=url or "(text)", url=url, title=title, outlet=outlet,
                 published=to_date(published), published_source="given" if published else None,
                 doc_id=doc_id)
    finish(raw)
    report = IngestReport()
    w = Writer(ledger, report, batch_size=1)
    try:
        status = w.add(raw)
        if status == "error":
            raise ValueError(report.errors[-1][1])
        h, canon = content_hash(text), canonical_url(raw.url)
    finally:
        w.close()
    with ledger.session() as s:
        conds = [Document.content_hash == h] + ([Document.canonical_url == canon] if canon else [])
        doc = s.scalars(select(Document).where(or_(*conds)).order_by(Document.ingested_at)).first()
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
