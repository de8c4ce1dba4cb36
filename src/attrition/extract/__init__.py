"""Extraction: text (+ publication date) -> loss claims. Public entry point: :func:`extract`."""
from __future__ import annotations

from datetime import date

from attrition.model import Claim

EXTRACTOR_VERSION = "0.0.0"


def extract(text: str, published: date | str | None = None) -> list[Claim]:
    """Return every numeric loss claim in ``text``; a pure, deterministic function."""
    raise NotImplementedError("extractor under construction")
