"""Property and robustness tests of the number parser and of ``extract`` (hypothesis)."""
from __future__ import annotations

import json
import math
import os
import re
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attrition import extract
from attrition.extract.numbers import find_numbers, parse_number
from attrition.model import (
    CATEGORIES, CLAIMANTS, OUTCOMES, PERIODS, QUALIFIERS, RATE_UNITS, SCOPES, Claim,
)

# Modest example counts keep CI quick; ATTRITION_PROP_SCALE=50 runs a deeper search by hand.
_SCALE = max(1, int(os.environ.get("ATTRITION_PROP_SCALE", "1")))
PROPS = settings(deadline=None, max_examples=60 * _SCALE, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(deadline=None, max_examples=25 * _SCALE, suppress_health_check=[HealthCheck.too_slow])

# -- the number parser ---------------------------------------------------------------------------

SEPARATORS = [",", " ", "\u00a0", "\u2009", "\u202f"]  # comma, space, NBSP, thin space, narrow NBSP


def group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int, conj: bool = False) -> str:
    """English words for 0 <= n < 10**9 ("three hundred and twelve thousand", "forty-two")."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + ("" if not rest else (" and " if conj else " ") + spell(rest, conj))
    for scale, word in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            rest = n % scale
            return spell(n // scale, conj) + " " + word + ("" if not rest else " " + spell(rest, conj))
    raise ValueError(n)


@PROPS
@given(st.integers(min_value=0, max_value=10**10), st.sampled_from(SEPARATORS))
def test_grouped_integers_parse_back(n, sep):
    assert parse_number(group(n, sep)) == n
    assert parse_number(str(n)) == n


@PROPS
@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from(SEPARATORS))
def test_find_numbers_spans_grouped_integers(n, sep):
    written = group(n, sep)
    text = f"Officials said {written} soldiers had been killed."
    ms = [m for m in find_numbers(text) if text[m.start:m.end] == written]
    assert len(ms) == 1 and ms[0].value == n and ms[0].value_max is None


@PROPS
@given(st.integers(min_value=0, max_value=999_999_999), st.booleans(), st.booleans())
def test_word_numbers(n, conj, title):
    words = spell(n, conj)
    if title:
        words = words.capitalize()
    assert parse_number(words) == n


@PROPS
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]))
def test_scale_words_and_suffixes(whole, tenth, scale):
    word, mult = scale
    assert parse_number(f"{whole}.{tenth} {word}") == pytest.approx((whole + tenth / 10) * mult)
    assert parse_number(f"{whole} {word}") == whole * mult
    assert parse_number(f"{whole}k") == whole * 1000
    assert parse_number(f"{whole}K") == whole * 1000


def test_collectives_and_non_numbers():
    assert parse_number("a dozen") == 12
    assert parse_number("a thousand") == 1000
    assert parse_number("one million") == 10**6
    for vague in ("dozens", "hundreds", "thousands", "a", "an", "", "tanks", "1,000 to 2,000"):
        assert parse_number(vague) is None


@PROPS
@given(st.text(max_size=300))
def test_parse_number_never_raises(s):
    v = parse_number(s)
    assert v is None or (isinstance(v, float) and math.isfinite(v) and v >= 0)


@PROPS
@given(st.text(max_size=400))
def test_find_numbers_spans_are_ordered_and_in_bounds(s):
    last = 0
    for m in find_numbers(s):
        assert last <= m.start < m.end <= len(s)
        assert m.value_max is None or m.value_max > m.value
        last = m.end


# -- extract as a whole ------------------------------------------------------------------------

def check_contract(text: str, claims: list[Claim]) -> None:
    """Every claim respects the contract's value sets and the offset invariants."""
    for c in claims:
        assert isinstance(c, Claim)
        assert isinstance(c.value, (int, float)) and math.isfinite(c.value) and c.value >= 0
        assert c.value_max is None or c.value_max > c.value
        assert c.qualifier in QUALIFIERS
        assert c.period in PERIODS
        assert (c.rate_unit in RATE_UNITS) if c.period == "rate" else c.rate_unit is None
        assert c.scope in SCOPES and c.outcome in OUTCOMES and c.claimant in CLAIMANTS
        parts = c.category.split("+")
        assert all(p in CATEGORIES for p in parts) and parts == sorted(set(parts)), c.category
        assert re.fullmatch(r"[a-z][a-z \-]*", c.side), c.side
        assert c.as_of is None or isinstance(c.as_of, date)
        assert c.claimant_name is None or (isinstance(c.claimant_name, str) and c.claimant_name.strip())
        assert 0 <= c.start < c.end <= len(text)
        written = text[c.start:c.end]
        assert re.search(r"\w", written), written
        assert written in c.text, (written, c.text)
        json.dumps(c.to_dict())


