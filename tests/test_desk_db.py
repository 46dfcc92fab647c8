"""The desk database: pragmas, migration with backup, corruption handling, immutability."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from melayani_desk.storage import desk_db
from melayani_desk.storage.desk_db import (
    DeskDatabaseCorrupt,
    DeskDatabaseError,
    backup_file,
    head_revision,
    open_desk_db,
)

TEST_REVISION = '''
"""Test-only second revision."""
import sqlalchemy as sa
from alembic import op

revision = "k9999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("test_extra")
'''


def _revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_pragmas_on_every_connection(tmp_path):
    db = open_desk_db(tmp_path)
    try:
        for transaction in (db.read, db.write):
            with transaction() as con:
                assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
                assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
                assert con.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
                assert con.in_transaction  # an explicit BEGIN, not autocommit
    finally:
        db.close()
    assert _revision(tmp_path / "desk.sqlite") == head_revision()


def test_writes_take_the_write_lock_at_begin(tmp_path):
    db = open_desk_db(tmp_path)
    try:
        with db.write() as con:
            con.execute("SELECT 1")
            other = sqlite3.connect(tmp_path / "desk.sqlite", timeout=0, isolation_level=None)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
        with db.read() as con:  # a read takes no write lock
            con.execute("SELECT count(*) FROM referrals")
            other = sqlite3.connect(tmp_path / "desk.sqlite", timeout=0, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            other.close()
    finally:
        db.close()


def test_a_failed_write_is_rolled_back_whole(tmp_path):
    db = open_desk_db(tmp_path)
    try:
        with pytest.raises(RuntimeError), db.write() as con:
            con.execute("INSERT INTO desk (id, desk_id, created_at) VALUES (1, 'd-9', 'x')")
            raise RuntimeError("power cut before commit")
        with db.read() as con:
            assert con.execute("SELECT count(*) FROM desk").fetchone()[0] == 0
        with pytest.raises(sqlite3.IntegrityError), db.write() as con:
            con.execute("INSERT INTO desk (id, desk_id, created_at) VALUES (1, 'd-9', 'x')")
            con.execute("INSERT INTO desk (id, desk_id, created_at) VALUES (2, 'd-8', 'x')")
        with db.read() as con:
            assert con.execute("SELECT count(*) FROM desk").fetchone()[0] == 0
    finally:
        db.close()


def test_records_match_the_migration(tmp_path):
    """Every field of the log's records and of the sync state is a column of its table,
    and every column but the row id is read back (what the models' comparison with the
    migration checked before the log moved to plain sqlite3)."""
    from melayani_desk.referrals import rows
    from melayani_desk.sync.state import STATE_FIELDS

    db = open_desk_db(tmp_path)
    try:
        with db.read() as con:

            def columns(table: str) -> set[str]:
                return {r[1] for r in con.execute(f"PRAGMA table_info({table})")}

            for table, names in rows.TABLES.values():
                assert columns(table) == {"id", *names}, table
            assert columns("desk") == {"id", "created_at", *rows.DESK_FIELDS}
            assert columns("outbox") == set(rows.OUTBOX_FIELDS)
            assert columns("sync_state") == {"id", *STATE_FIELDS}
            assert columns("trusted_keys") == {"key_id", "public_key", "source", "added_at"}
    finally:
        db.close()


def test_head_constant_is_alembics_head():
    """HEAD is what Alembic's ScriptDirectory finds in the bundled scripts: move it on with
    every new migration."""
    assert desk_db.HEAD == head_revision()


def test_reopen_at_head_imports_no_alembic(tmp_path):
    """At head the revision is read with plain sqlite3: Alembic stays out of the process."""
    open_desk_db(tmp_path).close()
    code = (
        "import sys; from pathlib import Path; "
        "from melayani_desk.referrals.log import ReferralLog; "
        f"log = ReferralLog(Path({str(tmp_path)!r})); log.referral_counts(); log.close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)  # fmt: skip
    assert done.stdout.strip() == "[]"
    assert desk_db.file_revision(tmp_path / "desk.sqlite") == desk_db.HEAD


def test_reopen_at_head_makes_no_backup(tmp_path):
    open_desk_db(tmp_path).close()
    db = open_desk_db(tmp_path)
    db.close()
    assert db.backup is None
    assert not (tmp_path / "backups").exists()


def test_backup_before_migrating_an_older_database(tmp_path, monkeypatch):
    """A real further revision (test-only scripts folder): the file at head is copied first."""
    data = tmp_path / "data"
    db = open_desk_db(data)
    with db.write() as con:
        con.execute("INSERT INTO desk (id, desk_id, created_at) VALUES (1, 'd-1', 'now')")
    db.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(desk_db.SCRIPTS, scripts / "desk")
    head = head_revision()
    (scripts / "desk" / "versions" / "k9999_test.py").write_text(
        TEST_REVISION.replace("{head}", head), encoding="utf-8"
    )
    monkeypatch.setattr(desk_db, "SCRIPTS", scripts / "desk")
    monkeypatch.setattr(desk_db, "HEAD", "k9999_test")

    db = open_desk_db(data)
    db.close()
    assert _revision(data / "desk.sqlite") == "k9999_test"
    assert db.backup is not None and db.backup.parent == data / "backups"
    assert db.backup.name.startswith(f"desk-{head}-")
    assert _revision(db.backup) == head
    con = sqlite3.connect(db.backup)
    try:
        assert con.execute("SELECT desk_id FROM desk").fetchall() == [("d-1",)]
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert "test_extra" not in tables
    finally:
        con.close()


def test_newer_database_is_refused_untouched(tmp_path):
    open_desk_db(tmp_path).close()
    con = sqlite3.connect(tmp_path / "desk.sqlite")
    con.execute("UPDATE alembic_version SET version_num = 'k9999_future'")
    con.commit()
    con.close()
    with pytest.raises(DeskDatabaseError, match="lebih baru"):
        open_desk_db(tmp_path)
    assert _revision(tmp_path / "desk.sqlite") == "k9999_future"


def test_backup_file_includes_uncheckpointed_wal(tmp_path):
    db = open_desk_db(tmp_path)
    try:
        with db.write() as con:
            con.execute("INSERT INTO desk (id, desk_id, created_at) VALUES (1, 'd-2', 'x')")
        copy = backup_file(db.path, tmp_path / "b" / "copy.sqlite")
    finally:
        db.close()
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT desk_id FROM desk").fetchall() == [("d-2",)]
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()


def test_corrupt_file_is_moved_aside_never_overwritten(tmp_path):
    garbage = b"this is not a database, it is a power cut " * 200
    (tmp_path / "desk.sqlite").write_bytes(garbage)
    with pytest.raises(DeskDatabaseCorrupt, match="rusak") as info:
        open_desk_db(tmp_path)
    moved = info.value.moved_to
    assert moved.name.startswith("desk.corrupt-") and moved.suffix == ".sqlite"
    assert moved.read_bytes() == garbage
    assert not (tmp_path / "desk.sqlite").exists()
    assert str(moved) in str(info.value)
    # the next open starts a fresh database; the damaged one stays where it was put
    open_desk_db(tmp_path).close()
    assert moved.read_bytes() == garbage


def test_damaged_pages_are_detected(tmp_path):
    db = open_desk_db(tmp_path)
    with db.write() as con:
        con.execute("INSERT INTO desk (id, desk_id, created_at) VALUES (1, 'd-3', 'x')")
    db.close()
    path = tmp_path / "desk.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[page : 3 * page] = b"\xff" * (2 * page)  # smash the pages after the header page
    path.write_bytes(bytes(data))
    with pytest.raises(DeskDatabaseCorrupt):
        open_desk_db(tmp_path)
    assert list(tmp_path.glob("desk.corrupt-*.sqlite"))


def test_locked_file_is_not_called_corrupt(tmp_path, monkeypatch):
    open_desk_db(tmp_path).close()

    # An error that is not corruption must never move the file aside.
    err = sqlite3.OperationalError("database is locked")
    err.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]

    class Con:
        def execute(self, _sql: str) -> None:
            raise err

        def close(self) -> None:
            pass

    monkeypatch.setattr(desk_db.sqlite3, "connect", lambda *a, **k: Con())
    with pytest.raises(DeskDatabaseError) as info:
        desk_db.check_file(tmp_path / "desk.sqlite")
    assert not isinstance(info.value, DeskDatabaseCorrupt)
    assert (tmp_path / "desk.sqlite").exists()
    assert not list(tmp_path.glob("desk.corrupt-*"))
