"""The referral history: what this desk gave out, what came of it, and whether it was sent.

The period is asked of the log (one small query); agency, channel and sync state narrow the
loaded rows through a proxy. Enter or F5 on a row adds an outcome; "Print slip" (Ctrl+P in
the window) asks the window for the row's slip.  With the sync filter on "Quarantined" a
column shows why the hub held each row back, and "Send again" puts every held-back record
back in the queue (``ReferralLog.retry_held``, on the DB worker); ``held_released`` then
tells the window, which syncs.

Nothing here reads on the UI thread: ``refresh`` asks the log on the read worker
(``ui.workers.tasks.run_read``; a newer refresh makes an older answer stale, and it is dropped), and
while the widget is hidden (another tab is shown) it only marks itself out of date; the
read runs when the widget is shown.  The columns are sized from their headers and a sample
of rows, never by measuring every row.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from melayani_core.referrals.model import CHANNELS, SYNC_STATES
from melayani_desk.ui.dialogs.outcome_dialog import OutcomeDialog
from melayani_desk.ui.models.history_model import (
    ROW_ROLE,
    ReferralFilterProxy,
    ReferralTableModel,
    channel_label,
    sync_label,
)
from melayani_desk.ui.widgets.fold_row import FoldRow
from melayani_desk.ui.workers.tasks import run_read, run_task

STRETCH = ("need", "service")  # the columns that take any room left over
WHOLE = ("time", "code", "sync")  # never cut short
PERIODS = (("today", 0), ("week", 6), ("month", 29), ("all", None))  # days back from today
ROW_LIMIT = 2000
SAMPLE_ROWS = 40  # rows measured to size a column (the first ones shown: the newest)
CELL_PADDING = 16  # pixels around a cell's text (the style's margins and the grid)


class HistoryWidget(QWidget):
    slip_requested = Signal(object)  # the selected ReferralView
    held_released = Signal(int)  # how many held-back records went back in the queue
    loaded = Signal(int)  # a refresh's rows are on screen (how many were loaded)

    def __init__(self, log, parent=None):
        super().__init__(parent)
        self.log = log
        self.dirty = True  # the rows on screen may be out of date: read when shown
        self.reading = False  # a read is on the worker; its rows come in _rows_read
        self._newest_wanted = False  # select the newest row once the rows are on screen
        self.reads = 0  # reads asked of the log (tests and the bench count them)
        self._sampled: dict[tuple[int, str], int] = {}  # (column, font) -> width needed
        self._agencies: list[tuple[str, str]] = []  # the agency filter's choices
        self.outcome_dialog: OutcomeDialog | None = None
        self.model = ReferralTableModel(self)
        self.proxy = ReferralFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.period = QComboBox()
        period_names = {
            "today": self.tr("Today"),
            "week": self.tr("Last 7 days"),
            "month": self.tr("Last 30 days"),
            "all": self.tr("All"),
        }
        for key, days in PERIODS:
            self.period.addItem(period_names[key], days)
        self.agency = QComboBox()
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All"), "")
        for code in CHANNELS:
            self.channel.addItem(channel_label(code), code)
        self.sync = QComboBox()
        self.sync.addItem(self.tr("All"), "")
        for code in SYNC_STATES:
            self.sync.addItem(sync_label(code), code)

        for combo in (self.agency, self.channel):  # long names: these shrink, then elide
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        pairs = []
        for text, combo in (
            (self.tr("&Period:"), self.period),
            (self.tr("A&gency:"), self.agency),
            (self.tr("&How given:"), self.channel),
            (self.tr("S&ync:"), self.sync),
        ):
            pair = QWidget()
            line = QHBoxLayout(pair)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text)
            label.setBuddy(combo)
            line.addWidget(label)
            line.addWidget(combo, 1)
            pairs.append(pair)
        filters = FoldRow(pairs)  # on two lines (or four) when the tab is narrow

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Referral history"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.activated.connect(self.add_outcome)
        self.table.viewport().installEventFilter(self)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.outcome_button = QPushButton(self.tr("Add outcome (F5)"))
        self.outcome_button.clicked.connect(self.add_outcome)
        self.slip_button = QPushButton(self.tr("Print slip (Ctrl+P)"))
        self.slip_button.setAccessibleName(self.tr("Print the slip of the chosen referral"))
        self.slip_button.setToolTip(
            self.tr("Print the chosen referral's slip again, with its code (not logged again)")
        )
        self.slip_button.clicked.connect(self.request_slip)
        self.resend_button = QPushButton(self.tr("Send &again"))
        self.resend_button.setAccessibleName(self.tr("Send the held-back records again"))
        self.resend_button.setToolTip(
            self.tr(
                "Put every record the hub held back in the queue again and sync now; "
                "use it once the cause has been fixed"
            )
        )
        self.resend_button.clicked.connect(self.send_held_again)
        self.resend_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.resend_button)
        bottom.addWidget(self.slip_button)
        bottom.addWidget(self.outcome_button)

        layout = QVBoxLayout(self)
        layout.addWidget(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.add_outcome)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.period.currentIndexChanged.connect(self.refresh)
        for combo in (self.agency, self.channel, self.sync):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- loading -----------------------------------------------------------------------
    def since(self) -> date | None:
        days = self.period.currentData()
        return None if days is None else date.today() - timedelta(days=days)

    def refresh(self) -> None:
        """Reload the chosen period from the log (on the read worker), keeping the selected
        referral selected; while hidden, only note that the rows are out of date."""
        self.dirty = True
        if not self.isVisible():
            return
        self.dirty, self.reading = False, True
        self.reads += 1
        job = partial(self.log.referrals, since=self.since(), limit=ROW_LIMIT)
        run_read(job, self._rows_read, self._read_failed, context=self, key="history")

    def _rows_read(self, rows) -> None:
        keep = self.selected_referral()
        self.reading = False
        self.model.set_rows(rows)
        self._sampled.clear()
        lapor = ReferralTableModel.COLUMNS.index("lapor")  # shown once a referral has one
        self.table.setColumnHidden(lapor, not any(row.lapor for row in rows))
        self._fill_agencies(rows)
        self._apply_filters()
        if self._newest_wanted:
            self.select_newest()
        elif keep is not None:
            self.select_uuid(keep.uuid)
        self._fit_columns()
        self.loaded.emit(len(rows))

    def _read_failed(self, exc: BaseException) -> None:
        from melayani_desk.ui.dialogs.form_parts import failure_reason

        self.dirty, self.reading = True, False  # try again when shown next
        self.status.setText(
            self.tr("Could not read the referral log: %1").replace(
                "%1", failure_reason(exc, "coba lagi")
            )
        )

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.dirty:
            self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Fit the columns to the width: each gets at least its header, then a fair share of
        what its content still needs; room left over goes to the need and the service."""
        header = self.table.horizontalHeader()
        count = len(ReferralTableModel.COLUMNS)
        shown = [not self.table.isColumnHidden(i) for i in range(count)]
        least = [header.sectionSizeHint(i) * shown[i] for i in range(count)]
        wanted = [max(self._sample_width(i), least[i]) * shown[i] for i in range(count)]
        for name in WHOLE:
            index = ReferralTableModel.COLUMNS.index(name)
            least[index] = wanted[index]
        room = self.table.viewport().width()
        if sum(wanted) <= room:
            widths = list(wanted)
            spare = room - sum(wanted)
            for name in STRETCH:
                widths[ReferralTableModel.COLUMNS.index(name)] += spare // len(STRETCH)
        else:
            needed = sum(w - m for w, m in zip(wanted, least, strict=True)) or 1
            share = max(room - sum(least), 0)
            widths = [m + (w - m) * share // needed for w, m in zip(wanted, least, strict=True)]
        for index, width in enumerate(widths):
            if shown[index]:
                header.resizeSection(index, width)

    def _sample_width(self, column: int) -> int:
        """The width the column's text needs, measured on the first rows shown only (once
        per rows, filters and font: a resize only shares the room out again)."""
        key = (column, self.table.font().key())
        if key not in self._sampled:
            self._sampled[key] = self._measure(column)
        return self._sampled[key]

    def _measure(self, column: int) -> int:
        metrics = self.table.fontMetrics()
        widest = 0
        for row in range(min(self.proxy.rowCount(), SAMPLE_ROWS)):
            text = self.proxy.index(row, column).data() or ""
            widest = max(widest, metrics.horizontalAdvance(text))
        return widest + CELL_PADDING if widest else 0

    def _fill_agencies(self, rows) -> None:
        current = self.agency.currentData() or ""
        names: dict[str, str] = {}
        for row in rows:
            names.setdefault(row.org_id, row.org_short_name or row.org_name)
        choices = sorted(names.items(), key=lambda item: item[1].casefold())
        if choices == self._agencies and self.agency.count() == len(choices) + 1:
            return  # the same agencies: the list (and the choice) stay as they are
        self._agencies = choices
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("All"), "")
        for org_id, name in choices:
            self.agency.addItem(name, org_id)
        index = self.agency.findData(current)
        self.agency.setCurrentIndex(max(index, 0))
        self.agency.blockSignals(False)

    def show_sync_state(self, state: str) -> None:
        """Narrow to one sync state ("quarantined" for the status bar's button)."""
        self.period.setCurrentIndex(self.period.findData(None))  # "All": held rows may be old
        self.sync.setCurrentIndex(max(0, self.sync.findData(state)))
        self.table.setFocus()

    def _apply_filters(self) -> None:
        state = self.sync.currentData() or ""
        self._sampled.clear()  # other rows may come first
        self.proxy.set_filters(
            org_id=self.agency.currentData() or "",
            channel=self.channel.currentData() or "",
            sync_state=state,
        )
        problem = ReferralTableModel.COLUMNS.index("problem")
        if self.table.isColumnHidden(problem) != (state != "quarantined"):
            self.table.setColumnHidden(problem, state != "quarantined")
            self._fit_columns()
        shown, loaded = self.proxy.rowCount(), self.model.rowCount()
        self.resend_button.setVisible(state == "quarantined" and shown > 0)
        if state == "quarantined" and shown:
            self.status.setText(
                self.tr(
                    "Held back by the hub: %1. The reason is in the last column; once it "
                    "is fixed (ask the regency's Diskominfo), press Send again."
                ).replace("%1", str(shown))
            )
        elif loaded == 0:
            self.status.setText(self.tr("No referrals in this period."))
        elif shown == loaded:
            self.status.setText(self.tr("Referrals: %1").replace("%1", str(shown)))
        else:
            self.status.setText(
                self.tr("Showing %1 of %2 referrals.")
                .replace("%1", str(shown))
                .replace("%2", str(loaded))
            )
        if shown and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    # --- selection and outcome ---------------------------------------------------------
    def selected_referral(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def show_newest(self) -> None:
        """F3: the table focused and the newest referral shown chosen (now, or once the
        refresh on its way is on screen), so Ctrl+P reprints the slip just given out and F5
        adds its outcome, whatever order the clerk sorted the table in."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.reading or self.dirty:
            self._newest_wanted = True
        else:
            self.select_newest()

    def select_newest(self) -> None:
        self._newest_wanted = False
        rows = [row for row in self.model.rows() if self.proxy.accepts(row)]  # no Qt calls
        if rows:
            self.select_uuid(max(rows, key=lambda row: (row.created_at, row.seq)).uuid)

    def select_uuid(self, uuid: str) -> bool:
        source_row = self.model.row_of(uuid)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False  # filtered out
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_referral() is not None
        self.outcome_button.setEnabled(chosen)
        self.slip_button.setEnabled(chosen)

    def send_held_again(self) -> None:
        """Every held-back record back in the queue (on the DB worker), then tell the window."""
        self.resend_button.setEnabled(False)
        log = self.log
        run_task(log.retry_held, self._held_released, self._held_failed, context=self)

    def _held_released(self, count: int) -> None:
        self.resend_button.setEnabled(True)
        self.refresh()
        self.held_released.emit(count)

    def _held_failed(self, exc: BaseException) -> None:
        from melayani_desk.ui.dialogs.form_parts import failure_reason

        self.resend_button.setEnabled(True)
        self.status.setText(
            self.tr("Could not put them back in the queue: %1").replace(
                "%1", failure_reason(exc, "tidak ada yang diubah")
            )
        )

    def request_slip(self) -> None:
        referral = self.selected_referral()
        if referral is not None:
            self.slip_requested.emit(referral)

    def add_outcome(self) -> None:
        referral = self.selected_referral()
        if referral is None:
            return
        dialog = OutcomeDialog(self.log, referral, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(self._outcome_closed)  # a method: a lambda would keep self alive
        self.outcome_dialog = dialog
        dialog.open()

    def _outcome_closed(self, _result: int) -> None:
        self.outcome_dialog = None
        self.table.setFocus()
