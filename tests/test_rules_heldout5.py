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
