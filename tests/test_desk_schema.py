"""A new desk database is made by plain SQL (storage/schema.py), not Alembic: it must be the
same file the Alembic scripts make, and a desk at head must never load SQLAlchemy or
Alembic (issue 14: ~35 MB of the window)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from melayani_desk.storage import desk_db, desk_upgrade, schema
from melayani_desk.storage.desk_db import head_revision, open_desk_db

ROOT = Path(__file__).resolve().parent.parent


def _master(path: Path) -> dict[str, object]:
    """Everything SQLite keeps about a file's schema: sqlite_master's rows (rootpage
    aside), the AUTOINCREMENT counters, the stamped revision, the file's pragmas."""
    con = sqlite3.connect(path)
    try:
        return {
            "master": sorted(
                con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                key=lambda r: (r[0], r[1]),
            ),
            "sequence": con.execute("SELECT name, seq FROM sqlite_sequence").fetchall(),
            "revision": con.execute("SELECT version_num FROM alembic_version").fetchall(),
            "pragmas": [
                con.execute(f"PRAGMA {p}").fetchone()[0]
                for p in ("journal_mode", "user_version", "page_size", "auto_vacuum")
            ],
        }
    finally:
        con.close()


def _by_alembic(folder: Path) -> Path:
    """A new file made as every release before this one made it: Alembic, from nothing."""
    folder.mkdir(parents=True)
    path = folder / desk_db.DESK_FILE
    assert desk_upgrade.upgrade(path, desk_db.SCRIPTS) is None  # nothing to back up
    return path


def test_a_new_file_is_the_file_the_migrations_make(tmp_path):
    open_desk_db(tmp_path / "new").close()
    made = _master(tmp_path / "new" / desk_db.DESK_FILE)
    migrated = _master(_by_alembic(tmp_path / "alembic"))
    assert made == migrated
    assert made["revision"] == [(desk_db.HEAD,)]


def test_the_schema_module_is_at_head():
    assert schema.REVISION == desk_db.HEAD == head_revision()


def test_a_new_file_takes_records_and_enforces_the_rules(tmp_path):
    db = open_desk_db(tmp_path)
    try:
        with db.write() as con:
            con.execute("INSERT INTO desk (id, desk_id, created_at) VALUES (1, 'd-1', 'x')")
            con.execute(
                "INSERT INTO referrals (uuid, desk_id, seq, created_at, service_id, contact_id, "
                "channel) VALUES ('r-1', 'd-1', 1, 'x', 's', 'c', 'read_out')"
            )
        con = sqlite3.connect(tmp_path / desk_db.DESK_FILE)
        try:
            for sql in ("UPDATE referrals SET need_text = 'x'", "DELETE FROM referrals"):
                try:
                    con.execute(sql)
                except sqlite3.DatabaseError as exc:
                    assert "immutable" in str(exc)
                else:
                    raise AssertionError(f"{sql} was allowed")
        finally:
            con.close()
    finally:
        db.close()


def test_two_first_opens_at_once_make_one_schema(tmp_path):
    errors: list[BaseException] = []

    def open_close() -> None:
        try:
            open_desk_db(tmp_path).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_close) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert _master(tmp_path / desk_db.DESK_FILE) == _master(_by_alembic(tmp_path / "alembic"))


def _modules_after(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code + "; import sys; "
         "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_log_and_the_sync_import_no_sqlalchemy(tmp_path):
    assert _modules_after("import melayani_desk.referrals.log") == "[]"
    assert (
        _modules_after(
            "import melayani_desk.sync.runner, melayani_desk.sync.sender, "
            "melayani_desk.sync.state, melayani_desk.sync.enroll, melayani_desk.referrals.retention"
        )
        == "[]"
    )
    # a new desk: its database made, a referral-free log opened and read
    code = (
        "from pathlib import Path; from melayani_desk.referrals.log import ReferralLog; "
        "from melayani_desk.sync.state import SyncStore; "
        f"log = ReferralLog(Path({str(tmp_path)!r})); SyncStore(log.db).load(); "
        "log.counts(); log.close()"
    )
    assert _modules_after(code) == "[]"


@pytest.mark.parametrize("ran_before", [True, False])
def test_a_window_loads_no_sqlalchemy(tmp_path, sample_dir, ran_before):
    """The real program's start (--smoke-test: window, directory, first search) on a desk
    whose directory and desk database exist, and on a first start (the bundled sample is
    built from the directory's plain-SQL schema): neither SQLAlchemy nor Alembic is
    imported."""
    folder = tmp_path / "desk"
    if ran_before:
        shutil.copytree(sample_dir, folder)
        open_desk_db(folder).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MELAYANI_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "melayani_desk", "--data-dir", str(folder),
         "--smoke-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"ok": true' in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines()}
    assert not imported & {"sqlalchemy", "alembic"}
