"""A label with a long and a short wording: the long one when it fits one line, else the
short one (wrapping still, never cut).  Used for the sample-data banner, whose two lines
at 24 pt would push the answer's number below a 768-pixel screen; the long wording stays
its tooltip and accessible name."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class FitLabel(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.full = ""
        self.short = ""

    def set_texts(self, full: str, short: str) -> None:
        self.full, self.short = full, short
        self.setToolTip(full)
        self.setAccessibleName(full)
        self.fit()

    def fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        long_fits = self.fontMetrics().horizontalAdvance(self.full) <= room
        text = self.full if long_fits or not self.short else self.short
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()
