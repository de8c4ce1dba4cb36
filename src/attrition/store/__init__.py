"""The ledger: documents, claims, reference observations and verdicts in SQL.

Public entry point: :func:`open_ledger` (SQLite by default, PostgreSQL by URL). The schema is
created and upgraded by Alembic (``store/migrations``, run in code by :mod:`attrition.store.migrate`).
Converters (:func:`claim_row_from`, :func:`claim_from_row`) and query helpers
(:func:`query_claims`, :func:`query_docs`) are shared by the CLI, the reports and the web.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from attrition.store.convert import claim_from_row, claim_row_from, claim_values
from attrition.store.models import (Base, ClaimRow, DocBand, DocSignature, Document, IngestError,
                                    IngestRun, Observation, RecentBand, Verdict)
from attrition.store.queries import (ClaimFilter, count_claims, has_verdicts, query_claims,
                                     query_docs)


def default_url() -> str:
    """``ATTRITION_DB`` or a SQLite file in the user's data directory."""
    env = os.environ.get("ATTRITION_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    d = Path(user_data_dir("attrition"))
    d.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{d / 'ledger.sqlite'}"


class Ledger:
    """A handle on one ledger database."""

    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        kw = {}
        if self.url.startswith("sqlite"):
            kw["connect_args"] = {"timeout": 30}
            path = self.url.split("///", 1)[1] if "///" in self.url else ""
            if path and path != ":memory:":
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url, **kw)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    def init(self) -> "Ledger":
        """Create or upgrade the schema (Alembic ``upgrade head``)."""
        from attrition.store.migrate import upgrade

        upgrade(self.engine)
        return self

    def session(self) -> Session:
        return self.Session()

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Ledger({self.engine.url.render_as_string(hide_password=True)!r})"


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MiB of page cache: big ingests stay fast
    # Checkpoint the WAL into the database every 32 MiB rather than 4 MiB: pages that consecutive
    # transactions rewrite (index pages in a big ingest) are copied and synced once, not each time.
    cur.execute("PRAGMA wal_autocheckpoint=8192")
    cur.execute("PRAGMA journal_size_limit=67108864")  # and the WAL file is cut back to 64 MiB
    cur.close()


def open_ledger(url: str | None = None) -> Ledger:
    return Ledger(url).init()


__all__ = ["Ledger", "open_ledger", "default_url", "Base", "Document", "ClaimRow", "IngestRun",
           "IngestError", "Observation", "Verdict", "DocSignature", "DocBand", "RecentBand",
           "claim_row_from", "claim_from_row", "claim_values", "query_claims", "query_docs", "count_claims",
           "has_verdicts", "ClaimFilter"]
