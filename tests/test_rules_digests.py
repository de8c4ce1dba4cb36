"""Rule tests for digests, translated briefings and tables (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2025-11-04"  # a Tuesday


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.period, c.claimant, c.as_of.isoformat() if c.as_of else None)
            for c in extract(text, published)]


def test_labelled_items_in_a_paragraph_take_the_headings_outcome_and_window():
    text = ("Russia's Ministry of Defence reported the following enemy losses over the past day by group of forces. "
            "\"Sever\": up to 120 servicemen and two pickup trucks. \"Zapad\": more than 210 servicemen and six motor "
            "vehicles.")
    out = got(text)
    assert [(o[0], o[1], o[2], o[3], o[4]) for o in out] == [
        (120, "ukraine", "personnel", "interval", "russia_gov"), (2, "ukraine", "vehicles", "interval", "russia_gov"),
        (210, "ukraine", "personnel", "interval", "russia_gov"), (6, "ukraine", "vehicles", "interval", "russia_gov")]


def test_a_line_introducing_a_list_gives_it_its_source():
    text = ("Russia's Ministry of Defence said its forces had destroyed 40 Ukrainian drones over the past day.\n\n"
            "Ukraine's General Staff gave the total combat losses of the enemy as follows:\n\n"
            "tanks — 11,331 (+2)\nMLRS — 1,535 (+0)\n")
    out = got(text)
    assert (11331, "russia", "tanks", "cumulative", "ukraine_gov", "2025-11-04") in out, out
    assert (1535, "russia", "mlrs", "cumulative", "ukraine_gov", "2025-11-04") in out, out


def test_a_list_after_a_heading_line_ending_in_a_colon():
    text = ("Ukraine's General Staff gave its figures on Friday.\n\n"
            "Cumulative Russian losses since February 24, 2022, as of January 3, 2025:\n\n"
            "Personnel: 790,800\nTanks: 9,740\nHelicopters: 330\n")
    out = got(text, "2025-01-03")
    assert [(o[0], o[2], o[3], o[4]) for o in out] == [(790800, "personnel", "cumulative", "ukraine_gov"),
                                                       (9740, "tanks", "cumulative", "ukraine_gov"),
                                                       (330, "helicopters", "cumulative", "ukraine_gov")], out
