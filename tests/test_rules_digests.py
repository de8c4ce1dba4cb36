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


def test_over_the_week_and_the_seven_days_are_windows():
    out = got("Russia's defence ministry said on Saturday that Ukraine had lost more than 9,100 servicemen over the "
              "week.", "2025-08-17")
    assert [(o[0], o[3], o[5]) for o in out] == [(9100, "interval", "2025-08-16")], out
    out = got("The newsletter counts at least 71 civilians killed and 290 injured across Ukraine over the seven days.",
              "2025-08-17")
    assert [(o[0], o[3]) for o in out] == [(71, "interval"), (290, "interval")], out


def test_n_of_them_is_a_part_of_the_figure_before():
    out = got("Russia's defence ministry said on Saturday that Ukraine had lost more than 9,100 servicemen over the "
              "week. The \"Centre\" group alone accounted for up to 3,200 of them, it said.", "2025-08-17")
    assert [(o[0], o[1], o[2], o[3], o[4]) for o in out][-1] == (3200, "ukraine", "personnel", "interval", "russia_gov")


def test_by_the_standards_of_a_year_is_a_comparison():
    out = got("Oryx added 14 Russian tanks to its list of visually confirmed losses this week, a modest haul by the "
              "standards of 2023.", "2025-08-17")
    assert [(o[0], o[3], o[5]) for o in out] == [(14, "interval", "2025-08-17")], out


def test_a_daily_window_is_not_carried_to_the_other_sides_total():
    out = got("U.S. officials said roughly 100,000 Russian casualties had occurred in the last three months. "
              "Ukraine's casualties were estimated at around 400,000.", "2025-06-11")
    assert [(o[0], o[1], o[3]) for o in out] == [(100000, "russia", "interval"), (400000, "ukraine", "cumulative")], out


def test_since_the_operation_began_is_the_war():
    out = got("It said 5,937 Russian servicemen had been killed since the operation began, the Russian ministry said.")
    assert [(o[0], o[3]) for o in out] == [(5937, "cumulative")], out
    out = got("Since the operation began, Russian forces have destroyed 90 Ukrainian aircraft and 1,012 tanks and "
              "other armoured combat vehicles since the operation began.")
    assert [o[3] for o in out] == ["cumulative", "cumulative"], out


def test_the_whole_out_of_which_some_were_downed_is_no_loss():
    out = got("The air force said it shot down 38 attack drones on Monday, out of 43 launched by Russia.")
    assert [o[0] for o in out] == [38], out


def test_another_war_and_a_blockade():
    assert got("It was the largest loss of a warship since 1982, when Argentina lost the cruiser General Belgrano and "
               "323 of its crew in the Falklands war.") == []
    out = got("Officials say 1,207 residents have been killed during the nine-day blockade of the city.")
    assert [(o[0], o[2], o[3]) for o in out] == [(1207, "civilians", "interval")], out


def test_two_dozen_is_24():
    import importlib
    numbers = importlib.import_module("attrition.extract.numbers")
    [n] = numbers.find_numbers("two dozen workers")
    assert (n.value, n.start, n.end) == (24, 0, 9)


def test_a_transcripts_speaker_speaks_for_the_turn():
    text = ("KELLER, ANCHOR: Let's turn to equipment.\n\n"
            "PETRA LINDQVIST, ORYX CONTRIBUTOR: As of this morning, we have visually confirmed 1,010 Russian tanks "
            "lost.\n\nKELLER: And Ukraine?\n\nLINDQVIST: For Ukraine we have 280 tanks lost.")
    out = got(text, "2023-02-24")
    assert [(o[0], o[1], o[4]) for o in out] == [(1010, "russia", "oryx"), (280, "ukraine", "oryx")], out


def test_hearing_from_officials_names_them():
    out = got("The assessment I'm hearing from two US defence officials is that Russia has suffered somewhere "
              "between 180,000 and 200,000 casualties.", "2023-02-24")
    assert [(o[0], o[4]) for o in out] == [(180000, "us_gov")], out


def test_a_counting_source_that_had_n_after_an_apposition():
    out = got("Oryx, the open-source project that lists only losses documented with photographs or video, had 3,480 "
              "Russian tanks as destroyed, damaged, abandoned or captured on the same day.")
    assert [(o[0], o[4]) for o in out] == [(3480, "oryx")], out


def test_the_dead_are_people_not_the_next_noun():
    out = [(c.value, c.category) for c in extract("Did Russia really lose 600,000 dead and 8,000 tanks?", PUB)]
    assert out == [(600000, "personnel"), (8000, "tanks")], out


def test_one_as_a_pronoun_is_no_figure():
    assert got("The tank figure is neither Kyiv's count nor the independent one, and no soldiers were killed.") == []


