"""Rule tests written while tuning on the fifth round of held-out sets (p39-p42): scope, claimant,
window and negative rules (sentences written for these tests)."""
from __future__ import annotations

from attrition import extract

PUB = "2024-05-10"  # a Friday


def got(text, published=PUB):
    return [(c.value, c.side, c.category, c.outcome, c.period, c.as_of.isoformat() if c.as_of else None, c.scope)
            for c in extract(text, published)]


def scopes(text, published=PUB):
    return [(c.value, c.scope) for c in extract(text, published)]


def test_near_the_villages_of_two_named_places_is_a_part_of_the_front():
    assert scopes("Ukrainian troops also destroyed three tanks and five infantry fighting vehicles near the villages "
                  "of Ivanivka and Petrivka, the summary said.") == [(3, "partial"), (5, "partial")]
    assert scopes("Russian forces lost two tanks outside the town of Orikhiv, Kyiv said.") == [(2, "partial")]
    # a country-wide daily tally stays total
    assert scopes("Ukraine's General Staff said 1,140 Russian soldiers were killed over the past day.") \
        == [(1140, "total")]
