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


def test_a_level_on_a_day_is_a_running_total():
    # "On 1 March it stood at N": the total that day, not that day's losses
    out = got("Ukraine's General Staff publishes a running total every morning. On 1 March 2024 it stood at 418,010 "
              "Russian troops killed or wounded.")
    assert [(o[0], o[2], o[4]) for o in out] == [(418010, "cumulative", "2024-03-01")], out
    out = got("On Monday the General Staff put Russian tank losses at 7,410.")
    assert [(o[0], o[2], o[4]) for o in out] == [(7410, "cumulative", "2024-05-20")], out


def test_a_days_losses_stay_a_window():
    out = got("The General Staff said 1,140 Russian troops had been killed on Monday.")
    assert [(o[0], o[2], o[4]) for o in out] == [(1140, "interval", "2024-05-20")], out


def test_the_occasion_of_a_statement_dates_the_statement():
    # "At a news conference on DATE, NAME said": the date of the statement, not a window
    out = got("At a news conference on 3 May 2024, President Volodymyr Zelensky said 31,000 Ukrainian soldiers had "
              "been killed.")
    assert [(o[0], o[2], o[4]) for o in out] == [(31000, "cumulative", "2024-05-03")], out


def test_a_long_apposition_keeps_its_source():
    out = got("The Oryx blog, run by a small team of analysts who log losses only when they are shown in photographs "
              "or videos, has now recorded at least 3,120 Russian tanks destroyed.")
    assert [(o[0], o[3]) for o in out] == [(3120, "oryx")], out


def test_a_part_of_the_figure_before_takes_its_outcome():
    out = got("Oryx has recorded at least 9,100 pieces of Russian equipment lost. Among them are 2,330 tanks. "
              "They include 410 T-80s.")
    assert [(o[0], o[3]) for o in out][:2] == [(9100, "oryx"), (2330, "oryx")], out
    assert [c.category for c in extract("Oryx has recorded at least 9,100 pieces of Russian equipment lost. "
                                        "Among them are 2,330 tanks.", PUB)] == ["equipment", "tanks"]


def test_this_includes_aid_is_no_loss():
    out = got("Allies have sent 5,000 anti-tank weapons. This includes 2,000 Javelin systems.")
    assert out == [], out


def test_a_tally_list_after_a_blank_line_keeps_the_source():
    # the first line of a tally is no section heading: the General Staff named above still speaks
    text = ("Ukraine's General Staff on Wednesday published its updated tally of Russian losses.\n\n"
            "The figures are listed below, with the change over the previous day in brackets:\n\n"
            "Personnel — 492,110 (+1,060)\nTanks — 7,480 (+11)\n")
    out = got(text)
    assert out and all(o[3] == "ukraine_gov" for o in out), out
    assert (7480, "russia", "cumulative", "ukraine_gov", "2024-05-22") in out, out


def test_month_last_year_is_one_date():
    # "since February last year": the war's start, a running total to the statement, not to 31 December
    out = got("British officials said they believed Russia had lost 250,000 personnel killed and wounded since "
              "February last year.", "2023-06-14")
    assert [(o[0], o[2], o[4]) for o in out] == [(250000, "cumulative", "2023-06-14")], out


def test_a_named_official_in_apposition_is_a_new_source():
    # "according to the city's mayor, NAME": not the UN carried from the sentence before
    out = got("The UN said 900 civilians had been killed in March. On Tuesday a Russian missile struck a block of "
              "flats in Lviv, killing at least seven people, according to the city's mayor, Ivan Koval.")
    assert out[-1][0] == 7 and out[-1][3] == "ukraine_gov", out


def test_a_body_said_to_have_lost_is_no_pronouns_source():
    # "Russian forces also lost 13 tanks ..., it said": "it" is the General Staff named before
    out = got("Ukraine's General Staff said 1,210 Russian troops had been killed over the past day. Russian forces "
              "also lost 13 tanks over the past day, it said.")
    assert [(o[0], o[3]) for o in out] == [(1210, "ukraine_gov"), (13, "ukraine_gov")], out


def test_a_body_that_stopped_publishing_is_the_pronouns_source():
    out = got("Ukraine's General Staff said 1,210 Russian troops had been killed. Moscow has not published its own "
              "death toll since September 2022, when it admitted to 5,937 dead.")
    assert out[-1][0] == 5937 and out[-1][3] == "russia_gov", out
    out = got("Ukraine's General Staff said 1,210 Russian troops had been killed. Moscow has not updated its own "
              "count since March, when the defence ministry said 1,351 servicemen had been killed.")
    assert out[-1][0] == 1351 and out[-1][3] == "russia_gov", out


def test_a_named_group_beats_its_countrys_adjective():
    out = got("The head of Russia's Wagner private military company said more than 20,000 of his fighters had been "
              "killed in the battle for Bakhmut.")
    assert [(o[0], o[3]) for o in out] == [(20000, "other")], out
    out = got("Russian military bloggers said 300 Russian soldiers were killed near the village.")
    assert [(o[0], o[3]) for o in out] == [(300, "other")], out


def test_civilians_in_a_russian_region_are_russian():
    out = got("In Kursk, acting governor Alexei Smirnov said 14 civilians had been killed in the region since "
              "August 6.", "2024-08-20")
    assert [(o[0], o[1], o[3]) for o in out] == [(14, "russia", "russia_gov")], out


def test_ukrainian_and_russian_troops_are_both():
    out = got("The total number of Ukrainian and Russian troops killed or wounded since the start of the war is "
              "nearing 500,000, according to US officials.")
    assert [(o[0], o[1]) for o in out] == [(500000, "both")], out


