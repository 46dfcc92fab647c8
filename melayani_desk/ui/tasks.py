"""The app's one task helper: run database writes off the UI thread, results back by signal.

``run_task(fn, on_done, on_error)`` queues ``fn`` on a single worker thread (so writes to
the desk database happen one at a time, in order) and calls ``on_done(result)`` or
``on_error(exc)`` later in the UI thread.  Workers never touch widgets: ``fn`` gets plain
values, and only the callbacks, which run in the UI thread, update the screen.  Pass
``context`` (usually the dialog) to drop the callbacks when it is gone.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None


def db_pool() -> QThreadPool:
    """The single worker thread that all desk-database writes go through."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("melayani-db")
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


class _Dispatcher(QObject):
    """One object for the app's life, in the UI thread: workers emit, the slot runs here.

    Workers hold only a task number, never a QObject, so no Qt object is ever released
    from a worker thread.
    """

    finished = Signal(int, bool, object)

    def __init__(self):
        super().__init__()
        self.waiting: dict[int, tuple] = {}
        self.counter = itertools.count(1)
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, bool, object)
    def _deliver(self, number: int, ok: bool, value: object) -> None:
        on_done, on_error, context = self.waiting.pop(number, (None, None, None))
        if context is not None and not shiboken6.isValid(context):
            return
        callback = on_done if ok else on_error
        if callback is not None:
            callback(value)


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], number: int, signal):
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.number = number
        self.signal = signal  # the dispatcher's bound signal; the dispatcher outlives tasks

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to on_error in the UI thread
            self.signal.emit(self.number, False, exc)
        else:
            self.signal.emit(self.number, True, result)


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    context: QObject | None = None,
) -> None:
    """Run ``fn()`` on the database worker; call back in the UI thread when it ends.

    Call from the UI thread. Without ``on_error`` a failure is dropped silently, so pass
    one whenever the user should hear about it.
    """
    dispatcher = _the_dispatcher()
    number = next(dispatcher.counter)
    dispatcher.waiting[number] = (on_done, on_error, context)
    db_pool().start(_Task(fn, number, dispatcher.finished))


def wait_for_tasks(msecs: int = 5000) -> bool:
    """Block until queued tasks have run (for shutdown and tests); callbacks still need events."""
    return db_pool().waitForDone(msecs)
