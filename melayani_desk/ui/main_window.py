"""The main window: type a need, read the right number aloud, log the referral.

Keyboard first: the search box has focus at start; every keystroke goes to the search
worker; Up/Down move through the results, Enter goes to the details, Esc comes back and
clears.  Ctrl+1..Ctrl+5 copy contact N's number, F2 logs the referral, F3 shows the
history, F4 reports a contact problem, F6 browses, F7 contacts the agency on the citizen's
behalf over WhatsApp, Ctrl+P prints a slip, F9 syncs with the hub now, Ctrl+, opens the
settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from melayani_desk import settings as settings_mod
from melayani_desk.ui.browse import BrowseWidget
from melayani_desk.ui.constants import MIN_PANE, QWIDGETSIZE_MAX, TAB_RESULTS
from melayani_desk.ui.desk_setup_entry import DeskSetupEntry
from melayani_desk.ui.detail_pane import DetailPane
from melayani_desk.ui.fit_label import FitLabel
from melayani_desk.ui.hub_status import HubStatus
from melayani_desk.ui.message_area import MessageArea
from melayani_desk.ui.search_panel import SearchPanel
from melayani_desk.ui.slip_control import SlipController
from melayani_desk.ui.window_actions import WindowActions


class MainWindow(QMainWindow, WindowActions):
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
        self.sync_runner_factory = sync_runner
        self.first_run = first_run
        self.settings = settings
        self.reader = None
        self.log = None
        self.sample = False
        self._browse_wanted = ""
        self._focus_detail = False  # Enter in Browse: the details take the focus once shown
        self._closing = False  # set by shutdown(): late callbacks do nothing
        self._lessons: list[tuple[str, str]] = []  # need -> service the clerks taught search
        self._unmet_noted = ""  # the last need logged as found nothing (once per need)
        self._sized = False
        self._build()
        self._build_actions()
        self.retranslate()
        self.apply_fonts()
        self.search.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.emergency = QLabel()
        self.emergency.setWordWrap(True)  # never wider than a 1024-pixel screen
        self.emergency.setStyleSheet("color: white; background: #b00020; padding: 2px 6px;")
        self.sample_banner = FitLabel()  # one line: the long wording, or a short one
        self.sample_banner.setStyleSheet(
            "color: black; background: #ffd54f; border: 2px solid black; padding: 2px 6px;"
        )
        self.sample_banner.hide()
        self.search = SearchPanel(self)
        self.settings_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.search.search_label)
        row.addWidget(self.search.search_box, 1)
        row.addWidget(self.settings_button)  # the history is its tab (F3)
        self.browse = BrowseWidget()
        self.browse.service_selected.connect(self._browse_selected)
        self.browse.service_activated.connect(self._browse_activated)
        self.history_holder = QWidget()
        self.history_placeholder = QLabel()
        self.history_placeholder.setWordWrap(True)
        QVBoxLayout(self.history_holder).addWidget(self.history_placeholder)
        # scrolls rather than widening the whole tab area to the history's filter row
        self.history_scroll = QScrollArea()
        self.history_scroll.setWidgetResizable(True)
        self.history_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.history_scroll.setWidget(self.history_holder)
        self.history = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.search.results_stack, "")
        self.tabs.addTab(self.browse, "")
        self.tabs.addTab(self.history_scroll, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.detail = DetailPane()
        self.search.ready.connect(self._engine_ready)
        self.search.result_chosen.connect(self._show_result)
        self.search.note.connect(self.detail.show_message)
        self.search.details_wanted.connect(self.detail.focus_first)
        self.search.unmet.connect(self.note_unmet)
        self.search.results_wanted.connect(lambda: self.tabs.setCurrentIndex(TAB_RESULTS))
        self.search.title_changed.connect(lambda t: self.tabs.setTabText(TAB_RESULTS, t))
        self.search.results_shown.connect(self.results_shown)
        self.search.resolved.connect(self._on_resolved)
        self.search.failed.connect(self._on_failed)
        self.detail.copied.connect(self._copied)
        self.slips = SlipController(
            self, self.detail, self.data_dir, self.settings, self.need_text, self.found_how
        )
        self.slips.message.connect(self._say)
        self.slips.referral_logged.connect(self._referral_logged)
        self.slips.done.connect(self.focus_search)
        self.detail.referral_requested.connect(self.slips.log_referral)
        self.detail.report_requested.connect(self.report_contact)
        self.detail.slip_requested.connect(self.print_slip)
        self.detail.contact_requested.connect(self.slips.contact_on_behalf)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda *_: self.splitter.setProperty("userMoved", True))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(4)
        search = self.search
        shrinking = (search.results_view, search.results_stack, self.browse, self.history_scroll)
        for widget in (*shrinking, self.detail.scroll, self.detail):
            widget.setMinimumHeight(MIN_PANE)  # the details give way; the answer above does not
        layout.addWidget(self.emergency)
        layout.addWidget(self.sample_banner)
        layout.addLayout(row)
        layout.addWidget(self.search.route_note)  # SP4N-LAPOR! / 112 when no office meets the need
        layout.addWidget(self.detail.answer)  # the number first, never scrolled away
        layout.addWidget(self.detail.action_bar)
        layout.addWidget(self.splitter, 1)
        self.messages = MessageArea()
        layout.addWidget(self.messages)
        self.messages.showing.connect(self._message_showing)
        self.setCentralWidget(central)
        self.desk_setup = DeskSetupEntry(self, self.data_dir, self.first_run)
        self.desk_setup.settings_chosen.connect(self.apply_settings)
        self.desk_setup.enrolled.connect(self._desk_enrolled)
        self.desk_setup.directory_switched.connect(self.check_directory)
        self.desk_setup.done.connect(self.focus_search)
        self.status = HubStatus(self, self.data_dir, self.settings, self.sync_runner_factory)
        self.status.message.connect(self._say)
        self.status.directory_updated.connect(self.check_directory)
        self.status.synced.connect(self._synced)
        self.status.quarantine_requested.connect(self.show_quarantine)
        self.statusBar().addPermanentWidget(self.status.parts)
        self.statusBar().addPermanentWidget(self.status.quarantine_button)
        self.statusBar().addPermanentWidget(self.status.sync_button)
        self.settings_button.clicked.connect(self.open_settings)
        QWidget.setTabOrder(self.search.search_box, self.search.results_view)
        QWidget.setTabOrder(self.search.results_view, self.detail.scroll)

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
        self.tabs.setTabText(1, self.tr("Browse (F6)"))
        self.tabs.setTabText(2, self.tr("History (F3)"))
        self.history_placeholder.setText(self.tr("Opening the referral log…"))
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
        if self.history is not None and self.log is not None:
            self._make_history()  # the history widget sets its texts once: build it anew
        self.status.retranslate()
        self.status.update_texts()

    def apply_fonts(self) -> None:
        self.search.apply_fonts()
        strip = QFont(QGuiApplication.font())
        strip.setBold(True)
        self.emergency.setFont(strip)
        self.sample_banner.setFont(strip)
        self.messages.setFont(QFont(QGuiApplication.font()))  # its style sheet keeps old fonts
        self.detail.apply_fonts()
        self.status.update_texts()
        self.status.rearrange()

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
            width = max(self.splitter.width(), 600)
            self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])
        self.status.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._sized and not self.splitter.property("userMoved"):
            width = self.splitter.width()
            self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])
        if event.oldSize().width() != event.size().width():
            self.status.rearrange()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.shutdown()
        super().closeEvent(event)
