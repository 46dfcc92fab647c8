"""The service detail: what the clerk reads out, and the numbers to give.

Built afresh for each result (a few dozen widgets).  Numbers are shown grouped for
reading aloud ("0812-3456-7890") in a large, bold, black-on-white font derived from the
base font, each with its own copy button; Ctrl+1..Ctrl+5 copy contact N's number.  Below,
the actions for the chosen contact: log (F2), report (F4), print a slip (Ctrl+P), contact
the agency on the citizen's behalf over WhatsApp (F7).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from melayani_core.directory.freshness import is_stale
from melayani_core.directory.model import DEFAULT_FRESHNESS_MONTHS
from melayani_core.directory.phones import display
from melayani_desk.ui.constants import (
    MAX_SHORTCUT_CONTACTS,
    NOTE_STYLE,
    NUMBER_SCALE,
    NUMBER_STYLE,
    TITLE_SCALE,
    scaled_font,
)
from melayani_desk.ui.widgets.answer_card import AnswerCard


def contact_number(contact) -> str:
    """The number a clerk gives for a contact: WhatsApp first, else the phone (E.164)."""
    return contact.whatsapp or contact.phone


def _label(text: str, wrap: bool = True, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


_scaled = scaled_font


class DetailPane(QWidget):
    copied = Signal(str)  # the number as shown, for the status bar
    referral_requested = Signal()
    report_requested = Signal()
    slip_requested = Signal()
    contact_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.sample = False
        self.freshness_months = DEFAULT_FRESHNESS_MONTHS  # the directory's, set on loading
        self.freshness_labels: list[QLabel] = []
        self.view = 0  # +1 whenever another service (or a message) is shown
        self.contact_radios: list[QRadioButton] = []
        self.copy_buttons: list[QPushButton] = []
        self.number_labels: list[QLabel] = []
        self.number_rows: list[QBoxLayout] = []
        self.answer = AnswerCard()  # placed by the window above the results and details
        self.answer.copy_requested.connect(self.copy_contact)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.refer_button = QPushButton()
        self.report_button = QPushButton()
        self.slip_button = QPushButton()
        self.contact_button = QPushButton()
        self.refer_button.clicked.connect(self.referral_requested)
        self.report_button.clicked.connect(self.report_requested)
        self.slip_button.clicked.connect(self.slip_requested)
        self.contact_button.clicked.connect(self.contact_requested)
        self.action_buttons = (
            self.refer_button,
            self.report_button,
            self.slip_button,
            self.contact_button,
        )
        # the actions sit under the answer, full width (placed by the window)
        self.action_bar = _ResizeWatcher(self._arrange_actions)
        self.action_grid = QGridLayout(self.action_bar)
        self.action_grid.setContentsMargins(0, 0, 0, 0)
        self._action_columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        self._message = self.tr("Type the citizen's need in the box above, or browse.")
        self.retranslate()

    # --- public ----------------------------------------------------------------------
    def show_result(self, result, sample: bool) -> None:
        """Show a result; nothing is rebuilt when it shows what is on screen already (the
        clerk typed on and the best service stayed: its contact choice stays too)."""
        if self._shows(result, sample):
            self.result = result
            return
        old = self.result.service.service_id if self.result is not None else None
        if old != result.service.service_id:
            self.view += 1
        self.result, self.sample = result, sample
        self._render()

    def _shows(self, result, sample: bool) -> bool:
        shown = self.result
        return (
            shown is not None
            and sample == self.sample
            and (shown.kind, shown.service, shown.org, shown.contacts)
            == (result.kind, result.service, result.org, result.contacts)
        )

    def show_message(self, message: str) -> None:
        if self.result is not None:
            self.view += 1
        self.result = None
        self._message = message
        self._render()

    def contacts(self) -> list:
        return list(self.result.contacts) if self.result else []

    def selected_contact(self):
        contacts = self.contacts()
        for i, radio in enumerate(self.contact_radios):
            if radio.isChecked() and i < len(contacts):
                return contacts[i]
        return contacts[0] if contacts else None

    def copy_contact(self, n: int) -> str | None:
        """Copy contact n's number (1-based; WhatsApp, else phone); returns what was copied."""
        contacts = self.contacts()
        if not 1 <= n <= len(contacts) or not contact_number(contacts[n - 1]):
            return None
        if n - 1 < len(self.contact_radios):
            self.contact_radios[n - 1].setChecked(True)
        return self._copy(contact_number(contacts[n - 1]))

    def chosen_number(self) -> int:
        """The chosen contact's place (1-based), 0 without contacts."""
        for i, radio in enumerate(self.contact_radios):
            if radio.isChecked():
                return i + 1
        return 1 if self.contacts() else 0

    def focus_first(self) -> None:
        """Enter from the search box: into the details, on the chosen contact (arrows choose
        another; a Space there only chooses it, never copies a number)."""
        self.scroll_area.verticalScrollBar().setValue(0)  # the authority note and requirements
        n = self.chosen_number()
        if n:
            self.contact_radios[n - 1].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def _action_texts(self, short: bool) -> tuple[str, str, str, str]:
        """The four action labels; the short ones keep large fonts to two rows of two
        (the accessible names and tooltips keep the full meaning)."""
        if short:
            return (
                self.tr("Log (F2)"),
                self.tr("Report (F4)"),
                self.tr("Slip (Ctrl+P)"),
                self.tr("Contact (F7)"),
            )
        return (
            self.tr("Log referral (F2)"),
            self.tr("Report contact problem (F4)"),
            self.tr("Print slip (Ctrl+P)"),
            self.tr("Contact on the citizen's behalf (F7)"),
        )

    def _set_action_texts(self, short: bool) -> None:
        for button, text in zip(self.action_buttons, self._action_texts(short), strict=True):
            if button.text() != text:
                button.setText(text)

    def retranslate(self) -> None:
        self._set_action_texts(short=False)
        self.refer_button.setAccessibleName(self.tr("Log referral"))
        self.refer_button.setToolTip(self.tr("Log the referral for the chosen contact (F2)"))
        self.report_button.setAccessibleName(self.tr("Report contact problem"))
        self.report_button.setToolTip(
            self.tr("Report a wrong or unanswered number of the chosen contact (F4)")
        )
        self.slip_button.setAccessibleName(self.tr("Print slip"))
        self.slip_button.setToolTip(
            self.tr("Print or save the slip for the citizen; logs the referral as printed")
        )
        self.contact_button.setAccessibleName(self.tr("Contact on the citizen's behalf"))
        self.scroll_area.setAccessibleName(self.tr("Service details"))
        self._render()

    def apply_fonts(self) -> None:
        self.answer.apply_fonts()
        self._render()
        self._arrange_actions()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange_actions()

    def _arrange_actions(self) -> None:
        """One row of four under the answer when it fits (full labels, else short ones),
        else two by two, else one above the other; the accessible names and tooltips keep
        the full meaning of a short label."""
        choice = (1, True)
        for columns, short in ((4, False), (4, True), (2, False), (2, True)):
            self._set_action_texts(short)
            if self._fits(columns):
                choice = (columns, short)
                break
        self._set_action_texts(choice[1])
        self._place_actions(choice[0])
        room = self.scroll_area.viewport().width() - 40  # the card's frame and margins
        for line in self.number_rows:
            widths = [_hint_width(line.itemAt(i)) for i in range(3)]
            _direct(line, sum(widths) + 2 * line.spacing() <= room)

    def _fits(self, columns: int) -> bool:
        widths = [b.sizeHint().width() + 8 for b in self.action_buttons]
        room = self.action_bar.width()
        if columns == 4:
            return room >= sum(widths) + 16
        return room >= max(widths[0] + widths[1], widths[2] + widths[3]) + 16

    def _place_actions(self, columns: int) -> None:
        """All four in a row, two by two, or one above the other."""
        if columns == self._action_columns:
            return
        self._action_columns = columns
        for button in self.action_buttons:
            self.action_grid.removeWidget(button)
        for n, button in enumerate(self.action_buttons):
            self.action_grid.addWidget(button, n // columns, n % columns)
        for column in range(5):  # the column after the buttons takes the spare room
            self.action_grid.setColumnStretch(column, 1 if column == columns else 0)

    def _update_actions(self) -> None:
        """Enable the actions that make sense for the chosen contact, and say why not."""
        has = self.result is not None and bool(self.result.contacts)
        for button in (self.refer_button, self.report_button, self.slip_button):
            button.setEnabled(has)
        contact = self.selected_contact()
        whatsapp = bool(contact is not None and contact.whatsapp)
        self.contact_button.setEnabled(whatsapp)
        if whatsapp:
            why = self.tr(
                "Open WhatsApp to the chosen contact with the citizen's need "
                "written in, and log the referral (F7)"
            )
        elif contact is not None:
            why = self.tr(
                "Not possible: the chosen contact has no WhatsApp number. Call the number instead."
            )
        else:
            why = self.tr("Not possible: choose a service with a contact first.")
        self.contact_button.setToolTip(why)
        self.contact_button.setAccessibleDescription(why)

    # --- building --------------------------------------------------------------------
    def _copy(self, e164: str) -> str:
        shown = display(e164)
        QGuiApplication.clipboard().setText(shown)
        self.copied.emit(shown)
        return shown

    def _render(self) -> None:
        self.contact_radios, self.copy_buttons, self.number_labels = [], [], []
        self.freshness_labels = []
        self.number_rows = []
        body = QWidget()
        body.setObjectName("detailBody")
        box = QVBoxLayout(body)
        has_result = self.result is not None
        if not has_result:
            hint = _label(self._message)
            box.addWidget(hint)
        else:
            self._fill(box, self.result)
        box.addStretch(1)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(body)
        self.answer.show_contact(self.result, self.chosen_number())
        self._update_actions()
        self._arrange_actions()

    def _fill(self, box: QVBoxLayout, r) -> None:
        svc, org = r.service, r.org
        title = _label(svc.name)
        title.setFont(_scaled(TITLE_SCALE))
        title.setAccessibleName(self.tr("Service"))
        box.addWidget(title)
        agency = org.name + (f" ({org.short_name})" if org.short_name else "")
        box.addWidget(_label(self.tr("Agency: %1").replace("%1", agency)))
        if r.kind == "emergency":
            box.addWidget(
                self._note(
                    self.tr(
                        "For emergencies only: fire, accident, crime, medical emergency, disaster."
                    )
                )
            )
        if r.outside_regency:
            note = svc.authority_note or org.authority_note
            text = self.tr(
                "This is not the Banyuwangi regency government's authority; handled by: %1."
            ).replace("%1", org.name)
            box.addWidget(self._note(f"{text} {note}".strip()))
        if svc.description:
            box.addWidget(_label(svc.description))
        assured = svc.assured_date or org.assured_date
        if assured:
            box.addWidget(_label(self.tr("Last verified: %1").replace("%1", _date(assured))))
        if svc.requirements:
            box.addWidget(self._heading(self.tr("Requirements (tick while reading them out)")))
            checklist = QGridLayout()
            checklist.setColumnStretch(1, 1)
            for row, item in enumerate(svc.requirements):
                check = QCheckBox()
                check.setAccessibleName(item)
                checklist.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
                checklist.addWidget(_TickLabel(item, check), row, 1)
            box.addLayout(checklist)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = (
            (self.tr("Fee:"), svc.fee),
            (self.tr("Duration:"), svc.duration),
            (self.tr("Hours:"), org.hours),
            (self.tr("Address:"), org.address),
        )
        for name, value in rows:
            if value:
                form.addRow(_label(name, wrap=False), _label(value))
        if svc.online_url:
            url = html.escape(svc.online_url, quote=True)
            link = _label(f'<a href="{url}">{url}</a>', rich=True)
            link.setOpenExternalLinks(True)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            link.setAccessibleName(self.tr("Online service link"))
            form.addRow(_label(self.tr("Online:"), wrap=False), link)
        box.addLayout(form)
        box.addWidget(self._heading(self.tr("Contacts (Ctrl+1 copies the first number)")))
        if self.sample:
            mark = _label(
                self.tr(
                    "SAMPLE DATA — these names and numbers are made up; "
                    "do not give them to citizens."
                )
            )
            mark.setStyleSheet(NOTE_STYLE)
            mark.setFont(_scaled(1.0))
            box.addWidget(mark)
        if not r.contacts:
            box.addWidget(_label(self.tr("No contact person is listed for this service.")))
        group = QButtonGroup(box)
        for n, contact in enumerate(r.contacts, 1):
            box.addWidget(self._card(n, contact, group))
        if self.contact_radios:
            self.contact_radios[0].setChecked(True)

    def _heading(self, text: str) -> QLabel:
        label = _label(text)
        label.setFont(_scaled(1.1))
        return label

    def _note(self, text: str) -> QLabel:
        label = _label(text)
        label.setStyleSheet(NOTE_STYLE)
        label.setFont(_scaled(1.0))
        return label

    def _card(self, n: int, contact, group: QButtonGroup) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_box = QVBoxLayout(card)
        radio = QRadioButton(f"{n}.")
        radio.setFont(_scaled(1.0))
        radio.setAccessibleName(
            self.tr("Contact %1: %2").replace("%1", str(n)).replace("%2", contact.name)
        )
        radio.setToolTip(self.tr("Choose this contact for the referral"))
        radio.toggled.connect(self._radio_toggled)
        group.addButton(radio)
        self.contact_radios.append(radio)
        name = _TickLabel(contact.name, radio)  # wraps; a click chooses the contact too
        name.setFont(_scaled(1.0))
        head = QHBoxLayout()
        head.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(name, 1)
        card_box.addLayout(head)
        role = ", ".join(x for x in (contact.position, self._level(contact.level)) if x)
        card_box.addWidget(_label(role))
        numbers = [(self.tr("WhatsApp:"), contact.whatsapp)]
        if contact.phone and contact.phone != contact.whatsapp:
            numbers.append((self.tr("Phone:"), contact.phone))
        first = True
        for kind, e164 in numbers:
            if not e164:
                continue
            shown = display(e164)
            number = _label(shown, wrap=False)
            number.setFont(_scaled(NUMBER_SCALE))
            number.setStyleSheet(NUMBER_STYLE)
            number.setAccessibleName(f"{kind} {shown}")
            keyed = first and n <= MAX_SHORTCUT_CONTACTS
            first = False
            copy = QPushButton(
                self.tr("Copy (Ctrl+%1)").replace("%1", str(n)) if keyed else self.tr("Copy")
            )
            copy.setAccessibleName(self.tr("Copy number %1").replace("%1", shown))
            copy.setToolTip(self.tr("Copy %1 to the clipboard").replace("%1", shown))
            copy.clicked.connect(lambda _c=False, e=e164, r=radio: self._copy_chosen(e, r))
            self.copy_buttons.append(copy)
            self.number_labels.append(number)
            line = QBoxLayout(QBoxLayout.Direction.LeftToRight)
            for widget in (_label(kind, wrap=False), number, copy):
                line.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            line.addStretch(1)
            self.number_rows.append(line)
            card_box.addLayout(line)
        if contact.hours:
            card_box.addWidget(_label(self.tr("Hours: %1").replace("%1", contact.hours)))
        checked = self._checked(contact.assured_date)
        if checked is not None:
            card_box.addWidget(checked)
        return card

    def _checked(self, assured: str) -> QLabel | None:
        """When the contact was last verified ("checked Mar 2026"); older than the
        directory's freshness limit, a warning mark, words and a tooltip (not colour)."""
        day = QDate.fromString(assured[:10], Qt.DateFormat.ISODate) if assured else QDate()
        if not day.isValid():
            return None
        month = QLocale().toString(day, "MMM yyyy")
        if not is_stale(assured, self.freshness_months):
            label = _label(self.tr("checked %1").replace("%1", month))
            label.setToolTip(self.tr("Last verified on %1").replace("%1", _date(assured)))
        else:
            label = _label("\u26a0 " + self.tr("not checked since %1").replace("%1", month))
            label.setStyleSheet(NOTE_STYLE)
            label.setToolTip(
                self.tr(
                    "Last verified on %1, more than %2 months ago (the regency's limit). "
                    "Confirm the number before giving it out; report it (F4) if it is wrong."
                )
                .replace("%1", _date(assured))
                .replace("%2", str(self.freshness_months))
            )
        label.setAccessibleName(label.text())
        label.setAccessibleDescription(label.toolTip())
        self.freshness_labels.append(label)
        return label

    def _radio_toggled(self, on: bool) -> None:
        if on:
            self._update_actions()
            self.answer.show_contact(self.result, self.chosen_number())

    def _copy_chosen(self, e164: str, radio: QRadioButton) -> None:
        radio.setChecked(True)  # the number read out is the contact referred to
        self._copy(e164)

    def _level(self, level: str) -> str:
        return {
            "technical": self.tr("Technical staff"),
            "manager": self.tr("Head of division"),
            "frontdesk": self.tr("Front desk officer"),
            "head": self.tr("Head of agency"),
        }.get(level, "")


class _ResizeWatcher(QWidget):
    """A plain container that calls back when its width changes.  Its minimum width is its
    widest child's: the callback re-arranges the children (the action buttons one above
    the other at the narrowest), so a wide arrangement never holds the window wide."""

    def __init__(self, on_resize, parent=None):
        super().__init__(parent)
        self._on_resize = on_resize

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        widest = max((child.sizeHint().width() for child in self.findChildren(QWidget)), default=0)
        return QSize(min(hint.width(), widest), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._on_resize()


class _TickLabel(QLabel):
    """Wrapped words beside a check or radio box; a click on them clicks the box too."""

    def __init__(self, text: str, check: QAbstractButton):
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setBuddy(check)
        policy = self.sizePolicy()  # keep the height-for-width flag a wrapping label has
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self._check = check

    def mousePressEvent(self, event):  # noqa: N802 - Qt override
        self._check.click()
        event.accept()


def _direct(layout: QBoxLayout, wide: bool) -> None:
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    if layout.direction() != direction:
        layout.setDirection(direction)


def _date(iso: str) -> str:
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(date, "d MMMM yyyy") if date.isValid() else iso


def _hint_width(item) -> int:
    """The width a layout item's widget asks for (0 for a spacer or nothing)."""
    widget = item.widget() if item is not None else None
    return widget.sizeHint().width() if widget is not None else 0
