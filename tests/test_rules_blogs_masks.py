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


def test_an_armys_dead_named_by_side_after_a_civilian_toll():
    out = got("In Mariupol, the deputy mayor said at least 900 civilians had been killed.\n\n"
              "A US defence official said on Monday that US intelligence put Russian dead at between 2,000 and 4,000.",
              "2022-03-09")
    assert [(o[0], o[1], o[2]) for o in out] == [(900, "ukraine", "civilians"), (2000, "russia", "personnel")], out


def test_the_war_starters_name_is_no_loser():
    out = got("Zelensky said on Sunday that 38,000 Ukrainian servicemen had been killed since Russia's full-scale "
              "invasion began, and that about 300,000 had been wounded.", "2025-02-18")
    assert [(o[0], o[1], o[3]) for o in out] == [(38000, "ukraine", "killed"), (300000, "ukraine", "wounded")], out


def test_civilians_killed_in_russias_border_regions_are_russian():
    out = got("The outlet has counted at least 280 civilians killed in Russia's border regions since the start of "
              "the war.")
    assert [(o[0], o[1]) for o in out] == [(280, "russia")], out


def test_windows_of_an_operation_or_a_siege_are_intervals():
    out = got("The analysis counted 47 Ukrainian vehicles lost in the first three weeks of the incursion.")
    assert [(o[0], o[4]) for o in out] == [(47, "interval")], out
    out = got("The mayor said at least 1,100 civilians had been killed since the siege began.")
    assert [(o[0], o[4]) for o in out] == [(1100, "interval")], out
    out = got("Ukraine loses over 14,000 troops in week of fighting — Russian defence ministry")
    assert [(o[0], o[4]) for o in out] == [(14000, "interval")], out
    # the war's first weeks stay a running total
    out = got("Russia lost 1,300 soldiers in the first two weeks of the war, the ministry said.")
    assert [(o[0], o[4]) for o in out] == [(1300, "cumulative")], out


def test_a_rate_after_a_figure_belongs_to_the_figure_it_follows():
    out = got("In May alone the site documented 118 Russian tanks lost, an average of about four a day.")
    assert [(o[0], o[4]) for o in out] == [(118, "interval"), (4, "rate")], out
    out = got("The General Staff reported 35,100 Russian casualties in April (an average of 1,170 casualties per "
              "day) and 31,900 casualties in March (an average of 1,029 casualties per day).")
    assert [(o[0], o[4]) for o in out] == [(35100, "interval"), (1170, "rate"), (31900, "interval"),
                                           (1029, "rate")], out


def test_a_nightly_average_is_a_daily_rate_and_a_single_cruise_missile_counts():
    out = got("The air force says its mobile groups shot down 1,020 Russian drones in April, an average of about 34 a "
              "night.")
    assert [(o[0], o[4]) for o in out] == [(1020, "interval"), (34, "rate")], out
    out = got("Over the night, air defences shot down 9 of 11 drones and one Kh-101 cruise missile, the command said.")
    assert [(o[0], o[2]) for o in out] == [(9, "drones"), (1, "cruise_missiles")], out


def test_an_age_is_no_figure():
    assert got("The median age of the dead on the list is 35.") == []


def test_a_level_put_at_is_no_carried_window():
    out = got("Officials said 2,050 civilians were killed in May alone.\n\nKyiv's General Staff now puts Russian "
              "losses at more than 860,000 killed and wounded.")
    assert [(o[0], o[4]) for o in out] == [(2050, "interval"), (860000, "cumulative")], out


def test_a_sides_forces_suffered_after_a_civilian_toll_are_soldiers():
    out = got("Glide bombs struck Kharkiv on April 27, killing four civilians, the governor said.\n\n"
              "Gerasimov claimed on April 26 that Ukrainian forces had suffered over 70,000 casualties during the "
              "Kursk operation.", "2025-04-29")
    assert [(o[0], o[1], o[2]) for o in out] == [(4, "ukraine", "civilians"), (70000, "ukraine", "personnel")], out
    assert extract("Gerasimov said Ukrainian forces had lost over 70,000 soldiers during the Kursk operation.",
                   "2025-04-29")[0].scope == "partial"


