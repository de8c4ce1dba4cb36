"""Polite HTTP fetching: time-outs, a size limit, a User-Agent that says who we are."""
from __future__ import annotations

from dataclasses import dataclass

import httpx

from attrition import __version__
from attrition.ingest.parse import InputError

USER_AGENT = f"attrition/{__version__} (news loss-claim ledger; +https://github.com/attrition)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass
class Fetched:
    url: str  # final URL, after redirects
    content: bytes
    content_type: str


class Fetcher:
    def __init__(self, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES):
        self.max_bytes = max_bytes
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), follow_redirects=True,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,"
                     "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"})

    def get(self, url: str) -> Fetched:
        """The body of ``url``; :class:`InputError` on HTTP errors, time-outs and oversized bodies."""
        try:
            with self.client.stream("GET", url) as r:
                if r.status_code >= 400:
                    raise InputError(f"HTTP {r.status_code} {r.reason_phrase}".strip())
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputError(f"body of {int(declared)} bytes is over the limit of {self.max_bytes}")
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise InputError(f"body over the limit of {self.max_bytes} bytes")
                    chunks.append(chunk)
                return Fetched(str(r.url), b"".join(chunks), r.headers.get("content-type", ""))
        except httpx.TimeoutException:
            raise InputError("timed out") from None
        except httpx.HTTPError as e:
            raise InputError(f"fetch failed: {e.__class__.__name__}: {e}") from None

    def close(self) -> None:
        self.client.close()
