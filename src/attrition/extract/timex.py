"""Time expressions: explicit dates, months, years, weekdays, relative days, windows.

``find_times(sentence, offset, published)`` returns every expression with its span and the
date it resolves to (the last day of its window), resolved against the publication date.
"""
from __future__ import annotations

import calendar
from attrition.extract import _rx as re
from dataclasses import dataclass
from datetime import date, timedelta

from attrition.extract.vocab import _trie_re, literal_trie, load, lowercase_twin

_T = load("time")
MONTHS = dict(_T["months"])
WEEKDAYS = dict(_T["weekdays"])
_LAST_BEFORE = re.compile(r"(?i)\blast\s+$")
WAR_START = date.fromisoformat(_T["war_start"])

# Month and weekday names as tries ("j(?:an(?:uary)?|u...)"): the same matches as a
# longest-first alternation, several times faster to scan.
_MON = r"(?:" + _trie_re(list(MONTHS)) + r")\.?"
_WD = r"(?:" + _trie_re(list(WEEKDAYS)) + r")"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

_PATTERNS = [
    # 24 February 2022 / 30th of November 2024 / 24 Feb
    # (a range of days gives its last: "12-18 October", "October 12–18")
    ("dmy", rf"(?:(?P<d0>[0-3]?\d)[-–])?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])"),
    # February 24, 2022 / Sept. 4 / June 12, 2025
    ("mdy", rf"(?P<m>{_MON})\s*(?P<d0>{_DAY})(?:[-–](?P<d>[0-3]?\d)(?!\d))?(?![\d,]\d)(?:,?\s*(?P<y>{_YEAR}))?(?![\w])"),
    # 25-03-2022 / 27.10.2025 / 17/04/2023
    # (and the General Staff's "from 24.02.22 to 03.03.25": a two-digit year after dots)
    ("num", rf"(?P<d>[0-3]?\d)(?:[./\-](?P<mn>[01]?\d)[./\-](?P<y>{_YEAR})|\.(?P<mn2>[01]\d)\.(?P<y2>[2-3]\d))(?![\d.]\d|\d)"),
    ("iso", rf"(?P<y>{_YEAR})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    # (mid-/early/late) December 2023 / June
    ("my", rf"(?P<m>{_MON})(?:\s+(?P<y>{_YEAR}))?(?![\w])"),
    ("year", rf"(?<![\w\-,.])(?P<y>{_YEAR})(?![\w\-]|,\d)"),
    ("weekday", rf"(?P<wd>{_WD})(?![\w])"),
    ("rel", r"(?P<rel>" + literal_trie(_T["relative"], space=" ") + r")(?![\w])"),
]
# One compiled regex per kind, run only when a cheap test says the kind can occur.
_KIND_RE = {k: re.compile(f"(?P<{k}>{p.replace('(?P<', f'(?P<{k}_')})", re.IGNORECASE) for k, p in _PATTERNS}
_PRIORITY = {k: i for i, (k, _) in enumerate(_PATTERNS)}
_KIND_LOW = {k: lowercase_twin(rx) for k, rx in _KIND_RE.items()}
# What every match of a kind holds, written to start with a digit: a scan for it skips ahead to digits,
# far faster than the kind's own pattern (which starts with an optional day number), and most sentences
# with a month name or a year have none ("24 Feb", "30th of November"; "25-03-2022").
_KIND_HINT = {
    "dmy": re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}", re.IGNORECASE),
    "num": re.compile(rf"\d[./\-][01]?\d[./\-]{_YEAR}|\d\.[01]\d\.[2-3]\d(?!\d)", re.IGNORECASE),
}
_KIND_HINT_LOW = {k: lowercase_twin(rx) for k, rx in _KIND_HINT.items()}
_MONTH_STEMS = tuple(sorted({m[:3] for m in MONTHS}))
_MONTH_STEM_RE = re.compile("|".join(re.escape(st) for st in _MONTH_STEMS))   # (any stem, in one scan)
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_NON_DIGIT = re.compile(r"\D")
_SHORT_NUM_DATE = re.compile(r"\d\.[01]\d\.[2-3]\d(?!\d)")
_MAY_VERB = re.compile(r"\s+(?:be|have|not|also|well|lose|face|need)")
_DOC_YEAR = re.compile(r"(?<![\d,.])(20[12]\d)(?!\d|,\d)")
_YEAR_AHEAD = re.compile(r"(?i)\b(?:by|until|till|before)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$")


@dataclass(frozen=True, slots=True)
class TimeEx:
    start: int
    end: int
    kind: str              # dmy, mdy, num, iso, my, year, weekday, rel
    value: date | None     # resolved last day of the expression's window (None: unresolvable)
    first: date | None     # first day of the window
    text: str


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _g(s: str, m: re.Match, kind: str, name: str):
    """Group ``kind_name`` of ``m`` as written in ``s`` (``m`` may come from the lower-cased text)."""
    try:
        a, b = m.span(f"{kind}_{name}")
    except IndexError:
        return None
    return s[a:b] if a >= 0 else None


