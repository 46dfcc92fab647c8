"""The hub database: which URL, one engine per URL, Alembic migrations, write transactions.

PostgreSQL in production; SQLite (WAL) as the embedded default. On SQLite every write
transaction is ``BEGIN IMMEDIATE`` so concurrent batches queue on the write lock instead of
failing on a lock upgrade; reads use a plain ``BEGIN``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, CursorResult, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

ENV_DB = "MELAYANI_HUB_DB"
APP_NAME = "MelayaniHub"
APP_AUTHOR = "PemkabBanyuwangi"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
IMMEDIATE = "melayani_hub_immediate"
BUSY_TIMEOUT_S = 30
POOL_SIZE, MAX_OVERFLOW = 10, 20  # PostgreSQL connections of one hub process: at most 30


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def inserted_id(done: CursorResult[Any]) -> int:
    """The primary key of the one row an INSERT just added."""
    key = done.inserted_primary_key
    if key is None:
        raise RuntimeError("the INSERT reported no primary key")
    return int(key[0])


def default_url() -> str:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'hub.sqlite'}"


def resolve_url(given: str | None = None) -> str:
    """``--db`` if given, else ``MELAYANI_HUB_DB``, else the SQLite file in the data dir.

    A bare path (no ``://``) means a SQLite file; ``postgresql://`` gets the psycopg 3 driver.
    """
    url = given or os.environ.get(ENV_DB) or default_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, *, processes: int = 1) -> Engine:
    """``processes``: how many hub processes share the server's connections (``serve
    --workers N``). One process keeps up to 10 open and opens 20 more at a peak; N > 1 get
    30 // N each, all but 2 of them kept open (a connection opened per request costs more
    than the request), so N workers together open no more than one process did:
    PostgreSQL refuses clients past its max_connections (100 by default) with a 500."""
    url = resolve_url(url)
    if make_url(url).get_backend_name() != "sqlite":
        size, overflow = POOL_SIZE, MAX_OVERFLOW
        if processes > 1:
            each = max(4, (POOL_SIZE + MAX_OVERFLOW) // processes)
            size, overflow = each - 2, 2
        return create_engine(url, pool_size=size, max_overflow=overflow, pool_pre_ping=True)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DBAPI hook
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" hook below emits BEGIN
        dbapi_conn.execute("PRAGMA journal_mode=WAL")
        dbapi_conn.execute("PRAGMA synchronous=FULL")
        dbapi_conn.execute("PRAGMA foreign_keys=ON")
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy hook
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed on exit, rolled back on error."""
    with engine.connect() as conn:
        conn = conn.execution_options(**{IMMEDIATE: True})
        with conn.begin():
            yield conn


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` with the bundled Alembic scripts."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # One migrator at a time (several workers may start together).
            conn.execute(text("SELECT pg_advisory_xact_lock(7461029)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_engine(url: str | None = None, *, upgrade: bool = True) -> Engine:
    engine = make_engine(resolve_url(url))
    if upgrade:
        migrate(engine)
    return engine
