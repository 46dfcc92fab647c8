"""The parts the desk's forms share: the error line, Save/Cancel, and saving on the worker.

``SavingDialog`` is a form whose Save is a write on the database worker (ui.workers.tasks): the
subclass builds its fields, adds ``save_cancel(...)`` and answers ``_submission()`` with
the write to run.  While it runs both buttons are off and Esc/Cancel wait; then the
result is kept and the dialog accepts, or the failure is shown and everything typed stays.
``ChoiceDialog`` adds the common shape of a small form: a few facts, one choice of radio
buttons and an optional note.

No text is translated here: ``self.tr`` looks up the context of the object's own class at
run time, so every caption is passed in by the dialog, which translates it as its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from melayani_core.referrals.model import ReferralError
from melayani_desk.diskfull import is_disk_full, message
from melayani_desk.ui.workers.tasks import run_task

# Radio and check boxes grow with the text size (the style draws them at a fixed size).
DIALOG_STYLE = "QRadioButton::indicator, QCheckBox::indicator { width: 0.8em; height: 0.8em; }"


def bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def error_label() -> QLabel:
    label = bold(QLabel())
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def note_edit(widget: QWidget, lines: int = 2) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 14)
    return edit


def radio_buttons(
    group: QButtonGroup, codes: Iterable[str], texts: Mapping[str, str], key: str
) -> dict[str, QRadioButton]:
    """One radio button per code (captioned ``texts[code]``, else the code) in ``group``;
    the code is kept in the button's property ``key``."""
    buttons: dict[str, QRadioButton] = {}
    for code in codes:
        button = QRadioButton(texts.get(code, code))
        button.setProperty(key, code)
        group.addButton(button)
        buttons[code] = button
    return buttons


def save_cancel_row(
    dialog: Any,  # a QDialog: gets save_button and cancel_button
    save_text: str,
    cancel_text: str,
    on_save: Callable[[], None],
    *,
    lead: QWidget | None = None,
    cancel_auto_default: bool = False,
) -> QHBoxLayout:
    """Save (the default button) and Cancel at the right, ``lead`` at the left.

    Sets ``dialog.save_button`` and ``dialog.cancel_button``.  Unless
    ``cancel_auto_default``, Enter saves even while Cancel has the focus.
    """
    dialog.save_button = QPushButton(save_text)
    dialog.save_button.setDefault(True)
    dialog.save_button.clicked.connect(on_save)
    dialog.cancel_button = QPushButton(cancel_text)
    if not cancel_auto_default:
        dialog.cancel_button.setAutoDefault(False)
    dialog.cancel_button.clicked.connect(dialog.reject)
    line = QHBoxLayout()
    if lead is not None:
        line.addWidget(lead)
    line.addStretch(1)
    line.addWidget(dialog.save_button)
    line.addWidget(dialog.cancel_button)
    return line


class _FitOnShow(QObject):
    def __init__(self, dialog: QDialog, min_chars: int, scroll: QScrollArea | None):
        super().__init__(dialog)
        self.min_chars, self.scroll = min_chars, scroll
        dialog.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            _fit(watched, self.min_chars, self.scroll)
        return False


def fit_to_screen(dialog: QDialog, min_chars: int = 0, scroll: QScrollArea | None = None) -> None:
    """When first shown (styled, so the size hints are true): open wide enough for
    ``min_chars`` and tall enough for the wrapped text, never bigger than the screen; with
    ``scroll``, only that part scrolls when the screen is too small."""
    _FitOnShow(dialog, min_chars, scroll)


def grow_to_fit(dialog: QWidget) -> None:
    """After text appeared in an open dialog (an error): grow it to show that text whole,
    never beyond the screen (a wrapped label does not make its window taller itself)."""
    _activate(dialog)
    height = dialog.heightForWidth(dialog.width())
    if height <= 0:
        height = dialog.sizeHint().height()
    if height > dialog.height():
        screen = dialog.screen().availableGeometry()
        dialog.resize(dialog.width(), min(height, screen.height() - 48))


def _activate(widget: QWidget) -> None:
    layout = widget.layout()
    if layout is not None:
        layout.activate()


