"""Rule tests for the claim extractor, on short sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from attrition import extract
from attrition.extract import EXTRACTOR_VERSION
from attrition.extract.numbers import find_numbers, parse_number
from attrition.extract.text import segments
from attrition.extract.timex import find_times

PUB = "2023-03-15"  # a Wednesday


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


def values(text, published=PUB):
    return [(c.value, c.value_max) for c in extract(text, published)]


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize("s,v", [
    ("44,000", 44000), ("44 000", 44000), ("44\u00a0000", 44000), ("44\u202f000", 44000),
    ("1.351", 1351), ("1.2", 1.2), ("12k", 12000), ("1.2 million", 1_200_000), ("3 mln", 3_000_000),
    ("six", 6), ("forty-two", 42), ("twelve thousand", 12000), ("a dozen", 12), ("a thousand", 1000),
    ("one million", 1_000_000), ("two hundred and fifty", 250), ("0", 0),
])
def test_parse_number(s, v):
    assert parse_number(s) == v


@pytest.mark.parametrize("s", ["", "dozens", "a", "an", "hundreds", "thousands", "abc", "12 tanks", "1-2", None, "x" * 500])
def test_parse_number_rejects(s):
    assert parse_number(s) is None


def test_ranges_and_increments():
    got = [(m.value, m.value_max, m.signed) for m in find_numbers(
        "between 10,000 and 13,000, 60 to 100, 2,000-4,000, 50 000-70 000 and 1,263 (plus nine) (+200)")]
    assert got == [(10000, 13000, False), (60, 100, False), (2000, 4000, False), (50000, 70000, False),
                   (1263, None, False), (9, None, True), (200, None, True)]


def test_range_claim():
    one("Officials in Kyiv said 60 to 100 of their soldiers were dying each day.", value=60, value_max=100,
        period="rate", rate_unit="day", side="ukraine", claimant="ukraine_gov")
    one("The Pentagon estimates that between 10,000 and 13,000 Russian troops have been killed.",
        value=10000, value_max=13000, claimant="us_gov", qualifier="exact")
    one("Up to 2,000-4,000 Russian soldiers died, analysts said.", value=2000, value_max=4000, qualifier="up_to")


def test_words_and_multipliers():
    one("Kyiv said six Russian helicopters were shot down.", value=6, category="helicopters", outcome="destroyed")
    one("The army said a dozen tanks were destroyed.", value=12, category="tanks")
    one("Moscow claimed that 12k Ukrainian soldiers had been killed.", value=12000, side="ukraine")
    one("Ukraine says 1.2 million Russian troops have been killed or wounded.", value=1_200_000, outcome="casualties")
    one("The ministry said twelve thousand invaders had been eliminated.", value=12000, category="personnel",
        outcome="killed", side="russia")


def test_article_is_no_number():
    assert extract("A Russian howitzer was destroyed near the river.", PUB) == []
    one("One Russian howitzer was destroyed, the army said.", value=1, category="artillery")


def test_daily_update_increments():
    claims = extract("Ukraine's General Staff said Russia has lost 2,417 tanks (+12) and 1,263 aircraft (+0) "
                     "and 81,000 troops (plus 500).", PUB)
    got = {(c.category, c.value, c.period) for c in claims}
    assert ("tanks", 2417, "cumulative") in got
    assert ("tanks", 12, "interval") in got
    assert ("personnel", 500, "interval") in got
    assert not any(c.value == 0 for c in claims)


def test_labelled_update_list():
    text = ("Russia's total losses as of today, according to the General Staff: personnel \u2013 about 250,000 (+900), "
            "tanks \u2013 5,000 (+7), artillery systems \u2013 6,000 (+0).")
    got = {(c.category, c.value, c.period, c.outcome, c.claimant) for c in extract(text, PUB)}
    assert ("personnel", 250000, "cumulative", "killed", "ukraine_gov") in got
    assert ("personnel", 900, "interval", "killed", "ukraine_gov") in got
    assert ("tanks", 5000, "cumulative", "lost", "ukraine_gov") in got
    assert ("tanks", 7, "interval", "lost", "ukraine_gov") in got
    assert ("artillery", 6000, "cumulative", "lost", "ukraine_gov") in got
    assert all(c.value != 0 for c in extract(text, PUB))


def test_general_staff_update_format():
    text = ("The total combat losses of the enemy from 24.02.2022 to 15.03.2023 are approximately: "
            "personnel \u2013 about 160,000 (+700) people, tanks \u2013 3,400 (+6), "
            "armored combat vehicles \u2013 6,600 (+9), warships/boats \u2013 18 (+0), the General Staff reports.")
    got = [(c.category, c.value, c.qualifier, c.period) for c in extract(text, PUB)]
    assert got == [("personnel", 160000, "approximately", "cumulative"), ("personnel", 700, "exact", "interval"),
                   ("tanks", 3400, "approximately", "cumulative"), ("tanks", 6, "exact", "interval"),
                   ("armoured_vehicles", 6600, "approximately", "cumulative"),
                   ("armoured_vehicles", 9, "exact", "interval"), ("ships", 18, "approximately", "cumulative")]
    assert all(c.as_of == date(2023, 3, 15) and c.claimant == "ukraine_gov" for c in extract(text, PUB))


def test_russian_ministry_report_format():
    text = ("In total, since the beginning of the special military operation, 600 aircraft, 280 helicopters, "
            "19,000 tanks and other armoured combat vehicles, 14,000 field artillery guns and mortars, as well as "
            "27,000 units of special military vehicles have been destroyed, the Russian Defence Ministry said.")
    got = [(c.category, c.value, c.outcome, c.side, c.period, c.claimant) for c in extract(text, PUB)]
    assert got == [(cat, v, "destroyed", "ukraine", "cumulative", "russia_gov") for cat, v in (
        ("aircraft", 600), ("helicopters", 280), ("armoured_vehicles+tanks", 19000), ("artillery", 14000),
        ("vehicles", 27000))]   # (the ministry's motor-vehicle line)
    one("During the past day, the Ukrainian army lost up to 1,200 servicemen in all directions, the ministry said.",
        period="interval", scope="total", side="ukraine", claimant="russia_gov", qualifier="up_to")


def test_model_numbers_are_names():
    claims = extract("Moscow said its forces destroyed 16 Leopard 2 tanks and 4 BMP-2 vehicles.", PUB)
    # (a BMP is an infantry fighting vehicle: armoured)
    assert [(c.value, c.category, c.side) for c in claims] == [(16, "tanks", "ukraine"), (4, "armoured_vehicles", "ukraine")]


def test_part_of_a_whole():
    one("Kyiv says its air defences shot down 41 of 45 Russian drones overnight.", value=41, category="drones",
        outcome="destroyed", side="russia", period="interval")


# ------------------------------------------------------------------ qualifiers
@pytest.mark.parametrize("phrase,q", [
    ("about", "approximately"), ("roughly", "approximately"), ("an estimated", "approximately"),
    ("more than", "more_than"), ("over", "more_than"), ("in excess of", "more_than"),
    ("at least", "at_least"), ("no fewer than", "at_least"),
    ("nearly", "almost"), ("almost", "almost"), ("just under", "almost"),
    ("up to", "up_to"), ("as many as", "up_to"),
    ("fewer than", "less_than"), ("less than", "less_than"),
])
def test_qualifiers(phrase, q):
    one(f"The Ukrainian military said {phrase} 3,000 Russian soldiers had been killed.", value=3000, qualifier=q)


def test_qualifier_of_a_list():
    claims = extract("Kyiv said Russia lost about 140 tanks, 30 aircraft and 25 helicopters.", PUB)
    assert [c.qualifier for c in claims] == ["approximately", "exact", "exact"]
    claims = extract("Kyiv said Russian losses amount to approximately: 9,000 personnel, 300 tanks, 40 planes.", PUB)
    assert [c.qualifier for c in claims] == ["approximately"] * 3


# ------------------------------------------------------------------ categories
@pytest.mark.parametrize("noun,cat", [
    ("soldiers", "personnel"), ("servicemen", "personnel"), ("mercenaries", "personnel"),
    ("civilians", "civilians"), ("main battle tanks", "tanks"), ("armoured personnel carriers", "armoured_vehicles"),
    ("infantry fighting vehicles", "armoured_vehicles"), ("artillery systems", "artillery"), ("howitzers", "artillery"),
    ("multiple launch rocket systems", "mlrs"), ("air defence systems", "air_defense"), ("warplanes", "aircraft"),
    ("helicopters", "helicopters"), ("UAVs", "drones"), ("warships", "ships"), ("submarines", "submarines"),
    ("vehicles and fuel tanks", "vehicles"), ("fuel tanks", "fuel_tanks"), ("cruise missiles", "cruise_missiles"),
    ("units of special equipment", "special_equipment"), ("pieces of equipment", "equipment"),
    ("radars", "other"),
])
def test_categories(noun, cat):
    one(f"Ukraine's defence ministry said 17 Russian {noun} had been destroyed.", value=17, category=cat)


def test_joined_categories():
    one("Defending troops have destroyed at least 900 tanks and armoured vehicles, officials in Kyiv said.",
        category="armoured_vehicles+tanks", qualifier="at_least", side="russia")


# ------------------------------------------------------------------ outcomes
@pytest.mark.parametrize("verb,out", [
    ("were killed", "killed"), ("died", "killed"), ("were wounded", "wounded"), ("were injured", "wounded"),
    ("were captured", "captured"), ("are missing", "missing"), ("were killed or wounded", "casualties"),
])
def test_personnel_outcomes(verb, out):
    one(f"Russia's defence ministry said 250 Ukrainian soldiers {verb}.", value=250, outcome=out, side="ukraine",
        claimant="russia_gov")


@pytest.mark.parametrize("verb,out", [
    ("destroyed", "destroyed"), ("damaged", "damaged"), ("abandoned", "abandoned"), ("captured", "captured"),
    ("shot down", "destroyed"), ("lost", "lost"),
])
def test_equipment_outcomes(verb, out):
    one(f"Kyiv said 40 Russian tanks were {verb} near the border.", value=40, category="tanks", outcome=out)


def test_lost_troops_is_killed_and_casualty_nouns():
    one("Kyiv says Russia has lost 9,000 troops so far.", outcome="killed")
    one("Kyiv says Russian casualties reached 30,000 so far.", outcome="casualties", category="personnel")
    one("Kyiv says Russia has lost 38,000 soldiers, about a third of these losses being irreversible.",
        outcome="casualties")


# ------------------------------------------------------------------ sides
def test_side_words_and_agents():
    one("Russia said 300 Ukrainian soldiers were killed.", side="ukraine", claimant="russia_gov")
    one("Ukraine's army destroyed 12 tanks overnight, the General Staff said.", side="russia")
    one("Moscow admits Russian forces lost 40 tanks in the first week of the war.", side="russia")


def test_both_sides():
    one("US officials said the war has killed or wounded 500,000 soldiers on both sides.", side="both")
    one("US officials said combined Russian and Ukrainian losses exceeded 400,000 troops.", side="both")
    claims = extract("US officials said both sides have lost about 100,000 soldiers each.", PUB)
    assert sorted(c.side for c in claims) == ["russia", "ukraine"]


def test_enemy_and_our_resolved_through_claimant():
    one("Ukraine's General Staff said the enemy lost 700 soldiers over the past day.", side="russia",
        period="interval", claimant="ukraine_gov")
    one("Zelensky said 2,500 of our soldiers have died since the war began.", side="ukraine",
        claimant="ukraine_gov")
    one("Russia's defence ministry said 90 of our servicemen were killed.", side="russia", claimant="russia_gov")
    one("Kyiv said the invaders lost 400 men in a week.", side="russia")


def test_civilians_of_the_attacker_side():
    one("A Ukrainian drone strike killed three people in Kursk region, the Russian governor said.", side="russia",
        claimant="russia_gov", category="civilians", scope="partial")
    one("Russian shelling killed five civilians in Kherson, the regional governor said.", side="ukraine",
        claimant="ukraine_gov", period="interval")


def test_sources_are_not_attackers_or_places():
    one("Ukrainian officials said the strike killed at least 17 people.", side="ukraine", claimant="ukraine_gov")
    one("The UN Human Rights Monitoring Mission in Ukraine said 10,000 civilians had been killed.", claimant="un")


def test_daily_increment_does_not_spill_onto_totals():
    text = ("Russia lost 1,200 soldiers over the past day, the General Staff said. "
            "According to the report, Russia has also lost 7,000 tanks and 13,000 armored fighting vehicles.")
    got = [(c.category, c.value, c.period) for c in extract(text, PUB)]
    assert got == [("personnel", 1200, "interval"), ("tanks", 7000, "cumulative"),
                   ("armoured_vehicles", 13000, "cumulative")]


def test_civilians_default_to_ukraine():
    one("UN monitors said at least 8,000 civilians have been killed since February 2022.", side="ukraine",
        claimant="un", category="civilians", qualifier="at_least", period="cumulative")


# ------------------------------------------------------------------ periods
def test_periods():
    one("Ukraine said 1,050 Russian troops were killed over the past 24 hours.", period="interval")
    one("Ukraine said 170,000 Russian troops were killed since the start of the full-scale invasion.",
        period="cumulative")
    one("British intelligence says Russia is losing 500 soldiers a day.", period="rate", rate_unit="day",
        as_of=None, claimant="uk_gov")
    one("Kyiv says Russia lost 300 armoured vehicles per month.", period="rate", rate_unit="month")
    one("Kyiv said 6,000 Russian soldiers were killed in the first six days of the war.", period="cumulative")
    one("Moscow said Ukraine lost 160 tanks in the first days of its counteroffensive.", period="interval")


# ------------------------------------------------------------------ as_of
def test_as_of_weekday_yesterday_and_publication():
    one("Ukraine's military said on Monday that 4,000 Russian soldiers have been killed.", as_of="2023-03-13")
    one("Ukraine's military said 400 Russian soldiers were killed yesterday.", as_of="2023-03-14",
        period="interval")
    one("Ukraine's military said 9,000 Russian soldiers have been killed so far.", as_of=PUB)


def test_as_of_last_month_and_explicit_dates():
    one("Ukraine's defence ministry said 12,000 Russian soldiers were killed last month.", as_of="2023-02-28",
        period="interval")
    one("Kyiv said Russian losses from February 24 to May 20 reached 29,000 soldiers.", as_of="2022-05-20",
        published="2022-05-25", period="cumulative")
    one("In January, Russia lost 800 tanks, Kyiv said.", as_of="2023-01-31", period="interval")


def test_dateline_stands_in_for_a_missing_publication_date():
    text = "Russia's losses\nMarch 3, 2024\n\nUkraine's army said on Friday that 400 Russian soldiers were killed."
    one(text, published=None, as_of="2024-03-01", period="cumulative")
    # a date inside a sentence is no dateline
    one("On February 24, 2022, Russia invaded. Kyiv says 40,000 Russian soldiers have been killed.",
        published=None, as_of=None)


def test_event_date_before_an_inverted_source():
    one("Russian forces suffered an average of 900 casualties per day in February, British intelligence said.",
        period="rate", rate_unit="day", as_of="2023-02-28", claimant="uk_gov")
    one('"We have lost 31,000 servicemen," Zelensky told reporters last month.', period="cumulative", as_of=None)


def test_as_of_null_cases():
    one("Ukraine's military said 4,000 Russian soldiers have been killed.", published=None, as_of=None)
    one("Early in the war, Russia acknowledged that 500 of its soldiers had died.", as_of=None)


# ------------------------------------------------------------------ claimants
def test_claimant_forms():
    one("According to the Ukrainian General Staff, 800 Russian soldiers were killed.", claimant="ukraine_gov")
    one("Russian soldiers killed: 800, the Kremlin claims.", claimant="russia_gov")
    one("The Oryx blog counted 2,000 Russian tanks destroyed.", claimant="oryx")
    one("The UN human rights office said 9,000 civilians have been killed.", claimant="un")
    one("NATO estimates 40,000 Russian troops have been killed.", claimant="other")
    one("Some estimates suggest 3,000 Russian tanks have been lost.", claimant="unattributed")
    one("Figures released by the Ukrainian General Staff show 3,000 Russian tanks lost.", claimant="ukraine_gov")


def test_colon_and_inverted_sources():
    one("Zelensky: 40,000 Ukrainian soldiers killed since start of war", claimant="ukraine_gov", side="ukraine")
    one("Ukrainian forces killed 500 occupiers in a day, the commander said.", claimant="ukraine_gov", side="russia")
    one("Russia lost 3,000 tanks, said the spokesman of Ukraine's General Staff.", claimant="ukraine_gov")


def test_relayed_figures_keep_their_producer():
    one("The newspaper reported 70,000 Ukrainian deaths, citing US officials.", claimant="us_gov")
    one("Reuters reported that Ukraine's General Staff put Russian losses at 80,000 soldiers.",
        claimant="ukraine_gov")


def test_according_to_a_country_possessive():
    one("So far Russia has lost 900 tanks, according to Ukraine's defence ministry.", claimant="ukraine_gov",
        side="russia")


def test_claimant_name_as_written():
    c = one("Ukraine's defence ministry said 900 Russian soldiers were killed.")
    assert c.claimant_name == "Ukraine's defence ministry"


def test_attribution_carries_to_next_sentence():
    claims = extract("Ukraine's General Staff said 900 Russian soldiers were killed. "
                     "It also reported 12 tanks destroyed.", PUB)
    assert [(c.category, c.claimant) for c in claims] == [("personnel", "ukraine_gov"), ("tanks", "ukraine_gov")]


def test_new_paragraph_continues_the_source_of_the_figures():
    text = ("Kyiv's defence ministry said Russia lost 900 soldiers last week. Meanwhile the UK said Moscow is short "
            "of ammunition.\n\nThe total amounts to 5,000 this month.")
    claims = extract(text, PUB)
    assert [(c.value, c.claimant) for c in claims] == [(900, "ukraine_gov"), (5000, "ukraine_gov")]


def test_statement_date_carries_with_the_source():
    claims = extract("Ukraine's General Staff said on Monday that 900 Russian soldiers have been killed so far. "
                     "It also reported that 120 tanks have been destroyed.", PUB)
    assert [(c.value, c.as_of) for c in claims] == [(900, date(2023, 3, 13)), (120, date(2023, 3, 13))]


def test_quote_attributed_at_its_end():
    claims = extract('"We have lost 1,200 servicemen. This is a heavy price," Zelensky said.', PUB)
    assert [(c.value, c.side, c.claimant) for c in claims] == [(1200, "ukraine", "ukraine_gov")]


def test_headline_takes_body_claimant():
    text = ("Russia has lost 5,000 tanks\n\n"
            "Ukraine's General Staff said on Tuesday that Russia has lost 5,000 tanks since the invasion began.")
    claims = extract(text, PUB)
    assert len(claims) == 1
    assert claims[0].claimant == "ukraine_gov" and claims[0].as_of == date(2023, 3, 14)


# ------------------------------------------------------------------ scope
def test_scope():
    one("Ukraine said 2,000 Russian soldiers were killed in Bakhmut last month.", scope="partial")
    one("Kyiv said the 72nd Brigade destroyed 30 Russian tanks.", scope="partial")
    one("Kyiv said Russia has lost 3,000 tanks in total.", value=3000, scope="total")
    one("Kyiv said 14 Russian soldiers were killed in the shelling of Kharkiv.", scope="partial", period="interval")


# ------------------------------------------------------------------ negatives
@pytest.mark.parametrize("text", [
    "The UK has given Ukraine nearly 7,000 anti-tank missiles.",
    "Russia has 3,000 tanks in storage.",
    "Putin ordered the mobilisation of 300,000 reservists.",
    "More than 5 million refugees have fled Ukraine.",
    "Police arrested 1,300 protesters in Moscow.",
    "The convoy stretched for 40 miles.",
    "Russia invaded Ukraine in 2022.",
    "Russia has lost 40% of its tanks.",
    "The package is worth $400 million.",
    "It is day 300 of the war.",
    "The Soviet Union lost 15,000 soldiers in Afghanistan.",
    "Dozens of tanks and thousands of soldiers were lost.",
    "Hundreds of thousands of troops are massed near the border.",
    "The two sides exchanged 200 prisoners on Sunday.",
    "About 30,000 Russian troops are being trained in Belarus.",
    "Russia could lose 100,000 more soldiers next year, analysts predict.",
    "The Russian fleet in Sevastopol has 20 warships.",
    "The Black Sea Fleet had 80 warships before the full-scale Russian invasion.",
    "Russia has lost almost half of its 3,000 tanks.",
    "An earthquake killed 50,000 people in Turkey.",
    "In 1945, the Soviet Union lost 300,000 soldiers in the Battle of Berlin.",
    "Drones hit 25 targets; 300 km of front line were shelled.",
])
def test_negatives(text):
    assert extract(text, PUB) == []


# ------------------------------------------------------------------ duplicates and offsets
def test_duplicates_folded_and_first_kept():
    text = ("Ukraine's General Staff said 3,000 Russian tanks have been destroyed. "
            "The General Staff repeated that 3,000 Russian tanks have been destroyed.")
    claims = extract(text, PUB)
    assert len(claims) == 1 and claims[0].start == text.index("3,000")


def test_offsets_point_at_the_number():
    text = ("Kyiv, March 2 \u2014 Ukraine\u2019s army said\u200f about 44\u202f000 Russian soldiers and "
            "twelve thousand invaders, <b>1.2 million</b> in all, were killed; 60 to 100 tanks were lost.")
    claims = extract(text, PUB)
    assert claims
    for c in claims:
        assert text[c.start:c.end].strip() == text[c.start:c.end]
        assert parse_number(text[c.start:c.end]) == c.value or c.value_max is not None
        assert text[c.start:c.end] in c.text


def test_text_is_the_sentence():
    text = "First line of no interest.\nUkraine said 900 Russian soldiers were killed. Next sentence."
    c = one(text)
    assert c.text == "Ukraine said 900 Russian soldiers were killed."


# ------------------------------------------------------------------ helpers
def test_segments_and_times():
    text = "Headline with 5 tanks\n\nDr. Smith said 3.5 million. U.S. officials agreed! Next"
    segs = [text[s.start:s.end] for s in segments(text)]
    assert segs == ["Headline with 5 tanks", "Dr. Smith said 3.5 million.", "U.S. officials agreed!", "Next"]
    ts = find_times("On Friday and on 24 February 2022, then in July", date(2023, 3, 15))
    assert [(t.kind, t.value) for t in ts] == [("weekday", date(2023, 3, 10)), ("dmy", date(2022, 2, 24)),
                                              ("my", date(2022, 7, 31))]


# ------------------------------------------------------------------ robustness
@pytest.mark.parametrize("text", ["", " ", "\x00\x01\x02", "<html><body></body></html>", "\u200f\u202e" * 50,
                                  "1" * 10000, "((((((((((" * 1000, "killed " * 5000, "1,2,3,4,5," * 3000])
def test_garbage_never_crashes(text):
    assert isinstance(extract(text), list)


def test_non_string_input():
    assert extract(None) == []  # type: ignore[arg-type]
    assert extract("Ukraine said 900 Russian soldiers were killed.", "not a date")[0].as_of is None


@pytest.mark.timeout(120)
def test_huge_document_finishes():
    # a hang would trip the timeout; the repeated figure comes back once
    para = "Ukraine's General Staff said 1,200 Russian soldiers were killed on Monday. The weather was fine.\n\n"
    text = para * 3000 + "x" * 200_000 + "\u200f" * 1000 + "<b>" * 1000
    claims = extract(text, PUB)
    assert len(claims) == 1 and text[claims[0].start:claims[0].end] == "1,200"


def test_deterministic():
    text = "Kyiv said Russia lost 300 tanks and 12,000 soldiers last month. NATO said 7,000 soldiers died."
    assert [c.to_dict() for c in extract(text, PUB)] == [c.to_dict() for c in extract(text, PUB)]
    assert EXTRACTOR_VERSION


# ------------------------------------------------------------------ vocabularies
def test_vocabularies_match_the_contract():
    from attrition.extract.vocab import load
    from attrition.model import CATEGORIES, CLAIMANTS, OUTCOMES, QUALIFIERS
    cats = load("categories")
    # (a joined key names a line the contract joins: "armoured_vehicles+vehicles", its parts in alphabetical order)
    keys = set(cats) - {"model_prefixes", "model_categories"}
    assert all(set(k.split("+")) <= set(CATEGORIES) and k.split("+") == sorted(k.split("+")) for k in keys), keys
    assert set(cats["model_categories"]) <= set(CATEGORIES)
    assert set(load("outcomes")) <= set(OUTCOMES)
    assert set(load("qualifiers")) <= set(QUALIFIERS)
    cl = load("claimants")
    assert set(cl["names"]) <= set(CLAIMANTS) and set(cl["nationality"]) <= set(CLAIMANTS)
    sides = load("sides")
    assert set(sides["opponent"]) == set(sides["sides"]) and sides["default"] in sides["sides"]
    with pytest.raises(TypeError):
        cats["tanks"] = ()  # read-only once loaded


# ------------------------------------------------------------------ gold files
def test_gold_core_f1(shared):
    from attrition.extract.evaluate import evaluate_file
    for name in ("dev.jsonl", "seeds.jsonl"):
        path = shared("gold", name)
        rep = evaluate_file(path)
        assert rep.f1 >= 0.85, (name, rep.f1)


# ------------------------------------------------------------------ probes written after the 0.6 speed work
def test_us_in_capitals_is_no_pronoun():
    # "US-made" names the United States; it must not read as "us" (the speaker's own side)
    claims = extract("The Russian defence ministry said its forces had destroyed five Leopard tanks and "
                     "12 US-made Bradley fighting vehicles.", PUB)
    assert [(c.value, c.side, c.category) for c in claims] == [
        (5, "ukraine", "tanks"), (12, "ukraine", "armoured_vehicles")]


def test_unnamed_defence_minister_speaks_for_the_army_reporting_enemy_losses():
    one("Over the past week, Ukrainian troops destroyed 97 enemy tanks, the defence minister wrote on Telegram.",
        value=97, side="russia", category="tanks", period="interval", claimant="ukraine_gov")


def test_training_ground_is_a_place_not_training():
    got = [(c.value, c.category, c.outcome) for c in extract(
        "Nine soldiers were killed and 20 wounded in the strike on the training ground, a military source said.", PUB)]
    assert got == [(9, "personnel", "killed"), (20, "personnel", "wounded")]
    assert extract("Britain is training 30,000 Ukrainian soldiers this year.", PUB) == []


def test_weekend_is_an_interval():
    one("Two Su-34 bombers were shot down over the weekend, Ukraine's air force said.",
        value=2, category="aircraft", outcome="destroyed", period="interval")


def test_daily_update_labels_in_their_translated_wording():
    text = ("The total combat losses of the enemy are approximately:\n"
            "air defence means – 705 (+2),\n"
            "UAV operational-tactical level – 8,200 (+31),\n"
            "automotive technology and fuel tanks – 13,600 (+50).")
    got = [(c.value, c.category, c.period) for c in extract(text, PUB)]
    assert got == [(705, "air_defense", "cumulative"), (2, "air_defense", "interval"),
                   (8200, "drones", "cumulative"), (31, "drones", "interval"),
                   (13600, "vehicles", "cumulative"), (50, "vehicles", "interval")]


def test_military_deaths_are_personnel_killed():
    one("Russia has probably suffered 48,000 military deaths in Ukraine, British intelligence said.",
        value=48000, category="personnel", outcome="killed", side="russia", claimant="uk_gov")


def test_half_a_million():
    assert parse_number("half a million") == 500_000
    assert parse_number("a half million") == 500_000
    assert parse_number("one and a half million") == 1_500_000
    assert parse_number("two and a half thousand") == 2_500
    assert parse_number("half") is None
    one("Kyiv says Russia has lost more than half a million soldiers since the invasion began.",
        value=500_000, qualifier="more_than", category="personnel", claimant="ukraine_gov")


def test_a_window_of_days_or_weeks_is_an_interval_but_years_of_war_are_not():
    one("Russia lost 300 tanks in three months, Kyiv said.", value=300, period="interval")
    one("Zelensky said 31,000 Ukrainian soldiers had been killed in two years of war.", value=31000,
        period="cumulative")


def test_a_source_name_is_no_time_window_and_according_to_beats_a_relaying_speaker():
    # "... Study of War" must not make the figure cumulative; the figure is the Ukrainian military's
    one("The Institute for the Study of War said Russian forces were suffering heavy losses, with at least "
        "130 tanks destroyed in three weeks, according to Ukrainian military estimates.",
        value=130, period="interval", claimant="ukraine_gov")


def test_headline_with_its_own_source_takes_the_bodys_window():
    text = ("Russia says it shot down 40 Ukrainian drones\n\n"
            "Russia's defence ministry said on Saturday its air defences had destroyed 40 Ukrainian drones overnight.")
    got = [(c.value, c.period) for c in extract(text, "2024-05-11")]
    assert got == [(40, "interval")]


def test_present_tense_exceed_is_more_than():
    one("Russia's losses now exceed 200,000 troops, General Milley said.", value=200000, qualifier="more_than",
        claimant="us_gov")


def test_an_unnamed_general_staff_speaks_for_the_side_whose_forces_act():
    claims = extract("Ukrainian forces repelled 35 attacks and destroyed 12 tanks, 8 infantry fighting vehicles "
                     "and 4 artillery pieces, the General Staff said.", PUB)
    assert [(c.value, c.side, c.claimant) for c in claims] == [
        (12, "russia", "ukraine_gov"), (8, "russia", "ukraine_gov"), (4, "russia", "ukraine_gov")]
    # the forces named after a figure are its object, not the actor: the losers are Russian, so the
    # unnamed General Staff is the enemy's (Ukraine's), never Russia's
    claims = extract("Their troops killed 400 Russian soldiers and destroyed 9 tanks, the General Staff said.", PUB)
    assert {c.claimant for c in claims} == {"ukraine_gov"}


def test_an_unnamed_army_speaks_for_the_enemy_of_the_side_whose_losses_it_counts():
    one("The navy spokesman said 26 Russian ships had been sunk.", value=26, side="russia", category="ships",
        claimant="ukraine_gov", claimant_name="navy spokesman")
    one("The army said 50 Ukrainian soldiers were killed.", value=50, side="ukraine", claimant="russia_gov")
    # carried to the next sentence, and to a headline repeating the figure
    claims = extract("Navy says 26 Russian ships sunk\n\nThe navy spokesman said 26 Russian ships had been sunk "
                     "since the start of the war. It added that three submarines were damaged.", PUB)
    assert [(c.value, c.category, c.claimant) for c in claims] == [
        (26, "ships", "ukraine_gov"), (3, "submarines", "ukraine_gov")]
    # the side is only a default guess: no claimant is made up from it
    one("Nine soldiers were killed in the strike on the training ground, a military source said.",
        value=9, claimant="unattributed", claimant_name=None)
    # "its armed forces" is no speaker
    c = one("Britain mocked the poor performance of its armed forces, as data suggests 44,000 Russian soldiers "
            "have been killed.", value=44000)
    assert c.claimant_name != "armed forces"


@pytest.mark.parametrize("text,period", [
    ("Since the beginning of the year, Russia has lost 150,000 soldiers, Ukrainian officials said.", "interval"),
    ("Since the beginning of 2024, Russia has lost 150,000 soldiers, Ukrainian officials said.", "interval"),
    ("Since the start of its counteroffensive, Ukraine has lost 60 tanks, Moscow said.", "interval"),
    ("Since the start of the war, Russia has lost 150,000 soldiers, Ukrainian officials said.", "cumulative"),
    ("Since the start of Russia's invasion, 500 children have been killed, the UN said.", "cumulative"),
])
def test_since_the_start_of_what(text, period):
    one(text, "2024-05-20", period=period)


def test_a_nationality_across_a_comma_does_not_name_the_source():
    # "launched by Russia overnight, the air force said": the air force is not Russia's
    one("Ukrainian air defences shot down all 30 drones launched by Russia overnight, the air force said on Telegram.",
        "2024-05-05", value=30, side="russia", category="drones", period="interval", claimant="ukraine_gov")


@pytest.mark.parametrize("text", [
    "Russia said it destroyed 16 Leopard tanks in June.",
    "T-72 tanks: 45 destroyed, 12 captured, Oryx shows.",
    "Six Russian Su-25 attack aircraft were downed last month, the Ukrainian air force said.",
])
def test_a_model_named_with_the_figure_makes_it_partial(text):
    scopes = [c.scope for c in extract(text, PUB)]
    assert scopes and set(scopes) == {"partial"}


def test_us_made_is_no_model():
    one("Ukraine has lost 200 US-made armoured vehicles since the war began, Moscow claims.", value=200, scope="total")


def test_hit_is_destroyed_but_the_agent_of_a_passive_is_no_loss():
    got = [(c.value, c.category, c.outcome, c.side) for c in extract(
        "Twelve Russian tanks were destroyed by 30 Ukrainian drones, Kyiv said.", PUB)]
    assert got == [(12, "tanks", "destroyed", "russia")]
    one("Kyiv claims 27 Russian ships and boats have been hit since February 2022.", value=27, category="ships",
        outcome="destroyed", side="russia")
    assert extract("The city was hit by 12 Russian drones overnight.", PUB) == []


def test_a_number_with_a_noun_of_its_own_borrows_no_category():
    assert extract("Drones hit 25 targets along the front, the army said.", PUB) == []
    assert extract("Russia fired 40 missiles at Ukraine on Friday; 34 were intercepted.", PUB) == []


def test_a_monthly_figure_is_no_rate():
    one("Ukrainian commanders said their gunners had hit 150 Russian artillery systems in March, the highest "
        "monthly figure since the autumn.", value=150, category="artillery", period="interval")


def test_ranks_are_a_partial_count():
    one("Ukraine says it has killed 12 Russian generals since the invasion began.", value=12, scope="partial")
    one("Ukraine says it has killed 900 Russian soldiers since the invasion began.", value=900, scope="total")


def test_fractions_are_no_counts():
    claims = extract("Russia has lost 2,900 main battle tanks, or about two thirds of its pre-war inventory, "
                     "according to the IISS.", PUB)
    assert [c.value for c in claims] == [2900]


def test_forces_of_a_side_can_be_the_source():
    one("Overnight, 10 Russian soldiers were taken prisoner near Bakhmut, Ukrainian forces said.",
        value=10, outcome="captured", claimant="ukraine_gov")


# ------------------------------------------------------------------ documents without a date or a year
def test_counting_from_the_war_start_without_a_year_dates_the_first_year_of_the_war():
    one("Kyiv said enemy losses between February 24 and May 9 reached about 26,000 soldiers.",
        published=None, value=26000, period="cumulative", as_of="2022-05-09")
    one("Kyiv said enemy losses between 24 February and 9 May reached about 26,000 soldiers.",
        published=None, value=26000, as_of="2022-05-09")


def test_a_year_written_in_the_document_wins_over_the_war_start_rule():
    text = ("In 2023 the General Staff kept counting from February 24. "
            "It said on May 9 that about 190,000 Russian soldiers had been killed.")
    one(text, published=None, value=190000, as_of="2023-05-09")


def test_a_dateline_without_a_year_dates_the_document_in_the_documents_year():
    text = ("Kharkiv, June 3: Russia has lost 31,000 troops since February 24, "
            "the Ukrainian army said on Friday.")
    c = one(text, published=None, value=31000, period="cumulative")
    assert c.as_of == date(2022, 6, 3)   # the dateline is the publication date; Friday before it
    text = ("MYKOLAIV, Ukraine, June 3 (Wire) - Russia has lost 31,000 troops since February 24, "
            "the Ukrainian army said.")
    one(text, published=None, value=31000, as_of="2022-06-03")


def test_no_date_and_no_year_leaves_as_of_empty():
    one("Kharkiv, June 3: Russia has lost 31,000 troops since the war began, the Ukrainian army said.",
        published=None, value=31000, as_of=None)
    # a given publication date is never overridden by a dateline
    one("Kharkiv, June 3: Russia has lost 31,000 troops since February 24, the Ukrainian army said.",
        published="2022-06-05", value=31000, as_of="2022-06-05")


# ------------------------------------------------------------------ windows of several figures
def test_this_week_is_a_window_unless_it_dates_the_statement():
    one("About 600 Ukrainian soldiers were killed in the Kursk region this week, Moscow claimed.",
        value=600, period="interval", as_of=PUB)
    one("Russia has lost 500,000 soldiers, Zelensky said this week.", value=500000, period="cumulative")


@pytest.mark.parametrize("text", [
    "Russia lost 1,200 troops on Monday and 1,100 on Tuesday, Kyiv said.",
    "On Monday Russia lost 1,200 troops, and on Tuesday 1,100, Kyiv said.",
])
def test_each_figure_takes_its_own_day(text):
    # PUB is a Wednesday
    assert [(c.value, c.period, str(c.as_of)) for c in extract(text, PUB)] == [
        (1200, "interval", "2023-03-13"), (1100, "interval", "2023-03-14")]


@pytest.mark.parametrize("text", [
    "In July Russia lost 35,680 troops and in August 36,810, Kyiv said.",
    "Russia lost 35,680 troops in July and 36,810 in August, Kyiv said.",
    "Kyiv counted 35,680 Russian soldiers killed in July, 36,810 in August and 38,130 in September.",
    "Ukraine says 35,680 Russian soldiers were killed in July, 36,810 in August and 38,130 in September.",
])
def test_each_figure_takes_its_own_month(text):
    got = [(c.value, str(c.as_of)) for c in extract(text, "2023-10-15")]
    assert got[:2] == [(35680, "2023-07-31"), (36810, "2023-08-31")]


# ------------------------------------------------------------------ outcomes joined in one coordination
@pytest.mark.parametrize("text,outcome", [
    ("Ukraine says 26 Russian ships have been sunk or damaged since the start of the war.", "lost"),
    ("Oryx has counted 3,000 Russian tanks destroyed, damaged, abandoned or captured.", "lost"),
    ("Oryx has counted 3,000 Russian tanks captured and/or destroyed.", "lost"),
    ("Ukraine said 500 Russian soldiers were killed, wounded or captured on Monday.", "casualties"),
])
def test_outcome_words_in_one_coordination(text, outcome):
    one(text, outcome=outcome)


def test_outcomes_of_separate_figures_stay_apart():
    claims = extract("Ukraine said its forces destroyed 12 tanks and captured 3 on Monday.", PUB)
    assert [(c.value, c.outcome) for c in claims] == [(12, "destroyed"), (3, "captured")]


@pytest.mark.parametrize("text", [
    "Ukraine shot down 24 Shahed drones and two Kh-59 missiles overnight, the air force said.",
    "Ukraine shot down 24 Shahed drones and two missiles overnight, the air force said.",
])
def test_a_list_item_with_a_noun_of_its_own_borrows_no_category(text):
    assert [(c.value, c.category) for c in extract(text, PUB)] == [(24, "drones")]


@pytest.mark.parametrize("text,as_of", [
    ("Russia's average daily casualties in May rose to 1,262, the UK Ministry of Defence said.", "2022-05-31"),
    ("The daily average of Russian casualties reached 1,100 in May, British intelligence said.", "2022-05-31"),
    ("Russia's daily casualty rate averaged 1,200 in May, the UK said.", "2022-05-31"),
    ("Russian daily losses average around 1,000 soldiers, the UK said.", None),
])
def test_a_rate_named_in_the_subject(text, as_of):
    one(text, period="rate", rate_unit="day", as_of=as_of)


def test_a_daily_update_is_no_rate():
    one("In its daily update, the General Staff said Russia had lost 1,200 soldiers.", period="cumulative")


def test_a_relative_window_in_a_later_sentence_ends_on_the_statement_day():
    text = ("Russia has lost more than half a million soldiers since its full-scale invasion, Ukraine's "
            "General Staff said on Monday. It also reported 1,270 troops killed in the past 24 hours.")
    assert [(c.value, c.period, str(c.as_of)) for c in extract(text, PUB)] == [
        (500000, "cumulative", "2023-03-13"), (1270, "interval", "2023-03-13")]


# ------------------------------------------------------------------ daily-update windows and headlines
@pytest.mark.parametrize("text", [
    "Russia lost 960 troops in the previous 24 hours, the General Staff said.",
    "The military said 1,180 Russian soldiers had been killed in the previous day's fighting.",
    "General Staff: Russia lost 1,020 soldiers in past day",
    "The day before, Russia lost 1,300 soldiers, the General Staff said.",
    "The General Staff said Russian troops had lost 3,400 soldiers in three days of assaults near Avdiivka.",
])
def test_more_daily_update_windows(text):
    one(text, period="interval", claimant="ukraine_gov")


def test_the_first_days_of_the_war_stay_cumulative():
    one("Russia lost 6,000 soldiers in the first six days of the war, Kyiv said.", period="cumulative")


def test_over_the_weekend_ends_on_the_last_sunday():
    one("Some 200 Wagner fighters were killed in Bakhmut over the weekend, Ukraine's eastern command said.",
        period="interval", as_of="2023-03-12")   # PUB is a Wednesday


@pytest.mark.parametrize("text,side,claimant", [
    ("UK intel: Russia suffers 900 casualties daily", "russia", "uk_gov"),
    ("Pentagon: Ukraine lost 20 Bradleys in first week of counteroffensive", "ukraine", "us_gov"),
    ("General Staff: Russia lost 1,020 soldiers in past day", "russia", "ukraine_gov"),
    ("Russia has lost 200,000 troops since onset of war: Ukraine", "russia", "ukraine_gov"),
])
def test_a_headline_names_its_source_before_a_colon_or_after_a_dash(text, side, claimant):
    one(text, side=side, claimant=claimant)


def test_passing_a_figure_is_more_than_it():
    one("Oryx: Russia's tank losses pass 3,000", qualifier="more_than", claimant="oryx")


def test_it_said_is_the_earlier_agency_not_the_country_that_lost():
    text = ("Ukraine's General Staff issued its daily update on Monday. Russia lost 960 troops in the "
            "previous 24 hours, it said. It also reported 11 tanks destroyed.")
    assert [(c.value, c.side, c.claimant, str(c.as_of)) for c in extract(text, PUB)] == [
        (960, "russia", "ukraine_gov", "2023-03-13"), (11, "russia", "ukraine_gov", "2023-03-13")]


def test_a_spelled_out_figure_does_not_make_its_losers_the_speaker():
    one("Two thousand Russian soldiers were killed, the General Staff said.", value=2000, side="russia",
        claimant="ukraine_gov")


# ------------------------------------------------------------------ units and spokespeople as sources
@pytest.mark.parametrize("text,name", [
    ("The brigade said one Russian tank was destroyed near Robotyne on Monday.", "brigade"),
    ("The National Guard said its troops had killed 85 Russian soldiers near Kupiansk on Wednesday.", "National Guard"),
    ("The SBU said its drones had destroyed 12 Russian air defence systems in Crimea since January.", "SBU"),
    ("Ukrainian troops wiped out 12k Russian soldiers in the Avdiivka sector in October, the defence forces said.",
     "defence forces"),
    ("\"The enemy has lost more than 400 tanks in the Avdiivka area since October,\" said Oleksandr Tarnavskyi, "
     "commander of the Tavria group.", "commander"),
    ("Yuriy Ihnat, the air force spokesman, said 29 of the 31 drones launched overnight had been shot down.",
     "Yuriy Ihnat"),
    ("Russian forces have had 350 soldiers killed in action near Robotyne since Saturday, the brigade's commander said.",
     "commander"),
])
def test_ukrainian_units_and_spokespeople_speak_for_ukraine(text, name):
    c = one(text, claimant="ukraine_gov")
    assert name in c.claimant_name


def test_an_unplaced_adviser_or_source_stays_anonymous():
    one("Between 10,000 and 13,000 Ukrainian troops have been killed, according to a presidential adviser.",
        claimant="unattributed")


def test_since_a_weekday_runs_to_now():
    one("Russian forces have had 350 soldiers killed in action near Robotyne since Saturday, the brigade said.",
        period="interval", as_of=PUB)


@pytest.mark.parametrize("text,claimant,name", [
    ("The General Staff's morning update listed 14 tanks destroyed in the previous 24 hours.", "ukraine_gov",
     "General Staff"),
    ("Warspotting, which tracks losses from photos, puts Russia's tank losses at 3,150.", "other", "Warspotting"),
    ("Russia has lost about 3,000 tanks, according to the International Institute for Strategic Studies.", "other",
     "International Institute for Strategic Studies"),
    ("Russia has lost roughly 1,500 T-72 tanks, according to the analysts at Oryx.", "oryx", "Oryx"),
])
def test_bodies_named_as_sources(text, claimant, name):
    c = one(text, claimant=claimant)
    assert name in c.claimant_name


def test_the_war_start_day_without_a_year_opens_a_cumulative_window():
    one("From February 24 to May 20, 2022, Russian forces lost 29,200 soldiers, according to Kyiv.",
        period="cumulative", as_of="2022-05-20")


@pytest.mark.parametrize("text", [
    "Russia lost nine aircraft in its 2008 war with Georgia.",
    "More Russian soldiers have died in Ukraine than in both Chechen wars, when an estimated 14,000 troops died.",
])
def test_losses_in_other_wars_are_no_claims(text):
    assert extract(text, PUB) == []


def test_disabled_equipment_is_lost():
    one("Kyiv says it has disabled 26 Russian warships and boats and a submarine since the war began.",
        value=26, category="ships", outcome="lost")


@pytest.mark.parametrize("text,value", [
    ("\"Every day we destroy more than 20 of their tanks,\" the commander of the brigade said.", 20),
    ("Each day, Ukrainian drones destroy between 10 and 15 Russian armoured vehicles, the commander said.", 10),
])
def test_a_rate_said_before_its_figure(text, value):
    one(text, value=value, period="rate", rate_unit="day", as_of=None)


def test_a_day_earlier_is_a_window():
    one("A day earlier, Russia lost 1,200 troops, Kyiv said.", period="interval")


@pytest.mark.parametrize("text,sides", [
    ("Total casualties on both sides have surpassed 1 million, the Wall Street Journal reported.", ["both"]),
    ("Both armies have together suffered half a million casualties, according to US estimates.", ["both"]),
    ("Both sides have lost about 100,000 soldiers each, US officials said.", ["russia", "ukraine"]),
])
def test_both_sides_together_or_each(text, sides):
    assert [c.side for c in extract(text, PUB)] == sides


@pytest.mark.parametrize("text,expect", [
    ("Russia lost 7 Ka-52 helicopters and 3 Su-25s in the Kursk region in August, Kyiv said.",
     [(7, "helicopters", "partial"), (3, "aircraft", "partial")]),
    ("Ukraine destroyed two T-90s near Avdiivka, the brigade said.", [(2, "tanks", "partial")]),
    ("Ukraine's air force said it had shot down two Russian Su-34 fighter-bombers in February.",
     [(2, "aircraft", "partial")]),
    ("Russia has lost five Pantsir systems and two S-400 launchers in Crimea this month, Kyiv said.",
     [(5, "air_defense", "partial"), (2, "air_defense", "partial")]),
    ("Air defences shot down 36 drones and 9 missiles, the air force said.", [(36, "drones", "total")]),
])
def test_models_standing_for_their_category(text, expect):
    assert [(c.value, c.category, c.scope) for c in extract(text, PUB)] == expect


def test_bringing_the_total_to_a_figure_counts_the_same_thing():
    text = ("Ukraine's General Staff said 1,020 Russian soldiers had been killed over the past day, "
            "bringing the total since February 2022 to 431,630.")
    assert [(c.value, c.category, c.period) for c in extract(text, PUB)] == [
        (1020, "personnel", "interval"), (431630, "personnel", "cumulative")]


@pytest.mark.parametrize("text,qualifier", [
    ("Russia's losses in Ukraine passed the 400,000 mark this week, according to Kyiv.", "more_than"),
    ("Russia's total losses in Ukraine have exceeded 400,000, the General Staff said.", "more_than"),
    ("Ukraine’s losses in Kursk exceed 20,000, Russia’s General Staff chief Gerasimov claims", "more_than"),
])
def test_a_sides_losses_without_a_noun_are_personnel(text, qualifier):
    one(text, category="personnel", outcome="casualties", period="cumulative", qualifier=qualifier)


@pytest.mark.parametrize("text,as_of", [
    ("By the end of February, Russia had lost 6,600 tanks, Kyiv said.", "2023-02-28"),
    ("Russian losses in the war rose to 420,000 by the end of February, Kyiv said.", "2023-02-28"),
])
def test_by_the_end_of_a_month(text, as_of):
    one(text, period="cumulative", as_of=as_of)


def test_a_year_then_a_figure_is_no_range():
    assert values("Russia has lost 431,630 troops since February 2022, up from 2022 to 431,630 now.") != []
    assert (2022, 431630) not in values("the total since February 2022 to 431,630 soldiers killed")


@pytest.mark.parametrize("bullet", ["•", "-", "*"])
def test_a_bulleted_list_under_a_loss_heading(bullet):
    text = (f"Russian losses as of March 14, according to the General Staff:\n{bullet} personnel: 431,630 (+1,020)\n"
            f"{bullet} tanks: 6,720 (+14)\n{bullet} helicopters: 325 (+0)")
    assert [(c.value, c.category, c.period, c.claimant) for c in extract(text, PUB)] == [
        (431630, "personnel", "cumulative", "ukraine_gov"), (1020, "personnel", "interval", "ukraine_gov"),
        (6720, "tanks", "cumulative", "ukraine_gov"), (14, "tanks", "interval", "ukraine_gov"),
        (325, "helicopters", "cumulative", "ukraine_gov")]


def test_a_list_under_another_heading_is_no_loss():
    assert extract("Ukraine received these weapons:\n- tanks: 120\n- howitzers: 300", PUB) == []


def test_a_negative_cue_of_the_figure_before_does_not_veto_a_loss_of_its_own():
    one("Ukraine's military intelligence said 1.2 million Russians had been mobilised, of whom about 400,000 had "
        "been killed or wounded.", value=400000, outcome="casualties", claimant="ukraine_gov")
    assert extract("Russia has mobilised 300,000 men, of whom 20,000 were sent to the front.", PUB) == []


def test_what_is_said_of_the_whole_is_not_said_of_the_part():
    one("Russia claims to have destroyed 10 of the 31 Abrams tanks supplied by the US.", value=10, side="ukraine",
        category="tanks", outcome="destroyed", claimant="russia_gov")
    assert extract("The US has supplied 31 Abrams tanks, Russia claims.", PUB) == []


@pytest.mark.parametrize("s,v", [("three-quarters of a million", 750000), ("a quarter of a million", 250000),
                                 ("two-thirds of a million", 666667), ("a third of a million", 333333)])
def test_fractions_of_a_scale(s, v):
    assert parse_number(s) == v
    one(f"Russia's casualties have reached {s}, the UK estimates.", value=v)


def test_no_cue_phrase_spans_a_figures_noun():
    # "attack [drones] on" is no "attack on"
    claims = extract("Air defence units downed 22 cruise missiles and 31 attack drones on Tuesday, the air force said.",
                     PUB)
    assert [(c.value, c.scope) for c in claims] == [(22, "total"), (31, "total")]


def test_put_out_of_action_is_no_speech():
    one("Ukraine's General Staff said 1,240 Russian troops were put out of action on Wednesday.",
        period="interval", as_of="2023-03-15")


def test_an_elliptical_list_of_places_after_semicolons():
    text = ("Russia's defence ministry said on Monday that in the Kharkiv direction Ukraine lost up to 35 servicemen; "
            "in the Lyman direction, up to 180; and in the Zaporizhzhia direction, up to 70.")
    assert [(c.value, c.qualifier, c.side, c.category, c.claimant, c.scope) for c in extract(text, PUB)] == [
        (v, "up_to", "ukraine", "personnel", "russia_gov", "partial") for v in (35, 180, 70)]


def test_a_leading_dateline_dates_the_report_not_the_figures():
    one("WASHINGTON, March 13 (Wire) - Russia has suffered more than 790,000 casualties in Ukraine, a senior U.S. "
        "defense official told reporters on Monday.", period="cumulative", as_of="2023-03-13", claimant="us_gov")


@pytest.mark.parametrize("text,period", [
    ("On Monday alone, Russia lost 1,300 soldiers, Kyiv said.", "interval"),
    ("Russia's losses now exceed one thousand tanks in the Donetsk region alone, a Ukrainian commander said.",
     "cumulative"),
])
def test_alone_makes_a_window_only_after_a_time(text, period):
    one(text, period=period)


def test_an_included_figure_with_its_own_window():
    text = ("Russia has lost about 995,000 soldiers since launching its full-scale invasion, Ukraine's General Staff "
            "said on Wednesday, including 1,140 over the past day.")
    assert [(c.value, c.category, c.period) for c in extract(text, PUB)] == [
        (995000, "personnel", "cumulative"), (1140, "personnel", "interval")]


def test_a_figure_inside_a_when_clause_is_that_moments_total():
    one("The Kremlin has not published casualty figures since September 2022, when Shoigu said 5,937 Russian "
        "soldiers had died.", value=5937, period="cumulative", claimant="russia_gov")


def test_people_killed_by_drones_are_no_drones():
    claims = extract("Overnight, Russian drones hit Odesa, killing two and injuring nine, the governor said.", PUB)
    assert [(c.value, c.outcome) for c in claims] == [(2, "killed"), (9, "wounded")]
    assert all(c.category != "drones" for c in claims)


@pytest.mark.parametrize("text,value", [
    ("A Ukrainian serviceman inspects one of the 14 Russian armoured vehicles destroyed near Velyka Novosilka.", 14),
    ("Photo: Ukrainian soldiers with two of the six Russian tanks captured near Kupiansk last week.", 6),
    ("Kyiv says its air defences shot down 41 of 45 Russian drones overnight.", 41),
])
def test_which_of_n_of_m_is_the_claim(text, value):
    one(text, value=value)


@pytest.mark.parametrize("text,side,claimant", [
    ("Eleven civilians were killed and 23 wounded by Ukrainian shelling of Donetsk over the past week, "
     "DPR head Denis Pushilin said.", "russia", "russia_gov"),
    ("Two civilians were killed when Ukrainian drones struck two villages in the Belgorod region on Tuesday, "
     "Governor Vyacheslav Gladkov said.", "russia", "russia_gov"),
    ("Three civilians were killed in a Russian missile strike on Kharkiv, the mayor said.", "ukraine", "ukraine_gov"),
])
def test_civilians_are_the_attackers_enemy(text, side, claimant):
    c = extract(text, PUB)[0]
    assert (c.side, c.category, c.claimant) == (side, "civilians", claimant)


@pytest.mark.parametrize("text,expect", [
    ("Russia's Defense Ministry said its air defenses had intercepted 61 Ukrainian drones overnight.",
     [(61, "drones", "destroyed")]),
    ("Russian forces have taken 1,200 Ukrainian soldiers prisoner in the Kursk region, Moscow said.",
     [(1200, "personnel", "captured")]),
    ("One report suggested the figure could be as many as 25,900, according to a call intercepted by Kyiv.", []),
    ("Russian forces captured two more villages and 40 Ukrainian soldiers, the ministry said.",
     [(40, "personnel", "captured")]),
    ("Russia has lost a quarter of a million soldiers killed or wounded, one Western official estimated.",
     [(250000, "personnel", "casualties")]),
])
def test_loss_wordings_and_counted_things(text, expect):
    assert [(c.value, c.category, c.outcome) for c in extract(text, PUB)] == expect


def test_a_change_then_the_new_figure():
    claims = extract("The number of confirmed dead rose by 14 to 22,874, Mediazona said.", PUB)
    assert [(c.value, c.value_max, c.period) for c in claims] == [(14, None, "interval"), (22874, None, "cumulative")]


def test_a_per_group_list_with_its_source_in_brackets():
    text = ("Losses of the Armed Forces of Ukraine over the past day, by group of forces (Russian Defense Ministry): "
            "Sever – up to 155 servicemen; Zapad – up to 230; Yug – over 180.")
    assert [(c.value, c.qualifier, c.side, c.outcome, c.period, c.claimant) for c in extract(text, PUB)] == [
        (155, "up_to", "ukraine", "killed", "interval", "russia_gov"),
        (230, "up_to", "ukraine", "killed", "interval", "russia_gov"),
        (180, "more_than", "ukraine", "killed", "interval", "russia_gov")]


def test_a_source_in_brackets():
    one("Russian tanks lost: 3,950 (Oryx, as of 10 March).", value=3950, claimant="oryx", as_of="2023-03-10")


@pytest.mark.parametrize("text", [
    "Fifteen Ukrainian soldiers were taken prisoner near Kostiantynivka, the Russian Defence Ministry said.",
    "In the area of responsibility of the Battlegroup West, the enemy lost up to 230 servicemen.",
])
def test_places_and_units_not_listed_are_partial(text):
    one(text, scope="partial")


@pytest.mark.parametrize("text,expect", [
    ("Between 60 and 70 Ukrainian soldiers died in a Russian Iskander strike on a training ground in the "
     "Dnipropetrovsk region, a military blogger said.", [(60, 70, "personnel")]),
    ("CSIS estimates that Russia has suffered around 790,000 casualties, a toll higher than all Soviet and "
     "Russian wars since World War II combined.", [(790000, None, "personnel")]),
    ("In World War II, the Soviet Union lost 27 million people.", []),
    ("Ukraine received the bodies of 6,000 fallen soldiers from Russia.", []),
    ("Russia destroyed three Ukrainian Patriot launchers and a radar, the ministry said.", [(3, None, "air_defense")]),
    ("Researchers have confirmed the loss of 37 Ukrainian F-16, Su-27 and MiG-29 jets.", [(37, None, "aircraft")]),
])
def test_cues_read_whole_and_kept_to_their_object(text, expect):
    assert [(c.value, c.value_max, c.category) for c in extract(text, PUB)] == expect


def test_near_a_figure_is_almost_it():
    one("Russian losses in Ukraine near one million – General Staff", qualifier="almost", claimant="ukraine_gov")


def test_a_tally_line_with_increments_needs_no_loss_word():
    text = "General Staff, March 15 | Personnel: 998,740 (+1,090) | Tanks: 10,945 (+2) | Drones: 41,554 (+134)"
    assert [(c.value, c.category, c.period) for c in extract(text, PUB)] == [
        (998740, "personnel", "cumulative"), (1090, "personnel", "interval"), (10945, "tanks", "cumulative"),
        (2, "tanks", "interval"), (41554, "drones", "cumulative"), (134, "drones", "interval")]
    assert extract("The school has 120 (+5) pupils.", PUB) == []


def test_a_brackets_window_is_the_bracketed_figures():
    text = "Russian personnel losses: 998,740 (plus 1,090 in the last 24 hours), the General Staff said."
    assert [(c.value, c.period) for c in extract(text, PUB)] == [(998740, "cumulative"), (1090, "interval")]


@pytest.mark.parametrize("text,side,claimant", [
    ("Russian shelling killed a man and wounded two women in Kherson on Monday, the city's military "
     "administration said.", "ukraine", "ukraine_gov"),
    ("Two civilians were killed when Ukrainian drones struck two villages in the Belgorod region, officials said.",
     "russia", "russia_gov"),
])
def test_local_authorities_speak_for_the_civilian_victims(text, side, claimant):
    c = extract(text, PUB)[-1]
    assert (c.side, c.category, c.claimant) == (side, "civilians", claimant)


@pytest.mark.parametrize("text,outcomes", [
    ("Russian strike on Odesa kills 2, injures 9", ["killed", "wounded"]),
    ("The mayor said three people had been killed in a glide bomb attack, and that the number of injured had "
     "risen to 41.", ["killed", "wounded"]),
    ("Russian losses include 300 killed, wounded, prisoners of war and deserters, Kyiv said.", ["casualties"]),
])
def test_each_figure_keeps_its_own_outcome(text, outcomes):
    assert [c.outcome for c in extract(text, PUB)] == outcomes


def test_a_verb_inside_an_apposition_is_not_the_sources():
    text = ("Oryx, the open-source project that counts only losses documented with photographs or video, has "
            "recorded 4,212 Russian tanks destroyed, damaged, abandoned or captured, against 1,197 Ukrainian tanks.")
    assert [(c.value, c.side, c.outcome, c.claimant) for c in extract(text, PUB)] == [
        (4212, "russia", "lost", "oryx"), (1197, "ukraine", "lost", "oryx")]


def test_the_countrys_own_forces_report_its_own_losses():
    one("A Russian missile strike on a training ground killed 12 Ukrainian soldiers, the country's ground forces "
        "said on Sunday.", value=12, side="ukraine", claimant="ukraine_gov")


def test_a_month_alone_is_the_figures_window_and_a_later_comparison_is_not():
    claims = extract("In February alone the mission recorded 214 civilian deaths and 1,012 injuries, the highest "
                     "monthly toll since June.", PUB)
    assert [(c.value, c.period, str(c.as_of)) for c in claims] == [
        (214, "interval", "2023-02-28"), (1012, "interval", "2023-02-28")]


def test_a_total_follows_the_reading_of_its_head():
    text = "Kyiv said Russia's losses over the past day amounted to 970 people, bringing the total to 1,127,430."
    assert [(c.value, c.side, c.category, c.outcome, c.period) for c in extract(text, PUB)] == [
        (970, "russia", "personnel", "killed", "interval"), (1127430, "russia", "personnel", "killed", "cumulative")]


def test_a_later_clauses_negative_cue_does_not_veto():
    text = ("Zelensky said on Monday that 43,000 Ukrainian soldiers had been killed since the invasion, adding that "
            "about 370,000 had been wounded, many of whom had since returned to the front.")
    assert [(c.value, c.outcome) for c in extract(text, PUB)] == [(43000, "killed"), (370000, "wounded")]


def test_civilians_named_by_their_role():
    text = "A Russian missile attack on the port of Odesa killed two dockworkers and injured nine, the governor said."
    assert [(c.value, c.category, c.outcome) for c in extract(text, PUB)] == [
        (2, "civilians", "killed"), (9, "civilians", "wounded")]


def test_a_range_of_two_sizes():
    assert values("Russia has lost between 900,000 and 1.3 million soldiers, Western estimates suggest.") == [
        (900000, 1300000)]


def test_the_losers_own_gear_named_before_a_participle_keeps_its_side():
    text = ("The Russian air defence systems destroyed in Crimea this year include 15 S-400 launchers and "
            "6 Pantsir systems, according to Ukraine's military intelligence.")
    assert {c.side for c in extract(text, PUB)} == {"russia"}
    one("Russian troops destroyed 12 tanks near Pokrovsk, Moscow said.", side="ukraine", claimant="russia_gov")


def test_civilians_in_a_russian_region_are_russias():
    one("In Russia's Belgorod region, the governor said four people had been killed.", side="russia",
        category="civilians", claimant="russia_gov")


@pytest.mark.parametrize("text", [
    "Israel says 467 soldiers had been killed in the Gaza ground operation.",
    "Ukrainian drones hit the Novoshakhtinsk oil refinery, setting fire to two storage tanks.",
])
def test_other_wars_and_storage_tanks_are_no_claims(text):
    assert extract(text, PUB) == []


def test_anonymous_officials_stay_anonymous_for_soldiers():
    one("Officials said 30 Russian soldiers were killed.", claimant="unattributed", claimant_name=None)


@pytest.mark.parametrize("text,period", [
    ("Moscow claimed that Ukraine has lost more than 76,000 servicemen in the Kursk region since its cross-border "
     "incursion began in August 2024.", "interval"),
    ("Russia has lost 600,000 soldiers since the invasion began, Kyiv said.", "cumulative"),
    ("Ukraine has downed 13 Russian warplanes this year, the air force said.", "interval"),
    ("Zelensky said this year that Russia had lost 500,000 soldiers.", "cumulative"),
])
def test_windows_of_an_operation_or_this_year(text, period):
    one(text, period=period)


@pytest.mark.parametrize("text,as_of", [
    ("Russia lost 1,300 tanks in April last year, Kyiv said.", "2022-04-30"),
    ("Russia lost 1,300 tanks in January this year, Kyiv said.", "2023-01-31"),
])
def test_a_month_with_its_year_in_words(text, as_of):
    one(text, period="interval", as_of=as_of)


def test_a_vague_past_in_a_clause_after_a_dash_is_not_the_figures():
    text = ("Russia claims to have destroyed 664 Ukrainian aircraft since February 2022 – more than the Ukrainian "
            "air force possessed at the start of the war, analysts note.")
    one(text, value=664, period="cumulative", as_of=PUB)


def test_prisoners_coming_home_are_no_losses():
    assert extract("The latest exchange saw 185 Ukrainian servicemen and 22 civilians return home from Russian "
                   "captivity.", PUB) == []


def test_a_wire_datelines_agency_is_no_source():
    text = ("Russian strikes kill 11 across Ukraine\nKYIV, March 15 (Reuters) -\nRussian missile and drone attacks "
            "killed at least 11 civilians across Ukraine over the past day, regional officials said.")
    assert all(c.claimant != "other" for c in extract(text, PUB))


def test_a_daily_report_goes_on_after_and_said_its_total():
    text = ("Ukraine's General Staff said Russia had lost 1,090 troops in the past 24 hours. It also reported 3 tanks "
            "and 27 artillery systems destroyed, and said its total count of Russian personnel losses now stood at "
            "1,129,560.")
    assert [(c.value, c.period) for c in extract(text, PUB)] == [
        (1090, "interval"), (3, "interval"), (27, "interval"), (1129560, "cumulative")]


@pytest.mark.parametrize("text,expect", [
    ("Ukraine's military intelligence said its special forces had destroyed two Russian BK-16 landing craft in a "
     "night raid on the port.", [(2, "ships", "interval")]),
    ("Russia's defence ministry said its forces had destroyed 5 Ukrainian field ammunition depots and shot down "
     "103 drones.", [(103, "drones", "cumulative")]),
    ("The mission said 214 civilians had been killed during the month.", [(214, "civilians", "interval")]),
])
def test_more_nouns_and_windows(text, expect):
    assert [(c.value, c.category, c.period) for c in extract(text, PUB)] == expect


@pytest.mark.parametrize("text,claimant,name", [
    ("The Russian losses recorded by the General Staff in the first half of March, 15,940 troops, were higher than "
     "a year earlier.", "ukraine_gov", "General Staff"),
    ("Russian attacks killed 46 civilians across Ukraine in the week to Sunday, Ukraine's prosecutor general's "
     "office said.", "ukraine_gov", "prosecutor general's office"),
    ("\"We destroyed 16 enemy boats in a single night,\" said Dmytro Lykhovii, a spokesman for the Tavria group of "
     "forces, on Thursday.", "ukraine_gov", "Lykhovii"),
    ("The Russian military blogger Rybar said the 20th Army had lost 34 tanks near Lyman.", "other", "blogger"),
    ("More than 60 Ukrainian service members were killed on Saturday, according to a Ukrainian lawmaker, though "
     "the military gave no figure.", "ukraine_gov", "lawmaker"),
])
def test_more_sources(text, claimant, name):
    c = extract(text, PUB)[0]
    assert c.claimant == claimant and name in c.claimant_name


def test_every_clause_cue_keeps_its_lower_case_twin():
    """The period / scope / negative-sentence cues run on lower-cased text through their twins (about twice as
    fast); a cue written with a capital letter in a data file silently drops its twin (it halved the interval
    cues' speed once)."""
    import importlib

    core = importlib.import_module("attrition.extract.core")
    assert set(core._TWINS) == {"strong", "weak", "interval", "partial", "negsent", "oldwar"}