def test_a_window_right_after_the_figure_beats_a_running_total_said_after_it():
    out = got("Russian forces lost 1,010 soldiers over the past day, the General Staff said on Wednesday, taking the "
              "total it attributes to Moscow since February 2022 to about 154,660.", "2023-03-01")
    assert [(o[0], o[4]) for o in out] == [(1010, "interval"), (154660, "cumulative")], out
    # "in four weeks of war" is the war's first weeks: a running total
    out = got("NATO estimated on Wednesday that 7,000 to 15,000 Russian soldiers have been killed in four weeks of "
              "war.", "2022-03-23")
    assert [(o[0], o[4]) for o in out] == [(7000, "cumulative")], out


def test_tallies_brought_to_respectively_are_running_totals():
    out = got("The General Staff also reported that Ukrainian troops had destroyed nine tanks, 14 armoured vehicles "
              "and 21 artillery systems in the same 24 hours, bringing the tallies to 3,453, 6,782 and 2,431 "
              "respectively.")
    assert [(o[0], o[2], o[4]) for o in out] == [
        (9, "tanks", "interval"), (14, "armoured_vehicles", "interval"), (21, "artillery", "interval"),
        (3453, "tanks", "cumulative"), (6782, "armoured_vehicles", "cumulative"), (2431, "artillery", "cumulative")], out


def test_the_total_had_reached_is_a_running_total():
    out = got("The General Staff said on Saturday that 1,150 Russian soldiers had been killed in the past 24 hours and "
              "that the total had reached 322,750.")
    assert [(o[0], o[4]) for o in out] == [(1150, "interval"), (322750, "cumulative")], out
    # a tally of a window stays that window's
    out = got("The losses recorded in the first half of October, 15,940 troops, were 6% higher than a year earlier, "
              "when the tally stood at 15,020.")
    assert all(o[4] == "interval" for o in out), out


def test_a_side_named_as_the_passive_loser_is_no_agent():
    out = got("It added that no Russian aircraft had been downed, but that two helicopters and 11 drones had been "
              "shot down.")
    assert [(o[0], o[1]) for o in out] == [(2, "russia"), (11, "russia")], out


def test_day_month_dates_are_no_figures():
    assert got("The total combat losses of the enemy from 24.02 to 14.05 are as follows:") == []
    out = got("Russia lost 1.5 million soldiers, the ministry said.")
    assert [o[0] for o in out] == [1500000], out


def test_defending_is_no_side_word():
    out = got("He said Russian units defending the region had lost about 3,100 men killed and wounded in the same "
              "period.")
    assert [(o[0], o[1]) for o in out] == [(3100, "russia")], out


def test_a_possessive_country_before_a_region_is_a_place():
    out = got("Ukraine's military intelligence said a drone attack on an airfield in Russia's Saratov region had "
              "destroyed two Tu-22M3 bombers.")
    assert [(o[0], o[1], o[2]) for o in out] == [(2, "russia", "aircraft")], out


def test_a_superlative_since_before_the_figure_is_a_comparison():
    out = got("Last year was the deadliest for civilians since 2022, with 2,514 killed and 11,830 injured, the "
              "mission said.", "2026-01-15")
    assert [(o[0], o[4], o[5]) for o in out] == [(2514, "interval", "2025-12-31"), (11830, "interval", "2025-12-31")], out


def test_strikes_on_cities_over_the_war_are_no_single_strike():
    out = got("Russian strikes on Ukrainian cities have also killed at least 14,800 civilians, according to the UN.")
    assert [(o[0], o[4]) for o in out] == [(14800, "cumulative")], out


def test_a_times_comparison_after_the_figure_is_no_window():
    out = got("The General Staff counts 112,900 Russian drones shot down, more than four times the number at the "
              "start of last year.", "2026-02-24")
    assert [(o[0], o[4]) for o in out] == [(112900, "cumulative")], out


def test_a_part_of_the_downed_drones():
    out = got("The spokesman said mobile fire groups armed with machine guns had accounted for 31 of the downed "
              "drones on Sunday night.")
    assert [(o[0], o[2]) for o in out] == [(31, "drones")], out


