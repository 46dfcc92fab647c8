"""Search off the UI thread.

``SearchClient`` lives on the UI thread; its ``SearchWorker`` lives on its own QThread and
owns its own DirectoryReader and SearchEngine, built there: opening the directory (which
installs the bundled sample on first run), importing the storage modules and loading the
lexicon and vocabulary never freeze the window.  Requests go into a mailbox guarded by a lock: only
the latest query (and the latest service to resolve) is kept, so fast typing never piles up
work.  Results come back by signal with the query text; the window drops stale ones.

The desk's referral counts (this desk's habits, a small ranking boost) and what its clerks
taught the search (a need sent to a service search ranked low, or found by browsing) arrive
later through the mailbox too, once the window has opened the referral log.  Workers never
touch widgets.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

SEARCH_LIMIT = 30


class _Mailbox:
    def __init__(self):
        self.lock = threading.Lock()
        self.query: str | None = None
        self.resolve: str | None = None
        self.counts: dict[str, int] | None = None
        self.lessons: list[tuple[str, str]] = []  # (need, service_id) clerks chose
        self.scheduled = False


class SearchWorker(QObject):
    ready = Signal(dict)  # directory facts: path, source, is_sample
    results_ready = Signal(str, object)  # query text, list[SearchResult]
    answered = Signal(str, object)  # query text, the whole Answer (route, emergency)
    resolved = Signal(str, object)  # service_id, SearchResult | None
    failed = Signal(str)

    def __init__(self, data_dir: Path, kecamatan: str, mailbox: _Mailbox):
        super().__init__()
        self.data_dir = Path(data_dir)
        self.kecamatan = kecamatan
        self.mailbox = mailbox
        self.engine: Any = None  # a SearchEngine, built on the worker thread
        self.reader: Any = None

    @Slot()
    def start(self) -> None:
        try:
            from melayani_core.search.engine import SearchEngine
            from melayani_desk.directory.local import open_reader

            self.reader = open_reader(self.data_dir)
            self.engine = SearchEngine(self.reader, desk_kecamatan=self.kecamatan)
            self.ready.emit(
                {
                    "path": self.reader.path,
                    "source": self.reader.meta.get("source", ""),
                    "is_sample": self.reader.is_sample,
                }
            )
        except Exception as exc:  # noqa: BLE001 - reported to the window, not raised in Qt
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.work()

    @Slot()
    def work(self) -> None:
        if self.engine is None:
            return  # start() runs the pending work once the engine exists
        while True:
            with self.mailbox.lock:
                query, service_id = self.mailbox.query, self.mailbox.resolve
                self.mailbox.query = self.mailbox.resolve = None
                if self.mailbox.counts is not None:
                    self.engine.referral_counts = self.mailbox.counts
                    self.mailbox.counts = None
                lessons, self.mailbox.lessons = self.mailbox.lessons, []
                for need, taught_id in lessons:
                    self.engine.learn(need, taught_id)
                if query is None and service_id is None:
                    self.mailbox.scheduled = False
                    break
            try:
                if query is not None:
                    answer = self.engine.answer(query, limit=SEARCH_LIMIT)
                    self.answered.emit(query, answer)
                    self.results_ready.emit(query, answer.results)
                if service_id is not None:
                    self.resolved.emit(service_id, self._resolve(service_id))
            except Exception as exc:  # noqa: BLE001
                traceback.print_exc()
                self.failed.emit(f"{type(exc).__name__}: {exc}")

    def _resolve(self, service_id: str):
        from melayani_core.search.engine import SearchResult

        svc = self.reader.service(service_id)
        if svc is None or svc.org_id not in self.engine.orgs:
            return None
        org = self.engine.orgs[svc.org_id]
        linked = self.reader.contacts_for_services([service_id]).get(service_id, [])
        kind = "emergency" if org.kind == "emergency" else "service"
        return SearchResult(kind, svc, org, self.engine.order_contacts(svc, linked), 0.0)


class SearchClient(QObject):
    """The UI thread's handle on the worker: submit queries, receive results by signal.

    Its signals are its own, re-emitted in the UI thread (the worker's are connected to them,
    queued): whatever is connected to them runs in the UI thread, a plain function or lambda
    too.  Connected straight to the worker's signals, a plain callable ran in the search
    thread (PySide calls a callable with no QObject directly): pytest-qt's ``waitSignal``
    then lost its wake-up whenever the worker answered before the wait began, and each
    such wait sat out its whole timeout (the layout sweeps ran for minutes, issue 12).
    """

    _wake = Signal()
    ready = Signal(dict)
    answered = Signal(str, object)  # before results_ready: the whole Answer (route, 112)
    results_ready = Signal(str, object)
    resolved = Signal(str, object)
    failed = Signal(str)

    def __init__(self, data_dir: Path, kecamatan: str = "", parent=None):
        super().__init__(parent)
        self.mailbox = _Mailbox()
        self._thread = QThread()
        self._thread.setObjectName("search")
        self.worker = SearchWorker(data_dir, kecamatan, self.mailbox)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.start)
        self._wake.connect(self.worker.work)
        self.worker.ready.connect(self.ready)  # queued: re-emitted in the UI thread
        self.worker.answered.connect(self.answered)
        self.worker.results_ready.connect(self.results_ready)
        self.worker.resolved.connect(self.resolved)
        self.worker.failed.connect(self.failed)

    def start(self) -> None:
        self._thread.start()

    def search(self, text: str) -> None:
        self._post(query=text)

    def resolve(self, service_id: str) -> None:
        self._post(resolve=service_id)

    def set_referral_counts(self, counts: dict[str, int]) -> None:
        self._post(counts=dict(counts))

    def teach(self, lessons: list[tuple[str, str]]) -> None:
        """Need -> service pairs clerks chose (referrals/learning.py), learned before the
        next search."""
        with self.mailbox.lock:
            self.mailbox.lessons.extend(lessons)
        self._post()

    def _post(self, query=None, resolve=None, counts=None) -> None:
        with self.mailbox.lock:
            if query is not None:
                self.mailbox.query = query
            if resolve is not None:
                self.mailbox.resolve = resolve
            if counts is not None:
                self.mailbox.counts = counts
            wake = not self.mailbox.scheduled
            self.mailbox.scheduled = True
        if wake:
            self._wake.emit()

    def stop(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(10_000)
        reader = self.worker.reader
        if reader is not None:
            reader.close()
