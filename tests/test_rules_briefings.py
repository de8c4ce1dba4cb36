"""Rule tests for windows and sources in ministry briefings and agency reports (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2024-05-22"  # a Wednesday


def got(text, published=PUB):
    return [(c.value, c.side, c.period, c.claimant, c.as_of.isoformat() if c.as_of else None)
            for c in extract(text, published)]


def test_the_operation_is_moscows_name_for_the_war():
    # "since the start of the (special military) operation": a running total, not a window
    out = got("The defence ministry in Moscow said on Wednesday that since the start of the operation its forces "
              "had destroyed 2,210 Ukrainian tanks.")
    assert out == [(2210, "ukraine", "cumulative", "russia_gov", "2024-05-22")], out
    out = got("In all, since the beginning of the special military operation, 7,114 Ukrainian field artillery guns "
              "have been destroyed, the Russian ministry said.")
    assert [o[2] for o in out] == ["cumulative"], out


def test_a_named_operation_is_still_a_window():
    out = got("Since the start of the Kharkiv operation, Ukraine has lost 90 tanks, the Russian ministry said.")
    assert [o[2] for o in out] == ["interval"], out


def test_fighting_in_one_area_is_a_window_even_in_total():
    # "In total, since the start of hostilities in the area": the area's fighting, not the war
    out = got("In total, since the start of hostilities in the area, Ukraine has lost more than 1,460 servicemen "
              "and 22 tanks, the Russian ministry said.")
    assert [(o[0], o[2]) for o in out] == [(1460, "interval"), (22, "interval")], out


def test_in_total_alone_is_still_a_running_total():
    out = got("In total, Russia has lost 7,530 tanks, Ukraine's General Staff said on Wednesday.")
    assert [o[2] for o in out] == ["cumulative"], out


def test_as_of_midnight_is_a_running_total_then():
    out = got("The UN human rights office said it had confirmed the deaths of 512 civilians as of midnight on "
              "May 19.")
    assert out == [(512, "ukraine", "cumulative", "un", "2024-05-19")], out


def test_officials_of_a_named_place_are_a_new_source():
    # not the UN office carried from the sentence before
    out = got("The UN said it had confirmed the deaths of 512 civilians as of May 19. "
              "Officials in the besieged city of Vovchansk said at least 70 residents had been killed there.")
    assert out[-1][0] == 70 and out[-1][3] == "ukraine_gov", out


def test_a_place_between_an_object_and_the_source_is_no_apposition():
    # "struck two Ukrainian brigades near Kupiansk, the ministry said": the ministry speaks, not the brigades
    out = got("Russia's defence ministry said on Wednesday that Ukraine had lost up to 1,200 servicemen over the "
              "past 24 hours. The Zapad group of forces struck two Ukrainian brigades near Kupiansk, the ministry "
              "said, with the enemy losing up to 85 servicemen.")
    assert (85, "ukraine", "interval", "russia_gov", "2024-05-22") in out, out


def test_russian_battlegroups_speak_for_moscow():
    out = got("The Tsentr group said it had inflicted up to 390 killed and wounded on Ukrainian units over the "
              "past day.")
    assert [(o[0], o[1], o[3]) for o in out] == [(390, "ukraine", "russia_gov")], out
