"""What the main window does: load the directory, search, browse, copy, open the dialogs.

A mixin of MainWindow (kept apart so each file reads in one sitting); ``self`` is the
MainWindow and its widgets are built in main_window.py.
"""

from __future__ import annotations

import sys
from functools import partial

from PySide6.QtCore import Qt

from melayani_desk import settings as settings_mod
from melayani_desk.ui.constants import STATUS_MS, TAB_BROWSE, TAB_HISTORY, TAB_RESULTS


class WindowActions:
    # --- the directory ------------------------------------------------------------------
    def load_directory(self) -> None:
        """Open this desk's directory on the search worker (the sample on first run).

        Nothing here waits on disk: the worker opens the directory and builds its engine,
        then ``_engine_ready`` opens the window's own reader on the same file (for browsing
        and the dialogs) and the referral log opens on the database worker.
        """
        self.search.load(self.data_dir, self.settings.kecamatan)

    def _engine_ready(self, facts: dict) -> None:
        from melayani_core.storage.directory_db import DirectoryReader

        old, self.reader = self.reader, DirectoryReader(facts["path"])
        if old is not None:
            old.close()
        self.sample = self.reader.is_sample
        self._sources_changed()
        self.detail.freshness_months = self.reader.settings.freshness_months
        self.sample_banner.setVisible(self.sample)
        self.browse.loaded = False
        if self.tabs.currentIndex() == TAB_BROWSE:
            self.browse.load(self.reader)
        self.status.update_texts()
        if self.log is None:
            self._open_log()
        else:
            self.search.set_referral_counts(self.log.referral_counts())
            self.search.teach(self._lessons)
        self.directory_loaded.emit()

    def _open_log(self) -> None:
        from melayani_desk.ui.tasks import run_task

        data_dir = self.data_dir

        def open_log():
            from melayani_desk.referrals.log import ReferralLog
            from melayani_desk.referrals.retention import purge

            log = ReferralLog(data_dir)
            purge(data_dir, log)  # citizen details past the directory's retention period
            return log, log.referral_counts(), log.taught()

        run_task(open_log, self._on_log_ready, self._on_log_failed, context=self)

    def check_directory(self) -> None:
        """Switch to a newer directory (imported meanwhile) when the window is activated."""
        if self.reader is None:
            return
        from melayani_core.storage.directory_db import DirectoryError, DirectoryStore

        try:
            current = DirectoryStore(self.data_dir).current()
        except (DirectoryError, OSError):
            return
        if current is not None and current != self.reader.path and self.search.engine_ready:
            self.load_directory()

    def shutdown(self) -> None:
        self._closing = True
        self.desk_setup.close()
        self.status.stop()
        self.search.stop()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        self._sources_changed()
        if "melayani_desk.ui.tasks" in sys.modules:
            sys.modules["melayani_desk.ui.tasks"].wait_for_tasks(10_000)
        if self.log is not None:
            self.log.close()
            self.log = None
        self._sources_changed()

    # --- search -------------------------------------------------------------------------
    def _show_result(self, result) -> None:
        self.detail.show_result(result, self.sample)

    def focus_search(self) -> None:
        self.search.focus()

    def clear_search(self) -> None:
        """Esc: back to the search box with its text selected (the next citizen's typing
        replaces it); Esc again there clears it."""
        if self.search.select_or_clear():
            return
        self.tabs.setCurrentIndex(TAB_RESULTS)
        self.search.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_failed(self, message: str) -> None:
        self.messages.showMessage(self.tr("Problem: %1").replace("%1", message), STATUS_MS)
        if not self.search.engine_ready:
            self.detail.show_message(
                self.tr(
                    "The service directory cannot be opened: %1. Import the directory again, "
                    "or ask the regency's Diskominfo for help."
                ).replace("%1", message)
            )

    # --- browse and tabs ----------------------------------------------------------------
    def show_browse(self) -> None:
        self.tabs.setCurrentIndex(TAB_BROWSE)
        self.browse.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_history(self) -> None:
        """F3: the history, its newest referral chosen and the table focused (F5 and
        Ctrl+P act on it at once)."""
        self.tabs.setCurrentIndex(TAB_HISTORY)
        if self.history is not None:
            self.history.show_newest()

    def _tab_changed(self, index: int) -> None:
        self.search.set_shown(index == TAB_RESULTS)
        self.detail.setVisible(index != TAB_HISTORY)
        self.detail.answer.allow(index != TAB_HISTORY)
        self.detail.action_bar.setVisible(index != TAB_HISTORY)
        if index == TAB_BROWSE:
            # Browse acts on its own choice only: never on the last search's service
            self.detail.show_message(self._browse_hint())
            if not self.browse.loaded and self.reader is not None:
                self.browse.load(self.reader)
            elif (chosen := self.browse.current_service()) is not None:
                self._browse_selected(chosen)
        elif index == TAB_HISTORY and self.history is not None:
            self.history.refresh()
        elif index == TAB_RESULTS:
            result = self.search.current_result()
            if result is not None:
                self.detail.show_result(result, self.sample)
            else:
                self.detail.show_message(self.search.hint())

    def _browse_hint(self) -> str:
        return self.tr(
            "Choose a service in the list (arrow keys, Enter) to see its contacts. "
            "The need you typed in the search box goes with the referral."
        )

    def _browse_selected(self, service_id: str) -> None:
        self._browse_wanted, self._focus_detail = service_id, False
        self.search.resolve(service_id)

    def _browse_activated(self, service_id: str) -> None:
        self._browse_selected(service_id)
        self._focus_detail = True

    def _on_resolved(self, service_id: str, result) -> None:
        if service_id != self._browse_wanted or self.tabs.currentIndex() != TAB_BROWSE:
            return
        if result is not None:
            self.detail.show_result(result, self.sample)
            if self._focus_detail:
                self.detail.focus_first()

    # --- numbers ------------------------------------------------------------------------
    def copy_contact(self, n: int) -> None:
        if self.detail.copy_contact(n) is None:
            self.messages.showMessage(
                self.tr("Contact %1 has no number to copy.").replace("%1", str(n)), STATUS_MS
            )

    def _copied(self, shown: str) -> None:
        self.messages.showMessage(self.tr("Number copied: %1").replace("%1", shown), STATUS_MS)

    # --- the log and the dialogs ------------------------------------------------------------
    def _on_log_ready(self, opened) -> None:
        log, counts, taught = opened
        if self._closing:
            log.close()  # the window closed while the log was opening
            return
        self.log = log
        self._sources_changed()
        self._lessons = list(reversed(taught))  # oldest first: the newest choice wins
        self.search.set_referral_counts(counts)
        self.search.teach(self._lessons)
        self._make_history()
        self.status.update_texts()
        self.status.start()
        self.desk_setup.offer_first_run(self.settings, self.log)

    def _make_history(self) -> None:
        from melayani_desk.ui.history import HistoryWidget

        if self.history is not None:
            self.history.hide()
            self.history.setParent(None)
            self.history.deleteLater()
        self.history = HistoryWidget(self.log, self.history_holder)
        self.history.slip_requested.connect(self.slips.print_history_slip)
        self.history.held_released.connect(self.status.held_released)
        self.history_placeholder.hide()
        self.history_holder.layout().addWidget(self.history)

    def _on_log_failed(self, exc: BaseException) -> None:
        self.history_placeholder.setText(
            self.tr("The referral log cannot be opened: %1").replace("%1", str(exc))
        )
        self._on_failed(str(exc))

    def found_how(self, result) -> tuple[str, int]:
        """How the clerk found the detail's service: ("search", its place in the results)
        or ("browse", 0)."""
        if self.tabs.currentIndex() == TAB_BROWSE:
            return "browse", 0
        return "search", self.search.rank_of(result)

    def note_unmet(self, need: str) -> None:
        """Enter on a need whose search found no service: logged once for the hub, which
        shows the regency what its directory does not answer."""
        if not need or need == self._unmet_noted or self.log is None:
            return
        from melayani_desk.ui.tasks import run_task

        self._unmet_noted = need
        run_task(
            partial(self.log.record_unmet, need),
            lambda _need: self.status.refresh(),
            lambda exc: self.messages.showMessage(str(exc), STATUS_MS),
            context=self,
        )

    def learn_from(self, referral) -> None:
        """A referral that teaches the search (learning.py) is learned at once."""
        from melayani_desk.referrals.learning import teaches

        if teaches(referral):
            lesson = (referral.need_text, referral.service_id)
            self._lessons.append(lesson)
            self.search.teach([lesson])

    def _need_log(self) -> bool:
        if self.log is None:
            self.messages.showMessage(
                self.tr("The referral log is still opening; try again in a moment."), STATUS_MS
            )
            return False
        return True

    def need_text(self) -> str:
        """The need as typed (while the search results or Browse are shown: a clerk browses
        when the search did not find what the citizen said)."""
        if self.tabs.currentIndex() in (TAB_RESULTS, TAB_BROWSE):
            return self.search.text().strip()
        return ""

    def print_slip(self) -> None:
        """Ctrl+P: the slip of the history's selected referral, or of the detail's contact."""
        if self.tabs.currentIndex() != TAB_HISTORY:
            self.slips.print_slip()
        else:
            self.print_history_slip()

    def print_history_slip(self, referral=None) -> None:
        if referral is None and self.history is not None:
            referral = self.history.selected_referral()
        self.slips.print_history_slip(referral)

    def _referral_logged(self, referral) -> None:
        """A referral is in the log (F2, a printed slip, F7): learn, count, list it."""
        self.learn_from(referral)
        self.status.update_texts()
        self.status.refresh()
        if self.history is not None:
            self.history.refresh()

    def show_quarantine(self) -> None:
        """The quarantine button: the history, narrowed to what the hub refused."""
        self.show_history()
        if self.history is not None:
            self.history.show_sync_state("quarantined")

    def _synced(self) -> None:
        if self.history is not None and self.tabs.currentIndex() == TAB_HISTORY:
            self.history.refresh()  # the sync states changed

    def _say(self, text: str) -> None:
        self.messages.showMessage(text, STATUS_MS)

    def _sources_changed(self) -> None:
        """The log, the directory or the settings changed: the components follow."""
        self.slips.set_sources(self.log, self.reader, self.settings)
        self.status.set_sources(self.log, self.reader, self.settings)

    def open_settings(self) -> None:
        self.desk_setup.open_settings(self.settings, self.log)

    def _desk_enrolled(self, setup) -> None:  # noqa: ANN001 - a desk_setup.Setup
        """The hub's names are the desk's settings now (saved by the enrollment): apply
        them even if the dialog is cancelled, and sync at once."""
        self.apply_settings(setup.settings)
        self._say(
            self.tr("This desk is enrolled with %1; syncing now…").replace(
                "%1", setup.enrolled.hub_url
            )
        )
        self.status.sync_after_enrollment()

    def report_contact(self) -> None:
        result, contact = self.detail.result, self.detail.selected_contact()
        if result is None or contact is None or not self._need_log():
            return
        from melayani_desk.ui.report_dialog import ContactReportDialog

        dialog = ContactReportDialog(self.log, self.reader, contact, result.service, self)
        if dialog.exec():
            self.messages.showMessage(self.tr("Contact problem reported."), STATUS_MS)
        self.status.update_texts()
        self.focus_search()

    def apply_settings(self, new: settings_mod.Settings) -> None:
        """Save and apply live: language, font size, the desk's kecamatan."""
        from melayani_desk.ui import i18n
        from melayani_desk.ui.app import set_font_size

        old, self.settings = self.settings, new.validated()
        settings_mod.save(self.data_dir, self.settings)
        self._sources_changed()
        if new.font_size != old.font_size:
            set_font_size(self.settings.font_size)
            self.apply_fonts()
        if new.language != old.language:
            i18n.install(self.settings.language)  # LanguageChange -> retranslate()
        if new.kecamatan != old.kecamatan and self.search.client is not None:
            self.load_directory()

    def bring_forward(self) -> None:
        """Another start of the program asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.focus_search()
