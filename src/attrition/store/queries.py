"""Query helpers over the ledger, shared by the CLI, the reports and the web.

Claims are dated by their ``as_of`` or, when they have none, by their document's publication date.
Claims of documents marked as duplicates are left out (a syndicated copy never counts twice).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, contains_eager

from attrition.store.models import ClaimRow, Document, Verdict

UNCHECKED = "unchecked"  # the verdict filter value for claims not checked yet


def _many(v: str | Sequence[str] | None) -> list[str] | None:
    if v is None or v == "" or v == []:
        return None
    if isinstance(v, str):
        return [s.strip() for s in v.split(",") if s.strip()]
    return list(v)


@dataclass
class ClaimFilter:
    """Filters of :func:`query_claims`; string fields take one value, a comma list or a list."""

    side: str | Sequence[str] | None = None
    category: str | Sequence[str] | None = None
    claimant: str | Sequence[str] | None = None
    outcome: str | Sequence[str] | None = None
    since: date | None = None
    until: date | None = None
    doc: str | Sequence[str] | None = None
    verdict: str | Sequence[str] | None = None  # a verdict name, or "unchecked"

    def apply(self, stmt: Select) -> Select:
        for name, col in (("side", ClaimRow.side), ("category", ClaimRow.category),
                          ("claimant", ClaimRow.claimant), ("outcome", ClaimRow.outcome),
                          ("doc", ClaimRow.doc_id)):
            vals = _many(getattr(self, name))
            if vals:
                stmt = stmt.where(col.in_(vals))
        when = func.coalesce(ClaimRow.as_of, Document.published)
        if self.since:
            stmt = stmt.where(when >= self.since)
        if self.until:
            stmt = stmt.where(when <= self.until)
        verdicts = _many(self.verdict)
        if verdicts:
            named = [v for v in verdicts if v != UNCHECKED]
            conds = []
            if named:
                conds.append(Verdict.verdict.in_(named))
            if UNCHECKED in verdicts:
                conds.append(Verdict.claim_id.is_(None))
            stmt = stmt.where(or_(*conds))
        return stmt


def _claims_stmt(flt: ClaimFilter) -> Select:
    stmt = (select(ClaimRow).join(ClaimRow.document).outerjoin(ClaimRow.verdict)
            .options(contains_eager(ClaimRow.document), contains_eager(ClaimRow.verdict))
            .where(Document.duplicate_of.is_(None)))
    return flt.apply(stmt)


def query_claims(session: Session, *, side=None, category=None, claimant=None, outcome=None,
                 since: date | None = None, until: date | None = None, doc=None, verdict=None,
                 limit: int | None = None, after_id: int | None = None,
                 flt: ClaimFilter | None = None) -> list[ClaimRow]:
    """Claims matching the filters, by id, with ``row.document`` and ``row.verdict`` loaded.

    ``after_id`` pages (keyset): the next page starts after the last id of the previous one.
    """
    flt = flt or ClaimFilter(side=side, category=category, claimant=claimant, outcome=outcome,
                             since=since, until=until, doc=doc, verdict=verdict)
    stmt = _claims_stmt(flt).order_by(ClaimRow.id)
    if after_id is not None:
        stmt = stmt.where(ClaimRow.id > after_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt).unique())


def iter_claims(session: Session, flt: ClaimFilter | None = None, *, page: int = 2000) -> Iterator[ClaimRow]:
    """All matching claims, fetched page by page (memory stays flat on big ledgers)."""
    after = None
    while True:
        rows = query_claims(session, flt=flt or ClaimFilter(), limit=page, after_id=after)
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1].id
        session.expunge_all()


def count_claims(session: Session, flt: ClaimFilter | None = None) -> int:
    stmt = _claims_stmt(flt or ClaimFilter()).with_only_columns(func.count(ClaimRow.id))
    return session.scalar(stmt.options()) or 0


def has_verdicts(session: Session) -> bool:
    return session.scalar(select(Verdict.claim_id).limit(1)) is not None


def query_docs(session: Session, *, since: date | None = None, until: date | None = None,
               outlet: str | Sequence[str] | None = None, undated: bool | None = None,
               duplicates: bool | None = False, doc: str | Sequence[str] | None = None,
               limit: int | None = None, after_id: str | None = None) -> list[tuple[Document, int]]:
    """Documents (ordered by id) with their number of claims.

    ``duplicates``: False leaves out syndicated copies, True keeps only them, None keeps all.
    ``undated``: True keeps only documents without a publication date, False only dated ones.
    """
    n = (select(func.count(ClaimRow.id)).where(ClaimRow.doc_id == Document.id)
         .correlate(Document).scalar_subquery())
    stmt = select(Document, n).order_by(Document.id)
    if since:
        stmt = stmt.where(Document.published >= since)
    if until:
        stmt = stmt.where(Document.published <= until)
    if _many(outlet):
        stmt = stmt.where(Document.outlet.in_(_many(outlet)))
    if _many(doc):
        stmt = stmt.where(Document.id.in_(_many(doc)))
    if undated is True:
        stmt = stmt.where(Document.published.is_(None))
    elif undated is False:
        stmt = stmt.where(Document.published.is_not(None))
    if duplicates is False:
        stmt = stmt.where(Document.duplicate_of.is_(None))
    elif duplicates is True:
        stmt = stmt.where(Document.duplicate_of.is_not(None))
    if after_id is not None:
        stmt = stmt.where(Document.id > after_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(d, c) for d, c in session.execute(stmt)]


__all__ = ["ClaimFilter", "query_claims", "iter_claims", "count_claims", "has_verdicts", "query_docs",
           "UNCHECKED"]
