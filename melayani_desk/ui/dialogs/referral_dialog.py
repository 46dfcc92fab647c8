"""Log the referral: what the citizen needed, who they were sent to, and how.

Opens filled in from the search result; the clerk picks how the contact was given and
saves with Enter (Ctrl+Enter from the note). Citizen details can only be typed after the
consent box is ticked. The write runs on the database worker (ui.workers.tasks); a refusal from
the log is shown in the dialog and everything typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from melayani_core.directory import phones
from melayani_core.referrals.lapor import MAX_LAPOR
from melayani_core.referrals.model import CHANNELS, ReferralError
from melayani_desk.ui.dialogs.form_parts import (
    SavingDialog,
    bold,
    failure_reason,
    fit_to_screen,
    note_edit,
    radio_buttons,
)


def contact_numbers(contact) -> str:
    """ "WhatsApp 0812-3456-7890 · Phone (0333) 424-123" for reading aloud."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ReferralDialog", text)

    parts = []
    if contact is not None and contact.whatsapp:
        parts.append(tr("WhatsApp %1").replace("%1", phones.display(contact.whatsapp)))
    if contact is not None and contact.phone and contact.phone != contact.whatsapp:
        parts.append(tr("Phone %1").replace("%1", phones.display(contact.phone)))
    return " \u00b7 ".join(parts) or tr("No number")


