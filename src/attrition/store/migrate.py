"""Schema migrations, configured in code (no alembic.ini): ``upgrade(engine)`` brings a ledger to head.

The migration scripts ship inside the package (``attrition/store/migrations``).
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The first revision, whose tables a ledger made with ``create_all`` before migrations existed has.
BASE_REVISION = "0001"


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the ledger at ``engine`` to ``revision`` (a fresh database gets the whole schema)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        if MigrationContext.configure(conn).get_current_revision() is None and \
                inspect(conn).has_table("documents"):
            # A ledger created without migrations (``create_all``): adopt it at head when it has
            # every table, else at the base revision, and upgrade from there.
            from attrition.store.models import Base

            missing = set(Base.metadata.tables) - set(inspect(conn).get_table_names())
            command.stamp(cfg, "head" if not missing else BASE_REVISION)
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
