"""Report a problem with a contact: wrong number, not answering, moved, or something else."""

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

from melayani_desk.referrals.model import REPORT_KINDS, ReferralError
from melayani_desk.ui.referral_dialog import (
    DIALOG_STYLE,
    bold,
    contact_numbers,
    error_label,
    fit_to_screen,
    note_edit,
)
from melayani_desk.ui.tasks import run_task


class ContactReportDialog(QDialog):
    def __init__(self, log, reader, contact, service, parent=None):
        super().__init__(parent)
        self.log = log
        self.reader = reader
        self.contact = contact
        self.service = service
        self.saved_report = None
        self._saving = False
        self.setWindowTitle(self.tr("Report a problem with this contact"))

        self.setStyleSheet(DIALOG_STYLE)
        self.error = error_label()
        who = QLabel(
            f"{contact.name} \u2014 {contact.position}" if contact.position else contact.name
        )
        who.setWordWrap(True)
        number = bold(QLabel(contact_numbers(contact)))
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Contact:"), who)
        form.addRow(self.tr("Number:"), number)
        if service is not None:
            service_label = QLabel(service.name)
            service_label.setWordWrap(True)
            form.addRow(self.tr("Service:"), service_label)

        texts = {
            "wrong_number": self.tr("&Wrong number"),
            "not_answering": self.tr("&Not answering"),
            "moved": self.tr("&Moved to another post"),
            "other": self.tr("&Other problem"),
        }
        box = QGroupBox(self.tr("What is wrong?"))
        column = QVBoxLayout(box)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for code in REPORT_KINDS:
            button = QRadioButton(texts.get(code, code))
            button.setProperty("kind", code)
            self.kinds.addButton(button)
            self.kind_buttons[code] = button
            column.addWidget(button)
        self.kind_buttons[REPORT_KINDS[0]].setChecked(True)

        note_label = QLabel(self.tr("No&te (optional):"))
        self.note = note_edit(self)
        note_label.setBuddy(self.note)

        self.save_button = QPushButton(self.tr("Send report"))
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
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._save)
        self.kind_buttons[REPORT_KINDS[0]].setFocus()
        fit_to_screen(self, 44)

    def kind(self) -> str:
        button = self.kinds.checkedButton()
        return button.property("kind") if button is not None else "other"

    def _save(self) -> None:
        if self._saving:
            return
        values = dict(
            reader=self.reader,
            contact_id=self.contact.contact_id,
            kind=self.kind(),
            note=self.note.toPlainText().strip(),
            service_id=self.service.service_id if self.service is not None else None,
        )
        self._set_saving(True)
        log = self.log
        run_task(lambda: log.report_contact(**values), self._saved, self._failed, context=self)

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        self.save_button.setEnabled(not on)
        self.cancel_button.setEnabled(not on)

    def _saved(self, report) -> None:
        self._set_saving(False)
        self.saved_report = report
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        message = exc.message if isinstance(exc, ReferralError) else str(exc)
        self.error.setText(self.tr("Could not send the report: %1").replace("%1", message))
        self.error.show()

    def reject(self) -> None:
        if not self._saving:
            super().reject()
