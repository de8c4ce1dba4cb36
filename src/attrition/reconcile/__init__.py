"""Reconciliation: does each claim match the source it is attributed to, and if not, what went wrong?

Public API: :func:`check` (compute and store one verdict per claim), :func:`judge` (one claim against
series in memory), :func:`date_undated` (date undated documents by their figures).
Tolerances and the order of the tests are in ``reconcile/data/rules.yaml``; the tests run in this
order, the first that holds gives the verdict:

1. ``unverifiable`` when the claimant has no series, the claim has no date or a partial scope;
2. ``consistent`` / ``rounded``: agrees with its own series at ``as_of`` ± the date slack;
3. ``digit_error``: an exact figure that is the series value with one digit dropped, added or swapped;
4. ``stale``: agrees with its own series at an earlier date (within the look-back);
5. ``misattributed``: agrees with another status or category of the same source, then another source;
6. ``ahead``: larger than the series ever was by that date;
7. ``stale`` beyond the look-back; otherwise ``unverifiable`` (agrees with nothing).
"""
from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from importlib import resources

import yaml
from sqlalchemy import delete, insert, select

from attrition.model import Claim
from attrition.reference import CORRECTIONS, load_all, mapping
from attrition.store.models import ClaimRow, Document, Verdict

VERDICTS = ("consistent", "rounded", "stale", "digit_error", "misattributed", "ahead", "unverifiable")
SERIES_LABELS = {"general_staff": "General Staff", "oryx": "Oryx"}


@lru_cache(maxsize=1)
def rules() -> dict:
    text = resources.files("attrition.reconcile").joinpath("data", "rules.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@dataclass
class VerdictResult:
    claim_id: int | None
    doc_id: str | None
    verdict: str
    explanation: str
    series: str | None = None
    ref_category: str | None = None
    ref_status: str | None = None
    ref_date: date | None = None
    ref_value: float | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["ref_date"] = self.ref_date.isoformat() if self.ref_date else None
        if isinstance(self.ref_value, float) and self.ref_value.is_integer():
            d["ref_value"] = int(self.ref_value)
        return d


# ------------------------------------------------------------------ series

class Series:
    """One reference series: values by date, read with carry-forward over gaps."""

    def __init__(self, key: tuple, values: dict[date, float], corrections: dict[date, float] | None = None):
        self.key = key
        self.dates = sorted(values)
        self.values = values
        self.corrections = corrections or {}

    def at(self, d: date) -> tuple[date, float] | None:
        i = bisect.bisect_right(self.dates, d) - 1
        if i < 0:
            return None
        found = self.dates[i]
        if (d - found).days > rules()["carry_forward_days"]:
            return None
        return found, self.values[found]

    def change(self, end: date, days: int) -> float | None:
        """The increase over the ``days`` ending on ``end``, less the source's own corrections in it."""
        a, b = self.at(end), self.at(end - timedelta(days=days))
        if a is None or b is None or a[0] != end:
            return None
        corr = sum(v for d, v in self.corrections.items() if b[0] < d <= a[0])
        return a[1] - b[1] - corr

    def max_until(self, d: date) -> float | None:
        i = bisect.bisect_right(self.dates, d)
        return max((self.values[x] for x in self.dates[:i]), default=None)

    def earlier_dates(self, before: date, lookback: int | None) -> list[date]:
        """The series' dates before ``before``, most recent first (within ``lookback`` days if given)."""
        i = bisect.bisect_left(self.dates, before)
        out = self.dates[:i][::-1]
        if lookback is not None:
            out = [d for d in out if (before - d).days <= lookback]
        return out


# ------------------------------------------------------------------ agreement

def rounding_unit(v: float) -> int:
    """10 ** (number of trailing zeros) of a whole figure: 44,000 -> 1,000; 759 -> 1."""
    if v != int(v) or v == 0:
        return 1
    n, unit = int(abs(v)), 1
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return unit


def agree(value: float, qualifier: str, ref: float, value_max: float | None = None) -> str | None:
    """``consistent``, ``rounded`` or None: does a figure, read through its qualifier, agree with ``ref``?"""
    r = rules()
    if value_max is not None:
        return "consistent" if value <= ref <= value_max else None
    unit = rounding_unit(value)
    # a round figure's bound is its next rounding unit; an unround one's a few per cent
    slack = unit if unit >= 10 else max(1.0, r["bound_tolerance"] * value)
    if qualifier == "exact":
        if abs(ref - value) < 0.5:
            return "consistent"
        if unit >= 10 and abs(ref - value) < unit and abs(ref - value) <= r["rounding_tolerance"] * max(ref, 1):
            return "rounded"
        return None
    if qualifier == "approximately":
        return "consistent" if abs(ref - value) <= r["approx_tolerance"] * max(ref, value) else None
    if qualifier in ("more_than", "at_least"):
        return "consistent" if value <= ref < value + slack else None
    if qualifier in ("almost", "less_than"):
        return "consistent" if value - slack < ref <= value else None
    if qualifier == "up_to":
        return "consistent" if r["up_to_floor"] * value <= ref <= value else None
    return None


def is_digit_edit(claimed: float, ref: float) -> bool:
    """``claimed`` is ``ref`` with one digit dropped, one added, or two neighbours swapped."""
    if claimed != int(claimed) or ref != int(ref) or claimed == ref:
        return False
    a, b = str(int(claimed)), str(int(ref))
    if min(len(a), len(b)) < 2:
        return False
    if len(a) + 1 == len(b):
        return any(b[:i] + b[i + 1:] == a for i in range(len(b)))
    if len(a) == len(b) + 1:
        return any(a[:i] + a[i + 1:] == b for i in range(len(a)))
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    return False


# ------------------------------------------------------------------ judging

def fmt(v: float | None) -> str:
    if v is None:
        return "?"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.1f}"


