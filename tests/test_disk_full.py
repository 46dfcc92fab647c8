"""A full disk (issue #11, item 5): ``refer``, ``outcome``, ``sync``, ``import`` and
``export`` say so in plain Indonesian, with what to do, and never a traceback; nothing
saved before is lost, nothing is half-written, and ``export`` leaves no 0-byte or partial
file. The real program runs in a subprocess under tests/disk_full_run.py, which makes
SQLite hit its own SQLITE_FULL (``PRAGMA max_page_count``) or makes file writes fail with
ENOSPC."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fault_proxy import FaultProxy
from hub_fixtures import hub_on
from test_sync_held import via
from test_sync_hub import counts, directory_bytes, hub_uuids, new_desk
from test_sync_support import fill_pending, snapshot_csvs

from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.enroll import enroll
from melayani_hub import publish, signing
from melayani_hub.desks import new_code

ROOT = Path(__file__).resolve().parents[1]
RUN = Path(__file__).with_name("disk_full_run.py")
DISK_FULL = 6
SAY = ("Disk penuh", "Kosongkan ruang disk")


def desk_cli(folder: Path, *args: str, fault: str | None = None):
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("MELAYANI_DATA_DIR", None)
    cmd = [sys.executable, "-m", "melayani_desk"]
    if fault:
        cmd = [sys.executable, str(RUN), fault, "--"]
    return subprocess.run(
        [*cmd, "--data-dir", str(folder), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def assert_said_plainly(done, code: int = DISK_FULL) -> None:
    said = done.stdout + done.stderr
    assert done.returncode == code, said
    assert all(part in said for part in SAY), said
    assert "Traceback" not in said and "sqlalche.me" not in said and "Errno" not in said


def small_page_desk(folder: Path, sample_dir: Path) -> None:
    """A desk whose database has 512-byte pages, so every referral with a long note needs
    new pages: under ``pages:desk.sqlite:0`` each such write meets a full database."""
    shutil.copytree(sample_dir, folder)
    con = sqlite3.connect(folder / "desk.sqlite")
    con.execute("PRAGMA page_size = 512")
    con.execute("CREATE TABLE _page_size (x)")
    con.execute("DROP TABLE _page_size")
    con.commit()
    con.close()
    ReferralLog(folder).close()  # migrated as the app does


def a_service_and_contact(folder: Path) -> tuple[str, str]:
    from melayani_desk.directory.local import open_reader

    reader = open_reader(folder)
    try:
        services = reader.services("ORDER BY sid LIMIT 20")
        linked = reader.contacts_for_services([s.service_id for s in services])
        return next((s, c[0].contact_id) for s, c in linked.items() if c)
    finally:
        reader.close()


def rows(folder: Path) -> list[tuple]:
    con = sqlite3.connect(folder / "desk.sqlite")
    try:
        return con.execute(
            "SELECT r.uuid, r.seq, r.note, o.state FROM referrals r "
            "JOIN outbox o ON o.item_uuid = r.uuid ORDER BY r.seq"
        ).fetchall()
    finally:
        con.close()


def test_refer_and_outcome_on_a_full_disk_say_so_and_lose_nothing(tmp_path, sample_dir):
    desk = tmp_path / "desk"
    small_page_desk(desk, sample_dir)
    service, contact = a_service_and_contact(desk)
    refer = ["refer", "--service", service, "--contact", contact, "--channel", "read_out"]
    saved = desk_cli(desk, *refer, "--need", "ktp hilang", "--json")
    assert saved.returncode == 0, saved.stderr
    first = json.loads(saved.stdout)["uuid"]
    before = rows(desk)

    full = "pages:desk.sqlite:0"
    done = desk_cli(desk, *refer, "--note", "catatan panjang " * 120, fault=full)
    assert_said_plainly(done)
    assert "rujukan TIDAK dicatat" in done.stderr
    done = desk_cli(desk, "outcome", first, "responded", "--note", "x" * 1900, fault=full)
    assert_said_plainly(done)
    assert "hasil rujukan TIDAK dicatat" in done.stderr

    assert rows(desk) == before  # nothing lost, nothing half-written
    con = sqlite3.connect(desk / "desk.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM outcomes").fetchone()[0] == 0
    con.close()
    again = desk_cli(desk, *refer, "--note", "catatan panjang " * 120)  # space freed
    assert again.returncode == 0 and [r[1] for r in rows(desk)] == [1, 2]


def test_import_on_a_full_disk_keeps_the_directory_in_use(tmp_path, sample_dir):
    desk = tmp_path / "desk"
    shutil.copytree(sample_dir, desk)
    before = directory_bytes(desk)
    listing = sorted(p.name for p in (desk / "directory").iterdir())
    source = tmp_path / "csv"
    source.mkdir()
    for name, body in snapshot_csvs("kupukupu").items():
        (source / name).write_text(body, encoding="utf-8")
    done = desk_cli(desk, "import", str(source), fault="pages:.building-:2")
    assert_said_plainly(done)
    assert "direktori lama tetap dipakai" in done.stderr
    assert directory_bytes(desk) == before
    assert sorted(p.name for p in (desk / "directory").iterdir()) == listing  # no leftovers


def test_export_on_a_full_disk_leaves_no_empty_or_partial_file(tmp_path, sample_dir):
    desk = tmp_path / "desk"
    shutil.copytree(sample_dir, desk)
    fresh = tmp_path / "fresh"
    done = desk_cli(desk, "export", "--hsds", str(fresh), fault="files:services.csv:4000")
    assert_said_plainly(done)
    assert "ekspor DIBATALKAN" in done.stderr
    assert not fresh.exists()  # nothing left behind where there was nothing

    kept = tmp_path / "kept"
    assert desk_cli(desk, "export", "--hsds", str(kept)).returncode == 0
    old = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in kept.iterdir()}
    assert all((kept / name).stat().st_size > 0 for name in old)
    for fault in ("files:services.csv:4000", "files:datapackage.json:0"):
        done = desk_cli(desk, "export", "--hsds", str(kept), fault=fault)
        assert_said_plainly(done)
        now = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in kept.iterdir()}
        assert now == old  # the earlier export, whole; no work folder, no 0-byte file


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    with hub_on("sqlite", tmp_path_factory.mktemp("disk-hub")) as running:
        yield running


def test_sync_on_a_full_disk_says_so_and_loses_or_doubles_nothing(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "full")
    uuids = fill_pending(desk, 30)
    # the hub stores the batch; marking it sent on the desk (the outbox UPDATE that counts
    # the attempt) meets the full disk
    mark = r"writes:desk.sqlite:attempts\s*="
    done = desk_cli(desk, "sync", fault=mark)
    assert_said_plainly(done, code=5)
    assert "sinkronisasi berhenti" in done.stderr and "dikirim" in done.stderr
    assert counts(desk) == {"pending": 30, "sent": 0, "quarantined": 0}
    report = json.loads(desk_cli(desk, "sync", "--json", fault=mark).stdout)
    assert report["ok"] is False and "Disk penuh" in report["failed"]

    done = desk_cli(desk, "sync")  # space freed: the hub answers duplicate, marked sent
    assert done.returncode == 0, done.stdout + done.stderr
    assert counts(desk) == {"pending": 0, "sent": 30, "quarantined": 0}
    assert sorted(hub_uuids(hub, [desk])) == sorted(uuids)


def test_a_directory_update_on_a_full_disk_keeps_the_directory_in_use(hub, tmp_path, sample_dir):
    keys = tmp_path / "keys"
    key, pub, _ = signing.keygen(keys)
    csv = tmp_path / "csv"
    csv.mkdir()
    for name, body in snapshot_csvs("kupukupu").items():
        (csv / name).write_text(body, encoding="utf-8")
    desk = tmp_path / "desk"
    shutil.copytree(sample_dir, desk)
    code, _ = new_code(hub.engine, "Meja")
    enroll(desk, hub.base_url, code, str(pub))
    version = publish.publish(hub.engine, csv, key).version
    before = directory_bytes(desk)
    with FaultProxy(hub.base_url) as proxy:  # the real hub, a real download
        via(desk, proxy.url)
        for fault in ("files:snapshot.zip:100", "pages:.building-:2"):
            done = desk_cli(desk, "sync", fault=fault)
            assert_said_plainly(done, code=5)
            assert f"direktori v{version} TIDAK dipasang" in done.stderr
            assert directory_bytes(desk) == before
            assert not list((desk / "sync-tmp").glob("snapshot-*"))
        done = desk_cli(desk, "sync")
    assert done.returncode == 0 and f"diperbarui ke v{version}" in done.stdout
