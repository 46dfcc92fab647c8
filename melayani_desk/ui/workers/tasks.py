"""The app's task helpers: database work off the UI thread, results back by signal.

``run_task(fn, on_done, on_error)`` queues a *write* on a single worker thread (so writes to
the desk database happen one at a time, in order) and calls ``on_done(result)`` or
``on_error(exc)`` later in the UI thread.

``run_read(fn, on_done, on_error, key=...)`` is its reading twin (Anki's QueryOp beside
CollectionOp): ``fn`` runs on the read worker (one thread of its own, so a long read never
holds up a save, and a save never waits for a read), and only the newest read with the same
``key`` and ``context`` is delivered: a result overtaken by a later request is dropped, so a
screen asked to refresh twice shows the second answer only, never the first one late.

``run_job(fn, on_done, on_error, on_progress)`` runs long directory work (an import: a
minute at 100,000 contacts) on a third worker, so it never holds up a save or a read;
``fn(progress)`` gets a ``progress(stage, done=0, total=0)`` callable (melayani_core's
progress protocol) whose calls reach ``on_progress(stage, done, total)`` in the UI thread.

Workers never touch widgets: ``fn`` gets plain values, and only the callbacks, which run in
the UI thread, update the screen.  Pass ``context`` (usually the widget) to drop the
callbacks when it is gone.  ``fn`` must open what it reads on its own thread or use an
object safe to share (the desk log's engine; a ``DirectoryReader`` opened for the read).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

_pool: QThreadPool | None = None
_read_pool: QThreadPool | None = None
_job_pool: QThreadPool | None = None
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


def read_pool() -> QThreadPool:
    """The single worker thread that reads (history, browse, reprint) go through."""
    global _read_pool
    if _read_pool is None:
        _read_pool = _single("melayani-read")
    return _read_pool


def job_pool() -> QThreadPool:
    """The single worker thread for long directory work (imports, rollback)."""
    global _job_pool
    if _job_pool is None:
        _job_pool = _single("melayani-directory")
    return _job_pool


def _single(name: str) -> QThreadPool:
    pool = QThreadPool()
    pool.setObjectName(name)
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)
    return pool


class _Dispatcher(QObject):
    """One object for the app's life, in the UI thread: workers emit, the slot runs here.

    Workers hold only a task number, never a QObject, so no Qt object is ever released
    from a worker thread.
    """

    finished = Signal(int, bool, object)
    progressed = Signal(int, str, int, int)

    def __init__(self):
        super().__init__()
        self.waiting: dict[int, tuple] = {}
        self.watching: dict[int, Callable[[str, int, int], None]] = {}  # job -> on_progress
        self.latest: dict[tuple[int, str], int] = {}  # (context id, key) -> newest read
        self.dropped = 0  # stale reads not delivered (tests and the bench read it)
        self.counter = itertools.count(1)
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    @Slot(int, str, int, int)
    def _progress(self, number: int, stage: str, done: int, total: int) -> None:
        on_progress = self.watching.get(number)
        context = self.waiting.get(number, (None, None, None, None))[2]
        if on_progress is not None and (context is None or shiboken6.isValid(context)):
            on_progress(stage, done, total)

    @Slot(int, bool, object)
    def _deliver(self, number: int, ok: bool, value: object) -> None:
        self.watching.pop(number, None)
        on_done, on_error, context, slot = self.waiting.pop(number, (None, None, None, None))
        if slot is not None:
            if self.latest.get(slot) != number:
                self.dropped += 1
                return  # a later read with the same key was asked for: this one is stale
            del self.latest[slot]
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
    dispatcher.waiting[number] = (on_done, on_error, context, None)
    db_pool().start(_Task(fn, number, dispatcher.finished))


def run_read(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    context: QObject | None = None,
    key: str = "",
) -> int:
    """Run the read ``fn()`` on the read worker; deliver its result in the UI thread.

    With ``key``, a later ``run_read`` with the same ``context`` and ``key`` makes this
    one stale: its result (or error) is dropped when it arrives.  Returns the read's
    number.  Call from the UI thread.
    """
    dispatcher = _the_dispatcher()
    number = next(dispatcher.counter)
    slot = None
    if key:
        slot = (id(context) if context is not None else 0, key)
        dispatcher.latest[slot] = number
    dispatcher.waiting[number] = (on_done, on_error, context, slot)
    read_pool().start(_Task(fn, number, dispatcher.finished))
    return number


def run_job(
    fn: Callable[[Callable[..., None]], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
    *,
    context: QObject | None = None,
) -> None:
    """Run ``fn(progress)`` on the directory worker; its progress and its end come back
    in the UI thread (dropped when ``context`` is gone).  Call from the UI thread."""
    dispatcher = _the_dispatcher()
    number = next(dispatcher.counter)
    dispatcher.waiting[number] = (on_done, on_error, context, None)
    if on_progress is not None:
        dispatcher.watching[number] = on_progress
    signal = dispatcher.progressed

    def progress(stage: str, done: int = 0, total: int = 0) -> None:
        signal.emit(number, stage, int(done), int(total))

    job_pool().start(_Task(lambda: fn(progress), number, dispatcher.finished))


def reads_dropped() -> int:
    """How many stale read results were dropped since the app started."""
    return _the_dispatcher().dropped


def wait_for_tasks(msecs: int = 5000) -> bool:
    """Block until queued tasks and reads have run (for shutdown and tests); callbacks
    still need events."""
    done = db_pool().waitForDone(msecs)
    done = job_pool().waitForDone(msecs) and done
    return read_pool().waitForDone(msecs) and done