def reach_of(claim: Claim) -> float:
    """How far from a claim's figure a reference may be and still agree (a cheap pre-filter of :func:`agree`)."""
    if claim.value_max is not None:
        return float("inf")
    return max(rounding_unit(claim.value), 0.5 * claim.value)


def when(ref_date: date, as_of: date) -> str:
    """" on 2022-06-24 (the day before)": where the reference date stands to the claim's date."""
    n = (ref_date - as_of).days
    rel = {0: "", -1: " (the day before)", 1: " (the day after)"}.get(n)
    if rel is None:
        rel = f" ({abs(n)} days {'before' if n < 0 else 'after'})"
    return f" on {ref_date}{rel}"


def describe(key: tuple) -> str:
    series, _side, cat, status = key
    cat_s = "all types" if cat == "all" else cat.replace("_", " ")
    return f"{SERIES_LABELS.get(series, series)} {status}, {cat_s}"


def window_days(claim: Claim) -> int:
    r = rules()
    text = (claim.text or "").lower()
    if claim.period == "rate":
        for w in r["interval_windows"]:
            if w["days"] > r["rate_unit_days"].get(claim.rate_unit or "day", 1) and any(c in text for c in w["cues"]):
                return w["days"]
        return r["default_rate_window_days"]
    for w in r["interval_windows"]:
        if any(c in text for c in w["cues"]):
            return w["days"]
    return r["default_interval_days"]


