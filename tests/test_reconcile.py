"""Every verdict on constructed series; the agreement rules; storing verdicts; dating undated documents."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from attrition.model import Claim
from attrition.reconcile import (Judge, agree, check, date_undated, infer_date, is_digit_edit,
                                 rounding_unit)
from attrition.reference import store_observations
from attrition.store import ClaimRow, Document, Verdict, open_ledger

D0 = date(2023, 2, 1)


def daily(start: int, step: int, days: int = 60, first: date = D0) -> dict[date, float]:
    return {first + timedelta(days=i): float(start + step * i) for i in range(days)}


# General Staff: personnel grows 700/day from 130,000; tanks 5/day from 3,200; APCs 10/day from 6,400
GS = {
    ("general_staff", "russia", "personnel", "killed"): daily(130000, 700),
    ("general_staff", "russia", "tanks", "destroyed"): daily(3200, 5),
    ("general_staff", "russia", "armoured_vehicles", "destroyed"): daily(6400, 10),
    ("general_staff", "russia", "artillery", "destroyed"): daily(2250, 3),
}
# Oryx: published every few days
ORYX = {
    ("oryx", "russia", "tanks", "lost"): {D0 + timedelta(days=i): 1700.0 + 2 * i for i in range(0, 60, 3)},
    ("oryx", "russia", "tanks", "destroyed"): {D0 + timedelta(days=i): 1000.0 + i for i in range(0, 60, 3)},
    ("oryx", "russia", "all", "destroyed"): {D0 + timedelta(days=i): 5800.0 + 4 * i for i in range(0, 60, 3)},
    ("oryx", "russia", "all", "lost"): {D0 + timedelta(days=i): 9200.0 + 6 * i for i in range(0, 60, 3)},
}
DATA = {**GS, **ORYX}


def c(value, day=20, **kw) -> Claim:
    kw.setdefault("claimant", "ukraine_gov")
    kw.setdefault("outcome", "killed" if kw.get("category", "personnel") == "personnel" else "destroyed")
    return Claim(value=value, as_of=D0 + timedelta(days=day), **kw)


@pytest.fixture(scope="module")
def j():
    return Judge(DATA)


# personnel on day 20 = 144,000; day 19 = 143,300; day 21 = 144,700

@pytest.mark.parametrize("claim,verdict", [
    (c(144000), "consistent"),
    (c(143300), "consistent"),                       # the day before: reports and articles are a day apart
    (c(144700), "consistent"),                       # the day after
    (c(144000, qualifier="more_than"), "consistent"),
    (c(145000, qualifier="almost"), "consistent"),  # 144,700 the day after
    (c(146000, qualifier="approximately"), "consistent"),
    (c(143000, day=18), "rounded"),                  # 142,600 or 143,300 rounded to the thousand
    (c(3300, category="tanks"), "consistent"),       # tanks day 20 = 3,300
    (c(3400, category="tanks", qualifier="up_to"), "consistent"),
])
def test_consistent_and_rounded(j, claim, verdict):
    assert j.judge(claim).verdict == verdict


def test_rounded_says_what_it_rounds(j):
    v = j.judge(c(145000, day=21))  # 144,700 on day 21, 145,400 on day 22
    assert v.verdict == "rounded" and v.ref_value in (144700, 145400)
    assert "rounding" in v.explanation


def test_qualifier_direction_matters(j):
    assert j.judge(c(146000, qualifier="more_than")).verdict != "consistent"   # ref below "more than"
    assert j.judge(c(140000, qualifier="almost")).verdict != "consistent"      # ref above "almost"


def test_stale_says_which_date(j):
    v = j.judge(c(3245, category="tanks", day=30))  # tanks were 3,245 on day 9
    assert v.verdict == "stale"
    assert v.ref_date == D0 + timedelta(days=9) and v.ref_value == 3245
    assert str(D0 + timedelta(days=9)) in v.explanation


def test_digit_error(j):
    # artillery day 20 = 2,310: "2,130" swaps two neighbouring digits, "231" drops one, "23100" adds one
    for wrong in (2130, 231, 23100):
        v = j.judge(c(wrong, category="artillery"))
        assert v.verdict == "digit_error", (wrong, v)
        assert v.ref_value in (2307, 2310, 2313)


def test_digit_error_before_stale(j):
    # 2,253 was the artillery total on day 1, but 2,331 on day 27 with two digits swapped is nearer
    v = j.judge(c(2313, category="artillery", day=27))  # day 27 = 2,331; 2,313 is a swap
    assert v.verdict == "digit_error"


def test_misattributed_to_another_category_of_the_same_source(j):
    v = j.judge(c(6600, category="tanks"))  # APCs on day 20 = 6,600
    assert v.verdict == "misattributed"
    assert (v.series, v.ref_category, v.ref_status) == ("general_staff", "armoured_vehicles", "destroyed")
    assert "armoured vehicles" in v.explanation


def test_misattributed_prefers_an_exact_match_to_a_rounding():
    first = ("general_staff", "russia", "tanks", "destroyed")
    j = Judge({first: {D0: 1000.0},
               ("general_staff", "russia", "artillery", "destroyed"): {D0: 2010.0},   # 2,000 rounds it
               ("general_staff", "russia", "mlrs", "destroyed"): {D0: 2000.0}})       # exactly 2,000
    v = j.judge(Claim(value=2000, category="tanks", outcome="destroyed", claimant="ukraine_gov", as_of=D0))
    assert v.verdict == "misattributed" and v.ref_category == "mlrs"


def test_misattributed_oryx_tanks_vs_all_types_destroyed(j):
    # Oryx "more than 5,800 tanks": its tanks (1,7xx lost) no; its destroyed of all types (5,8xx) yes
    v = j.judge(c(5800, category="tanks", outcome="lost", qualifier="more_than", claimant="oryx"))
    assert v.verdict == "misattributed"
    assert (v.series, v.ref_category, v.ref_status) == ("oryx", "all", "destroyed")


def test_misattributed_to_another_source(j):
    # attributed to Oryx, but it is the General Staff's tank count
    v = j.judge(c(3300, category="tanks", outcome="lost", claimant="oryx"))
    assert v.verdict == "misattributed" and v.series == "general_staff"


def test_oryx_equipment_is_all_types_and_carries_forward(j):
    # Oryx publishes every third day: day 20 reads the value of day 18
    v = j.judge(c(9300, category="equipment", outcome="lost", qualifier="more_than", claimant="oryx"))
    assert v.verdict == "consistent" and v.ref_category == "all" and v.ref_date == D0 + timedelta(days=18)


def test_ahead(j):
    v = j.judge(c(200000, day=20))
    assert v.verdict == "ahead"
    assert "ever" in v.explanation


@pytest.mark.parametrize("claim,why", [
    (c(144000, claimant="russia_gov"), "claimant"),
    (c(144000, claimant="unattributed"), "claimant"),
    (Claim(value=144000, claimant="ukraine_gov", outcome="killed"), "no date"),
    (c(500, scope="partial"), "partial"),
    (c(500, category="civilians"), "no series"),
    (c(500, side="ukraine"), "no series"),
])
def test_unverifiable(j, claim, why):
    v = j.judge(claim)
    assert v.verdict == "unverifiable" and why in v.explanation


def test_unverifiable_when_series_not_loaded():
    v = Judge(GS).judge(c(1700, category="tanks", outcome="lost", claimant="oryx"))
    assert v.verdict == "unverifiable" and "not loaded" in v.explanation


def test_interval_is_checked_against_the_change():
    j = Judge({("general_staff", "russia", "personnel", "killed"):
               {D0: 1000.0, D0 + timedelta(days=1): 1950.0, D0 + timedelta(days=2): 2500.0}})
    day = c(950, day=1, period="interval", text="950 soldiers were killed on Sunday")
    assert j.judge(day).verdict == "consistent"
    assert j.judge(c(940, day=1, period="interval", text="940 killed on Sunday")).verdict != "consistent"


def test_interval_corrections_are_subtracted():
    key = ("general_staff", "russia", "tanks", "destroyed")
    j = Judge({key: {D0: 100.0, D0 + timedelta(days=1): 130.0},
               ("general_staff_corrections",) + key[1:]: {D0 + timedelta(days=1): 20.0}})
    v = j.judge(c(10, day=1, category="tanks", period="interval", text="10 tanks over the past 24 hours"))
    assert v.verdict == "consistent" and v.ref_value == 10


def test_rate_is_checked_against_the_average():
    j = Judge(GS)  # 700 a day every day
    v = j.judge(c(700, day=45, qualifier="at_least", period="rate", rate_unit="day",
                  text="averaging at least 700 a day this month"))
    assert v.verdict == "consistent" and v.ref_value == 700
    assert j.judge(c(4900, day=45, period="rate", rate_unit="week", text="4,900 a week")).verdict == "consistent"


@pytest.mark.parametrize("v,unit", [(44000, 1000), (759, 1), (71200, 100), (0, 1), (12.5, 1)])
def test_rounding_unit(v, unit):
    assert rounding_unit(v) == unit


@pytest.mark.parametrize("value,qual,ref,out", [
    (44000, "more_than", 44700, "consistent"),
    (44000, "more_than", 45200, None),        # beyond the next rounding unit: not what "more than" means
    (3000, "more_than", 970, None),
    (13000, "almost", 12730, "consistent"),
    (13000, "almost", 13100, None),
    (1800, "approximately", 1850, "consistent"),
    (1800, "approximately", 2000, None),
    (100, "up_to", 60, "consistent"),
    (100, "up_to", 120, None),
    (71200, "exact", 71200, "consistent"),
    (71000, "exact", 71200, "rounded"),
    (759, "exact", 760, None),                 # a figure with no trailing zero is not a rounding
])
def test_agree(value, qual, ref, out):
    assert agree(value, qual, ref) == out


@pytest.mark.parametrize("a,b,out", [(75, 759, True), (759, 75, True), (2130, 2310, True), (2130, 2130, False),
                                     (7, 70, False), (1234, 1243, True), (1234, 4231, False), (1235, 1234, False)])
def test_is_digit_edit(a, b, out):
    assert is_digit_edit(a, b) is out


# ------------------------------------------------------------------ the ledger

def _store_series(ledger, data):
    rows = [{"series": k[0], "side": k[1], "category": k[2], "status": k[3], "date": d, "value": v, "item": None}
            for k, vals in data.items() for d, v in vals.items()]
    store_observations(ledger, rows)


def test_check_stores_one_verdict_per_claim(ledger_url):
    from datetime import datetime

    ledger = open_ledger(ledger_url)
    _store_series(ledger, DATA)
    now = datetime(2024, 1, 1)
    with ledger.session() as s, s.begin():
        s.add(Document(id="doc1", text="x", content_hash="h1", ingested_at=now, published=D0 + timedelta(days=20)))
        for i, (value, cat, claimant) in enumerate([(144000, "personnel", "ukraine_gov"),
                                                   (6600, "tanks", "ukraine_gov"),
                                                   (5, "personnel", "un")]):
            s.add(ClaimRow(doc_id="doc1", value=value, qualifier="exact", side="russia", category=cat,
                           outcome="killed" if cat == "personnel" else "destroyed", period="cumulative",
                           as_of=D0 + timedelta(days=20), claimant=claimant, scope="total", text="t",
                           start=i, end=i + 1, extractor_version="test"))
    out = check(ledger)
    assert [v.verdict for v in out] == ["consistent", "misattributed", "unverifiable"]
    check(ledger, doc_id="doc1")  # again: replaced, not duplicated
    with ledger.session() as s:
        rows = list(s.scalars(select(Verdict).order_by(Verdict.claim_id)))
    assert [r.verdict for r in rows] == ["consistent", "misattributed", "unverifiable"]
    assert rows[0].ref_value == 144000 and rows[0].series == "general_staff"
    assert rows[1].ref_category == "armoured_vehicles"
    ledger.dispose()


def test_infer_date_needs_agreeing_figures():
    j = Judge(GS)
    undated = [Claim(value=144000, outcome="killed", claimant="ukraine_gov"),
               Claim(value=3300, category="tanks", outcome="lost", claimant="ukraine_gov"),
               Claim(value=6600, category="armoured_vehicles", outcome="lost", claimant="ukraine_gov")]
    d, labels, others = infer_date(undated, j)
    assert d == D0 + timedelta(days=20) and len(labels) == 3 and others == []
    assert infer_date(undated[:1], j) is None  # one figure does not pin a date


def test_date_undated_document_is_dated_and_reextracted(sqlite_url):
    from attrition.ingest import ingest_text

    ledger = open_ledger(sqlite_url)
    _store_series(ledger, GS)
    text = ("Ukraine's General Staff said 144,000 Russian soldiers had been killed since the invasion began. "
            "It also said Russia had lost 3,300 tanks and 6,600 armoured vehicles.")
    doc = ingest_text(ledger, text)
    assert doc.published is None
    dated = date_undated(ledger)
    assert [d.doc_id for d in dated] == [doc.id]
    with ledger.session() as s:
        doc = s.get(Document, doc.id)
        assert doc.published == D0 + timedelta(days=20)
        assert doc.published_source == "inferred"
        assert "144,000" in doc.published_evidence
        assert doc.claims and all(r.as_of is not None for r in doc.claims)
    assert date_undated(ledger) == []  # already dated
    ledger.dispose()


def test_date_command(sqlite_url):
    from typer.testing import CliRunner

    from attrition.cli import app
    from attrition.ingest import ingest_text

    ledger = open_ledger(sqlite_url)
    _store_series(ledger, GS)
    doc = ingest_text(ledger, "Ukraine's General Staff said Russia had lost 3,300 tanks and 6,600 armoured vehicles.")
    ledger.dispose()
    r = CliRunner().invoke(app, ["date", "--db", sqlite_url])
    assert r.exit_code == 0, r.output
    assert doc.id in r.output and str(D0 + timedelta(days=20)) in r.output
