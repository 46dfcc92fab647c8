"""The hub's side of the window: the status parts (directory, unsent count, hub state),
the sync (F9) and quarantine buttons, and the sync worker.

A component of the main window that owns its state: the SyncClient (its passes run in
ui.workers.sync_worker's thread), the last SyncStatus and the status widgets the window puts in
its status bar.  Everything is said in words — the pending count, when the last sync
succeeded, the directory's version and age, and a WARNING when it is old or expired —
never by colour alone.  It talks by signals: ``message`` (a status line),
``directory_updated`` (a pass installed a newer directory), ``synced`` (the records'
sync states changed) and ``quarantine_requested`` (the quarantine button).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from melayani_desk import settings as settings_mod
from melayani_desk.ui.models.history_model import short_time
from melayani_desk.ui.widgets.status_parts import StatusParts

PARTS_SHARE = 0.6  # at least this share of the window; the rest for the buttons


class HubStatus(QObject):
    message = Signal(str)  # a status line for the clerk
    directory_updated = Signal()  # a pass installed a newer directory
    synced = Signal()  # a pass ended: the records' sync states may have changed
    quarantine_requested = Signal()  # show what the hub refused

    def __init__(
        self,
        host: QWidget,
        data_dir: Path,
        settings: settings_mod.Settings,
        runner_factory: Callable[[Path], Any] | None = None,
    ):
        """``host``: the window whose width the parts share and whose showing starts the
        sync; ``runner_factory``: data_dir -> SyncRunner-like object (tests fake it)."""
        super().__init__(host)
        self.host = host
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.runner_factory = runner_factory
        self.log: Any = None
        self.reader: Any = None
        self.sync: Any = None  # the SyncClient, once started
        self.sync_status: Any = None  # the last SyncStatus the worker sent
        self.pending: int | None = None  # referrals not yet sent, counted off the UI thread
        self.pending_text = ""  # "Referrals not yet sent: N", set by update_texts()
        self._closed = False
        self.source_label = QLabel()
        self.parts = StatusParts(self.source_label)
        self.quarantine_button = QPushButton()
        self.quarantine_button.hide()
        self.quarantine_button.clicked.connect(self.quarantine_requested)
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)

    def set_sources(self, log: Any, reader: Any, settings: settings_mod.Settings) -> None:
        """The referral log, the directory and the settings in use now."""
        self.log, self.reader = log, reader
        minutes_changed = settings.sync_minutes != self.settings.sync_minutes
        self.settings = settings
        if minutes_changed and self.sync is not None:
            self.sync.set_minutes(settings.sync_minutes)

    def _say(self, text: str) -> None:
        self.message.emit(text)

    def texts(self) -> list[str]:
        """What the status bar's parts say, in order (for tests and screen readers)."""
        return self.parts.texts()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync (F9)"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(
            self.tr("Send the logged referrals to the hub and fetch a newer directory now (F9)")
        )
        self.quarantine_button.setToolTip(
            self.tr("Records the hub refused: open them in the history, with the reason")
        )
        self._show_sync_status()

    # --- running -------------------------------------------------------------------------
    def start(self) -> None:
        """Start syncing once the window is shown and the log is open (so the log's
        migration never runs twice at once), never after the window has closed."""
        if self.sync is not None or self.log is None or self._closed:
            return
        if not self.host.isVisible():
            return
        from melayani_desk.ui.workers.sync_worker import SyncClient

        self.sync = SyncClient(
            self.data_dir, self.settings.sync_minutes, self, self.runner_factory
        )
        self.sync.finished.connect(self._sync_finished)
        self.sync.failed.connect(self._sync_failed)
        self.sync.start()
        self._show_sync_status()

    def sync_now(self) -> None:
        """F9: a pass now, whatever the retry schedule says."""
        if self.sync is None:
            self._say(self.tr("The referral log is still opening; try again in a moment."))
            return
        if not self.sync.sync_now():
            self._say(self.tr("A sync is already running."))
            return
        self._say(self.tr("Syncing with the hub…"))
        self._show_sync_status()

    def refresh(self) -> None:
        """Re-read the counts after a referral was logged (on the sync thread)."""
        if self.sync is not None:
            self.sync.refresh_status()

    def stop(self) -> None:
        """The window closes: the worker stops and nothing starts again."""
        self._closed = True
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def _sync_finished(self, report, status) -> None:
        manual = self.sync is not None and self.sync.manual
        self.sync_status = status
        self.update_texts()
        if report is None:
            return
        directory = getattr(report, "directory", None)
        if directory is not None and directory.status == "updated":
            self.directory_updated.emit()  # the same switch as after an import
            text = self.tr("New directory v%1 installed.")
            self._say(text.replace("%1", str(directory.version)))
        elif directory is not None and directory.status == "rejected":
            text = self.tr("A directory update was REJECTED: %1")
            self._say(text.replace("%1", directory.reason))
        elif manual:
            self._say(self._report_text(report))
        self.synced.emit()  # the sync states changed

    def _sync_failed(self, message: str) -> None:
        if (self.sync is not None and self.sync.manual) or self.sync_status is None:
            self._say(self.tr("Sync problem: %1").replace("%1", message))

    def _report_text(self, report) -> str:
        if not report.enrolled:
            return self.tr(
                "This desk is not enrolled with the hub yet; ask the regency's "
                "Diskominfo for an enrollment code."
            )
        if report.skipped:
            return self.tr("A sync is already running.")
        if getattr(report, "failed", ""):
            return report.failed  # a full disk, said in Indonesian by the sync itself
        up = report.upload
        if up is not None and not up.online:
            return self.tr(
                "The hub cannot be reached; the referrals stay queued and are sent later."
            )
        if up is not None:
            return (
                self.tr("Sync done: %1 sent, %2 waiting, %3 held back.")
                .replace("%1", str(up.sent))
                .replace("%2", str(up.pending))
                .replace("%3", str(up.held))
            )
        return self.tr("Sync done.")

    # --- showing -------------------------------------------------------------------------
    def _show_sync_status(self) -> None:
        status = self.sync_status
        parts, tip = [self.pending_text], ""
        if status is None:
            parts.append(self.tr("Hub: checking…") if self.sync is not None else "")
        elif not status.enrolled:
            parts.append(self.tr("Not enrolled with the hub"))
            tip = self.tr("Referrals are kept on this computer until the desk is enrolled.")
        else:
            enrolled, tip = self._enrolled_parts(status)
            parts += enrolled
        if status is not None and self.sync is not None and self.sync.busy:
            parts.append(self.tr("syncing…"))
        quarantined = status.quarantined if status is not None else 0
        self.quarantine_button.setText(self.tr("Quarantine (%1)").replace("%1", str(quarantined)))
        self.quarantine_button.setAccessibleName(
            self.tr("Records held back by the hub: %1").replace("%1", str(quarantined))
        )
        changed = (quarantined > 0) != self.quarantine_button.isVisibleTo(self.host)
        self.quarantine_button.setVisible(quarantined > 0)
        self.parts.setToolTip(tip)
        changed |= self.parts.set_parts(parts, self._parts_width())
        if changed:
            self._relayout_status()

    def _parts_width(self) -> int:
        """The room the status parts may fill: the window less the buttons beside them."""
        buttons = self.sync_button.sizeHint().width() + 24
        if self.quarantine_button.isVisibleTo(self.host):
            buttons += self.quarantine_button.sizeHint().width() + 12
        return max(int(self.host.width() * PARTS_SHARE), self.host.width() - buttons)

    def _relayout_status(self) -> None:
        if self.parts.isVisible():
            self.parts.hide()  # QStatusBar re-lays out its permanent widgets only
            self.parts.show()  # when one is shown or hidden

    def rearrange(self) -> None:
        """After a font change or a resize: the parts may need more or fewer lines."""
        self.parts.rearrange(self._parts_width())
        self._relayout_status()

    def _enrolled_parts(self, status) -> tuple[list[str], str]:
        parts = []
        if status.last_success_at:
            when = short_time(status.last_success_at)
        else:
            when = self.tr("never")
        parts.append(self.tr("Last sync: %1").replace("%1", when))
        if status.directory_version > 0:
            version = str(status.directory_version)
            if status.directory_age_days is None:
                parts.append(self.tr("Directory v%1").replace("%1", version))
            elif status.directory_age_days == 0:
                parts.append(self.tr("Directory v%1, today").replace("%1", version))
            else:
                parts.append(
                    self.tr("Directory v%1, %2 days")
                    .replace("%1", version)
                    .replace("%2", str(status.directory_age_days))
                )
        if status.warning == "expired":
            parts.append(self.tr("WARNING: directory expired"))
        elif status.warning == "old":
            parts.append(
                self.tr("WARNING: directory %1 days old").replace(
                    "%1", str(status.directory_age_days)
                )
            )
        if status.consecutive_failures:
            parts.append(self.tr("last attempt failed"))
        tips = [self.tr("Hub: %1").replace("%1", status.hub_url or "")]
        if status.warning_text:
            tips.append(status.warning_text)
        if status.consecutive_failures and status.last_error:
            tips.append(self.tr("Last problem: %1").replace("%1", status.last_error))
        return parts, "\n".join(tips)

    def held_released(self, count: int) -> None:
        """The history put held-back records back in the queue: send them now."""
        if self.sync is not None and self.sync.sync_now():  # its status follows the pass
            text = self.tr("%1 held-back records are queued again; syncing now.")
        else:
            self.refresh()
            text = self.tr("%1 held-back records are queued again; they go at the next sync.")
        self._say(text.replace("%1", str(count)))
        self._show_sync_status()

    def update_texts(self) -> None:
        """The permanent status parts: where the directory comes from, what is unsent
        (counted on the read worker: the part follows when the count comes), and the
        hub's state."""
        if self.reader is None:
            text = self.tr("Directory: opening…")
        else:
            source = self.reader.meta.get("source", "") or self.tr("unknown")
            text = self.tr("Directory: %1").replace("%1", source)
            if self.reader.is_sample:
                text = self.tr("Directory: SAMPLE DATA bundled with the program")
        if text != self.source_label.accessibleName():  # its text may show shortened
            self.source_label.setText(text)
            self.source_label.setAccessibleName(text)
            self.parts.arrange()  # its width changed
        self._set_pending(self.pending)  # the count known so far, in today's language
        if self.log is not None:  # counted on the read worker; the newest count wins
            from melayani_desk.ui.workers.tasks import run_read

            run_read(partial(_pending, self.log), self._set_pending, context=self, key="pending")

    def _set_pending(self, pending: int | None) -> None:
        self.pending = pending
        self.pending_text = ""
        if pending is not None:
            self.pending_text = self.tr("Referrals not yet sent: %1").replace("%1", str(pending))
        self._show_sync_status()

    def sync_after_enrollment(self) -> None:
        """The desk was just enrolled: a pass now (or right after the running one)."""
        if self.sync is None:
            return  # starts with the window; its first pass finds the desk enrolled
        if not self.sync.sync_now():  # a pass is running: one more right after it
            self.sync.finished.connect(self._sync_after_enrollment)

    def _sync_after_enrollment(self, *_args) -> None:  # noqa: ANN002
        self.sync.finished.disconnect(self._sync_after_enrollment)
        self.sync.sync_now()


def _pending(log) -> int | None:
    """Referrals (not outcomes or reports) still waiting for the hub."""
    try:
        return int(log.pending_by_type()["referral"])
    except Exception:  # noqa: BLE001 - a status line never breaks the window
        return None