class _ScrollArea(QScrollArea):
    """Asks for the whole content; scrolls only when the screen is too small for it."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        inner = content.sizeHint() if content is not None else QSize(200, 100)
        bar = self.verticalScrollBar().sizeHint().width()
        return inner + QSize(bar + 2 * self.frameWidth(), 2 * self.frameWidth())


class ReferralDialog(SavingDialog):
    def __init__(self, log, reader, result, contact, need_text: str, parent=None):
        super().__init__(parent)
        self.log = log
        self.reader = reader
        self.search_result = result
        self.saved_referral = None
        self.found_via, self.search_rank = "", 0  # how the clerk found the service
        self.setWindowTitle(self.tr("Log the referral"))
        self.need = QLineEdit(need_text)
        self.need.setMaxLength(500)
        service = QLabel(result.service.name)
        org = QLabel(result.org.name)
        for label in (service, org):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact = QComboBox()
        self.contact.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact.setMinimumContentsLength(28)
        contacts = list(result.contacts)
        if contact is not None and all(c.contact_id != contact.contact_id for c in contacts):
            contacts.insert(0, contact)
        for c in contacts:
            text = f"{c.name} \u2014 {c.position}" if c.position else c.name
            self.contact.addItem(text, c)
            self.contact.setItemData(self.contact.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            if contact is not None and c.contact_id == contact.contact_id:
                self.contact.setCurrentIndex(self.contact.count() - 1)
        self.number = bold(QLabel())
        self.number.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.contact.currentIndexChanged.connect(self._show_number)
        self._show_number()
        self.note = note_edit(self)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._buddy(self.tr("&Need:"), self.need), self.need)
        form.addRow(self.tr("Service:"), service)
        form.addRow(self.tr("Agency:"), org)
        form.addRow(self._buddy(self.tr("C&ontact:"), self.contact), self.contact)
        form.addRow(self.tr("Number:"), self.number)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self._channel_box())
        notes = QFormLayout()
        notes.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        notes.addRow(self._buddy(self.tr("No&te (optional):"), self.note), self.note)
        column.addLayout(notes)
        column.addWidget(self._citizen_box())
        column.addWidget(self._lapor_row())
        column.addStretch(1)
        scroll = _ScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._buttons())
        fit_to_screen(self, 64, scroll)
        self.need.setFocus()
        self.need.selectAll()

    # --- building ------------------------------------------------------------------
    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _channel_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How was the contact given?"))
        texts = {
            "read_out": self.tr("&Read out"),
            "printed": self.tr("&Printed"),
            "whatsapp_link": self.tr("&WhatsApp link"),
            "contacted_on_behalf": self.tr("Contacted on the citizen's &behalf"),
        }
        self.channels = QButtonGroup(self)
        grid = QGridLayout(box)
        self.channel_buttons = radio_buttons(self.channels, CHANNELS, texts, "channel")
        for n, button in enumerate(self.channel_buttons.values()):
            grid.addWidget(button, n // 2, n % 2)
        self.channel_buttons["read_out"].setChecked(True)
        return box

    def _citizen_box(self) -> QGroupBox:
        box = QGroupBox()
        box.setAccessibleName(self.tr("Citizen (only with their agreement)"))
        self.consent = QCheckBox(self.tr("Citizen &agrees to have their details recorded"))
        self.citizen_name = QLineEdit()
        self.citizen_name.setMaxLength(200)
        self.citizen_phone = QLineEdit()
        self.citizen_phone.setMaxLength(30)
        self.citizen_phone.setPlaceholderText("0812-3456-7890")
        self.phone_status = QLabel()
        self.phone_status.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_status.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("OK: 0812-0000-0000")
        )
        self.citizen_village = QLineEdit()
        self.citizen_village.setMaxLength(200)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.consent)
        labels = [
            (self.tr("Na&me:"), self.citizen_name),
            (self.tr("P&hone:"), self.citizen_phone),
            (self.tr("&Village:"), self.citizen_village),
        ]
        for text, field in labels:
            if field is self.citizen_phone:
                line = QHBoxLayout()
                line.addWidget(field, 1)
                line.addWidget(self.phone_status)
                form.addRow(self._buddy(text, field), line)
            else:
                form.addRow(self._buddy(text, field), field)
        self.citizen_fields = (self.citizen_name, self.citizen_phone, self.citizen_village)
        self.consent.toggled.connect(self._consent_changed)
        self.citizen_phone.textChanged.connect(self._check_phone)
        self._consent_changed(False)
        return box

    def _lapor_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.lapor_toggle = QToolButton()
        self.lapor_toggle.setText(self.tr("&LAPOR! tracking number"))
        self.lapor_toggle.setCheckable(True)
        self.lapor_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lapor_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.lapor_id = QLineEdit()
        self.lapor_id.setMaxLength(MAX_LAPOR)
        self.lapor_id.setPlaceholderText(self.tr("e.g. #5123456"))
        self.lapor_id.setAccessibleName(self.tr("LAPOR! tracking number"))
        self.lapor_id.hide()
        self.lapor_toggle.toggled.connect(self._toggle_lapor)
        line.addWidget(self.lapor_toggle)
        line.addWidget(self.lapor_id, 1)
        return row

    def _buttons(self) -> QHBoxLayout:
        hint = QLabel(self.tr("Enter saves \u00b7 Esc cancels"))
        return self.save_cancel(self.tr("Save"), self.tr("Cancel"), lead=hint)

    # --- behaviour -----------------------------------------------------------------
    def _show_number(self) -> None:
        self.number.setText(contact_numbers(self.contact.currentData()))

    def _consent_changed(self, on: bool) -> None:
        for field in self.citizen_fields:
            if not on:
                field.clear()
            field.setEnabled(on)
        self._check_phone()
        if on:
            self.citizen_name.setFocus()

    def _toggle_lapor(self, on: bool) -> None:
        self.lapor_id.setVisible(on)
        self.lapor_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if on:
            self.lapor_id.setFocus()

    def _check_phone(self) -> bool:
        """Say under the field whether the citizen's number is valid; True if usable."""
        text = self.citizen_phone.text().strip()
        if not text:
            self._phone_says("")
            return True
        number = phones.normalize(text)
        if number is None:
            self._phone_says(self.tr("Invalid number"))
            return False
        self._phone_says(self.tr("OK: %1").replace("%1", phones.display(number)))
        return True

    def _phone_says(self, text: str) -> None:
        self.phone_status.setText(text)
        self.citizen_phone.setAccessibleDescription(text)

    def channel(self) -> str:
        button = self.channels.checkedButton()
        return button.property("channel") if button is not None else "read_out"

    def _submission(self):
        if not self.need.text().strip():  # from Browse the search box may be empty
            self.show_error(
                self.tr("Write the citizen's need in a few words: the hub learns from it.")
            )
            self.need.setFocus()
            return None
        contact = self.contact.currentData()
        if contact is None:
            self.show_error(self.tr("Choose a contact."))
            self.contact.setFocus()
            return None
        consent = self.consent.isChecked()
        if consent and not self._check_phone():
            self.show_error(self.tr("The citizen's phone number is not valid."))
            self.citizen_phone.setFocus()
            return None
        phone = phones.normalize(self.citizen_phone.text()) if consent else None
        values = dict(
            reader=self.reader,
            service_id=self.search_result.service.service_id,
            contact_id=contact.contact_id,
            channel=self.channel(),
            need_text=self.need.text().strip(),
            note=self.note.toPlainText().strip(),
            consent=consent,
            citizen_name=self.citizen_name.text().strip() if consent else "",
            citizen_phone=phone or "",
            citizen_village=self.citizen_village.text().strip() if consent else "",
            lapor_id=self.lapor_id.text().strip(),
            found_via=self.found_via,
            search_rank=self.search_rank,
        )
        log = self.log
        return lambda: log.record_referral(**values)

    def _keep(self, referral) -> None:
        self.saved_referral = referral

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, ReferralError):
            self.show_error(exc.message)
            target = {
                "citizen_phone": self.citizen_phone,
                "need_text": self.need,
                "lapor_id": self.lapor_id,
                "note": self.note,
            }.get(exc.field or "")
            if target is self.lapor_id:
                self.lapor_toggle.setChecked(True)
            if target is not None and target.isEnabled():
                target.setFocus()
        else:
            reason = failure_reason(exc, "rujukan TIDAK dicatat")
            self.show_error(self.tr("Could not save: %1").replace("%1", reason))
