"""Messages to the clerk, in their own full-width row above the status bar.

A QStatusBar message shares one line with the permanent parts and is cut mid-word behind
them; this label wraps and takes the lines it needs, and hides when there is nothing to
say.  Same calls as QStatusBar: showMessage(text, ms), currentMessage(), clearMessage().
``showing`` tells the window when it appears and goes: the window hides the status parts
meanwhile (as a QStatusBar hides its normal widgets behind a message), so a message takes
about the room the parts gave up and never pushes the answer's number off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from melayani_desk.ui.constants import MESSAGE_STYLE, STATUS_MS


class MessageArea(QLabel):
    showing = Signal(bool)  # a message appeared (True) or went (False)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageArea")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(MESSAGE_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)
        self.hide()

    def showMessage(self, text: str, timeout_ms: int = STATUS_MS) -> None:  # noqa: N802 - as Qt
        self.setText(text)
        self.setAccessibleName(text)
        if text and self.isHidden():
            self.showing.emit(True)  # the parts go first: showing a widget resizes at once
            self.show()
        elif not text and not self.isHidden():
            self.hide()
            self.showing.emit(False)
        if timeout_ms > 0 and text:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def currentMessage(self) -> str:  # noqa: N802 - as QStatusBar
        return self.text()

    def clearMessage(self) -> None:  # noqa: N802 - as QStatusBar
        self.showMessage("", 0)
