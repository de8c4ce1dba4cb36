"""Timeline of one category and side: reference series as lines, news claims as points.

:func:`timeline_data` is the one query behind the web overview, ``/api/timeline`` and the PNG
(:func:`render_png`). Verdict colours and labels are data (``attrition/web/static/verdicts.json``),
shared with the browser.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from attrition.store.models import ClaimRow, Document, Observation, Verdict

SERIES_LABELS = {"general_staff": "General Staff", "oryx": "Oryx"}
UNCHECKED = "unchecked"


@lru_cache(maxsize=1)
def verdict_style() -> dict[str, Any]:
    """``{"order": [...], "colours": {verdict: hex}, "labels": {...}, "series_colours": [...]}``."""
    return json.loads(resources.files("attrition.web").joinpath("static", "verdicts.json").read_text("utf-8"))


def timeline_data(session: Session, category: str, side: str = "russia", outcome: str | None = None,
                  since: date | None = None, until: date | None = None) -> dict[str, Any]:
    """Series lines and claim points of ``category`` on ``side``.

    Returns ``{"category", "side", "series": [{"name", "series", "status", "x": [...], "y": [...]}],
    "claims": [{"id", "doc_id", "as_of", "value", ..., "verdict"}], "undated": n}``. Claims without
    ``as_of`` are not plotted; ``undated`` counts them. Duplicates (syndicated copies) are left out.
    """
    obs = select(Observation.series, Observation.status, Observation.date, Observation.value).where(
        Observation.side == side, Observation.category == category)
    if since:
        obs = obs.where(Observation.date >= since)
    if until:
        obs = obs.where(Observation.date <= until)
    lines: dict[tuple[str, str], dict[str, Any]] = {}
    for series, status, d, v in session.execute(obs.order_by(Observation.series, Observation.status,
                                                              Observation.date)):
        key = (series, status)
        if key not in lines:
            label = SERIES_LABELS.get(series, series)
            name = f"{label}: {status}" if series != "general_staff" else label
            lines[key] = {"name": name, "series": series, "status": status, "x": [], "y": []}
        lines[key]["x"].append(d.isoformat())
        lines[key]["y"].append(v)

    base = (ClaimRow.category == category, ClaimRow.side == side, Document.duplicate_of.is_(None))
    if outcome:
        base = base + (ClaimRow.outcome == outcome,)
    stmt = (select(ClaimRow.id, ClaimRow.doc_id, ClaimRow.as_of, ClaimRow.value, ClaimRow.value_max,
                   ClaimRow.qualifier, ClaimRow.outcome, ClaimRow.period, ClaimRow.rate_unit, ClaimRow.claimant, ClaimRow.claimant_name,
                   ClaimRow.text, Document.outlet, Document.published, Verdict.verdict)
            .join(Document, Document.id == ClaimRow.doc_id)
            .outerjoin(Verdict, Verdict.claim_id == ClaimRow.id)
            .where(*base, ClaimRow.as_of.is_not(None)))
    if since:
        stmt = stmt.where(ClaimRow.as_of >= since)
    if until:
        stmt = stmt.where(ClaimRow.as_of <= until)
    claims = []
    for r in session.execute(stmt.order_by(ClaimRow.as_of, ClaimRow.id)):
        claims.append({
            "id": r.id, "doc_id": r.doc_id, "as_of": r.as_of.isoformat(), "value": r.value,
            "value_max": r.value_max, "qualifier": r.qualifier, "outcome": r.outcome,
            "period": r.period, "rate_unit": r.rate_unit,
            "claimant": r.claimant, "claimant_name": r.claimant_name, "text": r.text,
            "outlet": r.outlet, "published": r.published.isoformat() if r.published else None,
            "verdict": r.verdict or UNCHECKED,
        })
    undated = session.scalar(select(func.count(ClaimRow.id)).join(Document, Document.id == ClaimRow.doc_id)
                             .where(*base, ClaimRow.as_of.is_(None))) or 0
    return {"category": category, "side": side, "outcome": outcome, "series": list(lines.values()),
            "claims": claims, "undated": undated}


def render_png(data: dict[str, Any], path: str | Path, *, width: float = 11, height: float = 6,
               dpi: int = 110) -> Path:
    """Draw :func:`timeline_data`'s result with matplotlib (no display needed) and save it as PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    style = verdict_style()
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    try:
        for i, s in enumerate(data["series"]):
            xs = [date.fromisoformat(x) for x in s["x"]]
            ax.plot(xs, s["y"], label=s["name"], linewidth=1.6,
                    color=style["series_colours"][i % len(style["series_colours"])])
        by_verdict: dict[str, list[dict]] = {}
        for c in data["claims"]:
            by_verdict.setdefault(c["verdict"], []).append(c)
        for v in style["order"]:
            pts = by_verdict.get(v)
            if not pts:
                continue
            ax.scatter([date.fromisoformat(c["as_of"]) for c in pts], [c["value"] for c in pts],
                       s=36, color=style["colours"][v], edgecolors="#333333", linewidths=0.5, zorder=3,
                       marker="o", label=f"claim: {style['labels'][v]} ({len(pts)})")
            short = [c for c in pts if c.get("period", "cumulative") != "cumulative"]
            if short:  # interval and rate figures: a diamond over the dot
                ax.scatter([date.fromisoformat(c["as_of"]) for c in short], [c["value"] for c in short],
                           s=46, facecolors="none", edgecolors="#333333", linewidths=0.8, marker="D", zorder=4)
        title = f"{data['category']} — {data['side']}"
        if data.get("outcome"):
            title += f" ({data['outcome']})"
        ax.set_title(title)
        ax.set_ylabel("count")
        ax.grid(True, alpha=0.3)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
        if data["series"] or data["claims"]:
            ax.legend(loc="upper left", fontsize=8, frameon=True)
        else:
            ax.text(0.5, 0.5, "no series and no dated claims", ha="center", va="center",
                    transform=ax.transAxes, color="#666666")
        n = len(data["claims"])
        caption = f"{n} dated claim{'s' if n != 1 else ''} plotted (diamonds: interval or rate figures)"
        if data["undated"]:
            caption += f"; {data['undated']} claim{'s' if data['undated'] != 1 else ''} without as_of not plotted"
        fig.text(0.01, 0.01, caption, fontsize=8, color="#555555")
        fig.tight_layout(rect=(0, 0.03, 1, 1))
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png")
    finally:
        plt.close(fig)
    return path


__all__ = ["timeline_data", "render_png", "verdict_style", "SERIES_LABELS"]
