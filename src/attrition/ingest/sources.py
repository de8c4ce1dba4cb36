"""Sources -> a stream of :class:`RawDoc` (or :class:`Skip` for what cannot be read).

A source is a file, a folder (walked recursively), a dump (``.jsonl``, ``.csv``, ``.parquet``) or
an ``http(s)`` URL of a page or an RSS/Atom feed. Everything streams: a dump is read record by
record, never loaded whole.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attrition.ingest.fetch import Fetcher
from attrition.ingest.parse import (InputError, RawDoc, decode_bytes, from_html, from_markdown,
                                    from_text, looks_binary, to_date)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MD_SUFFIXES = {".md", ".markdown"}
DUMP_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".parquet"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MD_SUFFIXES | DUMP_SUFFIXES

# Document fields a dump record can fill, and the column names tried when no --map is given.
FIELDS = ("text", "published", "url", "title", "outlet", "language", "id")
DEFAULT_COLUMNS = {"text": ("text", "body", "content"), "published": ("published", "date"),
                   "url": ("url", "link"), "title": ("title", "headline"), "outlet": ("outlet", "source"),
                   "language": ("language", "lang"), "id": ("id",)}


@dataclass
class Skip:
    location: str
    message: str


@dataclass
class Progressed:
    """Bytes of local input consumed (for progress bars)."""

    nbytes: int


Item = RawDoc | Skip | Progressed


def parse_mapping(spec: str | None) -> dict[str, str]:
    """``text=body,published=date`` -> {"text": "body", "published": "date"} (ValueError if malformed)."""
    out: dict[str, str] = {}
    if not spec:
        return out
    for part in spec.split(","):
        if not part.strip():
            continue
        key, sep, col = part.partition("=")
        key, col = key.strip(), col.strip()
        if not sep or not key or not col:
            raise ValueError(f"--map entries are FIELD=COLUMN, got {part!r}")
        if key not in FIELDS:
            raise ValueError(f"unknown field {key!r} in --map (fields: {', '.join(FIELDS)})")
        out[key] = col
    return out


def total_bytes(sources: list[str]) -> int:
    """Size of the local files the sources name (for a progress bar's total)."""
    total = 0
    for s in sources:
        if is_url(s):
            continue
        p = Path(s)
        try:
            if p.is_dir():
                total += sum(f.stat().st_size for f in _walk(p))
            elif p.is_file():
                total += p.stat().st_size
        except OSError:
            pass
    return total


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = Path(root, name)
            if not name.startswith(".") and p.suffix.lower() in KNOWN_SUFFIXES:
                yield p


class Reader:
    def __init__(self, mapping: dict[str, str] | None = None, fetcher: Fetcher | None = None):
        self.mapping = mapping or {}
        self._fetcher = fetcher

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher()
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    # ------------------------------------------------------------ dispatch
    def read(self, sources: list[str]) -> Iterator[Item]:
        for src in sources:
            if is_url(src):
                yield from self.read_url(src)
                continue
            p = Path(src)
            if p.is_dir():
                for f in _walk(p):
                    yield from self.read_file(f)
            elif p.exists():
                yield from self.read_file(p)
            else:
                yield Skip(src, "no such file, folder or URL")

    def read_file(self, path: Path) -> Iterator[Item]:
        suffix = path.suffix.lower()
        try:
            if suffix in (".jsonl", ".ndjson"):
                yield from self.read_jsonl(path)
            elif suffix == ".csv":
                yield from self.read_csv(path)
            elif suffix == ".parquet":
                yield from self.read_parquet(path)
            else:
                yield from self.read_document(path)
        except OSError as e:
            yield Skip(str(path), f"cannot read: {e.strerror or e}")

    # ------------------------------------------------------------ single documents
    def read_document(self, path: Path) -> Iterator[Item]:
        loc = str(path)
        data = path.read_bytes()
        yield Progressed(len(data))
        if not data.strip():
            yield Skip(loc, "empty file")
            return
        if looks_binary(data):
            yield Skip(loc, "binary file (not text)")
            return
        try:
            text = decode_bytes(data)
            suffix = path.suffix.lower()
            if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES | MD_SUFFIXES and _is_html(text)):
                doc = from_html(text, loc)
            elif suffix in MD_SUFFIXES:
                doc = from_markdown(text, loc)
            else:
                doc = from_text(text, loc)
        except InputError as e:
            yield Skip(loc, str(e))
            return
        doc.meta = {"path": str(path)}
        yield doc

    # ------------------------------------------------------------ dumps
    def _column(self, field: str, columns) -> str | None:
        if field in self.mapping:
            return self.mapping[field] if self.mapping[field] in columns else None
        return next((c for c in DEFAULT_COLUMNS[field] if c in columns), None)

    def _record(self, rec: dict[str, Any], loc: str, cols: dict[str, str | None]) -> Item:
        def get(f):
            c = cols.get(f)
            v = rec.get(c) if c else None
            return None if v is None or (isinstance(v, float) and v != v) else v

        text = get("text")
        if not isinstance(text, str) or not text.strip():
            col = cols.get("text") or self.mapping.get("text", "text")
            return Skip(loc, f"no text (column {col!r} missing or empty)")
        kw: dict[str, Any] = {}
        for f in ("url", "title", "outlet", "language"):
            v = get(f)
            if v is not None and str(v).strip():
                kw[f] = str(v).strip()
        raw_id = get("id")
        if raw_id is not None and str(raw_id).strip():
            kw["doc_id"] = str(raw_id).strip()[:64]
        pub = get("published")
        if pub is not None:
            d = to_date(pub)
            if d:
                kw["published"], kw["published_source"] = d, "given"
        return from_text(text, loc, **kw)

    def read_jsonl(self, path: Path) -> Iterator[Item]:
        cols_cache: dict[frozenset, dict] = {}
        with open(path, "rb") as f:
            for lineno, line in enumerate(f, 1):
                yield Progressed(len(line))
                if not line.strip():
                    continue
                loc = f"{path}:{lineno}"
                try:
                    rec = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as e:
                    yield Skip(loc, f"malformed JSON: {e}")
                    continue
                if not isinstance(rec, dict):
                    yield Skip(loc, f"a JSON object was expected, got {type(rec).__name__}")
                    continue
                key = frozenset(rec)
                cols = cols_cache.get(key)
                if cols is None:
                    cols = cols_cache.setdefault(key, {f: self._column(f, rec) for f in FIELDS})
                    if len(cols_cache) > 64:
                        cols_cache.clear()
                yield self._record(rec, loc, cols)

    def read_csv(self, path: Path) -> Iterator[Item]:
        with open(path, "rb") as fb:
            sample = fb.read(1 << 16)
        try:
            sample.decode("utf-8")
            encoding = "utf-8-sig"
        except UnicodeDecodeError as e:
            encoding = "utf-8-sig" if e.start > len(sample) - 4 else None
            if encoding is None:
                from charset_normalizer import from_bytes

                best = from_bytes(sample).best()
                if best is None:
                    yield Skip(str(path), "binary or undecodable CSV")
                    return
                encoding = best.encoding
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        with open(path, newline="", encoding=encoding, errors="replace") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            cols = {fld: self._column(fld, header) for fld in FIELDS}
            if cols["text"] is None:
                want = self.mapping.get("text") or "/".join(DEFAULT_COLUMNS["text"])
                yield Skip(str(path), f"missing column {want!r} for the text (columns: {', '.join(header)})")
                return
            for rec in reader:
                # line_num counts physical lines (a quoted field may span several): the record's last
                loc = f"{path}:{reader.line_num}"
                yield Progressed(sum(len(v) for v in rec.values() if isinstance(v, str)) + len(rec))
                if None in rec:
                    yield Skip(loc, "more fields than the header has")
                    continue
                yield self._record(rec, loc, cols)

    def read_parquet(self, path: Path) -> Iterator[Item]:
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(path)
        except Exception as e:  # pyarrow raises several types for broken files
            yield Skip(str(path), f"not a readable Parquet file: {e}")
            return
        names = pf.schema_arrow.names
        cols = {fld: self._column(fld, names) for fld in FIELDS}
        if cols["text"] is None:
            want = self.mapping.get("text") or "/".join(DEFAULT_COLUMNS["text"])
            yield Skip(str(path), f"missing column {want!r} for the text (columns: {', '.join(names)})")
            return
        wanted = sorted({c for c in cols.values() if c})
        per_row = max(1, path.stat().st_size // max(1, pf.metadata.num_rows))
        row = 0
        for batch in pf.iter_batches(batch_size=512, columns=wanted):
            for rec in batch.to_pylist():
                row += 1
                yield self._record(rec, f"{path}:row {row}", cols)
                yield Progressed(per_row)

    # ------------------------------------------------------------ the web
    def read_url(self, url: str) -> Iterator[Item]:
        try:
            page = self.fetcher.get(url)
        except InputError as e:
            yield Skip(url, str(e))
            return
        if _is_feed(page.content, page.content_type):
            yield from self.read_feed(url, page.content)
            return
        try:
            yield self._page(page.url, page.content)
        except InputError as e:
            yield Skip(url, str(e))

    def _page(self, url: str, content: bytes) -> RawDoc:
        if looks_binary(content):
            raise InputError("binary content (not a web page)")
        text = decode_bytes(content)
        doc = from_html(text, url, url=url) if _is_html(text) else from_text(text, url, url=url)
        doc.meta = {"fetched": url}
        return doc

    def read_feed(self, feed_url: str, content: bytes) -> Iterator[Item]:
        import feedparser

        feed = feedparser.parse(content)
        if feed.bozo and not feed.entries:
            yield Skip(feed_url, f"malformed feed: {feed.get('bozo_exception')}")
            return
        for i, e in enumerate(feed.entries, 1):
            link = e.get("link")
            loc = link or f"{feed_url}#entry{i}"
            published = _entry_date(e)
            doc: RawDoc | None = None
            reason = None
            if link:
                try:
                    page = self.fetcher.get(link)
                    doc = self._page(page.url, page.content)
                except InputError as err:
                    reason = str(err)
            if doc is None:
                body = _entry_body(e)
                if not body:
                    yield Skip(loc, f"page unavailable ({reason or 'no link'}) and the entry has no content")
                    continue
                doc = from_text(_fragment_text(body), loc, url=link)  # an entry's body is an HTML fragment
                doc.meta = {"feed": feed_url, "from": "feed entry", "page_error": reason}
            else:
                doc.meta = {"feed": feed_url, "fetched": link}
            if e.get("title") and not doc.title:
                doc.title = e.get("title")
            if published and doc.published_source not in ("htmldate", "date-line", "yyyymmdd-line"):
                doc.published, doc.published_source = published, "feed"
            yield doc


def _is_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or "<p>" in head or "<div" in head


def _is_feed(content: bytes, content_type: str) -> bool:
    ct = content_type.lower()
    if any(t in ct for t in ("rss", "atom")):
        return True
    head = content[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) \
        or head.startswith((b"<rss", b"<feed"))


def _entry_date(e) -> Any:
    import datetime as _dt

    for k in ("published_parsed", "updated_parsed"):
        t = e.get(k)
        if t:
            return _dt.date(t.tm_year, t.tm_mon, t.tm_mday)
    return None


def _entry_body(e) -> str | None:
    for c in e.get("content") or []:
        if c.get("value"):
            return c["value"]
    return e.get("summary") or None


def _fragment_text(html: str) -> str:
    """Text of an HTML fragment: block ends become line breaks, tags go, entities are decoded."""
    import re
    from html import unescape

    html = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\s*/?>", "\n", html)
    text = unescape(re.sub(r"<[^>]+>", "", html))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


__all__ = ["Reader", "Skip", "Progressed", "parse_mapping", "total_bytes", "is_url", "FIELDS"]
