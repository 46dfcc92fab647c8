"""Sync in the window: the worker thread runs the SyncRunner and the status bar says what
came of it in words; F9 syncs now; the quarantine button opens the held-back referrals
with the hub's reason; a new directory is switched to.  Against a fake runner, and once
against the real hub."""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from melayani_desk.sync.runner import SyncReport, SyncStatus
from melayani_desk.sync.sender import UploadResult
from melayani_desk.sync.updater import DirectoryResult
from melayani_desk.ui import i18n
from melayani_desk.ui.models.history_model import ReferralTableModel


def status(**over) -> SyncStatus:
    values = dict(
        enrolled=True, hub_url="https://hub.example", pending=0, quarantined=0, sent=0,
        last_success_at=None, last_attempt_at=None, last_error="", next_attempt_at=None,
        consecutive_failures=0, directory_version=0, directory_source="", directory_age_days=None,
        warning="", warning_text="",
    )  # fmt: skip
    values.update(over)
    return SyncStatus(**values)


class FakeRunner:
    """Stands in for SyncRunner: records the passes, answers what the test says."""

    def __init__(self, data_dir, answer: SyncStatus, report: SyncReport | None = None):
        self.data_dir = data_dir
        self.answer = answer
        self.report = report or SyncReport(upload=UploadResult())
        self.calls: list[bool] = []
        self.threads: set[str] = set()
        self.before_report = None  # called on the worker before run_once answers

    def run_once(self, *, force: bool = False) -> SyncReport:
        self.calls.append(force)
        self.threads.add(threading.current_thread().name)
        if self.before_report is not None:
            self.before_report(self)
        return self.report if self.answer.enrolled else SyncReport(enrolled=False)

    def status(self) -> SyncStatus:
        return self.answer


@pytest.fixture
def desk(tmp_path, sample_dir):
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    return folder


@pytest.fixture
def windows(qtbot):
    font = QApplication.font()
    opened = []
    yield opened
    for window in opened:
        window.shutdown()
    i18n.reset()
    QApplication.setFont(font)


def start(qtbot, windows, desk, runner: FakeRunner | None = None):
    from melayani_desk import settings as settings_mod
    from melayani_desk.ui.app import make_app
    from melayani_desk.ui.window.main_window import MainWindow

    settings = settings_mod.load(desk)
    make_app([], settings.validated())
    factory = (lambda _d: runner) if runner is not None else None
    window = MainWindow(desk, settings, sync_runner=factory)
    qtbot.addWidget(window)
    windows.append(window)
    window.resize(1366, 768)
    window.show()
    window.load_directory()
    qtbot.waitUntil(lambda: window.search.engine_ready and window.log is not None, timeout=20_000)
    qtbot.waitUntil(lambda: window.status.sync_status is not None, timeout=20_000)
    return window


def test_not_enrolled_says_so_quietly(qtbot, windows, desk):
    runner = FakeRunner(desk, status(enrolled=False))
    window = start(qtbot, windows, desk, runner)
    assert runner.calls == [False]  # the first pass, on start, honours the retry schedule
    assert runner.threads and threading.current_thread().name not in runner.threads
    qtbot.waitUntil(lambda: "Rujukan belum terkirim: 0" in window.status.texts())  # read off
    texts = window.status.texts()  # the UI thread, the count follows in a moment
    assert "Belum terdaftar ke hub" in texts
    assert window.messages.currentMessage() == ""  # nothing noisy
    assert not window.status.quarantine_button.isVisible()
    assert window.status.sync.busy is False
    assert window.status.sync._timer.interval() == window.settings.sync_minutes * 60_000
    window.status.sync._tick()  # the timer: a pass, still quiet
    qtbot.waitUntil(lambda: len(runner.calls) == 2 and not window.status.sync.busy)
    assert window.messages.currentMessage() == ""
    window.act_sync.trigger()  # F9: the clerk asked, so the clerk is told
    qtbot.waitUntil(lambda: len(runner.calls) == 3 and not window.status.sync.busy)
    assert runner.calls[-1] is True
    assert "belum terdaftar" in window.messages.currentMessage()


