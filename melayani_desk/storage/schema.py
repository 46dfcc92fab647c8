"""The desk database's schema at head, as plain SQL: what a fresh ``desk.sqlite`` is made of.

``desk_schema.sql`` beside this module holds the statements the Alembic scripts in
``migrations/desk`` leave in ``sqlite_master`` when they build a new file from nothing,
word for word, then the revision stamp and the AUTOINCREMENT counter
(``melayani_core/storage/head_schema.py``, shared with the directory file).  A file made
from it and one made by the migrations are the same file: tests/test_desk_schema.py builds
both and compares them, and fails when a migration is added without writing the SQL again:

    python -m melayani_desk.storage.schema --write

A fresh file is made from these in one transaction (``desk_db._create``), so Alembic is
needed only for a file made by an older release.
"""

from __future__ import annotations

import sys
from pathlib import Path

from melayani_core.storage import head_schema

SQL_FILE = Path(__file__).resolve().parent / "desk_schema.sql"
_TEXT = SQL_FILE.read_text(encoding="utf-8")
REVISION = head_schema.revision(_TEXT)
STATEMENTS: tuple[str, ...] = tuple(head_schema.statements(_TEXT))


def main(argv: list[str]) -> int:
    from melayani_desk.storage.desk_db import SCRIPTS

    return head_schema.write_from_alembic(SQL_FILE, SCRIPTS, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
