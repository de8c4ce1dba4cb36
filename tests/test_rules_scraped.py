"""Rule tests for short scraped news pages: translated briefings, regional posts, captions and
calendar windows (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2024-10-19"  # a Saturday


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.outcome, c.period, c.as_of.isoformat() if c.as_of else None, c.scope)
            for c in extract(text, published)]


def test_a_group_of_forces_paragraph_is_a_daily_share_when_the_window_is_named_elsewhere():
    text = ("Russian Defence Ministry summary: Ukrainian army loses over 1,400 troops in a day\n\n"
            "The armed forces continue the special military operation.\n\n"
            "Units of the Zapad group of forces improved their positions. The Ukrainian armed forces lost up to "
            "480 servicemen and two tanks.\n\n"
            "Air defence shot down 52 drones over the past 24 hours.")
    out = {(o[0], o[2]): o for o in got(text)}
    assert out[(480, "personnel")][4:] == ("interval", PUB, "partial"), out
    assert out[(2, "tanks")][4:] == ("interval", PUB, "partial"), out
    # without any daily window in the document the paragraph says nothing about its period
    text2 = ("Units of the Zapad group of forces improved their positions. The Ukrainian armed forces have lost "
             "up to 480 servicemen since the start of the operation.")
    assert [o[4] for o in got(text2)] == ["cumulative"], got(text2)


def test_ukrainian_command_report_vocabulary_and_date_line():
    text = ('Operational Command "South": operational information as of 08:00 14.11.2023\n\n'
            "During the past day, the Defense Forces of the South destroyed 37 occupiers, 2 tanks, "
            "9 units of armored and automobile equipment, 3 automobiles and 2 boats.")
    out = {o[2]: o for o in got(text, None)}
    assert set(out) == {"personnel", "tanks", "armoured_vehicles+vehicles", "vehicles", "ships"}, out
    assert all(o[5] == "2023-11-14" and o[4] == "interval" for o in out.values()), out
    assert {c.claimant for c in extract(text)} == {"ukraine_gov"}


def test_russian_ministry_munition_and_drone_names():
    out = got("Air defence means shot down two Storm Shadow cruise missiles, ten Vampire MLRS rockets and 67 "
              "aircraft-type unmanned aerial vehicles over the past 24 hours, the Russian ministry said.")
    assert [(o[0], o[2]) for o in out] == [(2, "cruise_missiles"), (10, "other"), (67, "drones")], out


def test_separatist_officials_are_russian_installed():
    text = ("DONETSK, 27 January 2023. /DAN/. The people's militia of the DPR reported that in the past day its "
            "units destroyed 2 tanks of the Armed Forces of Ukraine near Vuhledar.")
    cs = extract(text)
    assert [(c.value, c.side, c.claimant, c.as_of.isoformat()) for c in cs] == [(2, "ukraine", "russia_gov",
                                                                                 "2023-01-27")]


def test_windows_that_do_not_start_with_the_war():
    out = got("Putin said on Tuesday that Kyiv had lost 186 tanks and more than 360 other armoured vehicles since it "
              "began on June 4.", "2023-07-20")
    assert [o[4] for o in out] == ["interval", "interval"], out
    out = got("Kyiv says Russia has lost 3,500 troops since it began on February 24.", "2022-03-01")
    assert [o[4] for o in out] == ["cumulative"], out
    # a fight named in a "while ...ing" clause is the figures' window; a speech participle is not
    out = got("The brigade said it had destroyed 16 armoured vehicles and two tanks while repelling a mechanised "
              "assault near the village on Friday.", "2024-12-20")
    assert [o[4] for o in out] == ["interval", "interval"], out
    out = got('"Over these two weeks our brigade alone destroyed 41 tanks and about 90 armoured vehicles," the '
              "commander told CNN.", "2024-12-20")
    assert [o[4] for o in out] == ["interval", "interval"], out
    out = got("Ukraine's armed forces say they have killed roughly 145,000 Russian soldiers over those twelve months.",
              "2023-02-24")
    assert [o[4] for o in out] == ["cumulative"], out


def test_the_same_period_after_a_total_brought_up_to_date_is_the_window_before():
    text = ("Ukraine's military claimed 1,960 Russian soldiers were killed or wounded in a single 24-hour period. "
            "The tally takes Russia's total killed and wounded since February 2022 to 737,970. "
            "Kyiv also said its forces had destroyed 19 tanks over the same period.")
    out = {o[0]: o[4] for o in got(text, "2024-11-27")}
    assert out == {1960: "interval", 737970: "cumulative", 19: "interval"}, out
    text = ("Ukraine's military said 1,960 Russian soldiers were killed over the past day. "
            "Russia has lost 737,970 troops since February 2022, it said. "
            "It also listed 9,531 tanks among the equipment Russia has lost over the same period.")
    out = {o[0]: o[4] for o in got(text, "2024-11-27")}
    assert out[9531] == "cumulative", out


def test_the_start_of_a_window_is_no_as_of():
    out = got("In total, since the start of the incursion on 6 August, the enemy has lost more than 2,640 servicemen "
              "in the Kursk direction, the ministry said.", "2024-08-15")
    assert [(o[4], o[5]) for o in out] == [("interval", "2024-08-15")], out
    out = got("Since the beginning of the operation in 2022, Moscow says, Kiev's forces have lost 650 aircraft.",
              "2024-12-17")
    assert [(o[4], o[5]) for o in out] == [("cumulative", "2024-12-17")], out


def test_a_list_qualified_as_a_whole_qualifies_its_increments_too():
    text = ("The total combat losses of the enemy from 24.02.22 to 09.08.23 approximately amounted to:\n"
            "personnel - about 250,450 (+520) persons were liquidated,\ntanks - 4,270 (+7),\n")
    out = {c.value: c.qualifier for c in extract(text, "2023-08-09")}
    assert out == {250450: "approximately", 520: "approximately", 4270: "approximately", 7: "approximately"}, out


def test_munition_models_and_the_place_of_a_part_leave_the_whole_total():
    out = got("The Ukrainian air force says it shot down 11 of the 15 Shahed drones Russia launched overnight.")
    assert [(o[0], o[6]) for o in out] == [(11, "total")], out
    out = got("Russia's defence ministry said its air defence systems had destroyed 47 Ukrainian drones overnight, "
              "including 20 over the Bryansk region.")
    assert [(o[0], o[6]) for o in out] == [(47, "total"), (20, "partial")], out
    # a place after the part, past its comma, is the whole's; a tank model is a subset
    out = got("Shoigu said Russian forces had destroyed 920 Ukrainian armored vehicles, including 16 Leopard tanks, in "
              "the Donbass and Zaporozhye regions in June.", "2023-07-03")
    assert [(o[0], o[6]) for o in out] == [(920, "partial"), (16, "partial")], out


def test_speaking_on_a_day_dates_the_statement():
    out = got("Speaking in the Commons on Monday, Mr Wallace said that Russia had also lost more than 2,000 armoured "
              "vehicles.", "2022-04-27")
    assert [(o[4], o[5]) for o in out] == [("cumulative", "2022-04-25")], out


def test_one_repelled_assault_is_a_window():
    out = got("KYIV (AFP) — Ukrainian forces repelled one of the largest Russian mechanised assaults in months near "
              "Pokrovsk, destroying 13 armoured vehicles and three tanks, an army brigade said.", "2024-12-03")
    assert [o[4] for o in out] == ["interval", "interval"], out
    out = got('"The occupiers lost 112 men killed and 64 wounded in this assault alone," the brigade said.',
              "2024-12-03")
    assert [o[4] for o in out] == ["interval", "interval"], out


def test_a_superlative_compared_with_the_war_is_no_running_total():
    out = got("Russian forces suffered their heaviest monthly losses of the full-scale war last month, with 48,670 "
              "personnel killed or wounded, according to Ukraine's General Staff.", "2024-12-03")
    assert [(o[4], o[5]) for o in out] == [("interval", "2024-11-30")], out


def test_months_combined_are_no_two_sides():
    out = got("The Ministry of Defence in London said Russian casualties in May and June combined were more than "
              "70,000.", "2024-07-10")
    assert [(o[0], o[1]) for o in out] == [(70000, "russia")], out
    out = got("Combined losses exceed 1,000,000 killed and wounded, analysts said.", "2024-07-10")
    assert [o[1] for o in out] == ["both"], out


def test_bare_counts_after_a_civilian_toll_are_civilians():
    out = got("The UN mission said 1,100 civilians were killed in October. Almost half of the casualties occurred in "
              "the Kharkiv region, where the mission recorded 66 killed and 289 wounded.", "2024-11-10")
    assert [(o[0], o[1], o[2]) for o in out] == [(1100, "ukraine", "civilians"), (66, "ukraine", "civilians"),
                                                 (289, "ukraine", "civilians")], out


def test_gallery_counters_released_prisoners_and_operation_windows():
    assert got("2/12  Ukrainian servicemen tow a captured Russian BMP-2 infantry fighting vehicle.") == []
    assert got("Ukraine and Russia each released 246 prisoners of war on Wednesday, both sides said.") == []
    out = got("Acting Kursk governor Alexei Smirnov said 12 civilians had been killed and 121 injured in the region "
              "since the Ukrainian attack began.", "2024-08-15")
    assert [o[4] for o in out] == ["interval", "interval"], out
    out = got("Syrskyi said more than 100 Russian servicemen had been taken prisoner during the operation.",
              "2024-08-15")
    assert [o[4] for o in out] == ["interval"], out
    out = got('"In total, during the fighting in the Kursk direction, the enemy has lost over 3,810 servicemen," '
              "the ministry said.", "2024-08-15")
    assert [o[4] for o in out] == ["interval"], out


def test_a_year_opening_the_sentence_frames_its_figures():
    out = got("In 2025, the Ukrainian military also reported destroying 1,030 Russian tanks and more than 80,000 drones, "
              "the largest annual number of drones since the invasion began.", "2026-01-01")
    assert [(o[4], o[5]) for o in out] == [("interval", "2025-12-31")] * 2, out


def test_translated_wounds_and_a_passive_attacker_before_the_toll():
    out = got("As a result of shelling by the Armed Forces of Ukraine of the Kuibyshevsky district of Donetsk, two "
              "civilians were killed and five more received wounds, the DPR representation in the JCCC reported.",
              "2023-01-27")
    assert [(o[0], o[1], o[3]) for o in out] == [(2, "russia", "killed"), (5, "russia", "wounded")], out


def test_this_was_announced_on_the_air_by_names_the_source_of_the_sentence_before():
    text = ("Over the past day, the Russian occupiers lost 78 people killed in the Kupiansk direction. This was "
            "announced on the air of the telethon by the spokesman of the Khortytsia group of troops Nazar Voloshyn.")
    assert [(c.value, c.claimant) for c in extract(text, "2024-10-14")] == [(78, "ukraine_gov")]


def test_glosses_rounded_headlines_and_the_front_as_a_whole():
    text = ("Russia has lost over 153,000 troops in Ukraine: Kyiv\n\n"
            "Russia has lost about 153,590 soldiers in Ukraine since the start of its full-scale invasion, the General "
            "Staff said. The figure, which covers both killed and wounded servicemen, is updated daily.")
    assert {c.value: c.outcome for c in extract(text, "2023-03-03")} == {153000: "casualties", 153590: "casualties"}
    text = ("Putin suffers 'blackest day' as 2,000 troops lost in 24 hours\n\n"
            "Ukraine's military claimed 1,960 Russian soldiers were killed or wounded in a single 24-hour period.")
    assert {c.value: c.outcome for c in extract(text, "2024-11-27")} == {2000: "casualties", 1960: "casualties"}
    out = got("Ukraine lost more than 1,450 servicemen across the front line over the past 24 hours, the Russian "
              "Defense Ministry said.")
    assert [o[6] for o in out] == ["total"], out
    out = got("The enemy lost up to 230 troops and four tanks there, the ministry said.")
    assert [o[6] for o in out] == ["partial", "partial"], out


def test_by_the_end_of_last_year_is_a_running_total_then():
    out = got("Mediazona says that between 190,000 and 230,000 Russian soldiers had died by the end of last year.",
              "2025-07-04")
    assert [(o[4], o[5]) for o in out] == [("cumulative", "2024-12-31")], out


def test_putting_the_total_at_is_the_totals_cue_and_combat_vehicles_are_armoured():
    out = got("Ukraine's General Staff said that Russia had lost 1,030 troops over the past day, putting total Russian "
              "personnel losses since February 2022 at 1,132,450.", "2025-09-01")
    assert [(o[0], o[4]) for o in out] == [(1030, "interval"), (1132450, "cumulative")], out
    out = got("Russian troops also destroyed 15 combat vehicles, the ministry said.")
    assert [o[2] for o in out] == ["armoured_vehicles"], out


def test_an_average_of_a_window_ends_with_it():
    out = got("October was the deadliest month for Russian forces so far, with 41,980 troops killed or wounded — an "
              "average of 1,354 per day, according to General Staff data.", "2024-11-05")
    assert [(o[0], o[4], o[5]) for o in out] == [(41980, "interval", "2024-10-31"), (1354, "rate", "2024-10-31")], out
    out = got("Russia lost 47,930 troops in December, the General Staff said. That is an average of about 1,546 troops "
              "a day.", "2025-01-05")
    assert [(o[0], o[4], o[5]) for o in out] == [(47930, "interval", "2024-12-31"), (1546, "rate", "2024-12-31")], out
    out = got("The UN mission has verified the deaths of 11,973 civilians up to the end of October.", "2024-11-22")
    assert [(o[4], o[5]) for o in out] == [("cumulative", "2024-10-31")], out


def test_a_day_window_after_an_as_of_headline_and_more_negatives():
    out = got("Russian losses as of April 21: 1,060 personnel and 38 artillery systems in the past day", "2025-04-21")
    assert [o[4] for o in out] == ["interval", "interval"], out
    out = got('"As of the morning of May 12, more than 1,739 children have suffered as a result of the aggression," the '
              "statement reads.", "2024-05-12")
    assert [o[4] for o in out] == ["cumulative"], out
    assert got("Podolyak repeated a request for 1,000 howitzers, 300 multiple rocket launchers and 500 tanks to stop "
               "the losses.") == []
    assert got("European leaders compared the killings to the massacre at Srebrenica, where about 8,000 men and boys "
               "were murdered.") == []


def test_list_lines_ending_in_commas_stay_items():
    text = ("Kyiv, March 6: The total combat losses of the enemy from 24.02 to 06.03 were approximately:\n\n"
            "personnel - more than 11,000 people,\ntanks - 285,\nhelicopters - 48,\ntanks with fuel - 60.\n"
            "This was reported by the General Staff of the Armed Forces of Ukraine.")
    out = {c.value: (c.category, c.qualifier, c.claimant) for c in extract(text, "2022-03-06")}
    assert out[11000] == ("personnel", "more_than", "ukraine_gov"), out
    assert out[285] == ("tanks", "approximately", "ukraine_gov") and out[48][0] == "helicopters", out


def test_producers_named_by_citing_by_with_and_after_a_date_prefix():
    cs = extract("Citing figures released by Ukraine's General Staff, the regular Defence Intelligence update posted on "
                 "X on Sunday said 45,680 Russian personnel were killed or wounded in November.", "2024-12-08")
    assert [(c.value, c.claimant) for c in cs] == [(45680, "ukraine_gov")]
    cs = extract("Ukraine has also suffered heavy losses in the air, with Oryx counting 102 Ukrainian aircraft lost.")
    assert [(c.value, c.claimant) for c in cs] == [(102, "oryx")]
    text = (" date 2025-09-14 General Staff: Russia's combat losses reach 1,093,970 personnel\n\n"
            "The total combat losses of the enemy from February 24, 2022, to September 14, 2025, amounted to:\n\n"
            "personnel ‒ about 1,093,970 (+960) persons\ntanks ‒ 11,178 (+3)\n")
    assert {c.claimant for c in extract(text)} == {"ukraine_gov"}


def test_plus_before_a_noun_is_no_increment_and_tactical_missiles_are_other():
    out = got("The strike brought the number of Russian warships destroyed since February 2022 to 25, plus one "
              "submarine, the navy said.")
    assert ("submarines", "cumulative") in [(o[2], o[4]) for o in out], out
    assert [(c.value, c.period) for c in extract("Russia has lost 998,740 troops (plus 1,090), the General Staff said.", PUB)] \
        == [(998740, "cumulative"), (1090, "interval")]
    out = got("Air defence systems intercepted 16 Tochka-U tactical missiles and five Vampire multiple rocket launcher "
              "rockets over the past day, the ministry said.")
    assert [(o[0], o[2]) for o in out] == [(16, "other"), (5, "other")], out


def test_bringing_the_count_that_names_its_own_noun_keeps_the_first_figures_side_and_category():
    text = ("Ukraine's army said Russian forces lost 640 soldiers over the past day, bringing the total number "
            "of Russian troops killed since February 2022 to 312,400.")
    out = {o[0]: o for o in got(text)}
    assert out[640][1:5] == ("russia", "personnel", "killed", "interval"), out   # "lost N soldiers"
    assert out[312400][1:5] == ("russia", "personnel", "killed", "cumulative"), out
    # an outcome noun in the count is the total's own ("... personnel losses ... to")
    text2 = ("The General Staff said the enemy had lost 1,150 personnel over the past day, bringing the total "
             "number of Russian personnel losses since the start of the invasion to 701,300.")
    out2 = {o[0]: o for o in got(text2)}
    assert out2[701300][1:5] == ("russia", "personnel", "casualties", "cumulative"), out2
    # a window in the count keeps it an interval
    text3 = ("The governor said four people had been killed over the past day, bringing the number of civilian "
             "deaths this month to 23.")
    out3 = {o[0]: o for o in got(text3)}
    assert out3[23][2:5] == ("civilians", "killed", "interval"), out3


def test_one_strikes_toll_said_as_its_participle_is_an_interval():
    text = ("Russia's defence ministry said it had carried out a strike on a hotel where Ukrainian officers were "
            "staying, killing up to 60 servicemen and destroying 14 vehicles.")
    assert [(o[0], o[4]) for o in got(text)] == [(60, "interval"), (14, "interval")], got(text)
    # a running total with no event stays cumulative
    assert [o[4] for o in got("Russia says Ukraine has lost 14,000 vehicles.")] == ["cumulative"]


def test_since_a_side_launched_an_offensive_is_a_window_of_its_own_and_a_part():
    text = ("Russia's Defence Ministry claimed that the Ukrainian army had lost 2,900 servicemen and 41 tanks "
            "since it launched a large-scale offensive on June 4.")
    assert [o[4:] for o in got(text)] == [("interval", PUB, "partial")] * 2, got(text)
    # the special military operation is the war itself
    text2 = "Russia's Defence Ministry said Ukraine had lost 400,000 troops since Russia launched its special military operation."
    assert [o[4] for o in got(text2)] == ["cumulative"], got(text2)
    text3 = "The ministry said Ukrainian troops had lost 380 men in this assault alone."
    assert [o[6] for o in got(text3)] == ["partial"], got(text3)


def test_since_a_weapon_was_first_used_is_its_own_window():
    text = ("The naval drones of Ukraine's Defence Intelligence have destroyed or damaged 31 Russian ships and boats "
            "since they were first used in 2023, a spokesman said.")
    assert [o[4] for o in got(text)] == ["interval"], got(text)


def test_a_units_own_tally_over_a_window_is_that_units_part():
    text = ("The 47th Mechanised Brigade said its drone crews had killed 730 Russian soldiers and destroyed 22 tanks "
            "between October 7 and October 13.")
    assert [(o[0], o[4], o[6]) for o in got(text)] == [(730, "interval", "partial"), (22, "interval", "partial")], got(text)
    # the General Staff's daily tally stays the whole side's
    text2 = "Ukraine's General Staff said Russia had lost 1,230 soldiers over the past day."
    assert [o[6] for o in got(text2)] == ["total"], got(text2)


def test_a_whole_of_which_a_part_was_killed_is_casualties():
    text = ('"In October alone, the enemy\'s losses in this sector amounted to 16,200 personnel, of whom 6,900 were '
            'killed," the commander wrote.')
    assert [(o[0], o[3]) for o in got(text)] == [(16200, "casualties"), (6900, "killed")], got(text)


def test_a_figure_glossed_later_in_its_sentence_as_including_the_wounded():
    text = ("Ukraine's General Staff says Russia has lost roughly 301,000 personnel since February 2022, a figure it "
            "updates daily and which includes the wounded.")
    assert [o[3] for o in got(text)] == ["casualties"], got(text)


def test_that_week_and_during_one_attack_are_windows():
    text = "The battalion says it captured 14 Russian soldiers that week and destroyed two infantry fighting vehicles."
    assert [o[4] for o in got(text)] == ["interval", "interval"], got(text)
    assert [o[4] for o in got("Air defence destroys 81 cruise missiles and 104 drones during massive Russian attack")] \
        == ["interval", "interval"]
    # a running total with no window stays one
    assert [o[4] for o in got("Ukraine has lost 7,000 tanks, the ministry claims.")] == ["cumulative"]


def test_singular_victims_of_a_strike_are_civilians():
    text = "Russian shelling hit the district overnight, the governor said. In one village, one woman was killed. Two pensioners were injured."
    assert [(o[0], o[2], o[3]) for o in got(text)] == [(1, "civilians", "killed"), (2, "civilians", "wounded")], got(text)
    # "our boys" are soldiers, not children
    assert [o[2] for o in got('"We are losing 100 of our boys every day," the adviser said.')] != ["civilians"]


def test_the_separatist_republics_losses_are_fighters_not_people():
    text = ("The count does not include fighters of the Donetsk and Luhansk \"people's republics\", whose losses "
            "the outlet estimates at 19,000 to 21,500 killed.")
    assert [(o[1], o[2]) for o in got(text)] == [("russia", "personnel")], got(text)


def test_in_the_night_is_a_window():
    text = ("In the night, air defence destroyed 12 Ukrainian unmanned aerial vehicles over the Bryansk region, "
            "the Ministry of Defence of the Russian Federation reported.")
    assert [o[4] for o in got(text)] == ["interval"], got(text)


def test_a_year_review_dated_early_in_the_next_year_without_a_year():
    text = ("Ukraine lost 420,000 troops in 2024, Russian General Staff says\n"
            "MOSCOW, January 6 (Agency) - The Ukrainian armed forces lost about 420,000 servicemen in 2024, the chief "
            "of the Russian General Staff said on Monday. He said Russian forces had taken 190 settlements last year.")
    out = {(o[0], o[5]) for o in got(text, None)}
    assert (420000, "2024-12-31") in out, out


def test_a_document_dated_in_the_sentence_and_the_same_document_later():
    text = ("One slide, marked secret and dated March 3, 2023, estimates that Russia has suffered between 170,000 "
            "and 205,000 casualties since the invasion. The same slide puts Ukrainian casualties at between 110,000 "
            "and 118,000.")
    assert [o[5] for o in got(text, None)] == ["2023-03-03", "2023-03-03"], got(text, None)


def test_men_killed_in_shelling_and_the_bare_count_after_them_are_civilians():
    text = "In the village, two men were killed and three were wounded by shelling on Sunday, the governor said."
    assert [(o[0], o[2]) for o in got(text)] == [(2, "civilians"), (3, "civilians")], got(text)


def test_a_sinking_that_killed_its_crew_is_one_events_toll():
    text = ("Ukraine's military intelligence said on Tuesday that its sea drones had sunk a Russian patrol ship near "
            "the Kerch Strait, killing 7 crew members and wounding 9.")
    assert [(o[0], o[2], o[4]) for o in got(text)] == [(7, "personnel", "interval"), (9, "personnel", "interval")], got(text)


def test_a_place_named_after_a_soldiers_count_does_not_make_its_bare_toll_civilians():
    text = "Mediazona has confirmed the names of 86,917 Russian soldiers killed in the war. In the city of Ufa alone, 410 have died."
    assert [(o[0], o[1], o[2]) for o in got(text)][1] == (410, "russia", "personnel"), got(text)
    # a strike's words still do
    text2 = "Mediazona has confirmed the names of 86,917 Russian soldiers killed. In a missile strike on the city, 41 have died."
    assert [(o[0], o[2]) for o in got(text2)][1] == (41, "civilians"), got(text2)


def test_a_month_before_a_title_is_no_part_of_the_name():
    text = "In February President Zelensky said more than 46,000 Ukrainian soldiers had been killed."
    assert [c.claimant for c in extract(text, PUB)] == ["ukraine_gov"]


def test_works_out_to_a_rate_is_the_figure_befores_rate():
    text = ("The General Staff says Russia lost 427,000 soldiers in 2024. The General Staff's figures work out to "
            "roughly 1,170 a day across the year.")
    out = got(text)
    assert (out[1][0], out[1][2], out[1][4]) == (1170, "personnel", "rate"), out


def test_a_date_line_under_a_headline_keeps_the_headlines_source_for_the_body():
    text = ("Russia's army loses over 1,100 soldiers in a day – General Staff\n04.08.2024 09:12\n"
            "The total combat losses of the enemy were approximately:\npersonnel ‒ about 590,870 (+1,140) persons,")
    assert {c.claimant for c in extract(text, "2024-08-04")} == {"ukraine_gov"}


def test_a_source_label_under_the_lead_names_the_source_of_the_lead_too():
    text = ("Russia's losses as of 18 January: nearly 1.23 million personnel\n"
            "Russian forces have lost 1,226,340 military personnel since the beginning of the full-scale invasion, "
            "including 1,060 over the past 24 hours.\nSource: General Staff of the Armed Forces of Ukraine")
    assert {c.claimant for c in extract(text, "2026-01-18")} == {"ukraine_gov"}


def test_number_first_list_items_with_the_increment_before_the_noun():
    text = ("Total combat losses of Russian forces between 24 February 2022 and 18 January 2026:\n"
            " - 11,512 (+3) tanks;\n - 23,874 (+5) armoured combat vehicles;")
    assert [(o[0], o[2], o[4]) for o in got(text, "2026-01-18")] == [
        (11512, "tanks", "cumulative"), (3, "tanks", "interval"),
        (23874, "armoured_vehicles", "cumulative"), (5, "armoured_vehicles", "interval")], got(text, "2026-01-18")
    # the noun on the next line is that line's own
    text2 = "The losses amounted to:\ntanks – 3,561 (+7)\narmoured combat vehicles – 6,914 (+11)"
    assert [(o[0], o[2]) for o in got(text2)] == [(3561, "tanks"), (7, "tanks"), (6914, "armoured_vehicles"),
                                                  (11, "armoured_vehicles")], got(text2)


def test_an_increment_follows_its_totals_reading_of_persons():
    text = ("The total combat losses of the enemy were approximately:\n"
            "personnel — about 26,950 (+300) persons liquidated\ntanks — 1,195 (+8)")
    assert [(o[0], o[2]) for o in got(text)][:2] == [(26950, "personnel"), (300, "personnel")], got(text)


def test_weapons_only_one_side_fields_name_the_side():
    text = "By the same count, 17 Leopard 2 tanks have been lost since the counteroffensive began in early June."
    assert [o[1] for o in got(text)] == ["ukraine"], got(text)
    # a side word still wins ("Russian tanks")
    assert [o[1] for o in got("Oryx counts 3,000 Russian tanks lost.")] == ["russia"]


def test_a_days_figure_put_at_is_no_running_total():
    text = "Ukraine's General Staff put Russian losses on Sunday alone at 1,580 troops."
    assert [o[4] for o in got(text)] == ["interval"], got(text)
    text2 = "On Tuesday the General Staff put Russian personnel losses at 418,010."
    assert [o[4] for o in got(text2)] == ["cumulative"], got(text2)


def test_projections_and_damaged_cars_are_no_claims():
    assert got("A think tank projects that Russian casualties might exceed 1.5 million by 2028 if the current tempo holds.") == []
    assert got("The mayor said 12 apartment buildings and about 30 cars had been damaged.") == []


def test_a_single_week_of_fighting_is_a_window():
    text = "A Pentagon official said North Korea had suffered at least 1,000 casualties in a single week of fighting."
    assert [o[4] for o in got(text)] == ["interval"], got(text)


def test_a_named_body_inside_generic_source_words_and_a_quoted_word_in_an_apposition():
    text = "The Oryx open-source project, which documents losses with photo evidence, said Russia had lost at least 338 pieces of equipment."
    assert [c.claimant for c in extract(text, PUB)] == ["oryx"]
    text2 = ('Russia\'s defence ministry, which describes the pullback as a planned "regrouping", said on Monday that '
             'its forces had killed more than 4,000 Ukrainian fighters.')
    assert [c.claimant for c in extract(text2, PUB)] == ["russia_gov"]


def test_subsets_opened_by_they_included_and_russian_words_for_ukrainian_soldiers():
    text = ("The Oryx project said Russia had lost at least 338 pieces of equipment between Sept 6 and Sept 12. "
            "They included 56 tanks, 38 of which were captured intact.")
    assert (56, "russia", "tanks", "lost") in [o[:4] for o in got(text, "2022-09-13")], got(text, "2022-09-13")
    text2 = "Konashenkov said that up to 170 nationalists had been eliminated over the past 24 hours."
    assert [(o[0], o[1], o[2]) for o in got(text2)] == [(170, "ukraine", "personnel")], got(text2)


def test_days_of_bombardment_and_a_month_heading_a_statement():
    assert [o[4] for o in got("The city council says 1,207 residents have been killed in nine days of bombardment.")] \
        == ["interval"]
    text = ("In January, Norway's chief of defence, General Eirik Kristoffersen, estimated that Russia had suffered "
            "some 170,000 killed or wounded.")
    assert [(o[4], o[5]) for o in got(text, "2023-03-13")] == [("cumulative", None)], got(text, "2023-03-13")


def test_a_parts_window_is_not_the_next_figures():
    text = ("According to the update, Ukrainian forces have also destroyed 3,446 Russian tanks, six of them over the "
            "past day, as well as 6,771 armoured fighting vehicles and 2,455 artillery systems.")
    assert [(o[0], o[4]) for o in got(text)] == [(3446, "cumulative"), (6, "interval"), (6771, "cumulative"),
                                                 (2455, "cumulative")], got(text)


def test_total_casualties_had_likely_reached_is_a_running_total():
    text = ("The UK Defence Ministry estimated that Russia was losing on average 1,500 personnel per day in November "
            "and that total Russian casualties had likely reached 730,000 killed and wounded.")
    assert [(o[0], o[4]) for o in got(text)] == [(1500, "rate"), (730000, "cumulative")], got(text)


def test_a_nights_hours_and_the_parts_after_a_colon_place_by_place():
    text = ("The Russian Defence Ministry said air defence systems destroyed 105 Ukrainian UAVs over Russian regions "
            "between 11 p.m. and 7 a.m. Moscow time: 41 over the Bryansk region, 22 over Kursk and 18 over the "
            "Belgorod region.")
    out = got(text)
    assert [(o[0], o[2], o[4], o[6]) for o in out] == [(105, "drones", "interval", "total"),
                                                       (41, "drones", "interval", "partial"),
                                                       (22, "drones", "interval", "partial"),
                                                       (18, "drones", "interval", "partial")], out


def test_a_failed_crossing_the_unaccounted_for_and_the_soviet_unions_war():
    assert [o[4] for o in got("The governor said around 400 Russian troops were believed killed in the failed crossing.")] \
        == ["interval"]
    assert [o[3] for o in got("Rescuers said another 35 residents were still unaccounted for under the rubble.")] == ["missing"]
    assert got("The Soviet Union lost an estimated 27 million people in the war of 1941-1945, historians say.") == []
    assert got("The building was hit by a Kh-22 missile, a 5.9-tonne Soviet-era anti-ship weapon.") == []


def test_a_headlines_since_date_is_no_publication_date():
    text = ("General Staff: Russia has lost 1,030,510 troops in Ukraine since Feb. 24, 2022\n"
            "by the news desk July 8, 2025 8:41 AM 1 min read\n"
            "Russia has lost 1,030,510 troops since the beginning of its full-scale invasion, the General Staff "
            "reported on July 8.")
    assert {o[5] for o in got(text, None)} == {"2025-07-08"}, got(text, None)


def test_emoji_bullets_make_list_items():
    text = ("Over the past day, the Defence Forces of the South liquidated 47 occupiers and destroyed:\n"
            "\u25aa\ufe0f 1 tank\n\u25aa\ufe0f 6 artillery systems\n\U0001f539 19 UAVs of various types")
    assert [(o[0], o[2]) for o in got(text)] == [(47, "personnel"), (1, "tanks"), (6, "artillery"), (19, "drones")], got(text)


def test_a_new_line_after_a_group_paragraph_is_the_whole_reports():
    text = ("MOSCOW, July 19. /TASS/. The Ukrainian army lost up to 1,845 servicemen in the past 24 hours, the "
            "Russian Defense Ministry reported on Friday.\n"
            "Battlegroup Yug (South) hit four Ukrainian brigades. The enemy lost as many as 600 troops.\n"
            "Air defense forces shot down 71 fixed-wing drones over the past day.")
    out = {o[0]: o for o in got(text, "2024-07-19")}
    assert out[600][6] == "partial" and out[71][6] == "total", out


def test_the_same_period_does_not_undo_a_total_brought_up_to_date():
    text = ("Russia's ministry said it destroyed 40 drones on Sunday. Ukraine's General Staff said Russia had lost "
            "1,100 personnel over the same period, bringing the total to 597,990.")
    assert (597990, "cumulative") in [(o[0], o[4]) for o in got(text)], got(text)


def test_weapons_that_hit_a_target_are_no_losses():
    assert got("Two guided aerial bombs hit the store on the city's north-western edge in the afternoon.") == []


def test_a_whose_clause_names_no_speaker_and_bradley_fighting_vehicles_join_tanks():
    text = ("Russia's Defence Ministry, whose figures are regarded by Western analysts as heavily inflated, says its "
            "forces have destroyed 651 Ukrainian aircraft.")
    assert [c.claimant for c in extract(text, PUB)] == ["russia_gov"]
    text2 = "Analysts said they had confirmed at least 16 Ukrainian tanks and Bradley fighting vehicles lost."
    assert [o[2] for o in got(text2)] == ["armoured_vehicles+tanks"], got(text2)


def test_a_bare_figure_does_not_borrow_the_noun_of_a_new_clause():
    text = "Its Monday bulletin put Russian personnel losses at 257,240 and said 4,290 Russian tanks had been destroyed."
    assert [(o[0], o[2]) for o in got(text)] == [(257240, "personnel"), (4290, "tanks")], got(text)
    # the borrowing itself stays: "between 3,000 and 4,000 tanks", "12 and 14 tanks"
    text2 = "Oryx lists 12 and 14 Russian tanks lost on the two days."
    assert [(o[0], o[2]) for o in got(text2)] == [(12, "tanks"), (14, "tanks")], got(text2)


def test_a_second_reported_clause_keeps_its_own_window():
    text = ("Ukraine's General Staff said on Tuesday that Russia had lost 1,160 troops killed or wounded over the past "
            "day and that its own running count of Russian aircraft destroyed since February 2022 stood at 372.")
    assert [(o[0], o[4]) for o in got(text)] == [(1160, "interval"), (372, "cumulative")], got(text)


def test_count_of_reckons_and_a_ships_complement():
    assert [c.claimant for c in extract("By the visual count of the Oryx project, Russia has lost more than 3,700 tanks.", PUB)] == ["oryx"]
    assert [c.claimant for c in extract("Britain's defence ministry reckons that Russia has suffered more than 860,000 killed and wounded.", PUB)] == ["uk_gov"]
    text = "Russia's defence ministry later acknowledged one sailor killed and 26 missing, out of a crew of around 500."
    assert [o[0] for o in got(text)] == [1, 26], got(text)


def test_bulleted_group_lines_with_several_items_under_a_loss_heading():
    text = ("The Ukrainian army lost more than 9,300 servicemen over the week, the Russian Defence Ministry said on "
            "Saturday. Ukrainian losses by group of forces:\n- Sever: over 1,350 servicemen, 3 tanks, 58 motor vehicles;\n"
            "- Dnepr: up to 360 servicemen.")
    assert [(o[0], o[2]) for o in got(text)] == [(9300, "personnel"), (1350, "personnel"), (3, "tanks"), (58, "vehicles"),
                                                 (360, "personnel")], got(text)


def test_hostilities_there_and_a_russian_mayors_own_civilians():
    text = ("The Ukrainian army has lost more than 67,000 servicemen in the Kursk area since the start of hostilities "
            "there, the Russian Defense Ministry said on Friday.")
    assert [o[4] for o in got(text)] == ["interval"], got(text)
    text2 = "Moscow Mayor Sergei Sobyanin said one person was killed when debris fell on a residential building."
    assert [(o[1], o[2]) for o in got(text2)] == [("russia", "civilians")], got(text2)


def test_freed_prisoners_sentences_requests_strength_and_power_capacity_are_no_claims():
    assert got("The headquarters said it was the 65th exchange and that 5,860 Ukrainians have now been freed from captivity.") == []
    assert got("Commanders asked late last year for up to 500,000 additional troops, a very serious number.") == []
    assert got("Russia's forces in Ukraine, which are estimated at more than 600,000 troops, keep growing.") == []
    assert got("Russian missile and drone attacks since March knocked out about 9 GW of generating capacity.") == []


def test_rates_dated_by_the_window_their_sentence_names():
    out = got("Its reports for January put average Russian losses at about 1,420 a day.", "2025-02-10")
    assert (out[0][4], out[0][5]) == ("rate", "2025-01-31"), out
    out = got("Russian casualties ran at about 1,200 a day in the first five months of 2025, the authors write.", "2025-07-10")
    assert (out[0][4], out[0][5]) == ("rate", "2025-05-31"), out
    out = got("Russia's forces endured their costliest month in November, according to the UK's Defence Intelligence, "
              "with casualties averaging 1,523 a day.", "2024-12-08")
    assert (out[0][4], out[0][5]) == ("rate", "2024-11-30"), out
    out = got("Another 11,300 deaths from the first half of 2025 have already been identified.", "2025-07-15")
    assert out[0][5] == "2025-06-30", out


def test_zone_by_zone_ellipsis_and_a_rate_across_a_year():
    text = ("The ministry said the Ukrainian army had lost up to 3,300 servicemen in areas covered by its West group "
            "of forces, up to 2,900 in the zone of the South group and up to 3,100 in that of the Centre group.")
    assert [(o[0], o[2]) for o in got(text)] == [(3300, "personnel"), (2900, "personnel"), (3100, "personnel")], got(text)
    out = got("The ministry said Russian casualties averaged 452 a day across 2022.", "2024-06-02")
    assert (out[0][4], out[0][5]) == ("rate", "2022-12-31"), out


def test_a_figure_between_a_side_and_a_verb_names_no_agent():
    text = ("Ukraine's defence ministry puts the Russian toll far higher, at 13,900 killed, along with 430 tanks and "
            "58 fuel tanks destroyed.")
    assert {o[1] for o in got(text)} == {"russia"}, got(text)
    # an ordinal still lets the side act: "Ukraine's 25th Airborne Brigade said it had destroyed 16 armoured vehicles"
    text2 = "Ukraine's 25th Airborne Brigade said it had destroyed 16 armoured vehicles and two tanks."
    assert {o[1] for o in got(text2)} == {"russia"}, got(text2)


def test_himars_launchers_and_the_children_of_a_running_civilian_toll():
    assert [o[2] for o in got("The ministry said its strikes had destroyed four HIMARS launchers.")] == ["mlrs"]
    text = "The United Nations has confirmed 726 civilian deaths, including 52 children."
    assert [(o[0], o[4]) for o in got(text)] == [(726, "cumulative"), (52, "cumulative")], got(text)


def test_one_attack_a_few_weeks_of_trying_and_a_named_front():
    text = "Russia's defence ministry said it had killed more than 600 Ukrainian soldiers in a missile attack on a dormitory."
    assert [o[4] for o in got(text)] == ["interval"], got(text)
    text2 = "Russia has lost more than 100 tanks in less than two weeks of trying to encircle the town, Ukrainian officials said."
    assert [o[4] for o in got(text2)] == ["interval"], got(text2)
    text3 = "Over the past day, Russian losses on the Tavria front amounted to 423 people killed and wounded."
    assert [o[6] for o in got(text3)] == ["partial"], got(text3)
    assert [o[6] for o in got("Russia lost 1,230 soldiers along the entire front over the past day, Kyiv said.")] == ["total"]


def test_up_to_a_date_so_far_today_and_the_second_day_of_a_date_range():
    text = ("The UN human rights office says it has verified 6,919 civilian deaths, including 428 children, and 11,075 "
            "injuries up to December 26.")
    assert {(o[4], o[5]) for o in got(text, "2023-01-02")} == {("cumulative", "2022-12-26")}, got(text, "2023-01-02")
    assert [o[4] for o in got("15:10 The air force says more than 50 Russian cruise missiles have been shot down so far today.")] \
        == ["interval"]
    text2 = "A battalion commander said his unit had lost fewer than ten men killed between February 6 and 8."
    assert [o[0] for o in got(text2, "2023-02-12")] == [10], got(text2, "2023-02-12")
    # a count after "to" is still one: "raised its tally ... since February 24 to eight"
    text3 = "Ukraine's General Staff on Friday raised its tally of Russian warships destroyed since February 24 to eight."
    assert [o[0] for o in got(text3, "2022-04-15")] == [8], got(text3, "2022-04-15")
    assert got("The UAE said it had mediated eight exchanges this year, involving a total of more than 2,500 captives.") == []


def test_one_of_a_handful_and_in_one_table_count_nothing():
    assert got("When a headline says an army has lost soldiers, the figure comes from one of a handful of sources.") == []
    assert got('A "loss" in one table may mean a soldier killed, and in another anyone removed from the battlefield.') == []
    # "one soldier was killed" and "in one attack, one person was killed" still count
    assert [o[0] for o in got("In the attack, one person was killed, the governor said.")] == [1]


def test_of_those_after_a_days_launch_is_that_days():
    text = ("Ukraine's air force command says Russia launched about 100 missiles during the day. Of those, 77 cruise "
            "missiles were shot down, along with 10 Iranian-made Shahed drones, it says.")
    assert [(o[0], o[4]) for o in got(text, "2022-11-15")] == [(77, "interval"), (10, "interval")], got(text, "2022-11-15")


def test_an_apposition_naming_the_speaker_closes_before_the_verb():
    text = ("Andrei Morozov, a pro-war military blogger, wrote on Telegram on Wednesday that Russia had lost about "
            "15,000 men in the battle.")
    assert [c.claimant for c in extract(text, PUB)] == ["other"]


def test_a_window_since_launching_an_incursion_on_a_day_ends_at_the_statement():
    text = ("Ukraine has lost up to 2,030 servicemen since launching its cross-border incursion into Russia's Kursk "
            "region on Aug. 6, the Russian Defense Ministry said on Tuesday.")
    assert [(o[4], o[5]) for o in got(text, "2024-08-14")] == [("interval", "2024-08-13")], got(text, "2024-08-14")


def test_over_the_year_in_mid_january_is_the_year_just_ended():
    text = "Over the year, Ukrainian forces destroyed 1,035 tanks, the General Staff said."
    assert [(o[4], o[5]) for o in got(text, "2026-01-14")] == [("interval", "2025-12-31")], got(text, "2026-01-14")
    assert [o[5] for o in got(text, "2026-06-14")] == ["2026-06-14"]


def test_a_windows_first_day_is_no_statement_date():
    text = ("Ukraine's General Staff, in its morning update, put Russian losses since February 24 at about 114,130 "
            "personnel, including 620 in the past day.")
    assert {o[5] for o in got(text, "2023-01-13")} == {"2023-01-13"}, got(text, "2023-01-13")
    # "since September 2022, when it said ...": the statement's own (vague) time
    text2 = "The Kremlin has not updated its own death toll since September 2022, when it said 5,937 soldiers had died."
    assert [o[5] for o in got(text2, "2024-11-08")] == [None], got(text2, "2024-11-08")


def test_armoured_vehicles_including_tanks_and_after_the_attack():
    text = "The senior official also said Russia had lost between 3,000 and 4,000 armored vehicles, including tanks."
    assert [o[2] for o in got(text)] == ["armoured_vehicles+tanks"], got(text)
    assert [o[4] for o in got("Russia's defence ministry said only that one serviceman was missing after the attack.")] \
        == ["interval"]