def _infer_year(mon: int, day: int | None, pub: date | None, doc_year: int | None) -> int | None:
    if pub is None:
        return doc_year
    y = pub.year
    try:
        cand = date(y, mon, day or 1)
    except ValueError:
        return y
    if cand > pub + timedelta(days=1):
        y -= 1
    return y


_YEAR_WORD_AFTER = re.compile(r"\s*,?\s+(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)


def _named_year(s: str, end: int, published: date | None = None) -> int | None:
    """"April last year", "in May this year": the year said in words after a month (needs ``published``)."""
    ym = _YEAR_WORD_AFTER.match(s, end)
    if ym is None or published is None:
        return None
    return published.year + {"last": -1, "this": 0, "next": 1}[ym.group(1).lower()]


def find_times(s: str, published: date | None, doc_year: int | None = None) -> list[TimeEx]:
    """Every time expression in ``s`` (offsets relative to ``s``), resolved where possible."""
    out: list[TimeEx] = []
    low = s.lower()
    kinds = []
    has_month = _MONTH_STEM_RE.search(low) is not None
    has_year = _YEAR_HINT.search(s) is not None
    if has_month:
        kinds += ["dmy", "mdy", "my"]
    if has_year:
        kinds += ["num", "iso", "year"]
    elif "." in s and _SHORT_NUM_DATE.search(s):
        kinds.append("num")
    if "day" in low:
        kinds.append("weekday")
    if "yesterday" in low or "today" in low or "tonight" in low or "this " in low or "last " in low or "now" in low \
            or "weekend" in low:
        kinds.append("rel")
    if not kinds:
        return out
    found = []
    same = len(low) == len(s)   # lower-casing kept the offsets: scan it with the twins
    for k in kinds:
        hint = (_KIND_HINT_LOW if same else _KIND_HINT).get(k)
        if hint is not None and hint.search(low if same else s) is None:
            continue   # (no match of the kind without its hint)
        for m in (_KIND_LOW[k].finditer(low) if same else _KIND_RE[k].finditer(s)):
            found.append((m.start(), -(m.end() - m.start()), _PRIORITY[k], m))
    found.sort(key=lambda x: (x[0], x[2], x[1]))
    chosen = []
    last_end = -1
    for st_, _neg, _pr, m in found:
        if st_ < last_end:
            continue
        chosen.append(m)
        last_end = m.end()
    for m in chosen:
        kind = m.lastgroup
        if kind is None:
            continue
        val = first = None
        rel = None
        end = m.end()
        try:
            if kind in ("dmy", "mdy", "num", "iso"):
                d0 = _g(s, m, kind, "d0") if kind in ("dmy", "mdy") else None
                ds = _g(s, m, kind, "d")
                if ds is None:   # "March 2, 2022": no range, the one day
                    ds, d0 = d0, None
                d = int(_NON_DIGIT.sub("", ds))
                d0 = int(_NON_DIGIT.sub("", d0)) if d0 else None
                if d0 is not None and d0 >= d:
                    # no range ("May 20-2 tanks"): the date ends at its own day (the dmy start is no day of it)
                    if kind == "mdy":
                        d, end = d0, m.end(f"{kind}_d0")
                    d0 = None
                if kind == "num" and _g(s, m, kind, "mn") is None:
                    mon = int(_g(s, m, kind, "mn2"))   # "03.03.25"
                elif kind in ("num", "iso"):
                    mon = int(_g(s, m, kind, "mn"))
                else:
                    mon = MONTHS[_g(s, m, kind, "m").lower().rstrip(".")]
                ys = _g(s, m, kind, "y")
                if ys is None and kind == "num":
                    ys = "20" + _g(s, m, kind, "y2")
                y = int(ys) if ys else _named_year(s, m.end(), published) or _infer_year(mon, d, published, doc_year)
                if y is not None and 1 <= mon <= 12 and 1 <= d <= 31:
                    val = first = date(y, mon, d)
                    if d0 is not None and d0 < d:
                        first = date(y, mon, d0)
                elif not (1 <= mon <= 12 and 1 <= d <= 31):
                    continue
            elif kind == "my":
                word = _g(s, m, kind, "m")
                # "may" / "march" as ordinary words: require a capital letter
                if not word[:1].isupper():
                    continue
                if word.lower().rstrip(".") in ("may", "march") and not _g(s, m, kind, "y"):
                    if word == "May" and _MAY_VERB.match(s[m.end():m.end() + 8]):
                        continue
                mon = MONTHS[word.lower().rstrip(".")]
                ys = _g(s, m, kind, "y")
                y = int(ys) if ys else _named_year(s, m.end(), published) or _infer_year(mon, None, published, doc_year)
                if y is not None:
                    first, val = date(y, mon, 1), _month_end(y, mon)
            elif kind == "year":
                y = int(_g(s, m, kind, "y"))
                first, val = date(y, 1, 1), date(y, 12, 31)
            elif kind == "weekday":
                if published is not None:
                    wd = WEEKDAYS[_g(s, m, kind, "wd").lower()]
                    back = (published.weekday() - wd) % 7
                    if back == 0 and _LAST_BEFORE.search(s, max(0, m.start() - 6), m.start()):
                        back = 7   # "last Friday" in a Friday's paper: the week before
                    val = first = published - timedelta(days=back)
            elif kind == "rel":
                rel = _g(s, m, kind, "rel").lower()
                if published is not None:
                    if rel == "yesterday" or rel == "last night":
                        val = first = published - timedelta(days=1)
                    elif rel in ("today", "tonight", "this morning", "now", "this week", "this month", "this year"):
                        val = published
                        first = published
                    elif rel == "last month":
                        prev = published.replace(day=1) - timedelta(days=1)
                        first, val = prev.replace(day=1), prev
                    elif rel == "last week":
                        val = published - timedelta(days=published.weekday() + 1)
                        first = val - timedelta(days=6)
                    elif rel.endswith("weekend"):
                        # the last weekend that has begun: Saturday and Sunday (on a Saturday, so far)
                        val = published if published.weekday() == 5 else \
                            published - timedelta(days=(published.weekday() + 1) % 7)
                        first = val - timedelta(days=val.weekday() - 5)
                    elif rel == "last year":
                        first, val = date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
        except (ValueError, KeyError, OverflowError):
            continue
        if kind == "rel" and out and out[-1].kind in ("dmy", "mdy", "my") and \
                rel in ("last year", "this year") and not s[out[-1].end:m.start()].strip():
            # "February last year": one date (its year already read), not a second one for the year
            p = out[-1]
            out[-1] = TimeEx(p.start, m.end(), p.kind, p.value, p.first, s[p.start:m.end()])
            continue
        if kind == "year" and val is not None and first is not None and m.start() > 10:
            pm = _PART_OF_YEAR.search(s, max(0, m.start() - 40), m.start())
            if pm is not None:
                # "in the first five months of 2025", "the first half of 2024": the window ends early in the year
                n = _PART_MONTHS.get(pm.group(1).lower())
                if n is None and pm.group(1).isdigit():
                    n = int(pm.group(1))
                if n is not None and 1 <= n <= 12:
                    val = _month_end(first.year, n)
        out.append(TimeEx(m.start(), end, kind, val, first, s[m.start():end]))
    return out


_PART_OF_YEAR = re.compile(r"(?i)\bfirst\s+(half|quarter|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
                           r"(?:\s+months)?\s+of\s+$")
_PART_MONTHS = {"half": 6, "quarter": 3, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11}


# a cheap first look for the war's start day written out ("February 24", "24 Feb")
_WAR_DAY = re.compile(r"(?i)(?<!\d)0?" + str(WAR_START.day) + r"(?!\d)")


def _war_start_day(rx: re.Pattern, m: re.Match, kind: str) -> bool:
    try:
        mon = MONTHS[m.group(f"{kind}_m").lower().rstrip(".")]
        day = int(_NON_DIGIT.sub("", m.group(f"{kind}_d") or m.group(f"{kind}_d0")))
    except (KeyError, ValueError):
        return False
    return (mon, day) == (WAR_START.month, WAR_START.day) and not m.group(f"{kind}_y")


def doc_year_hint(text: str) -> int | None:
    """The year of a document without a date (used only when it has no publication date).

    The latest plausible year written in it; failing that, the war's first year when the
    text counts from the day the war started without naming a year ("between February 24
    and April 17"): later in the war that day is written with its year.
    """
    head = text[:200000]
    ys, ahead = [], []
    for m in _DOC_YEAR.finditer(head):
        # a deadline or forecast ("could lose two million men by 2028", "until 2030") is no date of the text's own
        (ahead if _YEAR_AHEAD.search(head, max(0, m.start() - 24), m.start()) else ys).append(int(m.group(1)))
    if ys or ahead:
        return max(ys or ahead)
    if _WAR_DAY.search(head) is None:
        return None
    for kind in ("mdy", "dmy"):
        if any(_war_start_day(_KIND_RE[kind], m, kind) for m in _KIND_RE[kind].finditer(head)):
            return WAR_START.year
    return None


__all__ = ["TimeEx", "find_times", "doc_year_hint", "WAR_START"]
