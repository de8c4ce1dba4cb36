

def test_a_range_of_days_ends_on_its_last_day():
    from datetime import date as _d
    from attrition.extract.timex import find_times as _ft
    t = _ft("in the week of October 12-18, the ministry said", _d(2024, 10, 19))
    assert [(x.first, x.value) for x in t] == [(_d(2024, 10, 12), _d(2024, 10, 18))]
    t = _ft("from 12–18 October 2024", _d(2024, 10, 19))
    assert [(x.first, x.value) for x in t] == [(_d(2024, 10, 12), _d(2024, 10, 18))]
    # no range: a figure after a dash keeps its own number
    t = _ft("May 20-2 tanks", _d(2024, 10, 19))
    assert [(x.value, x.text) for x in t] == [(_d(2024, 5, 20), "May 20")]
    t = _ft("On March 2, 2022, the ministry said", _d(2025, 2, 24))
    assert [(x.value, x.text) for x in t] == [(_d(2022, 3, 2), "March 2, 2022")]


def test_day_month_two_digit_year_dates():
    from attrition.extract.timex import find_times
    s = "The total combat losses of the enemy from 24.02.22 to 03.03.25 were approximately:"
    assert [(t.kind, t.value.isoformat()) for t in find_times(s, None, None)] == [
        ("num", "2022-02-24"), ("num", "2025-03-03")]
    assert find_times("Russia lost 1.5 million soldiers and 12.50 tanks", None, None) == []
