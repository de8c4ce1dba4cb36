"""From raw bytes to document fields: decoding, HTML main text, dates, URLs, outlets."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml


class InputError(Exception):
    """A source item that cannot be ingested (reported with its location, then skipped)."""


@dataclass
class RawDoc:
    """One document as found, before it is stored."""

    text: str
    location: str  # file[:line] or URL: where it came from (also used in error messages)
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: date | None = None
    published_source: str | None = None  # given | htmldate | date-line | yyyymmdd-line | front-matter | url | feed
    doc_id: str | None = None
    meta: dict[str, Any] | None = field(default=None)


# ---------------------------------------------------------------- decoding

def decode_bytes(data: bytes) -> str:
    """Text of ``data``: UTF-8 when it is, else the encoding charset-normalizer detects."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None or (b"\x00" in data[:8192] and best.encoding not in ("utf_16", "utf_32")):
        raise InputError("binary or undecodable content (no text encoding fits)")
    # Several single-byte code pages often fit equally well: prefer the common Western ones.
    ties = [m for m in results if m.chaos == best.chaos and m.coherence == best.coherence]
    for enc in _PREFERRED:
        for m in ties:
            if m.encoding == enc:
                return str(m)
    return str(best)


_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r")


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


# ---------------------------------------------------------------- dates

_DATE_LINE = re.compile(r"^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b", re.I)
_YMD_LINE = re.compile(r"^\s*((?:19|20)\d{6})\s*$")
_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$")
_URL_DATE = (
    re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"),
)
HEAD_LINES = 5  # how many leading non-empty lines may carry a date or URL


def to_date(value: Any) -> date | None:
    """A date from a date, datetime, pandas Timestamp or an ISO-like string; None when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas / pyarrow timestamps
        try:
            return value.to_pydatetime().date()
        except (ValueError, AttributeError):
            return None
    s = str(value).strip()
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", s)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def head_lines(text: str, n: int = HEAD_LINES) -> list[str]:
    out = []
    for line in text[:4000].splitlines():
        if line.strip():
            out.append(line)
            if len(out) >= n:
                break
    return out


def leading_date(text: str, lines: int = HEAD_LINES) -> tuple[date, str] | None:
    """A date stated on one of the first ``lines`` lines: ``date YYYY-MM-DD ...`` or a ``YYYYMMDD`` line."""
    for line in head_lines(text, lines):
        m = _DATE_LINE.match(line)
        if m and (d := to_date(m[1])):
            return d, "date-line"
        m = _YMD_LINE.match(line)
        if m and (d := to_date(m[1])):
            return d, "yyyymmdd-line"
    return None


def leading_url(text: str) -> str | None:
    for line in head_lines(text):
        m = _URL_LINE.match(line)
        if m:
            return m[1]
    return None


def url_date(url: str | None) -> date | None:
    """A date in the URL path (``/2022/03/05/``, ``/2022-03-05-...``, ``/20220305/``)."""
    if not url:
        return None
    path = urlsplit(url).path
    for rx in _URL_DATE:
        m = rx.search(path)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def guess_title(text: str) -> str | None:
    """The first line that is neither a date line nor a URL, when it is short enough to be a title."""
    for line in head_lines(text):
        s = line.strip()
        if _URL_LINE.match(s) or _YMD_LINE.match(s):
            continue
        if _DATE_LINE.match(s):
            s = _DATE_LINE.sub("", s).strip(" <!–-")
            if not s:
                continue
        return s if len(s) <= 250 else None
    return None


# ---------------------------------------------------------------- URLs

_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ocid$|ref$|cmpid$|smid$)", re.I)


def canonical_url(url: str | None) -> str | None:
    """Normalised URL: lower-case scheme and host, no default port, fragment or tracking parameters."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return url.strip()
    host = parts.hostname.lower()
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or
                           (parts.scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit(("https" if parts.scheme == "https" else "http", host, path, query, ""))


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


# ---------------------------------------------------------------- hashing

def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace runs collapsed (re-wrapped copies hash alike)."""
    # str.split() and re's \s agree on what whitespace is: the same as collapsing \s+ runs and stripping
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def short_id(key: str, prefix: str = "d") -> str:
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- documents

def finish(doc: RawDoc) -> RawDoc:
    """Fill what the text and URL tell: URL line, date (line, URL), title, outlet."""
    if not doc.url:
        doc.url = leading_url(doc.text)
    if doc.published is None:
        found = leading_date(doc.text)
        if found:
            doc.published, doc.published_source = found
        elif (d := url_date(doc.url)):
            doc.published, doc.published_source = d, "url"
    if doc.title is None:
        doc.title = guess_title(doc.text)
    if doc.outlet is None:
        doc.outlet = outlet_from_url(doc.url)
    return doc


def from_text(text: str, location: str, **kw) -> RawDoc:
    return finish(RawDoc(text=text, location=location, **kw))


_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def from_markdown(text: str, location: str) -> RawDoc:
    """Markdown; a YAML front matter block may give ``title``, ``date``, ``url``, ``outlet``."""
    kw: dict[str, Any] = {}
    m = _FRONT.match(text)
    if m:
        try:
            fm = yaml.safe_load(m[1])
        except yaml.YAMLError:
            fm = None
        if isinstance(fm, dict):
            kw["title"] = str(fm["title"]) if fm.get("title") else None
            kw["url"] = str(fm["url"]) if fm.get("url") else None
            kw["outlet"] = str(fm["outlet"]) if fm.get("outlet") else None
            d = to_date(fm.get("date") or fm.get("published"))
            if d:
                kw["published"], kw["published_source"] = d, "front-matter"
    return from_text(text, location, **{k: v for k, v in kw.items() if v is not None})


def from_html(html: str, location: str, url: str | None = None) -> RawDoc:
    """Main text (trafilatura) and publication date (htmldate) of an HTML page."""
    import trafilatura
    from htmldate import find_date

    ext = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True)
    text = getattr(ext, "text", None) if ext is not None else None
    if not text or not text.strip():
        raise InputError("no main text found in the HTML")
    page_url = getattr(ext, "url", None) or url
    published, how = None, None
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=False)
    except Exception:  # htmldate is defensive, but a broken page must not stop a run
        found = None
    if found and (d := to_date(found)):
        published, how = d, "htmldate"
    doc = RawDoc(text=text, location=location, url=page_url, title=getattr(ext, "title", None) or None,
                 language=getattr(ext, "language", None) or None, published=published,
                 published_source=how)
    return finish(doc)
