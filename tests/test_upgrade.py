"""Upgrades: a desk database of the first release, with unsynced referrals, is opened by this
version: backed up, migrated by Alembic at start-up, every referral still there and pending.

The first released schema is frozen in tests/data/desk_schema_v1.sql; a released migration
must never be edited, and the first test fails if k0001 no longer builds exactly that.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from upgrade_support import DESK_ID, FIRST_RELEASE, create_v1_schema, make_v1, structure

from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.storage.desk_db import head_revision


def _rows(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_k0001_still_builds_the_released_schema(tmp_path):
    create_v1_schema(tmp_path / "alembic.sqlite", "alembic")
    create_v1_schema(tmp_path / "dump.sqlite", "sql")
    assert structure(tmp_path / "alembic.sqlite") == structure(tmp_path / "dump.sqlite")


@pytest.mark.parametrize("via", ["alembic", "sql"])
def test_first_release_database_upgrades_with_every_referral_pending(data_dir, via):
    path = data_dir / "desk.sqlite"
    made = make_v1(path, pending=120, sent=5, quarantined=3, via=via)
    before = _rows(path, "SELECT * FROM referrals ORDER BY id")
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(FIRST_RELEASE,)]

    log = ReferralLog(data_dir)  # what the app does at start-up
    try:
        # a copy was made before migrating, and it is the untouched first-release file
        backup = log.db.backup
        assert backup is not None and backup.parent == data_dir / "backups"
        assert backup.name.startswith(f"desk-{FIRST_RELEASE}-")
        assert _rows(backup, "SELECT version_num FROM alembic_version") == [(FIRST_RELEASE,)]
        assert _rows(backup, "SELECT * FROM referrals ORDER BY id") == before
        assert _rows(backup, "PRAGMA integrity_check") == [("ok",)]

        # migrated to head, the same desk, every referral there with its state
        assert _rows(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        assert log.desk.desk_id == DESK_ID
        after = _rows(path, "SELECT * FROM referrals ORDER BY id")
        width = len(before[0])
        assert [row[:width] for row in after] == before
        # columns added later (k0004: found_via, search_rank; k0006: redacted_at) hold
        # "unknown" / "not redacted" for old rows; k0005's code is the one the first
        # release printed on the slip
        prefix = DESK_ID.replace("-", "")[:4].upper()
        seqs = {row[0]: row[3] for row in before}  # id, uuid, desk_id, seq
        assert {row[0]: row[width:] for row in after} == {
            i: ("", 0, f"{prefix}-{seq:04d}", None) for i, seq in seqs.items()
        }
        assert log.desk.code == prefix and not log.desk.code_from_hub
        assert log.referral(f"{prefix.lower()}-0007").seq == 7  # an old slip's code
        views = {v.uuid: v.sync_state for v in log.referrals(limit=10_000)}
        assert views == made
        assert log.counts() == {"pending": 120, "sent": 5, "quarantined": 3}
        pending = log.pending(500)
        assert [p.item_uuid for p in pending] == [u for u, s in made.items() if s == "pending"]
        assert all(p.payload["desk_id"] == DESK_ID and p.payload["uuid"] for p in pending)
        assert pending[2].payload["citizen_phone"] == "+6281311112222"  # consent kept

        # the log goes on: the next referral takes the next sequence number
        reader = open_reader(data_dir)
        try:
            new = log.record_referral(
                reader=reader,
                service_id=reader.services("LIMIT 1")[0].service_id,
                contact_id=reader.all_contacts()[0].contact_id,
                channel="printed",
            )
        finally:
            reader.close()
        assert new.seq == 129 and new.desk_id == DESK_ID
        assert new.code == f"{prefix}-0129"  # the same prefix goes on
        assert log.counts()["pending"] == 121
    finally:
        log.close()
    # the immutability triggers of k0001 survived the upgrade
    con = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            con.execute("UPDATE referrals SET need_text = 'x'")
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            con.execute("DELETE FROM referrals")
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_second_start_makes_no_new_backup(data_dir):
    make_v1(data_dir / "desk.sqlite", pending=3)
    ReferralLog(data_dir).close()
    ReferralLog(data_dir).close()
    assert len(list((data_dir / "backups").iterdir())) == 1


def test_damaged_database_at_start_is_kept_aside_and_reported(data_dir):
    """Start-up through the real program: a clear message, exit 4, the file kept whole."""
    path = data_dir / "desk.sqlite"
    make_v1(path, pending=40)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(raw) - page, page):  # scribble over b-tree pages
        raw[offset + 8 : offset + 40] = b"\xa5" * 32
    path.write_bytes(bytes(raw))
    damaged = bytes(raw)

    run = subprocess.run(
        [sys.executable, "-m", "melayani_desk", "--data-dir", str(data_dir), "referrals"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 4, run.stderr
    assert "rusak" in run.stderr and "Traceback" not in run.stderr
    kept = list(data_dir.glob("desk.corrupt-*.sqlite"))
    assert len(kept) == 1 and str(kept[0].name) in run.stderr
    assert kept[0].read_bytes() == damaged  # never overwritten
    assert not path.exists()

    # the next start begins a fresh desk database and leaves the damaged copy alone
    ReferralLog(data_dir).close()
    assert kept[0].read_bytes() == damaged
