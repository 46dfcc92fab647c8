"""Add what came of a referral: responded, resolved, unreachable or wrong number.

Saved with ``log.record_outcome`` on the database worker; the referral itself is never
changed, the outcome is its own record.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit

from melayani_core.referrals.lapor import MAX_LAPOR, lapor_problem
from melayani_core.referrals.model import OUTCOMES
from melayani_desk.ui.dialogs.form_parts import ChoiceDialog, failure_reason, radio_buttons
from melayani_desk.ui.models.history_model import contact_number, outcome_label, short_time


class OutcomeDialog(ChoiceDialog):
    """``referral`` is a ReferralView; after accept, ``saved_outcome`` holds the Outcome."""

    def __init__(self, log, referral, parent=None):
        super().__init__(parent)
        self.log = log
        self.referral = referral
        self.saved_outcome = None
        self.setWindowTitle(self.tr("Add the outcome"))

        form = self.facts_form()
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
        known = getattr(referral, "lapor", "") or referral.lapor_id or ""
        self.lapor_edit = QLineEdit()
        self.lapor_edit.setMaxLength(MAX_LAPOR)
        self.lapor_edit.setPlaceholderText(self.tr("if the citizen complained, e.g. #5123456"))
        self.lapor_edit.setAccessibleName(self.tr("LAPOR! tracking number"))
        self.lapor_edit.setText(known)
        lapor_label = QLabel(self.tr("&LAPOR! ticket:"))
        lapor_label.setBuddy(self.lapor_edit)
        form.addRow(lapor_label, self.lapor_edit)

        texts = {
            "responded": self.tr("&Responded (the agency answered)"),
            "resolved": self.tr("Re&solved"),
            "unreachable": self.tr("&Unreachable"),
            "wrong_number": self.tr("&Wrong number"),
        }
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons = radio_buttons(self.outcomes, OUTCOMES, texts, "outcome")
        self.note_edit = self.lay_out(
            form,
            self.tr("What happened?"),
            self.outcome_buttons,
            self.tr("No&te (optional):"),
            self.save_cancel(self.tr("Save"), self.tr("Cancel")),
        )
        # The usual next step is chosen and focused, so F5 then Enter records it; arrows pick
        # another. Not yet answered: "responded"; answered already: "resolved".
        choice = default_outcome(latest.outcome if latest is not None else "")
        self.select(choice)
        self.outcome_buttons[choice].setFocus()

    def outcome(self) -> str:
        button = self.outcomes.checkedButton()
        return button.property("outcome") if button is not None else ""

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def select(self, code: str) -> None:
        self.outcome_buttons[code].setChecked(True)

    def _submission(self):
        outcome = self.outcome()
        if not outcome:
            self.show_error(self.tr("Choose what happened."))
            self.outcome_buttons[OUTCOMES[0]].setFocus()
            return None
        lapor = self.lapor_edit.text().strip()
        known = getattr(self.referral, "lapor", "") or self.referral.lapor_id or ""
        problem = lapor_problem(lapor)
        if problem:
            self.show_error(problem)
            self.lapor_edit.setFocus()
            return None
        lapor = "" if lapor == known else lapor  # already on the referral: not again
        log, uuid, note = self.log, self.referral.uuid, self.note()
        return lambda: log.record_outcome(uuid, outcome, note, lapor_id=lapor)

    def _keep(self, outcome) -> None:
        self.saved_outcome = outcome

    def _show_failure(self, exc: BaseException) -> None:
        self.show_error(self.tr("Could not save: %1").replace("%1", failure_reason(exc)))


def default_outcome(latest: str) -> str:
    """The outcome a follow-up most often records after ``latest`` ("" when none yet)."""
    return "resolved" if latest == "responded" else "responded"