class Judge:
    """Judges claims against all series of a ledger (loaded once)."""

    def __init__(self, data: dict[tuple, dict[date, float]]):
        corr = {k: v for k, v in data.items() if k[0] == CORRECTIONS}
        self.series: dict[tuple, Series] = {}
        for k, v in data.items():
            if k[0] == CORRECTIONS:
                continue
            c = corr.get((CORRECTIONS,) + k[1:]) if k[0] == "general_staff" else None
            self.series[k] = Series(k, v, c)
        self.loaded = {k[0] for k in self.series}

    def dates_with(self, key: tuple, days: int = 0) -> dict[float, list[date]]:
        """Index of a series: value (``days`` = 0) or change over ``days`` -> the dates it was reported."""
        cache = self.__dict__.setdefault("_index", {})
        if (key, days) not in cache:
            s, idx = self.series[key], {}
            for d in s.dates:
                v = s.values[d] if days == 0 else s.change(d, days)
                if v is not None:
                    idx.setdefault(float(v), []).append(d)
            cache[(key, days)] = idx
        return cache[(key, days)]

    # which series keys a claim is compared to
    def own_keys(self, series: str, claim: Claim) -> list[tuple]:
        cats = rules()["category_aliases"].get(claim.category, [claim.category])
        outs = mapping(series)["outcomes"]
        keys = []
        for cat in cats:
            table = outs.get(cat, outs["default"])
            for status in table.get(claim.outcome, []):
                k = (series, claim.side, cat, status)
                if k in self.series:
                    keys.append(k)
        return keys

    def other_keys(self, series: str, claim: Claim, own: list[tuple]) -> list[tuple]:
        """Same source first (same category, then same status, then the rest), then other sources."""
        order = [series] + [s for s in rules()["other_series"] if s != series]
        own_cats = {k[2] for k in own}
        own_status = {k[3] for k in own}
        out: list[tuple] = []
        for s in order:
            mine = [k for k in self.series if k[0] == s and k[1] == claim.side and k not in own]
            rank = lambda k: (0 if k[2] in own_cats else 1 if k[3] in own_status else 2, k[2] != "all", k)
            out += sorted(mine, key=rank)
        return out

    def ref_at(self, key: tuple, d: date, claim: Claim, days: int | None = None) -> tuple[date, float] | None:
        s = self.series[key]
        if claim.period == "cumulative":
            return s.at(d)
        if days is None:
            days = window_days(claim)
        ch = s.change(d, days)
        if ch is None:
            return None
        if claim.period == "rate":
            ch = ch / (days / rules()["rate_unit_days"].get(claim.rate_unit or "day", 1))
        return d, ch

    def near_dates(self, as_of: date) -> list[date]:
        k = rules()["date_slack_days"]
        return [as_of] + [as_of + timedelta(days=s * i) for i in range(1, k + 1) for s in (-1, 1)]

    def judge(self, claim: Claim, claim_id: int | None = None, doc_id: str | None = None) -> VerdictResult:
        def res(verdict, expl, key=None, ref=None):
            return VerdictResult(claim_id, doc_id, verdict, expl,
                                 *(key[0], key[2], key[3]) if key else (None, None, None),
                                 *(ref if ref else (None, None)))

        series = rules()["claimant_series"].get(claim.claimant)
        if series is None:
            return res("unverifiable", f"no reference series for claimant {claim.claimant}")
        label = SERIES_LABELS.get(series, series)
        if claim.scope == "partial":
            return res("unverifiable", "partial scope: the series count whole-side totals")
        if claim.as_of is None:
            return res("unverifiable", "no date to compare at")
        if series not in self.loaded:
            return res("unverifiable", f"the {label} series is not loaded (attrition reference load/pull)")
        own = self.own_keys(series, claim)
        if not own:
            return res("unverifiable", f"{label} has no series for {claim.side} {claim.category} {claim.outcome}")
        near = self.near_dates(claim.as_of)
        days = None if claim.period == "cumulative" else window_days(claim)
        what = {"interval": f"change over {window_days(claim)} day(s)", "rate": f"average per {claim.rate_unit}",
                "cumulative": "total"}[claim.period]

        # 2. consistent, then rounded, at as_of +- slack
        for wanted in ("consistent", "rounded"):
            for key in own:
                for d in near:
                    ref = self.ref_at(key, d, claim, days)
                    if ref and agree(claim.value, claim.qualifier, ref[1], claim.value_max) == wanted:
                        how = "agrees with" if wanted == "consistent" else "is a rounding of"
                        return res(wanted, f"{how} the {describe(key)} {what} of {fmt(ref[1])}"
                                           f"{when(ref[0], claim.as_of)}", key, ref)
        # 3. digit error
        if claim.qualifier == "exact" and claim.value_max is None:
            for key in own:
                for d in near:
                    ref = self.ref_at(key, d, claim, days)
                    if ref and is_digit_edit(claim.value, ref[1]):
                        return res("digit_error", f"{fmt(claim.value)} looks like a mistyped {fmt(ref[1])}, "
                                                  f"the {describe(key)} {what}{when(ref[0], claim.as_of)}",
                                   key, ref)
        # 4. stale, within the look-back
        lookback = rules()["stale_lookback_days"]
        if claim.period == "cumulative":
            hit = self._stale(own, claim, lookback)
            if hit:
                return hit
        # 5. misattributed
        reach = reach_of(claim)
        refs = [(key, ref) for key in self.other_keys(series, claim, own) for d in near
                if (ref := self.ref_at(key, d, claim, days)) and abs(ref[1] - claim.value) <= reach]
        for wanted in ("consistent", "rounded"):  # an exact match anywhere beats a rounding one
            for key, ref in refs:
                if agree(claim.value, claim.qualifier, ref[1], claim.value_max) == wanted:
                    mine = self.ref_at(own[0], claim.as_of, claim, days)
                    mine_s = f" ({fmt(mine[1])} on {mine[0]})" if mine else ""
                    return res("misattributed", f"does not match the {describe(own[0])} {what}{mine_s} "
                                                f"but matches the {describe(key)} {what} of {fmt(ref[1])} "
                                                f"on {ref[0]}", key, ref)
        # 6. ahead
        if claim.period == "cumulative":
            horizon = max(near)
            top = max(((k, self.series[k].max_until(horizon)) for k in own), key=lambda kv: kv[1] or 0)
            if top[1] is not None and claim.value > top[1]:
                ref = self.series[top[0]].at(horizon)
                return res("ahead", f"larger than the {describe(top[0])} ever was by {horizon} "
                                    f"({fmt(top[1])})", top[0], ref)
            hit = self._stale(own, claim, None)
            if hit:
                return hit
        ref = self.ref_at(own[0], claim.as_of, claim, days)
        return res("unverifiable", f"agrees with no {label} figure near {claim.as_of}"
                                   + (f" (the {describe(own[0])} {what} was {fmt(ref[1])})" if ref else ""),
                   own[0], ref)

    def _stale(self, own, claim, lookback) -> VerdictResult | None:
        first = min(self.near_dates(claim.as_of))
        reach = reach_of(claim)
        for key in own:
            for d in self.series[key].earlier_dates(first, lookback):
                v = self.series[key].values[d]
                if abs(v - claim.value) > reach:
                    continue
                if agree(claim.value, claim.qualifier, v, claim.value_max):
                    days = (claim.as_of - d).days
                    return VerdictResult(None, None, "stale",
                                         f"matches the {describe(key)} total of {fmt(v)} on {d}, "
                                         f"{days} days before {claim.as_of}", key[0], key[2], key[3], d, v)
        return None


