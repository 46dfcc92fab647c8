"""A row of widgets that folds onto more lines when its width is too small for them side by
side: as many columns as fit, in order (the Browse tab's two choices and the history's
four filters at 24 pt on a 1024-pixel screen).  Its minimum width is its widest child's,
so a row that would fit only side by side never holds the window (or a tab) wide.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QGridLayout, QWidget


class FoldRow(QWidget):
    def __init__(self, widgets: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.widgets = list(widgets)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place(len(self.widgets))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        widest = max((w.minimumSizeHint().width() for w in self.widgets), default=0)
        widest = max(widest, max((w.sizeHint().width() for w in self.widgets), default=0))
        return QSize(widest, hint.height())

    def width_for(self, columns: int) -> int:
        """The width the widgets need in ``columns`` columns (each as wide as its widest)."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        widths = [0] * columns
        for n, widget in enumerate(self.widgets):
            widths[n % columns] = max(widths[n % columns], widget.sizeHint().width())
        return sum(widths) + spacing * (columns - 1)

    def fold(self) -> None:
        """As many columns as fit the width (at least one)."""
        columns = 1
        for count in range(len(self.widgets), 1, -1):
            if self.width_for(count) <= self.width():
                columns = count
                break
        self._place(columns)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for n, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, n // columns, n % columns)
        for column in range(len(self.widgets) + 1):  # the room left over goes to the end
            self.grid.setColumnStretch(column, 1 if column == columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fold()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.fold()
        return super().event(event)
