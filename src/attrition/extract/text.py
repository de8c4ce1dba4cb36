"""Segmentation with offsets: paragraphs -> lines -> sentences.

A *segment* is a sentence, or a whole line when the line is a headline, caption or
other standalone fragment. Offsets always index the original document text.
"""
from __future__ import annotations

from attrition.extract import _rx as re
from dataclasses import dataclass

# Line continuation: a hard-wrapped line ending in a function word or a comma goes on.
_CONT_END = re.compile(
    r"(?:,|\b(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|that|which|who|has|have|had|"
    r"been|was|were|is|are|be|its|their|his|her|as|than|into|over|since|including|about|some|"
    r"more|nearly|almost|around|least|said|says|also|this|these|those|after|before|while))\s*$",
    re.IGNORECASE,
)
_ABBR = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|Jr|Sr|No|Nos|vs|etc|approx|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|e\.g|i\.e|Col\.-Gen|Lt\.-Gen|"
    r"Maj\.-Gen|Adm|Brig|Cpl|Pvt|Inc|Ltd|Co|Corp|Ave|Mt|a\.m|p\.m)\.|\b[A-Z]\.)$"
)
# (written to start with a character class, so the engine skips ahead to sentence punctuation)
_SENT_END = re.compile(r"[.!?…](?:[.!?…]*[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9А-ЯЁІЇЄ])|(?<=[.!?])\[\d{1,3}\](?=\s*[A-Z]))")
_CLOSERS = "\"”’'»)]"
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_LINE = re.compile(r"[^\n]+")
# a list item line: "tanks - 285,", "personnel – about 250,450 (+520) persons were liquidated,"
LIST_ITEM_LINE = re.compile(r"\s*[•·▪●◦‣*\-–—]?\s*[A-Za-z][\w /()’'\-]{1,60}?\s[-–—‒:]\s*(?:about\s+|approximately\s+|"
                        r"more\s+than\s+|over\s+|up\s+to\s+|~)?\d")


# a line that is only a date and/or a time ("04.08.2024 09:12", "2024-08-04", "12:31", "4 August 2024, 09:12")
_DATE_LINE = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
                        r"(?:[,\s|]+(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|AM|PM|UTC|GMT|CET|EET|MSK|EEST|CEST))?|"
                        r"\d{1,2}[./]\d{1,2}[./]\d{2,4}))*\s*$")


def _terminal(line: str) -> bool:
    """Does ``line`` end a sentence (``[.!?:;…]``, then closing quotes or brackets, then spaces)?"""
    return line.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?", ":", ";", "…"))


def _continues(prev: str) -> bool:
    """``_CONT_END.search(prev)`` for a right-stripped line (only its last words can match)."""
    return _CONT_END.search(prev, max(0, len(prev) - 12)) is not None


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    para: int            # paragraph index (blank-line separated)
    line_alone: bool     # the whole line (headline, caption, list item) without final punctuation
    first_in_para: bool


def _paragraphs(text: str):
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


_NUMBER_ITEM_LINE = re.compile(r"\d[\d,.\u00a0 ]*\+?\s*[–—]\s+\S")


def _lines(text: str, s: int, e: int):
    """Logical lines of a paragraph: hard-wrapped continuations are joined."""
    out = []
    cur_s = None
    cur_e = None
    for m in _LINE.finditer(text, s, e):   # (no anchors or look-arounds: the same lines as in text[s:e])
        ls, le = m.span()
        body = text[ls:le].strip()
        if not body:
            continue
        if cur_s is None:
            cur_s, cur_e = ls, le
            continue
        prev = text[max(cur_s, cur_e - 300):cur_e].rstrip()   # (only its end matters: no quadratic re-slicing)
        if prev.endswith(",") and LIST_ITEM_LINE.match(body) and LIST_ITEM_LINE.match(text, cur_s, cur_e):
            # "personnel - more than 11,000 people,\ntanks - 285,": a list's items, each its own line
            out.append((cur_s, cur_e))
            cur_s, cur_e = ls, le
            continue
        if _continues(prev) or ((body[:1].islower() or (body[:1].isdigit() and not _DATE_LINE.match(body)
                                                          and not _NUMBER_ITEM_LINE.match(body)))
                                and not _terminal(prev)):
            # (an "in numbers" line, "29,392 – civilians injured", is an item of its own)
            # (a date or time line under a headline is a line of its own: "... – General Staff\n04.08.2024 09:12")
            cur_e = le
        else:
            out.append((cur_s, cur_e))
            cur_s, cur_e = ls, le
    if cur_s is not None:
        out.append((cur_s, cur_e))
    return out


def segments(text: str) -> list[Segment]:
    """Split ``text`` into sentence / line segments (offsets into ``text``)."""
    out: list[Segment] = []
    for pi, (ps, pe) in enumerate(_paragraphs(text)):
        first = True
        for ls, le in _lines(text, ps, pe):
            # trim
            while ls < le and text[ls].isspace():
                ls += 1
            while le > ls and text[le - 1].isspace():
                le -= 1
            if ls >= le:
                continue
            line = text[ls:le]
            alone = not _terminal(line) and len(line) < 250
            starts = [ls]
            for m in _SENT_END.finditer(line):
                cut = ls + m.end()
                head = text[max(ls, cut - 12):cut]
                if _ABBR.search(head.rstrip("\"”’'»)]")):
                    continue
                starts.append(cut)
            starts.append(le)
            pieces = []
            for a, b in zip(starts, starts[1:]):
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if a < b:
                    pieces.append((a, b))
            for a, b in pieces:
                out.append(Segment(a, b, pi, alone and len(pieces) == 1, first))
                first = False
    return out


__all__ = ["Segment", "segments"]