def test_its_own_death_toll_is_the_claimants_sides():
    out = got("Kyiv last updated its own death toll in December, when President Volodymyr Zelensky said 48,700 "
              "soldiers had been killed.", "2026-02-24")
    assert [(o[0], o[1]) for o in out] == [(48700, "ukraine")], out


def test_an_average_of_casualties_keeps_its_own_outcome():
    out = got("The official said roughly 115,000 of them had been killed.\n\nHe added that the pace had risen, with "
              "Russia sustaining an average of 1,050 casualties a day.", "2024-09-03")
    assert [(o[0], o[3], o[4]) for o in out] == [(115000, "killed", "cumulative"), (1050, "casualties", "rate")], out


def test_since_they_crossed_on_a_day_starts_the_window():
    out = got("Syrskyi said his forces had captured more than 740 Russian soldiers since they crossed into the Kursk "
              "region on August 6.", "2024-08-21")
    assert [(o[0], o[4], o[5]) for o in out] == [(740, "interval", "2024-08-21")], out


def test_a_figure_borrowing_the_next_noun_takes_its_outcome():
    out = got("Oryx has visually confirmed 4,410 Russian and 1,390 Ukrainian tanks lost.")
    assert [(o[0], o[1], o[2], o[3]) for o in out] == [(4410, "russia", "tanks", "lost"),
                                                       (1390, "ukraine", "tanks", "lost")], out


def test_a_consequence_or_a_gloss_after_the_figure_holds_no_negative_cue():
    out = got("He said Russia had lost more than 3,000 tanks over the past year, forcing it to send 1960s-era "
              "vehicles from storage to the front.")
    assert [(o[0], o[4]) for o in out] == [(3000, "interval")], out
    out = got("WarSpotting puts the number of Russian tanks lost at 1,912, a lower figure because it includes only "
              "cases it can tie to a place and date.")
    assert [o[0] for o in out] == [1912], out


def test_lost_on_the_same_day_is_that_days():
    out = got("Kyiv does not comment on Russian claims, but its General Staff said Russia had lost 1,240 soldiers on "
              "the same day.")
    assert [(o[0], o[4]) for o in out] == [(1240, "interval")], out
    out = got("On the same day the General Staff put Russian tank losses at 6,580.")
    assert [(o[0], o[4]) for o in out] == [(6580, "cumulative")], out


def test_a_count_that_includes_the_wounded_is_casualties():
    out = got("Ukraine's General Staff, whose count of Russian losses includes the wounded, put that figure at "
              "780,000.")
    assert [(o[0], o[3]) for o in out] == [(780000, "casualties")], out


def test_a_list_dated_and_qualified_by_its_heading():
    text = ("The total combat losses of the enemy from 24.02.22 to 03.03.25 were approximately:\n"
            "personnel — 879,570 (+1,180) persons\ntanks — 10,233 (+9)\n")
    out = got(text, None)
    assert [(o[0], o[2], o[4], o[5]) for o in out] == [
        (879570, "personnel", "cumulative", "2025-03-03"), (1180, "personnel", "interval", "2025-03-03"),
        (10233, "tanks", "cumulative", "2025-03-03"), (9, "tanks", "interval", "2025-03-03")], out
    assert [c.qualifier for c in extract(text) if c.period == "cumulative"] == ["approximately", "approximately"]
    # a heading's start date is no date of the list
    out = got("Russian losses since 24 February 2022 as follows:\npersonnel – 1,213,470 (+1,040)\n", "2026-01-04")
    assert [o[5] for o in out] == ["2026-01-04", "2026-01-04"], out


def test_a_part_included_with_its_own_window_leaves_the_whole_a_running_total():
    out = got("Russia, he said, had lost 1.2 million soldiers killed and wounded, including 410,000 this year.",
              "2024-11-02")
    assert [(o[0], o[4]) for o in out] == [(1200000, "cumulative"), (410000, "interval")], out


def test_a_window_after_a_list_of_figures_is_every_items():
    out = got("Russia's losses in the war: 680 soldiers and 7 tanks over the past day", "2023-05-02")
    assert [(o[0], o[4]) for o in out] == [(680, "interval"), (7, "interval")], out


