"""Reference series in the ledger: General Staff daily tallies and Oryx visually-confirmed totals.

Public API: :func:`load_file` (a local copy), :func:`pull` (the public addresses, cached),
:func:`series_values` (one series as ``{date: value}``). Item names of each source map to the
contract's categories and statuses in ``reference/data/<series>.yaml``.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from sqlalchemy import delete, insert, select

from attrition.store.models import Observation

SERIES = ("general_staff", "oryx")
CORRECTIONS = "general_staff_corrections"  # the General Staff's own corrections, as deltas

GS_BASE = "https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/"
GS_FILES = ("russia_losses_personnel.json", "russia_losses_equipment.json",
            "russia_losses_equipment_correction.json")
ORYX_BASE = "https://raw.githubusercontent.com/scarnecchia/oryx_data/main/"
ORYX_FILE = "totals_by_type.csv"


class ReferenceFormatError(ValueError):
    """A reference file that is not in the format of its series."""


@lru_cache(maxsize=None)
def mapping(series: str) -> dict:
    if series not in SERIES:
        raise ValueError(f"unknown series {series!r} (one of: {', '.join(SERIES)})")
    text = resources.files("attrition.reference").joinpath("data", f"{series}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _iso(v, where: str) -> date:
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        raise ReferenceFormatError(f"{where}: bad date {v!r}")


# ------------------------------------------------------------------ parsers

def parse_general_staff(data: list, name: str = "") -> list[dict]:
    """Observations of one General Staff JSON file (personnel, equipment or corrections)."""
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ReferenceFormatError(f"{name or 'file'}: expected a JSON list of daily records")
    m = mapping("general_staff")
    items, side = m["items"], m["side"]
    series = CORRECTIONS if "correction" in Path(name).name else "general_staff"
    out: dict[tuple, dict] = {}
    for i, rec in enumerate(data):
        if "date" not in rec:
            raise ReferenceFormatError(f"{name}: record {i} has no 'date'")
        d = _iso(rec["date"], f"{name} record {i}")
        for item, target in items.items():  # the data file's order decides between synonyms
            v = rec.get(item)
            if v is None or isinstance(v, bool) or not isinstance(v, (int, float)):
                continue
            key = (series, side, target["category"], target["status"], d)
            if key not in out:
                out[key] = {"series": series, "side": side, "category": target["category"],
                            "status": target["status"], "item": item, "date": d, "value": float(v)}
    if not out and data:
        raise ReferenceFormatError(f"{name}: no known General Staff item in any record")
    return list(out.values())


def parse_oryx(text: str, name: str = "", snapshot_date: date | None = None) -> list[dict]:
    """Observations of an Oryx totals-by-type CSV (history with a ``date`` column, or one snapshot)."""
    m = mapping("oryx")
    reader = csv.DictReader(io.StringIO(text))
    cols = set(reader.fieldnames or ())
    need = {"country", "equipment_type"} | set(m["statuses"])
    if not need <= cols:
        raise ReferenceFormatError(f"{name or 'file'}: not an Oryx totals CSV (missing columns "
                                   f"{', '.join(sorted(need - cols))})")
    dated = "date" in cols
    if not dated and snapshot_date is None:
        snapshot_date = date.today()
    sums: dict[tuple, float] = {}
    items: dict[tuple, set] = {}
    for i, row in enumerate(reader, start=2):
        side = m["countries"].get((row.get("country") or "").strip())
        cat = m["types"].get((row.get("equipment_type") or "").strip())
        if side is None or cat is None:
            continue
        d = _iso(row["date"], f"{name} line {i}") if dated else snapshot_date
        for col, status in m["statuses"].items():
            raw = (row.get(col) or "").strip()
            if not raw:
                continue
            try:
                v = float(raw)
            except ValueError:
                raise ReferenceFormatError(f"{name} line {i}: {col} is not a number: {raw!r}")
            key = ("oryx", side, cat, status, d)
            sums[key] = sums.get(key, 0.0) + v
            items.setdefault(key, set()).add(row["equipment_type"].strip())
    return [{"series": k[0], "side": k[1], "category": k[2], "status": k[3], "date": k[4], "value": v,
             "item": "; ".join(sorted(items[k]))[:120]} for k, v in sums.items()]


def parse_file(path: str | Path, series: str, snapshot_date: date | None = None) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise ReferenceFormatError(f"{path}: no such file")
    raw = path.read_bytes()
    return parse_bytes(raw, path.name, series, snapshot_date)


def parse_bytes(raw: bytes, name: str, series: str, snapshot_date: date | None = None) -> list[dict]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReferenceFormatError(f"{name}: not UTF-8 text")
    if series == "general_staff":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise ReferenceFormatError(f"{name}: not JSON ({e})")
        return parse_general_staff(data, name)
    if series == "oryx":
        return parse_oryx(text, name, snapshot_date)
    raise ValueError(f"unknown series {series!r} (one of: {', '.join(SERIES)})")


# ------------------------------------------------------------------ storing

def store_observations(ledger, rows: list[dict]) -> int:
    """Replace the observations ``rows`` cover (same series/side/category/status/date) in one transaction."""
    if not rows:
        return 0
    groups: dict[tuple, set] = {}
    for r in rows:
        groups.setdefault((r["series"], r["side"], r["category"], r["status"]), set()).add(r["date"])
    with ledger.session() as s, s.begin():
        for (series, side, cat, status), dates in groups.items():
            s.execute(delete(Observation).where(
                Observation.series == series, Observation.side == side, Observation.category == cat,
                Observation.status == status, Observation.date >= min(dates), Observation.date <= max(dates))
                .execution_options(synchronize_session=False))
        for i in range(0, len(rows), 5000):
            s.execute(insert(Observation), rows[i:i + 5000])
    return len(rows)


def load_file(ledger, path: str | Path, series: str, snapshot_date: date | None = None) -> int:
    """Load a local copy of a reference file; returns the number of observations stored."""
    if series not in SERIES:
        raise ValueError(f"unknown series {series!r} (one of: {', '.join(SERIES)})")
    return store_observations(ledger, parse_file(path, series, snapshot_date))


def _fetch(url: str, cache_dir: Path) -> bytes:
    """GET ``url`` (conditional on the cached ETag); falls back on the cache when the network fails."""
    import httpx

    cache_dir.mkdir(parents=True, exist_ok=True)
    body, etag = cache_dir / Path(url).name, cache_dir / (Path(url).name + ".etag")
    headers = {}
    if body.exists() and etag.exists():
        headers["If-None-Match"] = etag.read_text().strip()
    try:
        r = httpx.get(url, headers=headers, timeout=60, follow_redirects=True)
    except httpx.HTTPError as e:
        if body.exists():
            return body.read_bytes()
        raise ConnectionError(f"cannot fetch {url}: {e}") from e
    if r.status_code == 304 and body.exists():
        return body.read_bytes()
    if r.status_code != 200:
        if body.exists():
            return body.read_bytes()
        raise ConnectionError(f"cannot fetch {url}: HTTP {r.status_code}")
    body.write_bytes(r.content)
    if r.headers.get("etag"):
        etag.write_text(r.headers["etag"])
    return r.content


def pull(ledger, series: str, base_url: str | None = None, cache_dir: str | Path | None = None,
         snapshot_date: date | None = None) -> int:
    """Fetch a series from its public address (or ``base_url``), cache it, and load it."""
    if cache_dir is None:
        from platformdirs import user_cache_dir

        cache_dir = Path(user_cache_dir("attrition")) / "reference"
    cache_dir = Path(cache_dir)
    rows: list[dict] = []
    if series == "general_staff":
        base = (base_url or GS_BASE).rstrip("/") + "/"
        for f in GS_FILES:
            rows += parse_bytes(_fetch(base + f, cache_dir / series), f, series)
    elif series == "oryx":
        base = (base_url or ORYX_BASE).rstrip("/") + "/"
        rows = parse_bytes(_fetch(base + ORYX_FILE, cache_dir / series), ORYX_FILE, series,
                           snapshot_date or date.today())
    else:
        raise ValueError(f"unknown series {series!r} (one of: {', '.join(SERIES)})")
    return store_observations(ledger, rows)


# ------------------------------------------------------------------ reading

def load_all(session) -> dict[tuple, dict[date, float]]:
    """Every series in the ledger as ``{(series, side, category, status): {date: value}}``."""
    out: dict[tuple, dict[date, float]] = {}
    for o in session.execute(select(Observation.series, Observation.side, Observation.category,
                                    Observation.status, Observation.date, Observation.value)):
        out.setdefault((o.series, o.side, o.category, o.status), {})[o.date] = o.value
    return out


def series_values(ledger, series: str, side: str, category: str, status: str) -> dict[date, float]:
    with ledger.session() as s:
        rows = s.execute(select(Observation.date, Observation.value).where(
            Observation.series == series, Observation.side == side, Observation.category == category,
            Observation.status == status).order_by(Observation.date))
        return {d: v for d, v in rows}


__all__ = ["load_file", "pull", "parse_file", "parse_bytes", "store_observations", "load_all",
           "series_values", "mapping", "ReferenceFormatError", "SERIES", "CORRECTIONS"]
