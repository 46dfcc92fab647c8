"""Run the Alembic migrations of a SQLite file, from the migrations bundled in the package."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Alembic keeps its migration context in module globals: two upgrades at once in one
# process (a directory install on one thread, the desk database on another) would clash.
_ALEMBIC = threading.Lock()


def upgrade(connection: Connection, which: str, revision: str = "head") -> None:
    """Bring the database on ``connection`` to ``revision`` ("directory" or "desk" scripts)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS / which))
    cfg.attributes["connection"] = connection
    with _ALEMBIC:
        command.upgrade(cfg, revision)


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
