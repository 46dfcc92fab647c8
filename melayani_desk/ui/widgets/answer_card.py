"""The answer, first: who to call for the chosen service and the number to read aloud.

A full-width card right under the search box, above the results and the details, so the
number is on screen without scrolling for every service, every font size (10-24 pt) and
both desk screens (1366x768, 1024x768): the service and its agency, the chosen contact
(Ctrl+1..Ctrl+5 choose and copy), the number in a large font and, for a service the
regency does not decide, a one-line mark; the authority note, requirements and the other
contacts are in the details below (Enter goes there).

Compact where it can be, so large fonts still fit: the agency sits beside the service's
name when both fit one line, and gives way to the mark that already names the office of
a service the regency does not decide; the copy button sits beside the number when it
fits there (the contact's line then has the card's whole width), else beside the contact.

The copy button never takes the keyboard focus: a Space meant for the next citizen's need
must not copy a number.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from melayani_core.directory.phones import display
from melayani_desk.ui.constants import (
    ANSWER_STYLE,
    MARK_STYLE,
    MAX_SHORTCUT_CONTACTS,
    NUMBER_SCALE,
    NUMBER_STYLE,
    scaled_font,
)
from melayani_desk.ui.widgets.visibility import differs, set_shown

GAP = 12  # pixels between the service's name and its agency on one line


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
        self.kinds = ("", "")  # its long and short wording ("WhatsApp:", "WA:")
        self.showing: dict = {}  # the parts the service shows (set visible after sizing)
        self.marks = ("", "")  # the mark's long wording, and a short one when it would wrap
        self.number_label = _label(wrap=False)
        self.number_label.setObjectName("answerNumber")
        self.number_label.setStyleSheet(NUMBER_STYLE)
        self.copy_button = QPushButton()
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.n))
        self.phone = _label()
        # the wrapping lines' heights are set from the card's width (_fit_height)
        self.head = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # the name, then the agency
        self.head.setSpacing(GAP)
        self.head.addWidget(self.title)
        self.head.addWidget(self.agency, 1, Qt.AlignmentFlag.AlignBottom)
        self.number_row = QHBoxLayout()
        self.number_row.addWidget(self.kind)
        self.number_row.addWidget(self.number_label)
        self.number_row.addStretch(1)
        self.person = QHBoxLayout()
        self.person.addWidget(self.who, 1)
        self.copy_beside_number = False
        self.person.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignBottom)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 2, 6, 2)
        box.setSpacing(2)
        box.addLayout(self.head)
        box.addWidget(self.mark)
        box.addLayout(self.person)
        box.addLayout(self.number_row)
        box.addWidget(self.phone)
        self.apply_fonts()
        self.hide()

    # --- public ----------------------------------------------------------------------
    def show_contact(self, result, n: int) -> None:
        """Show contact ``n`` (1-based) of ``result``; hide the card for None."""
        self.result, self.n = result, n
        if result is None:
            set_shown(self, False)
            return
        self._fill()
        self._fit_height()  # heights first: showing a part re-lays out the window at once
        changed = {w: on for w, on in self.showing.items() if differs(w, on)}
        # ... once for each part shown while the card is visible: hidden meanwhile, the
        # window is laid out once, when the card is shown (not with the focus inside)
        focus = QApplication.focusWidget()
        if changed and self.isVisible() and not (focus is not None and self.isAncestorOf(focus)):
            self.hide()
        for widget, on in changed.items():
            widget.setVisible(on)
        set_shown(self, self.allowed)

    def allow(self, on: bool) -> None:
        self.allowed = on
        set_shown(self, on and self.result is not None)

    def number_text(self) -> str:
        return self.number_label.text() if self.number_label.isVisible() else ""

    def apply_fonts(self) -> None:
        """Every part gets its font set here: under the card's style sheet a label would
        keep its old font after a live font change."""
        self.title.setFont(scaled_font(1.15))
        self.number_label.setFont(scaled_font(NUMBER_SCALE))
        self.kind.setFont(scaled_font(1.0))
        for widget in (self.agency, self.mark, self.who, self.phone, self.copy_button):
            widget.setFont(scaled_font(1.0, bold=False))
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the number and its kind: the copy button beside them moves to the
        contact's line when the window narrows, so it never holds the window wide."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        frame = self.width() - self.contentsRect().width()
        number = self.kind.sizeHint().width() + self.number_label.sizeHint().width()
        width = number + self.number_row.spacing() + margins.left() + margins.right() + frame
        return QSize(min(hint.width(), width), hint.height())

    def _fit_height(self) -> None:
        """Claim the height the wrapped lines need at this width: the answer never gives
        way to the results and details below it (they scroll)."""
        layout = self.layout()
        width = self._width_to_come()
        if layout is None or width <= 0:
            return
        margins = layout.contentsMargins()
        frame = self.width() - self.contentsRect().width()
        room = width - frame - margins.left() - margins.right()
        self._place_copy(room)
        long_mark, short_mark = self.marks
        fits = not short_mark or _one_line(self.mark, long_mark) <= room
        mark = long_mark if fits else short_mark
        if self.mark.text() != mark:
            self.mark.setText(mark)
        beside = self.copy_button.sizeHint().width() + 8
        beside = beside if self._shows(self.copy_button) and not self.copy_beside_number else 0
        title_width = _one_line(self.title)
        side = self._shows(self.agency) and title_width + GAP + _one_line(self.agency) <= room
        _direct(self.head, side)
        self.head.setSpacing(GAP if side else layout.spacing())
        self.title.setMinimumWidth(title_width if side else 0)  # beside: on one line, whole
        widths = {
            self.title: title_width if side else room,
            self.agency: room - title_width - GAP if side else room,
            self.who: room - beside,
        }
        for label in (self.title, self.agency, self.mark, self.who, self.phone):
            shown = label.text() and self._shows(label)
            height = _height_for(label, widths.get(label, room)) if shown else 0
            if label.minimumHeight() != height:
                label.setFixedHeight(max(height, 0))

    def _width_to_come(self) -> int:
        """The card's width, also while it is hidden (its width then is a stale default:
        sized for it, the first answer after the start grew the window off the screen)."""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if self.isVisible() or layout is None:
            return self.width()
        return layout.contentsRect().width()

    def _shows(self, widget) -> bool:
        return self.showing.get(widget, not widget.isHidden())

    def _place_copy(self, room: int) -> None:
        """The copy button beside the number when the three fit the card's width (with the
        number's short kind, "WA:", if need be)."""
        row = self.number_row
        metrics = self.kind.fontMetrics()
        padding = self.kind.sizeHint().width() - metrics.horizontalAdvance(self.kind.text())
        rest = self.number_label.sizeHint().width() + self.copy_button.sizeHint().width()
        rest += 3 * row.spacing() + padding
        wanted, kind = False, self.kinds[0]
        for text in self.kinds:
            if text and rest + metrics.horizontalAdvance(text) <= room:
                wanted, kind = True, text
                break
        if self.kind.text() != kind:
            self.kind.setText(kind)
        if wanted == self.copy_beside_number:
            return
        self.copy_beside_number = wanted
        (self.person if wanted else row).removeWidget(self.copy_button)
        if wanted:
            row.insertWidget(2, self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.person.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignBottom)

    # --- building --------------------------------------------------------------------
    def _fill(self) -> None:
        r, tr = self.result, self.tr
        svc, org = r.service, r.org
        self.title.setText(svc.name)
        self.title.setAccessibleName(tr("Service: %1").replace("%1", svc.name))
        self.agency.setText(org.short_name or org.name)
        self.agency.setToolTip(org.name)
        named = r.outside_regency and r.kind != "emergency"  # the mark names the office
        self.showing = {self.agency: not named}
        office = org.short_name or org.name
        self.marks = ("", "")
        if r.kind == "emergency":
            self.marks = (
                tr("For emergencies only: fire, accident, crime, medical emergency, disaster."),
                self.tr("For emergencies only (details: Enter)"),
            )
        elif r.outside_regency:
            self.marks = (
                tr("Not the regency's: handled by %1 (details: Enter)").replace("%1", office),
                self.tr("Not the regency's: %1 (Enter)").replace("%1", office),
            )
        self.mark.setText(self.marks[0])
        self.mark.setToolTip(self.marks[0])
        self.mark.setAccessibleName(self.marks[0])
        self.showing[self.mark] = bool(self.marks[0])
        contacts = list(r.contacts)
        if not contacts or not 1 <= self.n <= len(contacts):
            self.who.setText(tr("No contact person is listed for this service."))
            for widget in (self.kind, self.number_label, self.copy_button, self.phone):
                self.showing[widget] = False
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
        self.kinds = (kind, self.tr("WA:") if contact.whatsapp else self.tr("Tel.:"))
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
            self.showing[widget] = bool(main)
        other = contact.phone if contact.whatsapp and contact.phone != contact.whatsapp else ""
        self.phone.setText(tr("Phone: %1").replace("%1", display(other)) if other else "")
        self.showing[self.phone] = bool(other)


def _height_for(label: QLabel, width: int) -> int:
    """The height ``label`` needs at ``width``.  QLabel.heightForWidth never answers less
    than the label's minimum height: measured with the fixed height still set, a card
    that once showed a two-line name kept two lines for every later service, growing
    until the window passed the screen's edge (issue 12)."""
    fixed = label.minimumHeight()
    label.setMinimumHeight(0)
    height = label.heightForWidth(width)
    label.setMinimumHeight(fixed)
    return height


def _one_line(label: QLabel, text: str | None = None) -> int:
    """The width ``text`` (the label's own by default) takes on one line in ``label``,
    with the label's frame, padding and margins."""
    advance = label.fontMetrics().horizontalAdvance(label.text() if text is None else text)
    return advance + label.width() - label.contentsRect().width() + 2 * label.margin() + 1


def _direct(layout: QBoxLayout, side: bool) -> None:
    direction = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
    if layout.direction() != direction:
        layout.setDirection(direction)


def _label(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
