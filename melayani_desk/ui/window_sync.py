"""The window's side of syncing with the hub: the status bar, F9, the quarantine button.

A mixin of MainWindow (``self`` is the window).  The passes run in ui.sync_worker's
thread; this file only starts them and shows their results.  Everything is said in
words — the pending count, when the last sync succeeded, the directory's version and
age, and a WARNING when it is old or expired — never by colour alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from melayani_desk.ui.constants import STATUS_MS, TAB_HISTORY
from melayani_desk.ui.history_model import short_time
from melayani_desk.ui.status_parts import StatusParts

PARTS_SHARE = 0.6  # at least this share of the window; the rest for the buttons


class WindowSync:
    # --- building ----------------------------------------------------------------------
    def _build_sync_status(self) -> QWidget:
        """The status parts (directory, unsent count, hub state) at the right of the
        status bar, with the quarantine and sync buttons beside them."""
        self.sync = None
        self.sync_status = None  # the last SyncStatus the worker sent
        self.pending_text = ""  # "Referrals not yet sent: N", set by _update_status
        self.status_parts = StatusParts(self.source_label)
        self.quarantine_button = QPushButton()
        self.quarantine_button.hide()
        self.quarantine_button.clicked.connect(self.show_quarantine)
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        return self.status_parts

    def status_texts(self) -> list[str]:
        """What the status bar's parts say, in order (for tests and screen readers)."""
        return self.status_parts.texts()

    def _retranslate_sync(self) -> None:
        self.sync_button.setText(self.tr("Sync (F9)"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(
            self.tr("Send the logged referrals to the hub and fetch a newer directory now (F9)")
        )
        self.quarantine_button.setToolTip(
            self.tr("Records the hub refused: open them in the history, with the reason")
        )
        self.act_sync.setText(self.tr("Sync now"))
        self._show_sync_status()

    # --- running -------------------------------------------------------------------------
    def _maybe_start_sync(self) -> None:
        """Start syncing once the window is shown and the log is open (so the log's
        migration never runs twice at once), never after the window has closed."""
        if self.sync is not None or self.log is None or self._closing:
            return
        if not self.isVisible():
            return
        from melayani_desk.ui.sync_worker import SyncClient

        self.sync = SyncClient(
            self.data_dir, self.settings.sync_minutes, self, self.sync_runner_factory
        )
        self.sync.finished.connect(self._sync_finished)
        self.sync.failed.connect(self._sync_failed)
        self.sync.start()
        self._show_sync_status()

    def sync_now(self) -> None:
        """F9: a pass now, whatever the retry schedule says."""
        if self.sync is None:
            self.messages.showMessage(
                self.tr("The referral log is still opening; try again in a moment."), STATUS_MS
            )
            return
        if not self.sync.sync_now():
            self.messages.showMessage(self.tr("A sync is already running."), STATUS_MS)
            return
        self.messages.showMessage(self.tr("Syncing with the hub…"), STATUS_MS)
        self._show_sync_status()

    def refresh_sync_status(self) -> None:
        """Re-read the counts after a referral was logged (on the sync thread)."""
        if self.sync is not None:
            self.sync.refresh_status()

    def _stop_sync(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def _sync_finished(self, report, status) -> None:
        manual = self.sync is not None and self.sync.manual
        self.sync_status = status
        self._show_sync_status()
        self._update_status()
        if report is None:
            return
        directory = getattr(report, "directory", None)
        if directory is not None and directory.status == "updated":
            self.check_directory()  # the same switch as after an import
            self.messages.showMessage(
                self.tr("New directory v%1 installed.").replace("%1", str(directory.version)),
                STATUS_MS,
            )
        elif directory is not None and directory.status == "rejected":
            self.messages.showMessage(
                self.tr("A directory update was REJECTED: %1").replace("%1", directory.reason),
                STATUS_MS,
            )
        elif manual:
            self.messages.showMessage(self._report_text(report), STATUS_MS)
        if self.history is not None and self.tabs.currentIndex() == TAB_HISTORY:
            self.history.refresh()  # the sync states changed

    def _sync_failed(self, message: str) -> None:
        if (self.sync is not None and self.sync.manual) or self.sync_status is None:
            self.messages.showMessage(
                self.tr("Sync problem: %1").replace("%1", message), STATUS_MS
            )

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
        changed = (quarantined > 0) != self.quarantine_button.isVisibleTo(self)
        self.quarantine_button.setVisible(quarantined > 0)
        self.status_parts.setToolTip(tip)
        changed |= self.status_parts.set_parts(parts, self._parts_width())
        if changed:
            self._relayout_status()

    def _parts_width(self) -> int:
        """The room the status parts may fill: the window less the buttons beside them."""
        buttons = self.sync_button.sizeHint().width() + 24
        if self.quarantine_button.isVisibleTo(self):
            buttons += self.quarantine_button.sizeHint().width() + 12
        return max(int(self.width() * PARTS_SHARE), self.width() - buttons)

    def _relayout_status(self) -> None:
        if self.status_parts.isVisible():
            self.status_parts.hide()  # QStatusBar re-lays out its permanent widgets only
            self.status_parts.show()  # when one is shown or hidden

    def _rearrange_status(self) -> None:
        """After a font change or a resize: the parts may need more or fewer lines."""
        self.status_parts.rearrange(self._parts_width())
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
            self.refresh_sync_status()
            text = self.tr("%1 held-back records are queued again; they go at the next sync.")
        self.messages.showMessage(text.replace("%1", str(count)), STATUS_MS)
        self._show_sync_status()

    def show_quarantine(self) -> None:
        """The quarantine button: the history, narrowed to what the hub refused."""
        self.show_history()
        if self.history is not None:
            self.history.show_sync_state("quarantined")
