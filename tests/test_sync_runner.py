"""SyncRunner: status for the window, worker-thread use, one pass at a time, migration."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from test_sync_support import (
    HEALTH,
    Signer,
    TinyServer,
    fill_pending,
    make_zip,
    manifest_fields,
    snapshot_csvs,
)

from melayani_desk.referrals.log import ReferralLog
from melayani_desk.storage.desk_db import head_revision
from melayani_desk.sync.runner import SyncRunner
from melayani_desk.sync.state import SyncStore


def test_the_migration_adds_the_sync_tables(data_dir):
    ReferralLog(data_dir).close()
    con = sqlite3.connect(data_dir / "desk.sqlite")
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    columns = {r[1] for r in con.execute("PRAGMA table_info(sync_state)")}
    con.close()
    assert {"sync_state", "trusted_keys"} <= tables
    assert "directory_epoch" in columns  # k0003: the version floor is (epoch, version)
    assert version == head_revision()


def test_status_of_a_desk_never_enrolled(data_dir):
    fill_pending(data_dir, 3)
    status = SyncRunner(data_dir).status()
    assert (status.enrolled, status.pending, status.quarantined) == (False, 3, 0)
    assert status.last_success_at is None and status.directory_version == 0
    report = SyncRunner(data_dir).run_once()
    assert not report.enrolled and "belum terdaftar" in report.lines()[0]


@pytest.fixture
def enrolled(data_dir, sample_dir):
    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)
    signer = Signer()
    server = TinyServer()
    server.json("GET", "/api/v1/health", HEALTH)
    log = ReferralLog(data_dir)
    SyncStore(log.db).enroll(server.url, "t", {signer.key_id: signer.raw}, "uji", datetime.now(UTC))
    log.close()
    yield data_dir, server, signer
    server.close()


def test_old_directory_warning(enrolled):
    data_dir, server, signer = enrolled
    snap = make_zip(snapshot_csvs())
    server.json("GET", "/api/v1/directory/manifest",
                signer.envelope(manifest_fields(2, snap, expires_in_days=90)))  # fmt: skip
    server.raw("GET", "/api/v1/directory/snapshots/2", snap)
    report = SyncRunner(data_dir).run_once()
    assert report.ok and report.directory.status == "updated"
    later = datetime.now(UTC) + timedelta(days=40)
    status = SyncRunner(data_dir).status(now=later)
    assert (status.directory_version, status.directory_age_days) == (2, 40)
    assert status.warning == "old" and "40 hari" in status.warning_text
    status = SyncRunner(data_dir).status(now=later + timedelta(days=60))
    assert status.warning == "expired"  # the installed directory's manifest ran out


def test_runner_in_worker_threads_runs_one_pass_at_a_time(enrolled):
    data_dir, server, _ = enrolled
    fill_pending(data_dir, 20)
    gate = threading.Event()
    entered = threading.Event()

    def slow_batch(_path: str, body: bytes):
        entered.set()
        gate.wait(10)
        items = json.loads(body)["items"]
        answer = {"results": [{"uuid": i["uuid"], "status": "created"} for i in items]}
        return 200, {}, json.dumps(answer).encode()

    server.routes[("POST", "/api/v1/sync/batch")] = slow_batch
    runner = SyncRunner(data_dir)
    reports = []
    worker = threading.Thread(target=lambda: reports.append(runner.run_once()))
    worker.start()
    assert entered.wait(10)
    assert "sedang berjalan" in runner.run_once().skipped  # a second pass does not start
    assert runner.status().pending == 20  # status works meanwhile, from another thread
    gate.set()
    worker.join(20)
    assert reports[0].upload.created == 20
    assert runner.status().pending == 0


def test_report_as_json_and_lines(enrolled):
    data_dir, server, _ = enrolled
    fill_pending(data_dir, 2)
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json=HEALTH)
                                    if r.url.path.endswith("health")
                                    else httpx.Response(503))  # fmt: skip
    report = SyncRunner(data_dir, transport=transport).run_once()
    data = report.as_dict()
    assert data["ok"] is False and data["upload"]["pending"] == 2
    assert data["upload"]["next_attempt_at"] and data["directory"] is None
    assert any("Dicoba lagi" in line for line in report.lines())
