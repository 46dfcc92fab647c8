"""The main window: type a need, read the right number aloud, log the referral.

Keyboard first: the search box has focus at start; every keystroke goes to the search
worker; Up/Down move through the results, Enter goes to the details, Esc comes back and
clears.  Ctrl+1..Ctrl+5 copy contact N's number, F2 logs the referral, F3 shows the
history, F4 reports a contact problem, F6 browses, F7 contacts the agency on the citizen's
behalf over WhatsApp, Ctrl+P prints a slip, F9 syncs with the hub now, Ctrl+, opens the
settings.

The window is a composition root: it builds its components (search.py's SearchPanel,
the DetailPane, the BrowseWidget, the HistoryTab, the SlipController, HubStatus,
DeskSetupEntry and the DeskSession holding the directory and the log), wires their
signals, owns the shortcuts and lays them out.  Each component owns its state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from melayani_desk import settings as settings_mod
from melayani_desk.ui.constants import (
    MIN_PANE,
    QWIDGETSIZE_MAX,
    STATUS_MS,
    TAB_BROWSE,
    TAB_HISTORY,
    TAB_RESULTS,
    TAB_TITLE_MARGIN,
)
from melayani_desk.ui.widgets.fit_label import FitLabel
from melayani_desk.ui.widgets.message_area import MessageArea
from melayani_desk.ui.widgets.title_tabs import TitleTabs
from melayani_desk.ui.window.browse import BrowseWidget
from melayani_desk.ui.window.desk_session import DeskSession
from melayani_desk.ui.window.desk_setup_entry import DeskSetupEntry
from melayani_desk.ui.window.detail_pane import DetailPane
from melayani_desk.ui.window.history_tab import HistoryTab
from melayani_desk.ui.window.hub_status import HubStatus
from melayani_desk.ui.window.search_panel import SearchPanel
from melayani_desk.ui.window.slip_control import SlipController
from melayani_desk.ui.workers.warm import warm_imports


class MainWindow(QMainWindow):
    results_shown = Signal(str, int)  # the query and how many results are on screen
    directory_loaded = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings: settings_mod.Settings,
        parent=None,
        sync_runner=None,
        first_run: bool = False,
    ):
        """``sync_runner``: a factory data_dir -> SyncRunner-like object (tests fake it);
        ``first_run``: offer the first-run dialog to a desk not set up (the program does)."""
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.sample = False
        self._browse_wanted = ""
        self._focus_detail = False  # Enter in Browse: the details take the focus once shown
        self._sized = False
        self._painted = False  # the first frame is on the screen (load_directory_when_painted)
        self._load_when_painted = False
        self._make_parts(sync_runner, first_run)
        self._wire()
        self._lay_out()
        self._build_actions()
        self.retranslate()
        self.apply_fonts()
        self.search.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the parts -----------------------------------------------------------------------
    def _make_parts(self, sync_runner, first_run: bool) -> None:
        self.emergency = QLabel()
        self.emergency.setWordWrap(True)  # never wider than a 1024-pixel screen
        self.emergency.setStyleSheet("color: white; background: #b00020; padding: 2px 6px;")
        self.sample_banner = FitLabel()  # one line: the long wording, or a short one
        self.sample_banner.setStyleSheet(
            "color: black; background: #ffd54f; border: 2px solid black; padding: 2px 6px;"
        )
        self.sample_banner.hide()
        self.settings_button = QPushButton()
        self.session = DeskSession(self.data_dir, self)
        self.search = SearchPanel(self)
        self.browse = BrowseWidget()
        self.history = HistoryTab()
        self.tabs = TitleTabs()  # titles on two lines when one line would be cut
        self.detail = DetailPane()
        self.messages = MessageArea()
        self.slips = SlipController(
            self, self.detail, self.data_dir, self.settings, self.need_text, self.found_how
        )
        self.desk_setup = DeskSetupEntry(self, self.data_dir, first_run)
        self.status = HubStatus(self, self.data_dir, self.settings, sync_runner)

    def _wire(self) -> None:
        session, search, detail = self.session, self.search, self.detail
        session.log_opened.connect(self._log_opened)
        session.log_failed.connect(self._log_failed)
        session.taught.connect(search.teach)
        session.unmet_recorded.connect(self.status.refresh)
        session.message.connect(self._say)
        search.ready.connect(self._engine_ready)
        search.result_chosen.connect(self._show_result)
        search.note.connect(detail.show_message)
        search.details_wanted.connect(detail.focus_first)
        search.unmet.connect(session.note_unmet)
        search.results_wanted.connect(lambda: self.tabs.setCurrentIndex(TAB_RESULTS))
        search.title_changed.connect(lambda t: self.tabs.set_title(TAB_RESULTS, t))
        search.results_shown.connect(self.results_shown)
        search.resolved.connect(self._on_resolved)
        search.failed.connect(self._on_failed)
        self.browse.service_selected.connect(self._browse_selected)
        self.browse.service_activated.connect(self._browse_activated)
        self.history.slip_requested.connect(self.slips.print_history_slip)
        self.history.held_released.connect(self.status.held_released)
        self.tabs.currentChanged.connect(self._tab_changed)
        detail.copied.connect(self._copied)
        detail.referral_requested.connect(self.slips.log_referral)
        detail.report_requested.connect(self.report_contact)
        detail.slip_requested.connect(self.print_slip)
        detail.contact_requested.connect(self.slips.contact_on_behalf)
        self.slips.message.connect(self._say)
        self.slips.referral_logged.connect(self._referral_logged)
        self.slips.done.connect(self.focus_search)
        self.desk_setup.settings_chosen.connect(self.apply_settings)
        self.desk_setup.enrolled.connect(self._desk_enrolled)
        self.desk_setup.directory_switched.connect(self.check_directory)
        self.desk_setup.done.connect(self.focus_search)
        self.status.message.connect(self._say)
        self.status.directory_updated.connect(self.check_directory)
        self.status.synced.connect(self._synced)
        self.status.quarantine_requested.connect(self.show_quarantine)
        self.messages.showing.connect(self._message_showing)
        self.settings_button.clicked.connect(self.open_settings)

    def _lay_out(self) -> None:
        search, detail = self.search, self.detail
        row = QHBoxLayout()
        row.addWidget(search.search_label)
        row.addWidget(search.search_box, 1)
        row.addWidget(self.settings_button)  # the history is its tab (F3)
        self.tabs.addTab(search.results_stack, "")
        self.tabs.addTab(self.browse, "")
        self.tabs.addTab(self.history, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda *_: self.splitter.setProperty("userMoved", True))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(4)
        shrinking = (search.results_view, search.results_stack, self.browse, self.history)
        for widget in (*shrinking, detail.scroll_area, detail):
            widget.setMinimumHeight(MIN_PANE)  # the details give way; the answer above does not
        layout.addWidget(self.emergency)
        layout.addWidget(self.sample_banner)
        layout.addLayout(row)
        layout.addWidget(search.route_note)  # SP4N-LAPOR! / 112 when no office meets the need
        layout.addWidget(detail.answer)  # the number first, never scrolled away
        layout.addWidget(detail.action_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.messages)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.status.parts)
        self.statusBar().addPermanentWidget(self.status.quarantine_button)
        self.statusBar().addPermanentWidget(self.status.sync_button)
        QWidget.setTabOrder(search.search_box, search.results_view)
        QWidget.setTabOrder(search.results_view, detail.scroll_area)

    # --- the directory and the log ---------------------------------------------------------
    @property
    def log(self):  # noqa: ANN201 - the ReferralLog, once open (the session owns it)
        return self.session.log

    @property
    def reader(self):  # noqa: ANN201 - the window's DirectoryReader (the session owns it)
        return self.session.reader

    def load_directory(self) -> None:
        """Open this desk's directory on the search worker (the sample on first run).

        Nothing here waits on disk: the worker opens the directory and builds its engine,
        then ``_engine_ready`` opens the window's own reader on the same file (for browsing
        and the dialogs) and the referral log opens on the database worker.
        """
        self.search.load(self.data_dir, self.settings.kecamatan)

    def load_directory_when_painted(self) -> None:
        """``load_directory`` once the window has painted its first frame.

        Building the engine on the worker holds the GIL in turns with the UI thread, and the
        first layout calls the widgets' Python hooks (size hints, resize events) hundreds of
        times, each waiting its turn: started together, the first frame froze 150-350 ms at
        100,000 contacts (``bench/ui_stall.py``, "open"); one after the other, 35-40 ms.
        """
        if self._painted:
            self.load_directory()
        else:
            self._load_when_painted = True

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        self._painted = True
        if self._load_when_painted:
            self._load_when_painted = False
            QTimer.singleShot(0, self.load_directory)  # after this frame is on the screen

    def _engine_ready(self, facts: dict) -> None:
        reader = self.session.open_reader(facts["path"])
        self.sample = reader.is_sample
        self._sources_changed()
        self.detail.freshness_months = reader.settings.freshness_months
        self.sample_banner.setVisible(self.sample)
        self.browse.loaded = False
        if self.tabs.currentIndex() == TAB_BROWSE:
            self.browse.load(reader)
        self.status.update_texts()
        if self.log is None:
            self.session.open_log()
        else:
            self.search.set_referral_counts(self.log.referral_counts())
            self.search.teach(self.session.lessons)
        self.directory_loaded.emit()

    def _log_opened(self, log, counts: dict) -> None:
        self._sources_changed()
        self.search.set_referral_counts(counts)
        self.search.teach(self.session.lessons)
        self.history.set_log(log)
        self.status.update_texts()
        self.status.start()
        self.desk_setup.offer_first_run(self.settings, log)
        warm_imports()  # the slip dialog's modules, before the first Ctrl+P

    def _log_failed(self, reason: str) -> None:
        self.history.log_failed(reason)
        self._on_failed(reason)

    def check_directory(self) -> None:
        """Switch to a newer directory (imported meanwhile) when the window is activated."""
        if self.search.engine_ready and self.session.newer_directory():
            self.load_directory()

    def shutdown(self) -> None:
        self.desk_setup.close()
        self.status.stop()
        self.search.stop()
        self.session.close()
        self._sources_changed()

    def _sources_changed(self) -> None:
        """The log, the directory or the settings changed: the components follow."""
        self.slips.set_sources(self.log, self.reader, self.settings)
        self.status.set_sources(self.log, self.reader, self.settings)

    def _on_failed(self, message: str) -> None:
        self._say(self.tr("Problem: %1").replace("%1", message))
        if not self.search.engine_ready:
            self.detail.show_message(
                self.tr(
                    "The service directory cannot be opened: %1. Import the directory again, "
                    "or ask the regency's Diskominfo for help."
                ).replace("%1", message)
            )

    def _say(self, text: str) -> None:
        self.messages.showMessage(text, STATUS_MS)

    # --- search, browse and tabs ---------------------------------------------------------
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

    def show_browse(self) -> None:
        self.tabs.setCurrentIndex(TAB_BROWSE)
        self.browse.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_history(self) -> None:
        """F3: the history, its newest referral chosen and the table focused (F5 and
        Ctrl+P act on it at once)."""
        self.tabs.setCurrentIndex(TAB_HISTORY)
        self.history.show_newest()

    def show_quarantine(self) -> None:
        """The quarantine button: the history, narrowed to what the hub refused."""
        self.show_history()
        self.history.show_sync_state("quarantined")

    def _tab_changed(self, index: int) -> None:
        self.search.set_shown(index == TAB_RESULTS)
        self.detail.setVisible(index != TAB_HISTORY)
        self.detail.answer.allow(index != TAB_HISTORY)
        self.detail.action_bar.setVisible(index != TAB_HISTORY)
        if index == TAB_BROWSE:
            # Browse acts on its own choice only: never on the last search's service
            self.detail.show_message(
                self.tr(
                    "Choose a service in the list (arrow keys, Enter) to see its contacts. "
                    "The need you typed in the search box goes with the referral."
                )
            )
            if not self.browse.loaded and self.reader is not None:
                self.browse.load(self.reader)
            elif (chosen := self.browse.current_service()) is not None:
                self._browse_selected(chosen)
        elif index == TAB_HISTORY:
            self.history.refresh()
        elif index == TAB_RESULTS:
            result = self.search.current_result()
            if result is not None:
                self.detail.show_result(result, self.sample)
            else:
                self.detail.show_message(self.search.hint())

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

    # --- numbers, referrals, dialogs -----------------------------------------------------
    def copy_contact(self, n: int) -> None:
        if self.detail.copy_contact(n) is None:
            self._say(self.tr("Contact %1 has no number to copy.").replace("%1", str(n)))

    def _copied(self, shown: str) -> None:
        self._say(self.tr("Number copied: %1").replace("%1", shown))

    def need_text(self) -> str:
        """The need as typed (while the search results or Browse are shown: a clerk browses
        when the search did not find what the citizen said)."""
        if self.tabs.currentIndex() in (TAB_RESULTS, TAB_BROWSE):
            return self.search.text().strip()
        return ""

    def found_how(self, result) -> tuple[str, int]:
        """How the clerk found the detail's service: ("search", its place in the results)
        or ("browse", 0)."""
        if self.tabs.currentIndex() == TAB_BROWSE:
            return "browse", 0
        return "search", self.search.rank_of(result)

    def print_slip(self) -> None:
        """Ctrl+P: the slip of the history's selected referral, or of the detail's contact."""
        if self.tabs.currentIndex() != TAB_HISTORY:
            self.slips.print_slip()
        else:
            self.slips.print_history_slip(self.history.selected_referral())

    def _referral_logged(self, referral) -> None:
        """A referral is in the log (F2, a printed slip, F7): learn, count, list it."""
        self.session.learn_from(referral)
        self.status.update_texts()
        self.status.refresh()
        self.history.refresh()

    def _synced(self) -> None:
        if self.tabs.currentIndex() == TAB_HISTORY:
            self.history.refresh()  # the sync states changed

    def report_contact(self) -> None:
        result, contact = self.detail.result, self.detail.selected_contact()
        if result is None or contact is None:
            return
        if self.log is None:
            self._say(self.tr("The referral log is still opening; try again in a moment."))
            return
        from melayani_desk.ui.dialogs.report_dialog import ContactReportDialog

        dialog = ContactReportDialog(self.log, self.reader, contact, result.service, self)
        if dialog.exec():
            self._say(self.tr("Contact problem reported."))
        self.status.update_texts()
        self.focus_search()

    # --- settings --------------------------------------------------------------------------
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

    def _build_actions(self) -> None:
        def action(key: str | QKeySequence, slot) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_refer = action("F2", self.slips.log_referral)
        self.act_history = action("F3", self.show_history)
        self.act_report = action("F4", self.report_contact)
        self.act_browse = action("F6", self.show_browse)
        self.act_contact = action("F7", self.slips.contact_on_behalf)
        self.act_sync = action("F9", self.status.sync_now)
        self.act_slip = action("Ctrl+P", self.print_slip)
        self.act_settings = action("Ctrl+,", self.open_settings)
        self.act_focus = action("Ctrl+L", self.focus_search)
        self.act_clear = action("Esc", self.clear_search)
        self.act_copy_first = action("Ctrl+Shift+C", lambda: self.copy_contact(1))
        self.act_copy = [
            action(f"Ctrl+{n}", lambda _c=False, n=n: self.copy_contact(n)) for n in range(1, 6)
        ]
        self.act_import = action("Ctrl+I", self.desk_setup.open_import)  # or in Settings

    # --- texts and fonts ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Melayani Desk — Banyuwangi service directory"))
        self.emergency.setText(self.tr("Emergency: 112 (Banyuwangi Respon, 24 hours, free)"))
        self.emergency.setToolTip(
            self.tr(
                "Only for emergencies: fire, accident, crime, "
                "medical emergency, disaster. Not a general helpline."
            )
        )
        self.emergency.setAccessibleName(self.emergency.text())
        self.sample_banner.set_texts(
            self.tr(
                "SAMPLE DATA — made-up names and numbers: "
                "import the official directory before serving citizens."
            ),
            self.tr("SAMPLE DATA — made-up names and numbers"),
        )
        self.settings_button.setText(self.tr("Settings (Ctrl+,)"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.tabs.setAccessibleName(self.tr("Results, browse and history"))
        self.tabs.set_title(TAB_BROWSE, self.tr("Browse (F6)"), self.tr("Browse"))
        self.tabs.set_title(TAB_HISTORY, self.tr("History (F3)"), self.tr("History"))
        texts = {
            self.act_refer: self.tr("Log referral"),
            self.act_history: self.tr("Referral history"),
            self.act_report: self.tr("Report contact problem"),
            self.act_browse: self.tr("Browse services"),
            self.act_contact: self.tr("Contact on the citizen's behalf"),
            self.act_slip: self.tr("Print slip"),
            self.act_settings: self.tr("Settings"),
            self.act_sync: self.tr("Sync now"),
            self.act_import: self.tr("&Import the directory…"),
            self.act_focus: self.tr("Go to the search box"),
            self.act_clear: self.tr("Clear the search"),
            self.act_copy_first: self.tr("Copy the first number"),
        }
        for n, act in enumerate(self.act_copy, 1):
            texts[act] = self.tr("Copy the number of contact %1").replace("%1", str(n))
        for act, text in texts.items():
            act.setText(text)
        self.search.retranslate()
        self.browse.retranslate()
        self.detail.retranslate()
        if self.detail.result is None:
            self.detail.show_message(self.search.current_message())
        self.history.retranslate()
        self.status.retranslate()
        self.status.update_texts()
        self._resplit()  # the titles' width follows the language

    def apply_fonts(self) -> None:
        self.search.apply_fonts()
        strip = QFont(QGuiApplication.font())
        strip.setBold(True)
        self.emergency.setFont(strip)
        self.sample_banner.setFont(strip)
        self.messages.setFont(QFont(QGuiApplication.font()))  # its style sheet keeps old fonts
        self._resplit()  # the titles' width follows the font

    def _resplit(self) -> None:
        if self._sized and not self.splitter.property("userMoved"):
            self._split(self.splitter.width())
        self.tabs.fit_titles()
        self.detail.apply_fonts()
        self.status.update_texts()
        self.status.rearrange()

    def _split(self, width: int) -> None:
        """Two fifths for the tabs, three for the details; up to three fifths for the tabs
        when their whole titles, else their short ones, need it to fit on one line (large
        fonts; measured with a three-digit count of results, so the split stays while the
        clerk types)."""
        tabs = width * 2 // 5
        results = self.search.widest_title()
        for titles in (self.tabs.titles, self.tabs.shorts):
            need = self.tabs.one_line_width([results, *titles[1:]]) + TAB_TITLE_MARGIN
            if need <= tabs:
                break
            if need <= width * 3 // 5:
                tabs = need
                break
        self.splitter.setSizes([tabs, width - tabs])

    def _message_showing(self, on: bool) -> None:
        """The status parts step aside while a message shows (the buttons stay).  A
        QStatusBar keeps the height of a hidden part: its maximum height says otherwise."""
        self.status.parts.setMaximumHeight(0 if on else QWIDGETSIZE_MAX)
        self.status.parts.setVisible(not on)
        # the bar takes its new height now, before the message's row is laid out
        QCoreApplication.sendEvent(self.statusBar(), QEvent(QEvent.Type.LayoutRequest))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.check_directory)
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._split(max(self.splitter.width(), 600))
        self.status.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._sized and not self.splitter.property("userMoved"):
            self._split(self.splitter.width())
        if event.oldSize().width() != event.size().width():
            self.status.rearrange()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.shutdown()
        super().closeEvent(event)
