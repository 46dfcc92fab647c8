"""The window's shared constants, in one place: tab order, how long a message shows, the
font scales and the black-on-white styles of the numbers and notes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication

TAB_RESULTS, TAB_BROWSE, TAB_HISTORY = 0, 1, 2
TAB_TITLE_MARGIN = 8  # pixels beside the tab titles (the tab widget's frame)
STATUS_MS = 15_000  # a message stays this long (it wraps; it is never cut)

SEARCH_SCALE = 1.4
SEARCH_MAX_POINTS = 28.0  # the search box's font stops growing here (the answer needs the room)
NUMBER_SCALE = 1.8
TITLE_SCALE = 1.2  # the details' title (the answer card shows it first)
STACK_FROM_POINTS = 16
MAX_SHORTCUT_CONTACTS = 5
MIN_POINTS = 8.0
MIN_PANE = 24  # the results and details may shrink to this (they scroll); the answer never
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size

NUMBER_STYLE = "color: black; background: white; border: 1px solid black; padding: 2px 8px;"
NOTE_STYLE = "color: black; background: #fff3c4; border: 2px solid black; padding: 6px;"
MARK_STYLE = "color: black; background: #fff3c4; border: 1px solid black; padding: 1px 4px;"
ANSWER_STYLE = "QFrame#answerCard { background: #eef4ff; border: 2px solid #1a3d7c; }"
MESSAGE_STYLE = "color: black; background: #e8f5e9; border-top: 1px solid #555; padding: 3px 6px;"


def base_points() -> float:
    return max(QGuiApplication.font().pointSizeF(), MIN_POINTS)


def scaled_font(scale: float, bold: bool = True) -> QFont:
    """The application font times ``scale`` (so every size follows the font setting)."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(base_points() * scale)
    font.setBold(bold)
    return font
