"""The JSON API under ``/api/``: documents, claims, series, verdicts, timeline; cursor pagination.

Cursors are opaque (URL-safe base64 of the last key of the page); ``limit`` is 1..500. Bad parameters
give 422 with a message, unknown ids 404. ``POST /api/documents`` ingests text or a URL and needs
``Authorization: Bearer $ATTRITION_TOKEN``; with no token configured, writes are refused (403).
"""
from __future__ import annotations

import base64
import binascii
import os
import secrets
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, contains_eager

from attrition.model import CATEGORIES, CLAIMANTS, OUTCOMES
from attrition.report.timeline import timeline_data
from attrition.store.models import ClaimRow, Document, Observation, Verdict
from attrition.store.queries import UNCHECKED, ClaimFilter

VERDICT_NAMES = ("consistent", "rounded", "stale", "digit_error", "misattributed", "ahead", "unverifiable")
MAX_ID = 2**62  # cursors beyond any stored id are refused before they reach the database

router = APIRouter(prefix="/api", tags=["api"])


class Problem(BaseModel):
    detail: str


NOT_FOUND = {404: {"model": Problem, "description": "no such id"}}
bearer = HTTPBearer(auto_error=False, description="ATTRITION_TOKEN")


def get_session(request: Request) -> Iterator[Session]:
    s = request.app.state.ledger.session()
    try:
        yield s
    finally:
        s.close()