def test_among_its_losses_on_a_day_is_the_running_total_then():
    out = got("The General Staff listed 27 ships and boats and one submarine among Russia's losses on Tuesday.",
              "2023-09-14")
    assert [(o[0], o[4], o[5]) for o in out] == [(27, "cumulative", "2023-09-12"), (1, "cumulative", "2023-09-12")], out


def test_killed_or_wounded_after_a_rate_and_glosses_of_the_count_are_casualties():
    for text in ("The intelligence chief said Russia was now losing roughly 30,000 men a month killed or wounded.",
                 "Rutte said Russia was losing \"around a thousand soldiers a day, killed or wounded,\" but kept "
                 "advancing.",
                 "Ukraine's General Staff, whose figures include the wounded, says Russia has lost about 1,048,000 "
                 "troops.",
                 "The General Staff said Russia had lost 1,264,300 personnel, a count that includes the wounded, along "
                 "with 11,930 tanks.",
                 "On Saturday alone, the General Staff reported 1,780 Russian personnel losses."):
        out = got(text)
        assert out[0][3] == "casualties", (text, out)
    # the tanks after a personnel gloss stay lost; a bare "lost N troops" stays killed
    out = got("The General Staff said Russia had lost 1,264,300 personnel, a count that includes the wounded, along "
              "with 11,930 tanks, 24,610 armoured combat vehicles and 38,270 artillery systems.")
    assert [(o[0], o[3]) for o in out] == [(1264300, "casualties"), (11930, "lost"), (24610, "lost"),
                                           (38270, "lost")], out
    assert got("The General Staff said Russia had lost 1,210 troops over the past day.")[0][3] == "killed"


def test_a_speaker_named_after_the_verb_speaks_for_the_body_in_apposition():
    out = [(c.value, c.claimant) for c in extract(
        "Overnight, Russian drones hit Odesa, killing two and injuring nine, including a child, according to Oleh "
        "Kiper, head of the regional military administration.", PUB)]
    assert out == [(2, "ukraine_gov"), (9, "ukraine_gov")], out


def test_a_source_label_with_a_date_opens_a_tally_line():
    out = [(c.value, c.claimant) for c in extract(
        "General Staff, June 11 | Personnel: 998,740 (+1,090) | Tanks: 10,945 (+2)", "2025-06-11")]
    assert {cl for _v, cl in out} == {"ukraine_gov"} and len(out) == 4, out


def test_who_the_named_dead_were_is_no_recruitment_figure():
    out = got("Volunteers make up the largest group, with 21,870 confirmed dead, followed by 17,410 prisoners recruited "
              "from penal colonies and 11,960 mobilised men.")
    assert [(o[0], o[1], o[3]) for o in out] == [(21870, "russia", "killed"), (17410, "russia", "killed"),
                                                 (11960, "russia", "killed")], out
    out = got("Among the named dead are 19,870 volunteers who signed contracts, 16,400 former prisoners recruited by the "
              "Wagner group, and 11,630 mobilised men.")
    assert [(o[0], o[1]) for o in out] == [(19870, "russia"), (16400, "russia"), (11630, "russia")], out
    # recruitment itself stays no claim
    assert got("Russia has mobilised 300,000 men and recruited 20,000 prisoners, officials said.") == []


def test_in_the_region_after_a_russian_region_is_russian_and_passengers_are_civilians():
    out = got("Governor Vyacheslav Gladkov said a drone hit a car in the Belgorod region, killing one man.\n\n"
              "According to the governor's office, at least 290 civilians have been killed and more than 1,300 injured "
              "in the region since the start of the war.")
    assert [(o[0], o[1]) for o in out] == [(1, "russia"), (290, "russia"), (1300, "russia")], out
    out = got("In Sumy, a Russian drone struck a minibus on Wednesday morning, killing nine passengers, the regional "
              "military administration said.")
    assert [(o[0], o[1], o[2]) for o in out] == [(9, "ukraine", "civilians")], out