def _fit(dialog: QDialog, min_chars: int, scroll: QScrollArea | None) -> None:
    _activate(dialog)
    screen = dialog.screen().availableGeometry()
    chars = dialog.fontMetrics().averageCharWidth()
    width = min(max(dialog.sizeHint().width(), chars * min_chars), screen.width() - 24)
    content = scroll.widget() if scroll is not None else None
    layout = dialog.layout()
    if scroll is not None and content is not None and layout is not None:
        margins = layout.contentsMargins()
        bar = scroll.verticalScrollBar().sizeHint().width()
        inner = content.heightForWidth(width - margins.left() - margins.right() - bar)
        slack = dialog.fontMetrics().height()  # rounding in the wrapped labels
        height = dialog.sizeHint().height() - scroll.sizeHint().height() + max(inner, 0) + slack
    else:
        height = dialog.heightForWidth(width)
    if height <= 0:
        height = dialog.sizeHint().height()
    dialog.resize(width, min(height, screen.height() - 48))


def failure_reason(exc: BaseException, effect: str = "data TIDAK disimpan") -> str:
    """What went wrong, in the log's own words when the log refused; a full disk in plain
    words (never the database library's text and web link)."""
    import sqlite3

    if isinstance(exc, ReferralError):
        return exc.message
    if is_disk_full(exc):
        return message(effect + "; yang sudah tercatat tetap aman, isian ini tidak hilang")
    if isinstance(exc, sqlite3.Error):
        return f"basis data meja: {exc}"
    return str(exc)


class SavingDialog(QDialog):
    """A form saved by one write on the database worker; see the module's doc."""

    save_button: QPushButton  # set by save_cancel()
    cancel_button: QPushButton

    def __init__(self, parent=None):
        super().__init__(parent)
        self._saving = False
        self.setStyleSheet(DIALOG_STYLE)
        self.error = error_label()

    def save_cancel(
        self, save_text: str, cancel_text: str, lead: QWidget | None = None
    ) -> QHBoxLayout:
        """The button row; Ctrl+Enter saves from anywhere in the dialog (even the note)."""
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._save)
        return save_cancel_row(self, save_text, cancel_text, self._save, lead=lead)

    # --- for the subclass ------------------------------------------------------------
    def _submission(self) -> Callable[[], Any] | None:
        """The write to run on the worker (plain values only, never a widget), or None
        when the form cannot be saved yet (after saying why with ``show_error``)."""
        raise NotImplementedError

    def _keep(self, result) -> None:
        """Keep what the write returned (done before the dialog accepts)."""

    def _show_failure(self, exc: BaseException) -> None:
        """Say why the write failed (the buttons are back on, everything typed stays)."""
        raise NotImplementedError

    # --- the plumbing ----------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _save(self) -> None:
        if self._saving:
            return
        write = self._submission()
        if write is None:
            return
        self._set_saving(True)
        run_task(write, self._saved, self._failed, context=self)

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        self.save_button.setEnabled(not on)
        self.cancel_button.setEnabled(not on)

    def _saved(self, result) -> None:
        self._set_saving(False)
        self._keep(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        self._show_failure(exc)

    def reject(self) -> None:
        if not self._saving:  # a save in flight finishes first (it takes milliseconds)
            super().reject()


class ChoiceDialog(SavingDialog):
    """Facts at the top, one choice of radio buttons, an optional note, Save and Cancel."""

    @staticmethod
    def facts_form() -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return form

    def lay_out(
        self,
        facts: QFormLayout,
        question: str,
        choices: Mapping[str, QRadioButton],
        note_text: str,
        buttons: QHBoxLayout,
    ) -> QPlainTextEdit:
        """Put the parts in order, give the first choice the focus; returns the note."""
        box = QGroupBox(question)
        column = QVBoxLayout(box)
        for button in choices.values():
            column.addWidget(button)
        note_label = QLabel(note_text)
        note = note_edit(self)
        note_label.setBuddy(note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(facts)
        layout.addWidget(box)
        layout.addWidget(note_label)
        layout.addWidget(note)
        layout.addLayout(buttons)
        next(iter(choices.values())).setFocus()
        fit_to_screen(self, 44)
        return note
