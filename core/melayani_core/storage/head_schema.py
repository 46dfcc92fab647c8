"""A SQLite file's schema at its newest migration, kept as plain SQL beside the code that
makes such files (issue 14): a new file is made from it with sqlite3 alone, so neither
SQLAlchemy nor Alembic is imported unless an older file must be upgraded.

The SQL is what the Alembic scripts leave in ``sqlite_master`` when they build a file from
nothing, word for word and in creation order (SQLite keeps a table's text as written), then
the revision stamp and the AUTOINCREMENT counters.  It is written by ``dump`` from a file
the migrations made (each user has a ``--write`` command), and each user's test builds one
file both ways and compares them, so a migration added without writing the SQL again fails.
Used by the directory file (``directory_schema.sql``) and the desk database
(``melayani_desk/storage/desk_schema.sql``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

REVISION_LINE = "-- revision: "


def _shadow(name: str, virtual: set[str]) -> bool:
    return any(name.startswith(f"{v}_") for v in virtual)


def dump(con: sqlite3.Connection) -> str:
    """The statements that make ``con``'s schema again, in creation order, without what
    SQLite makes by itself (automatic indexes, FTS5 shadow tables, ``sqlite_sequence``),
    then the revision in ``alembic_version`` and the AUTOINCREMENT counters."""
    rows = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid").fetchall()
    virtual = {n for _t, n, sql in rows if sql and sql.startswith("CREATE VIRTUAL TABLE")}
    statements = [
        sql for _t, n, sql in rows if sql and n != "sqlite_sequence" and not _shadow(n, virtual)
    ]
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{revision}')")
    if any(n == "sqlite_sequence" for _t, n, _s in rows):
        for name, seq in con.execute("SELECT name, seq FROM sqlite_sequence ORDER BY rowid"):
            statements.append(f"INSERT INTO sqlite_sequence (name, seq) VALUES ('{name}', {seq})")
    return f"{REVISION_LINE}{revision}\n" + "".join(f"{s};\n" for s in statements)


def revision(text: str) -> str:
    """The revision a dump stands for (its first line)."""
    first = text.split("\n", 1)[0]
    if not first.startswith(REVISION_LINE):
        raise ValueError(f"not a schema dump: {first[:60]!r}")
    return first[len(REVISION_LINE) :].strip()


def statements(text: str) -> list[str]:
    """The dump's statements one by one (a trigger's body keeps its own semicolons), for a
    caller that runs them inside its own transaction (``executescript`` would commit)."""
    out: list[str] = []
    pending = ""
    for line in text.splitlines(keepends=True):
        if not pending and line.startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip().removesuffix(";"))
            pending = ""
    if pending.strip():
        raise ValueError(f"schema dump ends inside a statement: {pending[:60]!r}")
    return out


def from_alembic(path: Path, scripts: Path) -> None:
    """Build a file at ``path`` from nothing through the Alembic scripts in ``scripts``."""
    from sqlalchemy import create_engine

    from melayani_core.storage import migrate

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, scripts)
    finally:
        engine.dispose()


def write_from_alembic(sql_file: Path, scripts: Path, argv: list[str]) -> int:
    """The ``--write`` command of a schema module: dump what ``scripts`` make into
    ``sql_file`` (``--write``) or print it."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schema.sqlite"
        from_alembic(path, scripts)
        con = sqlite3.connect(path)
        try:
            text = dump(con)
        finally:
            con.close()
    if "--write" in argv:
        sql_file.write_text(text, encoding="utf-8")
        print(f"wrote {sql_file}")
    else:
        print(text, end="")
    return 0
