"""The window's directory and referral log: the reader on the directory in use, the log
(opened on the database worker, with the retention purge), and what the clerks taught
the search.

A component of the main window that owns them and closes them when the window closes.
It talks by signals: ``log_opened`` (the log and the referral counts by service),
``log_failed`` (why it cannot open), ``taught`` (lessons for the search: need ->
service) and ``unmet_recorded`` / ``message`` (a need that found nothing was logged, or
could not be).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal


class DeskSession(QObject):
    log_opened = Signal(object, dict)  # the ReferralLog, referral counts by service
    log_failed = Signal(str)
    taught = Signal(list)  # [(need, service_id)] for the search
    unmet_recorded = Signal()
    message = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.reader: Any = None
        self.log: Any = None
        self.lessons: list[tuple[str, str]] = []  # need -> service the clerks taught search
        self._unmet_noted = ""  # the last need logged as found nothing (once per need)
        self._closed = False  # set by close(): a late log is closed at once

    # --- the directory -------------------------------------------------------------------
    def open_reader(self, path: str | Path) -> Any:
        """The window's own reader on the directory the search opened (the old one closes)."""
        from melayani_core.storage.directory_db import DirectoryReader

        old, self.reader = self.reader, DirectoryReader(Path(path))
        if old is not None:
            old.close()
        return self.reader

    def newer_directory(self) -> bool:
        """A newer directory is installed (imported or synced meanwhile)."""
        if self.reader is None:
            return False
        from melayani_core.storage.directory_db import DirectoryError, DirectoryStore

        try:
            current = DirectoryStore(self.data_dir).current()
        except (DirectoryError, OSError):
            return False
        return current is not None and current != self.reader.path

    # --- the log -------------------------------------------------------------------------
    def open_log(self) -> None:
        """Open the log on the database worker (nothing waits); ``log_opened`` follows."""
        from melayani_desk.ui.workers.tasks import run_task

        data_dir = self.data_dir

        def open_log():
            from melayani_desk.referrals.log import ReferralLog
            from melayani_desk.referrals.retention import purge

            log = ReferralLog(data_dir)
            purge(data_dir, log)  # citizen details past the directory's retention period
            return log, log.referral_counts(), log.taught()

        run_task(open_log, self._log_ready, self._log_failed, context=self)

    def _log_ready(self, opened) -> None:
        log, counts, taught = opened
        if self._closed:
            log.close()  # the window closed while the log was opening
            return
        self.log = log
        self.lessons = list(reversed(taught))  # oldest first: the newest choice wins
        self.log_opened.emit(log, counts)

    def _log_failed(self, exc: BaseException) -> None:
        self.log_failed.emit(str(exc))

    def learn_from(self, referral) -> None:
        """A referral that teaches the search (learning.py) is learned at once."""
        from melayani_desk.referrals.learning import teaches

        if teaches(referral):
            lesson = (referral.need_text, referral.service_id)
            self.lessons.append(lesson)
            self.taught.emit([lesson])

    def note_unmet(self, need: str) -> None:
        """A need whose search found no service: logged once for the hub, which shows the
        regency what its directory does not answer."""
        if not need or need == self._unmet_noted or self.log is None:
            return
        from melayani_desk.ui.workers.tasks import run_task

        self._unmet_noted = need
        run_task(
            partial(self.log.record_unmet, need),
            lambda _need: self.unmet_recorded.emit(),
            lambda exc: self.message.emit(str(exc)),
            context=self,
        )

    def close(self) -> None:
        """The window closes: the reader, the pending writes, then the log."""
        self._closed = True
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        if "melayani_desk.ui.workers.tasks" in sys.modules:
            sys.modules["melayani_desk.ui.workers.tasks"].wait_for_tasks(10_000)
        if self.log is not None:
            self.log.close()
            self.log = None
