"""Plain sqlite3 connections to the desk database: pragmas, a small pool, transactions.

Every connection is opened in autocommit mode (``isolation_level=None``: Python's sqlite3
emits no BEGIN of its own) with ``journal_mode=WAL``, ``synchronous=FULL`` (a power cut
never loses a committed referral), ``foreign_keys=ON`` and a busy timeout. Transactions
are explicit: :func:`transaction` with ``immediate=True`` runs ``BEGIN IMMEDIATE``, so the
write lock is held from the first statement (a per-desk sequence number read inside it
cannot be taken by another writer); reads use a deferred ``BEGIN`` (one snapshot for all
their statements).

A connection is used by one thread at a time: :class:`Pool` hands each transaction a
connection of its own and takes it back after (the window's write worker, read worker
and sync thread each get one).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

BUSY_TIMEOUT_S = 15
CHUNK = 500  # values per IN (...) list, well under SQLite's limit on parameters
KEEP_IDLE = 4  # connections kept open between transactions
T = TypeVar("T")


def connect(path: Path | str, *, uri: bool = False) -> sqlite3.Connection:
    """A connection to the desk database at ``path`` with the desk's pragmas."""
    con = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False, uri=uri
    )
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    except BaseException:
        con.close()
        raise
    return con


@contextmanager
def transaction(con: sqlite3.Connection, *, immediate: bool) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` (a write) or ``BEGIN`` (a read) on ``con``; COMMIT when the block
    ends, ROLLBACK when it raises."""
    con.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield con
    except BaseException:
        if con.in_transaction:  # SQLite may have rolled back already (a full disk)
            con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


class Pool:
    """Connections to one database file, each lent to one transaction at a time."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def _take(self) -> sqlite3.Connection:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return connect(self.path)  # after close() too (as SQLAlchemy's dispose): not kept

    def _give(self, con: sqlite3.Connection, usable: bool) -> None:
        with self._lock:
            if usable and not self._closed and len(self._idle) < KEEP_IDLE:
                self._idle.append(con)
                return
        con.close()

    @contextmanager
    def transaction(self, *, immediate: bool) -> Iterator[sqlite3.Connection]:
        con = self._take()
        usable = False
        try:
            with transaction(con, immediate=immediate):
                yield con
            usable = True
        except sqlite3.Error:
            raise  # the connection may be in any state: closed below, not kept
        except BaseException:
            usable = not con.in_transaction  # rolled back cleanly: keep it
            raise
        finally:
            self._give(con, usable)

    def close(self) -> None:
        """Close the idle connections; one lent now is closed when it comes back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for con in idle:
            con.close()


def marks(values: Sequence[object]) -> str:
    """``?, ?, ?`` for ``values`` (an IN list's parameters)."""
    return ", ".join("?" * len(values))


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