def test_north_korean_troops_are_their_own_party():
    out = got("South Korea's intelligence service told lawmakers on Monday that about 320 North Korean soldiers had been "
              "killed and some 2,600 wounded.", "2025-01-14")
    assert [(o[0], o[1], o[3]) for o in out] == [(320, "north korea", "killed"), (2600, "north korea", "wounded")], out


def test_an_attacks_parts_opened_by_its_whole_are_intervals():
    out = got("Of the 120 drones, 98 were shot down and 14 lost to electronic warfare, the Air Force said.")
    assert [(o[0], o[3], o[4]) for o in out] == [(98, "destroyed", "interval"), (14, "lost", "interval")], out


def test_a_ships_crew_killed_are_soldiers_and_a_village_in_a_russian_region_is_russian():
    out = got("HUR said at the time that from 15 to 40 of its crew had been killed.")
    assert [(o[0], o[2]) for o in out] == [(15, "personnel")], out
    out = got("Governor Gladkov said a drone hit a car in the Belgorod region on Sunday.\n\nIn the village of "
              "Nikolskoye, two men were killed by shelling on Sunday, the governor said.")
    assert [(o[0], o[1], o[2]) for o in out] == [(2, "russia", "civilians")], out


def test_a_remark_naming_the_main_source_before_its_list_keeps_the_list_the_main_sources():
    txt = ("Ukraine's General Staff said on Thursday Russia lost 418,000 troops in 2025.\n\n"
           "Russian officials said 180 civilians were killed in Russia's border regions over the same period.\n\n"
           "The General Staff expects Russia to try to recruit 400,000 new contract soldiers in 2026.\n\n"
           "Total combat losses of the enemy from 24.02.22 to 15.01.26 are approximately:\n\n"
           "personnel — 1,218,900 (+1,040)\ntanks — 11,560 (+6)")
    out = [(c.value, c.side, c.claimant) for c in extract(txt, "2026-01-15")]
    assert out[2:] == [(1218900, "russia", "ukraine_gov"), (1040, "russia", "ukraine_gov"),
                       (11560, "russia", "ukraine_gov"), (6, "russia", "ukraine_gov")], out


def test_a_groups_paragraph_of_a_daily_report_takes_the_reports_day():
    txt = ("MOSCOW, August 12. /TASS/. Russian forces inflicted losses on Ukrainian troops in all directions over the "
           "past day, the Russian Defense Ministry reported on Monday.\n\n"
           "\"Units of the Battlegroup West improved their tactical position. The enemy lost up to 230 servicemen and "
           "two tanks.\"\n\n"
           "\"Units of the Battlegroup South repelled three counterattacks near Konstantinovka. A further attack was "
           "repelled near Chasov Yar. Also destroyed was an ammunition depot, the ministry said.\"\n\n"
           "\"Units of the Battlegroup East struck enemy manpower near Vremevka. The enemy's losses amounted to up to "
           "125 servicemen and a Leopard tank.\"")
    out = [(c.value, c.period, c.as_of.isoformat()) for c in extract(txt, "2024-08-12")]
    assert out == [(230, "interval", "2024-08-12"), (2, "interval", "2024-08-12"),
                   (125, "interval", "2024-08-12")], out
    txt2 = ("Russia's defence ministry on Wednesday published its daily summary of the fighting.\n\n"
            "In the Kharkiv region, units of the North group of forces repelled four counterattacks. \"The enemy lost "
            "up to 240 servicemen and two tanks,\" the statement said.")
    out = [(c.value, c.period) for c in extract(txt2, "2024-06-19")]
    assert out == [(240, "interval"), (2, "interval")], out


def test_the_list_includes_parts_of_the_named_dead_and_counted_speakers_are_no_figures():
    out = got("Mediazona has confirmed the names of 90,000 Russian soldiers killed in the war.\n\nThe list includes "
              "more than 19,000 former prisoners recruited by the Wagner Group, 10,470 mobilized men and 4,050 career "
              "officers.")
    assert [(o[0], o[3]) for o in out] == [(90000, "killed"), (19000, "killed"), (10470, "killed"), (4050, "killed")]
    assert got("One milblogger claimed that Russian units had lost 'dozens' of armored vehicles over the past week.") == []
    out = got("Russia's record drone barrage: 706 Shaheds in one night, Ukraine downs 667")
    assert [(o[0], o[4]) for o in out] == [(667, "interval")], out


