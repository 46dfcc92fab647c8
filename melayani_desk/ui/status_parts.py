"""Short status texts side by side, wrapping onto another line when they do not fit.

The status bar says several things at once (the directory, what is unsent, the hub);
with a large font they would not fit one line at 1366 pixels, and a QStatusBar cannot
wrap one long label, so each part is its own label and ``arrange`` fills lines greedily
up to a width.  Every part is words (never a colour), and its accessible name is its text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

MAX_LINES = 4
GAP = 18  # pixels between two parts on one line


class StatusParts(QWidget):
    def __init__(self, first: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = first  # a label the caller keeps (the directory's source)
        self._pool: list[QLabel] = []
        self._texts: list[str] = []
        self._width = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.lines: list[QHBoxLayout] = []
        for _ in range(MAX_LINES):
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(GAP)
            line.addStretch(1)  # parts sit at the right, next to the buttons
            column.addLayout(line)
            self.lines.append(line)

    def labels(self) -> list[QLabel]:
        """The labels showing, in order (the first one included when it has text)."""
        shown = [self.first] if self.first.text() else []
        return shown + self._pool[: len(self._texts)]

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels()]

    def set_parts(self, texts: list[str], max_width: int) -> bool:
        """Show ``texts`` after the first label; True when the layout changed."""
        texts = [t for t in texts if t]
        if texts == self._texts and max_width == self._width:
            return False
        self._texts, self._width = texts, max_width
        while len(self._pool) < len(texts):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._pool.append(label)
        for n, label in enumerate(self._pool):
            text = texts[n] if n < len(texts) else ""  # unused labels keep no stale text
            label.setText(text)
            label.setAccessibleName(text)
        self.arrange()
        return True

    def rearrange(self, max_width: int) -> None:
        """After a font or width change."""
        self._width = max_width
        self.arrange()

    def arrange(self) -> None:
        for line in self.lines:
            for label in [self.first, *self._pool]:
                line.removeWidget(label)
        showing = self.labels()
        for label in [self.first, *self._pool]:
            label.setVisible(label in showing)
        row, used = 0, 0
        for label in showing:
            width = label.sizeHint().width()
            if used and used + GAP + width > self._width and row < MAX_LINES - 1:
                row, used = row + 1, 0
            self.lines[row].addWidget(label)
            used += width + (GAP if used else 0)
        self.updateGeometry()
