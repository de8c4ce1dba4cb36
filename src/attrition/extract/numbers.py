"""Number and range recognition: digits with separators, number words, multipliers, ranges.

Public API
----------
``parse_number(s)``  -> float | None   (one number, the whole string)
``find_numbers(text)`` -> list[NumberMention]  (every number/range in a text, with offsets)
"""
from __future__ import annotations

from attrition.extract import _rx as re
from dataclasses import dataclass

from attrition.extract.vocab import literal_trie, load, lowercase_twin

_NUM = load("numbers")
UNITS = dict(_NUM["units"])
TENS = dict(_NUM["tens"])
SCALES = dict(_NUM["scales"])
SUFFIXES = dict(_NUM["suffixes"])
COLLECTIVES = dict(_NUM["collectives"])

# Spaces that may separate thousands groups: ordinary space, NBSP, thin / narrow spaces.
_SP = "\u0020\u00a0\u2009\u202f\u2007"
_DIG = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"          # 44,000  1,200.5
    rf"|\d{{1,3}}(?:[{_SP}]\d{{3}})+(?![.,]?\d)"  # 44 000 (space / NBSP / thin space groups)
    r"|\d{1,3}(?:\.\d{3})+(?![.,]?\d)"          # 1.351 (dot as thousands separator)
    r"|\d+(?:\.\d+)?)"                           # 12  1.2
)
# Word lists as tries: the same matches as longest-first alternations, much cheaper to scan.
_SUFFIX_RE = literal_trie(sorted({k.lower() for k in SUFFIXES}))   # used case-insensitively
_SCALE_RE = literal_trie(SCALES)
_WORD_ATOM_RE = literal_trie(list(UNITS) + list(TENS))
_COLL_RE = literal_trie(COLLECTIVES)

# A digit number, optionally followed by a suffix multiplier (12k) or a scale word (1.2 million).
_DIGIT_NUM = (
    rf"(?P<d>{_DIG})(?:(?P<suf>{_SUFFIX_RE})(?![\w])|[{_SP}]?(?P<suf2>mln|mn|bn)\b|[{_SP}]+(?P<dscale>{_SCALE_RE})s?\b)?"
)
# A spelled-out number: "twelve", "forty-two", "three hundred thousand", "a dozen", "a thousand".
# ("half a million", "a half million", "one and a half million" come first: the longest reading wins)
_HALF_NUM = (
    rf"(?:half[\s\-]+an?|an?[\s\-]+half|(?:{_WORD_ATOM_RE})[\s\-]+and[\s\-]+an?[\s\-]+half)[\s\-]+(?:{_SCALE_RE})"
)
# "three-quarters of a million", "a quarter of a million", "two-thirds of a million"
_FRACTION_NUM = (
    rf"(?:(?:a|one|two|three)[\s\-]+)?(?:quarters?|thirds?)[\s\-]+of[\s\-]+an?[\s\-]+(?:{_SCALE_RE})"
)
_FRACTION_PARTS = re.compile(r"(?:(a|one|two|three)[\s\-]+)?(quarter|third)s?[\s\-]+of[\s\-]+an?[\s\-]+(\w+)")
_WORD_NUM = (
    rf"(?P<w>{_HALF_NUM}|(?:(?:{_WORD_ATOM_RE})(?:[\s\-]+(?:and[\s\-]+)?(?:{_WORD_ATOM_RE}|{_SCALE_RE}))*"
    rf"|(?:an?|one)[\s\-]+(?:{_SCALE_RE}|{_COLL_RE})(?:[\s\-]+(?:and[\s\-]+)?(?:{_WORD_ATOM_RE}|{_SCALE_RE}))*))"
)
# (not after a letter or digit: tested once for both kinds, it fails first at most positions)
_ONE = rf"(?<!\w)(?:(?<![.,]){_DIGIT_NUM}(?![\w])|(?<!-){_WORD_NUM}(?![\w\-]))"
_ONE_RE = re.compile(_ONE, re.IGNORECASE)
_ONE_LOW = lowercase_twin(_ONE_RE)   # the same on lower-cased text (suffix values do not depend on case)
# with fractions of a scale first ("three-quarters of a million"): used only where "quarter" / "third" is written
_ONE_FRAC = _ONE.replace("(?P<w>", f"(?P<w>{_FRACTION_NUM}|", 1)
_ONE_FRAC_RE = re.compile(_ONE_FRAC, re.IGNORECASE)
_ONE_FRAC_LOW = lowercase_twin(_ONE_FRAC_RE)
_FULL_RE = re.compile(rf"\s*(?:{_ONE_FRAC})\s*", re.IGNORECASE)