def test_a_quoted_name_between_the_source_and_its_verb():
    out = [(c.value, c.claimant) for c in extract(
        "Over the past day, the Defence Forces of the South liquidated 116 invaders and destroyed 4 tanks, the "
        "Operational Command \"South\" reports.", PUB)]
    assert out == [(116, "ukraine_gov"), (4, "ukraine_gov")], out


def test_a_heading_qualifying_its_list_after_its_colon():
    txt = ("Total combat losses of the enemy from 24.02.22 to 15.01.26 are approximately: The personnel figure "
           "includes both killed and wounded.\n\npersonnel — 1,218,900 (+1,040)\ntanks — 11,560 (+6)")
    out = [(c.value, c.qualifier, c.as_of.isoformat()) for c in extract(txt) if c.period == "cumulative"]
    assert out == [(1218900, "approximately", "2026-01-15"), (11560, "approximately", "2026-01-15")], out


def test_restatements_tallies_and_superlative_windows():
    out = got("Russia is losing 1,500 soldiers a day. That's roughly 45,000 men a month, and Putin simply does not care.")
    assert [(o[0], o[4]) for o in out] == [(1500, "rate"), (45000, "rate")], out
    out = got("The General Staff said Russia lost 1,200 troops on Tuesday. Tuesday's tally also included 47 artillery "
              "systems and 129 drones, the figures showed.", "2025-01-15")
    assert [(o[0], o[2], o[4]) for o in out] == [(1200, "personnel", "interval"), (47, "artillery", "interval"),
                                                 (129, "drones", "interval")], out
    out = got("Putin humiliated as 11,400 troops killed or wounded in 'bloodiest week'", "2025-01-15")
    assert [(o[0], o[4]) for o in out] == [(11400, "interval")], out
    out = got("Russia is losing around 150 tanks a month in Ukraine, and it cannot build or refurbish them fast enough.")
    assert [(o[0], o[4]) for o in out] == [(150, "rate")], out
    # no restatement: "This is one battalion a day"; a comparison after it keeps its own reading
    assert got("Russia loses 1,000 men a day. This is one battalion a day of mercenaries.")[1:] == []


def test_a_groups_paragraph_is_a_partial_scope():
    txt = ("MOSCOW, August 12. /TASS/. Russian forces inflicted losses on Ukrainian troops in all directions over the "
           "past day, the Russian Defense Ministry reported on Monday.\n\n"
           "\"Units of the Battlegroup West improved their tactical position. The enemy lost up to 230 servicemen and "
           "two tanks.\"")
    assert [c.scope for c in extract(txt, "2024-08-12")] == ["partial", "partial"]


def test_an_estimated_is_a_qualifier_no_speech_verb():
    out = [(c.value, c.side, c.claimant, c.qualifier) for c in extract(
        "LONDON — Russian forces have suffered an estimated 96,000 casualties since their summer offensive began on "
        "June 3, Britain's Defence Intelligence said on Sunday.", "2023-09-10")]
    assert out == [(96000, "russia", "uk_gov", "approximately")], out


def test_a_noun_of_its_own_followed_by_a_verb_ends_the_noun_phrase():
    assert got("In a workshop, two dozen workers assemble interceptor drones, and the air force says they have shot "
               "down hundreds.") == []
    out = got("The volunteer project UALosses has documented 89,400 names of Ukrainian soldiers dead or missing.")
    assert [(o[0], o[2]) for o in out] == [(89400, "personnel")], out


def test_radar_stations_other_wars_and_costs_of_the_future():
    out = got("The Russian air defence systems destroyed in Crimea this year include 15 S-400 launchers and at least 3 "
              "radar stations, according to HUR.")
    assert [(o[0], o[2]) for o in out][-1] == (3, "other"), out
    assert got("A Russian breakthrough could cost Ukraine as many as 100,000 more lives, the general warned.") == []
    assert got("During the Battle of Stalingrad, the Red Army lost more than 470,000 men killed.") == []


