"""Rule tests for the styles of real articles (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2022-03-01"  # a Tuesday, five days into the war


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.period, c.claimant, c.as_of.isoformat() if c.as_of else None)
            for c in extract(text, published)]


def test_since_the_wars_first_weekday_is_a_running_total_to_the_statement():
    out = got("Ukraine's ombudsman said 352 civilians, 14 of them children, had been killed since Thursday.")
    assert [(o[0], o[3], o[5]) for o in out] == [(352, "cumulative", "2022-03-01"), (14, "cumulative", "2022-03-01")]
    out = got("In a post on Facebook, Ukraine's defence ministry claimed that its troops had destroyed 198 tanks since "
              "the assault began at dawn last Thursday.")
    assert [(o[0], o[3], o[5]) for o in out] == [(198, "cumulative", "2022-03-01")], out


def test_since_a_later_weekday_is_a_window():
    out = got("Ukraine's General Staff said 40 Russian tanks had been destroyed since Saturday.")
    assert [(o[0], o[3], o[5]) for o in out] == [(40, "interval", "2022-03-01")], out


def test_a_repelled_attackers_losses():
    out = got("In the Mykolaiv direction, units of the Russian armed forces repelled an attack by a Ukrainian "
              "battalion tactical group, destroying seven tanks, the Russian ministry said.", "2022-04-06")
    assert [(o[0], o[1], o[4]) for o in out] == [(7, "ukraine", "russia_gov")], out


def test_by_a_weekday_is_a_running_total_then():
    out = got("WarSpotting, a separate tracker, listed 1,005 Russian tanks lost by Tuesday.", "2022-09-14")
    assert [(o[0], o[3], o[5]) for o in out] == [(1005, "cumulative", "2022-09-13")], out


def test_vehicles_and_heavy_weapons_are_equipment_and_ratios_no_figures():
    out = [(c.value, c.category) for c in extract(
        "Across the whole war, Oryx now counts 6,150 Russian vehicles and heavy weapons lost. Russia has thus lost "
        "roughly three tanks for every one Ukraine has lost.", "2022-09-14")]
    assert out == [(6150, "equipment")], out


def test_a_weekly_summarys_window_reaches_its_group_figures():
    text = ("MOSCOW, March 14. /TASS/. Russian troops inflicted heavy losses on Ukrainian forces in all directions over "
            "the past week, the Russian Defense Ministry reported on Saturday in its weekly summary.\n\n"
            "Battlegroup North inflicted losses on Ukrainian units in the Sumy region; enemy losses amounted to more "
            "than 1,280 servicemen and 31 motor vehicles.\nBattlegroup West improved its positions; Ukraine lost up "
            "to 1,470 servicemen and two tanks.")
    out = got(text, "2026-03-14")
    assert [(o[0], o[1], o[3], o[4]) for o in out] == [
        (1280, "ukraine", "interval", "russia_gov"), (31, "ukraine", "interval", "russia_gov"),
        (1470, "ukraine", "interval", "russia_gov"), (2, "ukraine", "interval", "russia_gov")], out


def test_a_counters_list_is_of_losses():
    out = [(c.value, c.category, c.outcome, c.claimant) for c in extract(
        "Oryx now counts 6,150 Russian vehicles and heavy weapons lost. It also lists 57 Russian fixed-wing aircraft "
        "and 52 helicopters.", "2022-09-14")]
    assert out == [(6150, "equipment", "lost", "oryx"), (57, "aircraft", "lost", "oryx"),
                   (52, "helicopters", "lost", "oryx")], out
    assert extract("Poland has ordered 180 K2 tanks from South Korea, it said.", "2025-01-01") == []


def test_the_killed_and_wounded_are_no_agents():
    out = got("The Pentagon said on Wednesday that Washington's estimate of Russian killed and wounded now "
              "'exceeds 300,000'.", "2022-09-14")
    assert [(o[0], o[1], o[4]) for o in out] == [(300000, "russia", "us_gov")], out


def test_laying_down_arms_is_captured():
    out = [(c.value, c.outcome, c.period) for c in extract(
        "The Russian defence ministry said 611 Ukrainian fighters had laid down their arms over the past day.",
        "2022-05-17")]
    assert out == [(611, "captured", "interval")], out


def test_a_source_line_and_a_list_introduced_as_approximate():
    text = ("Ukraine's defence forces killed another 700 Russian soldiers over the past day, the General Staff "
            "reports.\n\nSource: General Staff of the Armed Forces of Ukraine on Facebook\n\n"
            "Details: The total combat losses of the enemy from 24.02.2022 to 19.03.2023 amount to approximately:\n\n"
            "personnel – about 168,260 (+700) people killed\ntanks – 3,561 (+7)\n")
    got_ = [(c.value, c.qualifier, c.claimant) for c in extract(text, "2023-03-19")]
    # (the heading qualifies every figure of the list, its daily increments too)
    assert (3561, "approximately", "ukraine_gov") in got_ and (7, "approximately", "ukraine_gov") in got_, got_


def test_since_launching_an_offensive_on_a_day_runs_to_the_statement():
    out = got("Russia's defence ministry said on Wednesday that Ukraine had lost 3,715 servicemen since launching its "
              "offensive on June 4.", "2023-06-14")
    assert [(o[0], o[3], o[5]) for o in out] == [(3715, "interval", "2023-06-14")], out


def test_the_same_24_hours_is_a_window():
    out = got("The Russian ministry said its forces had killed up to 255 Ukrainian servicemen in the same 24 hours.",
              "2025-03-01")
    assert [(o[0], o[3]) for o in out] == [(255, "interval")], out


def test_others_take_the_category_before_and_the_rescued_are_no_loss():
    out = [(c.value, c.category, c.outcome) for c in extract(
        "Russia's defence ministry said on Friday that one crew member had died and 23 others were missing. The "
        "ministry said the remaining 396 sailors had been rescued.", "2022-04-22")]
    assert out == [(1, "personnel", "killed"), (23, "personnel", "missing")], out


def test_a_year_that_was_the_worst_of_the_war_is_still_that_years_window():
    out = got("Russian forces lost 418,350 personnel in 2025, according to Ukraine's General Staff, more than in any "
              "previous year of the full-scale war.", "2026-01-02")
    assert [(o[0], o[3], o[5]) for o in out] == [(418350, "interval", "2025-12-31")], out
    out = got("Russia lost 418,000 troops in 2025, its worst year of the war", "2026-01-02")
    assert [(o[0], o[3]) for o in out] == [(418000, "interval")], out


def test_a_crew_of_n_are_people():
    out = [(c.value, c.category) for c in extract(
        "HUR said most of the corvette's crew of about 40 had been lost.", "2024-02-01")]
    assert out == [(40, "personnel")], out


def test_an_agency_report_format():
    # "This was reported by ..." names the source of the sentence before; a tally under "have also
    # eliminated:" is of destroyed gear; "including N over the past day" counts what its whole counts
    text = ("Russia's total combat losses in Ukraine from February 24, 2022 to March 18, 2025 amount to approximately "
            "897,430 troops, including 1,120 over the past day.\n\nThis was reported by the General Staff of the "
            "Armed Forces of Ukraine on Facebook.\n\nAccording to the General Staff, Ukrainian defenders have also "
            "eliminated:\n\ntanks — 10,244 (+3)\nartillery systems — 25,187 (+14)\n")
    out = [(c.value, c.outcome, c.period, c.claimant) for c in extract(text, "2025-03-18")]
    assert out[:2] == [(897430, "killed", "cumulative", "ukraine_gov"), (1120, "killed", "interval", "ukraine_gov")]
    assert (10244, "destroyed", "cumulative", "ukraine_gov") in out and (3, "destroyed", "interval", "ukraine_gov") in out


def test_a_document_that_glosses_a_sources_figures_as_killed_and_wounded():
    text = ("Ukraine's General Staff said Russia lost 41,980 troops over the course of October. Kyiv's personnel "
            "figures count killed and wounded soldiers together.")
    assert [(c.value, c.outcome) for c in extract(text, "2024-11-05")] == [(41980, "casualties")]
    assert [(c.value, c.outcome) for c in extract(text.split(" Kyiv")[0], "2024-11-05")] == [(41980, "killed")]


def test_a_part_included_in_a_figure_is_of_its_side():
    out = [(c.value, c.side, c.outcome) for c in extract(
        "CSIS estimated that Russia had suffered up to 790,000 casualties since it invaded Ukraine in February 2022, "
        "including between 270,000 and 310,000 troops killed.", "2024-10-30")]
    assert out == [(790000, "russia", "casualties"), (270000, "russia", "killed")], out


def test_the_destruction_of_n_tanks():
    out = [(c.value, c.outcome) for c in extract(
        "The General Staff also reported the destruction of 12 tanks over the past day.", "2024-11-05")]
    assert out == [(12, "destroyed")], out


def test_a_weapons_maker_is_no_aid_and_us_made_no_us_source():
    out = [(c.value, c.category, c.claimant) for c in extract(
        "Russian air defense forces shot down 27 Ukrainian drones over the past day and intercepted two Storm Shadow "
        "cruise missiles supplied by the United Kingdom, the Russian ministry added.", "2023-08-17")]
    assert out == [(27, "drones", "russia_gov"), (2, "cruise_missiles", "russia_gov")], out
    assert extract("Ukraine received 31 Abrams tanks supplied by the US.", "2023-08-17") == []
    out = [(c.value, c.side, c.claimant) for c in extract(
        "Russia's defence ministry said Ukraine had lost 400 troops. \"The enemy lost as many as 70 personnel and a "
        "US-made M777 howitzer,\" the ministry said.", "2023-08-17")]
    assert out[-1] == (70, "ukraine", "russia_gov"), out


def test_a_border_governors_civilians_are_his_own_sides():
    out = got("\"Since the start of the year, 112 civilians have been killed in the region,\" Gladkov said in a "
              "separate post on Wednesday.", "2024-05-15")
    assert [(o[0], o[1], o[4]) for o in out] == [(112, "russia", "russia_gov")], out


def test_an_included_figures_window_is_not_the_wholes():
    out = got("Ukraine's General Staff put Russia's losses on Monday at 443,000 killed and wounded, including 770 over "
              "the previous day.", "2024-02-27")
    assert [(o[0], o[3]) for o in out] == [(443000, "cumulative"), (770, "interval")], out


def test_a_live_blogs_death_toll_heading_after_a_strike():
    text = ("A missile hit a shopping centre in Kharkiv on Saturday, killing at least seven civilians, the governor "
            "said.\n\nDeath toll rises to 16\n\nRescuers recovered more bodies from the rubble.")
    out = got(text, "2024-05-25")
    assert [(o[0], o[2]) for o in out] == [(7, "civilians"), (16, "civilians")], out


def test_other_wars_and_damaged_homes():
    assert got("For comparison, the United States lost about 58,000 in Vietnam.") == []
    assert got("He said about 2,300 homes and 1,100 cars had been damaged over the same period.") == []


def test_a_think_tank_is_another_source_and_a_parts_date_is_its_own():
    out = got("Russia has suffered about 1.15 million military casualties since it invaded Ukraine in February 2022, "
              "a Washington think tank said in a report published on Wednesday.", "2025-01-22")
    assert [(o[0], o[4]) for o in out] == [(1150000, "other")], out
    out = got("Oryx lists 31 Ukrainian naval vessels lost, most of them captured in ports in 2022.", "2024-06-19")
    assert [(o[0], o[3], o[5]) for o in out] == [(31, "cumulative", "2024-06-19")], out


def test_an_included_subsets_outcome_is_not_the_wholes():
    out = [(c.value, c.category, c.outcome) for c in extract(
        "Oryx has confirmed the loss of 132 Russian fixed-wing aircraft and 150 helicopters, including aircraft "
        "destroyed on the ground by drones and missiles.", "2024-06-19")]
    assert out == [(132, "aircraft", "lost"), (150, "helicopters", "lost")], out


def test_a_sources_figure_introduced_as_such_after_a_loss_figure_is_its_count_of_losses():
    text = ("Oryx has confirmed the loss of 120 Russian aircraft. Ukraine's General Staff gives far higher figures "
            "for Russia: 410 aircraft and 330 helicopters.")
    out = [(c.value, c.side, c.category, c.outcome, c.claimant) for c in extract(text, "2025-07-04")]
    assert (410, "russia", "aircraft", "lost", "ukraine_gov") in out, out
    assert (330, "russia", "helicopters", "lost", "ukraine_gov") in out, out
    text = ("Oryx counts 3,400 Russian tanks lost. Ukraine's General Staff claims a far higher figure for tanks: "
            "8,900 Russian tanks.")
    out = [(c.value, c.category, c.outcome, c.claimant) for c in extract(text, "2025-07-04")]
    assert (8900, "tanks", "lost", "ukraine_gov") in out, out
    # with no loss figure before it, a figure of tanks is no loss
    out = extract("The ministry gives a figure for its fleet: 2,000 tanks in storage.", "2025-07-04")
    assert [c.value for c in out] == [], out


def test_the_target_of_a_strike_is_the_side_that_lost_the_crew():
    out = [(c.value, c.side) for c in extract("HUR said a strike on a Russian patrol ship killed 12 crew members "
                                              "and wounded seven.", "2025-07-04")]
    assert out == [(12, "russia"), (7, "russia")], out


def test_chechen_fighters_are_on_russias_side():
    out = [(c.value, c.side) for c in extract("Ramzan Kadyrov said three Chechen fighters had been killed in "
                                              "fighting near Kyiv.", "2022-03-04")]
    assert out == [(3, "russia")], out


def test_a_measure_noun_far_before_its_figure_is_still_its_subject():
    out = [(c.value, c.side, c.category, c.outcome, c.qualifier) for c in extract(
        "Russia's total casualties since the start of the full-scale invasion are now likely approaching 450,000.",
        "2025-07-04")]
    assert out == [(450000, "russia", "personnel", "casualties", "almost")], out
    # a figure of something else after the same words is none
    assert extract("Russia's losses since the start of the full-scale invasion are now a topic for 3 debates.",
                   "2025-07-04") == []


def test_a_count_of_a_category_named_as_such_after_loss_figures():
    text = ("Oryx has documented 3,400 Russian tanks lost. The site's count of Russian infantry fighting vehicles "
            "stands at 4,100, and that of armoured personnel carriers at 690.")
    out = [(c.value, c.category, c.outcome, c.claimant) for c in extract(text, "2025-07-04")]
    assert (4100, "armoured_vehicles", "lost", "oryx") in out and (690, "armoured_vehicles", "lost", "oryx") in out, out
    # with no loss figure before it, a count of vehicles is none
    assert extract("The count of Russian infantry fighting vehicles stands at 4,100.", "2025-07-04") == []


def test_one_at_a_time_is_a_manner_not_a_figure():
    assert extract("Mediazona, which counts Russian dead one name at a time, says the work is slow.", "2025-07-04") == []
    assert extract("The bodies of Russian soldiers were identified one by one.", "2025-07-04") == []


def test_another_sources_figure_for_the_running_total_two_sentences_on():
    text = ("By Kyiv's count, Russia has now lost more than 1.2 million soldiers killed and wounded. Western "
            "estimates are lower but of the same order. Britain's defence ministry put the figure at about "
            "1.05 million last month.")
    out = [(c.value, c.category, c.outcome, c.period, c.claimant) for c in extract(text, "2026-02-24")]
    assert (1050000, "personnel", "casualties", "cumulative", "uk_gov") in out, out


def test_a_counters_entries_on_its_list_are_its_count_of_losses():
    text = ("The WarSpotting project, which only lists each vehicle once it has been geolocated, has 2,700 Russian "
            "tanks on its list.")
    out = [(c.value, c.category, c.outcome, c.claimant) for c in extract(text, "2024-02-20")]
    assert out == [(2700, "tanks", "lost", "other")], out


def test_a_military_administration_is_a_civil_body_not_military_context():
    text = ("Overnight, Russian drones hit Odesa, killing three and injuring 8, including a child, according to "
            "the head of the regional military administration.")
    out = [(c.value, c.side, c.category) for c in extract(text, "2025-06-11")]
    assert out == [(3, "ukraine", "civilians"), (8, "ukraine", "civilians")], out


def test_a_sides_own_suffering_is_not_the_civilians_of_the_sentence_before():
    text = ("Regional governor Pavlo Kyrylenko said a Russian missile struck an apartment block on Tuesday, killing "
            "two people. Britain's defence ministry said on Friday that Russia had likely suffered between 170,000 "
            "and 190,000 casualties since the invasion.")
    out = [(c.value, c.side, c.category) for c in extract(text, "2023-03-14")]
    assert (170000, "russia", "personnel") in out and (2, "ukraine", "civilians") in out, out


def test_a_population_is_no_loss():
    text = ("Russian forces have lost 20,000 soldiers near Bakhmut, Kyiv said. Bakhmut, which had a pre-war "
            "population of around 70,000, has been largely destroyed.")
    assert [c.value for c in extract(text, "2023-03-14")] == [20000]


def test_the_figure_for_the_other_side_in_the_next_sentence():
    text = "Oryx has documented the loss of 2,100 Russian tanks. For Ukraine, the figure stands at about 600 tanks."
    out = [(c.value, c.side, c.category, c.outcome, c.claimant) for c in extract(text, "2023-03-14")]
    assert (600, "ukraine", "tanks", "lost", "oryx") in out, out


def test_put_a_sides_killed_and_wounded_at_figures():
    out = [(c.value, c.side, c.outcome) for c in extract(
        "Leaked US documents put Ukrainian killed at up to 17,000 and wounded at up to 110,000.", "2025-08-14")]
    assert out == [(17000, "ukraine", "killed"), (110000, "ukraine", "wounded")], out


def test_monthly_summaries_name_no_rate():
    out = [(c.value, c.period, c.rate_unit) for c in extract(
        "Since January 1, Russia's personnel losses have exceeded 250,000, according to the General Staff's own "
        "monthly summaries, an average of more than 1,100 a day.", "2025-08-14")]
    assert out == [(250000, "interval", None), (1100, "rate", "day")], out


def test_an_unnamed_general_staff_counts_the_enemys_losses_whoever_spoke_last():
    text = ("Russia's defence ministry said it had destroyed 40 Ukrainian drones. By the General Staff's count, "
            "Russia has lost 340 aircraft since the start of the full-scale invasion.")
    out = [(c.value, c.side, c.claimant) for c in extract(text, "2025-08-14")]
    assert (340, "russia", "ukraine_gov") in out and (40, "ukraine", "russia_gov") in out, out


def test_an_adjective_one_is_a_pronoun():
    text = "Analysts say the General Staff's count of Russian losses is a wartime figure as well as an informational one."
    assert extract(text, "2025-08-14") == []


def test_regional_governors_speak_for_their_people():
    out = [(c.value, c.side, c.claimant) for c in extract(
        "Russian shelling and drones killed at least six civilians and wounded 30 across Ukraine over the past 24 "
        "hours, regional governors said on Monday.", "2025-08-14")]
    assert out == [(6, "ukraine", "ukraine_gov"), (30, "ukraine", "ukraine_gov")], out


def test_a_gloss_counting_wounded_as_well_as_dead_makes_that_sources_losses_casualties():
    text = ("Ukraine's General Staff says Russia has lost 900,000 personnel since February 2022. Russia's defence "
            "ministry said Ukraine had lost more than 400,000 servicemen. Ukrainian officials have acknowledged that "
            "the General Staff's figure counts wounded as well as dead.")
    out = {(c.value, c.outcome) for c in extract(text, "2025-03-05")}
    assert (900000, "casualties") in out and (400000, "killed") in out, out


def test_a_figure_split_into_killed_and_wounded_is_casualties():
    out = [(c.value, c.outcome) for c in extract(
        "According to preliminary estimates, 190 occupiers were neutralised in that direction, 120 of them killed "
        "and 70 wounded.", "2025-08-14")]
    assert out == [(190, "casualties"), (120, "killed"), (70, "wounded")], out
