"""The extraction scorer (attrition.extract.evaluate) and ``attrition eval``."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrition.cli import app
from attrition.extract.evaluate import (
    as_of_equal, evaluate_file, fold, load_gold, match, normalize, predict, score,
)
from attrition.model import CLAIMANTS, Claim
from tests.conftest import shared_path


def rec(value, **kw):
    """A contract dict with the defaults of a plain cumulative claim."""
    d = {"value": value, "value_max": None, "qualifier": "exact", "side": "russia",
         "category": "personnel", "outcome": "killed", "period": "cumulative", "rate_unit": None,
         "as_of": "2022-05-01", "claimant": "ukraine_gov", "claimant_name": None, "scope": "total",
         "text": f"The ministry said {value} soldiers died."}
    d.update(kw)
    return d


def doc(doc_id, *claims):
    return {"id": doc_id, "url": None, "published": "2022-05-01", "text": "", "claims": list(claims)}


def test_perfect_prediction_scores_one():
    gold = [doc("a", rec(100), rec(20, category="tanks", outcome="destroyed")), doc("b", rec(5, side="ukraine"))]
    pred = {"a": [Claim.from_dict(c) for c in gold[0]["claims"]], "b": gold[1]["claims"]}
    r = score(gold, pred)
    assert (r.docs, r.gold, r.predicted, r.matched, r.full_matched) == (2, 3, 3, 3, 3)
    assert r.precision == r.recall == r.f1 == 1.0
    assert r.full_f1 == 1.0
    assert all(r.accuracy(f) == 1.0 for f in ("outcome", "qualifier", "claimant", "as_of", "scope"))
    assert r.errors == []


def test_repeats_fold_on_the_full_record_key():
    g = rec(100)
    gold = [doc("a", g, dict(g, text="headline repeating 100"))]
    # predicted: the same claim three times (folds to one), plus the same figure from
    # another claimant (a distinct claim, not folded).
    pred = {"a": [rec(100), rec(100), rec(100, text="again"), rec(100, claimant="uk_gov")]}
    r = score(gold, pred)
    assert r.gold == 1
    assert r.predicted == 2
    assert r.matched == 1
    assert r.precision == 0.5 and r.recall == 1.0
    # the claimant-agreeing prediction is the one matched
    assert r.full_matched == 1
    assert [e.kind for e in r.errors] == ["spurious"]
    assert r.per_doc == {"a": {"gold": 1, "predicted": 2, "matched": 1, "full_matched": 1}}
    assert fold([rec(1), rec(1, qualifier="about")]) == [normalize(rec(1))]  # qualifier is not in the fold key


def test_matching_is_one_to_one_and_prefers_agreeing_fields():
    gold = [doc("a", rec(100, claimant="uk_gov"), rec(100, claimant="ukraine_gov", outcome="casualties"))]
    # one prediction sharing the core key with both gold records: it pairs with the
    # record it agrees with on more fields (claimant + outcome)
    pred = {"a": [rec(100, claimant="ukraine_gov", outcome="casualties")]}
    r = score(gold, pred)
    assert r.matched == 1 and r.gold == 2 and r.predicted == 1
    assert r.full_matched == 1
    assert r.recall == 0.5 and r.precision == 1.0
    misses = r.errors_of("miss")
    assert len(misses) == 1 and misses[0].key == ("russia", "personnel", 100, None, "cumulative")

    # the assignment maximizes full matches: pairing the first gold with the first
    # prediction (a full match) would leave the second gold with a disagreeing one
    g = [normalize(rec(7, as_of="2022-05-10")), normalize(rec(7, as_of="2022-05-12"))]
    p = [normalize(rec(7, as_of="2022-05-11")), normalize(rec(7, as_of="2022-05-09"))]
    assert match(g, p)[0] == [(0, 1), (1, 0)]
    r = score([doc("a", *[dict(c, as_of=c["as_of"].isoformat()) for c in g])], {"a": p})
    assert r.full_matched == 2
    big_g = [normalize(rec(7, claimant=c)) for c in CLAIMANTS * 2]
    big_p = [normalize(rec(7, claimant=c)) for c in reversed(CLAIMANTS * 2)]
    pairs, mg, mp = match(big_g, big_p)  # too many to search: greedy, still one to one
    assert len(pairs) == 16 and mg == mp == []
    assert all(big_g[i]["claimant"] == big_p[j]["claimant"] for i, j in pairs)

    pairs, mg, mp = match([normalize(rec(1)), normalize(rec(1))], [normalize(rec(1, as_of="2022-05-02"))])
    assert len(pairs) == 1 and len(mg) == 1 and mp == []


def test_core_key_needs_side_category_value_range_and_period():
    gold = [doc("a", rec(100), rec(2000, value_max=4000), rec(400, period="rate", rate_unit="day"))]
    pred = {"a": [rec(100, side="ukraine"), rec(2000), rec(400, period="interval")]}
    r = score(gold, pred)
    assert r.matched == 0
    assert len(r.errors_of("miss")) == 3 and len(r.errors_of("spurious")) == 3
    assert r.f1 == 0.0 and r.full_f1 == 0.0


def test_as_of_within_one_day_and_nulls():
    assert as_of_equal(date(2022, 5, 1), date(2022, 5, 2))
    assert as_of_equal(date(2022, 5, 1), date(2022, 4, 30))
    assert not as_of_equal(date(2022, 5, 1), date(2022, 5, 3))
    assert as_of_equal(None, None)
    assert not as_of_equal(None, date(2022, 5, 1))
    gold = [doc("a", rec(1), rec(2), rec(3, as_of=None), rec(4, as_of=None))]
    pred = {"a": [rec(1, as_of="2022-05-02"), rec(2, as_of="2022-05-03"), rec(3, as_of=None),
                  rec(4, as_of="2022-05-01")]}
    r = score(gold, pred)
    assert r.matched == 4
    assert r.field_correct["as_of"] == 2
    assert r.full_matched == 2
    assert r.accuracy("as_of") == 0.5
    wrong = {(e.gold, e.pred) for e in r.errors_of("field")}
    assert wrong == {(date(2022, 5, 1), date(2022, 5, 3)), (None, date(2022, 5, 1))}


def test_full_needs_outcome_qualifier_claimant_as_of_but_not_scope():
    gold = [doc("a", rec(1), rec(2), rec(3), rec(4), rec(5))]
    pred = {"a": [rec(1, outcome="casualties"), rec(2, qualifier="more_than"),
                  rec(3, claimant="other"), rec(4, scope="partial"), rec(5, claimant_name="someone")]}
    r = score(gold, pred)
    assert r.matched == 5 and r.f1 == 1.0
    assert r.full_matched == 2  # scope and claimant_name differences do not break a full match
    assert r.full_precision == r.full_recall == pytest.approx(0.4)
    assert r.accuracy("scope") == pytest.approx(0.8)
    assert r.accuracy("outcome") == r.accuracy("qualifier") == r.accuracy("claimant") == pytest.approx(0.8)
    assert r.confusion["outcome"][("killed", "casualties")] == 1
    assert r.confusion["qualifier"][("exact", "more_than")] == 1
    assert r.confusion["scope"][("total", "partial")] == 1


def test_values_and_joined_categories_normalize():
    gold = [doc("a", rec(1200000, category="armoured_vehicles+tanks"))]
    pred = {"a": [Claim(value=1200000.0, category="tanks+armoured_vehicles", outcome="killed",
                        as_of=date(2022, 5, 1), claimant="ukraine_gov")]}
    r = score(gold, pred)
    assert r.matched == 1 and r.full_matched == 1


def test_documents_without_predictions_count_as_misses_and_extra_ids_are_ignored():
    gold = [doc("a", rec(1)), doc("b")]
    r = score(gold, {"zzz": [rec(1)]})
    assert (r.gold, r.predicted, r.matched) == (1, 0, 0)
    assert r.precision == 0.0 and r.recall == 0.0 and r.f1 == 0.0
    assert r.accuracy("outcome") == 0.0
    json.dumps(r.to_dict(errors=True))  # serializable, dates included


def _write_gold(path, docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_evaluate_file_with_an_oracle_and_with_the_extractor(tmp_path):
    text = ("Ukraine's defence ministry said on Monday that 310 Russian soldiers had been killed "
            "over the past 24 hours.")
    gold_claim = rec(310, period="interval", as_of="2022-05-02",
                     claimant_name="Ukraine's defence ministry", text=text)
    p = _write_gold(tmp_path / "g.jsonl", [{"id": "x1", "url": None, "published": "2022-05-03",
                                            "text": text, "claims": [gold_claim]}])
    docs = load_gold(p)
    oracle = {d["id"]: [Claim.from_dict(c) for c in d["claims"]] for d in docs}
    r = evaluate_file(p, extract_fn=lambda t, pub: oracle["x1"] if t == text else [])
    assert r.f1 == 1.0 and r.full_f1 == 1.0
    # the real extractor runs over the file's text and date
    preds = predict(docs)
    assert set(preds) == {"x1"} and all(isinstance(c, Claim) for c in preds["x1"])
    real = evaluate_file(p)
    assert real.docs == 1 and real.gold == 1 and real.predicted == len(fold(preds["x1"]))


def test_load_gold_reports_bad_lines(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "text": "x", "claims": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        load_gold(p)


def test_cli_eval_on_constructed_gold(tmp_path):
    text = "Kyiv said 12 Russian tanks were destroyed on Sunday."
    p = _write_gold(tmp_path / "g.jsonl", [{"id": "t1", "published": "2022-05-03", "text": text,
                                            "claims": [rec(12, category="tanks", outcome="destroyed",
                                                           period="interval", text=text)]}])
    res = CliRunner().invoke(app, ["eval", str(p), "--errors", "5"])
    assert res.exit_code == 0, res.output
    tail = res.output.rstrip("\n").splitlines()[-6:]
    assert tail[0].startswith("eval g.jsonl: 1 docs, 1 gold claims")
    assert re.match(r"core  P \d\.\d{3}  R \d\.\d{3}  F1 \d\.\d{3}", tail[1])
    assert tail[2].startswith("full  P ")
    res = CliRunner().invoke(app, ["eval", str(p), "--json"])
    d = json.loads(res.output)
    assert d["docs"] == 1 and d["gold"] == 1 and 0.0 <= d["core"]["f1"] <= 1.0


def test_cli_eval_bad_input_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # short relative paths: messages are not wrapped mid-name
    res = CliRunner().invoke(app, ["eval", "missing.jsonl"])
    assert res.exit_code == 2 and "missing.jsonl: no such file" in " ".join(res.output.split())
    Path("bad.jsonl").write_text("nope\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "bad.jsonl"])
    out = " ".join(res.output.split())
    assert res.exit_code == 2 and "bad.jsonl:1: not valid JSON" in out and "Traceback" not in out
    # a path is shown as written, not read as Rich markup
    res = CliRunner().invoke(app, ["eval", "[bold]x.jsonl"])
    assert res.exit_code == 2 and "[bold]x.jsonl" in res.output


@pytest.mark.parametrize("name", ["seeds.jsonl", "dev.jsonl"])
def test_cli_eval_on_shared_gold(name):
    path = shared_path("gold", name)
    res = CliRunner().invoke(app, ["eval", str(path)])
    assert res.exit_code == 0, res.output
    tail = res.output.rstrip("\n").splitlines()[-6:]
    n_docs = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert tail[0].startswith(f"eval {name}: {n_docs} docs")
    figures = [float(x) for x in re.findall(r"\d\.\d{3}", " ".join(tail[1:5]))]
    assert len(figures) >= 9 and all(0.0 <= f <= 1.0 for f in figures)


# Floors for the project's own written probe set (tests/data/README.md). Measured with extractor
# 0.8.0 on 2026-11-23: core F1 0.862, full F1 0.759, claimant 0.967, outcome 0.978 (557 documents);
# 0.9.0 on 2026-12-02: core F1 0.930, full F1 0.829; 0.10.0: 0.946 / 0.852.
# A rule change that costs more than a point or two here must say why.
WRITTEN_PROBE = Path(__file__).parent / "data" / "written_probe.jsonl"


def test_extractor_on_the_projects_written_probe_set():
    from attrition.extract.evaluate import load_gold, predict, score

    gold = load_gold(WRITTEN_PROBE)
    assert len(gold) == 557
    rep = score(gold, predict(gold))
    assert rep.f1 >= 0.92, rep.to_dict()
    assert rep.full_f1 >= 0.82, rep.to_dict()
    assert rep.accuracy("claimant") >= 0.93 and rep.accuracy("outcome") >= 0.96
    # the negatives stay (almost) empty
    empty = [d for d in gold if not d["claims"]]
    assert len(empty) == 121
    pred = predict(empty)
    assert sum(1 for d in empty if pred.get(str(d["id"]))) <= 8


WRITTEN_ARTICLES = Path(__file__).parent / "data" / "written_articles.jsonl"


def test_extractor_on_the_projects_written_articles():
    """Full-length articles (tests/data/README.md); first contact with 0.8.0: core F1 0.791, full 0.638.

    Tuned on in 0.9.0: core F1 0.911, full 0.774; 0.10.0 (text tables): 0.950 / 0.873."""
    from attrition.extract.evaluate import load_gold, predict, score

    gold = load_gold(WRITTEN_ARTICLES)
    assert len(gold) == 24
    rep = score(gold, predict(gold))
    assert rep.f1 >= 0.93 and rep.full_f1 >= 0.85, rep.to_dict()
    # the articles without a loss claim give none
    empty = [d for d in gold if not d["claims"]]
    assert len(empty) == 3 and not any(predict(empty).values())


WRITTEN_ARTICLES2 = Path(__file__).parent / "data" / "written_articles2.jsonl"


def test_extractor_on_the_second_set_of_written_articles():
    """First contact with 0.9.0 core F1 0.768, full 0.579 (0.8.0: 0.720 / 0.550); tuned on in 0.10.0: 0.961 / 0.900."""
    from attrition.extract.evaluate import load_gold, predict, score

    gold = load_gold(WRITTEN_ARTICLES2)
    assert len(gold) == 24
    rep = score(gold, predict(gold))
    assert rep.f1 >= 0.93 and rep.full_f1 >= 0.86, rep.to_dict()


WRITTEN_ARTICLES3 = Path(__file__).parent / "data" / "written_articles3.jsonl"


def test_extractor_on_the_third_set_of_written_articles():
    """Written blind (tests/data/README.md): first contact core F1 0.861, full 0.753 (0.9.0: 0.805 / 0.681).

    Tuned on afterwards (0.10.0: 0.925 / 0.858)."""
    from attrition.extract.evaluate import load_gold, predict, score

    gold = load_gold(WRITTEN_ARTICLES3)
    assert len(gold) == 24
    rep = score(gold, predict(gold))
    assert rep.f1 >= 0.91 and rep.full_f1 >= 0.83, rep.to_dict()


WRITTEN_ARTICLES4 = Path(__file__).parent / "data" / "written_articles4.jsonl"
WRITTEN_ARTICLES5 = Path(__file__).parent / "data" / "written_articles5.jsonl"
WRITTEN_ARTICLES6 = Path(__file__).parent / "data" / "written_articles6.jsonl"


def test_extractor_on_the_fourth_fifth_and_sixth_sets_of_written_articles():
    """Written blind (tests/data/README.md). First contact: core F1 0.702 / full 0.524 (fourth; 0.9.0: 0.711 / 0.479)
    and 0.796 / 0.621 (fifth, modelled on the real-article mix; 0.9.0: 0.741 / 0.491). Tuned on afterwards
    (0.10.0: 0.895 / 0.778 and 0.935 / 0.822). The sixth set (written blind, real-article mix): first contact
    0.825 / 0.642 (0.9.0: 0.812 / 0.629), 0.10.0 after tuning 0.909 / 0.833."""
    for path, core, full in ((WRITTEN_ARTICLES4, 0.86, 0.74), (WRITTEN_ARTICLES5, 0.90, 0.78),
                             (WRITTEN_ARTICLES6, 0.88, 0.80)):
        _assert_written_set(path, core, full)


def _assert_written_set(path, core: float, full: float, docs: int = 24, empty_docs: int = 2) -> None:
    """A blind set (by default 24 full-length articles) scores at least ``core`` / ``full`` F1, and its
    documents without a loss claim give none."""
    from attrition.extract.evaluate import load_gold, predict, score

    gold = load_gold(path)
    assert len(gold) == docs
    rep = score(gold, predict(gold))
    assert rep.f1 >= core and rep.full_f1 >= full, (path.name, rep.to_dict())
    empty = [d for d in gold if not d["claims"]]
    assert len(empty) == empty_docs and not any(predict(empty).values()), path.name


WRITTEN_ARTICLES7 = Path(__file__).parent / "data" / "written_articles7.jsonl"


def test_extractor_on_the_seventh_set_of_written_articles():
    """Written blind (tests/data/README.md), real-article mix. First contact: core F1 0.868 / full 0.701 with
    0.10.0 as this stop began, 0.873 / 0.705 with the rules written that stop before the set was read; tuned on
    afterwards (0.11.0: 0.897 / 0.789; 0.12.0: 0.942 / 0.852)."""
    _assert_written_set(WRITTEN_ARTICLES7, 0.91, 0.80)


WRITTEN_ARTICLES8 = Path(__file__).parent / "data" / "written_articles8.jsonl"
WRITTEN_ARTICLES9 = Path(__file__).parent / "data" / "written_articles9.jsonl"
WRITTEN_ARTICLES10 = Path(__file__).parent / "data" / "written_articles10.jsonl"


def test_extractor_on_the_eighth_ninth_and_tenth_sets_of_written_articles():
    """Written blind (tests/data/README.md), real-article mix. First contact: eighth set core F1 0.874 / full 0.690
    with 0.11.0 (0.877 / 0.693 with the rules written before it was read), ninth set 0.767 / 0.652 (0.769 / 0.654).
    Tuned on afterwards (0.12.0: 0.954 / 0.841 and 0.880 / 0.765). The tenth set (written blind, weighted to the
    early war): first contact 0.850 / 0.749 with 0.11.0, 0.866 / 0.757 with 0.12.0 as it stood when the set was
    read; a few rules tuned on it afterwards (0.911 / 0.859)."""
    for path, core, full in ((WRITTEN_ARTICLES8, 0.92, 0.80), (WRITTEN_ARTICLES9, 0.84, 0.72),
                             (WRITTEN_ARTICLES10, 0.87, 0.76)):
        _assert_written_set(path, core, full)


WRITTEN_PAGES = [Path(__file__).parent / "data" / f"written_pages{i}.jsonl" for i in (1, 2, 3)]


def test_extractor_on_the_written_sets_of_short_scraped_pages():
    """Three blind sets of 40 short scraped-style pages each (tests/data/README.md), modelled on the dev gold's
    kind of text. First contact with 0.12.0: core F1 0.830 / full 0.672, 0.827 / 0.607 and 0.809 / 0.567; tuned
    on afterwards (0.13.0)."""
    for path, core, full in zip(WRITTEN_PAGES, (0.86, 0.86, 0.88), (0.77, 0.77, 0.77)):
        _assert_written_set(path, core, full, docs=40, empty_docs=4)


WRITTEN_LATE = Path(__file__).parent / "data"


def test_extractor_on_the_fourth_to_sixth_sets_of_pages_and_the_eleventh_and_twelfth_sets_of_articles():
    """Five blind sets written on 2026-12-03 (tests/data/README.md): pages p19 (General Staff and MoD daily
    tallies, civilian tolls, air-defence nights), p20 (Western estimates, OSINT, fact-checks), p22 (translated
    and regional sources) and medium-length articles p21 (first year and 2025-26) and p23 (Western press,
    2023-25). First contact with 0.13.0: core F1 0.840 / 0.817 / 0.821, 0.865, 0.808; tuned on afterwards
    (0.14.0). Then two more read only after those rules: pages p24 (the dev mix) and articles p25 (sources
    disagreeing, daily updates): first contact with 0.14.0 0.917 / 0.855 (0.13.0: 0.912 / 0.819)."""
    for name, core, full, docs, empty in (("written_pages4", 0.88, 0.82, 40, 4), ("written_pages5", 0.83, 0.67, 40, 4),
                                          ("written_pages6", 0.85, 0.74, 40, 4),
                                          ("written_articles11", 0.85, 0.70, 30, 3),
                                          ("written_articles12", 0.81, 0.62, 30, 3),
                                          ("written_pages7", 0.89, 0.76, 40, 4),
                                          ("written_articles13", 0.84, 0.71, 30, 3)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=docs, empty_docs=empty)


def test_extractor_on_the_eighth_to_eleventh_sets_of_pages():
    """Four blind sets of 40 article slices written on 2026-12-03 by four more authors (tests/data/README.md):
    p26 (the dev gold's mix), p27 (own-side, captured and civilian losses), p28 (equipment, air and sea) and p29
    (syndicated and regional press). First contact with 0.14.0: core F1 0.907 / 0.803 / 0.815 / 0.849, full
    0.721 / 0.687 / 0.730 / 0.726; tuned on afterwards (0.15.0)."""
    for name, core, full in (("written_pages8", 0.89, 0.75), ("written_pages9", 0.86, 0.74),
                             ("written_pages10", 0.82, 0.74), ("written_pages11", 0.89, 0.77)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=4)


def test_extractor_on_the_twelfth_to_fourteenth_sets_of_pages():
    """Three blind sets of 40 article slices written on 2026-12-03 by three more authors, read only after the rules
    of p26-p29 were written (tests/data/README.md): p30 (the dev gold's mix), p31 (the war's first year) and p32
    (aggregator and content-farm pages with boilerplate). First contact with 0.15.0-dev: core F1 0.870 / 0.815 /
    0.858, full 0.805 / 0.688 / 0.673 (0.14.0: 0.870 / 0.816 / 0.858, full 0.788 / 0.686 / 0.673); tuned on
    afterwards."""
    for name, core, full in (("written_pages12", 0.85, 0.79), ("written_pages13", 0.88, 0.75),
                             ("written_pages14", 0.87, 0.76)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=4)


def test_extractor_on_the_fifteenth_set_of_pages():
    """50 short briefs (250-900 characters: wire snippets, tickers, captions, "in numbers" boxes) written blind on
    2026-12-03 (tests/data/README.md), read only after the rules of p26-p32. First contact: core F1 0.821 / full
    0.712 with 0.15.0-dev (0.14.0: 0.826 / 0.718); tuned on afterwards."""
    _assert_written_set(WRITTEN_LATE / "written_pages15.jsonl", 0.86, 0.77, docs=50, empty_docs=6)


def test_extractor_on_the_sixteenth_and_seventeenth_sets_of_pages():
    """Two more blind sets of 40 article slices written on 2026-12-03 and read only after the rules of p26-p32
    (tests/data/README.md): p33 (the dev gold's mix) and p34 (the battles of mid-2022 to 2024). First contact with
    0.15.0-dev: core F1 0.871 / 0.825, full 0.741 / 0.722 (0.14.0: 0.857 / 0.814, full 0.739 / 0.702)."""
    for name, core, full in (("written_pages16", 0.88, 0.77), ("written_pages17", 0.82, 0.72)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=4)


def test_extractor_on_the_eighteenth_to_twentieth_sets_of_pages():
    """Three blind sets of 40 article slices written last on 2026-12-03, read only after all the rules of p26-p35
    (tests/data/README.md): p36 (the dev gold's mix a fourth time), p37 (2024-25 coverage) and p38 (South Asian
    and aggregator outlets). First contact with 0.15.0: core F1 0.850 / 0.825 / 0.857, full 0.603 / 0.727 / 0.735
    (0.14.0: 0.849 / 0.809 / 0.852, full 0.598 / 0.706 / 0.733); tuned on afterwards."""
    for name, core, full in (("written_pages18", 0.83, 0.63), ("written_pages19", 0.80, 0.70),
                             ("written_pages20", 0.85, 0.73)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=4)


def test_extractor_on_the_twenty_first_to_twenty_fourth_sets_of_pages():
    """Four blind sets of 40 article slices written on 2026-12-03 (stop 16) by four more authors, each scored before
    any rule was written for it (tests/data/README.md): p39 (the dev gold's mix a fifth time), p40 (Russian-side
    claims and briefings), p41 (General Staff tally write-ups, tickers, month and week summaries) and p42 (analysis,
    intelligence estimates and explainers). First contact with 0.15.0: core F1 0.801 / 0.845 / 0.868 / 0.872,
    full 0.730 / 0.779 / 0.779 / 0.756; tuned on afterwards to 0.936 / 0.890 / 0.918 / 0.922, full 0.866 / 0.822 /
    0.828 / 0.798."""
    for name, core, full in (("written_pages21", 0.90, 0.83), ("written_pages22", 0.86, 0.79),
                             ("written_pages23", 0.89, 0.80), ("written_pages24", 0.89, 0.77)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=4)


def test_extractor_on_the_twenty_fifth_to_thirty_fourth_sets_of_pages():
    """Ten blind sets of 40 article slices written on 2026-12-04 (stop 16, second session) by ten more authors, each
    scored before any rule was written for it (tests/data/README.md): p43 and p47 (the dev gold's mix), p44
    (civilian and local news), p45 (the air, drone and naval war), p46 (features re-reporting figures), p48 (briefs,
    live blogs and "in numbers" boxes), p49 (the dev mix, sources far from their figures), p50 (both sides' claims),
    p51 (losses in passing) and p52 (estimates and analysis). First contact with 0.16.0: core F1 0.919 / 0.894 /
    0.841 / 0.807 / 0.935 / 0.802 / 0.871 / 0.869 / 0.848 / 0.835; tuned on afterwards (0.17.0)."""
    for name, core, full in (("written_pages25", 0.92, 0.80), ("written_pages26", 0.89, 0.83),
                             ("written_pages27", 0.84, 0.70), ("written_pages28", 0.87, 0.72),
                             ("written_pages29", 0.92, 0.82), ("written_pages30", 0.81, 0.72),
                             ("written_pages31", 0.87, 0.73), ("written_pages32", 0.87, 0.72),
                             ("written_pages33", 0.85, 0.75), ("written_pages34", 0.82, 0.68)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=4)


def test_extractor_on_the_thirty_fifth_to_forty_second_sets_of_pages():
    """Eight blind sets of 40 article slices written on 2026-12-04 (stop 17) by eight more authors from the same brief,
    each scored before any rule was written for it (tests/data/README.md): p53 (the dev gold's mix), p54 (outlets
    outside Europe and North America re-reporting wire copy), p55 (the first months of the invasion), p56 (General
    Staff tally write-ups), p57 (Russian state media and MoD claims), p58 (analysis setting sources side by side),
    p59 (live blogs and tickers) and p60 (local and regional reporting). First contact with 0.17.0: core F1 0.923 /
    0.894 / 0.845 / 0.842 / 0.882 / 0.715 / 0.834 / 0.892; tuned on afterwards (0.18.0)."""
    for name, core, full in (("written_pages35", 0.91, 0.84), ("written_pages36", 0.90, 0.84),
                             ("written_pages37", 0.87, 0.72), ("written_pages38", 0.91, 0.82),
                             ("written_pages39", 0.87, 0.80), ("written_pages40", 0.78, 0.60),
                             ("written_pages41", 0.87, 0.77), ("written_pages42", 0.87, 0.86)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=5)


def test_extractor_on_the_forty_third_to_forty_fifth_sets_of_pages():
    """Three blind sets written on 2026-12-04 (stop 17) while 0.18.0's rules were made, read only after them
    (tests/data/README.md): p61 (the dev gold's mix an eighth time), p62 (short items about single days) and p63
    (long milestone articles). First contact with 0.18.0 before any rule was written for them: core F1 0.929 /
    0.831 / 0.827 (0.17.0: 0.926 / 0.828 / 0.814); tuned on a little afterwards."""
    for name, core, full in (("written_pages43", 0.92, 0.81), ("written_pages44", 0.81, 0.77),
                             ("written_pages45", 0.84, 0.75)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=5)


def test_extractor_on_the_forty_sixth_to_forty_ninth_sets_of_pages():
    """Four blind sets written on 2026-12-04 (stop 17) after 0.18.0's other rules, read only after them
    (tests/data/README.md): p64 (the dev gold's mix a ninth time), p65 (battles and operations), p66 (civilian and
    humanitarian reporting) and p67 (equipment, the air and the sea war). First contact with 0.18.0 before any rule
    was written for them: core F1 0.941 / 0.851 / 0.824 / 0.801 (0.17.0: 0.934 / 0.851 / 0.824 / 0.767)."""
    for name, core, full in (("written_pages46", 0.91, 0.82), ("written_pages47", 0.82, 0.64),
                             ("written_pages48", 0.79, 0.65), ("written_pages49", 0.77, 0.69)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=5)


def test_extractor_on_the_fiftieth_to_fifty_fifth_sets_of_pages():
    """Six blind sets written on 2026-12-04 (stop 18; tests/data/README.md): p68 (the dev gold's mix a tenth time),
    p69 (fact-checks, explainers and columns), p70 (Russian state media and MoD briefings), p71 (regional and local
    civilian reporting), p72 (a dev-like mix of 2023-2026) and p73 (the air and sea war). First contact with 0.18.0:
    core F1 0.847 / 0.797 / 0.871 / 0.894 / 0.889 / 0.744; tuned on a little afterwards (0.19.0)."""
    for name, core, full, empty in (("written_pages50", 0.85, 0.75, 6), ("written_pages51", 0.78, 0.58, 7),
                                    ("written_pages52", 0.85, 0.79, 7), ("written_pages53", 0.90, 0.66, 7),
                                    ("written_pages54", 0.87, 0.73, 6), ("written_pages55", 0.75, 0.61, 7)):
        _assert_written_set(WRITTEN_LATE / f"{name}.jsonl", core, full, docs=40, empty_docs=empty)
