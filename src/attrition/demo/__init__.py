"""The demo: a ledger built offline from a bundled sample corpus and a reference excerpt.

:func:`build_demo` ingests ``demo/data/corpus.yaml`` (articles written for the project), loads the
General Staff and Oryx excerpts through the real loaders, dates undated documents and checks every
claim. Everything runs offline in a few seconds.
"""
from __future__ import annotations

from importlib import resources

import yaml

GS_FILES = ("russia_losses_personnel.json", "russia_losses_equipment.json")
ORYX_FILE = "oryx_totals_by_type.csv"


def data_dir():
    return resources.files("attrition.demo").joinpath("data")


def corpus() -> list[dict]:
    return yaml.safe_load(data_dir().joinpath("corpus.yaml").read_text("utf-8"))


def build_demo(url: str):
    """Build and check the demo ledger at ``url``; returns the :class:`~attrition.store.Ledger`."""
    from attrition.ingest import ingest_text
    from attrition.reconcile import check, date_undated
    from attrition.reference import load_file
    from attrition.store import open_ledger

    ledger = open_ledger(url)
    with resources.as_file(data_dir()) as d:
        for f in GS_FILES:
            load_file(ledger, d / f, "general_staff")
        load_file(ledger, d / ORYX_FILE, "oryx")
    for art in corpus():
        ingest_text(ledger, art["text"], title=art.get("title"), published=art.get("published"),
                    outlet=art.get("outlet"), url=art.get("url"))
    date_undated(ledger)
    check(ledger)
    return ledger


__all__ = ["build_demo", "corpus", "data_dir"]
