"""Open the desk database (``desk.sqlite``): check it, back it up, migrate it, lend connections.

At every open:

1. ``PRAGMA quick_check`` on an existing file. A damaged file is moved aside to
   ``desk.corrupt-<stamp>.sqlite`` (with its -wal/-shm) and :class:`DeskDatabaseCorrupt`
   is raised: the referrals in it are never overwritten silently.
2. Its revision is read with plain sqlite3 and compared with :data:`HEAD`. At head, which
   is every start but the first after an update, nothing else happens.
3. A new (empty) file is given the schema at head by plain SQL (``schema.py``, the very
   statements the Alembic scripts leave) in one transaction, stamped with the revision.
4. A file behind head (made by an older release) is copied first to
   ``backups/desk-<rev>-<stamp>.sqlite`` with SQLite's online backup API, and Alembic
   upgrades it to head (``desk_upgrade.py``). Only then are Alembic and SQLAlchemy
   imported: a desk at head never loads them (about 35 MB of the window, issue 14).

Connections (``sql.py``) are plain sqlite3 with ``journal_mode=WAL``, ``synchronous=FULL``
and ``foreign_keys=ON``; :meth:`DeskDatabase.write` runs ``BEGIN IMMEDIATE`` so the write
lock is taken before the per-desk sequence number is read, :meth:`DeskDatabase.read` a
deferred ``BEGIN``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from melayani_core.storage import durable
from melayani_desk.storage import schema, sql

SCRIPTS = Path(__file__).resolve().parent / "migrations" / "desk"
# The newest revision in SCRIPTS/versions; tests/test_desk_db.py fails when a migration is
# added without moving this on.
HEAD = "k0006"
DESK_FILE = "desk.sqlite"
BACKUPS = "backups"
BUSY_TIMEOUT_S = sql.BUSY_TIMEOUT_S


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
    backup: Path | None = None  # the copy made before migrating at this open, if any
    pool: sql.Pool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.pool = sql.Pool(self.path)

    def read(self) -> AbstractContextManager[sqlite3.Connection]:
        """A read transaction (deferred ``BEGIN``: one snapshot for every statement)."""
        return self.pool.transaction(immediate=False)

    def write(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``): committed when the block ends, rolled
        back when it raises."""
        return self.pool.transaction(immediate=True)

    def close(self) -> None:
        self.pool.close()


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


def head_revision() -> str:
    """Alembic's own head of the bundled scripts (imports Alembic: for tests and tools)."""
    from melayani_desk.storage import desk_upgrade

    return desk_upgrade.head(SCRIPTS)


def _where(con: sqlite3.Connection) -> tuple[str | None, bool]:
    """(the revision stamped in the file or None, whether it holds any table)."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        return None, bool(tables)
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return (row[0] if row else None), True


def file_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the desk database at ``path`` (None: none yet),
    read with plain sqlite3."""
    con = sqlite3.connect(_existing(path), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        return _where(con)[0]
    except sqlite3.OperationalError:  # locked: the full path reads it again and says why
        return None
    finally:
        con.close()


def _create(con: sqlite3.Connection) -> bool:
    """Give an empty file the schema at head, in one write transaction; False when the file
    turned out not to be empty once the write lock was held (another process made it)."""
    with sql.transaction(con, immediate=True):
        if _where(con) != (None, False):
            return False
        for statement in schema.STATEMENTS:
            con.execute(statement)
    return True


def _to_head(path: Path) -> Path | None:
    """Bring the file at ``path`` to HEAD; returns the backup made first, if any."""
    try:
        con = sql.connect(path)
    except sqlite3.Error as exc:
        raise DeskDatabaseError(
            f"Basis data meja {path} tidak bisa dibuka: {exc}. "
            "Tutup aplikasi lain yang memakainya, lalu coba lagi."
        ) from exc
    try:
        rev, tables = _where(con)
        if rev == HEAD:
            return None
        if rev is None and not tables and schema.REVISION == HEAD:
            if _create(con):
                return None
            rev, tables = _where(con)
            if rev == HEAD:
                return None
    except sqlite3.Error as exc:
        raise DeskDatabaseError(f"Pembuatan basis data meja gagal: {exc}.") from exc
    finally:
        con.close()
    from melayani_desk.storage import desk_upgrade  # Alembic: an older file only

    return desk_upgrade.upgrade(path, SCRIPTS)


def open_desk_db(data_dir: Path) -> DeskDatabase:
    """Open (creating, checking, backing up and migrating) ``data_dir/desk.sqlite``."""
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DESK_FILE
    if path.exists() and path.stat().st_size > 0:
        check_file(path)
    return DeskDatabase(path=path, backup=_to_head(path))
