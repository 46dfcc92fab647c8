"""The service detail: what the clerk reads out, and the numbers to give.

Its widgets are made once and filled in place for each result (texts set, parts shown or
hidden, contact cards and requirement ticks kept for the next service): building and
polishing a new tree of widgets per keystroke stalled the window.  Numbers are shown
grouped for reading aloud ("0812-3456-7890") in a large, bold, black-on-white font derived
from the base font (stepping down, never below the base font, when the pane is narrower
than the number), each with its own copy button; Ctrl+1..Ctrl+5 copy contact N's number.
Below,
the actions for the chosen contact: log (F2), report (F4), print a slip (Ctrl+P), contact
the agency on the citizen's behalf over WhatsApp (F7).
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
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
    base_points,
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
FORM_ROWS = ("fee", "duration", "hours", "address")  # the facts shown as "Fee: ..." rows


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
        self._filling = False  # a render is choosing the first contact
        self._build_body()
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
        self._fonts()
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
        room = self._card_room()
        for card in self.cards:
            if card.isVisibleTo(self.service_box):
                card.arrange(room)

    def _card_room(self) -> int:
        """The width inside a contact card: the details' width less the margins around."""
        body = self.body_box.contentsMargins()
        frame = 2 * self.cards[0].frameWidth() if self.cards else 2
        inner = self.cards[0].box.contentsMargins() if self.cards else body
        around = body.left() + body.right() + inner.left() + inner.right() + frame
        return self.scroll_area.viewport().width() - around

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

    def _build_body(self) -> None:
        """The details' widgets, made once: each service fills them in place (texts set,
        parts shown or hidden, contact cards and requirement ticks reused), so choosing
        another result never builds and polishes a new tree of widgets."""
        body = QWidget()
        body.setObjectName("detailBody")
        self.body_box = QVBoxLayout(body)
        self.hint = _label("")
        self.service_box = QWidget()
        box = QVBoxLayout(self.service_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.title = _label("")
        self.agency = _label("")
        self.emergency_note = self._note("")
        self.outside_note = self._note("")
        self.description = _label("")
        self.verified = _label("")
        self.requirements_heading = self._heading("")
        for widget in (
            self.title,
            self.agency,
            self.emergency_note,
            self.outside_note,
            self.description,
            self.verified,
            self.requirements_heading,
        ):
            box.addWidget(widget)
        self.checklist = QGridLayout()
        self.checklist.setColumnStretch(1, 1)
        self.ticks: list[tuple[QCheckBox, _TickLabel]] = []
        box.addLayout(self.checklist)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_rows: list[tuple[QLabel, QLabel]] = []
        for _n in range(len(FORM_ROWS)):
            name, value = _label("", wrap=False), _label("")
            self.form.addRow(name, value)
            self.form_rows.append((name, value))
        self.link = _label("", rich=True)
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.link_name = _label("", wrap=False)
        self.form.addRow(self.link_name, self.link)
        box.addLayout(self.form)
        self.contacts_heading = self._heading("")
        self.sample_mark = self._note("")
        self.no_contacts = _label("")
        for widget in (self.contacts_heading, self.sample_mark, self.no_contacts):
            box.addWidget(widget)
        self.cards_box = QVBoxLayout()
        box.addLayout(self.cards_box)
        self.cards: list[_ContactCard] = []
        self.contact_group = QButtonGroup(self)
        self.body_box.addWidget(self.hint)
        self.body_box.addWidget(self.service_box)
        self.body_box.addStretch(1)
        self.scroll_area.setWidget(body)
        self._add_cards(MAX_SHORTCUT_CONTACTS)  # made with the window, not on a keystroke
        for card in self.cards:
            card.hide()
        body.ensurePolished()  # the style sheets are worked out now, too

    def _add_cards(self, count: int) -> None:
        while len(self.cards) < count:
            card = _ContactCard(self)
            self.contact_group.addButton(card.radio)
            self.cards_box.addWidget(card)
            self.cards.append(card)

    def _render(self) -> None:
        self._filling = True  # the first contact's radio is chosen below, not toggled
        box = self.service_box
        # Filled while hidden: a part shown in a visible pane lays out every layout above
        # it at once (QWidget::setVisible), so filling in place laid the window out again
        # for each part shown (issue 14: most of a keystroke that changed the best
        # service); hidden, the details are laid out once, when shown below.  Not while
        # the focus is inside them (hiding would move it away).
        focus = QApplication.focusWidget()
        if box.isVisible() and not (focus is not None and box.isAncestorOf(focus)):
            box.hide()
        try:
            has_result = self.result is not None
            _put(self.hint, "" if has_result else self._message)
            if has_result:
                self._fill(self.result)
            else:
                self._fill_contacts([])
            box.setVisible(has_result)
        finally:
            self._filling = False
        self.answer.show_contact(self.result, self.chosen_number())
        self._update_actions()
        self._arrange_actions()

    def _fill(self, r) -> None:
        svc, org = r.service, r.org
        self.title.setText(svc.name)
        self.title.setAccessibleName(self.tr("Service"))
        agency = org.name + (f" ({org.short_name})" if org.short_name else "")
        self.agency.setText(self.tr("Agency: %1").replace("%1", agency))
        emergency = ""
        if r.kind == "emergency":
            emergency = self.tr(
                "For emergencies only: fire, accident, crime, medical emergency, disaster."
            )
        _put(self.emergency_note, emergency)
        outside = ""
        if r.outside_regency:
            note = svc.authority_note or org.authority_note
            text = self.tr(
                "This is not the Banyuwangi regency government's authority; handled by: %1."
            ).replace("%1", org.name)
            outside = f"{text} {note}".strip()
        _put(self.outside_note, outside)
        _put(self.description, svc.description)
        assured = svc.assured_date or org.assured_date
        verified = self.tr("Last verified: %1").replace("%1", _date(assured)) if assured else ""
        _put(self.verified, verified)
        heading = self.tr("Requirements (tick while reading them out)")
        _put(self.requirements_heading, heading if svc.requirements else "")
        self._fill_ticks(list(svc.requirements))
        names = (self.tr("Fee:"), self.tr("Duration:"), self.tr("Hours:"), self.tr("Address:"))
        values = (svc.fee, svc.duration, org.hours, org.address)
        for row, ((name, value), title, text) in enumerate(
            zip(self.form_rows, names, values, strict=True)
        ):
            name.setText(title)
            value.setText(text or "")
            self.form.setRowVisible(row, bool(text))
        if svc.online_url:
            url = html.escape(svc.online_url, quote=True)
            self.link.setText(f'<a href="{url}">{html.escape(_breakable(svc.online_url))}</a>')
            self.link.setAccessibleName(self.tr("Online service link"))
            self.link_name.setText(self.tr("Online:"))
        self.form.setRowVisible(len(self.form_rows), bool(svc.online_url))
        self.contacts_heading.setText(self.tr("Contacts (Ctrl+1 copies the first number)"))
        sample = ""
        if self.sample:
            sample = self.tr(
                "SAMPLE DATA — these names and numbers are made up; do not give them to citizens."
            )
        _put(self.sample_mark, sample)
        none = self.tr("No contact person is listed for this service.")
        _put(self.no_contacts, "" if r.contacts else none)
        self._fill_contacts(list(r.contacts))

    def _fill_ticks(self, items: list[str]) -> None:
        """One unticked box per requirement (the boxes are kept for the next service)."""
        while len(self.ticks) < len(items):
            check = QCheckBox()
            label = _TickLabel("", check)
            row = len(self.ticks)
            self.checklist.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
            self.checklist.addWidget(label, row, 1)
            self.ticks.append((check, label))
        for n, (check, label) in enumerate(self.ticks):
            shown = n < len(items)
            check.setChecked(False)
            if shown:
                check.setAccessibleName(items[n])
                label.setText(items[n])
            check.setVisible(shown)
            label.setVisible(shown)

    def _fill_contacts(self, contacts: list) -> None:
        """The contact cards (kept; more are made only for a service with more contacts
        than any before it); the first contact is chosen."""
        self._add_cards(len(contacts))
        self.contact_radios, self.copy_buttons, self.number_labels = [], [], []
        self.freshness_labels, self.number_rows = [], []
        for n, card in enumerate(self.cards, 1):
            if n > len(contacts):
                card.hide()
                continue
            card.fill(n, contacts[n - 1])
            self.contact_radios.append(card.radio)
            for line in card.lines:
                if line.e164:
                    self.copy_buttons.append(line.copy)
                    self.number_labels.append(line.number)
                    self.number_rows.append(line.layout)
            if card.checked.isVisibleTo(card):
                self.freshness_labels.append(card.checked)
            card.show()
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

    def _fonts(self) -> None:
        """The built parts take the font setting (made once, they keep their fonts)."""
        self.title.setFont(_scaled(TITLE_SCALE))
        for label in (self.requirements_heading, self.contacts_heading):
            label.setFont(_scaled(1.1))
        for label in (self.emergency_note, self.outside_note, self.sample_mark):
            label.setFont(_scaled(1.0))
        for card in self.cards:
            card.apply_fonts()

    def _checked(self, label: QLabel, assured: str) -> None:
        """When the contact was last verified ("checked Mar 2026"); older than the
        directory's freshness limit, a warning mark, words and a tooltip (not colour)."""
        day = QDate.fromString(assured[:10], Qt.DateFormat.ISODate) if assured else QDate()
        if not day.isValid():
            _put(label, "")
            return
        month = QLocale().toString(day, "MMM yyyy")
        stale = is_stale(assured, self.freshness_months)
        if not stale:
            text = self.tr("checked %1").replace("%1", month)
            tip = self.tr("Last verified on %1").replace("%1", _date(assured))
        else:
            text = "\u26a0 " + self.tr("not checked since %1").replace("%1", month)
            tip = (
                self.tr(
                    "Last verified on %1, more than %2 months ago (the regency's limit). "
                    "Confirm the number before giving it out; report it (F4) if it is wrong."
                )
                .replace("%1", _date(assured))
                .replace("%2", str(self.freshness_months))
            )
        style = NOTE_STYLE if stale else ""
        if label.styleSheet() != style:
            label.setStyleSheet(style)
        _put(label, text)
        label.setToolTip(tip)
        label.setAccessibleName(text)
        label.setAccessibleDescription(tip)

    def _radio_toggled(self, on: bool) -> None:
        if on and not self._filling:
            self._update_actions()
            self.answer.show_contact(self.result, self.chosen_number())

    def _copy_chosen(self, e164: str, radio: QRadioButton) -> None:
        radio.setChecked(True)  # the number read out is the contact referred to
        self._copy(e164)

    def contact_words(self) -> dict[str, str]:
        """The words of a contact card, in the window's language (the cards fill them in)."""
        return {
            "choose": self.tr("Choose this contact for the referral"),
            "contact": self.tr("Contact %1: %2"),
            "whatsapp": self.tr("WhatsApp:"),
            "phone": self.tr("Phone:"),
            "copy_key": self.tr("Copy (Ctrl+%1)"),
            "copy": self.tr("Copy"),
            "copy_name": self.tr("Copy number %1"),
            "copy_tip": self.tr("Copy %1 to the clipboard"),
            "hours": self.tr("Hours: %1"),
        }

    def _level(self, level: str) -> str:
        return {
            "technical": self.tr("Technical staff"),
            "manager": self.tr("Head of division"),
            "frontdesk": self.tr("Front desk officer"),
            "head": self.tr("Head of agency"),
        }.get(level, "")


class _NumberLine:
    """A number of a contact card: its kind ("WhatsApp:"), the number, its copy button."""

    def __init__(self, card: _ContactCard):
        self.e164 = ""
        self.kind = _label("", wrap=False)
        self.number = _label("", wrap=False)
        self.number.setStyleSheet(NUMBER_STYLE)
        self.copy = QPushButton()
        self.layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for widget in (self.kind, self.number, self.copy):
            self.layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout.addStretch(1)

    def set_visible(self, on: bool) -> None:
        for widget in (self.kind, self.number, self.copy):
            widget.setVisible(on)


class _ContactCard(QFrame):
    """One contact of the service shown; kept and filled again for the next service."""

    def __init__(self, pane: DetailPane):
        super().__init__()
        self.pane = pane
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.box = box = QVBoxLayout(self)
        self.radio = QRadioButton()
        self.radio.toggled.connect(pane._radio_toggled)
        self.name = _TickLabel("", self.radio)  # wraps; a click chooses the contact too
        head = QHBoxLayout()
        head.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.name, 1)
        box.addLayout(head)
        self.role = _label("")
        box.addWidget(self.role)
        self.lines = (_NumberLine(self), _NumberLine(self))  # WhatsApp, then the phone
        for n, line in enumerate(self.lines):
            line.copy.clicked.connect(partial(self._copy, n))
            box.addLayout(line.layout)
        self.hours = _label("")
        self.checked = _label("")
        box.addWidget(self.hours)
        box.addWidget(self.checked)
        self.apply_fonts()

    def apply_fonts(self) -> None:
        for widget in (self.radio, self.name):
            widget.setFont(_scaled(1.0))
        for line in self.lines:
            line.number.setFont(_scaled(NUMBER_SCALE))

    def fill(self, n: int, contact) -> None:
        pane = self.pane
        words = pane.contact_words()
        self.radio.setText(f"{n}.")
        self.radio.setToolTip(words["choose"])
        self.radio.setAccessibleName(
            words["contact"].replace("%1", str(n)).replace("%2", contact.name)
        )
        self.name.setText(contact.name)
        role = ", ".join(x for x in (contact.position, pane._level(contact.level)) if x)
        _put(self.role, role)
        numbers = [(words["whatsapp"], contact.whatsapp)]
        if contact.phone and contact.phone != contact.whatsapp:
            numbers.append((words["phone"], contact.phone))
        numbers = [(kind, e164) for kind, e164 in numbers if e164]
        for k, line in enumerate(self.lines):
            line.e164 = numbers[k][1] if k < len(numbers) else ""
            line.set_visible(bool(line.e164))
            if not line.e164:
                continue
            kind = numbers[k][0]
            shown = display(line.e164)
            line.kind.setText(kind)
            line.number.setText(shown)
            line.number.setAccessibleName(f"{kind} {shown}")
            keyed = k == 0 and n <= MAX_SHORTCUT_CONTACTS
            copy = words["copy_key"].replace("%1", str(n)) if keyed else words["copy"]
            line.copy.setText(copy)
            line.copy.setAccessibleName(words["copy_name"].replace("%1", shown))
            line.copy.setToolTip(words["copy_tip"].replace("%1", shown))
        hours = words["hours"].replace("%1", contact.hours) if contact.hours else ""
        _put(self.hours, hours)
        pane._checked(self.checked, contact.assured_date)

    def arrange(self, room: int) -> None:
        """Each number whole within ``room`` pixels: its line goes one above the other
        when the three do not fit side by side, and the number's font steps down (never
        below the base font) when even the number alone is wider; the answer above keeps
        the large number."""
        for line in self.lines:
            if not line.e164:
                continue
            font = _scaled(NUMBER_SCALE)
            margin = line.number.sizeHint().width() - line.number.fontMetrics().horizontalAdvance(
                line.number.text()
            )
            wide = QFontMetrics(font).horizontalAdvance(line.number.text()) + margin
            if wide > room > margin:
                font.setPointSizeF(max(font.pointSizeF() * (room - margin) / wide, base_points()))
            if line.number.font() != font:
                line.number.setFont(font)
            widths = [_hint_width(line.layout.itemAt(i)) for i in range(3)]
            _direct(line.layout, sum(widths) + 2 * line.layout.spacing() <= room)

    def _copy(self, n: int, _checked: bool = False) -> None:
        self.pane._copy_chosen(self.lines[n].e164, self.radio)


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


def _put(label: QLabel, text: str) -> None:
    """A part of the details that says ``text``, hidden when there is nothing to say."""
    if label.text() != text:
        label.setText(text)
    label.setVisible(bool(text))


def _breakable(url: str) -> str:
    """The link's text with a zero-width space after each "/" and ".", so a long address
    wraps in a narrow pane instead of widening it (the link itself stays as it is)."""
    return url.replace("/", "/\u200b").replace(".", ".\u200b")


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
