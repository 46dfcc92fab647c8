"""The history tab (F3): a placeholder while the referral log opens, then the history
widget (history.py) on that log, in a scroll area (so its filter row never widens the
whole tab area).

A component of the main window: it owns the HistoryWidget (built anew on each
``set_log``: the widget sets its texts once) and passes on its ``slip_requested`` and
``held_released`` signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class HistoryTab(QScrollArea):
    slip_requested = Signal(object)  # a logged Referral whose slip is wanted again
    held_released = Signal(int)  # how many held-back records went back in the queue

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.history: Any = None  # the HistoryWidget, once the log is open
        self._log: Any = None
        self.holder = QWidget()
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self._layout = QVBoxLayout(self.holder)
        self._layout.addWidget(self.placeholder)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self.holder)

    def set_log(self, log: Any) -> None:
        """The referral log is open: the history widget shows it."""
        from melayani_desk.ui.window.history import HistoryWidget

        self._log = log
        if self.history is not None:
            self.history.hide()
            self.history.setParent(None)
            self.history.deleteLater()
        self.history = HistoryWidget(log, self.holder)
        self.history.slip_requested.connect(self.slip_requested)
        self.history.held_released.connect(self.held_released)
        self.placeholder.hide()
        self._layout.addWidget(self.history)

    def log_failed(self, reason: str) -> None:
        self.placeholder.setText(
            self.tr("The referral log cannot be opened: %1").replace("%1", reason)
        )

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Opening the referral log…"))
        if self.history is not None and self._log is not None:
            self.set_log(self._log)  # the history widget sets its texts once: build it anew

    def refresh(self) -> None:
        if self.history is not None:
            self.history.refresh()

    def show_newest(self) -> None:
        if self.history is not None:
            self.history.show_newest()

    def show_sync_state(self, state: str) -> None:
        if self.history is not None:
            self.history.show_sync_state(state)

    def selected_referral(self) -> Any:
        return self.history.selected_referral() if self.history is not None else None