def bad(msg: str, where: str = "query", name: str = "") -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors (so the OpenAPI schema holds)."""
    return HTTPException(status_code=422, detail=[{"type": "value_error", "loc": [where, name], "msg": msg,
                                                   "input": None}])


def many(value: str | None, name: str, allowed: tuple[str, ...] | None = None) -> list[str] | None:
    """A comma list parameter, checked against its vocabulary."""
    if value is None or not value.strip():
        return None
    vals = [v.strip() for v in value.split(",") if v.strip()]
    if allowed is not None:
        unknown = [v for v in vals if v not in allowed]
        if unknown:
            raise bad(name=name, msg=f"unknown {name} {', '.join(map(repr, unknown))}: use one of {', '.join(allowed)}")
    return vals or None


def encode_cursor(key: int | str) -> str:
    raw = (f"i:{key}" if isinstance(key, int) else f"s:{key}").encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, kind: type) -> int | str | None:
    if cursor is None or cursor == "":
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise bad("invalid cursor: pass back the next_cursor of a previous page", name="cursor")
    tag, _, val = raw.partition(":")
    if kind is int and tag == "i" and val.isdigit() and int(val) < MAX_ID:
        return int(val)
    if kind is str and tag == "s" and val:
        return val
    raise bad("invalid cursor: pass back the next_cursor of a previous page", name="cursor")


def num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def iso(v: date | datetime | None) -> str | None:
    return v.isoformat() if v else None


def verdict_json(v: Verdict | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {"verdict": v.verdict, "series": v.series, "ref_category": v.ref_category,
            "ref_status": v.ref_status, "ref_date": iso(v.ref_date), "ref_value": num(v.ref_value),
            "explanation": v.explanation, "checked_at": iso(v.checked_at)}


def claim_json(r: ClaimRow, doc: Document | None = None) -> dict[str, Any]:
    doc = doc if doc is not None else r.document
    return {"id": r.id, "doc_id": r.doc_id, "value": num(r.value), "value_max": num(r.value_max),
            "qualifier": r.qualifier, "side": r.side, "category": r.category, "outcome": r.outcome,
            "period": r.period, "rate_unit": r.rate_unit, "as_of": iso(r.as_of), "claimant": r.claimant,
            "claimant_name": r.claimant_name, "scope": r.scope, "text": r.text, "start": r.start,
            "end": r.end, "extractor_version": r.extractor_version,
            "published": iso(doc.published) if doc else None, "outlet": doc.outlet if doc else None,
            "title": doc.title if doc else None, "verdict": verdict_json(r.verdict)}


def doc_json(d: Document, n_claims: int | None = None) -> dict[str, Any]:
    out = {"id": d.id, "url": d.url, "title": d.title, "outlet": d.outlet, "language": d.language,
           "published": iso(d.published), "published_source": d.published_source,
           "duplicate_of": d.duplicate_of, "ingested_at": iso(d.ingested_at),
           "extractor_version": d.extractor_version}
    if n_claims is not None:
        out["n_claims"] = n_claims
    return out


def page(items: list[dict], next_key: int | str | None) -> dict[str, Any]:
    return {"items": items, "next_cursor": encode_cursor(next_key) if next_key is not None else None}


Limit = Query(50, ge=1, le=500, description="page size, 1..500")
Cursor = Query(None, max_length=400, description="next_cursor of the previous page")


def claim_filter(side: str | None, category: str | None, claimant: str | None, outcome: str | None,
                 verdict: str | None, since: date | None, until: date | None, doc: str | None) -> ClaimFilter:
    if since and until and since > until:
        raise bad("since must not be after until")
    return ClaimFilter(side=many(side, "side"), category=many(category, "category", CATEGORIES),
                       claimant=many(claimant, "claimant", CLAIMANTS),
                       outcome=many(outcome, "outcome", OUTCOMES),
                       verdict=many(verdict, "verdict", VERDICT_NAMES + (UNCHECKED,)),
                       since=since, until=until, doc=many(doc, "doc"))


def claims_select(flt: ClaimFilter, q: str | None = None):
    """Claims (not of duplicate documents) with document and verdict loaded, filtered."""
    stmt = (select(ClaimRow).join(ClaimRow.document).outerjoin(ClaimRow.verdict)
            .options(contains_eager(ClaimRow.document), contains_eager(ClaimRow.verdict))
            # written so that SQLite walks claims by id rather than every original document then sorts
            .where(func.coalesce(Document.duplicate_of, "") == ""))
    stmt = flt.apply(stmt)
    if q and q.strip():
        pat = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(or_(ClaimRow.text.ilike(pat, escape="\\"),
                              ClaimRow.claimant_name.ilike(pat, escape="\\")))
    return stmt


@router.get("/claims", summary="List claims (filters, cursor pagination by id)")
def list_claims(session: Session = Depends(get_session),
                side: str | None = Query(None, max_length=200, description="side(s), comma-separated"),
                category: str | None = Query(None, max_length=500, description="contract categories"),
                claimant: str | None = Query(None, max_length=500),
                outcome: str | None = Query(None, max_length=500),
                verdict: str | None = Query(None, max_length=500, description="verdicts or 'unchecked'"),
                since: date | None = Query(None, description="as_of (or publication date) from"),
                until: date | None = Query(None),
                doc: str | None = Query(None, max_length=2000, description="document id(s)"),
                q: str | None = Query(None, max_length=200, description="text search in the sentence"),
                limit: int = Limit, cursor: str | None = Cursor) -> dict[str, Any]:
    flt = claim_filter(side, category, claimant, outcome, verdict, since, until, doc)
    after = decode_cursor(cursor, int)
    stmt = claims_select(flt, q).order_by(ClaimRow.id)
    if after is not None:
        stmt = stmt.where(ClaimRow.id > after)
    rows = list(session.scalars(stmt.limit(limit + 1)).unique())
    more = len(rows) > limit
    rows = rows[:limit]
    return page([claim_json(r) for r in rows], rows[-1].id if more else None)


@router.get("/claims/{claim_id}", responses=NOT_FOUND, summary="One claim with its verdict")
def get_claim(claim_id: int, session: Session = Depends(get_session)) -> dict[str, Any]:
    if not (0 <= claim_id < MAX_ID):
        raise HTTPException(404, f"no claim {claim_id}")
    r = session.get(ClaimRow, claim_id)
    if r is None:
        raise HTTPException(404, f"no claim {claim_id}")
    return claim_json(r)


@router.get("/documents", summary="List documents (cursor pagination by id)")
def list_documents(session: Session = Depends(get_session),
                   outlet: str | None = Query(None, max_length=500),
                   since: date | None = Query(None, description="published from"),
                   until: date | None = Query(None),
                   duplicates: bool = Query(False, description="include syndicated copies"),
                   limit: int = Limit, cursor: str | None = Cursor) -> dict[str, Any]:
    if since and until and since > until:
        raise bad("since must not be after until")
    after = decode_cursor(cursor, str)
    n = (select(func.count(ClaimRow.id)).where(ClaimRow.doc_id == Document.id)
         .correlate(Document).scalar_subquery())
    stmt = select(Document, n).order_by(Document.id)
    if many(outlet, "outlet"):
        stmt = stmt.where(Document.outlet.in_(many(outlet, "outlet")))
    if since:
        stmt = stmt.where(Document.published >= since)
    if until:
        stmt = stmt.where(Document.published <= until)
    if not duplicates:
        stmt = stmt.where(Document.duplicate_of.is_(None))
    if after is not None:
        stmt = stmt.where(Document.id > after)
    rows = list(session.execute(stmt.limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return page([doc_json(d, c) for d, c in rows], rows[-1][0].id if more else None)


@router.get("/documents/{doc_id}", responses=NOT_FOUND, summary="One document: its text and claims")
def get_document(doc_id: str, session: Session = Depends(get_session)) -> dict[str, Any]:
    d = session.get(Document, doc_id)
    if d is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    out = doc_json(d, len(d.claims))
    out["text"] = d.text
    out["claims"] = [claim_json(c, d) for c in d.claims]
    return out


class DocumentIn(BaseModel):
    """Either ``text`` or ``url``."""

    text: str | None = Field(None, max_length=5_000_000, description="article text to ingest")
    url: str | None = Field(None, max_length=2000, description="URL to fetch and ingest (or the text's URL)")
    title: str | None = Field(None, max_length=1000)
    published: date | None = None
    outlet: str | None = Field(None, max_length=200)


def require_token(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    token = os.environ.get("ATTRITION_TOKEN")
    if not token:
        raise HTTPException(403, "write endpoints are disabled: the server has no ATTRITION_TOKEN set")
    if creds is None or creds.scheme.lower() != "bearer" or not secrets.compare_digest(
            creds.credentials.encode("utf-8"), token.encode("utf-8")):
        raise HTTPException(401, "a valid bearer token is required (Authorization: Bearer $ATTRITION_TOKEN)",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/documents", status_code=201, dependencies=[Depends(require_token)],
             responses={401: {"model": Problem, "description": "missing or wrong bearer token"},
                        403: {"model": Problem, "description": "writes disabled (no ATTRITION_TOKEN set)"}},
             summary="Ingest a document (text or URL) and return its claims; needs the bearer token")
def post_document(body: DocumentIn, request: Request,
                  session: Session = Depends(get_session)) -> dict[str, Any]:
    ledger = request.app.state.ledger
    has_text = bool(body.text and body.text.strip())
    if not has_text and not body.url:
        raise bad("give either 'text' (the article) or 'url' (to fetch)")
    if has_text:
        from attrition.ingest import ingest_text

        try:
            doc = ingest_text(ledger, body.text, url=body.url, title=body.title, published=body.published,
                              outlet=body.outlet)
        except ValueError as e:
            raise bad(f"cannot ingest the text: {e}")
        doc_id = doc.id
    else:
        if not body.url.startswith(("http://", "https://")):
            raise bad("url must be an http(s) URL")
        from attrition.ingest import ingest

        report = ingest([body.url], ledger)
        if report.errors:
            raise bad("could not ingest the URL: " + "; ".join(f"{loc}: {msg}" for loc, msg in report.errors))
        d = session.scalars(select(Document).where(or_(Document.url == body.url, Document.source == body.url,
                                                       Document.canonical_url == body.url))
                            .order_by(Document.ingested_at.desc()).limit(1)).first()
        if d is None:
            raise bad("the URL gave no document")
        doc_id = d.id
    try:
        from attrition.reconcile import check

        check(ledger, doc_id=doc_id)
    except Exception:  # verdicts are a bonus here: the document and its claims are stored either way
        pass
    session.expire_all()
    d = session.get(Document, doc_id)
    out = doc_json(d, len(d.claims))
    out["claims"] = [claim_json(c, d) for c in d.claims]
    return out


@router.get("/series", summary="Reference observations (General Staff, Oryx)")
def list_series(session: Session = Depends(get_session),
                series: Literal["general_staff", "oryx"] | None = Query(None),
                side: str | None = Query(None, max_length=200),
                category: str | None = Query(None, max_length=500, description="category or 'all'"),
                status: str | None = Query(None, max_length=500),
                since: date | None = Query(None), until: date | None = Query(None),
                limit: int = Limit, cursor: str | None = Cursor) -> dict[str, Any]:
    if since and until and since > until:
        raise bad("since must not be after until")
    after = decode_cursor(cursor, int)
    stmt = select(Observation).order_by(Observation.id)
    if series:
        stmt = stmt.where(Observation.series == series)
    for name, col, val in (("side", Observation.side, side), ("category", Observation.category, category),
                           ("status", Observation.status, status)):
        vals = many(val, name)
        if vals:
            stmt = stmt.where(col.in_(vals))
    if since:
        stmt = stmt.where(Observation.date >= since)
    if until:
        stmt = stmt.where(Observation.date <= until)
    if after is not None:
        stmt = stmt.where(Observation.id > after)
    rows = list(session.scalars(stmt.limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    items = [{"id": o.id, "series": o.series, "side": o.side, "category": o.category, "status": o.status,
              "item": o.item, "date": iso(o.date), "value": num(o.value)} for o in rows]
    return page(items, rows[-1].id if more else None)


@router.get("/verdicts", summary="Verdicts of checked claims")
def list_verdicts(session: Session = Depends(get_session),
                  verdict: str | None = Query(None, max_length=500),
                  series: Literal["general_staff", "oryx"] | None = Query(None),
                  limit: int = Limit, cursor: str | None = Cursor) -> dict[str, Any]:
    after = decode_cursor(cursor, int)
    stmt = select(Verdict).order_by(Verdict.claim_id)
    vals = many(verdict, "verdict", VERDICT_NAMES)
    if vals:
        stmt = stmt.where(Verdict.verdict.in_(vals))
    if series:
        stmt = stmt.where(Verdict.series == series)
    if after is not None:
        stmt = stmt.where(Verdict.claim_id > after)
    rows = list(session.scalars(stmt.limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return page([{"claim_id": v.claim_id, **verdict_json(v)} for v in rows], rows[-1].claim_id if more else None)


@router.get("/timeline", summary="Series lines and dated claim points of one category and side")
def timeline(session: Session = Depends(get_session),
             category: str = Query("personnel", description="contract category"),
             side: str = Query("russia", max_length=40),
             outcome: str | None = Query(None),
             since: date | None = Query(None), until: date | None = Query(None)) -> dict[str, Any]:
    if category not in CATEGORIES:
        raise bad(f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
    if outcome is not None and outcome not in OUTCOMES:
        raise bad(f"unknown outcome {outcome!r}: use one of {', '.join(OUTCOMES)}")
    if since and until and since > until:
        raise bad("since must not be after until")
    data = timeline_data(session, category, side, outcome=outcome, since=since, until=until)
    # thousands of points: serialised directly (the data is plain JSON already), not via jsonable_encoder
    return JSONResponse(data)
