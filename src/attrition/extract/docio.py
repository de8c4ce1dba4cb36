"""Document readers for ``attrition extract``: text, Markdown, HTML and JSON Lines files.

Public API
----------
``leading_date(text) -> date | None``
    A publication date stated on one of the first lines of a plain-text file:
    a ``date YYYY-MM-DD`` line or a bare ``YYYYMMDD`` line.
``read_documents(path, published=None) -> (list[InputDocument], list[ReadError])``
    The documents of one file; problems come back as errors (``location``,
    ``message``), never as exceptions, so one bad file or line loses nothing else.
``expand_paths(paths) -> (list[Path], list[ReadError])``
    Files named on the command line, folders expanded to their readable files.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# How many leading non-empty lines may hold the date line (a title and a date,
# or a title, a date and the address).
_DATE_LINES = 4
_DATE_LINE = re.compile(r"^\W*date[:\s]+(\d{4}-\d{2}-\d{2})(?!\d)", re.IGNORECASE)
_COMPACT_DATE_LINE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)


@dataclass(slots=True)
class InputDocument:
    id: str
    text: str
    published: date | None
    location: str  # file, or file:line for JSON Lines


@dataclass(slots=True)
class ReadError:
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def leading_date(text: str) -> date | None:
    """The date of a ``date YYYY-MM-DD`` or ``YYYYMMDD`` line among the first lines, else None.

    Delegates to the ingest parser so the project has one reading of date lines."""
    from attrition.ingest.parse import leading_date as _leading

    found = _leading(text, _DATE_LINES)
    return found[0] if found else None


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (BOM dropped), else charset-normalizer's best guess.

    Raises ``ValueError`` for data that looks binary (NUL bytes) or has no plausible encoding.
    """
    if b"\x00" in data[:8192]:
        raise ValueError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot detect the text encoding")
    return str(best)


def strip_tags(html: str) -> str:
    """Crude fallback: markup removed, entities decoded, blank runs squeezed."""
    import html as _html

    text = _html.unescape(_TAG.sub(" ", html))
    return re.sub(r"[ \t]*\n\s*\n\s*", "\n\n", re.sub(r"[ \t\r\f\v]+", " ", text)).strip()


def html_text(html: str) -> str:
    """The main text of an HTML page (trafilatura), or the page stripped of tags."""
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    except Exception:  # noqa: BLE001 -- a parser failure falls back to tag stripping
        text = None
    return text if text and text.strip() else strip_tags(html)


def html_date(html: str) -> date | None:
    """The page's publication date from its metadata/markup (htmldate), if it states one."""
    from htmldate import find_date

    try:
        found = find_date(html, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 -- dating is best effort
        return None
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None


def _date_field(value: object) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' must be an ISO date string, got {value!r}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"'published' is not an ISO date: {value!r}") from None


def read_jsonl(path: Path, text: str, published: date | None = None) -> tuple[list[InputDocument], list[ReadError]]:
    """Documents of a JSON Lines file: ``{"id", "text", "published", ...}`` per line (extra keys ignored).

    A document's own ``published`` wins; ``published`` fills in documents that have none.
    """
    docs: list[InputDocument] = []
    errors: list[ReadError] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        loc = f"{path}:{n}"
        try:
            d = json.loads(line)
            if not isinstance(d, dict):
                raise ValueError("a line must be a JSON object")
            body = d.get("text")
            if not isinstance(body, str):
                raise ValueError("missing or non-string 'text'")
            pub = _date_field(d.get("published")) or published
            doc_id = d.get("id")
            docs.append(InputDocument(str(doc_id) if doc_id is not None else f"{path.name}:{n}", body, pub, loc))
        except json.JSONDecodeError as e:
            errors.append(ReadError(loc, f"not valid JSON ({e.msg}, column {e.colno})"))
        except ValueError as e:
            errors.append(ReadError(loc, str(e)))
    return docs, errors


def read_documents(path: str | Path, published: date | None = None) -> tuple[list[InputDocument], list[ReadError]]:
    """Read one file. ``published`` (the ``--published`` option) overrides a date the file states,
    except in JSON Lines, where each document's own date wins."""
    if str(path) == "-":  # standard input, read as plain text
        try:
            text = decode(sys.stdin.buffer.read())
        except ValueError as e:
            return [], [ReadError("<stdin>", str(e))]
        return [InputDocument("stdin", text, published or leading_date(text), "<stdin>")], []
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], [ReadError(str(path), "no such file")]
    except IsADirectoryError:
        return [], [ReadError(str(path), "is a folder")]
    except OSError as e:
        return [], [ReadError(str(path), f"cannot read ({e.strerror or e})")]
    try:
        text = decode(data)
    except ValueError as e:
        return [], [ReadError(str(path), str(e))]
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return read_jsonl(path, text, published)
    if suffix in HTML_SUFFIXES:
        return [InputDocument(path.stem, html_text(text), published or html_date(text), str(path))], []
    return [InputDocument(path.stem, text, published or leading_date(text), str(path))], []


def expand_paths(paths: list[str | Path]) -> tuple[list[Path], list[ReadError]]:
    """Files in the order given; a folder contributes its readable files (recursively, sorted)."""
    out: list[Path] = []
    errors: list[ReadError] = []
    for p in map(Path, paths):
        if str(p) == "-":
            out.append(p)
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                errors.append(ReadError(str(p), f"folder holds no {', '.join(SUFFIXES)} files"))
            out.extend(found)
        else:
            out.append(p)
    return out, errors


__all__ = ["InputDocument", "ReadError", "leading_date", "decode", "strip_tags", "html_text",
           "html_date", "read_jsonl", "read_documents", "expand_paths", "SUFFIXES"]
