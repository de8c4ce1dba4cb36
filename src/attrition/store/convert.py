"""Claim <-> ClaimRow converters (the claim contract, field for field, plus offsets and version)."""
from __future__ import annotations

from typing import Any

from attrition.model import CONTRACT_FIELDS, Claim
from attrition.store.models import ClaimRow

_ROW_FIELDS = CONTRACT_FIELDS + ("start", "end")


def claim_values(claim: Claim, doc_id: str, version: str) -> dict[str, Any]:
    """The column values of ``claim``'s row (for bulk inserts)."""
    d = {k: getattr(claim, k) for k in _ROW_FIELDS}
    d["value"] = float(claim.value)
    d["value_max"] = None if claim.value_max is None else float(claim.value_max)
    d["text"] = claim.text or ""
    d["doc_id"] = doc_id
    d["extractor_version"] = version
    return d


def claim_row_from(claim: Claim, doc_id: str, version: str) -> ClaimRow:
    return ClaimRow(**claim_values(claim, doc_id, version))


def claim_from_row(row: ClaimRow) -> Claim:
    kw = {k: getattr(row, k) for k in _ROW_FIELDS}
    for k in ("value", "value_max"):
        v = kw[k]
        if isinstance(v, float) and v.is_integer():
            kw[k] = int(v)
    return Claim(**kw)
