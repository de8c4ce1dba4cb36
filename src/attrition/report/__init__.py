"""Reports: Rich tables (:mod:`.tables`), exports (:mod:`.export`), timelines (:mod:`.timeline`).

A light façade: the submodules import their heavy dependencies (pandas, pyarrow, plotting) lazily.
"""
from __future__ import annotations

from attrition.report.export import (CLAIM_COLUMNS, DOC_COLUMNS, FORMATS, claim_record, doc_record,
                                     export_claims, export_docs, export_records)
from attrition.report.tables import claims_table, docs_table, fmt_value

__all__ = ["claims_table", "docs_table", "fmt_value", "claim_record", "doc_record", "export_claims",
           "export_docs", "export_records", "FORMATS", "CLAIM_COLUMNS", "DOC_COLUMNS"]
