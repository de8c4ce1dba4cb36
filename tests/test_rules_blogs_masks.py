"""Rule tests for live-blog timestamps, counted places, ratios and dated event tallies
(sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2025-06-03"  # a Tuesday


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.outcome, c.period, c.as_of.isoformat() if c.as_of else None)
            for c in extract(text, published)]


def test_a_live_blog_timestamp_is_no_figure():
    out = got("14:40 The death toll in Sumy has risen to seven, regional governor Oleh Hryhorov says.")
    assert [o[0] for o in out] == [7], out
    assert got("09:05 Five people were killed in a strike on Odesa, the mayor said.")[0][0] == 5


def test_places_counted_are_no_losses():
    out = got("Russia fired 22 missiles at Ukraine overnight, killing at least six people in three western cities, "
              "officials said.")
    assert [o[0] for o in out] == [6], out
    out = got("The General Staff said 48 Russian drones were shot down over nine eastern regions on Monday.")
    assert [o[0] for o in out] == [48], out


def test_ratios_and_factors_are_no_figures():
    assert got("Estimates of Russia's war dead differ by a factor of three, analysts say.") == []
    assert got("The ratio of wounded to killed in this war is about four to one, doctors say.") == []
    out = got("Neither of the two ballistic missiles was intercepted, but 31 of the 35 drones were shot down on "
              "Monday, the air force said.")
    assert [o[0] for o in out] == [31], out


def test_a_level_that_has_fallen_is_no_death_toll():
    assert got("The town's pre-war population of about 90,000 has fallen to some 15,000, officials say.") == []
    out = got("Journalists identified another 1,200 fallen Russian soldiers over the past two weeks.")
    assert [(o[0], o[3]) for o in out] == [(1200, "killed")], out


def test_a_dated_statement_of_boats_or_drones_destroyed_is_that_days_tally():
    out = got("On Sunday, it said Black Sea Fleet crews had destroyed six Ukrainian uncrewed boats near the "
              "Crimean coast.")
    assert [(o[0], o[2], o[4], o[5]) for o in out] == [(6, "ships", "interval", "2025-06-01")], out
    out = got("On 19 May, the ministry said 93 Ukrainian drones had been destroyed over Russian territory.")
    assert [(o[0], o[4], o[5]) for o in out] == [(93, "interval", "2025-05-19")], out
    # a running total stays one
    out = got("On Sunday, the General Staff said Russia had lost 28 warships and boats since the invasion began.")
    assert [(o[0], o[4]) for o in out] == [(28, "cumulative")], out