def test_status_bar_shows_versions_age_and_warnings_in_words(qtbot, windows, desk):
    synced = (datetime.now(UTC) - timedelta(hours=2)).isoformat(timespec="seconds")
    runner = FakeRunner(
        desk, status(last_success_at=synced, directory_version=12, directory_age_days=3)
    )
    window = start(qtbot, windows, desk, runner)
    texts = window.status.texts()
    assert "Direktori v12, 3 hari" in texts
    assert any(t.startswith("Sinkron terakhir: ") and "belum" not in t for t in texts)
    assert not any(t.startswith("PERINGATAN") for t in texts)

    runner.answer = status(
        directory_version=12,
        directory_age_days=40,
        warning="expired",
        warning_text="Direktori v12 kedaluwarsa sejak 2026-01-01.",
    )
    window.status.sync_now()
    qtbot.waitUntil(lambda: "PERINGATAN: direktori kedaluwarsa" in window.status.texts())
    texts = window.status.texts()
    assert "Sinkron terakhir: belum pernah" in texts
    assert "kedaluwarsa sejak" in window.status.parts.toolTip()
    assert "Sinkronisasi selesai" in window.messages.currentMessage()

    runner.answer = status(directory_version=12, directory_age_days=45, warning="old")
    window.status.sync_now()
    qtbot.waitUntil(lambda: "PERINGATAN: direktori sudah 45 hari" in window.status.texts())


def test_a_sync_stopped_by_a_full_disk_says_so_on_f9(qtbot, windows, desk):
    from melayani_desk.diskfull import command_message

    said = command_message("sync")
    runner = FakeRunner(desk, status(), SyncReport(failed=said))
    window = start(qtbot, windows, desk, runner)
    qtbot.waitUntil(lambda: len(runner.calls) >= 1 and not window.status.sync.busy)
    window.status.sync_now()
    qtbot.waitUntil(lambda: "Disk penuh" in window.messages.currentMessage())
    assert window.messages.currentMessage() == said


def test_quarantine_button_opens_the_held_back_referrals_with_the_reason(qtbot, windows, desk):
    runner = FakeRunner(desk, status(quarantined=1))
    window = start(qtbot, windows, desk, runner)
    reader, log = window.reader, window.log
    service = reader.service("dukcapil-ktp-hilang") or reader.services("LIMIT 1")[0]
    contact = reader.contacts_for_services([service.service_id])[service.service_id][0]
    held, fine = (
        log.record_referral(
            reader=reader,
            service_id=service.service_id,
            contact_id=contact.contact_id,
            channel="read_out",
            need_text=need,
        )
        for need in ("ditahan", "biasa")
    )
    log.mark([held.uuid], "quarantined", "conflict: uuid dipakai rujukan lain")
    assert log.referral(held.uuid).last_error == "conflict: uuid dipakai rujukan lain"
    assert log.referral(fine.uuid).last_error == ""

    button = window.status.quarantine_button
    assert button.isVisible() and button.text() == "Karantina (1)"
    history = window.history.history
    with qtbot.waitSignal(history.loaded, timeout=10_000):  # read when the tab is shown
        button.click()
    qtbot.waitUntil(lambda: history.proxy.rowCount() == 1)  # the last read is the narrowed one
    assert window.tabs.currentIndex() == 2
    assert history.sync.currentData() == "quarantined"
    problem = ReferralTableModel.COLUMNS.index("problem")
    assert not history.table.isColumnHidden(problem)
    assert history.proxy.rowCount() == 1
    assert history.proxy.index(0, problem).data() == "conflict: uuid dipakai rujukan lain"
    assert history.proxy.headerData(problem, Qt.Orientation.Horizontal) == "Alasan karantina"
    assert "Dikarantina oleh hub: 1" in history.status.text()
    assert history.resend_button.isVisible() and history.resend_button.text() == "Kirim &ulang"
    history.sync.setCurrentIndex(0)  # all states: the reason column goes away
    assert history.table.isColumnHidden(problem) and history.proxy.rowCount() == 2
    assert not history.resend_button.isVisible()

    # the cause is fixed: "Send again" queues the held record and syncs now
    history.sync.setCurrentIndex(history.sync.findData("quarantined"))
    passes = len(runner.calls)
    history.resend_button.click()
    qtbot.waitUntil(lambda: log.counts()["quarantined"] == 0)
    assert log.referral(held.uuid).sync_state == "pending"
    qtbot.waitUntil(lambda: len(runner.calls) > passes)
    assert runner.calls[-1] is True  # a pass now, whatever the retry schedule says
    qtbot.waitUntil(lambda: history.proxy.rowCount() == 0)
    assert not history.resend_button.isVisible()