TOKENS = [
    "Russia", "Russian", "Ukraine", "Ukrainian", "Ukraine's General Staff said", "the Kremlin said",
    "according to the UK Ministry of Defence", "Oryx", "killed", "wounded", "destroyed", "captured",
    "lost", "soldiers", "troops", "tanks", "armoured vehicles", "helicopters", "drones", "civilians",
    "more than", "about", "at least", "nearly", "up to", "a dozen", "one", "six", "forty-two",
    "1,200", "44 000", "12k", "1.2 million", "2,000-4,000", "(+12)", "between 10,000 and 13,000",
    "per day", "on Sunday", "last month", "since February 24", "over the past 24 hours", "so far",
    "in 1945", "50%", "$3bn", "<b>", "</b>", "<a href='x'>", "&amp;", "\u200f", "\u200e", "\u202b",
    "\u00a0", "“", "”", "‘", "’", "«", "»", "—", ".", ",", ";", ":", "\n", "\n\n", "?", "[", "]",
]
tokens_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=60).map(" ".join)
published = st.one_of(st.none(), st.dates(min_value=date(2014, 1, 1), max_value=date(2030, 12, 31)))


@PROPS
@given(st.text(max_size=500), published)
def test_extract_never_raises_on_arbitrary_unicode(text, pub):
    check_contract(text, extract(text, pub))


@PROPS
@given(tokens_text, published)
def test_extract_on_lossy_word_soup_keeps_the_contract_and_is_deterministic(text, pub):
    first = extract(text, pub)
    check_contract(text, first)
    assert extract(text, pub) == first
    if pub is not None:
        assert extract(text, pub.isoformat()) == first  # a date or its ISO string


CLAIMANT_PHRASES = ["Ukraine's General Staff said", "Russia's defence ministry said",
                    "the UK Ministry of Defence said", "officials said"]
ITEMS = [("soldiers", "killed"), ("tanks", "destroyed"), ("helicopters", "shot down"),
         ("armoured vehicles", "destroyed")]


@FEW
@given(st.integers(min_value=2, max_value=900_000), st.sampled_from(SEPARATORS),
       st.sampled_from(CLAIMANT_PHRASES), st.sampled_from(ITEMS),
       st.sampled_from(["", "\u200f", "<b>", "“"]), published)
def test_extract_finds_a_plain_claim(n, sep, who, item, decoration, pub):
    noun, verb = item
    written = group(n, sep)
    close = {"<b>": "</b>", "“": "”"}.get(decoration, decoration)
    text = f"{decoration}{who.capitalize()} that {written} Russian {noun} had been {verb}.{close}"
    claims = extract(text, pub)
    check_contract(text, claims)
    assert [(c.value, text[c.start:c.end], c.side) for c in claims] == [(n, written, "russia")]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\u200f\u200e", "<p></p>", "....", "0"])
def test_empty_and_blank_texts_give_nothing(text):
    assert extract(text) == []
    assert extract(text, date(2022, 5, 1)) == []


@FEW
@given(st.binary(max_size=2000))
def test_binary_garbage_does_not_crash(data):
    for text in (data.decode("latin-1"), data.decode("utf-8", errors="replace"),
                 data.decode("utf-16", errors="replace")):
        check_contract(text, extract(text, "2022-05-01"))


def test_html_fragments_rtl_marks_and_typographic_quotes():
    text = ("<div class=\"story\"><p>\u201cWe destroyed 15 Russian tanks on Monday,\u201d Ukraine\u2019s "
            "General Staff said.</p>\n\n<p>\u200fAccording to the UK Ministry of Defence, Russia has lost "
            "more than 1,200\u00a0tanks since February&nbsp;24.\u200f</p></div>")
    claims = extract(text, date(2022, 5, 4))
    check_contract(text, claims)
    got = {(c.value, c.category) for c in claims}
    assert (15, "tanks") in got and (1200, "tanks") in got
    for c in claims:
        assert "<p>" not in text[c.start:c.end]


@pytest.mark.slow
def test_a_twenty_megabyte_document_finishes():
    filler = ("The regional council met again on Thursday to discuss road repairs, school meals and the "
              "price of bread, and nobody at the meeting mentioned the war at all. ") * 12 + "\n\n"
    claim = ("Ukraine's General Staff said on Monday that Russia had lost 150 soldiers and 3 tanks "
             "over the past 24 hours.\n\n")
    head = "Russia has lost 4,321 tanks since the invasion began, according to Ukraine's defence ministry.\n\n"
    tail = "\n\nThe UK Ministry of Defence said 98,765 Russian troops had been killed so far."
    body = filler * 20 + claim
    text = head + body * (20_000_000 // len(body)) + tail
    assert len(text) > 19_000_000
    t0 = time.perf_counter()
    claims = extract(text, date(2023, 3, 1))
    elapsed = time.perf_counter() - t0
    assert elapsed < 120, f"20 MB took {elapsed:.0f} s"
    check_contract(text, claims)
    values = {c.value for c in claims}
    assert {4321, 98765} <= values  # both ends of the document were read, offsets far into it hold
    far = [c for c in claims if c.value == 98765][0]
    assert far.start > 19_000_000 and text[far.start:far.end] == "98,765"
