"""Rule tests written while tuning on the ninth round of held-out sets (p68-p73), in sentences written for these
tests."""
from __future__ import annotations

from attrition import extract

PUB = "2024-08-27"  # a Tuesday


def got(text, published=PUB):
    return [(c.value, c.value_max, c.side, c.category, c.outcome, c.period) for c in extract(text, published)]


def test_bare_injured_figures_are_a_strikes_civilian_toll_unless_the_sentence_speaks_of_the_military():
    out = got("Dnipro region: two killed, five injured over past day")
    assert [(v, sd, cat, o) for v, _, sd, cat, o, _ in out] == [
        (2, "ukraine", "civilians", "killed"), (5, "ukraine", "civilians", "wounded")]
    out = got("Police: rocket attack kills three, injures eleven in Kramatorsk")
    assert {(v, cat) for v, _, _, cat, *_ in out} == {(3, "civilians"), (11, "civilians")}
    # armies' counts of their own wounded keep their category
    out = got("Ukrainian troops killed 40 and injured 60 Russian soldiers near the village, the brigade said.")
    assert {(v, cat) for v, _, _, cat, *_ in out} == {(40, "personnel"), (60, "personnel")}
    out = got("The brigade said its soldiers had killed 14 and wounded 30 in the assault.")
    assert {cat for _, _, _, cat, *_ in out} == {"personnel"}


def test_a_headlines_bare_figure_takes_the_body_figure_of_the_same_value_and_outcome():
    text = ("Town mourns as search ends with 12 killed\n\n"
            "KRYVYI RIH — Rescuers ended the search of a bombed apartment block on Sunday evening, with the final death "
            "toll at 12, including three children, regional governor Serhiy Lysak said. Twenty people were injured.")
    out = got(text, "2024-08-26")
    assert (12, None, "ukraine", "civilians", "killed", "interval") in out
    assert not any(sd == "russia" or cat == "personnel" for _, _, sd, cat, *_ in out)


def test_the_weapons_an_attack_used_are_no_losses():
    out = got("Russian forces hit the district with 11 guided aerial bombs, 36 Shahed-type drones and three Iskander "
              "missiles during the week, the governor said. Two people were killed.")
    assert [(v, cat) for v, _, _, cat, *_ in out] == [(2, "civilians")]
    # a loss named after the weapons still is one
    out = got("Russian troops struck the city with two missiles, killing four civilians, the governor said.")
    assert [(v, cat) for v, _, _, cat, *_ in out] == [(4, "civilians")]


def test_a_few_losses_told_as_one_past_action_are_that_actions():
    out = got("The navy said it destroyed three Russian patrol boats near the spit.")
    assert [(v, sd, cat, p) for v, _, sd, cat, _, p in out] == [(3, "russia", "ships", "interval")]
    out = got("The agency said at least 14 crew members were killed.")
    assert [(v, p) for v, *_, p in out] == [(14, "interval")]
    # a running total says so
    out = got("Ukraine's navy has destroyed 28 Russian ships since the start of the invasion.")
    assert [(v, p) for v, *_, p in out] == [(28, "cumulative")]
    out = got("Ukrainian forces have destroyed 28 Russian ships and boats, the navy said.")
    assert [(v, p) for v, *_, p in out] == [(28, "cumulative")]
    # nor a large count
    out = got("The General Staff said Ukrainian forces destroyed 320 Russian tanks.")
    assert [(v, p) for v, *_, p in out] == [(320, "cumulative")]


def test_a_forecast_or_calculation_with_would_or_could_is_no_claim():
    assert got("If the pace holds, one analyst said, Russia would suffer more than 400,000 casualties next year.") == []
    assert got("Spread over the month, that would mean something like 300 to 350 deaths a day.") == []
    assert got("Supporters of the plan argue that a truce could save 40,000 lives over the next year.") == []
    # a hedged estimate still is one
    out = got("Western officials said Russia could have lost as many as 15,000 soldiers.")
    assert [v for v, *_ in out] == [15000]
    out = got("US officials said Russian losses could be as high as 120,000 killed and wounded.")
    assert [v for v, *_ in out] == [120000]


def test_a_figure_denied_is_no_claim():
    assert got("FACT CHECK: No, Ukraine did not destroy 900 Russian tanks in a single week") == []
    assert got("Russia never lost 300 aircraft in one month, the ministry said.") == []
    out = got("Ukraine did not say how it destroyed the 12 tanks it reported on Monday.")
    assert [v for v, *_ in out] == [12]


def test_whole_lines_opening_with_a_label_under_a_loss_heading_are_its_items():
    text = ('Russia\'s defence ministry said on Monday that Ukrainian forces had lost up to 1,610 servicemen over the '
            'previous 24 hours. The briefing broke down the claimed losses by group of forces:\n\n'
            '"North" (Kharkiv direction): up to 290 servicemen, two tanks and 12 vehicles.\n'
            '"West": up to 480 servicemen and three field artillery guns.\n'
            '"Centre": up to 175 servicemen.')
    out = [(c.value, c.side, c.category, c.period, c.claimant, c.scope) for c in extract(text, "2024-05-20")]
    assert (290, "ukraine", "personnel", "interval", "russia_gov", "partial") in out
    assert (12, "ukraine", "vehicles", "interval", "russia_gov", "partial") in out
    assert (3, "ukraine", "artillery", "interval", "russia_gov", "partial") in out
    assert (175, "ukraine", "personnel", "interval", "russia_gov", "partial") in out
    # a one-line paragraph with a label and no loss heading above stays what it says
    out = got("Weather: 25 degrees and sunny.\n\nKharkiv: 3 people were killed in a strike, the governor said.")
    assert [(v, cat) for v, _, _, cat, *_ in out] == [(3, "civilians")]


def test_currency_codes_and_spans_with_a_half_are_no_figures():
    assert got("Families of the dead will receive one-off payments of UAH 100,000, the ministry says.") == []
    assert got('"They have been destroying our army every day for two and a half years," the spokesman said.') == []


def test_the_other_number_of_a_prisoner_exchange_is_no_capture():
    assert got("Kyiv and Moscow exchanged 207 Ukrainian and 195 Russian prisoners of war on Wednesday.") == []


def test_a_figure_naming_its_own_side_is_that_sides_after_both_sides_words():
    out = got("The two sides exchanged fire near the village, and 12 Russian soldiers were killed, the brigade said.")
    assert [(v, sd) for v, _, sd, *_ in out] == [(12, "russia")]
    out = got("Both sides have lost about 100,000 soldiers each, the general said.")
    assert sorted(sd for _, _, sd, *_ in out) == ["russia", "ukraine"]