def judge(claim: Claim, data: dict[tuple, dict[date, float]]) -> VerdictResult:
    """The verdict of one claim against series given as ``{(series, side, category, status): {date: value}}``."""
    return Judge(data).judge(claim)


# ------------------------------------------------------------------ the ledger

def check(ledger, doc_id: str | None = None) -> list[VerdictResult]:
    """Compute, store (one row per claim, replacing earlier ones) and return the verdicts."""
    from attrition.store import claim_from_row

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with ledger.session() as s, s.begin():
        j = Judge(load_all(s))
        q = select(ClaimRow).order_by(ClaimRow.doc_id, ClaimRow.start, ClaimRow.id)
        if doc_id is not None:
            q = q.where(ClaimRow.doc_id == doc_id)
        out: list[VerdictResult] = []
        for row in s.scalars(q):
            v = j.judge(claim_from_row(row))
            v.claim_id, v.doc_id = row.id, row.doc_id
            out.append(v)
        ids = [v.claim_id for v in out]
        for i in range(0, len(ids), 500):
            s.execute(delete(Verdict).where(Verdict.claim_id.in_(ids[i:i + 500]))
                      .execution_options(synchronize_session=False))
        rows = [{"claim_id": v.claim_id, "verdict": v.verdict, "series": v.series, "ref_category": v.ref_category,
                 "ref_status": v.ref_status, "ref_date": v.ref_date, "ref_value": v.ref_value,
                 "explanation": v.explanation, "checked_at": now} for v in out]
        for i in range(0, len(rows), 1000):
            s.execute(insert(Verdict), rows[i:i + 1000])
    return out


