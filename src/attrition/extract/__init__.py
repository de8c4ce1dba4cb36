"""Extraction: text (+ publication date) -> loss claims. Public entry point: :func:`extract`.

Provisional crude version (to be replaced by the rule pipeline).
"""
from __future__ import annotations

import re
from datetime import date

from attrition.model import Claim

EXTRACTOR_VERSION = "0.0.1"

_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,.]\d)")
_CATS = [
    ("personnel", re.compile(r"^\W*(?:\w+\s+){0,2}?(soldiers|troops|servicemen|personnel|men|invaders|occupiers)\b", re.I)),
    ("civilians", re.compile(r"^\W*(?:\w+\s+){0,2}?(civilians|children)\b", re.I)),
    ("tanks", re.compile(r"^\W*(?:\w+\s+){0,2}?(tanks)\b", re.I)),
    ("aircraft", re.compile(r"^\W*(?:\w+\s+){0,2}?(aircraft|planes|jets)\b", re.I)),
    ("helicopters", re.compile(r"^\W*(?:\w+\s+){0,2}?(helicopters)\b", re.I)),
]


def extract(text: str, published: date | str | None = None) -> list[Claim]:
    """Return every numeric loss claim in ``text``; a pure, deterministic function."""
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            published = None
    out = []
    for m in _NUM.finditer(text or ""):
        rest = text[m.end():m.end() + 60]
        for cat, rx in _CATS:
            if rx.match(rest):
                ls = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                le = text.find(".", m.end())
                le = len(text) if le < 0 else le + 1
                out.append(Claim(value=int(m.group(1).replace(",", "")), category=cat,
                                 outcome="killed" if cat in ("personnel", "civilians") else "destroyed",
                                 as_of=published, text=text[ls:le].strip(), start=m.start(), end=m.end()))
                break
    return out