def test_added_to_its_tally_and_included_variants():
    out = got("The General Staff added another 118 vehicles and fuel tanks to its tally, which now stands at 52,232.",
              "2025-06-11")
    assert [(o[0], o[2], o[3], o[4]) for o in out] == [(118, "vehicles", "lost", "interval"),
                                                       (52232, "vehicles", "lost", "cumulative")], out
    out = got("In January alone, Oryx added 97 Russian tanks to its list.", "2023-02-24")
    assert [(o[0], o[4], o[5]) for o in out] == [(97, "interval", "2023-01-31")], out
    out = got("Oryx counts 1,240 Ukrainian tanks lost, including 150 Leopard 2 variants supplied by Western partners.")
    assert [(o[0], o[2]) for o in out] == [(1240, "tanks"), (150, "tanks")], out


def test_on_the_kyiv_direction_is_a_place_no_side():
    out = got("On the Kyiv direction alone, the enemy lost up to 150 servicemen over the past day, the General Staff "
              "said.")
    assert [(o[0], o[1]) for o in out] == [(150, "russia")], out


def test_the_number_of_troops_killed_at_is_no_agent():
    out = [(c.value, c.side, c.claimant) for c in extract(
        "The General Staff also put the number of Russian troops killed at around 19,800, and said 739 tanks and 1,964 "
        "armoured vehicles had been destroyed.", "2022-04-15")]
    assert out == [(19800, "russia", "ukraine_gov"), (739, "russia", "ukraine_gov"), (1964, "russia", "ukraine_gov")]


def test_a_part_without_a_figure_holds_no_window_and_deaths_of_prisoners_are_deaths():
    out = got("Milley also estimated that roughly 35,000 Ukrainian civilians had been killed, many of them in the siege "
              "of Mariupol.", "2022-11-11")
    assert [(o[0], o[4]) for o in out] == [(35000, "cumulative")], out
    out = got("The headquarters has confirmed the deaths in captivity of at least 206 Ukrainian prisoners of war, many "
              "of them as a result of torture.", "2025-08-24")
    assert [(o[0], o[3], o[4]) for o in out] == [(206, "killed", "cumulative")], out


def test_a_year_in_the_reported_clause_is_the_figures_window():
    out = got("The ministry said Russia's casualties for 2024 as a whole were likely about 429,600, compared with "
              "roughly 253,000 in 2023.", "2025-01-04")
    assert [(o[0], o[4], o[5]) for o in out] == [(429600, "interval", "2024-12-31"), (253000, "interval", "2023-12-31")]
    out = got("The UK ministry said losses were high. It added that in 2024 Russia lost around 3,600 armoured fighting "
              "vehicles.", "2025-01-09")
    assert [(o[0], o[4], o[5]) for o in out] == [(3600, "interval", "2024-12-31")], out
    # the statement's own time stays the statement's
    out = got("Zelensky said in February that 31,000 Ukrainian soldiers had been killed.", "2024-06-01")
    assert [(o[0], o[4]) for o in out] == [(31000, "cumulative")], out


def test_an_attack_struck_with_missiles_then_shot_down():
    txt = ("Russia struck Ukraine's energy system overnight with 120 missiles and 90 drones, President Volodymyr "
           "Zelensky said on Sunday.\n\nUkraine's air force said it had shot down 92 cruise missiles and 42 drones, "
           "while another 41 drones were lost from radar after being jammed.")
    out = [(c.value, c.period) for c in extract(txt, "2024-11-17")]
    assert out == [(92, "interval"), (42, "interval"), (41, "interval")], out


def test_defenders_inflicting_losses_are_no_losers_and_of_whom_n_killed_splits_casualties():
    txt = ("Over the past day, 157 combat engagements took place, the General Staff of Ukraine's Armed Forces said.\n\n"
           "In the Pokrovsk direction alone, Ukrainian defenders inflicted losses of 302 occupiers, of whom 181 were "
           "killed and 121 wounded, the General Staff said.")
    out = [(c.value, c.side, c.outcome, c.claimant) for c in extract(txt, "2025-08-12")]
    assert out == [(302, "russia", "casualties", "ukraine_gov"), (181, "russia", "killed", "ukraine_gov"),
                   (121, "russia", "wounded", "ukraine_gov")], out


