"""The Rich table (and JSON records) of verdicts. Article text goes in as Text, never as markup."""
from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text

from attrition.report.tables import VERDICT_STYLES, fmt_num, fmt_value
from attrition.store.models import ClaimRow

SERIES_LABELS = {"general_staff": "General Staff", "oryx": "Oryx"}


def verdict_record(row: ClaimRow) -> dict:
    """One claim with its verdict, as a JSON-ready dict."""
    v = row.verdict
    ref_value = None if v is None else v.ref_value
    if isinstance(ref_value, float) and ref_value.is_integer():
        ref_value = int(ref_value)
    value = int(row.value) if float(row.value).is_integer() else row.value
    return {
        "claim_id": row.id, "doc_id": row.doc_id, "value": value, "qualifier": row.qualifier,
        "side": row.side, "category": row.category, "outcome": row.outcome, "period": row.period,
        "claimant": row.claimant, "as_of": row.as_of.isoformat() if row.as_of else None,
        "text": row.text,
        "verdict": v.verdict if v else None, "series": v.series if v else None,
        "ref_category": v.ref_category if v else None, "ref_status": v.ref_status if v else None,
        "ref_date": v.ref_date.isoformat() if v and v.ref_date else None, "ref_value": ref_value,
        "explanation": v.explanation if v else None,
    }


def verdicts_table(rows: Iterable[ClaimRow], title: str | None = None) -> Table:
    t = Table(title=title, header_style="bold", show_lines=False, expand=True)
    nw = {"no_wrap": True, "overflow": "ellipsis"}
    for col, kw in (("doc", {**nw, "max_width": 9}), ("claim", {**nw, "justify": "right"}),
                    ("category", nw), ("claimant", nw), ("as of", nw), ("verdict", nw),
                    ("reference", {**nw, "justify": "right"}), ("ref. date", nw), ("series", {"ratio": 1}),
                    ("explanation", {"overflow": "fold", "ratio": 3, "min_width": 24})):
        t.add_column(col, **kw)
    for r in rows:
        v = r.verdict
        name = v.verdict if v else "unchecked"
        series = ""
        if v and v.series:
            series = f"{SERIES_LABELS.get(v.series, v.series)} {v.ref_status or ''} {v.ref_category or ''}".strip()
        t.add_row(Text(r.doc_id[:12]), fmt_value(r), f"{r.category} {r.outcome}", Text(r.claimant),
                  str(r.as_of or ""), Text(name, style=VERDICT_STYLES.get(name, "")),
                  fmt_num(v.ref_value) if v and v.ref_value is not None else "",
                  str(v.ref_date) if v and v.ref_date else "", Text(series),
                  Text(v.explanation if v else ""))
    return t
