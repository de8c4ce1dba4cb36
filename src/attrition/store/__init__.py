"""The ledger: documents, claims, reference observations and verdicts in SQL.

Public entry point: :func:`open_ledger` (SQLite by default, PostgreSQL by URL).
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from attrition.store.models import (Base, ClaimRow, Document, IngestError, IngestRun, Observation,
                                    Verdict)


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
        self.engine: Engine = create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    def init(self) -> "Ledger":
        """Create or upgrade the schema."""
        Base.metadata.create_all(self.engine)  # TODO(store): replace with Alembic upgrade head
        return self

    def session(self) -> Session:
        return self.Session()


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def open_ledger(url: str | None = None) -> Ledger:
    return Ledger(url).init()


__all__ = ["Ledger", "open_ledger", "default_url", "Base", "Document", "ClaimRow", "IngestRun",
           "IngestError", "Observation", "Verdict"]