_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"between\s*$")
# "(+200)", "(plus nine)": a signed increment (needs a "+" or a "p" / "P" before the number)
_SIGN_BEFORE = re.compile(r"(?:\+|\(\s*plus\s)\s*$", re.IGNORECASE)   # ("plus one submarine" is none)
_SP_CHAR = re.compile(f"[{_SP}]")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_WORD_SEP = re.compile(r"[\s\-]+")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# Range connectors between two numbers.
_RANGE_MID = re.compile(r"\s*(?:-|–|—|to|and|or)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number (or a range) found in a text: ``text[start:end]`` is the number as written."""

    value: float
    value_max: float | None
    start: int
    end: int
    words: bool = False      # spelled out ("six", "a dozen")
    signed: bool = False     # written with a leading "+" or "plus" (a daily-update increment)


def _digits_value(m: re.Match) -> float | None:
    raw, suf, suf2, dscale = m.group("d", "suf", "suf2", "dscale")
    if raw.isdigit():
        pass   # (the common case: digits alone, no separator to drop)
    elif "," in raw:
        raw = raw.replace(",", "")
    elif any(c in raw for c in _SP):
        raw = _SP_CHAR.sub("", raw)
    elif _DOT_THOUSANDS.fullmatch(raw) and not dscale and not suf and not suf2:
        raw = raw.replace(".", "")
    try:
        v = float(raw)
    except ValueError:
        return None
    suf = suf or suf2
    if suf:
        v *= SUFFIXES.get(suf, SUFFIXES.get(suf.lower(), 1))
    if dscale:
        v *= SCALES[dscale.lower()]
    if suf or dscale:
        r = round(v)
        if abs(v - r) < 1e-6 * max(1.0, abs(v)):
            v = float(r)   # "64.9k": 64,900, not 64,900.00000000001
    return v


def _words_value(s: str) -> float | None:
    fm = _FRACTION_PARTS.fullmatch(s.lower())
    if fm:
        scale = SCALES.get(fm.group(3))
        if scale is None:
            return None
        n = {"a": 1, "one": 1, "two": 2, "three": 3, None: 1}[fm.group(1)]
        return float(round(n * scale / (4 if fm.group(2) == "quarter" else 3)))
    toks = [t for t in _WORD_SEP.split(s.lower()) if t and t != "and"]
    if not toks:
        return None
    total = 0.0
    cur = 0.0
    seen = False
    article = False   # cur holds only the 1 of "a" / "an"
    for t in toks:
        if t in ("a", "an"):
            if cur == 0:
                cur, article = 1.0, True
            continue
        if t == "half":
            # "half a million" / "a half million" = 0.5 x; "one and a half million" = 1.5 x
            cur = 0.5 if (cur == 0 or article) else cur + 0.5
            article = False
            seen = True
            continue
        article = False
        if t in UNITS:
            cur += UNITS[t]
        elif t in TENS:
            cur += TENS[t]
        elif t in COLLECTIVES:
            cur = (cur or 1.0) * COLLECTIVES[t]
        elif t in SCALES:
            sc = SCALES[t]
            if sc == 100:
                cur = (cur or 1.0) * sc
            else:
                total += (cur or 1.0) * sc
                cur = 0.0
        else:
            return None
        seen = True
    return total + cur if seen else None


def _mention_value(m: re.Match) -> float | None:
    if m.group("d") is not None:
        return _digits_value(m)
    return _words_value(m.group("w"))


def parse_number(s: str) -> float | None:
    """Parse one number written in ``s`` (the whole string, surrounding spaces allowed).

    Contract:
    - digits with thousands separators: ``"44,000"``, ``"44 000"`` (also NBSP / thin
      spaces), ``"1.351"`` (a dot followed by exactly three digits is a thousands
      separator) -> 44000.0 / 1351.0; decimals ``"1.2"`` -> 1.2;
    - multipliers: ``"12k"`` -> 12000.0, ``"1.2 million"`` -> 1200000.0, ``"3 mln"``;
    - words: ``"six"`` -> 6.0, ``"forty-two"`` -> 42.0, ``"twelve thousand"`` -> 12000.0,
      ``"a dozen"`` -> 12.0, ``"a thousand"`` -> 1000.0, ``"one million"``, ``"half a million"``,
      ``"three-quarters of a million"`` -> 750000.0;
    - returns ``None`` for anything that is not exactly one number (empty text, ranges,
      vague words such as "dozens" or "a", other text); never raises for any ``str``.
    The result is always a finite, non-negative float when not ``None``.
    """
    if not isinstance(s, str) or not s or len(s) > 200:
        return None
    m = _FULL_RE.fullmatch(s)
    if not m:
        return None
    v = _mention_value(m)
    if v is None or v != v or v in (float("inf"),):
        return None
    return v


def find_numbers(text: str) -> list[NumberMention]:
    """Every number or range in ``text``, left to right, with character offsets.

    Ranges ("60 to 100", "2,000-4,000", "between 10,000 and 13,000", "50 000-70 000")
    become one mention with ``value_max``; "between"/"from" are not part of the span.
    A leading "+" or "plus" marks a signed increment ("(+200)", "(plus nine)").
    """
    out: list[NumberMention] = []
    raw = []
    low = text.lower()
    frac = "quarter" in low or "third" in low
    one_low, one_re = (_ONE_FRAC_LOW, _ONE_FRAC_RE) if frac else (_ONE_LOW, _ONE_RE)
    for m in (one_low.finditer(low) if len(low) == len(text) else one_re.finditer(text)):
        wm = m.group("w")
        if wm is not None and "and" in wm and (sm := _ATOM_AND.search(wm)) is not None:
            # "between two and three thousand": two numbers ("and" joins a number's parts only after a
            # scale word: "one hundred and twenty")
            for a, b in ((0, sm.start(1)), (sm.end(1), len(wm))):
                v = _words_value(wm[a:b])
                if v is not None:
                    raw.append((m.start() + a, m.start() + b, v, True, _Words(wm[a:b])))
            continue
        v = _mention_value(m)
        if v is None:
            continue
        raw.append((m.start(), m.end(), v, wm is not None, m))
    i = 0
    n = len(raw)
    while i < n:
        s, e, v, w, m = raw[i]
        vmax = None
        end = e
        if i + 1 < n:
            s2, e2, v2, w2, m2 = raw[i + 1]
            mid = text[e:s2]
            mm = _RANGE_MID.fullmatch(mid)
            if mm and w == w2 and not (e - s == 4 and _YEAR_LIKE.fullmatch(text, s, e)
                                       and (v2 >= 10 * v or "," in text[s2:e2] or v2 > 2100)) \
                    and not _BY_BEFORE.search(text, max(0, s - 4), s):
                # (nor "rose by 14 to 22,874": a change, then the new figure)
                # (not "since February 2022 to 431,630": a year, then the figure)
                conn = mid.strip().lower()
                before = text[max(0, s - 9):s].lower()
                ok = False
                if conn in ("-", "–", "—", "to"):
                    ok = True
                elif conn == "and" and _BETWEEN_BEFORE.search(before):
                    ok = True
                # "1.2-1.5 million": the scale of the second applies to the first
                if ok and m.group("d") is not None and m2.group("d") is not None and v < 1000:
                    # (not "between 900,000 and 1.3 million": the first has a size of its own)
                    if not (m.group("dscale") or m.group("suf")) and (m2.group("dscale") or m2.group("suf")):
                        mult = v2 / float(_digits_value_plain(m2)) if _digits_value_plain(m2) else 1
                        v = v * mult
                # "ten to thirteen thousand": the scale word of the second applies to the first
                if ok and w and w2 and v < 1000 and not _HAS_SCALE.search(m.group("w")):
                    sc = [SCALES[t] for t in _WORD_SEP.split(m2.group("w").lower()) if SCALES.get(t, 0) >= 1000]
                    if sc and v * sc[-1] < v2:
                        v = v * sc[-1]
                if ok and v2 > v:
                    vmax = v2
                    end = e2
                    i += 1
        lead = text[max(0, s - 6):s]
        signed = ("+" in lead or "p" in lead or "P" in lead) and _SIGN_BEFORE.search(lead) is not None
        dz = _DOZEN_AFTER.match(text, end) if vmax is None and v < 100 else None
        if dz is not None:
            v, end = v * 12, dz.end()   # "two dozen": 24
        out.append(NumberMention(v, vmax, s, end, w, signed))
        i += 1
    return out


_DOZEN_AFTER = re.compile(r"[\s\-]+dozen\b(?!s)", re.IGNORECASE)
# an "and" right after a unit or tens word (not after "hundred" / "thousand"): it joins two numbers
_ATOM_AND = re.compile(rf"(?<![\w\-])(?:{_WORD_ATOM_RE})([\s\-]+and[\s\-]+)(?!an?[\s\-]+half\b)", re.IGNORECASE)
# (not "one and a half million": one number)
_HAS_SCALE = re.compile(rf"(?<![\w\-])(?:{_SCALE_RE})(?![\w])", re.IGNORECASE)


class _Words:
    """A spelled-out number cut out of a longer match (quacks like its match for the range logic)."""

    __slots__ = ("w",)

    def __init__(self, w: str):
        self.w = w

    def group(self, name: str):
        return self.w if name == "w" else None


def _digits_value_plain(m: re.Match) -> float | None:
    raw = m.group("d").replace(",", "")
    raw = _SP_CHAR.sub("", raw)
    try:
        return float(raw)
    except ValueError:
        return None


__all__ = ["NumberMention", "parse_number", "find_numbers"]
