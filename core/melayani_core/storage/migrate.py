"""Run Alembic migrations of a SQLite file from a bundled script folder.

The directory file's scripts live here (``migrations/directory``); the desk database
keeps its own under ``melayani_desk/storage/migrations/desk`` and runs them through the
same lock.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # the directory file's
# Alembic keeps its migration context in module globals: two upgrades at once in one
# process (a directory install on one thread, the desk database on another) would clash.
_ALEMBIC = threading.Lock()


def upgrade(connection: Connection, scripts: Path, revision: str = "head") -> None:
    """Bring the database on ``connection`` to ``revision`` of the scripts in ``scripts``."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    cfg.attributes["connection"] = connection
    with _ALEMBIC:
        command.upgrade(cfg, revision)


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
