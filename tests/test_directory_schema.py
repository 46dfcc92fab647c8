"""The directory file's schema as plain SQL (storage/directory_schema.py) is exactly the
Alembic head's, and building a directory imports neither SQLAlchemy nor Alembic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from melayani_core.storage import directory_schema


def _master(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
        version = con.execute("SELECT version_num FROM alembic_version").fetchall()
        return [*rows.fetchall(), ("alembic_version", *version)]
    finally:
        con.close()


def test_the_sql_schema_is_the_alembic_head(tmp_path):
    alembic = tmp_path / "alembic.sqlite"
    directory_schema.from_alembic(alembic)
    plain = tmp_path / "plain.sqlite"
    con = sqlite3.connect(plain, isolation_level=None)
    directory_schema.create(con)
    con.execute("COMMIT")
    con.close()
    # on failure: python -m melayani_core.storage.directory_schema --write
    assert _master(plain) == _master(alembic)


def test_building_a_directory_imports_no_sqlalchemy(tmp_path):
    code = (
        "import sys; from pathlib import Path;"
        "from melayani_desk.directory.local import install_sample;"
        f"install_sample(Path({str(tmp_path)!r}));"
        "print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr
