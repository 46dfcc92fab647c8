"""Run ``melayani-desk`` with a full disk simulated, for tests/test_disk_full.py.

    python tests/disk_full_run.py FAULT -- [melayani-desk arguments]

FAULT, one or more joined by ``+``:

- ``pages:NAME:EXTRA`` every SQLite connection to a file whose name contains NAME gets
  ``PRAGMA max_page_count`` = its current page count + EXTRA: SQLite's own
  SQLITE_FULL ("database or disk is full") as soon as the file must grow
- ``writes:NAME:PATTERN`` on connections to such files, a statement matching the regular
  expression PATTERN fails with SQLite's disk-full error (for writes that rewrite rows in
  place and so never grow a file, as a WAL append on a full disk would fail)
- ``files:NAME:BYTES`` Python's own file writes to a path containing NAME fail with
  ENOSPC once BYTES have been written to that file (a disk that fills up mid-file)

No fixed sleeps, no real filling of the machine's disk.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import re
import sqlite3
import sys


def _name_of(database: object) -> str:
    return os.path.basename(str(database).split("?")[0])


def _install_sqlite(pages: list[tuple[str, int]], writes: list[tuple[str, str]]) -> None:
    real_connect = sqlite3.connect

    class FullCursor(sqlite3.Cursor):
        patterns: list[re.Pattern] = []

        def execute(self, sql, *args):  # noqa: ANN001, ANN201
            if any(p.search(sql) for p in self.patterns):
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(sql, *args)

        def executemany(self, sql, *args):  # noqa: ANN001, ANN201
            if any(p.search(sql) for p in self.patterns):
                raise sqlite3.OperationalError("database or disk is full")
            return super().executemany(sql, *args)

    def connect(database, *args, **kwargs):  # noqa: ANN001, ANN202
        name = _name_of(database)
        patterns = [re.compile(p) for n, p in writes if n in name]
        if patterns:

            class Cursor(FullCursor):
                pass

            Cursor.patterns = patterns

            class Connection(sqlite3.Connection):
                def cursor(self, factory=Cursor):  # noqa: ANN001, ANN202
                    return super().cursor(factory)

                def execute(self, sql, *a):  # noqa: ANN001, ANN202
                    return self.cursor().execute(sql, *a)

            kwargs["factory"] = Connection
        con = real_connect(database, *args, **kwargs)
        for n, extra in pages:
            if n in name:
                count = con.execute("PRAGMA page_count").fetchone()[0]
                con.execute(f"PRAGMA max_page_count = {count + extra}")
        return con

    sqlite3.connect = connect
    sqlite3.dbapi2.connect = connect


class _FillingFile:
    def __init__(self, inner, limit: int):  # noqa: ANN001
        self._inner, self._left = inner, limit

    def write(self, data):  # noqa: ANN001, ANN201
        size = len(data)
        if size > self._left:
            if self._left > 0:
                self._inner.write(data[: self._left])
                self._left = 0
            self._inner.flush()
            raise OSError(errno.ENOSPC, "No space left on device")
        self._left -= size
        return self._inner.write(data)

    def __enter__(self):  # noqa: ANN204
        return self

    def __exit__(self, *exc):  # noqa: ANN001, ANN204
        self._inner.close()

    def __iter__(self):  # noqa: ANN204
        return iter(self._inner)

    def __getattr__(self, name):  # noqa: ANN001, ANN204
        return getattr(self._inner, name)


def _install_files(files: list[tuple[str, int]]) -> None:
    real_open = io.open

    def fault_open(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN202
        handle = real_open(file, mode, *args, **kwargs)
        if any(c in mode for c in "wax+") and isinstance(file, str | os.PathLike):
            for name, limit in files:
                if name in os.fspath(file):
                    return _FillingFile(handle, limit)
        return handle

    builtins.open = fault_open
    io.open = fault_open


def main() -> int:
    fault, sep, *args = sys.argv[1:]
    assert sep == "--", __doc__
    pages, writes, files = [], [], []
    for part in fault.split("+"):
        kind, name, value = part.split(":", 2)
        if kind == "pages":
            pages.append((name, int(value)))
        elif kind == "writes":
            writes.append((name, value))
        elif kind == "files":
            files.append((name, int(value)))
        else:
            raise SystemExit(f"unknown fault {part!r}")
    if pages or writes:
        _install_sqlite(pages, writes)
    if files:
        _install_files(files)
    from melayani_desk.cli import main as desk_main

    return desk_main(args)


if __name__ == "__main__":
    sys.exit(main())
