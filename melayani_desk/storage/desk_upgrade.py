"""Upgrade a desk database made by an older release with the Alembic scripts in
``migrations/desk``: the only place the desk imports Alembic and SQLAlchemy, and only for
a file that is behind head (``desk_db.open_desk_db`` imports this module then).

The file is copied to ``backups/`` first (SQLite's online backup API), then upgraded in
one transaction taken with ``BEGIN IMMEDIATE`` (SQLAlchemy, not pysqlite, emits it, so
the DDL is transactional too): a failed upgrade leaves the file as it was, and says where
the copy is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from melayani_desk.storage import desk_db, sql


def _scripts(scripts: Path) -> Any:  # alembic.script.ScriptDirectory
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    return ScriptDirectory.from_config(cfg)


def head(scripts: Path) -> str:
    found = _scripts(scripts).get_current_head()
    assert found is not None, f"no migration in {scripts}"
    return str(found)


def _engine(path: Path) -> Any:  # sqlalchemy.Engine
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": sql.BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # pysqlite emits no BEGIN; the hook below does
        dbapi_conn.execute("PRAGMA journal_mode=WAL")
        dbapi_conn.execute("PRAGMA synchronous=FULL")
        dbapi_conn.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade(path: Path, scripts: Path) -> Path | None:
    """Back up and upgrade the desk database at ``path`` to the head of ``scripts``;
    returns the backup (None when there was nothing to keep: an empty file)."""
    from melayani_core.storage import migrate

    found = _scripts(scripts)
    target = found.get_current_head()
    engine = _engine(path)
    try:
        with engine.connect() as conn:
            rev = migrate.current_revision(conn)
            has_tables = bool(
                conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table'").first()
            )
        if rev == target:
            return None
        if rev is not None and rev not in {s.revision for s in found.walk_revisions()}:
            raise desk_db.DeskDatabaseError(
                f"Basis data meja dibuat oleh versi aplikasi yang lebih baru (revisi {rev}). "
                "Pasang versi aplikasi terbaru; berkas tidak diubah."
            )
        backup = None
        if rev is not None or has_tables:
            name = f"desk-{rev or 'none'}-{desk_db._stamp()}.sqlite"
            backup = desk_db.backup_file(path, desk_db._free(path.parent / desk_db.BACKUPS / name))
        try:
            with engine.begin() as conn:
                migrate.upgrade(conn, scripts)
        except Exception as exc:
            saved = f" Salinan sebelum pembaruan: {backup}." if backup else ""
            raise desk_db.DeskDatabaseError(
                f"Pembaruan basis data meja gagal: {exc}.{saved}"
            ) from exc
        return backup
    finally:
        engine.dispose()