def test_a_number_first_list_under_a_heading():
    text = ("The General Staff said on Thursday that Russia had lost 540 soldiers over the past day.\n\n"
            "According to the update, Russia's total equipment losses since the start of the full-scale invasion stand "
            "at:\n\n4,216 tanks\n8,205 armoured combat vehicles\n315 aircraft\n")
    out = got(text, "2023-08-03")
    assert [(o[0], o[2], o[3], o[4]) for o in out][1:] == [(4216, "tanks", "cumulative", "ukraine_gov"),
                                                          (8205, "armoured_vehicles", "cumulative", "ukraine_gov"),
                                                          (315, "aircraft", "cumulative", "ukraine_gov")], out


def test_an_item_labelled_with_a_group_of_forces_is_that_groups_share():
    text = ("Russia's Ministry of Defence reported the following enemy losses over the past day by group of forces. "
            "\"Vostok\": up to 140 servicemen and a tank. \"South\": more than 90 servicemen and three motor vehicles. "
            "In total, Ukraine has lost 29,000 tanks since 2022, the ministry said.")
    got_scope = [(c.value, c.scope) for c in extract(text, PUB)]
    assert (140, "partial") in got_scope and (90, "partial") in got_scope and (3, "partial") in got_scope, got_scope
    assert (29000, "total") in got_scope, got_scope
    # a plain English direction word is a group label only in quotes
    plain = [(c.value, c.scope) for c in extract("East: 120 Russian soldiers were killed, the General Staff said.", PUB)]
    assert plain == [(120, "total")], plain


def test_a_part_of_the_whole_a_sentence_opens_with_takes_its_category_and_window():
    out = got("Of the 15 Kh-101 cruise missiles fired from Tu-95 bombers, 11 were shot down, the Air Force said.",
              "2025-07-04")
    assert [(o[0], o[2], o[3]) for o in out] == [(11, "cruise_missiles", "interval")], out
    out = got("Of the 60 drones launched from Kursk region, 47 were shot down, the air force said.", "2025-07-04")
    assert [(o[0], o[2], o[3], o[5]) for o in out] == [(47, "drones", "interval", "2025-07-04")], out


def test_weapons_launched_by_a_side_are_that_sides_own():
    out = got("Air defences shot down 27 of the 35 drones launched by Russia overnight, the Air Force said.",
              "2025-07-04")
    assert [(o[0], o[1], o[4]) for o in out] == [(27, "russia", "ukraine_gov")], out
    # an agent of destruction still names the other side's losses
    out = got("Nine tanks were destroyed by Ukrainian forces near Bakhmut, the ministry said.", "2025-07-04")
    assert [(o[0], o[1]) for o in out] == [(9, "russia")], out


def test_a_part_of_what_was_launched_the_sentence_before_is_of_that_window():
    text = ("Ukraine's air force says Russia launched six ballistic missiles and 64 drones at Ukraine overnight. "
            "It said it shot down 52 of the drones; none of the missiles was intercepted.")
    assert [(o[0], o[2], o[3]) for o in got(text)] == [(52, "drones", "interval")], got(text)
    text = ("Ukraine's Air Force said Russia launched about 1,050 Shahed-type attack drones over the past week. "
            "It shot down 610 of them, while 380 were lost to electronic warfare.")
    out = got(text)
    assert [(o[0], o[1], o[2], o[3]) for o in out] == [(610, "russia", "drones", "interval"),
                                                       (380, "russia", "drones", "interval")], out


def test_a_month_label_before_a_figure_is_that_months_window():
    text = "Monthly Russian personnel losses reported by the General Staff: May – 34,900; April – 35,800."
    out = got(text, "2025-06-11")
    assert [(o[0], o[3], o[5]) for o in out] == [(34900, "interval", "2025-05-31"), (35800, "interval", "2025-04-30")], out


def test_parts_of_one_attacks_weapons_are_that_attacks():
    out = got("Ukraine's air force said its units had shot down 9 of the 11 Kh-101 cruise missiles and 52 of the drones.")
    assert [(o[0], o[2], o[3]) for o in out] == [(9, "cruise_missiles", "interval"), (52, "drones", "interval")], out
    out = got("The air force said Russia launched 160 drones, of which 110 were shot down.")
    assert [(o[0], o[2], o[3]) for o in out] == [(110, "drones", "interval")], out
    out = got("Air Force: 41 of 58 Shahed drones downed overnight")
    assert [(o[0], o[2], o[3]) for o in out] == [(41, "drones", "interval")], out


def test_a_part_of_a_running_total_on_a_named_day_is_that_days():
    out = got("Ukraine's General Staff says Russia has lost 928,000 personnel since February 2022, including 1,150 on "
              "Monday.")
    assert (1150, "russia", "personnel", "interval", "ukraine_gov", "2025-11-03") in out, out
    assert (928000, "russia", "personnel", "cumulative", "ukraine_gov", "2025-11-03") in out, out