def test_a_new_directory_from_the_hub_is_switched_to(qtbot, windows, desk):
    from melayani_core.directory.formats import read_any
    from melayani_core.directory.model import DirectorySettings
    from melayani_desk.directory.local import install, sample_folder

    runner = FakeRunner(desk, status(directory_version=2, directory_age_days=0))
    window = start(qtbot, windows, desk, runner)
    assert window.sample

    def new_directory(_runner):
        directory, _ = read_any(sample_folder())
        directory.settings = DirectorySettings()  # real data
        directory.source = "hub v2"
        install(desk, directory)  # what the updater does

    runner.before_report = new_directory
    runner.report = SyncReport(
        upload=UploadResult(), directory=DirectoryResult("updated", version=2, installed=2)
    )
    window.act_sync.trigger()
    qtbot.waitUntil(lambda: window.search.engine_ready and not window.sample, timeout=20_000)
    assert "hub v2" in window.status.source_label.accessibleName()
    assert "Direktori v2, hari ini" in window.status.texts()
    assert "Direktori baru v2 terpasang." in window.messages.currentMessage()


# --- the real hub ------------------------------------------------------------------------------
try:
    from hub_fixtures import hub_fixture  # noqa: F401
except ImportError:  # pragma: no cover - the hub package is not installed
    hub_fixture = None


@pytest.mark.skipif(hub_fixture is None, reason="needs the hub (melayani_hub) and hub_fixtures")
def test_f9_sends_a_logged_referral_to_the_real_hub(qtbot, windows, hub, tmp_path, sample_dir):
    from test_sync_support import Signer

    from melayani_desk.cli import main
    from melayani_hub.desks import new_code

    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    code, _ = new_code(hub.engine, "Meja UI", "Glagah", "Kemiren")
    key = Signer().write_pub(tmp_path / "signing.pub")
    args = [
        "--data-dir",
        str(folder),
        "enroll",
        "--hub",
        hub.base_url,
        "--code",
        code,
        "--trust-key",
        str(key),
        "--name",
        "Meja UI",
    ]
    assert main(args) == 0

    window = start(qtbot, windows, folder)  # the real SyncRunner
    assert "Belum terdaftar ke hub" not in window.status.texts()
    qtbot.waitUntil(lambda: "Rujukan belum terkirim: 0" in window.status.texts(), timeout=20_000)
    reader = window.reader
    service = reader.service("dukcapil-ktp-hilang") or reader.services("LIMIT 1")[0]
    contact = reader.contacts_for_services([service.service_id])[service.service_id][0]
    window.log.record_referral(
        reader=reader,
        service_id=service.service_id,
        contact_id=contact.contact_id,
        channel="printed",
        need_text="ktp ilang",
    )
    window.status.update_texts()  # counted on the read worker
    qtbot.waitUntil(lambda: "Rujukan belum terkirim: 1" in window.status.texts())

    window.act_sync.trigger()  # F9
    qtbot.waitUntil(
        lambda: "Rujukan belum terkirim: 0" in window.status.texts()
        and not window.status.sync.busy,
        timeout=30_000,
    )
    assert window.log.counts() == {"pending": 0, "sent": 1, "quarantined": 0}
    assert any(
        t.startswith("Sinkron terakhir: ") and "belum" not in t for t in window.status.texts()
    )
    assert "1 terkirim" in window.messages.currentMessage()
