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
    """One row per claim: the claim (value, category, claimant), its date, the verdict, the reference
    figure it was compared to (value, date, series) and the explanation. Cells stack on narrow terminals."""
    t = Table(title=title, header_style="bold", show_lines=True, expand=True)
    t.add_column("doc", overflow="fold", max_width=10)
    t.add_column("claim", overflow="fold", min_width=12, ratio=2)
    t.add_column("as of", no_wrap=True)
    t.add_column("verdict", no_wrap=True)
    t.add_column("reference", overflow="fold", min_width=12, ratio=2)
    t.add_column("explanation", overflow="fold", min_width=16, ratio=4)
    for r in rows:
        v = r.verdict
        name = v.verdict if v else "unchecked"
        claim = Text(fmt_value(r), style="bold")
        claim.append(f"\n{r.category} {r.outcome}\n", style="")
        claim.append(r.claimant, style="dim")
        ref = Text()
        if v and v.ref_value is not None:
            ref.append(fmt_num(v.ref_value), style="bold")
            ref.append(f"\n{v.ref_date or ''}")
        if v and v.series:
            ref.append(f"\n{SERIES_LABELS.get(v.series, v.series)} {v.ref_status or ''} {v.ref_category or ''}".rstrip(),
                       style="dim")
        t.add_row(Text(r.doc_id[:10]), claim, str(r.as_of or ""), Text(name, style=VERDICT_STYLES.get(name, "")),
                  ref, Text(v.explanation if v else ""))
    return t
