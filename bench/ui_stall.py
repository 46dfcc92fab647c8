"""The longest stall of the window's UI thread at province scale (issue 12), as JSON.

    python -m bench.ui_stall [--contacts 100000] [--referrals 5000] [--data-dir DIR]

A heartbeat timer on the UI thread ticks every 5 ms; the longest gap between two ticks,
less the period, is the longest time the window could not answer a key or repaint.  The
real window (offscreen) does what a clerk does, one step after the other, each step's
longest stall reported on its own: open on a province-scale directory
(``bench.generate``) with ``--referrals`` referrals already logged, type needs letter by
letter, open Browse (every service), open the history, log a referral (the log's write
and the history's refresh), reprint a slip from the history, add an outcome.  Goal
(issue 12): no stall over 50 ms.

Without --data-dir a temporary desk folder is built (generation, import and logging take
a few minutes at 100,000 contacts); with it the folder is used as it is, and built there
first when it holds no directory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# as on a clerk's PC, modules compiled once stay compiled (a shell with PYTHONDONTWRITEBYTECODE
# would make every run compile the slip dialog's modules again, on the worker, GIL held)
sys.dont_write_bytecode = False

from bench.stats import load_average  # noqa: E402

if TYPE_CHECKING:
    from bench.generate import Plan

GOAL_MS = 50.0
TICK_MS = 5
NEEDS = ("ktp hilang", "akta kelahiran anak", "bpjs kesehatan", "jalan rusak", "izin usaha")


def build(folder: Path, contacts: Plan | int, referrals: int) -> None:
    """A desk folder with a generated directory (``contacts``: a size, or a Plan)
    imported and ``referrals`` logged."""
    from bench.generate import generate, write_csv_folder
    from melayani_core.storage.directory_db import DirectoryReader
    from melayani_desk.directory.local import import_path
    from melayani_desk.referrals.log import ReferralLog

    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "generated"
    write_csv_folder(generate(contacts, 6), source)
    path, _directory, _report = import_path(folder, source)
    shutil.rmtree(source)
    reader = DirectoryReader(path)
    log = ReferralLog(folder)
    try:
        pairs = reader.con.execute(
            "SELECT service_id, min(contact_id) FROM service_contacts GROUP BY service_id LIMIT 500"
        ).fetchall()
        channels = ("read_out", "printed", "whatsapp_link", "contacted_on_behalf")
        for n in range(referrals):
            service_id, contact_id = pairs[n % len(pairs)]
            log.record_referral(
                reader=reader,
                service_id=service_id,
                contact_id=contact_id,
                channel=channels[n % len(channels)],
                need_text=NEEDS[n % len(NEEDS)],
            )
    finally:
        log.close()
        reader.close()


class Heartbeat:
    """The longest gap between ticks of a 5 ms timer on the UI thread, per step."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - TICK_MS)
        self.last = now

    def step(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0

    def stall_ms(self) -> float:
        self._tick()  # the gap up to now counts too
        return round(max(self.worst, 0.0), 1)


def pump_until(predicate, timeout_s: float = 60.0) -> None:
    """Let the event loop run (timers, worker answers) until ``predicate()`` holds."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def pump(ms: int) -> None:
    end = time.monotonic() + ms / 1000
    pump_until(lambda: time.monotonic() >= end)


def run(folder: Path) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from melayani_desk import settings as settings_mod
    from melayani_desk.ui.app import make_app
    from melayani_desk.ui.window.main_window import MainWindow

    settings = settings_mod.load(folder)
    make_app([], settings.validated())
    beat = Heartbeat()
    steps: dict[str, float] = {}

    def measured(name: str, action, done, settle_ms: int = 200) -> None:
        beat.step()
        action()
        pump_until(done)
        pump(settle_ms)  # what follows the answer (repaints, column sizing) counts too
        steps[name] = beat.stall_ms()

    window = MainWindow(folder, settings)
    window.resize(1366, 768)
    measured(
        "open",
        lambda: (window.show(), window.load_directory_when_painted()),  # as ui/app.py
        lambda: window.search.engine_ready and window.log is not None,
    )
    keys: list[tuple[float, str]] = []
    for need in NEEDS:
        window.search.search_box.clear()
        pump(50)
        for letter in need:
            beat.step()
            QTest.keyClicks(window.search.search_box, letter)
            pump_until(lambda: window.search.model.query == window.search.search_box.text())
            pump(20)
            keys.append((beat.stall_ms(), window.search.search_box.text()))
    steps["typing"] = max(keys)[0]
    steps["typing_p95"] = sorted(keys)[int(0.95 * (len(keys) - 1))][0]
    slowest_key = max(keys)[1]
    measured("browse", window.show_browse, lambda: window.browse.ready)
    history = window.history.history
    measured("history", window.show_history, lambda: not history.reading and not history.dirty)
    window.tabs.setCurrentIndex(0)
    window.search.search_box.setText("ktp hilang")
    pump_until(lambda: window.detail.result is not None)
    result, contact = window.detail.result, window.detail.selected_contact()
    logged: list = []
    target = (window.detail.view, ("", "", ""), result, contact, "ktp hilang")
    measured(
        "log_referral",
        lambda: window.slips._record(target, "read_out", logged.append, print),
        lambda: bool(logged),
    )
    window.show_history()
    pump_until(lambda: not history.reading and not history.dirty)
    measured("reprint", window.print_slip, lambda: window.slips.slip_dialog is not None)
    window.slips.slip_dialog.done(0)
    pump_until(lambda: window.slips.slip_dialog is None)
    measured("outcome_dialog", history.add_outcome, lambda: history.outcome_dialog is not None)
    QTest.keyClick(history.outcome_dialog, Qt.Key.Key_Escape)
    window.shutdown()
    window.close()
    steps["slowest_key"] = slowest_key
    return steps


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("--referrals", type=int, default=5_000)
    ap.add_argument("--data-dir", type=Path, help="a desk folder to use (built when empty)")
    args = ap.parse_args(argv)
    temporary = args.data_dir is None
    folder = Path(tempfile.mkdtemp(prefix="melayani-stall-")) if temporary else args.data_dir
    try:
        built = time.perf_counter()
        if not (folder / "settings.json").exists() and not any(folder.glob("directory*")):
            build(folder, args.contacts, args.referrals)
        built = time.perf_counter() - built
        steps = run(folder)
    finally:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
    slowest_key = steps.pop("slowest_key")
    worst = max(steps.values())
    print(
        json.dumps(
            {
                "contacts": args.contacts,
                "referrals": args.referrals,
                "stall_ms": steps,
                "worst_ms": worst,
                "slowest_keystroke": slowest_key,
                "goal_ms": GOAL_MS,
                "met": worst <= GOAL_MS,
                "build_s": round(built, 1),
                "load_average": load_average(),
                "python": sys.version.split()[0],
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
