"""The claim record: the contract of ../shared/gold/GUIDELINES.md, field for field."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

QUALIFIERS = ("exact", "approximately", "more_than", "at_least", "almost", "up_to", "less_than")
PERIODS = ("cumulative", "interval", "rate")
RATE_UNITS = ("day", "week", "month", "year")
SCOPES = ("total", "partial")
OUTCOMES = ("killed", "wounded", "casualties", "captured", "missing", "destroyed", "damaged", "abandoned", "lost")
CLAIMANTS = ("ukraine_gov", "russia_gov", "oryx", "uk_gov", "us_gov", "un", "other", "unattributed")
CATEGORIES = (
    "personnel", "civilians", "tanks", "armoured_vehicles", "artillery", "mlrs", "air_defense",
    "aircraft", "helicopters", "drones", "ships", "submarines", "vehicles", "fuel_tanks",
    "cruise_missiles", "special_equipment", "equipment", "other",
)

# Contract fields in the order the gold files write them.
CONTRACT_FIELDS = (
    "value", "value_max", "qualifier", "side", "category", "outcome", "period", "rate_unit",
    "as_of", "claimant", "claimant_name", "scope", "text",
)


def _num(x: float | int | None) -> float | int | None:
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


@dataclass(slots=True)
class Claim:
    """One numeric loss claim. ``start``/``end`` are offsets of the number in the document text."""

    value: float | int
    value_max: float | int | None = None
    qualifier: str = "exact"
    side: str = "russia"
    category: str = "personnel"
    outcome: str = "lost"
    period: str = "cumulative"
    rate_unit: str | None = None
    as_of: date | None = None
    claimant: str = "unattributed"
    claimant_name: str | None = None
    scope: str = "total"
    text: str = ""
    start: int = 0
    end: int = 0

    def to_dict(self, offsets: bool = True) -> dict[str, Any]:
        """The contract's JSON object (plus ``start``/``end`` when ``offsets``)."""
        d = {k: getattr(self, k) for k in CONTRACT_FIELDS}
        d["value"] = _num(self.value)
        d["value_max"] = _num(self.value_max)
        d["as_of"] = self.as_of.isoformat() if self.as_of else None
        if offsets:
            d["start"], d["end"] = self.start, self.end
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Claim":
        names = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in names}
        if isinstance(kw.get("as_of"), str):
            kw["as_of"] = date.fromisoformat(kw["as_of"][:10])
        return cls(**kw)

    def key(self) -> tuple:
        """The core key the scorer matches on."""
        return (self.side, self.category, _num(self.value), _num(self.value_max), self.period)


__all__ = ["Claim", "CONTRACT_FIELDS", "QUALIFIERS", "PERIODS", "RATE_UNITS", "SCOPES", "OUTCOMES",
           "CLAIMANTS", "CATEGORIES", "asdict"]
