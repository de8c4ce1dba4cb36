"""Rule tests for claimant attribution in full-length prose, on short sentences written for these tests."""
from __future__ import annotations

from attrition import extract

PUB = "2023-03-15"  # a Wednesday


def claimants(text, published=PUB):
    return [(c.value, c.claimant) for c in extract(text, published)]


def test_lists_is_a_report_verb():
    # a source that "lists" its figures names itself, not the last source carried from before
    got = claimants("US officials said on Monday that the fighting had intensified. "
                    "Oryx lists 52 Russian helicopters as destroyed.")
    assert (52, "oryx") in got, got


def test_indefinite_speaker_is_a_new_source():
    # "an army spokesman": a new speaker, not the Russian ministry of the sentence before
    got = claimants("Russia's defence ministry said on Tuesday that its forces had repelled attacks near the town. "
                    "An army spokesman said separately that 45 Russian soldiers had been killed there on Tuesday.")
    assert (45, "ukraine_gov") in got, got


def test_titled_person_is_a_new_source():
    # "regional governor NAME said": the victims' authorities, not the source carried from before
    got = claimants("Russia's defence ministry said on Tuesday it had struck military targets in the region. "
                    "Regional governor Ivan Petrenko said a missile hit a school on Tuesday, killing three civilians.")
    assert (3, "ukraine_gov") in got, got


def test_apposition_the_title_is_a_new_source():
    # "NAME, the governor of X region, said Russian shelling ...": the nationality after the comma is the
    # shelling's, not the governor's
    got = claimants("Russia's defence ministry said on Tuesday it had hit army depots. "
                    "Ivan Petrenko, the governor of Sumy region, said Russian shelling killed five civilians on Tuesday.")
    assert (5, "ukraine_gov") in got, got


def test_spokesman_for_a_national_body():
    # "a spokesman for Ukraine's ... group of forces" speaks for Ukraine
    got = claimants("Taras Melnyk, a spokesman for Ukraine's eastern group of forces, said Russian forces had lost "
                    "260 troops near the town over the past day.")
    assert (260, "ukraine_gov") in got, got
