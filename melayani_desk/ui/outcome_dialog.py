"""Add what came of a referral: responded, resolved, unreachable or wrong number.

Saved with ``log.record_outcome`` on the database worker; the referral itself is never
changed, the outcome is its own record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from melayani_desk.referrals.model import OUTCOMES, ReferralError
from melayani_desk.ui.history_model import contact_number, outcome_label, short_time
from melayani_desk.ui.referral_dialog import DIALOG_STYLE, error_label, fit_to_screen, note_edit
from melayani_desk.ui.tasks import run_task


class OutcomeDialog(QDialog):
    """``referral`` is a ReferralView; after accept, ``saved_outcome`` holds the Outcome."""

    def __init__(self, log, referral, parent=None):
        super().__init__(parent)
        self.log = log
        self.referral = referral
        self.saved_outcome = None
        self._saving = False
        self.setWindowTitle(self.tr("Add the outcome"))
        self.setStyleSheet(DIALOG_STYLE)
        self.error = error_label()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        number = contact_number(referral)
        contact = f"{referral.contact_name}, {number}" if number else referral.contact_name
        for label, text in (
            (self.tr("Time:"), short_time(referral.created_at)),
            (self.tr("Need:"), referral.need_text or "\u2014"),
            (self.tr("Service:"), referral.service_name),
            (self.tr("Contact:"), contact),
        ):
            value = QLabel(text)
            value.setWordWrap(True)
            form.addRow(label, value)
        latest = getattr(referral, "outcome", None)
        if latest is not None:
            form.addRow(self.tr("Latest outcome:"), QLabel(outcome_label(latest.outcome)))

        texts = {
            "responded": self.tr("&Responded (the agency answered)"),
            "resolved": self.tr("Re&solved"),
            "unreachable": self.tr("&Unreachable"),
            "wrong_number": self.tr("&Wrong number"),
        }
        box = QGroupBox(self.tr("What happened?"))
        column = QVBoxLayout(box)
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for code in OUTCOMES:
            button = QRadioButton(texts.get(code, code))
            button.setProperty("outcome", code)
            self.outcomes.addButton(button)
            self.outcome_buttons[code] = button
            column.addWidget(button)

        note_label = QLabel(self.tr("No&te (optional):"))
        self.note_edit = note_edit(self)
        note_label.setBuddy(self.note_edit)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._save)
        self.outcome_buttons[OUTCOMES[0]].setFocus()
        fit_to_screen(self, 44)

    def outcome(self) -> str:
        button = self.outcomes.checkedButton()
        return button.property("outcome") if button is not None else ""

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def select(self, code: str) -> None:
        self.outcome_buttons[code].setChecked(True)

    def _save(self) -> None:
        if self._saving:
            return
        outcome = self.outcome()
        if not outcome:
            self.show_error(self.tr("Choose what happened."))
            self.outcome_buttons[OUTCOMES[0]].setFocus()
            return
        self._set_saving(True)
        log, uuid, note = self.log, self.referral.uuid, self.note()
        run_task(
            lambda: log.record_outcome(uuid, outcome, note),
            self._saved,
            self._failed,
            context=self,
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        self.save_button.setEnabled(not on)
        self.cancel_button.setEnabled(not on)

    def _saved(self, outcome) -> None:
        self._set_saving(False)
        self.saved_outcome = outcome
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        message = exc.message if isinstance(exc, ReferralError) else str(exc)
        self.show_error(self.tr("Could not save: %1").replace("%1", message))

    def reject(self) -> None:
        if not self._saving:
            super().reject()
