"""The window's sync pass in a child process (ProcessSyncRunner) against the REAL hub
(uvicorn on loopback; SQLite, and PostgreSQL when MELAYANI_TEST_PG_URL is set): referrals
arrive once, an unenrolled desk says so, the retry schedule is honoured, a new directory
is switched to, and a child that misbehaves becomes one clear exception."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hub_fixtures import fresh_hub_fixture, hub_fixture  # noqa: F401
from sqlalchemy import select
from test_sync_support import Signer, fill_pending, snapshot_csvs

from melayani_core.search.engine import SearchEngine
from melayani_desk import cli
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync import process
from melayani_desk.sync.process import ProcessSyncRunner, SyncProcessError
from melayani_desk.sync.runner import SyncReport, SyncRunner
from melayani_desk.sync.sender import UploadResult
from melayani_desk.sync.state import SyncStore, iso
from melayani_desk.sync.updater import DirectoryResult
from melayani_hub import publish, signing
from melayani_hub.desks import new_code
from melayani_hub.models import Referral


# --- helpers --------------------------------------------------------------------------------
def enrolled_desk(tmp_path: Path, sample_dir: Path, hub, name: str, trust: Path | None = None):
    """A desk with the sample directory, enrolled through ``melayani-desk enroll``."""
    folder = tmp_path / name
    shutil.copytree(sample_dir, folder)
    code, _ = new_code(hub.engine, name, "Giri", "Jambesari")
    trust = trust or Signer().write_pub(tmp_path / f"{name}.pub")
    args = ["--data-dir", str(folder), "enroll", "--hub", hub.base_url, "--code", code,
            "--trust-key", str(trust), "--name", name]  # fmt: skip
    assert cli.main(args) == 0
    return folder


def hub_uuids(hub, folder: Path) -> list[str]:
    log = ReferralLog(folder)
    desk_id = log.desk.desk_id
    log.close()
    with hub.engine.connect() as conn:
        return list(conn.scalars(select(Referral.uuid).where(Referral.desk_id == desk_id)))


def found(folder: Path, text: str) -> list[str]:
    reader = open_reader(folder)
    try:
        return [r.service.name for r in SearchEngine(reader).search(text, prefix=False)]
    finally:
        reader.close()


@pytest.fixture
def in_child_only(monkeypatch):
    """Make an in-process pass impossible, so a passing test proves the child ran it."""

    def refuse(self, **_kw):
        raise AssertionError("the pass ran in the window's process")

    monkeypatch.setattr(SyncRunner, "run_once", refuse)


# --- SyncReport <-> JSON -----------------------------------------------------------------------
REPORTS = [
    SyncReport(enrolled=False),
    SyncReport(skipped="menunggu jadwal coba lagi (2026-01-01T00:00:00+00:00)"),
    SyncReport(upload=UploadResult()),
    SyncReport(
        upload=UploadResult(
            online=False, error="tidak terjangkau: ‘koneksi’ ditolak", next_attempt_at="2026-01-01"
        )
    ),
    SyncReport(
        upload=UploadResult(created=3, duplicates=2, quarantined=1, pending=4, batches=2),
        directory=DirectoryResult("updated", version=7, installed=7),
    ),
    SyncReport(
        upload=UploadResult(token_rejected=True, error="token ditolak"),
        directory=DirectoryResult("rejected", version=9, installed=7, reason="tanda tangan"),
    ),
]


@pytest.mark.parametrize("report", REPORTS)
def test_a_report_survives_as_dict_json_and_from_dict(report):
    import json

    data = json.loads(json.dumps(report.as_dict(), ensure_ascii=True))
    again = SyncReport.from_dict(data)
    assert again == report
    assert (again.ok, again.lines()) == (report.ok, report.lines())


def test_from_dict_refuses_what_is_not_a_report():
    for bad in ([], "x", None, {"skipped": ""}, {"enrolled": True, "upload": "x"}):
        with pytest.raises((TypeError, KeyError)):
            SyncReport.from_dict(bad)


def test_the_child_command_from_source_and_frozen(monkeypatch, tmp_path):
    runner = ProcessSyncRunner(tmp_path)
    assert runner.command(force=True) == [
        sys.executable, "-m", "melayani_desk", "--data-dir", str(tmp_path), "sync", "--json",
    ]  # fmt: skip
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    cmd = runner.command(force=False)
    assert cmd == [sys.executable, "--data-dir", str(tmp_path), "sync", "--json", "--if-due"]
    args = cli._parser().parse_args(cmd[1:])  # the frozen program's argv is the CLI's argv
    assert (args.command, args.json, args.if_due, args.data_dir) == (
        "sync", True, True, str(tmp_path),
    )  # fmt: skip


def test_the_frozen_window_starts_the_console_program_beside_it(monkeypatch, tmp_path):
    # the one-folder build (build.spec): melayani-desk[.exe] and melayani-desk-cli[.exe]
    for suffix in ("", ".exe"):
        folder = tmp_path / f"dist{suffix or '-posix'}"
        folder.mkdir()
        window = folder / f"melayani-desk{suffix}"
        window.write_bytes(b"")
        monkeypatch.setattr(sys, "frozen", True, raising=False)
        monkeypatch.setattr(sys, "executable", str(window))
        # a build without the console program: the window program itself
        assert ProcessSyncRunner(tmp_path).command(force=True)[0] == str(window)
        console = folder / f"{process.CLI_NAME}{suffix}"
        console.write_bytes(b"")
        cmd = ProcessSyncRunner(tmp_path).command(force=True)
        assert cmd == [str(console), "--data-dir", str(tmp_path), "sync", "--json"]


# --- against the real hub ---------------------------------------------------------------------
def test_a_pass_in_a_child_sends_the_logged_referrals_once(
    hub, tmp_path, sample_dir, in_child_only
):
    desk = enrolled_desk(tmp_path, sample_dir, hub, "anak")
    sent = fill_pending(desk, 25)
    runner = ProcessSyncRunner(desk)
    report = runner.run_once(force=False)
    assert report.enrolled and not report.skipped
    assert (report.upload.created, report.upload.sent, report.upload.pending) == (25, 25, 0)
    assert report.ok and report.directory.status == "none"  # the hub published nothing yet
    assert sorted(hub_uuids(hub, desk)) == sorted(sent)
    status = runner.status()  # in-process, after the child's writes
    assert (status.pending, status.sent, status.consecutive_failures) == (0, 25, 0)
    assert status.last_success_at is not None

    again = runner.run_once(force=True)
    assert (again.upload.sent, again.upload.batches) == (0, 0)
    assert sorted(hub_uuids(hub, desk)) == sorted(sent)  # still once each


def test_an_unenrolled_desk_in_a_child(tmp_path, in_child_only):
    report = ProcessSyncRunner(tmp_path / "kosong").run_once(force=True)
    assert report.enrolled is False and not report.ok
    assert "belum terdaftar" in report.lines()[0]


def test_a_scheduled_retry_is_honoured_unless_forced(hub, tmp_path, sample_dir):
    desk = enrolled_desk(tmp_path, sample_dir, hub, "jadwal")
    fill_pending(desk, 3)
    now = datetime.now(UTC)
    due = iso(now + timedelta(minutes=20))  # within the backoff's cap: a believable schedule
    log = ReferralLog(desk)
    SyncStore(log.db).update(last_attempt_at=iso(now), next_attempt_at=due, consecutive_failures=2)
    log.close()

    runner = ProcessSyncRunner(desk)
    skipped = runner.run_once(force=False)
    same = SyncRunner(desk).run_once(force=False)  # what the in-process runner says
    assert skipped == same
    assert "menunggu jadwal" in skipped.skipped and skipped.upload is None
    assert runner.status().pending == 3 and hub_uuids(hub, desk) == []

    forced = runner.run_once(force=True)  # F9
    assert forced.ok and forced.upload.created == 3
    status = runner.status()
    assert (status.pending, status.next_attempt_at, status.consecutive_failures) == (0, None, 0)


def test_a_new_directory_through_the_child_is_switched_to(fresh_hub, tmp_path, sample_dir):
    hub = fresh_hub
    key, pub, _ = signing.keygen(tmp_path / "keys")
    csv = tmp_path / "csv"
    csv.mkdir()

    def publish_words(word: str) -> int:
        for name, body in snapshot_csvs(word).items():
            (csv / name).write_text(body, encoding="utf-8")
        return publish.publish(hub.engine, csv, key).version

    desk = enrolled_desk(tmp_path, sample_dir, hub, "direktori", trust=pub)
    runner = ProcessSyncRunner(desk)
    assert runner.run_once(force=True).directory.status == "none"
    assert publish_words("pertama") == 1
    report = runner.run_once(force=True)
    assert report.ok and (report.directory.status, report.directory.installed) == ("updated", 1)
    assert found(desk, "pertama") == ["Layanan pertama Sinkron"]
    assert publish_words("kedua") == 2
    report = runner.run_once(force=False)
    assert (report.directory.status, report.directory.version) == ("updated", 2)
    assert found(desk, "kedua") == ["Layanan kedua Sinkron"] and found(desk, "pertama") == []
    status = runner.status()
    assert (status.directory_version, status.directory_source, status.warning) == (2, "hub v2", "")
    assert runner.run_once(force=True).directory.status == "up_to_date"


# --- a child that misbehaves ------------------------------------------------------------------
def child(monkeypatch, code: str) -> None:
    monkeypatch.setattr(
        ProcessSyncRunner, "command", lambda self, *, force: [sys.executable, "-c", code]
    )


def test_a_child_printing_garbage_is_a_clear_error(monkeypatch, tmp_path):
    child(monkeypatch, "print('x')")
    with pytest.raises(SyncProcessError, match="jawaban proses sinkronisasi tidak terbaca") as e:
        ProcessSyncRunner(tmp_path).run_once()
    assert "'x'" in str(e.value)


def test_a_child_json_that_is_not_a_report_is_a_clear_error(monkeypatch, tmp_path):
    child(monkeypatch, "print('[1, 2]')")
    with pytest.raises(SyncProcessError, match="tidak terbaca"):
        ProcessSyncRunner(tmp_path).run_once()


def test_an_unexpected_exit_status_quotes_the_childs_stderr(monkeypatch, tmp_path):
    code = (
        "import sys; sys.stderr.write('awal\\n' + 'x' * 5000 + '\\nTraceback: boom'); sys.exit(1)"
    )
    child(monkeypatch, code)
    with pytest.raises(SyncProcessError, match="kode 1") as e:
        ProcessSyncRunner(tmp_path).run_once()
    message = str(e.value)
    assert message.endswith("Traceback: boom") and "awal" not in message  # the tail only
    assert len(message) < process.STDERR_TAIL + 100


def test_a_normal_exit_status_without_a_report_is_an_error(monkeypatch, tmp_path):
    child(monkeypatch, "import sys; sys.stderr.write('Basis data rusak'); sys.exit(3)")
    with pytest.raises(SyncProcessError, match="Basis data rusak"):
        ProcessSyncRunner(tmp_path).run_once()


def test_a_child_that_hangs_is_killed(monkeypatch, tmp_path):
    child(monkeypatch, "import time; time.sleep(60)")
    started = time.monotonic()
    with pytest.raises(SyncProcessError, match="tidak selesai dalam"):
        ProcessSyncRunner(tmp_path, timeout=0.5).run_once()
    assert time.monotonic() - started < 10


def test_a_child_that_cannot_start_is_an_error(monkeypatch, tmp_path):
    monkeypatch.setattr(
        ProcessSyncRunner, "command", lambda self, *, force: [str(tmp_path / "tidak-ada")]
    )
    with pytest.raises(SyncProcessError, match="tidak bisa dimulai"):
        ProcessSyncRunner(tmp_path).run_once()


def test_detach_stops_waiting_and_overlapping_passes_are_skipped(monkeypatch, tmp_path):
    marker, begun = tmp_path / "selesai", tmp_path / "mulai"
    child(
        monkeypatch,
        f"import time, pathlib; pathlib.Path({str(begun)!r}).touch(); time.sleep(1.5); "
        f"pathlib.Path({str(marker)!r}).touch()",
    )
    runner = ProcessSyncRunner(tmp_path)
    errors: list[Exception] = []

    def run() -> None:
        try:
            runner.run_once(force=True)
        except SyncProcessError as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 10
    while not begun.exists():  # the child is running
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert "sedang berjalan" in runner.run_once(force=True).skipped
    started = time.monotonic()
    runner.detach()  # the window is closing
    thread.join(5)
    assert time.monotonic() - started < 1.5 and not marker.exists()
    assert len(errors) == 1 and "ditutup" in str(errors[0])
    deadline = time.monotonic() + 10
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists()  # the child finished its pass on its own
    with pytest.raises(SyncProcessError, match="ditutup"):
        runner.run_once(force=True)  # no new pass after the window closed


def test_the_window_uses_the_process_runner_by_default(tmp_path):
    pytest.importorskip("PySide6")
    from melayani_desk.ui.workers.sync_worker import default_runner_factory

    assert isinstance(default_runner_factory(tmp_path), ProcessSyncRunner)
