"""Rule tests for period, as_of and side, on short sentences written for these tests."""
from __future__ import annotations

from datetime import date

from attrition import extract

PUB = "2024-06-14"  # a Friday


def one(text, published=PUB, **expect):
    """Extract from ``text``; exactly one claim; check the expected fields."""
    claims = extract(text, published)
    assert len(claims) == 1, [c.to_dict(offsets=False) for c in claims]
    c = claims[0]
    for k, v in expect.items():
        got = getattr(c, k)
        if k == "as_of" and isinstance(v, str):
            v = date.fromisoformat(v)
        assert got == v, f"{k}: {got!r} != {v!r} in {text!r}"
    return c


# ------------------------------------------------------------------ period
def test_superlative_of_the_war_is_no_running_total():
    one("In April alone, Kyiv said, Russia lost 29,500 soldiers, its costliest month of the war.",
        period="interval", as_of="2024-04-30")
    one("The army said 1,150 Russian troops were killed or wounded on May 3, the highest toll since the invasion.",
        period="interval", as_of="2024-05-03")
    one("Ukraine said Russia lost 380,000 troops in 2023, the bloodiest year of the war so far.",
        period="interval", as_of="2023-12-31")


def test_a_plain_running_total_stays_cumulative():
    one("Ukraine said Russia has lost 500,000 soldiers since the war began.", period="cumulative")


def test_fighting_for_a_place_is_a_window():
    one("Britain said Russia had lost up to 9,000 troops in the fighting for Marinka.", period="interval")
    one("Kyiv said Russia lost 90 tanks in its assault on Vuhledar.", period="interval")


def test_deadliest_day_is_a_window():
    one("The deadliest day was on March 7, when the General Staff reported 1,300 Russian casualties.",
        period="interval", as_of="2024-03-07")


def test_began_on_date_starts_the_window():
    one("Moscow said on Tuesday that Ukraine had lost 8,000 troops since the offensive began on May 2.",
        period="interval", as_of="2024-06-11")
    one("Putin said on Wednesday Ukraine had lost 20,000 men in its push, which began in April.",
        period="interval", as_of="2024-06-12")


def test_by_a_day_is_a_running_total_then():
    one("Independent researchers had named 52,000 Russian soldiers killed by May 10.",
        period="cumulative", as_of="2024-05-10")


# ------------------------------------------------------------------ side
def test_possessor_is_no_place():
    claims = extract("Moscow's defence ministry admitted that 300 of its troops had died in Ukraine, and said 900 had "
                     "been injured.", PUB)
    assert [(c.value, c.side) for c in claims] == [(300, "russia"), (900, "russia")]


def test_side_named_between_breaks_the_borrowed_side():
    claims = extract("The minister said 2,000 Russian soldiers had died, while claiming that Ukraine had lost "
                     "40,000 killed and 30,000 wounded.", PUB)
    assert [(c.value, c.side) for c in claims] == [(2000, "russia"), (40000, "ukraine"), (30000, "ukraine")]


def test_loser_named_after_the_noun():
    one("Analysts have counted 40 Leopard tanks lost by Ukraine since June.", side="ukraine")
    claims = extract("Oryx lists 90 Russian helicopters as lost, against 35 helicopters for Ukraine.", PUB)
    assert [(c.value, c.side) for c in claims] == [(90, "russia"), (35, "ukraine")]


# ------------------------------------------------------------------ a report's lead window
def test_lead_window_reaches_the_reports_later_figures():
    text = ("Army says it repelled attacks in the south\n\n"
            "Russia's defence ministry said on Friday its units had repelled nine attacks near two villages over the past day.\n\n"
            "\"Our artillery struck their positions,\" the spokesman said. The enemy lost up to 85 servicemen and "
            "three tanks there, he said.")
    claims = extract(text, PUB)
    assert [(c.value, c.period, c.as_of) for c in claims] == [(85, "interval", date(2024, 6, 14)),
                                                            (3, "interval", date(2024, 6, 14))]


def test_lead_window_not_over_a_tally_with_increments():
    text = ("The General Staff said on Friday that Russia lost 1,100 soldiers over the past day.\n\n"
            "In addition, it has destroyed 7,900 tanks (+12) and 15,000 armoured vehicles (+20).")
    got = {c.value: c.period for c in extract(text, PUB)}
    assert got[7900] == "cumulative" and got[15000] == "cumulative"


def test_shot_down_is_one_nights_tally():
    one("The ministry in Moscow said on Thursday it had shot down 27 Ukrainian drones over the border areas.",
        period="interval", as_of="2024-06-13", side="ukraine")
    one("Kyiv said on Monday its pilots downed two Russian Su-34 jets near Avdiivka.", period="interval")


def test_has_shot_down_stays_a_running_total():
    one("Ukraine's air force says it has shot down 12 Russian helicopters.", period="cumulative")


def test_civilians_under_a_russian_regions_governor():
    claims = extract("The acting Kursk governor said nine civilians had been killed in the region this week.", PUB)
    assert [(c.value, c.side) for c in claims] == [(9, "russia")]


