"""Report a problem with a contact: wrong number, not answering, moved, or something else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel

from melayani_core.referrals.model import REPORT_KINDS
from melayani_desk.ui.dialogs.form_parts import ChoiceDialog, bold, failure_reason, radio_buttons
from melayani_desk.ui.dialogs.referral_dialog import contact_numbers


class ContactReportDialog(ChoiceDialog):
    def __init__(self, log, reader, contact, service, parent=None):
        super().__init__(parent)
        self.log = log
        self.reader = reader
        self.contact = contact
        self.service = service
        self.saved_report = None
        self.setWindowTitle(self.tr("Report a problem with this contact"))

        who = QLabel(
            f"{contact.name} \u2014 {contact.position}" if contact.position else contact.name
        )
        who.setWordWrap(True)
        number = bold(QLabel(contact_numbers(contact)))
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = self.facts_form()
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
        self.kinds = QButtonGroup(self)
        self.kind_buttons = radio_buttons(self.kinds, REPORT_KINDS, texts, "kind")
        self.kind_buttons[REPORT_KINDS[0]].setChecked(True)
        self.note = self.lay_out(
            form,
            self.tr("What is wrong?"),
            self.kind_buttons,
            self.tr("No&te (optional):"),
            self.save_cancel(self.tr("Send report"), self.tr("Cancel")),
        )

    def kind(self) -> str:
        button = self.kinds.checkedButton()
        return button.property("kind") if button is not None else "other"

    def _submission(self):
        values = dict(
            reader=self.reader,
            contact_id=self.contact.contact_id,
            kind=self.kind(),
            note=self.note.toPlainText().strip(),
            service_id=self.service.service_id if self.service is not None else None,
        )
        log = self.log
        return lambda: log.report_contact(**values)

    def _keep(self, report) -> None:
        self.saved_report = report

    def _show_failure(self, exc: BaseException) -> None:
        self.show_error(self.tr("Could not send the report: %1").replace("%1", failure_reason(exc)))
