"""Sync with the hub on its own thread: the window asks, the worker runs, a signal answers.

``SyncClient`` lives in the UI thread and owns a QThread with one ``_SyncWorker`` in it
(the network worker of DESIGN.md "Threads"; database writes of the window go through
ui.workers.tasks).  The worker calls a runner — ``run_once`` then ``status`` — and sends both
results back by signal; it never touches a widget.  The default runner,
``ProcessSyncRunner``, runs the pass itself as ``melayani-desk sync`` in a child process
(a directory build on a thread here would hold the GIL against typing) and reads the
status in this process.  A pass starts when the window asks (``start``, the timer every
``sync_minutes``, or ``sync_now`` for F9); a request while one is running is dropped,
so passes never pile up behind a slow hub.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

RunnerFactory = Callable[[Path], Any]  # data_dir -> an object with run_once() and status()
STOP_WAIT_MS = 40_000  # at close: how long to wait for the worker (a child pass is detached)


def default_runner_factory(data_dir: Path):
    from melayani_desk.sync.process import ProcessSyncRunner

    return ProcessSyncRunner(data_dir)


class _SyncWorker(QObject):
    """Runs in the sync thread; plain values in, plain values out."""

    finished = Signal(object, object)  # SyncReport (None for a status-only pass), SyncStatus
    failed = Signal(str)

    def __init__(self, data_dir: Path, factory: RunnerFactory):
        super().__init__()
        self.data_dir = data_dir
        self.factory = factory
        self.runner: Any = None  # a SyncRunner, made on the worker thread

    @Slot(bool, bool)
    def run(self, sync: bool, force: bool) -> None:
        try:
            if self.runner is None:
                self.runner = self.factory(self.data_dir)
            report = self.runner.run_once(force=force) if sync else None
            status = self.runner.status()
        except Exception as exc:  # noqa: BLE001 - a failed pass is reported, never fatal
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.finished.emit(report, status)


class SyncClient(QObject):
    """The window's handle on the sync thread.  Signals arrive in the UI thread."""

    finished = Signal(object, object)  # SyncReport | None, SyncStatus
    failed = Signal(str)
    _request = Signal(bool, bool)  # sync?, force?

    def __init__(
        self,
        data_dir: Path,
        minutes: int,
        parent: QObject | None = None,
        factory: RunnerFactory | None = None,
    ):
        super().__init__(parent)
        self.busy = False
        self.manual = False  # the running pass was asked for by the clerk (F9)
        self._thread = QThread()
        self._thread.setObjectName("melayani-sync")
        self._worker = _SyncWorker(Path(data_dir), factory or default_runner_factory)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self.set_minutes(minutes)

    def start(self) -> None:
        """Start the thread and the timer, and run the first pass now."""
        if not self._thread.isRunning():
            self._thread.start()
        self._timer.start()
        self._ask(sync=True, force=False)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(max(1, int(minutes)) * 60_000)

    def sync_now(self) -> bool:
        """A pass on the clerk's demand (retry schedule ignored); False if one is running."""
        if self.busy:
            return False
        self.manual = True
        return self._ask(sync=True, force=True)

    def refresh_status(self) -> bool:
        """Only re-read the status (after a referral was logged, say)."""
        return self._ask(sync=False, force=False)

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Stop the timer and the thread; waits for a running pass (the window is hidden by
        then, so a slow hub delays only the process's exit). True when the thread ended."""
        self._timer.stop()
        detach = getattr(self._worker.runner, "detach", None)
        if detach is not None:  # a child process finishes its pass without us
            detach()
        self._thread.quit()
        return self._thread.wait(wait_ms)

    def _tick(self) -> None:
        self._ask(sync=True, force=False)

    def _ask(self, *, sync: bool, force: bool) -> bool:
        if self.busy or not self._thread.isRunning():
            return False
        self.busy = True
        self._request.emit(sync, force)
        return True

    @Slot(object, object)
    def _done(self, report, status) -> None:
        self.busy = False
        self.finished.emit(report, status)
        self.manual = False

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.busy = False
        self.failed.emit(message)
        self.manual = False