def test_a_source_disputing_an_account():
    out = [(c.value, c.claimant) for c in extract(
        "Russia's defence ministry said on Friday that it had withdrawn without loss.\n\nUkraine's southern command "
        "disputed that account, saying that its forces had killed 74 Russian soldiers and destroyed nine tanks in the "
        "south on Friday.", "2022-11-12")]
    assert out == [(74, "ukraine_gov"), (9, "ukraine_gov")], out


def test_south_koreas_spy_agency_is_another_government():
    out = [(c.value, c.claimant) for c in extract(
        "South Korea's spy agency put the figure at about 300 killed and 2,700 wounded.", "2025-01-14")]
    assert out == [(300, "other"), (2700, "other")], out


def test_the_body_in_the_speakers_relative_clause_speaks():
    out = [(c.value, c.claimant) for c in extract(
        "Brigadier General Oleksandr Tarnavskyi, who commands Ukraine's Tavria group of forces, said on Sunday that "
        "Russian forces had lost about 44,700 troops.", "2024-02-12")]
    assert out == [(44700, "ukraine_gov")], out


def test_ualosses_is_a_named_counter():
    out = [(c.value, c.side, c.claimant) for c in extract(
        "The independent UALosses project has named about 70,000 Ukrainian dead.", "2025-02-16")]
    assert out == [(70000, "ukraine", "other")], out


def test_a_sources_verified_count():
    out = [(c.value, c.claimant) for c in extract(
        "Oryx's photo-verified count of Russian tanks lost stood at 4,030 on June 1, 2025.", "2025-06-05")]
    assert out == [(4030, "oryx")], out


def test_the_defense_intelligence_agency_is_american():
    out = [(c.value, c.claimant) for c in extract(
        "US officials estimate that between 3,000 and 6,000 Russian troops have been killed, according to media reports "
        "citing the Defense Intelligence Agency.", "2022-03-10")]
    assert out == [(3000, "us_gov")], out


def test_raised_its_tally_names_the_source():
    out = [(c.value, c.claimant) for c in extract(
        "Ukraine's General Staff on Friday raised its tally of Russian warships and boats destroyed since February 24 "
        "to eight.", "2022-04-16")]
    assert out == [(8, "ukraine_gov")], out


def test_ukrainian_regional_heads_named_alone():
    out = [(c.value, c.claimant) for c in extract(
        "Haidai said two civilians were killed in Lysychansk on Thursday when shells hit a queue.", "2022-06-10")]
    assert out == [(2, "ukraine_gov")], out


def test_a_speakers_relative_clause_dates_no_figure():
    out = got("Mariupol mayor Vadym Boichenko, who left the city in March, said at least 22,000 civilians had been "
              "killed there since the start of the war.", "2022-05-20")
    assert [(o[0], o[4], o[5]) for o in out] == [(22000, "cumulative", "2022-05-20")], out


def test_the_same_count_by_another_source_after_a_semicolon_and_an_average_age():
    out = [(c.value, c.category, c.outcome, c.claimant) for c in extract(
        "Kyiv claims to have destroyed more than 11,600 Russian tanks; even Oryx, which counts only what it can see, "
        "has documented more than 4,300.", "2026-02-24")]
    assert out == [(11600, "tanks", "destroyed", "ukraine_gov"), (4300, "tanks", "lost", "oryx")], out
    assert got("The average age of the dead has risen from 32 in the first months of the war to 37.") == []


def test_names_of_the_fallen_and_bodies_received_in_return():
    out = got("UALosses lists almost 90,000 names of fallen Ukrainian soldiers.", "2025-05-20")
    assert [(o[0], o[1], o[3]) for o in out] == [(90000, "ukraine", "killed")], out
    out = got("UALosses lists 74,300 names of the killed and a further 71,900 missing.", "2025-05-20")
    assert [(o[0], o[3]) for o in out] == [(74300, "killed"), (71900, "missing")], out
    assert got("Ukraine returned the bodies of 1,000 fallen soldiers to Russia this week and received 6,060 in "
               "return.") == []