@dataclass
class DatedDocument:
    doc_id: str
    date: date
    evidence: str
    claims: int


def infer_date(claims: list[Claim], j: Judge) -> tuple[date, list[str], list[date]] | None:
    """The General Staff report date that most of a document's exact figures agree with."""
    votes: dict[date, list[str]] = {}
    for c in claims:
        if c.scope != "total" or c.claimant not in ("ukraine_gov", "unattributed") or c.value_max is not None:
            continue
        if c.period not in ("cumulative", "interval"):
            continue
        hit_dates: dict[date, str] = {}
        for key in j.own_keys("general_staff", c):
            days = 0 if c.period == "cumulative" else window_days(c)
            for d in j.dates_with(key, days).get(float(c.value), ()):
                hit_dates.setdefault(d, f"{key[2]} {fmt(c.value)}" + (" (change)" if days else ""))
        for d, label in hit_dates.items():
            votes.setdefault(d, []).append(label)
    if not votes:
        return None
    best = max(len(v) for v in votes.values())
    if best < rules()["date_inference"]["min_figures"]:
        return None
    tops = sorted(d for d, v in votes.items() if len(v) == best)
    return tops[0], votes[tops[0]], tops[1:]


def date_undated(ledger) -> list[DatedDocument]:
    """Date documents without a publication date by their figures against the General Staff series.

    A dated document gets ``published_source='inferred'`` with the evidence, and is re-extracted with that
    date (its claims replaced, in one transaction) so its claims get ``as_of``.
    """
    from attrition import extract
    from attrition.extract import EXTRACTOR_VERSION
    from attrition.store import claim_from_row, claim_row_from

    out: list[DatedDocument] = []
    with ledger.session() as s:
        j = Judge(load_all(s))
        if "general_staff" not in j.loaded:
            return out
        docs = list(s.scalars(select(Document).where(Document.published.is_(None),
                                                     Document.duplicate_of.is_(None))))
    for doc in docs:
        with ledger.session() as s, s.begin():
            doc = s.get(Document, doc.id)
            if doc is None or doc.published is not None:
                continue
            found = infer_date([claim_from_row(r) for r in doc.claims], j)
            if found is None:
                continue
            d, labels, others = found
            evidence = (f"{len(labels)} figures agree with the General Staff report of {d}: " + "; ".join(labels))
            if others:
                evidence += f" (as many agree with {', '.join(map(str, others))})"
            doc.published, doc.published_source, doc.published_evidence = d, "inferred", evidence
            doc.claims.clear()
            s.flush()
            claims = extract(doc.text, published=d)
            for c in claims:
                s.add(claim_row_from(c, doc.id, EXTRACTOR_VERSION))
            doc.extractor_version = EXTRACTOR_VERSION
            out.append(DatedDocument(doc.id, d, evidence, len(claims)))
    return out


__all__ = ["check", "judge", "Judge", "agree", "is_digit_edit", "rounding_unit", "date_undated", "infer_date",
           "VerdictResult", "DatedDocument", "VERDICTS", "rules", "Series"]
