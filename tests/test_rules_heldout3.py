"""Rule tests written while tuning on the sixth round of held-out sets (p43-p48): windows, running totals,
civilian tolls and lists (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2024-06-12"  # a Wednesday


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.outcome, c.period, c.as_of.isoformat() if c.as_of else None)
            for c in extract(text, published)]


def periods(text, published=PUB):
    return [(c.value, c.period) for c in extract(text, published)]


def test_as_of_last_friday_is_a_running_total_then():
    out = got("The outlet said it had identified 14,709 Russian soldiers killed by name as of last Friday.")
    assert out == [(14709, "russia", "personnel", "killed", "cumulative", "2024-06-07")]


def test_taking_the_running_total_to_is_a_total_whatever_the_day_s_window():
    assert periods("The General Staff reported on Tuesday that Russia had lost 1,190 troops over the past day, "
                   "taking the running total to about 925,000.") == [(1190, "interval"), (925000, "cumulative")]


def test_put_total_losses_at_is_a_level_beside_another_figure_s_window():
    out = periods("The commander says the Russian army has lost about 25,000 troops killed and wounded over the past "
                  "30 days, and on Tuesday the General Staff put total Russian losses at 1,164,930 soldiers and "
                  "11,360 tanks.")
    assert out == [(25000, "interval"), (1164930, "cumulative"), (11360, "cumulative")]
    # an "as of" date keeps its date
    out = got("As of February 10, 2023, the General Staff put total Russian losses at 135,080 personnel.", None)
    assert out == [(135080, "russia", "personnel", "killed", "cumulative", "2023-02-10")]


def test_tally_lines_with_their_day_s_change_are_totals_even_in_the_same_bulletin():
    text = ("Ukraine's General Staff said on Monday that Russia had lost 1,100 troops over the past day.\n\n"
            "The same bulletin listed as destroyed 4,690 tanks (+7) and 8,900 armoured combat vehicles (+12).")
    assert periods(text) == [(1100, "interval"), (4690, "cumulative"), (7, "interval"), (8900, "cumulative"),
                             (12, "interval")]


def test_and_it_reported_opens_another_statement_with_its_own_window():
    assert periods("Kyiv says Russia has lost about 236,000 soldiers since February 2022, and it reported 31 Russian "
                   "artillery systems destroyed in the past day alone.") == [(236000, "cumulative"), (31, "interval")]


def test_a_month_it_described_is_no_rate():
    out = periods("The UN monitoring mission, in its monthly update, said 174 civilians had been killed and 690 injured "
                  "in June, a month it described as among the deadliest of the year.")
    assert out == [(174, "interval"), (690, "interval")]
    # a real rate still is one
    assert periods("Russia is losing about 1,200 soldiers a month in the sector, Kyiv said.")[0][1] == "rate"


def test_with_n_more_after_a_rate_shares_the_rate():
    out = [(c.value, c.period, c.rate_unit) for c in extract(
        "An adviser said this week that Ukraine was losing up to 150 soldiers killed a day in the Donbas, with about "
        "800 more wounded.", PUB)]
    assert out == [(150, "rate", "day"), (800, "rate", "day")]


def test_the_day_a_summary_was_published_or_journalists_were_briefed_is_no_window():
    out = got("Russia's defence ministry published its own anniversary summary on Thursday, claiming that Ukraine had "
              "lost 7,310 tanks and other armoured combat vehicles and 361 aircraft.")
    assert [(o[0], o[4], o[5]) for o in out] == [(7310, "cumulative", "2024-06-06"), (361, "cumulative", "2024-06-06")]
    out = got("Western officials, briefing journalists in London last Thursday, offered a broader figure: about 90,000 "
              "Russian casualties.")
    assert [(o[0], o[4], o[5]) for o in out] == [(90000, "cumulative", "2024-06-06")]
    # the day of the losses themselves still is a window
    assert periods("Russia lost 1,100 soldiers on Thursday, the General Staff said.") == [(1100, "interval")]


def test_damaged_names_an_agent_and_a_strike_s_side_is_the_agent_however_far():
    out = got("Russia's defence ministry said on Saturday that a Ukrainian drone had damaged one Tu-22M3 bomber at an "
              "airfield in the Novgorod region.")
    assert [(o[0], o[1], o[3]) for o in out] == [(1, "russia", "damaged")]
    out = got("Ukraine's ground forces said a Russian missile strike on a training unit on Sunday had killed 12 "
              "servicemen and wounded more than 60.")
    assert [(o[0], o[1], o[3]) for o in out] == [(12, "ukraine", "killed"), (60, "ukraine", "wounded")]
    # "damaged or destroyed" is one verb: the figure right after it is still the other side's
    out = got("In all, Ukrainian naval drones have damaged or destroyed at least seven vessels since the beginning of "
              "this year, according to military intelligence.")
    assert [(o[0], o[1]) for o in out] == [(7, "russia")]


def test_over_the_same_week_is_the_window_just_named():
    assert periods("Ukraine's General Staff reported that Russia had lost 7,360 troops over the same week, along with "
                   "61 tanks.") == [(7360, "interval"), (61, "interval")]
    assert periods("It said Russia had lost 6,610 troops over the same seven days.") == [(6610, "interval")]


def test_an_oryx_list_on_a_day_is_its_running_total_then():
    out = got("Oryx, which records only losses backed by photographs or video, listed 2,003 Russian tanks lost on "
              "Monday, of which 1,207 were destroyed.")
    assert [(o[0], o[4], o[5]) for o in out] == [(2003, "cumulative", "2024-06-10"), (1207, "cumulative", "2024-06-10")]
    # a window Oryx's count is given for stays one
    assert periods("Oryx has documented 120 Russian tanks lost since January.")[0][1] == "interval"


def test_an_included_part_before_and_keeps_the_whole_s_outcome():
    out = got("The UN monitoring mission said on Tuesday that it had confirmed the deaths of 8,087 civilians, including "
              "487 children, and injuries to 13,300 more.", "2023-02-22")
    assert [(o[0], o[3]) for o in out] == [(8087, "killed"), (487, "killed"), (13300, "wounded")]
    out = got("The death toll rose to 30 by Sunday evening, including two children, and 73 people were injured, the "
              "governor said.", "2023-01-15")
    assert [(o[0], o[3]) for o in out] == [(30, "killed"), (2, "killed"), (73, "wounded")]


def test_the_wounded_of_one_incident_share_its_window_whatever_their_number():
    out = [(c.value, c.period, c.scope) for c in extract(
        "Regional governor Ivan Fedorov said 12 people had been killed and 110 wounded in the strike.", PUB)]
    assert out == [(12, "interval", "partial"), (110, "interval", "partial")]
    # the parts of a running total are no incident
    out = [(c.value, c.period) for c in extract(
        "The UN human rights office said it had confirmed 136 civilian deaths, among them 13 children, and 400 "
        "injuries.", "2022-02-28")]
    assert out == [(136, "cumulative"), (13, "cumulative"), (400, "cumulative")]


def test_the_wounded_of_a_civilian_list_keep_the_victims_side():
    out = got("Russian forces shelled Kherson on Tuesday, killing four civilians and wounding 10, regional governor "
              "Yaroslav Yanushevych said, as the city struggled 12 days after Ukrainian troops returned.")
    assert [(o[0], o[1]) for o in out] == [(4, "ukraine"), (10, "ukraine")]


def test_a_speaker_s_own_air_defences_are_the_agent():
    out = got("Ukraine's southern command said its air defences had shot down three Kalibr cruise missiles over the "
              "Odesa region on Monday.")
    assert [(o[0], o[1], o[2]) for o in out] == [(3, "russia", "cruise_missiles")]
    out = got("Ukraine's armed forces commander said air defences had destroyed 12 of the 20 cruise missiles launched "
              "at the country.")
    assert [(o[0], o[1]) for o in out] == [(12, "russia")]


def test_n_of_the_roughly_m_counts_n_of_the_whole():
    out = got("Ukraine's air force said it had shot down 51 of the roughly 70 cruise missiles fired on Wednesday.")
    assert [(o[0], o[1], o[2]) for o in out] == [(51, "russia", "cruise_missiles")]
    # "one of the more than 160 aircraft": the count is the claim
    out = got("Photo: servicemen inspect the wreckage of one of the more than 160 Russian aircraft Kyiv says it has "
              "shot down.")
    assert [o[0] for o in out] == [160]


def test_an_inline_tally_with_labels_before_the_figures_and_their_day_s_change():
    out = got("The figures for the whole war, with the change over the past day in brackets, were: personnel about "
              "1,380,250 (+980), tanks 11,950 (+3), armoured fighting vehicles 24,800 (+6).", "2025-06-12")
    assert [(o[0], o[2], o[4]) for o in out] == [
        (1380250, "personnel", "cumulative"), (980, "personnel", "interval"), (11950, "tanks", "cumulative"),
        (3, "tanks", "interval"), (24800, "armoured_vehicles", "cumulative"), (6, "armoured_vehicles", "interval")]


def test_since_a_clause_naming_a_month_is_a_window():
    assert periods("Ukraine says it has shot down more than 500 Shahed drones since they first appeared over its "
                   "cities in September.", "2022-12-20") == [(500, "interval")]


def test_figures_of_wars_long_past_are_no_claims():
    assert got("In 1940, the Royal Air Force lost about 1,000 aircraft over four months while the Luftwaffe lost more "
               "than 1,700, historians estimate.") == []
    assert got("In the third battle of Kharkiv in early 1943 the city changed hands twice, and Soviet losses in that "
               "campaign are usually put at more than 45,000 dead.") == []
    assert got("Finland's Winter War of 1939-40 cost the Finns about 25,000 dead in 105 days.") == []
    # a comparison "since 1945" leaves the claim alone
    assert [o[0] for o in got("The General Staff said 1,200 Russian soldiers were killed on Tuesday, the heaviest toll "
                              "since 1945 in Europe.")] == [1200]


def test_the_returned_of_a_swap_and_the_losses_in_the_blasts():
    assert got("Among the Ukrainians returned were 84 National Guard servicemen and 16 civilians, the headquarters "
               "said.") == []
    assert periods("Ukraine's Air Force said that nine Russian aircraft had been destroyed in the blasts.") \
        == [(9, "interval")]


def test_a_tally_list_whose_first_line_says_killed_is_a_list_of_losses():
    text = ("The General Staff has published its estimate of Russian combat losses. Figures in brackets show the change "
            "over the previous day.\n\nPersonnel - around 43,900 killed (+150)\nTanks - 1,846 (+3)\n"
            "Armoured combat vehicles - 4,060 (+7)\n")
    out = [(c.value, c.outcome) for c in extract(text, "2022-08-14")]
    assert out == [(43900, "killed"), (150, "killed"), (1846, "lost"), (3, "lost"), (4060, "lost"), (7, "lost")]


def test_people_counted_for_something_else_are_no_victims():
    out = got("In Bucha, a commuter town of about 37,000 people some 25 km from the capital, the mayor said Russian "
              "troops had killed between 280 and 300 residents.", "2022-04-20")
    assert [o[0] for o in out] == [280]
    out = got("The mayor said that at least 21,000 residents had been killed since the siege began and that about "
              "100,000 people were still trapped there.", "2022-04-20")
    assert [o[0] for o in out] == [21000]
    assert got("Around a third of the city's 1.4 million pre-war residents had left, the mayor said.") == []


def test_a_battle_of_a_past_war_dated_by_month_and_prisoners_freed_in_an_exchange():
    assert got("At Prokhorovka in July 1943, the Soviet tank army is said to have lost around 400 tanks in a single "
               "day.") == []
    assert got("Kyiv said on Thursday that 205 Ukrainian prisoners of war had been freed in an exchange.") == []


def test_a_capitals_dateline_names_no_side_and_the_biggest_since_is_a_comparison():
    out = got("KYIV (Stepwire) — Ukraine's air force said it had shot down 31 of the 36 attack drones Russia launched "
              "overnight.", "2024-03-05")
    assert [(o[0], o[1], o[2]) for o in out] == [(31, "russia", "drones")]
    out = got("KYIV, Oct 11 — Ukraine's armed forces said they had shot down 43 of the 84 cruise missiles Russia fired "
              "on Monday in its biggest wave of strikes since the start of the war.", "2022-10-11")
    assert [(o[0], o[1], o[4], o[5]) for o in out] == [(43, "russia", "interval", "2022-10-10")]


def test_an_in_numbers_list_under_a_month_s_heading():
    text = ("Russian losses in May, according to the General Staff:\n62 — tanks\n148 — armoured fighting vehicles\n"
            "More than 33,000 — servicemen killed and wounded\n")
    out = [(c.value, c.category, c.outcome, c.period, c.as_of.isoformat()) for c in extract(text, PUB)]
    assert out == [(62, "tanks", "lost", "interval", "2024-05-31"),
                   (148, "armoured_vehicles", "lost", "interval", "2024-05-31"),
                   (33000, "personnel", "casualties", "interval", "2024-05-31")]


def test_a_capitals_heading_with_its_source_over_an_in_numbers_list():
    text = ("The monthly totals below are as published by each side.\n\nRUSSIAN LOSSES IN APRIL (Ukraine's General "
            "Staff)\n29,480 — troops killed or wounded\n62 — tanks\n")
    out = [(c.value, c.side, c.category, c.period, c.as_of.isoformat(), c.claimant) for c in extract(text, "2026-05-19")]
    assert out == [(29480, "russia", "personnel", "interval", "2026-04-30", "ukraine_gov"),
                   (62, "russia", "tanks", "interval", "2026-04-30", "ukraine_gov")]


def test_one_event_s_toll_is_that_event_s_however_it_grew():
    out = got("Rescuers say the death toll from Sunday's missile strike on the port has reached 19, with three people "
              "still missing.")
    assert [(o[0], o[3], o[4], o[5]) for o in out] == [(19, "killed", "interval", "2024-06-09"),
                                                       (3, "missing", "interval", "2024-06-09")]
    out = got("Belgorod's governor said the number of people killed in Saturday's shelling of his city had reached 25.")
    assert [(o[0], o[1], o[4], o[5]) for o in out] == [(25, "russia", "interval", "2024-06-08")]
    # a running toll of the war stays one
    assert periods("The UN said the civilian death toll of the war had reached 12,300.")[0][1] == "cumulative"


def test_last_friday_in_a_friday_paper_is_the_week_before_and_a_part_s_month_ends_the_month():
    out = got("The outlet said it had identified 14,709 Russian soldiers killed as of last Friday.", "2023-02-24")
    assert [o[5] for o in out] == ["2023-02-17"]
    out = got("The UN's monitors said at least 14,500 civilians had been killed in Ukraine as of October 31, including "
              "148 in October alone.", "2025-11-25")
    assert [(o[0], o[4], o[5]) for o in out] == [(14500, "cumulative", "2025-10-31"), (148, "interval", "2025-10-31")]


def claimants(text, published=PUB):
    return [(c.value, c.claimant) for c in extract(text, published)]


def test_a_named_body_s_monitors_are_that_body_and_us_presidents_speak_for_the_us():
    assert claimants("The UN's human rights monitors, who publish only what they can corroborate, say 8,006 civilians "
                     "had been killed.") == [(8006, "un")]
    assert claimants("Speaking to reporters in the Oval Office on Monday, President Donald Trump claimed that Russia had "
                     "lost close to 900,000 soldiers.", "2025-01-21") == [(900000, "us_gov")]


def test_bodies_named_with_what_they_are_speak_for_themselves():
    assert claimants("As of May 18, the Sever Count project had confirmed the deaths of 22,370 Russian servicemen by "
                     "name.") == [(22370, "other")]
    assert claimants("The Volunteer Register of the Fallen, which documents deaths individually, counts 76,800 "
                     "Ukrainian soldiers killed by name.") == [(76800, "other")]
    # a battlegroup is no such body, and a listed name keeps its id
    assert claimants("The Dutch-based Oryx group has documented 131 Russian aircraft lost since February 2022.") \
        == [(131, "oryx")]


def test_the_captors_of_a_figure_are_no_speaker():
    text = ("The Oryx project, which counts only visually confirmed losses, lists 700 Russian tanks lost. Of those, 402 "
            "were destroyed and 199 captured by Ukrainian forces, the tally updated on Sunday shows.")
    assert claimants(text, "2022-06-01") == [(700, "oryx"), (402, "oryx"), (199, "oryx")]


def test_them_after_a_line_naming_losses_and_a_running_total_are_losses():
    out = got("Russia's losses keep climbing. Ukraine's General Staff put them on Friday at about 145,850 personnel, "
              "along with 3,350 tanks.", "2023-02-25")
    assert [(o[0], o[2], o[3], o[4]) for o in out] == [(145850, "personnel", "killed", "cumulative"),
                                                       (3350, "tanks", "lost", "cumulative")]
    out = got("Its running total now stands at about 488,000 Russian personnel.")
    assert [(o[0], o[3], o[4]) for o in out] == [(488000, "killed", "cumulative")]
    assert periods("Over the same twelve months, Ukrainian forces destroyed 3,689 Russian tanks.") == [(3689, "interval")]


def test_model_numbers_and_traffic_are_no_figures():
    out = got("Oryx has confirmed the loss of at least 16 Leopard 2 and Strv 122 tanks and 21 Bradley fighting vehicles "
              "since June 4.", "2023-07-10")
    assert [o[0] for o in out] == [16, 21]
    assert got("The peninsula is popular with tourists, with traffic on the Kerch bridge averaging 38,000 vehicles a "
               "day in July.", "2023-07-10") == []


def test_a_total_of_about_is_a_claim_and_a_part_of_them_over_the_past_day_is_the_day_s():
    out = got("Russia had lost 900 troops over the past 24 hours and a total of about 368,950 since the start of the "
              "full-scale invasion, the General Staff said.", "2025-01-14")
    assert [(o[0], o[4]) for o in out] == [(900, "interval"), (368950, "cumulative")]
    out = got("Ukraine's General Staff said on Monday that Russia had lost 114,670 personnel since the invasion, 760 of "
              "them over the past day.", "2025-01-14")
    assert [(o[0], o[4]) for o in out] == [(114670, "cumulative"), (760, "interval")]
    out = got("The General Staff's cumulative count since February 2022 stood at 1,214,870 personnel on January 12.",
              "2025-01-14")
    assert [(o[0], o[3], o[4], o[5]) for o in out] == [(1214870, "killed", "cumulative", "2025-01-12")]


def test_totals_put_with_a_possessive_or_nearing_a_figure_and_the_stranded_are_no_victims():
    out = got("Ukraine's General Staff puts Russia's total losses since February last year at 196,410 personnel and "
              "3,731 tanks.", "2023-06-14")
    assert [(o[0], o[4]) for o in out] == [(196410, "cumulative"), (3731, "cumulative")]
    out = got("The General Staff said Russia had lost 1,090 troops over the past day, and that total personnel losses "
              "were now nearing one million.", "2025-06-12")
    assert [(o[0], o[4]) for o in out] == [(1090, "interval"), (1000000, "cumulative")]
    # a total for the month stays the month's
    assert periods("The UK assessment put Russia's total casualties for the month at more than 40,000.")[0][1] \
        == "interval"
    assert [o[0] for o in got("Strikes on power plants left about 10 million people without electricity, and air "
                              "defences shot down 77 cruise missiles.")] == [77]
    assert got("Two adults were killed; none of the 600 children being treated there were hurt.", PUB)[0][0] == 2


def test_who_the_dead_were_after_among_them_are_parts_of_the_count():
    out = got("The project had identified 22,370 Russian servicemen killed by name. Among them were 3,410 former "
              "prisoners recruited by Wagner, 2,120 men mobilised since last September and about 1,650 officers.",
              "2023-05-20")
    assert [(o[0], o[3], o[4]) for o in out] == [(22370, "killed", "cumulative"), (3410, "killed", "cumulative"),
                                                 (2120, "killed", "cumulative"), (1650, "killed", "cumulative")]
    # recruits alone are no losses
    assert got("Wagner recruited some 50,000 prisoners in total, the analysts said.") == []


def test_figures_before_raising_the_total_keep_their_own_window():
    out = periods("Ukraine's General Staff reported that Russia had lost 670 personnel, 11 tanks and 24 artillery systems "
                  "over the past day, raising Russia's total losses since the invasion to about 238,190 personnel.")
    assert out == [(670, "interval"), (11, "interval"), (24, "interval"), (238190, "cumulative")]
    out = periods("The daily report gave Russian losses over the past 24 hours as 510 personnel and put the total since "
                  "February 2022 at 197,260.")
    assert out == [(510, "interval"), (197260, "cumulative")]


def test_an_ordinal_with_a_separator_a_past_war_s_semicolon_clause_and_prisoners_exchanged_or_visited():
    assert got("The war, now in its 1,370th day, has killed hundreds of thousands of soldiers on both sides.",
               "2025-11-24") == []
    assert got("Before the Battle of the Somme in 1916, British guns fired some 1.5 million shells in a single week; on "
               "the first day of the offensive, the British army recorded 57,470 casualties.") == []
    assert got("Ukraine and Russia exchanged prisoners on Monday, with 45 Ukrainian servicemen and two civilians "
               "returning home.") == []
    assert got("The Red Cross says it has registered several thousand prisoners of war on both sides and has visited "
               "about 1,500 of them.") == []
    # a semicolon clause of this war keeps its claim
    assert [o[0] for o in got("The ministry said 1,200 Russian soldiers were killed on Tuesday; on Wednesday, it said, "
                              "another 1,100 died.")] == [1200, 1100]


def test_a_window_from_the_war_s_start_keeps_the_carried_statement_day():
    text = ("Ukraine's defence minister Oleksii Reznikov said on Friday that the fighting was fierce.\n\nHe said Ukraine's armed forces had lost about "
            "14,000 men killed since February 24, and that 1,290 Russian servicemen had died.")
    out = [(c.value, c.as_of.isoformat()) for c in extract(text, "2022-03-27")]
    assert out == [(14000, "2022-03-25"), (1290, "2022-03-25")]


def test_prisoners_taken_are_an_operation_s_unless_a_running_count():
    assert periods("He said Ukrainian troops had taken 594 Russian soldiers prisoner in the region.") == [(594, "interval")]
    assert periods("More than 200 Russian servicemen have been taken prisoner, the ministry added.", "2022-03-01") \
        == [(200, "cumulative")]
    out = periods("He said more than 2,870 Ukrainian troops have been killed and some 3,700 injured, while 572 others "
                  "were captured by the Russians.", "2022-03-02")
    assert out == [(2870, "cumulative"), (3700, "cumulative"), (572, "cumulative")]


def test_an_attack_or_strike_that_killed_or_destroyed_is_one_event_s_toll():
    assert periods("Russia's defence ministry said its strike had killed more than 60 Ukrainian servicemen attending a "
                   "meeting of commanders.") == [(60, "interval")]
    assert periods("The SBU said on Sunday that the attack had destroyed or damaged 34 aircraft.") == [(34, "interval")]


def test_and_that_opens_a_clause_with_its_own_window_and_the_total_since_had_reached():
    out = periods("Ukraine's General Staff said that Russia's losses had reached 28,300 personnel and 1,251 tanks, and "
                  "that Russian forces had lost 13 drones in the past 24 hours alone.", "2022-05-04")
    assert out == [(28300, "cumulative"), (1251, "cumulative"), (13, "interval")]
    text = ("The ministry said on Monday that Russia had lost 1,100 soldiers over the past day.\n\nUkraine's General "
            "Staff reported 1,050 Russian personnel lost over the same period, and said the total since the start of "
            "the full-scale invasion had reached 990,720.")
    assert periods(text, "2025-06-04") == [(1100, "interval"), (1050, "interval"), (990720, "cumulative")]


def test_a_day_before_a_when_clause_dates_its_figures():
    out = got("The wave of strikes began in earnest on October 10, when Ukraine's air force said it had intercepted 43 "
              "of 84 cruise missiles launched across the country.", "2022-10-17")
    assert [(o[0], o[4], o[5]) for o in out] == [(43, "interval", "2022-10-10")]
    # a window's first day is none: "Since September 13, when the first Shahed was brought down, ..."
    out = got("Since September 13, when the first Shahed was brought down near Kupiansk, Ukraine says it has shot down "
              "223 of the drones.", "2022-10-18")
    assert [(o[0], o[5]) for o in out] == [(223, "2022-10-18")]


def test_a_bare_air_force_after_a_foreign_official_is_the_defenders():
    text = ("A US official said the Patriot battery had been damaged.\n\nAir defences destroyed 81 cruise missiles and "
            "99 of the drones, the Air Force said.")
    assert claimants(text, "2024-08-27") == [(81, "ukraine_gov"), (99, "ukraine_gov")]


def test_more_nationalities_name_other_governments():
    assert claimants("A Finnish defence official said Russia had lost about 170,000 soldiers killed or wounded.",
                     "2023-02-24")[0][1] == "other"
    assert claimants("Swiss intelligence officials said Russia had lost about 150,000 soldiers killed or wounded.",
                     "2023-02-24")[0][1] == "other"


def test_the_day_a_figure_was_announced_by_someone_is_no_window():
    out = got("Moscow has released a single official figure for its own dead so far: 512 servicemen, announced by the "
              "defence ministry last Wednesday.", "2022-03-06")
    assert [(o[0], o[4], o[5]) for o in out] == [(512, "cumulative", "2022-03-02")]


def test_killed_when_a_strike_hit_and_people_who_lived_in_the_building():
    assert periods("The defence ministry raised to 81 the number of servicemen killed when Ukrainian rockets struck a "
                   "building housing newly mobilised troops.", "2023-01-04") == [(81, "interval")]
    assert got("About 1,700 people lived in the building, which was hit by a Kh-22 missile.", "2023-01-16") == []


def test_a_window_after_n_more_is_the_increment_s():
    assert periods("General Staff: Russian casualties pass 1.01m after 1,210 more in a day", "2025-06-15") \
        == [(1010000, "cumulative"), (1210, "interval")]
