"""Rich tables of claims and documents. Article text goes in as :class:`rich.text.Text`, never as markup."""
from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text

from attrition.store.models import ClaimRow, Document

QUALIFIER_SIGNS = {"exact": "", "approximately": "~", "more_than": ">", "at_least": "≥", "almost": "<~",
                   "up_to": "≤", "less_than": "<"}
VERDICT_STYLES = {"consistent": "green", "rounded": "green", "stale": "yellow", "ahead": "yellow",
                  "digit_error": "red", "misattributed": "red", "unverifiable": "dim"}


def fmt_num(v: float | int | None) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) else f"{v:,.2f}".rstrip("0").rstrip(".")


def fmt_value(row: ClaimRow) -> str:
    s = QUALIFIER_SIGNS.get(row.qualifier, "") + fmt_num(row.value)
    if row.value_max is not None:
        s += "–" + fmt_num(row.value_max)
    if row.period == "rate" and row.rate_unit:
        s += f"/{row.rate_unit}"
    elif row.period == "interval":
        s += " (interval)"
    return s


def _snippet(s: str | None, n: int = 90) -> Text:
    s = " ".join((s or "").split())
    return Text(s if len(s) <= n else s[: n - 1] + "…")


def claims_table(rows: Iterable[ClaimRow], *, show_verdict: bool = False, title: str | None = None) -> Table:
    t = Table(title=title, show_lines=False, header_style="bold")
    for col, kw in (("id", {"justify": "right"}), ("doc", {"overflow": "fold"}), ("published", {"no_wrap": True}),
                    ("as of", {"no_wrap": True}),
                    ("claimant", {}), ("side", {}), ("category", {}), ("outcome", {}),
                    ("value", {"justify": "right"})):
        t.add_column(col, **kw)
    if show_verdict:
        t.add_column("verdict")
    t.add_column("text", overflow="fold")
    for r in rows:
        doc: Document = r.document
        cells = [str(r.id), Text(r.doc_id), str(doc.published or "") if doc else "",
                 str(r.as_of or ""), Text(r.claimant), r.side, r.category, r.outcome,
                 fmt_value(r)]
        if show_verdict:
            v = r.verdict.verdict if r.verdict is not None else "unchecked"
            cells.append(Text(v, style=VERDICT_STYLES.get(v, "")))
        cells.append(_snippet(r.text))
        t.add_row(*cells)
    return t


def docs_table(rows: Iterable[tuple[Document, int]], *, title: str | None = None) -> Table:
    t = Table(title=title, header_style="bold")
    for col in ("id", "published", "found by", "outlet", "title", "claims", "duplicate of"):
        t.add_column(col, justify="right" if col == "claims" else "left",
                     no_wrap=col != "title", overflow="ellipsis" if col == "title" else "fold")
    for d, n in rows:
        t.add_row(Text(d.id), str(d.published or ""), d.published_source or "", Text(d.outlet or ""),
                  _snippet(d.title, 70), str(n), Text(d.duplicate_of or ""))
    return t
