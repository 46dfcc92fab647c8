"""Open the desk database (``desk.sqlite``): check it, back it up, migrate it, hand out sessions.

At every open:

1. ``PRAGMA quick_check`` on an existing file. A damaged file is moved aside to
   ``desk.corrupt-<stamp>.sqlite`` (with its -wal/-shm) and :class:`DeskDatabaseCorrupt`
   is raised: the referrals in it are never overwritten silently.
2. Its revision is read with plain sqlite3 and compared with :data:`HEAD`, the head of
   the bundled scripts (a test checks it against Alembic's own answer). At head, which is
   every start but the first after an update, Alembic is never imported (about 12 MB and
   0.15 s of the window's start, issue 14).
3. Otherwise, if the file's revision is behind head, it is copied first to
   ``backups/desk-<rev>-<stamp>.sqlite`` with SQLite's online backup API, and Alembic
   upgrades it to head.

Every connection gets ``journal_mode=WAL``, ``synchronous=FULL`` (a power cut never loses
a committed referral) and ``foreign_keys=ON``. SQLAlchemy, not pysqlite, emits ``BEGIN``
so that transactions (and DDL) are real; write sessions use ``BEGIN IMMEDIATE`` so the
write lock is taken before the per-desk sequence number is read.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from melayani_core.storage import durable, migrate

SCRIPTS = Path(__file__).resolve().parent / "migrations" / "desk"
# The newest revision in SCRIPTS/versions; tests/test_desk_db.py fails when a migration is
# added without moving this on.
HEAD = "k0006"
DESK_FILE = "desk.sqlite"
BACKUPS = "backups"
IMMEDIATE = "melayani_begin_immediate"  # execution option read by the "begin" hook
BUSY_TIMEOUT_S = 15


class DeskDatabaseError(Exception):
    """The desk database cannot be opened or migrated (message in Indonesian)."""


class DeskDatabaseCorrupt(DeskDatabaseError):
    """The desk database failed its check and was moved aside to ``moved_to``."""

    def __init__(self, message: str, moved_to: Path):
        super().__init__(message)
        self.moved_to = moved_to


@dataclass
class DeskDatabase:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]  # deferred BEGIN: for reads
    write_sessions: sessionmaker[Session]  # BEGIN IMMEDIATE: for writes
    backup: Path | None = None  # the copy made before migrating at this open, if any

    def close(self) -> None:
        self.engine.dispose()


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def _free(path: Path) -> Path:
    """``path``, or ``path`` with -2, -3 ... before the suffix if it already exists."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _existing(path: Path) -> str:
    """A URI that opens the database at ``path`` and never creates it (a missing file is
    an error, not a new empty database)."""
    return Path(path).resolve().as_uri() + "?mode=rw"  # file:///C:/... on Windows too


def backup_file(path: Path, dest: Path) -> Path:
    """Copy the SQLite database at ``path`` to ``dest`` (online backup API, WAL included);
    on the disk, folder entries too, when it returns."""
    if not dest.parent.is_dir():
        dest.parent.mkdir(parents=True)
        durable.fsync_dir(dest.parent.parent)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    src = sqlite3.connect(_existing(path), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(part)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(part)
    durable.replace(part, dest)  # a power cut after the migration still finds the copy
    return dest


def _move_aside(path: Path) -> Path:
    target = _free(path.with_name(f"desk.corrupt-{_stamp()}.sqlite"))
    os.replace(path, target)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            os.replace(side, target.with_name(target.name + extra))
    return target


def check_file(path: Path) -> None:
    """``PRAGMA quick_check``; moves a damaged file aside and raises DeskDatabaseCorrupt."""
    problem = ""
    con = sqlite3.connect(_existing(path), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            problem = "; ".join(str(r[0]) for r in rows[:5]) or "no answer"
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise DeskDatabaseError(
                f"Basis data meja {path} tidak bisa dibuka: {exc}. "
                "Tutup aplikasi lain yang memakainya, lalu coba lagi."
            ) from exc
        problem = str(exc)
    finally:
        con.close()
    if problem:
        moved = _move_aside(path)
        raise DeskDatabaseCorrupt(
            f"Basis data meja rusak ({problem}). Berkas dipindahkan ke {moved} dan TIDAK "
            "dihapus: rujukan yang belum terkirim ada di dalamnya. Hubungi admin aplikasi. "
            "Saat dibuka lagi, aplikasi memulai basis data meja yang baru.",
            moved,
        )


def _engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DBAPI hook
        dbapi_conn.isolation_level = None  # pysqlite emits no BEGIN; the hook below does
        dbapi_conn.execute("PRAGMA journal_mode=WAL")
        dbapi_conn.execute("PRAGMA synchronous=FULL")
        dbapi_conn.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy hook
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _scripts():  # noqa: ANN202 - alembic ScriptDirectory, imported lazily
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    return ScriptDirectory.from_config(cfg)


def head_revision() -> str:
    return _scripts().get_current_head()


def file_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the desk database at ``path`` (None: none yet),
    read with plain sqlite3."""
    con = sqlite3.connect(_existing(path), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except (sqlite3.OperationalError, TypeError):  # no table or row yet; or locked: the
        return None  # full path below reads it again and says what is wrong
    finally:
        con.close()


def _migrate(engine: Engine, path: Path) -> Path | None:
    scripts = _scripts()
    head = scripts.get_current_head()
    with engine.connect() as conn:
        rev = migrate.current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if rev == head:
        return None
    if rev is not None and rev not in {s.revision for s in scripts.walk_revisions()}:
        raise DeskDatabaseError(
            f"Basis data meja dibuat oleh versi aplikasi yang lebih baru (revisi {rev}). "
            "Pasang versi aplikasi terbaru; berkas tidak diubah."
        )
    backup = None
    if rev is not None or has_tables:
        name = f"desk-{rev or 'none'}-{_stamp()}.sqlite"
        backup = backup_file(path, _free(path.parent / BACKUPS / name))
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, SCRIPTS)
    except Exception as exc:
        saved = f" Salinan sebelum pembaruan: {backup}." if backup else ""
        raise DeskDatabaseError(f"Pembaruan basis data meja gagal: {exc}.{saved}") from exc
    return backup


def open_desk_db(data_dir: Path) -> DeskDatabase:
    """Open (creating, checking, backing up and migrating) ``data_dir/desk.sqlite``."""
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DESK_FILE
    due = True
    if path.exists() and path.stat().st_size > 0:
        check_file(path)
        due = file_revision(path) != HEAD
    engine = _engine(path)
    try:
        backup = _migrate(engine, path) if due else None
    except BaseException:
        engine.dispose()
        raise
    return DeskDatabase(
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        write_sessions=sessionmaker(
            engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        ),
        backup=backup,
    )
