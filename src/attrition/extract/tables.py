"""Text tables: pipe- or tab-separated rows of loss figures under a header row.

``find_tables(text)`` returns the tables of a document (offsets into ``text``); the rules in
``core`` read each cell as one figure, the row's label naming the category and the column's header
the window (a running total, the past day, a month, a year) or the side ("Russia | Ukraine").

    Category | Total since 24.02.2022 | Past 24 hours | December 2025
    --- | --- | --- | ---
    Tanks | 11,502 | 3 | 97

A table needs at least two rows whose first cell is a label (no digit) and whose other cells hold
bare numbers; prose indented with tabs, or one tally line with pipes between its items, is none.
"""
from __future__ import annotations

from dataclasses import dataclass

from attrition.extract import _rx as re
from attrition.extract.numbers import find_numbers

_CELL_SEP = re.compile(r"\||\t+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MAX_ROW = 400   # characters: longer lines are no table rows
_MAX_ROWS = 300  # rows: a longer block is cut into tables of this size
_DIGIT = re.compile(r"\d")
_RULE_CELL = re.compile(r":?-{2,}:?|=+")
_BARE_NUMBER = re.compile(r"[~≈]?\s*\d[\d,.\u00a0\u2009\u202f ]*")
_PERCENT_CELL = re.compile(r"[+\-−–]?\s*\d+(?:[.,]\d+)?\s*%")   # a column of changes ("-14%", "+5%")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int   # offsets of the cell's text in the document
    end: int


@dataclass(frozen=True, slots=True)
class Row:
    start: int   # the line
    end: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Table:
    start: int                 # from the header row (or the first row) to the end of the last row
    end: int
    header: tuple[Cell, ...]   # empty when the table has none
    rows: tuple[Row, ...]


def _cells(text: str, a: int, b: int) -> list[Cell]:
    """The cells of line ``text[a:b]`` (outer pipes and indentation dropped)."""
    line = text[a:b]
    parts: list[tuple[int, int]] = []
    pos = 0
    for m in _CELL_SEP.finditer(line):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(line)))
    out: list[Cell] = []
    for k, (p, q) in enumerate(parts):
        raw = line[p:q]
        body = raw.strip()
        if not body and (k == 0 or k == len(parts) - 1):
            continue   # an outer pipe, indentation, a trailing tab
        off = p + len(raw) - len(raw.lstrip())
        out.append(Cell(body, a + off, a + off + len(body)))
    return out


def _is_data_row(cells: list[Cell]) -> bool:
    if len(cells) < 2 or not cells[0].text or any(ch.isdigit() for ch in cells[0].text):
        return False
    return any(_BARE_NUMBER.fullmatch(c.text) for c in cells[1:]) and \
        all(not c.text or _BARE_NUMBER.fullmatch(c.text) or _PERCENT_CELL.fullmatch(c.text)
            or c.text in ("-", "–", "—", "n/a") for c in cells[1:])


# "Tanks: Russia 1,860 | Ukraine 460": a label, then each side's figure, one side per cell
_SIDE_PAIR_ROW = re.compile(r"\s*(?:[•·▪●◦‣*\-–—]\s*)?(?P<label>[A-Za-z][^:|\d\n]{1,60}?)\s*:\s*"
                            r"(?P<a>[A-Z][\w’'\-]+)\s+(?P<na>[~≈]?\s*\d[\d,.\u00a0\u2009\u202f]*)\s*\|\s*"
                            r"(?P<b>[A-Z][\w’'\-]+)\s+(?P<nb>[~≈]?\s*\d[\d,.\u00a0\u2009\u202f]*)\s*")


def _side_pair_table(text: str, block) -> "Table | None":
    """Lines of "Label: SideA N | SideB M" (two or more, the same two names) as a table with the names as its header."""
    rows: list[Row] = []
    names = None
    for la, lb, _cs in block:
        m = _SIDE_PAIR_ROW.fullmatch(text, la, lb)
        if m is None:
            if rows:
                break
            continue
        if names is None:
            names = (m.group("a"), m.group("b"), m.start("a"), m.end("a"), m.start("b"), m.end("b"))
        elif (m.group("a"), m.group("b")) != names[:2]:
            break
        na, nb = m.group("na").rstrip(" ,."), m.group("nb").rstrip(" ,.")
        rows.append(Row(la, lb, (Cell(m.group("label"), m.start("label"), m.end("label")),
                                 Cell(na, m.start("na"), m.start("na") + len(na)),
                                 Cell(nb, m.start("nb"), m.start("nb") + len(nb)))))
    if len(rows) < 2 or names is None:
        return None
    header = (Cell("", rows[0].start, rows[0].start), Cell(names[0], names[2], names[3]), Cell(names[1], names[4], names[5]))
    return Table(rows[0].start, rows[-1].end, header, tuple(rows))


def find_tables(text: str) -> list[Table]:
    """The pipe- or tab-separated tables of ``text``, top to bottom."""
    if "|" not in text and "\t" not in text:
        return []
    lines: list[tuple[int, int]] = []
    pos = 0
    for part in text.split("\n"):
        lines.append((pos, pos + len(part)))
        pos += len(part) + 1
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if b - a > _MAX_ROW:
            i += 1
            continue   # (no table row is that long: a line of prose, or garbage)
        seg = text[a:b]
        if "|" not in seg and "\t" not in seg.strip():
            i += 1
            continue
        # a block of consecutive lines with cell separators
        j = i
        block: list[tuple[int, int, list[Cell]]] = []
        while j < len(lines) and j - i < _MAX_ROWS:
            la, lb = lines[j]
            lt = text[la:lb]
            if lb - la > _MAX_ROW or not lt.strip() or ("|" not in lt and "\t" not in lt.strip()):
                break
            # (only the first line, a header, may hold no digit)
            block.append((la, lb, _cells(text, la, lb) if j == i or _DIGIT.search(lt) else []))
            j += 1
        i = max(j, i + 1)
        paired = _side_pair_table(text, block)
        if paired is not None:
            tables.append(paired)
            continue
        first = block[0]
        # a header of years ("Category | 2023 | 2024") looks like a row of numbers
        year_head = len(first[2]) >= 2 and all(_YEAR.fullmatch(c.text) for c in first[2][1:])
        rows = [Row(la, lb, tuple(cs)) for k, (la, lb, cs) in enumerate(block)
                if _is_data_row(cs) and not (k == 0 and year_head)]
        if len(rows) < 2:
            continue
        header: tuple[Cell, ...] = ()
        if (year_head or not _is_data_row(first[2])) and \
                not all(_RULE_CELL.fullmatch(c.text) or not c.text for c in first[2]) \
                and len(first[2]) >= len(rows[0].cells):
            header = tuple(first[2])
        start = block[0][0] if header else rows[0].start
        tables.append(Table(start, rows[-1].end, header, tuple(rows)))
    return tables


def cell_number(text: str, cell: Cell):
    """The one number a cell holds (a :class:`NumberMention` with document offsets), or None."""
    nums = find_numbers(cell.text)
    if len(nums) != 1:
        return None
    n = nums[0]
    return type(n)(n.value, n.value_max, cell.start + n.start, cell.start + n.end, n.words, n.signed)


__all__ = ["Cell", "Row", "Table", "find_tables", "cell_number"]