def test_a_bare_head_word_names_no_research_body():
    # "the Tsentr (Centre) group": no "Centre" as a source
    out = got("The Tsentr (Centre) group, which is pushing towards Pokrovsk, said it had inflicted up to 405 killed "
              "and wounded on Ukrainian units.")
    assert [(o[0], o[3]) for o in out] == [(405, "russia_gov")], out


def test_told_someone_in_a_month_dates_the_statement():
    out = got("Mykhailo Podolyak told a Ukrainian television channel in December that about 13,000 Ukrainian "
              "troops had been killed.")
    assert [(o[0], o[2]) for o in out] == [(13000, "cumulative")], out
    out = got("UK Defence Secretary John Healey told MPs that Russian losses in 2023 alone exceeded 250,000.")
    assert [(o[0], o[2], o[4]) for o in out] == [(250000, "interval", "2023-12-31")], out


def test_an_average_of_the_figure_before():
    out = got("In 2023 alone, Russia lost some 253,000 troops killed or wounded, the report says, an average of "
              "about 690 a day.")
    assert (690, "russia", "rate") == out[-1][:3], out
    out = got("The General Staff said Russia lost 430,000 troops in 2024. That is an average of about 1,180 a day.")
    assert [(o[0], o[2], o[3]) for o in out] == [(430000, "interval", "ukraine_gov"), (1180, "rate", "ukraine_gov")], out


def test_a_briefings_group_figures_take_its_daily_window():
    # figures of one daily briefing, sentence after sentence, differ in size but share its window
    text = ("Russia's Defence Ministry said on Wednesday that Ukrainian forces had lost up to 1,750 servicemen over "
            "the past 24 hours. The Sever group of forces struck three Ukrainian brigades, the ministry said, with "
            "the enemy losing up to 70 servicemen. In the zone of the Zapad group, the enemy lost up to 460 "
            "servicemen, according to the briefing.")
    out = got(text)
    assert [(o[0], o[2]) for o in out] == [(1750, "interval"), (70, "interval"), (460, "interval")], out


def test_a_running_total_after_daily_figures_stays_a_total():
    text = ("Ukraine's General Staff said 1,170 Russian troops had been killed over the past day. "
            "It put Russian personnel losses at 591,440.")
    out = got(text)
    assert [(o[0], o[2]) for o in out] == [(1170, "interval"), (591440, "cumulative")], out


def test_a_tally_line_with_no_change_is_a_total():
    text = ("Russian losses as of May 22, according to the General Staff:\n• personnel: 493,630 (+1,020)\n"
            "• tanks: 7,470 (+14)\n• helicopters: 326 (+0)")
    out = got(text)
    assert (326, "russia", "cumulative", "ukraine_gov", "2024-05-22") in out, out


def test_a_window_right_after_the_figure_beats_a_total_before_it():
    out = got("The General Staff published its tally of Russian losses since the start of the full-scale invasion, "
              "reporting another 1,120 Russian personnel killed over the past day.")
    assert [(o[0], o[2]) for o in out] == [(1120, "interval")], out
    out = got("Since the start of the invasion, Russia has lost 300,000 soldiers, including 1,000 over the past day.")
    assert [(o[0], o[2]) for o in out] == [(300000, "cumulative"), (1000, "interval")], out


def test_a_rates_base_is_no_figure():
    out = got("In Tuva the death rate per 1,000 men of fighting age is several times the national average.")
    assert out == [], out


def test_since_the_start_of_an_incursion_is_a_window():
    out = got("The governor said on Monday that 31 civilians had been killed in the Kursk region since the start of "
              "the incursion.", "2024-08-19")
    assert [(o[0], o[1], o[2]) for o in out] == [(31, "russia", "interval")], out
    out = got("It now says Ukraine has lost more than 3,715 servicemen since the start of what it calls a "
              "\"large-scale offensive\" on June 4, the Russian ministry said.")
    assert [(o[0], o[2]) for o in out] == [(3715, "interval")], out


def test_a_day_after_is_no_rate():
    out = got("A Russian missile struck a hotel late Tuesday, killing at least four people and wounding 19, the "
              "regional governor said Wednesday, a day after a deadly strike on Poltava.")
    assert [(o[0], o[2]) for o in out] == [(4, "interval"), (19, "interval")], out


def test_one_of_them_is_no_figure():
    out = got("The Vostok group put Ukrainian losses at up to 130 servicemen and two artillery pieces, one of them "
              "a US-made M777 howitzer, the Russian ministry said.")
    assert [o[0] for o in out] == [130, 2], out
    out = got("Russia had lost 1,380 soldiers over the previous 24 hours, one of the highest daily figures, "
              "Ukraine's General Staff said.")
    assert [o[0] for o in out] == [1380], out


def test_a_relative_clauses_date_is_its_own():
    out = got("Oryx, which records only losses backed by photographs, lists 24 Russian naval ships as destroyed or "
              "damaged, among them the cruiser Moskva, which sank in April 2022.")
    assert [(o[0], o[2], o[3]) for o in out] == [(24, "cumulative", "oryx")], out


def test_moscows_special_military_vehicles_are_vehicles_and_ew_stations_other():
    out = [(c.value, c.category) for c in extract(
        "Since the start of the special military operation, 24,311 units of special military vehicles and 2,150 "
        "electronic warfare stations have been destroyed, the Russian ministry said.", PUB)]
    assert out == [(24311, "vehicles"), (2150, "other")], out
