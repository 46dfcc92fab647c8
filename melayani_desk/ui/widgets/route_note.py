"""The note under the search box when the directory has no office for the need: the
SP4N-LAPOR! route (lapor.go.id, SMS 1708) and, for an emergency only, 112.

Which note is the core's choice (``melayani_core.search.present.offer``); this widget
only words it. Hidden while the results answer the need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from melayani_core.search.present import offer

STYLES = {
    "emergency": "color: white; background: #b00020; padding: 3px 6px;",
    "lapor": "color: black; background: #e3f2fd; border: 1px solid #1565c0; padding: 3px 6px;",
}


class RouteNote(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = ""
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_for(self, answer) -> None:  # noqa: ANN001 - a melayani_core Answer or None
        self.kind = offer(answer) if answer is not None else ""
        if not self.kind:
            self.hide()
            return
        self.setText(self._text(answer))
        self.setStyleSheet(STYLES["emergency" if self.kind == "emergency" else "lapor"])
        self.setAccessibleName(self.text())
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.hide()

    def _text(self, answer) -> str:  # noqa: ANN001
        if self.kind == "emergency":
            return self.tr(
                "Emergency: call 112 now (Banyuwangi Respon, 24 hours, free). "
                "112 is for emergencies only."
            )
        lapor = self.tr(
            "No regency office in the directory handles this need. The citizen can file a "
            "complaint with SP4N-LAPOR!, the national public complaint service, which "
            "forwards it to the office in charge: lapor.go.id or SMS 1708. Note the LAPOR! "
            "ticket number in the referral."
        )
        if self.kind == "outside" and answer.route is not None:
            outside = self.tr("Outside the directory (%1): %2")
            text = outside.replace("%1", answer.route.name).replace("%2", answer.route.text)
            return f"{text}\n{lapor}"
        return lapor
