"""The directory file's schema at its newest revision, as plain SQL (issue 14).

A directory file is always built new, never upgraded in place, so building one needs only
the schema at head: ``directory_schema.sql`` beside this module, made from the Alembic
scripts in ``migrations/directory`` by

    python -m melayani_core.storage.directory_schema --write

``tests/test_directory_schema.py`` builds one file through Alembic and one from the SQL
and fails when their ``sqlite_master`` differ (a migration added without running the
line above).  Building a directory therefore imports neither SQLAlchemy nor Alembic:
about 35 MB and 0.3 s less in an import or a hub update (the apply's child process).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

SQL_FILE = Path(__file__).resolve().parent / "directory_schema.sql"


def head_revision() -> str:
    """The Alembic revision the SQL stands for (its first line: ``-- revision: d0007``)."""
    first = SQL_FILE.read_text(encoding="utf-8").splitlines()[0]
    return first.split(":", 1)[1].strip()


def create(con: sqlite3.Connection) -> None:
    """Open a transaction on ``con`` (an empty file, autocommit) and create in it every
    table and index of the head revision, with the revision recorded as Alembic would
    (``alembic_version``); the caller fills the tables and commits.  (``executescript``
    commits what is pending before it runs, so the script itself begins.)"""
    con.executescript("BEGIN;\n" + SQL_FILE.read_text(encoding="utf-8"))
    con.execute("INSERT INTO alembic_version(version_num) VALUES (?)", (head_revision(),))


def columns(con: sqlite3.Connection, table: str) -> list[str]:
    """The columns of ``table`` in the file, in their order."""
    return [row[1] for row in con.execute(f"PRAGMA table_info({table})")]


def _shadow(name: str, virtual: set[str]) -> bool:
    return any(name.startswith(f"{v}_") for v in virtual)


def dump(con: sqlite3.Connection) -> str:
    """The statements that recreate ``con``'s schema, in creation order, without what
    SQLite makes by itself (automatic indexes, the FTS5 shadow tables)."""
    rows = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid").fetchall()
    virtual = {n for _t, n, sql in rows if sql and sql.startswith("CREATE VIRTUAL TABLE")}
    statements = [sql for _t, n, sql in rows if sql and not _shadow(n, virtual)]
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    return f"-- revision: {revision}\n" + "".join(f"{s};\n" for s in statements)


def from_alembic(path: Path) -> None:
    """Build an empty directory file at ``path`` through the Alembic scripts."""
    from sqlalchemy import create_engine

    from melayani_core.storage import migrate

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, migrate.MIGRATIONS / "directory")
    finally:
        engine.dispose()


def main(argv: list[str]) -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schema.sqlite"
        from_alembic(path)
        con = sqlite3.connect(path)
        try:
            text = dump(con)
        finally:
            con.close()
    if "--write" in argv:
        SQL_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {SQL_FILE}")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
