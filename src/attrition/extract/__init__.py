"""Extraction: text (+ publication date) -> loss claims. Public entry point: :func:`extract`.

A small rule pipeline (no parser, no network, no mutable global state):

- :mod:`attrition.extract.text`        sentence / headline segmentation with offsets
- :mod:`attrition.extract.numbers`     numbers, number words, multipliers, ranges (``parse_number``)
- :mod:`attrition.extract.timex`       dates, weekdays, relative days, windows
- :mod:`attrition.extract.attribution` claimants ("according to", "X said", carried sources)
- :mod:`attrition.extract.core`        assembly of claims from the rules above
- :mod:`attrition.extract.vocab`       the YAML vocabularies under ``extract/data``
"""
from __future__ import annotations

from datetime import date

from attrition.model import Claim

EXTRACTOR_VERSION = "0.19.0"


def extract(text: str, published: date | str | None = None) -> list[Claim]:
    """Return every numeric loss claim in ``text`` (see ../shared/gold/GUIDELINES.md).

    ``published`` (a date or an ISO string) resolves relative dates; claims come in
    document order, repeated identical claims once. Pure and deterministic.
    """
    from attrition.extract.core import extract_claims

    return extract_claims(text, published)


__all__ = ["extract", "EXTRACTOR_VERSION", "Claim"]
