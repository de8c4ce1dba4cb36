"""Rule tests for agency, UN and regional reports in full-length prose (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2025-10-14"  # a Tuesday


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.period, c.claimant, c.as_of.isoformat() if c.as_of else None)
            for c in extract(text, published)]


def test_the_same_period_is_the_figure_befores_window():
    out = got("Ukraine's General Staff said 1,100,000 Russian troops have been killed since February 2022. It also "
              "listed 3,531 tanks among the equipment Russia has lost over the same period.")
    assert [(o[0], o[3]) for o in out] == [(1100000, "cumulative"), (3531, "cumulative")], out
    out = got("The UN said 1,100 civilians were killed in July. It said 4,016 civilians had been injured over the "
              "same period.")
    assert [(o[0], o[3], o[5]) for o in out] == [(1100, "interval", "2025-07-31"), (4016, "interval", "2025-07-31")]


def test_a_part_over_one_region_takes_the_wholes_window():
    out = got("Russia's defence ministry said its air defence units had destroyed 73 Ukrainian drones overnight "
              "over eight regions, including 21 over the Bryansk region.")
    assert [(o[0], o[2], o[3]) for o in out] == [(73, "drones", "interval"), (21, "drones", "interval")], out


def test_civil_authorities_speak_for_their_own_people():
    out = got("The Kherson regional military administration said Russian artillery and drones had killed two "
              "people in the region over the past 24 hours.")
    assert [(o[0], o[1], o[2], o[4]) for o in out] == [(2, "ukraine", "civilians", "ukraine_gov")], out


def test_a_drone_strike_on_towns_kills_civilians():
    out = got("Short-range drones, which hunt vehicles and pedestrians in front-line towns, killed 71 people.")
    assert [(o[0], o[2]) for o in out] == [(71, "civilians")], out


def test_the_verb_after_an_included_part_is_the_wholes():
    out = got("At least 9,219 civilians, including 537 children, were killed in Ukraine between February 24, 2022, "
              "and July 2 this year, the UN said.", "2023-07-07")
    assert [(o[0], o[3], o[5]) for o in out] == [(9219, "cumulative", "2023-07-02"), (537, "cumulative", "2023-07-02")]


def test_civilians_in_more_russian_regions_are_russian():
    out = got("In the Samara region, a drone strike set fire to a refinery, killing two workers, regional governor "
              "Vyacheslav Fedorishchev said.")
    assert [(o[0], o[1]) for o in out] == [(2, "russia")], out


def test_a_daily_figure_is_a_window():
    out = got("The daily personnel figure remains close to the record of 1,770 Russian casualties that the "
              "General Staff reported on November 11.")
    assert [(o[0], o[3]) for o in out] == [(1770, "interval")], out


def test_a_count_of_places_is_no_figure():
    out = got("Ukraine's air force said air defences had shot down 27 of the drones over eight regions overnight.")
    assert [(o[0], o[2]) for o in out] == [(27, "drones")], out


def test_a_part_named_after_of_the_takes_that_category():
    out = got("The Air Force said it had downed 689 of the drones and nine cruise missiles that night.")
    assert [(o[0], o[2], o[3]) for o in out] == [(689, "drones", "interval"), (9, "cruise_missiles", "interval")], out


def test_the_same_period_after_a_window_and_its_total_is_the_window():
    out = got("The General Staff says 540 Russian troops were killed over the past 24 hours, bringing the total to "
              "215,370. It also reports seven tanks destroyed over the same period.")
    assert [(o[0], o[3]) for o in out] == [(540, "interval"), (215370, "cumulative"), (7, "interval")], out


def test_a_nationality_in_another_clause_is_not_the_sources():
    # "1,770 Russian casualties that the General Staff reported": the General Staff is Kyiv's
    out = got("The figure remains close to the record of 1,770 Russian casualties that the General Staff reported "
              "on November 11.")
    assert [(o[0], o[4]) for o in out] == [(1770, "ukraine_gov")], out


def test_a_part_after_of_them_owns_the_date_after_it():
    out = got("Oryx has now confirmed more than 4,300 Russian tanks lost, about 1,400 of them since January 2024.")
    assert [(o[0], o[3]) for o in out] == [(4300, "cumulative"), (1400, "interval")], out


def test_a_total_after_an_average_is_no_rate():
    out = got("The General Staff reported an average of about 1,520 Russian casualties a day in November, and a "
              "total of 45,680 for the month.", "2024-12-04")
    assert [(o[0], o[3], o[5]) for o in out] == [(1520, "rate", "2024-11-30"), (45680, "interval", "2024-11-30")], out


def test_this_morning_alone_and_during_the_year_are_windows():
    out = got("Ukraine's General Staff reported 1,210 Russian casualties this morning alone.")
    assert [(o[0], o[3]) for o in out] == [(1210, "interval")], out
    out = got("In its summary of 2024, the Russian defence ministry said Ukraine had lost almost 590,000 "
              "servicemen during the year.")
    assert [(o[0], o[3]) for o in out] == [(590000, "interval")], out


def test_a_year_or_so_behind_is_no_rate():
    out = got("The Mediazona-BBC list of named Russian dead is now over 98,000, and it is always a year or so behind.")
    assert [(o[0], o[3]) for o in out] == [(98000, "cumulative")], out


def test_the_two_armies_taken_together_are_both():
    out = got("Taken together, the two armies have almost certainly suffered more than 1.6 million killed and "
              "wounded.")
    assert [(o[0], o[1]) for o in out] == [(1600000, "both")], out


def test_missing_soldiers_are_the_speakers_own():
    out = got("The number of soldiers listed as missing has passed 70,000, according to Ukraine's commissioner for "
              "missing persons.")
    assert [(o[0], o[1], o[4]) for o in out] == [(70000, "ukraine", "ukraine_gov")], out


def test_a_database_that_catalogued_is_a_source():
    out = got("The volunteer-run WarSpotting database has catalogued 3,390 Russian tanks destroyed.")
    assert [(o[0], o[4]) for o in out] == [(3390, "other")], out


def test_by_someones_count_names_the_source():
    out = got("Ukraine's defence ministry said nothing. By Kyiv's count, Russia has now lost more than 1.25 million "
              "soldiers killed and wounded.")
    assert [(o[0], o[4]) for o in out] == [(1250000, "ukraine_gov")], out


def test_an_aside_between_a_country_and_its_verb():
    out = got("British intelligence said 1.1 million Russians had been killed or wounded. Moscow, for its part, "
              "claims that Ukraine has lost more than 1.4 million servicemen.")
    assert out[-1][0] == 1400000 and out[-1][4] == "russia_gov", out


def test_a_volunteer_project_is_another_source():
    out = got("President Zelensky said 46,000 Ukrainian soldiers had been killed. The volunteer project UALosses "
              "has documented 89,400 names of Ukrainian soldiers dead or missing.")
    assert out[-1][0] == 89400 and out[-1][4] == "other", out


def test_a_counting_noun_takes_the_category_before_it():
    out = got("Kyiv says Russian artillery losses are running at roughly 40 to 50 systems a day.")
    assert [(o[0], o[2], o[3]) for o in out] == [(40, "artillery", "rate")], out
    assert got("Drones hit 25 targets in the city.") == []


def test_projections_and_exchanges_are_no_losses():
    assert got("At the current pace, some analysts argue, Russia could pass 1.5 million casualties by the end of "
               "the year.") == []
    assert got("The Ukrainians returned home included border guards and two civilians, the coordination "
               "headquarters said.") == []
    assert got("No one outside the two general staffs knows how many soldiers have been killed.") == []


def test_one_person_is_a_civilian():
    out = got("A drone hit a bus stop in Kherson on Tuesday. One person was killed, the mayor says.")
    assert [(o[0], o[1], o[2]) for o in out] == [(1, "ukraine", "civilians")], out


def test_a_figure_glossed_as_including_the_wounded_counts_casualties():
    out = [(c.value, c.outcome) for c in extract(
        "The General Staff put Russia's total personnel losses since the invasion at 161,520, a figure it says "
        "includes the wounded.", PUB)]
    assert out == [(161520, "casualties")], out
    out = [(c.value, c.outcome) for c in extract(
        "Ukraine's General Staff now puts Russian personnel losses at 862,650, a figure that includes the killed, "
        "the wounded and the captured.", PUB)]
    assert out == [(862650, "casualties")], out


def test_a_gloss_on_equipment_is_no_outcome():
    out = [(c.value, c.outcome) for c in extract(
        "Ukraine's General Staff says Russia has lost 9,580 tanks and 19,780 armoured combat vehicles since "
        "February 2022, figures that include vehicles damaged and later repaired.", PUB)]
    assert out == [(9580, "lost"), (19780, "lost")], out


def test_a_comparisons_date_is_not_the_rates():
    out = got("Over the past week, Russia has likely suffered an average of about 740 casualties a day, up from 590 "
              "a day in August, the UK update said.", "2023-09-18")
    assert out[0][0] == 740 and out[0][5] == "2023-09-18", out


def test_the_previous_30_days_is_a_window():
    out = got("Commander-in-Chief Oleksandr Syrskyi said on 30 October that Russia had lost more than 9,800 troops "
              "killed and wounded on the Pokrovsk axis over the previous 30 days.", "2025-11-03")
    assert [(o[0], o[3], o[5]) for o in out] == [(9800, "interval", "2025-10-30")], out


def test_a_named_places_authorities_are_a_new_source():
    out = got("The UN said 20 civilians were killed. According to the Kharkiv regional prosecutor's office, at least "
              "1,930 civilians have been killed in the Kharkiv region since February 2022.")
    assert out[-1][0] == 1930 and out[-1][4] == "ukraine_gov", out


def test_a_coordination_headquarters_speaks_for_its_country():
    out = got("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War says about 8,700 Ukrainian "
              "servicemen are held as prisoners of war in Russia.")
    assert [(o[0], o[1], o[4]) for o in out] == [(8700, "ukraine", "ukraine_gov")], out


def test_relatives_are_another_source():
    out = got("The ministry said 17 sailors died. Relatives of crew members later told an independent outlet that at "
              "least 37 sailors had died.")
    assert out[-1][0] == 37 and out[-1][4] == "other", out


def test_a_relative_clauses_day_does_not_date_a_running_window():
    out = got("In the battle for Avdiivka alone, which ended with the Ukrainian withdrawal on Saturday, Oryx has "
              "documented 71 Russian tanks lost since October 10.", "2024-02-20")
    assert [(o[0], o[3], o[5]) for o in out] == [(71, "interval", "2024-02-20")], out


def test_local_authorities_named_by_place_or_level_are_new_sources():
    out = got("Gladkov said two civilians were killed in Belgorod. 16:30 — The governor of Zhytomyr region, Vitaliy "
              "Bunechko, says an airstrike on a residential area of Malyn killed nine people on Tuesday.")
    assert out[-1][0] == 9 and out[-1][4] == "ukraine_gov", out
    out = got("Gladkov said two civilians were killed in Belgorod. Since the full-scale invasion began, the regional "
              "prosecutor's office has documented the deaths of 2,087 civilians in Kharkiv oblast.")
    assert out[-1][0] == 2087 and out[-1][4] == "ukraine_gov", out


def test_a_death_toll_that_has_risen_far_from_its_noun():
    out = got("The death toll from the Russian missile strike on Kyiv on Tuesday night has risen to 28, including 23 in "
              "a single apartment building, Kyiv's military administration said.", "2025-06-11")
    assert [(o[0], o[2], o[4]) for o in out] == [(28, "civilians", "ukraine_gov"), (23, "civilians", "ukraine_gov")], out


def test_present_tense_downing_verbs():
    out = got("Ukraine downs 45 of 52 Russian drones overnight, air force says", "2025-06-11")
    assert [(o[0], o[1], o[2]) for o in out] == [(45, "russia", "drones")], out


def test_a_year_then_a_figure_is_no_range():
    import importlib
    numbers = importlib.import_module("attrition.extract.numbers")
    got_ = [(n.value, n.value_max) for n in numbers.find_numbers("between 24 February 2022 and 30 September 2025 to "
                                                                   "14,210 civilians; 2022-2023; 1,000-2,000")]
    assert (14210, None) in got_ and (2022, 2023) in got_ and (1000, 2000) in got_, got_


def test_each_one_is_no_figure():
    out = got("Mediazona had identified 70,112 Russian servicemen killed in Ukraine, each one matched to an obituary.")
    assert [o[0] for o in out] == [70112], out


def test_iskander_launchers_are_other_losses():
    out = [(c.value, c.category) for c in extract(
        "Ukraine destroyed 27 Russian radars and nine Iskander launchers last year, the General Staff said.", PUB)]
    assert out == [(27, "other"), (9, "other")], out
