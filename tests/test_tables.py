"""Text tables: the parser (``attrition.extract.tables``) and the figures read from them."""
from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from attrition import extract

tables = importlib.import_module("attrition.extract.tables")

PIPE = ("Russian losses reported by Ukraine's General Staff\n\n"
        "Category | Total since 24.02.2022 | Past 24 hours | March 2025\n"
        "--- | --- | --- | ---\n"
        "Personnel (killed and wounded) | 901,230 | 1,210 | 38,940\n"
        "Tanks | 10,480 | 4 | 120\n"
        "Aircraft | 370 | 0 | 0\n")
TABS = ("Visually confirmed losses (Oryx, April 2, 2025)\n\n"
        "Type\tRussia\tUkraine\n"
        "Tanks\t3,870\t1,160\n"
        "Aircraft\t139\t98\n")


def test_a_pipe_table_with_a_header_and_a_rule_row():
    [tb] = tables.find_tables(PIPE)
    assert [c.text for c in tb.header] == ["Category", "Total since 24.02.2022", "Past 24 hours", "March 2025"]
    assert [[c.text for c in r.cells] for r in tb.rows][1] == ["Tanks", "10,480", "4", "120"]
    cell = tb.rows[1].cells[1]
    assert PIPE[cell.start:cell.end] == "10,480"


def test_a_header_of_years_is_a_header():
    [tb] = tables.find_tables("Category | 2023 | 2024\nPersonnel | 253,290 | 430,790\nTanks | 2,697 | 3,689\n")
    assert [c.text for c in tb.header] == ["Category", "2023", "2024"] and len(tb.rows) == 2


def test_prose_and_single_tally_lines_are_no_tables():
    assert tables.find_tables("\t\tKYIV (AP) - Russia lost 1,000 troops.\n\t\tThe war goes on.\n") == []
    assert tables.find_tables("Personnel: 998,740 (+1,090) | Tanks: 10,945 (+2)\n") == []
    assert tables.find_tables("DATA DESK | Russian losses\nno table here\n") == []


def test_each_cell_is_a_figure_the_header_giving_its_window():
    got = [(c.category, c.value, c.side, c.period, c.as_of.isoformat(), c.outcome, c.claimant)
           for c in extract(PIPE, "2025-04-02")]
    assert got == [
        ("personnel", 901230, "russia", "cumulative", "2025-04-02", "casualties", "ukraine_gov"),
        ("personnel", 1210, "russia", "interval", "2025-04-02", "casualties", "ukraine_gov"),
        ("personnel", 38940, "russia", "interval", "2025-03-31", "casualties", "ukraine_gov"),
        ("tanks", 10480, "russia", "cumulative", "2025-04-02", "lost", "ukraine_gov"),
        ("tanks", 4, "russia", "interval", "2025-04-02", "lost", "ukraine_gov"),
        ("tanks", 120, "russia", "interval", "2025-03-31", "lost", "ukraine_gov"),
        ("aircraft", 370, "russia", "cumulative", "2025-04-02", "lost", "ukraine_gov"),
    ]   # (zero cells are no claims)
    c = extract(PIPE, "2025-04-02")[3]
    assert PIPE[c.start:c.end] == "10,480" and c.text == "Tanks | 10,480 | 4 | 120"


def test_a_side_per_column_and_the_captions_source_and_date():
    got = [(c.category, c.value, c.side, c.period, c.as_of.isoformat(), c.claimant)
           for c in extract(TABS, "2025-04-05")]
    assert got == [("tanks", 3870, "russia", "cumulative", "2025-04-02", "oryx"),
                   ("tanks", 1160, "ukraine", "cumulative", "2025-04-02", "oryx"),
                   ("aircraft", 139, "russia", "cumulative", "2025-04-02", "oryx"),
                   ("aircraft", 98, "ukraine", "cumulative", "2025-04-02", "oryx")]


_cell = st.text(alphabet=st.sampled_from(list("ab 1,2|\t-:\n")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.lists(_cell, max_size=8))
def test_the_parser_never_fails_and_cells_point_into_the_text(lines):
    text = "\n".join(lines)
    for tb in tables.find_tables(text):
        assert 0 <= tb.start <= tb.end <= len(text)
        for row in tb.rows:
            for c in row.cells:
                assert text[c.start:c.end] == c.text
    extract(text, "2025-01-01")


def test_long_runs_of_separators_and_lines_stay_linear():
    # a megabyte of cell separators, or of short lowercase lines, is read quickly (no quadratic joins or scans)
    import time

    for text in ("a|b|" * 250_000, "a|b\n" * 250_000, "the war goes on and\n" * 50_000):
        t0 = time.perf_counter()
        extract(text, "2025-01-01")
        assert time.perf_counter() - t0 < 20


def test_lines_of_a_label_and_each_side_s_figure_read_as_a_table():
    from attrition import extract

    text = ("By Thursday night, Oryx had documented 9,100 Russian vehicles and weapons systems destroyed, damaged, "
            "abandoned or captured.\nTanks: Russia 1,850 | Ukraine 455\nAircraft: Russia 72 | Ukraine 59\n")
    out = [(c.value, c.side, c.category, c.claimant, c.period, c.as_of.isoformat()) for c in extract(text, "2023-01-20")]
    assert out[1:] == [(1850, "russia", "tanks", "oryx", "cumulative", "2023-01-19"),
                       (455, "ukraine", "tanks", "oryx", "cumulative", "2023-01-19"),
                       (72, "russia", "aircraft", "oryx", "cumulative", "2023-01-19"),
                       (59, "ukraine", "aircraft", "oryx", "cumulative", "2023-01-19")]
    # one such line alone is no table
    assert tables.find_tables("Tanks: Russia 1,850 | Ukraine 455") == []
