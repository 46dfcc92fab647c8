"""The answer, first: who to call for the chosen service and the number to read aloud.

A full-width card right under the search box, above the results and the details, so the
number is on screen without scrolling for every service, every font size (10-24 pt) and
both desk screens (1366x768, 1024x768): the service and its agency, the chosen contact
(Ctrl+1..Ctrl+5 choose and copy), the number in a large font and, for a service the
regency does not decide, a one-line mark; the authority note, requirements and the other
contacts are in the details below (Enter goes there).

The copy button never takes the keyboard focus: a Space meant for the next citizen's need
must not copy a number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from melayani_core.directory.phones import display
from melayani_desk.ui.constants import (
    ANSWER_STYLE,
    MARK_STYLE,
    MAX_SHORTCUT_CONTACTS,
    NUMBER_SCALE,
    NUMBER_STYLE,
    scaled_font,
)


class AnswerCard(QFrame):
    copy_requested = Signal(int)  # contact n (1-based)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("answerCard")
        self.setStyleSheet(ANSWER_STYLE)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.result = None
        self.n = 0
        self.allowed = True  # False while the history (no detail) is shown
        self.title = _label()
        self.agency = _label()
        self.mark = _label()
        self.mark.setStyleSheet(MARK_STYLE)
        self.who = _label()
        self.kind = _label(wrap=False)
        self.number_label = _label(wrap=False)
        self.number_label.setObjectName("answerNumber")
        self.number_label.setStyleSheet(NUMBER_STYLE)
        self.copy_button = QPushButton()
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.n))
        self.phone = _label()
        # every wrapping line spans the card, so its height is known from the card's width
        self.number_row = QHBoxLayout()
        self.number_row.addWidget(self.kind)
        self.number_row.addWidget(self.number_label)
        self.number_row.addStretch(1)
        person = QHBoxLayout()
        person.addWidget(self.who, 1)
        person.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignBottom)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 2, 6, 2)
        box.setSpacing(2)
        for widget in (self.title, self.agency, self.mark):
            box.addWidget(widget)
        box.addLayout(person)
        box.addLayout(self.number_row)
        box.addWidget(self.phone)
        self.apply_fonts()
        self.hide()

    # --- public ----------------------------------------------------------------------
    def show_contact(self, result, n: int) -> None:
        """Show contact ``n`` (1-based) of ``result``; hide the card for None."""
        self.result, self.n = result, n
        if result is None:
            self.hide()
            return
        self._fill()
        self.setVisible(self.allowed)
        self._fit_height()

    def allow(self, on: bool) -> None:
        self.allowed = on
        self.setVisible(on and self.result is not None)

    def number_text(self) -> str:
        return self.number_label.text() if self.number_label.isVisible() else ""

    def apply_fonts(self) -> None:
        self.title.setFont(scaled_font(1.15))
        self.number_label.setFont(scaled_font(NUMBER_SCALE))
        self.kind.setFont(scaled_font(1.0))
        self.who.setFont(scaled_font(1.0, bold=False))
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def _fit_height(self) -> None:
        """Claim the height the wrapped lines need at this width: the answer never gives
        way to the results and details below it (they scroll)."""
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        margins = layout.contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        beside = self.copy_button.sizeHint().width() + 8 if self.copy_button.isVisible() else 0
        for label in (self.title, self.agency, self.mark, self.who, self.phone):
            width = room - beside if label is self.who else room
            height = label.heightForWidth(width) if label.text() else 0
            if label.minimumHeight() != height:
                label.setFixedHeight(max(height, 0))

    # --- building --------------------------------------------------------------------
    def _fill(self) -> None:
        r, tr = self.result, self.tr
        svc, org = r.service, r.org
        self.title.setText(svc.name)
        self.title.setAccessibleName(tr("Service: %1").replace("%1", svc.name))
        self.agency.setText(org.short_name or org.name)
        self.agency.setToolTip(org.name)
        mark = ""
        if r.kind == "emergency":
            mark = tr("For emergencies only: fire, accident, crime, medical emergency, disaster.")
        elif r.outside_regency:
            mark = tr("Not the regency's: handled by %1 (details: Enter)").replace(
                "%1", org.short_name or org.name
            )
        self.mark.setText(mark)
        self.mark.setVisible(bool(mark))
        contacts = list(r.contacts)
        if not contacts or not 1 <= self.n <= len(contacts):
            self.who.setText(tr("No contact person is listed for this service."))
            for widget in (self.kind, self.number_label, self.copy_button, self.phone):
                widget.hide()
            return
        contact = contacts[self.n - 1]
        role = ", ".join(x for x in (contact.position,) if x)
        who = (
            tr("Contact %1 of %2: %3")
            .replace("%1", str(self.n))
            .replace("%2", str(len(contacts)))
            .replace("%3", contact.name)
        )
        self.who.setText(f"{who} — {role}" if role else who)
        main = contact.whatsapp or contact.phone
        kind = tr("WhatsApp:") if contact.whatsapp else tr("Phone:")
        shown = display(main) if main else ""
        self.kind.setText(kind)
        self.number_label.setText(shown)
        self.number_label.setAccessibleName(f"{kind} {shown}")
        keyed = self.n <= MAX_SHORTCUT_CONTACTS
        self.copy_button.setText(
            tr("Copy (Ctrl+%1)").replace("%1", str(self.n)) if keyed else tr("Copy")
        )
        self.copy_button.setAccessibleName(tr("Copy number %1").replace("%1", shown))
        for widget in (self.kind, self.number_label, self.copy_button):
            widget.setVisible(bool(main))
        other = contact.phone if contact.whatsapp and contact.phone != contact.whatsapp else ""
        self.phone.setText(tr("Phone: %1").replace("%1", display(other)) if other else "")
        self.phone.setVisible(bool(other))


def _label(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
