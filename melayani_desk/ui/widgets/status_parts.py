"""Short status texts side by side, on at most two lines, shortened at a word when they
do not fit.

The status bar says several things at once (the directory, what is unsent, the hub);
with a large font they would not fit one line at 1366 pixels, and a QStatusBar cannot
wrap one long label, so each part is its own label and ``arrange`` fills lines greedily
up to a width.  What still does not fit the last line is shortened, longest part first,
by whole words with "…" (never cut mid-word); the full text stays in the part's tooltip,
its accessible name and ``texts()``.  Every part is words (never a colour).

The parts never hold the window wider than the screen: their minimum width is small,
and the window re-arranges them whenever its width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

MAX_LINES = 2  # three lines at 24 pt would push the answer off a 768-pixel screen
GAP = 18  # pixels between two parts on one line
ELLIPSIS = "…"


def shorten(text: str, words: int) -> str:
    """The first ``words`` words of ``text`` and "…" (the whole text when it has no more)."""
    parts = text.split()
    return text if words >= len(parts) else " ".join(parts[:words]) + ELLIPSIS


class StatusParts(QWidget):
    def __init__(self, first: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = first  # a label the caller keeps (the directory's source)
        self._first_full = ""  # its whole text (it may show shortened)
        self._first_shown = ""
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

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Narrow: the window may always shrink to the screen; the parts follow its width."""
        return QSize(GAP, super().minimumSizeHint().height())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A font change reaches the parts after the window asked them to re-arrange:
        measure them again in the new font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.arrange()

    def _first_text(self) -> str:
        text = self.first.text()
        if text != self._first_shown:  # the caller set a new text
            self._first_full = text
        return self._first_full

    def labels(self) -> list[QLabel]:
        """The labels showing, in order (the first one included when it has text)."""
        shown = [self.first] if self._first_text() else []
        return shown + self._pool[: len(self._texts)]

    def texts(self) -> list[str]:
        """The whole texts of the parts showing (as said, before any shortening)."""
        first = [self._first_text()] if self._first_text() else []
        return first + list(self._texts)

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
            label.setText(texts[n] if n < len(texts) else "")  # no stale text when unused
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
        fulls = self.texts()
        for row, parts in enumerate(self._fit(fulls)):
            for n in parts:
                label, text = showing[n], shorten(fulls[n], parts[n])
                label.setText(text)
                label.setAccessibleName(fulls[n])
                label.setToolTip(fulls[n] if text != fulls[n] else "")
                if label is self.first:
                    self._first_shown = text
                self.lines[row].addWidget(label)
        self.updateGeometry()

    def _fit(self, fulls: list[str]) -> list[dict[int, int]]:
        """Which part goes on which line, and how many of its words show.

        Parts fill the lines greedily; while a line is too wide, the leftmost part that
        still has words to spare loses its last word (the directory's source first: the
        counts, the hub's state and the warnings after it matter more at the desk)."""
        metrics = self.fontMetrics()
        words = [len(text.split()) for text in fulls]
        while True:
            rows: list[dict[int, int]] = [{}]
            used, over = 0, False
            for n, text in enumerate(fulls):
                width = metrics.horizontalAdvance(shorten(text, words[n]))
                if rows[-1] and used + GAP + width > self._width and len(rows) < MAX_LINES:
                    rows.append({})
                    used = 0
                rows[-1][n] = words[n]
                used += width + (GAP if used else 0)
                over |= used > self._width
            spare = [n for n in range(len(fulls)) if words[n] > 1]
            if not over or not spare:
                return rows
            words[spare[0]] -= 1
