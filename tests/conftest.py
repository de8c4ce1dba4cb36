"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTIFACTS = ROOT / "test-artifacts"


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is only beside development checkouts)")
    return p


@pytest.fixture
def shared():
    return shared_path


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'ledger.sqlite'}"


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


PG_HOST, PG_PORT, PG_DB = "127.0.0.1", 5432, "test"


def _pg_base_url() -> str | None:
    """A URL of the test PostgreSQL database, or None (with the reason in ``_pg_base_url.why``)."""
    import socket

    try:
        socket.create_connection((PG_HOST, PG_PORT), timeout=1).close()
    except OSError as e:
        _pg_base_url.why = f"PostgreSQL does not answer on {PG_HOST}:{PG_PORT} ({e})"
        return None
    try:
        import psycopg
    except ImportError:
        _pg_base_url.why = "psycopg is not installed"
        return None
    for user in ("postgres", "root"):
        try:
            psycopg.connect(host=PG_HOST, port=PG_PORT, dbname=PG_DB, user=user, connect_timeout=3).close()
            return f"postgresql+psycopg://{user}@{PG_HOST}:{PG_PORT}/{PG_DB}"
        except psycopg.Error as e:
            _pg_base_url.why = f"cannot log in to database {PG_DB!r} on {PG_HOST}:{PG_PORT}: {e}"
    return None


@pytest.fixture
def pg_url():
    """A PostgreSQL ledger URL in a fresh schema of its own (dropped afterwards); skips without PostgreSQL."""
    import uuid

    base = _pg_base_url()
    if base is None:
        pytest.skip(_pg_base_url.why)
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def ledger_url(request, tmp_path):
    """Each storage test runs on SQLite and, when it answers, on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    return request.getfixturevalue("pg_url")
