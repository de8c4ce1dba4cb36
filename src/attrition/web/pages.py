"""Server-rendered pages: overview (timeline), claims table, document, sources, API docs."""
from __future__ import annotations

from datetime import date
from typing import Literal

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from attrition.model import CATEGORIES, CLAIMANTS, OUTCOMES
from attrition.report.timeline import timeline_data, verdict_style
from attrition.store.models import ClaimRow, Document, Verdict
from attrition.web import WEB_DIR
from attrition.web.api import VERDICT_NAMES, claim_filter, claims_select, get_session
from attrition.web.highlight import highlight

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(str(WEB_DIR / "templates")),
                                                   autoescape=True))  # every page, whatever its name
PER_PAGE = 50
SORTS = {"id": ClaimRow.id, "date": func.coalesce(ClaimRow.as_of, Document.published), "value": ClaimRow.value,
         "claimant": ClaimRow.claimant, "category": ClaimRow.category, "side": ClaimRow.side,
         "verdict": Verdict.verdict, "outlet": Document.outlet}


def render(request: Request, name: str, **ctx) -> HTMLResponse:
    style = verdict_style()
    return templates.TemplateResponse(request, name, {"style": style, "nav": name, **ctx})


def error_page(request: Request, status: int, detail) -> HTMLResponse:
    """A page-shaped error (the API keeps FastAPI's JSON errors)."""
    if isinstance(detail, list):  # validation errors: "where: what" lines
        lines = []
        for e in detail:
            loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body")]
            lines.append(f"{'.'.join(loc) + ': ' if loc else ''}{e.get('msg', '')}")
    else:
        lines = [str(detail)]
    titles = {404: "Not found", 422: "Bad request parameters"}
    resp = render(request, "error.html", status=status, title=titles.get(status, f"Error {status}"), lines=lines)
    resp.status_code = status
    return resp


def form_date(value: str | None, name: str) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise HTTPException(422, f"{name} must be a date (YYYY-MM-DD), got {value!r}")


def _sides(session: Session) -> list[str]:
    found = [s for (s,) in session.execute(select(ClaimRow.side).distinct().order_by(ClaimRow.side))]
    return found or ["russia", "ukraine"]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, session: Session = Depends(get_session),
             category: str = Query("personnel"), side: str = Query("russia", max_length=40),
             outcome: str | None = Query(None)):
    if category not in CATEGORIES:
        raise HTTPException(422, f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
    if outcome in ("", None):
        outcome = None
    elif outcome not in OUTCOMES:
        raise HTTPException(422, f"unknown outcome {outcome!r}: use one of {', '.join(OUTCOMES)}")
    data = timeline_data(session, category, side, outcome=outcome)
    counts: dict[str, int] = {}
    for c in data["claims"]:
        counts[c["verdict"]] = counts.get(c["verdict"], 0) + 1
    return render(request, "overview.html", data=data, category=category, side=side, outcome=outcome,
                  categories=CATEGORIES, outcomes=OUTCOMES, sides=_sides(session), counts=counts)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, session: Session = Depends(get_session),
                side: str | None = Query(None, max_length=200), category: str | None = Query(None, max_length=500),
                claimant: str | None = Query(None, max_length=500), verdict: str | None = Query(None, max_length=500),
                since: str | None = Query(None, max_length=40), until: str | None = Query(None, max_length=40),
                q: str | None = Query(None, max_length=200),
                sort: Literal["id", "date", "value", "claimant", "category", "side", "verdict", "outlet"] = "date",
                order: Literal["asc", "desc"] = "desc", page: int = Query(1, ge=1, le=100000)):
    since, until = form_date(since, "since"), form_date(until, "until")  # empty form fields are no filter
    flt = claim_filter(side, category, claimant, None, verdict, since, until, None)
    stmt = claims_select(flt, q)
    total = session.scalar(stmt.with_only_columns(func.count(ClaimRow.id)).order_by(None)) or 0
    col = SORTS[sort]
    key = col.desc() if order == "desc" else col.asc()
    tie = ClaimRow.id.desc() if order == "desc" else ClaimRow.id.asc()
    rows = list(session.scalars(stmt.order_by(key.nulls_last(), tie)
                                .offset((page - 1) * PER_PAGE).limit(PER_PAGE)).unique())
    pages = max(1, -(-total // PER_PAGE))
    params = {k: v for k, v in (("side", side), ("category", category), ("claimant", claimant),
                                ("verdict", verdict), ("since", since and since.isoformat()),
                                ("until", until and until.isoformat()), ("q", q)) if v}
    return render(request, "claims.html", rows=rows, total=total, page=page, pages=pages, sort=sort,
                  order=order, params=params, sides=_sides(session), categories=CATEGORIES,
                  claimants=CLAIMANTS, verdicts=VERDICT_NAMES + ("unchecked",))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request, session: Session = Depends(get_session)):
    d = session.get(Document, doc_id)
    if d is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    claims = list(d.claims)
    labels = verdict_style()["labels"]

    def label(c: ClaimRow) -> str:
        v = c.verdict.verdict if c.verdict else "unchecked"
        value = f"{c.value:,.0f}" + (f"–{c.value_max:,.0f}" if c.value_max else "")
        qual = "" if c.qualifier == "exact" else c.qualifier.replace("_", " ") + " "
        return f"#{c.id}: {qual}{value} {c.side} {c.category} {c.outcome}, {c.claimant}: {labels.get(v, v)}"

    marked = highlight(d.text, [(c.id, c.text, c.start, c.end, c.verdict.verdict if c.verdict else "unchecked",
                                 label(c)) for c in claims])
    return render(request, "document.html", doc=d, claims=claims, marked=marked)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, session: Session = Depends(get_session)):
    verdict = func.coalesce(Verdict.verdict, "unchecked")
    stmt = (select(ClaimRow.claimant, verdict, func.count(ClaimRow.id))
            .join(Document, Document.id == ClaimRow.doc_id)
            .outerjoin(Verdict, Verdict.claim_id == ClaimRow.id)
            .where(Document.duplicate_of.is_(None))
            .group_by(ClaimRow.claimant, verdict))
    table: dict[str, dict[str, int]] = {}
    for claimant, v, n in session.execute(stmt):
        table.setdefault(claimant, {})[v] = n
    rows = []
    for claimant, by in table.items():
        total = sum(by.values())
        checked = sum(n for v, n in by.items() if v not in ("unchecked", "unverifiable"))
        ok = by.get("consistent", 0) + by.get("rounded", 0)
        rows.append({"claimant": claimant, "total": total, "by": by, "checked": checked,
                     "ok_share": (ok / checked) if checked else None})
    rows.sort(key=lambda r: (-r["total"], r["claimant"]))
    names = {}
    for claimant, name, n in session.execute(
            select(ClaimRow.claimant, ClaimRow.claimant_name, func.count(ClaimRow.id))
            .where(ClaimRow.claimant_name.is_not(None))
            .group_by(ClaimRow.claimant, ClaimRow.claimant_name)):
        names.setdefault(claimant, []).append((n, name))
    top = {k: [nm for _, nm in sorted(v, key=lambda t: (-t[0], t[1]))[:3]] for k, v in names.items()}
    return render(request, "sources.html", rows=rows, names=top)


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request):
    spec = request.app.openapi()
    ops = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            params = [(p["name"], p.get("in"), p.get("required", False), p.get("description") or "")
                      for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params})
    return render(request, "api_docs.html", ops=ops)


