"""The search: the need box, the results list (or what to do when there are none), the
route note (SP4N-LAPOR! / 112) and the search worker behind them.

A component of the main window that owns its state: the SearchClient, the results model
and view, and whether the search's engine is ready.  The window lays its widgets out
(the box on top, the route note under it, the results in the first tab) and tells it
whether the results tab is shown (``set_shown``).  It talks by signals: ``ready`` (the
engine is built on a directory: its facts), ``result_chosen`` (the current result, for
the detail pane), ``note`` (what the detail pane says instead: the hint, no results),
``details_wanted`` (Enter on a result), ``unmet`` (Enter on a need that found nothing),
``results_wanted`` (typing or Up/Down while another tab is shown), ``title_changed`` (the
results tab's title), ``results_shown``, ``resolved`` and ``failed``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QStackedWidget

from melayani_desk.ui.constants import SEARCH_MAX_POINTS, SEARCH_SCALE
from melayani_desk.ui.models.results_model import ResultDelegate, ResultRole, ResultsModel
from melayani_desk.ui.widgets.route_note import RouteNote

MOVE_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}


class SearchPanel(QObject):
    ready = Signal(dict)  # the engine is built: the directory's facts (path, source, ...)
    result_chosen = Signal(object)  # the current SearchResult
    note = Signal(str)  # what the detail pane says when no result is chosen
    details_wanted = Signal()  # Enter on a result: the details take the focus
    unmet = Signal(str)  # Enter on a need the current results say nothing for
    results_wanted = Signal()  # the results tab should be shown
    title_changed = Signal(str)  # the results tab's title, "Results (N)"
    results_shown = Signal(str, int)  # the query and how many results are on screen
    resolved = Signal(str, object)  # service_id, SearchResult | None (for Browse)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.client: Any = None  # the SearchClient, once a directory is loaded
        self.engine_ready = False
        self._shown = True  # the results tab is the one shown
        self._updating = False  # the results are being updated (set in _on_results)
        self.search_label = QLabel()
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_box)
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.installEventFilter(self)
        self.route_note = RouteNote()
        self.model = ResultsModel(self)
        self.results_view = QListView()
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(ResultDelegate(self.results_view))
        self.results_view.setWordWrap(True)  # long service names wrap, never cut off
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.results_view.setSpacing(2)
        self.results_view.selectionModel().currentChanged.connect(self._result_changed)
        self.results_view.activated.connect(lambda _i: self.details_wanted.emit())
        self.results_message = QLabel()
        self.results_message.setWordWrap(True)
        self.results_message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.results_message)
        self.results_stack.addWidget(self.results_view)

    # --- the worker ----------------------------------------------------------------------
    def load(self, data_dir: Path, kecamatan: str) -> None:
        """Open the directory on a new search worker (the old one stops); nothing waits."""
        from melayani_desk.ui.workers.search_worker import SearchClient

        if self.client is not None:
            self.client.stop()
        self.engine_ready = False
        self.client = SearchClient(data_dir, kecamatan, self)
        self.client.ready.connect(self._engine_ready)
        self.client.results_ready.connect(self._on_results)
        self.client.answered.connect(self._on_answer)
        self.client.resolved.connect(self.resolved)
        self.client.failed.connect(self.failed)
        self.client.start()
        if self.search_box.text().strip():
            self.client.search(self.search_box.text())
        self.update_view()

    def _engine_ready(self, facts: dict) -> None:
        self.engine_ready = True
        self.ready.emit(facts)
        self.update_view()

    def stop(self) -> None:
        if self.client is not None:
            self.client.stop()
            self.client = None

    def resolve(self, service_id: str) -> None:
        if self.client is not None:
            self.client.resolve(service_id)

    def set_referral_counts(self, counts: dict[str, int]) -> None:
        if self.client is not None:
            self.client.set_referral_counts(counts)

    def teach(self, lessons: list[tuple[str, str]]) -> None:
        if self.client is not None:
            self.client.teach(lessons)

    # --- typing and results ----------------------------------------------------------------
    def text(self) -> str:
        return self.search_box.text()

    def set_shown(self, shown: bool) -> None:
        """Whether the results tab is the one shown (Enter and typing depend on it)."""
        self._shown = shown

    def _text_changed(self, text: str) -> None:
        if text.strip() and not self._shown:
            self.results_wanted.emit()
        if not text.strip():
            self.model.clear()
            self.route_note.clear()
            self.note.emit(self.hint())
            self.update_view()
        elif self.client is not None:
            self.client.search(text)

    def _on_results(self, query: str, results: list) -> None:
        if query != self.search_box.text():
            return  # stale: the clerk has typed on since
        self._updating = True  # rows moving under the current one choose nothing
        try:
            self.model.set_results(query, results)
        finally:
            self._updating = False
        if results:
            first = self.model.index(0)
            already = self.results_view.currentIndex() == first
            self.results_view.setCurrentIndex(first)
            if already:  # the same row stays current: the detail gets the new result
                self.result_chosen.emit(self.model.result(0))
        else:
            self.note.emit(self.no_results())
        self.update_view()
        self.results_shown.emit(query, len(results))

    def _on_answer(self, query: str, answer) -> None:
        """The LAPOR! route (or 112) when no office in the directory meets the need."""
        if query == self.search_box.text():
            self.route_note.show_for(answer)

    def _result_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._updating:
            return
        result = current.data(ResultRole) if current.isValid() else None
        if result is not None:
            self.result_chosen.emit(result)

    def current_result(self) -> Any:
        return self.results_view.currentIndex().data(ResultRole)

    def rank_of(self, result) -> int:
        """The result's place in the list shown (1 = first), 0 if not there."""
        for row in range(self.model.rowCount()):
            shown = self.model.index(row).data(ResultRole)
            if shown is not None and shown.service.service_id == result.service.service_id:
                return row + 1
        return 0

    def move_selection(self, delta: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        if not self._shown:
            self.results_wanted.emit()
        row = max(0, min(count - 1, self.results_view.currentIndex().row() + delta))
        self.results_view.setCurrentIndex(self.model.index(row))

    def focus(self) -> None:
        """The box takes the focus with its text selected (the next typing replaces it)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def select_or_clear(self) -> bool:
        """Esc: select the text (True: done) unless it is already selected in the focused
        box; then clear it (False: the caller shows the results tab and focuses)."""
        box = self.search_box
        if box.text() and not (box.hasFocus() and box.hasSelectedText()):
            self.focus()
            return True
        box.clear()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in MOVE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.move_selection(MOVE_KEYS[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._shown and self.model.rowCount():
                    self.details_wanted.emit()
                elif self._shown and self.model.query == self.search_box.text():
                    self.unmet.emit(self.search_box.text().strip())
                return True
        return super().eventFilter(obj, event)

    # --- what it says --------------------------------------------------------------------
    def hint(self) -> str:
        return self.tr(
            "Type the citizen's need in the box above (a few words are enough), "
            "or browse the services by category or agency (F6)."
        )

    def no_results(self) -> str:
        return self.tr(
            "No service matches “%1”. Try fewer or other words (for example "
            "'akta lahir' or 'bpjs'), or browse the services (F6)."
        ).replace("%1", self.search_box.text().strip())

    def current_message(self) -> str:
        return self.no_results() if self.search_box.text().strip() else self.hint()

    def update_view(self) -> None:
        text = self.search_box.text().strip()
        count = self.model.rowCount()
        if text and count:
            self.results_stack.setCurrentIndex(1)
        else:
            if not text:
                message = self.hint()
            elif not self.engine_ready:
                message = self.tr("Preparing the search…")
            else:
                message = self.no_results()
            self.results_message.setText(message)
            self.results_stack.setCurrentIndex(0)
        title = self.tr("Results (%1)").replace("%1", str(count)) if text else self.tr("Results")
        self.title_changed.emit(title)

    def widest_title(self) -> str:
        """The results tab's title with a three-digit count (for the room it takes)."""
        return self.tr("Results (%1)").replace("%1", "000")

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Need:"))
        self.search_box.setPlaceholderText(self.tr("Type the citizen's need, e.g. 'ktp hilang'"))
        self.search_box.setAccessibleName(self.tr("Citizen's need"))
        self.search_box.setToolTip(
            self.tr("Up/Down choose a result, Enter opens the details, Esc clears")
        )
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_message.setAccessibleName(self.tr("Search results"))
        self.model.retranslate()
        self.update_view()

    def apply_fonts(self) -> None:
        base = max(QGuiApplication.font().pointSizeF(), 8.0)
        big = QFont(QGuiApplication.font())
        big.setPointSizeF(max(min(base * SEARCH_SCALE, SEARCH_MAX_POINTS), base))
        self.search_box.setFont(big)
