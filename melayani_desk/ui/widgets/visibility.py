"""Showing and hiding parts of a pane only when that changes.

Every ``setVisible`` on a child of a shown window invalidates its layout (a word-wrapped
label's height for width, the scroll area's size), even when the widget already was in
that state: the detail pane, filled again on every keystroke whose best service changed,
spent about half its time there (1,400 calls, 140 ms over 34 renders at province scale).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QWidget

_EXPLICIT = Qt.WidgetAttribute.WA_WState_ExplicitShowHide


def differs(widget: QWidget, on: bool) -> bool:
    """Whether ``widget.setVisible(on)`` would change anything: it was not shown or hidden
    so by a call. A widget nobody showed or hid yet differs either way: whether it appears
    with its parent is not settled until then (``isHidden()`` alone would say a new child
    of a hidden window is hidden, and it would then appear with it)."""
    return not widget.testAttribute(_EXPLICIT) or widget.isHidden() == on


def set_shown(widget: QWidget, on: bool) -> None:
    """``widget.setVisible(on)`` unless it was already shown or hidden so by a call."""
    if differs(widget, on):
        widget.setVisible(on)


def set_row_shown(form: QFormLayout, row: int, on: bool) -> None:
    """``form.setRowVisible(row, on)`` unless the row already is so."""
    if form.isRowVisible(row) != on:
        form.setRowVisible(row, on)
