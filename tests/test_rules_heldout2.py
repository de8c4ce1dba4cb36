"""Rule tests written while tuning on the fifth round of held-out sets (p39-p42): scope, claimant,
window and negative rules (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2024-05-10"  # a Friday


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.outcome, c.period, c.as_of.isoformat() if c.as_of else None, c.scope)
            for c in extract(text, published)]


def scopes(text, published=PUB):
    return [(c.value, c.scope) for c in extract(text, published)]


def test_near_the_villages_of_two_named_places_is_a_part_of_the_front():
    assert scopes("Ukrainian troops also destroyed three tanks and five infantry fighting vehicles near the villages "
                  "of Ivanivka and Petrivka, the summary said.") == [(3, "partial"), (5, "partial")]
    assert scopes("Russian forces lost two tanks outside the town of Orikhiv, Kyiv said.") == [(2, "partial")]
    # a country-wide daily tally stays total
    assert scopes("Ukraine's General Staff said 1,140 Russian soldiers were killed over the past day.") \
        == [(1140, "total")]


def test_a_list_of_outcome_adjectives_before_the_noun_is_one_modifier():
    out = got("Oryx has documented at least 1,240 destroyed, damaged or captured Ukrainian tanks.", "2024-12-16")
    assert [(o[0], o[1], o[2], o[3], o[4]) for o in out] == [(1240, "ukraine", "tanks", "lost", "cumulative")]
    out = got("The site lists 2,105 destroyed, damaged, abandoned and captured Russian tanks and 41 destroyed "
              "helicopters.", "2024-12-16")
    assert [(o[0], o[2], o[3]) for o in out] == [(2105, "tanks", "lost"), (41, "helicopters", "destroyed")]


def test_a_year_between_the_forces_and_their_verb_keeps_them_the_agent():
    out = got("According to the minister, Russian troops in 2024 destroyed 1,870 tanks and 5,900 armoured combat "
              "vehicles.", "2024-12-16")
    assert [(o[0], o[1]) for o in out] == [(1870, "ukraine"), (5900, "ukraine")]
    # a figure between them still breaks it: the forces' own dead
    assert [o[1] for o in got("Russian forces have had 350 killed, Kyiv said.")] == ["russia"]


def test_a_total_then_an_increase_of_on_the_previous_day_keeps_the_total_cumulative():
    out = got("The update puts total Russian personnel losses at 612,480, an increase of 1,230 on the previous day.",
              "2024-12-16")
    assert [(o[0], o[4]) for o in out] == [(612480, "cumulative"), (1230, "interval")]


def test_put_the_number_of_troops_quoted_liquidated_at():
    out = got('Ukraine\'s General Staff on Monday put the number of Russian troops "liquidated" since the start of '
              "the full-scale invasion at 388,250.", "2024-12-16")
    assert [(o[0], o[1], o[2], o[3], o[4]) for o in out] == [(388250, "russia", "personnel", "killed", "cumulative")]


def test_a_comparison_with_another_war_set_off_after_the_figure_leaves_the_figure_alone():
    out = got("Britain's defence secretary said an estimated 14,000 Russian troops had been killed - roughly the number "
              "of Soviet soldiers who died in nine years of war in Afghanistan.", "2022-05-02")
    assert [(o[0], o[1], o[3], o[4]) for o in out] == [(14000, "russia", "killed", "cumulative")]
    # another war's own figure is still no claim
    assert got("The Soviet Union lost about 15,000 soldiers in Afghanistan.", "2022-05-02") == []


def test_workers_and_employees_hit_at_work_are_civilians_and_a_price_is_no_loss():
    out = got("Ukraine's energy ministry said one worker was injured at a thermal power plant.", "2024-05-02")
    assert [(o[0], o[1], o[2], o[3]) for o in out] == [(1, "ukraine", "civilians", "wounded")]
    out = got("Three employees of the rail company were killed in the strike, officials said.", "2024-05-02")
    assert [(o[0], o[2], o[3]) for o in out] == [(3, "civilians", "killed")]
    assert got("In a workshop, two dozen workers assemble interceptor drones that cost about $5,000 each.",
               "2024-05-02") == []


def test_since_the_summer_is_a_window_and_a_bodys_daily_figures_habit_is_not():
    out = got("Reports suggest as many as 25,000 Wagner fighters have been killed or wounded since the summer.",
              "2023-02-02")
    assert [(o[0], o[4]) for o in out] == [(25000, "interval")]
    out = got("Ukraine's General Staff, which publishes its own daily figures, claims much larger Russian losses, "
              "including more than 1,650 tanks.", "2023-02-02")
    assert [(o[0], o[4]) for o in out] == [(1650, "cumulative")]
    # the day's figure itself is the day's
    assert [o[4] for o in got("Russia lost 900 soldiers, the daily figure showed.", "2023-02-02")] == ["interval"]


def test_parts_after_a_count_of_regions_with_an_adjective_take_the_whole_drones():
    out = got("Russia's defence ministry said its air defences had destroyed 118 Ukrainian drones over 12 Russian "
              "regions overnight, including 31 over the Kursk region and 11 over the Moscow region.", "2025-03-02")
    assert [(o[0], o[1], o[2], o[4], o[6]) for o in out] == [
        (118, "ukraine", "drones", "interval", "total"), (31, "ukraine", "drones", "interval", "partial"),
        (11, "ukraine", "drones", "interval", "partial")]


def test_the_governor_of_a_russian_region_speaks_for_russia_and_the_drones_are_ukraines():
    for text in ("Volgograd's governor said more than 40 drones had been shot down over the region.",
                 "The governor of the Volgograd region said more than 40 drones had been shot down over the region.",
                 "Governor Andrei Bocharov said more than 40 drones had been shot down over the Volgograd region."):
        assert [(c.side, c.claimant) for c in extract(text, "2025-03-02")] == [("ukraine", "russia_gov")], text
    # a Ukrainian region's governor and its civilians are Ukraine's
    assert [(c.side, c.claimant) for c in extract("The Kharkiv governor said two people were killed in a strike.",
                                                  "2025-03-02")] == [("ukraine", "ukraine_gov")]


def test_in_the_space_of_two_weeks_is_a_window_and_taking_out_is_destroying():
    out = got("Ukraine said its air force had shot down seven Su-34 and Su-35 jets in the space of two weeks.",
              "2025-03-02")
    assert [(o[0], o[2], o[4]) for o in out] == [(7, "aircraft", "interval")]
    out = got("The drone command also reported taking out 1,040 vehicles, many of them motorcycles.", "2025-03-02")
    assert [(o[0], o[2], o[3]) for o in out] == [(1040, "vehicles", "destroyed")]
    # evacuees "taken out" of a town are no losses
    assert got("About 1,200 people, including 310 children, were taken out over the weekend.", "2025-03-02") == []


def test_a_toll_that_dwarfs_another_wars_and_averaging_a_day_and_surface_to_air_systems():
    out = got("American officials estimated on Friday that Russia's military casualties are close to 280,000, "
              "including up to 120,000 dead, a toll that dwarfs anything Moscow suffered in its wars in Afghanistan "
              "or Chechnya.", "2023-02-02")
    assert [(o[0], o[3]) for o in out] == [(280000, "casualties"), (120000, "killed")]
    out = got("Ukraine's General Staff says Russian forces lost 30,870 personnel killed and wounded in June, averaging "
              "about 1,029 a day.", "2023-07-02")
    assert [(o[0], o[4]) for o in out] == [(30870, "interval"), (1029, "rate")]
    out = got("Oryx counts 228 Russian surface-to-air systems lost, including radars.", "2023-02-02")
    assert [(o[0], o[2], o[3]) for o in out] == [(228, "air_defense", "lost")]


def test_motorcycles_are_vehicles_and_a_study_published_last_month_dates_no_window():
    out = got("A drone unit said it had destroyed 35 Russian motorcycles and 11 cars on the approaches to the city "
              "last week.", "2024-11-14")
    assert [(o[0], o[2], o[4]) for o in out] == [(35, "vehicles", "interval"), (11, "vehicles", "interval")]
    out = got("Analysts put Russian dead at 165,000 in a study published last month.", "2024-11-14")
    assert [(o[0], o[4]) for o in out] == [(165000, "cumulative")]


ROUNDED_TALLY = ("📊 Russia's losses as of 14.10.2025 (per Ukraine's General Staff)\n\n"
                 "👤 Personnel: ~1.12 million (+950)\n🛡 Tanks: 11.2k (+3)\n🚀 MLRS: 1.5k\n✈️ Aircraft: 427\n"
                 "🚚 Vehicles & fuel tanks: 64.9k (+58)\n")


def test_an_emoji_tally_with_rounded_k_figures_and_a_per_source_heading():
    out = [(c.value, c.category, c.period, c.qualifier, c.claimant) for c in extract(ROUNDED_TALLY, "2025-10-14")]
    assert out == [
        (1120000, "personnel", "cumulative", "approximately", "ukraine_gov"),
        (950, "personnel", "interval", "exact", "ukraine_gov"),
        (11200, "tanks", "cumulative", "exact", "ukraine_gov"),
        (3, "tanks", "interval", "exact", "ukraine_gov"),
        (1500, "mlrs", "cumulative", "exact", "ukraine_gov"),
        (427, "aircraft", "cumulative", "exact", "ukraine_gov"),
        (64900, "vehicles", "cumulative", "exact", "ukraine_gov"),
        (58, "vehicles", "interval", "exact", "ukraine_gov")], out
    assert all(isinstance(c.value, int) for c in extract(ROUNDED_TALLY, "2025-10-14"))


def test_per_names_a_source():
    assert [c.claimant for c in extract("Russia has lost 11,200 tanks, per Ukraine's General Staff.", PUB)] \
        == ["ukraine_gov"]


def test_the_daily_average_stood_at_after_a_months_figure_is_its_rate():
    text = "Russia lost 35,100 troops in April, Kyiv said. In April, the daily average stood at about 1,170, it said."
    out = got(text, "2024-05-02")
    assert [(o[0], o[2], o[4]) for o in out] == [(35100, "personnel", "interval"), (1170, "personnel", "rate")]
    # with nothing before it, no claim
    assert got("The daily average stood at about 1,170.", "2024-05-02") == []


def test_the_other_side_of_the_front_line_is_no_stretch_of_the_front():
    assert scopes("Oryx lists 1,760 Russian tanks lost, many of the latter now fighting on the other side of the "
                  "front line.", "2024-05-02") == [(1760, "total")]


def test_months_of_fighting_as_long_as_the_war_is_since_its_start():
    out = got("The invading force has now lost one thousand tanks in just over two months of fighting, according to "
              "the latest figures.", "2022-04-30")
    assert [(o[0], o[4]) for o in out] == [(1000, "cumulative")]
    # a shorter battle's months are its own window
    out = got("Russia lost 20,000 troops in two months of fighting for Bakhmut, Kyiv said.", "2023-05-02")
    assert [(o[0], o[4]) for o in out] == [(20000, "interval")]


def test_a_ships_usual_crew_is_no_loss():
    assert got("The boat, which normally carries a crew of about 40, was hit by six direct strikes, the agency said.",
               "2024-05-02") == []
    assert [(o[0], o[2]) for o in got("The corvette's crew of about 40 was killed, the navy said.", "2024-05-02")] \
        == [(40, "personnel")]


def test_lost_before_the_noun_is_an_adjective():
    out = got("Oryx lists 140 lost Bradley fighting vehicles.", "2024-05-02")
    assert [(o[0], o[1], o[2], o[3]) for o in out] == [(140, "ukraine", "armoured_vehicles", "lost")]
    out = got("Oryx lists 2,140 lost Russian tanks.", "2024-05-02")
    assert [(o[0], o[1], o[2], o[3]) for o in out] == [(2140, "russia", "tanks", "lost")]


def test_a_part_included_on_a_date_is_that_days_and_a_daily_increase_is_a_days():
    out = got("Total Russian personnel losses since February 24, 2022 stood at about 1,208,240, according to the "
              "General Staff's report of January 1, which included 1,130 losses on December 31.", "2025-01-02")
    assert [(o[0], o[4], o[5]) for o in out] == [(1208240, "cumulative", "2025-01-01"),
                                                 (1130, "interval", "2024-12-31")]
    # the war's first day is no part's date
    out = got("As of 31 October, the mission had verified 14,655 civilian deaths, including 742 children, since "
              "Russia's full-scale invasion on 24 February 2022.", "2025-11-11")
    assert [o[4] for o in out] == ["cumulative", "cumulative"]
    out = got("The daily increase in artillery losses, 48 systems, was among the highest recorded this summer.",
              "2025-01-02")
    assert [(o[0], o[4]) for o in out] == [(48, "interval")]


def test_a_headline_over_past_day_without_the_dates_the_groups_shares():
    text = ("MoD: Ukrainian army loses over 1,195 servicemen in all directions over past day\n\n"
            "Units of the Sever group of forces defeated formations of three mechanised brigades. The enemy lost more "
            "than 165 servicemen, two armoured fighting vehicles and 11 cars.\n\n"
            "Units of the Yug group: the enemy lost more than 150 servicemen and two tanks.\n")
    out = [(c.value, c.period, c.scope) for c in extract(text, "2025-06-02")]
    assert (165, "interval", "partial") in out and (150, "interval", "partial") in out \
        and (2, "interval", "partial") in out, out


def test_running_totals_with_increments_after_a_reporting_verb_are_losses():
    out = got("It also reported 9,496 tanks (+3) and 20,180 artillery systems (+27).", "2024-06-02")
    assert [(o[0], o[2], o[3], o[4]) for o in out] == [
        (9496, "tanks", "lost", "cumulative"), (3, "tanks", "lost", "interval"),
        (20180, "artillery", "lost", "cumulative"), (27, "artillery", "lost", "interval")]
    # a zero increment is no claim, its total still is
    assert [o[0] for o in got("It also listed 431 aircraft (+0).", "2024-06-02")] == [431]
    # without an increment, a bare count after "reported" stays no claim
    assert got("It also reported 9,496 tanks.", "2024-06-02") == []


def test_one_and_a_half_million_is_one_number():
    from attrition.extract.numbers import find_numbers
    assert [(n.value, n.value_max) for n in find_numbers("one and a half million")] == [(1500000.0, None)]
    assert [(n.value, n.value_max) for n in find_numbers("two and a half thousand")] == [(2500.0, None)]
    assert [(n.value, n.value_max) for n in find_numbers("between two and three thousand")] == [(2000.0, 3000.0)]


def test_two_figures_joined_by_and_each_keep_their_own_window():
    out = got("Ukraine's General Staff said on Monday that Russia had lost 1,240 troops in the past 24 hours and "
              "830,510 since February 2022.", "2024-06-02")
    assert [(o[0], o[4]) for o in out] == [(1240, "interval"), (830510, "cumulative")]


def test_a_lists_later_items_keep_the_running_total_of_its_head():
    text = ("Ukraine's General Staff said Russian forces lost 300 soldiers over the past day.\n\n"
            "The General Staff said Russian losses had reached 19,800 personnel, 739 tanks and 1,964 armoured vehicles.")
    out = [(c.value, c.period) for c in extract(text, "2022-04-13")]
    assert (739, "cumulative") in out and (1964, "cumulative") in out, out


def test_also_listed_after_a_days_figures_are_that_days_losses():
    text = ("In its own update on Monday, Ukraine's General Staff reported 1,430 Russian casualties over the past day, "
            "bringing Russia's total personnel losses to 833,900. It also listed 1 tank, 33 artillery systems and 110 "
            "drones.")
    out = [(c.value, c.category, c.outcome, c.period) for c in extract(text, "2025-01-27")]
    assert out[2:] == [(1, "tanks", "lost", "interval"), (33, "artillery", "lost", "interval"),
                       (110, "drones", "lost", "interval")], out


def test_the_largest_monthly_increase_is_no_rate():
    out = got("In November alone, the General Staff figures show Russian personnel losses growing by 28,140, the "
              "largest monthly increase of the full-scale war so far.", "2025-12-02")
    assert [(o[0], o[4], o[5]) for o in out] == [(28140, "interval", "2025-11-30")]


def test_month_labelled_lines_under_a_colon_heading_are_each_months_losses():
    text = ("A look back at the final three months of the year, based on the General Staff's daily reports:\n\n"
            "October: 41,980 personnel, 310 tanks, 950 armoured vehicles\n"
            "November: 45,720 personnel, 255 tanks, 1,010 armoured vehicles\n")
    out = [(c.value, c.category, c.period, c.as_of.isoformat()) for c in extract(text, "2025-01-01")]
    assert out == [(41980, "personnel", "interval", "2024-10-31"), (310, "tanks", "interval", "2024-10-31"),
                   (950, "armoured_vehicles", "interval", "2024-10-31"),
                   (45720, "personnel", "interval", "2024-11-30"), (255, "tanks", "interval", "2024-11-30"),
                   (1010, "armoured_vehicles", "interval", "2024-11-30")], out


def test_a_sources_figures_for_a_month_are_that_months():
    out = got("Kyiv's own figures for October included 1,130 artillery systems and 213 tanks destroyed.", "2024-11-14")
    assert [(o[0], o[4], o[5]) for o in out] == [(1130, "interval", "2024-10-31"), (213, "interval", "2024-10-31")]


def test_recruits_are_soldiers_and_another_figures_civilians_leave_this_one_alone():
    out = got("Western officials said that Russia had suffered 175,000 casualties, as Moscow throws recruits into "
              "attacks.", "2023-02-17")
    assert [(o[0], o[1], o[2]) for o in out] == [(175000, "russia", "personnel")]
    out = got("He put Russian losses at around 180,000 and Ukraine's at about 100,000 dead or wounded, while "
              "estimating that 30,000 civilians had died.", "2023-02-17")
    assert [(o[0], o[2]) for o in out][-2:] == [(100000, "personnel"), (30000, "civilians")], out


def test_a_live_blogs_timestamped_source_label():
    for text in ("10:02 General Staff: Russia lost 1,120 troops on Saturday",
                 "11:40 — General Staff: Russia lost 1,090 troops over the past day."):
        assert [c.claimant for c in extract(text, "2025-06-02")] == ["ukraine_gov"], text


def test_the_other_half_of_a_prisoner_swap_is_no_loss():
    assert got("On Saturday, 246 Ukrainian prisoners of war returned home in an exchange. Russia received the same "
               "number of its soldiers, plus 15 wounded.", "2025-04-21") == []


def test_a_group_named_with_its_english_name_in_brackets_is_a_groups_share_of_the_day():
    text = ("Russian MoD: Ukraine loses up to 1,315 servicemen in a day\n\n"
            "Units of the Sever (North) group of forces inflicted losses on the Ukrainian armed forces, the Russian "
            "Defence Ministry said in its daily summary. Ukrainian losses amounted to up to 215 servicemen and a "
            "tank.\n\nThe Zapad (West) group improved its tactical position; the enemy lost more than 230 troops.")
    out = [(c.value, c.period) for c in extract(text, None)]
    assert (215, "interval") in out and (230, "interval") in out, out


def test_a_bare_date_dateline_is_the_reports_date_not_a_window():
    out = got("Feb 24, 2023 — Exactly a year after Russian columns crossed into Ukraine, the open-source project Oryx "
              "has documented the loss of more than 9,200 pieces of Russian military equipment.", "2023-02-24")
    assert [(o[0], o[4], o[5]) for o in out] == [(9200, "cumulative", "2023-02-24")]


def test_military_equipment_is_no_speaking_military():
    text = ("Russian Defence Ministry spokesman Igor Konashenkov on Tuesday gave an updated tally of Ukrainian military "
            "equipment destroyed.\n\nIn total, he said, 137 aircraft and 104 helicopters had been destroyed.")
    assert [(c.value, c.side, c.claimant) for c in extract(text, "2022-04-26")] == [
        (137, "ukraine", "russia_gov"), (104, "ukraine", "russia_gov")]


def test_a_forecast_in_a_later_and_clause_leaves_the_estimate_alone():
    out = got("Defence Intelligence estimated that Russia's total casualties, killed and wounded, now likely stand at "
              "more than 470,000, and predicted that the figure could keep rising through the summer.", "2024-06-16")
    assert [(o[0], o[3]) for o in out] == [(470000, "casualties")]
    assert got("Defence Intelligence predicted that Russian casualties could pass 600,000 by the end of the year.",
               "2024-06-16") == []


def test_a_with_aside_keeps_its_window_to_itself():
    out = got("The General Staff in Kyiv put Russia's losses at 57,800 personnel since the start of the invasion, with "
              "300 more over the past day, and 2,275 tanks.", "2022-11-14")
    assert [(o[0], o[4]) for o in out] == [(57800, "cumulative"), (300, "interval"), (2275, "cumulative")]


def test_the_cumulative_figure_and_its_with_lines_are_running_totals():
    out = got("By the morning of March 4 the cumulative figure of enemy personnel losses had reached approximately "
              "418,600, with 6,630 tanks and 12,620 armoured combat vehicles.", "2024-03-04")
    assert [(o[0], o[4]) for o in out] == [(418600, "cumulative"), (6630, "cumulative"), (12620, "cumulative")]
    out = got("On Wednesday morning, the General Staff reported 960 Russian casualties over the past day and put the "
              "cumulative figure at 1,118,200.", "2025-10-01")
    assert [(o[0], o[4]) for o in out] == [(960, "interval"), (1118200, "cumulative")]


def test_also_reported_destroyed_after_a_day_and_a_days_report_alone():
    text = ("Ukraine's General Staff reported 1,430 Russian casualties over the past day, bringing the total to "
            "833,900. It also reported nine tanks and 21 artillery systems destroyed.")
    out = [(c.value, c.period) for c in extract(text, "2024-12-22")]
    assert out[2:] == [(9, "interval"), (21, "interval")], out
    out = got("Thursday's report alone showed 1,200 Russian casualties.", "2024-12-22")
    assert [(o[0], o[4], o[5]) for o in out] == [(1200, "interval", "2024-12-19")]


def test_stocks_from_storage_are_no_losses_and_models_count_their_category():
    assert got("Despite the losses, Russia pulled roughly 1,200 tanks out of long-term storage last year.",
               "2024-12-22") == []
    assert [(o[0], o[2], o[3]) for o in got("Oryx counts 620 lost BMP-3s.", "2024-12-22")] \
        == [(620, "armoured_vehicles", "lost")]
    assert [(o[0], o[2]) for o in got("The site's tally of Russian BMP-3 losses stands at 620.", "2024-12-22")] \
        == [(620, "armoured_vehicles")]


def test_within_a_month_is_a_window():
    out = got("Ukraine says it destroyed two A-50 early-warning planes over the Sea of Azov within a month of each "
              "other.", "2024-03-02")
    assert [(o[0], o[4]) for o in out] == [(2, "interval")]
