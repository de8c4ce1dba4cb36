"""Rule tests written while tuning on the fourth round of held-out sets (p26-p29): scope, claimant,
window and negative rules (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2024-05-10"  # a Friday


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.outcome, c.period, c.as_of.isoformat() if c.as_of else None, c.scope)
            for c in extract(text, published)]


def scopes(text, published=PUB):
    return [(c.value, c.scope) for c in extract(text, published)]


def test_a_named_area_axis_or_bridgehead_is_one_part_of_the_front():
    assert scopes("The defence ministry said Ukrainian losses in the Avdeyevka area had exceeded 1,500 servicemen "
                  "over the previous 24 hours.") == [(1500, "partial")]
    assert scopes("Kyiv said 400 Russian troops were killed in the Kupiansk axis last week.") == [(400, "partial")]
    # "in the area" of nothing named is already a sector; a country-wide window stays total
    assert scopes("Ukraine's General Staff said 1,140 Russian soldiers were killed over the past day.") \
        == [(1140, "total")]


def test_the_battle_just_named_a_river_bank_and_a_quarter_of_the_country():
    assert scopes("A military blogger wrote on Sunday that Russian forces had lost around 15,000 men killed in "
                  "the battle.") == [(15000, "partial")]
    assert scopes("Ukraine's military said its troops on the left bank had destroyed 26 Russian tanks in "
                  "November.") == [(26, "partial")]
    assert scopes("The command said its forces killed 63 occupiers in the south over the past day.") \
        == [(63, "partial")]
    # "killed in battle" is no one battle; "the south of the country" is still one quarter
    assert scopes("Ukraine's General Staff said 1,200 Russian soldiers were killed in battle over the past day.") \
        == [(1200, "total")]


def test_a_minister_named_without_a_country_speaks_for_the_victims_or_the_enemy_of_the_losers():
    for text in ("Health Minister Viktor Liashko said 210 civilians had been killed since the invasion began.",
                 "Interior Minister Ihor Klymenko said 12 civilians were killed in the strike on Tuesday."):
        assert [c.claimant for c in extract(text, PUB)] == ["ukraine_gov"], text
    text = "Belgorod's health minister said two civilians were killed in Russia's Belgorod region."
    assert [c.claimant for c in extract(text, PUB)] == ["russia_gov"]


def test_a_forecast_year_is_no_year_of_an_undated_document():
    from attrition.extract.timex import doc_year_hint
    text = ("Kyiv said Russian losses passed 1.26 million in January 2026. Experts warn that at this rate Putin "
            "could lose two million men by 2028, or by the end of 2029.")
    assert doc_year_hint(text) == 2026
    assert doc_year_hint("Officials expect the war to last until 2027.") == 2027   # nothing else to go on


def test_a_window_opened_by_an_offensive_in_a_named_place_on_a_day_ends_at_the_statement():
    text = ("Since Russia opened its offensive in the Kharkiv region on May 10, Ukraine says Russian forces there "
            "have lost about 4,000 killed and wounded.")
    assert [(o[4], o[5]) for o in got(text, "2024-06-02")] == [("interval", "2024-06-02")], got(text, "2024-06-02")


def test_a_local_body_named_with_its_place_is_a_new_speaker_not_the_last_council():
    text = ("The UN Human Rights Council met in Geneva on Monday. Mariupol city council says 1,207 residents have "
            "been killed in nine days of bombardment.")
    assert [c.claimant for c in extract(text, PUB)] == ["ukraine_gov"]
    text = ("Russia's Security Council said 14 Ukrainian soldiers were killed. The city's administration said at "
            "least 27 civilians had been killed by shelling in Lysychansk in June.")
    assert [c.claimant for c in extract(text, PUB)] == ["russia_gov", "ukraine_gov"]


def test_a_count_documents_what_its_source_found():
    text = ("A tally compiled from geolocated videos and published on the Oryx site on Monday documents 36 Russian "
            "tanks lost around Vuhledar.")
    assert [(c.value, c.claimant) for c in extract(text, PUB)] == [(36, "oryx")]


def test_a_units_own_report_without_a_window_is_one_action():
    assert got("The brigade said it had destroyed 14 trucks.") == [
        (14, "russia", "vehicles", "destroyed", "interval", PUB, "partial")]
    # a running total the unit states as such stays one
    assert [o[4] for o in got("The brigade said it had destroyed 140 Russian tanks since the start of the war.")] \
        == ["cumulative"]


def test_a_figure_located_at_a_place_or_in_the_fighting_is_one_battles():
    for text in ("Russia's defence minister said Ukraine had lost more than 3,300 servicemen at Krynky.",
                 "A pro-war blogger wrote that his side had lost at least 15,000 men killed taking Avdiivka.",
                 "Ukrainian officials say Russia lost as many as 130 tanks and armoured vehicles in the attacks.",
                 "Analysts confirmed at least 16 Ukrainian tanks lost in the fighting south of Orikhiv.",
                 "The defence ministry said Ukrainian losses in the Avdeyevka area had exceeded 1,500 servicemen."):
        assert [o[4] for o in got(text)] == ["interval"], (text, got(text))
    # a running total said as such stays one
    assert [o[4] for o in got("Russia has lost 20,000 troops in Bakhmut since the start of the war, Kyiv says.")] \
        == ["cumulative"]


def test_both_sides_named_after_the_verb_or_a_war_between_the_two():
    for text in ("Rubio said on Sunday that roughly 1.2 million soldiers had been killed or wounded on both sides.",
                 "Trump said that about 5,000 young soldiers from both armies were dying every week.",
                 "Trump has said that around 25,000 soldiers are being killed every month in the war between Russia "
                 "and Ukraine."):
        assert [o[1] for o in got(text)] == ["both"], text
    # a side named before the figure keeps it
    assert [o[1] for o in got("Russian forces lost 25,000 soldiers in the war between Russia and Ukraine, "
                              "Kyiv said.")] == ["russia"]


def test_nears_and_approach_are_almost_and_a_qualifier_before_between_qualifies_the_range():
    quals = lambda t: [c.qualifier for c in extract(t, PUB)]   # noqa: E731
    assert quals("Ukraine says Russian death toll nears 20,000 as defenders hold out") == ["almost"]
    assert quals("CSIS: Russia's casualties approach 1 million as Moscow trades men for ground") == ["almost"]
    assert [(c.value, c.value_max, c.qualifier) for c in extract(
        "The outlets estimate that the real death toll of Russian soldiers could be between 111,000 and 160,000.",
        PUB)] == [(111000, 160000, "approximately")]
    assert quals("Russia has lost between 3,000 and 4,000 tanks, Kyiv said.") == ["exact"]


def test_a_ratio_and_a_leading_condition_are_no_claims_and_weaponry_is_equipment():
    assert got("They lose five or six soldiers for every one of ours.") == []
    assert got("If Russia is losing two or three soldiers for every Ukrainian, that is sustainable for Moscow.") == []
    assert got('"If we had lost 17 tanks in a week, I would know about it," he said.') == []
    # a condition before the comma leaves the main clause's figure alone
    assert [o[0] for o in got("If the figures are right, Russia has lost 300,000 men.")] == [300000]
    assert [o[2] for o in got("Shoigu said Ukrainian forces had lost 7,600 pieces of heavy weaponry since June 4.")] \
        == ["equipment"]


def test_a_sentence_giving_the_figures_window_redates_the_figures_before_it():
    text = ("Russia's three-week push to encircle Avdiivka has cost it at least 197 tanks and armoured vehicles, "
            "according to a count compiled by open-source analysts.\n\n"
            "Of these, 109 were destroyed, the team's data show. The figures cover the period from October 10 to "
            "October 31.")
    out = got(text, "2023-11-03")
    assert [(o[0], o[4], o[5]) for o in out] == [(197, "interval", "2023-10-31"), (109, "interval", "2023-10-31")], out
    assert out[0][6] == "partial"   # (the push to encircle one town)
    # a window from the war's first day is a running total up to its last day
    text2 = ("Russia has lost about 420,000 soldiers, the assessment says. The assessment covers the period from "
             "February 24, 2022, to December 31, 2024.")
    assert [(o[4], o[5]) for o in got(text2, "2025-01-20")] == [("cumulative", "2024-12-31")], got(text2, "2025-01-20")


def test_a_gloss_listing_killed_wounded_and_captured_makes_lost_troops_casualties():
    text = ("Ukraine's General Staff said Russia has lost about 959,760 soldiers since the beginning of the "
            "full-scale invasion.\n\nThe figures released by Kyiv include killed, wounded and captured personnel.")
    assert [c.outcome for c in extract(text, PUB)] == ["casualties"]


def test_a_tally_from_a_countrys_body_and_a_countrys_overall_assessment_name_their_source():
    text = "According to the latest daily tally from Ukraine's General Staff, Russia lost 890 men over the past day."
    assert [c.claimant for c in extract(text, PUB)] == ["ukraine_gov"]
    text = ("Kyiv's own running count of Russian troops killed reached 203,160 on Friday, the General Staff said.\n\n"
            "Britain's overall assessment is more cautious. Officials estimate that Russia has lost between 40,000 "
            "and 60,000 killed since the start of the invasion.")
    assert [c.claimant for c in extract(text, PUB)] == ["ukraine_gov", "uk_gov"]


def test_definite_monitors_refer_back_to_the_mission_and_its_staff_to_the_country_named_first():
    text = ("The United Nations human rights monitoring mission said on Tuesday that 10,000 civilians had been "
            "killed.\n\nThe monitors recorded 153 civilian deaths in October alone, and 429 injuries.")
    assert [c.claimant for c in extract(text, "2023-11-21")] == ["un", "un", "un"]
    # independent monitors named as such stay another source
    assert [c.claimant for c in extract("Independent monitors recorded 153 civilian deaths in October.", PUB)] \
        == ["other"]
    text = ("More than 7,000 Russian soldiers have been killed, according to US intelligence estimates.\n\n"
            "Ukraine's own figures are far higher: its General Staff claimed on Thursday that about 13,800 Russian "
            "servicemen had been killed.")
    assert [c.claimant for c in extract(text, "2022-03-17")] == ["us_gov", "ukraine_gov"]


def test_spelled_out_ranges_share_the_scale_and_and_joins_two_numbers_after_a_unit_word():
    from attrition.extract.numbers import find_numbers
    vals = lambda t: [(n.value, n.value_max) for n in find_numbers(t)]   # noqa: E731
    assert vals("they range from ten to thirteen thousand dead") == [(10000, 13000)]
    assert vals("between two and three thousand troops") == [(2000, 3000)]
    assert vals("one hundred and twenty soldiers") == [(120, None)]
    assert vals("two thousand and five soldiers") == [(2005, None)]
    assert vals("forty and fifty") == [(40, None), (50, None)]


def test_an_age_in_commas_and_a_toll_unrelated_to_the_war_are_no_claims():
    assert got("Olena Petrenko, 41, was killed in the strike, the governor said.") == []
    assert got("Gunmen attacked a police post in Dagestan, killing at least 15 police officers, in an attack "
               "unrelated to the war.") == []


def test_the_number_of_people_killed_rising_to_a_figure_far_after_it():
    text = ("The number of people killed in the shelling of the Russian border city of Belgorod on Saturday has "
            "risen to 24, including four children, regional governor Vyacheslav Gladkov said.")
    out = got(text, "2023-12-31")
    assert (24, "russia", "civilians", "killed", "interval", "2023-12-30", "partial") in out, out
    text = ("Russia's Defence Ministry on Wednesday raised the number of soldiers killed in a Ukrainian rocket strike "
            "on a temporary barracks in the occupied town of Makiivka to 89.")
    assert [(o[0], o[1], o[2], o[3]) for o in got(text, "2023-01-04")] == [(89, "russia", "personnel", "killed")]
    text = "Ukraine's top general has put the number of Ukrainian troops killed since the invasion at nearly 9,000."
    assert [(o[0], o[1], o[2]) for o in got(text)] == [(9000, "ukraine", "personnel")]


def test_a_us_made_weapon_inside_a_closed_quote_is_no_nationality_of_the_speaker():
    text = ('"The enemy lost up to 350 servicemen and 14 infantry fighting vehicles, including several US Bradleys," '
            "the ministry said.")
    doc = "Russia's Defence Ministry said its forces had repelled a large Ukrainian attack.\n\n" + text
    assert {(c.side, c.claimant) for c in extract(doc, PUB)} == {("ukraine", "russia_gov")}


def test_a_calibre_is_no_count_and_the_weapon_after_it_is_the_noun():
    text = "The enemy lost up to 480 troops, four motor vehicles and two 155mm M777 howitzers, the ministry said."
    assert [(o[0], o[2]) for o in got(text)] == [(480, "personnel"), (4, "vehicles"), (2, "artillery")]


def test_a_training_unit_hit_is_a_loss_and_combined_russian_killed_is_russias():
    text = "Ukraine's Ground Forces said a Russian missile strike had hit a training unit, killing 12 soldiers."
    assert [(o[0], o[1]) for o in got(text)] == [(12, "ukraine")]
    text = "Western estimates put combined Russian killed and wounded at more than 700,000 since February 2022."
    assert [o[1] for o in got(text)] == ["russia"]
    assert [o[1] for o in got("The combined Russian and Ukrainian toll has passed 500,000 soldiers killed and "
                              "wounded.")] == ["both"]


def test_a_list_going_on_after_an_included_days_figure_is_back_on_the_running_total():
    text = ("Ukraine's General Staff says Russia has lost about 719,000 personnel, including 1,590 in the past 24 "
            "hours, along with 9,380 tanks.")
    assert [(o[0], o[4]) for o in got(text)] == [(719000, "cumulative"), (1590, "interval"), (9380, "cumulative")]


def test_labelled_items_after_semicolons_share_the_first_items_count():
    text = ("Russia's defence ministry said Battlegroup North inflicted losses of over 1,500 servicemen on the enemy; "
            "Battlegroup West, more than 1,600; Battlegroup South, over 1,400.")
    assert [(o[0], o[1], o[2]) for o in got(text)] == [(1500, "ukraine", "personnel"), (1600, "ukraine", "personnel"),
                                                       (1400, "ukraine", "personnel")]


def test_another_wars_dateline_and_a_day_of_mourning_and_a_weekly_losses_report():
    assert got("GAZA: Strikes kill 104 despite truce") == []
    assert got("KHARTOUM - The WHO said more than 460 patients were killed at a hospital in El Fasher.") == []
    assert [o[0] for o in got("KYIV - Russian strikes killed 12 civilians on Tuesday, officials said.")] == [12]
    text = ("Ukraine held a day of mourning after a Russian missile strike on a cafe in the village of Hroza killed "
            "at least 52 people.")
    assert [o[4] for o in got(text)] == ["interval"]
    text = "Russia lost 8,740 soldiers and 312 artillery systems in a week - weekly losses report"
    assert [o[4] for o in got(text)] == ["interval", "interval"]
    assert [(o[1], o[2]) for o in got("Nine Killed, 63 Injured As Russia Pounds Kyiv With Missiles And Drones")] \
        == [("ukraine", "civilians"), ("ukraine", "civilians")]


def test_the_freed_in_an_exchange_and_a_wave_size_are_no_losses():
    assert got("Among those released are 30 soldiers of the Armed Forces, 11 National Guard servicemen and four "
               "civilians, the coordination headquarters said.") == []
    assert got("Shahed drones are getting cheaper as Russia launches them in waves of 400 or more.") == []


def test_losses_a_side_suffered_a_toll_before_a_when_clause_and_a_count_that_passed_a_mark():
    assert [(o[0], o[1], o[2]) for o in got("Russia suffered record 42,000 losses in October, Ukraine says")] \
        == [(42000, "russia", "personnel")]
    text = ("At least 19 people were killed and 105 injured when Russia fired a barrage of missiles at cities "
            "across Ukraine on Monday, the State Emergency Service said.")
    assert [o[0] for o in got(text)] == [19, 105]
    assert got("Russia fired 99 missiles at Ukraine overnight.") == []
    text = ("The number of civilians killed in Ukraine since Russia's full-scale invasion has passed 10,000, the "
            "United Nations human rights monitoring mission said on Tuesday.")
    assert [(c.value, c.qualifier, c.category, c.claimant) for c in extract(text, PUB)] \
        == [(10000, "more_than", "civilians", "un")]
    assert [o[1] for o in got("U.S. officials have put Russia's combined killed and wounded at well over 200,000.")] \
        == ["russia"]


def test_a_leaders_possessive_names_the_speakers_government():
    for text, cid in (("Trump's special envoy Keith Kellogg estimated that the war has caused around 1.2 million "
                       "casualties on both sides.", "us_gov"),
                      ("Putin's spokesman Dmitry Peskov said 5,000 Ukrainian soldiers had been killed.", "russia_gov"),
                      ("Zelensky's adviser Mykhailo Podolyak said up to 13,000 Ukrainian soldiers had been killed.",
                       "ukraine_gov")):
        assert [c.claimant for c in extract(text, PUB)] == [cid], text
    # a tabloid's "Putin's troops" is no speaker
    assert [c.claimant for c in extract("Putin's troops lost 1,000 men in a day, according to Kyiv.", PUB)] \
        == ["ukraine_gov"]


def test_a_strikes_toll_told_in_a_later_sentence_ends_on_the_strikes_day():
    text = ("Ukraine's Special Operations Forces said on Monday that 34 Russian officers were killed in Friday's "
            "missile strike on the fleet's headquarters in Sevastopol.\n\n"
            "A further 105 Russian servicemen were wounded in the attack, the SSO said on Telegram.")
    assert [(o[0], o[5]) for o in got(text, "2023-09-25")] == [(34, "2023-09-22"), (105, "2023-09-22")]
    # a toll said of another attack on its own day keeps that day
    text2 = ("Russia's missile strike on Friday killed 12 people in Dnipro.\n\n"
             "On Monday, a drone attack on Kharkiv killed three people, the governor said.")
    assert [(o[0], o[5]) for o in got(text2, "2023-09-25")] == [(12, "2023-09-22"), (3, "2023-09-25")]


def test_a_period_which_ended_on_a_day_dates_the_figures_of_the_paragraph():
    text = ("The UN monitoring mission said Tuesday that it had verified the deaths of 11,698 civilians since "
            "Russia launched its full-scale invasion. The mission said that 24,453 civilians had been injured in "
            "the same period, which ended on Aug. 31.")
    assert [(o[0], o[5]) for o in got(text, "2024-09-10")] == [(11698, "2024-08-31"), (24453, "2024-08-31")]


def test_a_quoted_nickname_inside_a_speakers_name():
    text = ("Ukraine's Unmanned Systems Forces killed 5,100 Russian troops and wounded another 2,470 in October, the "
            'force\'s commander Robert "Madyar" Brovdi said on Telegram.')
    assert [c.claimant for c in extract(text, "2025-11-03")] == ["ukraine_gov", "ukraine_gov"]


def test_sunk_or_seriously_damaged_is_lost():
    assert [o[3] for o in got("An independent tally counts at least 24 Russian vessels sunk or seriously damaged.")] \
        == ["lost"]


def test_a_little_under_is_almost():
    assert [c.qualifier for c in extract("Russia lost about 115 tanks a month last year, or a little under four a "
                                         "day.", "2025-01-10")] == ["approximately", "almost"]


def test_losses_over_the_same_day_are_that_days():
    text = "Russian personnel losses over the same day were put at 1,230, bringing the total to 633,190."
    assert [(o[0], o[4]) for o in got(text)] == [(1230, "interval"), (633190, "cumulative")]


def test_early_in_the_war_since_the_start_of_the_offensive_is_the_invasion():
    text = ("Ukraine's health minister said 198 civilians, including three children, had been killed and 1,115 people "
            "wounded across the country since the start of the offensive.")
    assert {o[4] for o in got(text, "2022-03-04")} == {"cumulative"}
    # later in the war an offensive is one operation's window
    text2 = "Kyiv said 1,115 Russian soldiers had been killed since the start of the offensive."
    assert [o[4] for o in got(text2, "2024-10-04")] == ["interval"]


def test_a_place_before_since_is_no_attacker():
    text = ("The UN human rights office said it had confirmed the deaths of 331 civilians in Ukraine since Russian "
            "troops crossed the border on February 24.")
    assert [(o[1], o[4]) for o in got(text, "2022-03-04")] == [("ukraine", "cumulative")]


def test_a_contrasted_source_after_a_dash_aside_speaks_of_its_own_figure():
    text = ("Ukraine's government claims a far higher figure — more than 12,000 Russian troops killed as of Thursday "
            "morning — while Moscow last week acknowledged 498 deaths and has not updated its count since.")
    assert [(c.value, c.claimant) for c in extract(text, "2022-03-10")] == [(12000, "ukraine_gov"), (498, "russia_gov")]


def test_boilerplate_lines_break_no_section_and_a_source_footer_names_the_list_above():
    text = ("Over the past day, Ukrainian defenders eliminated 1,020 Russian occupiers, the General Staff said.\n\n"
            "Advertisement\n\n"
            "The total combat losses of the enemy from 24.02.2022 to 15.03.2024 are approximately:\n"
            "personnel — about 432,750 (+1,020) persons;\ntanks — 6,803 (+12).")
    assert {c.claimant for c in extract(text, "2024-03-15")} == {"ukraine_gov"}
    text2 = ("RUSSIAN LOSSES TODAY: another 650 occupiers 'demilitarised' in a day\n\n"
             "The total combat losses of the enemy from 24.02.22 to 05.07.23 were approximately:\n\n"
             "tanks ‒ 4,072 (+7),\nartillery systems ‒ 4,326 (+26).\n\n"
             "The data are being confirmed. Beat the occupier!\nSource: General Staff of the AFU")
    assert {c.claimant for c in extract(text2, "2023-07-05")} == {"ukraine_gov"}


def test_neutralised_with_a_part_irretrievably_is_casualties():
    text = "According to preliminary estimates, 214 occupiers were neutralised in this direction today, 123 of them irretrievably."
    assert [(o[0], o[3]) for o in got(text)] == [(214, "casualties"), (123, "killed")]


def test_since_launching_an_offensive_around_a_town_on_a_weekday_is_the_windows_first_day():
    text = ("Russian forces have lost nearly 3,000 troops and more than 100 tanks since launching a major offensive "
            "around the eastern Ukrainian town of Avdiivka on Tuesday, a Ukrainian military spokesman said.")
    assert [(o[4], o[5]) for o in got(text, "2023-10-13")] == [("interval", "2023-10-13")] * 2


def test_a_weekly_summarys_group_lines_are_that_weeks():
    text = ("MOSCOW, Aug 23 - Russia's Defence Ministry on Saturday released its weekly summary of the special "
            "military operation for August 16-22. Key figures:\n\n"
            "— Sever group: the enemy lost more than 1,050 servicemen and 12 artillery pieces.\n"
            "— Zapad group: up to 1,470 servicemen and two tanks.")
    out = got(text, "2025-08-23")
    assert [(o[0], o[1], o[4]) for o in out] == [(1050, "ukraine", "interval"), (12, "ukraine", "interval"),
                                                 (1470, "ukraine", "interval"), (2, "ukraine", "interval")], out


def test_an_in_numbers_item_reads_the_noun_after_the_dash():
    text = "1) More than 427,000 — Russian troops killed or wounded in 2024, according to Ukraine's General Staff."
    assert [(c.value, c.category, c.outcome, c.claimant) for c in extract(text, "2025-01-05")] \
        == [(427000, "personnel", "casualties", "ukraine_gov")]
    assert got("2,400 — the number of days since the invasion.", "2025-01-05") == []


def test_servicemen_released_in_an_exchange_are_no_claim():
    assert got("Russia's defence ministry said the 103 Russian servicemen released had been captured in Kursk.") == []
    text = "Casualties averaged 1,286 per day, according to figures released by the Ukrainian General Staff."
    assert [o[0] for o in got(text)] == [1286]


def test_the_first_anniversarys_year_is_the_whole_war_and_people_sheltering_are_no_toll():
    text = "The total combat losses of the enemy over the year amount to approximately: 3,350 tanks, 6,593 armoured vehicles."
    assert {o[4] for o in got(text, "2023-02-24")} == {"cumulative"}
    assert {o[4] for o in got(text, "2024-02-24")} == {"interval"}   # (the war's second year is one year's window)
    text = ("Governor Serhiy Haidai said 60 people were feared dead after a Russian bomb hit a school in Bilohorivka on "
            "Saturday, where about 90 residents had been sheltering.")
    assert [o[0] for o in got(text)] == [60]
    text = ("Haidai said Russian shelling of the Azot chemical plant, where about 570 civilians are sheltering, had "
            "killed two people on Friday.")
    assert [o[0] for o in got(text)] == [2]
    assert got("The block, home to about 1,700 people, was hit by a Kh-22 missile.") == []


def test_another_wars_losses_after_with_the_loss_of_and_a_blast_in_crimea():
    text = ("It is the largest warship lost in combat since the cruiser General Belgrano was sunk during the Falklands "
            "War in 1982, with the loss of 323 lives.")
    assert got(text) == []
    assert [(o[1], o[2]) for o in got("Blast on Crimean bridge kills three, Russia says")] == [("russia", "civilians")]


def test_a_daily_update_goes_on_with_an_official_of_the_same_side():
    text = ("A massive Russian missile barrage on Monday killed at least 36 people across Ukraine, officials said.\n\n"
            "Russia launched 38 missiles at five cities. Interior Minister Ihor Klymenko said 137 people were injured "
            "nationwide.")
    assert [(o[0], o[4]) for o in got(text, "2024-07-08")] == [(36, "interval"), (137, "interval")]


def test_a_live_blogs_speaker_before_a_colon_maybe_and_leaked_slides():
    text = "09:14 — Kharkiv governor Oleh Syniehubov: 3 killed, 17 injured in an overnight glide-bomb strike."
    assert [c.claimant for c in extract(text, PUB)] == ["ukraine_gov", "ukraine_gov"]
    assert [c.qualifier for c in extract('Kahl said Russia had also lost "maybe 3,000 to 4,000" armoured vehicles.',
                                         PUB)] == ["approximately"]
    assert [c.claimant for c in extract("Leaked US slides put Russian casualties at up to 223,000", PUB)] == ["us_gov"]


def test_a_country_that_puts_the_number_and_researchers_at_a_named_project():
    assert [c.claimant for c in extract("Kyiv puts the number of Russian dead at 45,400.", PUB)] == ["ukraine_gov"]
    text = ("Russia has now lost at least 613 tanks, according to the open-source researchers at Oryx.\n\n"
            "Across all categories the researchers have documented 3,442 pieces of Russian equipment lost.")
    assert [c.claimant for c in extract(text, PUB)] == ["oryx", "oryx"]


def test_those_freed_included_is_an_exchange():
    assert got("The coordination headquarters said those freed included 213 servicemen and border guards and 17 "
               "civilians, among them defenders of Mariupol.") == []


def test_civilians_counted_by_a_russian_installed_official_and_a_country_that_further_claimed():
    text = ("At least 27 people were killed and 25 wounded when shells struck a market in Donetsk on Sunday morning, "
            "the Moscow-installed head of the region, Denis Pushilin, said.")
    assert {(o[1], o[2]) for o in got(text)} == {("russia", "civilians")}
    text = "Ukraine further claimed the destruction of 189 cruise missiles and 15 warships and boats."
    assert [(c.side, c.claimant) for c in extract(text, PUB)] == [("russia", "ukraine_gov")] * 2


def test_a_date_after_surpassing_the_previous_record_is_the_records():
    text = ("Russia lost 45,720 troops in November, Kyiv said. That is an average of 1,524 soldiers per day, "
            "surpassing the previous record set in October, when Russia lost 41,980 troops.")
    assert [(o[0], o[5]) for o in got(text, "2024-12-03")] == [(45720, "2024-11-30"), (1524, "2024-11-30"),
                                                               (41980, "2024-10-31")]


def test_a_list_lines_figure_takes_no_noun_from_the_next_line_and_bulleted_items_ending_in_a_semicolon():
    text = ("Russia's losses since February 24 stand as follows, the General Staff said:\n\n"
            "MLRS – 233 (+1)\nair defence systems – 97\naircraft – 216\nhelicopters – 181 (+1)")
    assert [(o[0], o[2]) for o in got(text, "2022-06-17") if o[4] == "cumulative"] == [
        (233, "mlrs"), (97, "air_defense"), (216, "aircraft"), (181, "helicopters")]
    text = ("Russia's defence ministry said Ukrainian losses over the week amounted to:\n\n"
            "- Sever (North): over 1,460 servicemen and two tanks;\n- Dnepr: up to 425 servicemen.")
    assert [(o[0], o[1]) for o in got(text, "2025-10-11")] == [(1460, "ukraine"), (2, "ukraine"), (425, "ukraine")]


def test_in_numbers_lines_are_items_of_their_own_and_a_plus_after_a_figure_is_more_than():
    text = ("The war in numbers:\n\n12,654 – civilians killed, according to the UN monitoring mission\n"
            "29,392 – civilians injured, same source\n3,700+ – Russian tanks visually confirmed lost, according to Oryx")
    out = [(c.value, c.category, c.outcome, c.qualifier) for c in extract(text, "2025-02-20")]
    assert out == [(12654, "civilians", "killed", "exact"), (29392, "civilians", "wounded", "exact"),
                   (3700, "tanks", "lost", "more_than")], out


def test_since_the_start_of_the_military_operation_is_the_war():
    text = "Shoigu said on Tuesday that 6,489 Ukrainian servicemen had been taken prisoner since the start of the military operation."
    assert [(o[4], o[5]) for o in got(text, "2022-05-20")] == [("cumulative", "2022-05-17")]


def test_losses_during_an_incursion_are_that_operations():
    text = ("Ukrainian forces lost more than 76,000 servicemen killed and wounded during their failed incursion into "
            "Russia's Kursk Region, Gerasimov said.")
    assert [o[4] for o in got(text, "2025-03-12")] == ["interval"]
    assert [o[4] for o in got("Ukraine has lost 500,000 troops during the special military operation, Moscow says.",
                              "2025-03-12")] == ["cumulative"]


def test_a_figure_not_updated_since_a_day_is_that_days_running_total_and_more_list_labels():
    assert [(o[4], o[5]) for o in got("Moscow has not updated its figure of 1,351 dead since March 25.", "2022-06-01")] \
        == [("cumulative", "2022-03-25")]
    text = "Russia's losses, the General Staff said:\nAPV ‒ 4,226 (+14),\nlight speedboats – 3,"
    assert [(o[0], o[2]) for o in got(text, "2022-06-01")] == [(4226, "armoured_vehicles"), (14, "armoured_vehicles"),
                                                               (3, "ships")]


def test_soldiers_and_civilians_counted_together_join_the_categories():
    assert [(o[1], o[2]) for o in got("Zelensky said 137 Ukrainians, soldiers and civilians, were killed.", "2022-02-25")] \
        == [("ukraine", "civilians+personnel")]


def test_a_number_first_list_whose_first_item_is_qualified():
    text = ("The total combat losses of Russian forces between 24 February 2022 and 14 April 2025 are as follows "
            "(figures in parentheses represent the latest losses):\n\n"
            "approximately 931,220 (+1,020) military personnel;\n10,678 (+6) tanks;")
    out = [(o[0], o[2], o[4]) for o in got(text, "2025-04-14")]
    assert out == [(931220, "personnel", "cumulative"), (1020, "personnel", "interval"), (10678, "tanks", "cumulative"),
                   (6, "tanks", "interval")], out


def test_a_source_after_its_verb_with_a_long_description():
    text = ("On the Avdiivka direction, the enemy continues its attempts to encircle the city, but suffers great losses, "
            'informs the commander of the Operational-Strategic Group of Troops "Tavria" Brigadier General Oleksandr '
            "Tarnavskyi in Telegram.\n\nDuring the day, the total losses of the enemy in the Tavria direction amounted to "
            "1,214 people killed and wounded.")
    assert [c.claimant for c in extract(text, "2023-10-26")] == ["ukraine_gov"]


def test_a_sentence_right_after_a_list_naming_who_reported_it():
    text = ("The total combat losses of the enemy from 24.02 to 14.06 were approximately: personnel - about 32,500 "
            "(+150) persons were liquidated, tanks - 1,434 (+9).\n\n"
            "As Ukrnovyny informs, the General Staff of the Armed Forces of Ukraine has reported about the figures.")
    assert {c.claimant for c in extract(text, "2022-06-14")} == {"ukraine_gov"}


def test_a_pronoun_inside_a_relative_clause_is_no_source_and_mediazona_can_identify():
    text = ("The Oryx open-source project, which counts only losses it can verify visually, has documented more than "
            "9,000 Russian vehicles and weapons systems lost.")
    assert [c.claimant for c in extract(text, PUB)] == ["oryx"]
    text = ("Pro-Kremlin war bloggers reacted with fury after Ukraine's drone strike on a train in the Bryansk region, "
            "which they said had killed at least 40 Russian soldiers.")
    assert [c.claimant for c in extract(text, PUB)] == ["other"]
    text = "The independent Russian portal Mediazona, together with the BBC, could identify more than 93,000 fallen Russian soldiers by name."
    assert [c.claimant for c in extract(text, PUB)] == ["other"]


def test_an_inline_label_list_introduced_as_approximate_and_a_plus_suffix():
    text = ("The total combat losses of the enemy from 24.02 to 14.06 were approximately: personnel - about 32,500 "
            "(+150) persons were liquidated, tanks - 1,434 (+9), artillery systems - 722 (+4).")
    assert [(c.value, c.qualifier) for c in extract(text, "2022-06-14")] == [
        (32500, "approximately"), (150, "exact"), (1434, "approximately"), (9, "exact"), (722, "approximately"),
        (4, "exact")]
    assert [c.qualifier for c in extract("Ukraine's General Staff says Russia has now lost a whopping 169,000-plus "
                                         "troops since the invasion.", PUB)] == ["more_than"]


def test_neutralised_and_all_seven_shot_down_after_an_overnight_launch_are_that_nights():
    text = ("Russia launched 728 drones and 13 missiles at Ukraine in the early hours of Wednesday, the Air Force said. "
            "The missiles included seven Kh-101 cruise missiles.\n\n"
            'Air defence forces "neutralised" 718 drones and shot down all seven cruise missiles, the Air Force said in '
            "its statement on Wednesday morning.")
    out = [(o[0], o[2], o[4]) for o in got(text, "2025-07-10")]
    assert (718, "drones", "interval") in out and (7, "cruise_missiles", "interval") in out, out
