"""The directory file's schema at its newest revision, as plain SQL (issue 14).

A directory file is always built new, never upgraded in place, so building one needs only
the schema at head: ``directory_schema.sql`` beside this module (storage/head_schema.py),
made from the Alembic scripts in ``migrations/directory`` by

    python -m melayani_core.storage.directory_schema --write

``tests/test_directory_schema.py`` builds one file through Alembic and one from the SQL
and fails when they differ.  Building a directory therefore imports neither SQLAlchemy nor
Alembic: about 35 MB and 0.3 s less in an import or a hub update (the apply's process).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from melayani_core.storage import head_schema

SQL_FILE = Path(__file__).resolve().parent / "directory_schema.sql"


def head_revision() -> str:
    """The Alembic revision the SQL stands for."""
    return head_schema.revision(SQL_FILE.read_text(encoding="utf-8"))


def create(con: sqlite3.Connection) -> None:
    """Open a transaction on ``con`` (an empty file, autocommit) and create in it every
    table and index of the head revision, stamped as Alembic would (``alembic_version``);
    the caller fills the tables and commits."""
    con.execute("BEGIN")
    for statement in head_schema.statements(SQL_FILE.read_text(encoding="utf-8")):
        con.execute(statement)


def columns(con: sqlite3.Connection, table: str) -> list[str]:
    """The columns of ``table`` in the file, in their order."""
    return [row[1] for row in con.execute(f"PRAGMA table_info({table})")]


def from_alembic(path: Path) -> None:
    """Build an empty directory file at ``path`` through the Alembic scripts."""
    from melayani_core.storage import migrate

    head_schema.from_alembic(path, migrate.MIGRATIONS / "directory")


def main(argv: list[str]) -> int:
    from melayani_core.storage import migrate

    return head_schema.write_from_alembic(SQL_FILE, migrate.MIGRATIONS / "directory", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