def test_shot_down_without_a_day_says_no_window():
    one("The ministry said its units had shot down 45 Ukrainian drones.", period="cumulative")


def test_event_inside_a_when_clause_is_dated_by_its_time():
    one("It was the worst attack on the town since March, when a Russian missile strike killed 14 people.",
        period="interval", as_of="2024-03-31")


def test_a_statement_inside_a_when_clause_stays_a_total():
    one("Moscow has not updated its toll since September 2022, when it said 5,900 Russian soldiers had died.",
        period="cumulative")


def test_a_front_sector_figure_is_that_sectors_report():
    claims = extract("Moscow said on Thursday that in the Kupiansk direction Kyiv lost up to 60 servicemen; "
                     "in the Siversk direction, up to 95.", PUB)
    assert [(c.value, c.period) for c in claims] == [(60, "interval"), (95, "interval")]
    one("Of those, 120 were killed on the Toretsk front, the General Staff said.", period="interval")
    one("Russia's losses there came to about 210 troops, the ministry said.", period="interval")


def test_a_source_at_the_front_is_no_sector():
    one("A blogger, citing sources at the front, said the army had lost 40 tanks.", period="cumulative")


def test_own_air_defence_shooting_down_is_the_actor():
    claims = extract("Ukrainian air defence systems shot down 31 Russian-launched drones and 48 more drones overnight, "
                     "the air force said.", PUB)
    assert [(c.value, c.side) for c in claims] == [(31, "russia"), (48, "russia")]


def test_attackers_beaten_back_are_the_losers():
    got = [(c.value, c.side, c.period) for c in extract(
        "Moscow said on Monday its troops had repulsed nine attacks by Ukrainian units near Kupiansk, killing up to "
        "140 soldiers.", PUB)]
    assert got == [(140, "ukraine", "interval")]


def test_failed_assault_is_a_window():
    one("Kyiv said Russian troops had suffered at least 700 casualties in the failed assault.", period="interval")


def test_soldiers_killed_by_the_other_sides_bomb():
    claims = extract("Four soldiers of a mechanised brigade were killed when a Russian guided bomb struck their "
                     "dugout near Siversk.", PUB)
    assert [(c.value, c.side, c.period) for c in claims] == [(4, "ukraine", "interval")]


def test_captured_near_a_place_is_one_actions_tally():
    one("Ukrainian marines captured 23 Russian soldiers near Krynky, the brigade said on Tuesday.",
        period="interval", side="russia")


def test_rose_by_to_gives_a_total_on_that_day():
    claims = extract("Russia's artillery losses rose by 31 to 25,410 on Wednesday, the General Staff said.", PUB)
    assert [(c.value, c.period, c.as_of) for c in claims] == [(31, "interval", date(2024, 6, 12)),
                                                            (25410, "cumulative", date(2024, 6, 12))]


def test_the_two_sides_combined_is_one_figure_for_both():
    one("A newspaper reported that the two sides had suffered nearly 800,000 casualties combined.", side="both")


def test_siege_and_incursion_are_windows():
    one("At least 900 civilians died in the siege of Mariupol, the investigators found.", period="interval")
    one("Moscow claims Kyiv lost 12,000 soldiers in its failed border incursion.", period="interval")


def test_by_a_month_before_the_figure_dates_a_total():
    claims = extract("The documents estimated that 90,000 Ukrainian troops had been killed or wounded by March, "
                     "against as many as 150,000 Russians.", PUB)
    assert [(c.value, c.period) for c in claims] == [(90000, "cumulative"), (150000, "cumulative")]


def test_a_since_after_the_next_figure_is_that_ones():
    claims = extract("Britain said Russia had likely suffered about 38,000 casualties in April, and around 500,000 "
                     "since February 2022.", PUB)
    assert [(c.value, c.period, c.as_of) for c in claims] == [(38000, "interval", date(2024, 4, 30)),
                                                            (500000, "cumulative", date(2024, 6, 14))]


def test_a_date_after_an_included_figure_is_its_own():
    got = {c.value: c.period for c in extract(
        "Ukraine has lost at least six F-16 jets, including one shot down by a missile in May.", PUB)}
    assert got == {6: "cumulative", 1: "interval"}


# ------------------------------------------------------------------ as_of
def test_a_rate_over_a_recent_window_ends_on_the_statement_day():
    one("Kyiv said on Tuesday that Russia had lost about 1,100 troops a day over the past month.",
        period="rate", as_of="2024-06-11")
    one("Russia loses about 900 soldiers a day, Kyiv says.", period="rate", as_of=None)


def test_a_date_after_than_is_a_comparison():
    claims = extract("Russia lost 8,400 soldiers in the past week, about 1,200 a day, fewer than the daily "
                     "average in March.", PUB)
    assert [(c.value, c.period, c.as_of) for c in claims] == [(8400, "interval", date(2024, 6, 14)),
                                                            (1200, "rate", date(2024, 6, 14))]


def test_at_the_end_of_a_month_dates_a_total():
    one("At the end of April, Russia had lost 7,400 tanks, Kyiv said.", period="cumulative", as_of="2024-04-30")
