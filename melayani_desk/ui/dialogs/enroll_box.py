"""The settings dialog's hub part: hub address, enrollment code, key fingerprint, Enroll.

Enrollment (``melayani_desk.desk_setup.enroll_desk``) runs on the database worker, never
in the UI thread; its answer is emitted as ``enrolled(Setup)``.  Each failure says what
to fix (``EnrollError.field``) and the field to fix gets the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from melayani_desk.ui.dialogs.form_parts import error_label, failure_reason, grow_to_fit
from melayani_desk.ui.workers.tasks import run_task

# what the desk says of itself when it enrolls: (name, kecamatan, desa), None = unchanged
Identity = Callable[[], tuple[str | None, str | None, str | None]]


class EnrollBox(QGroupBox):
    enrolled = Signal(object)  # a desk_setup.Setup

    def __init__(self, data_dir: Path, identity: Identity, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.identity = identity
        self.running = False
        self.setTitle(self.tr("Hub (sending referrals, directory updates)"))
        self.hub = QLineEdit()
        self.hub.setMaxLength(300)
        self.hub.setPlaceholderText(self.tr("e.g. https://hub.banyuwangikab.go.id"))
        self.code = QLineEdit()
        self.code.setMaxLength(64)
        self.code.setPlaceholderText(self.tr("one-time code from the hub admin, ABCD-EFGH-…"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setMaxLength(300)
        self.fingerprint.setPlaceholderText(self.tr("from the hub admin, e.g. 3f2a 9c41 …"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.error = error_label()
        self.button = QPushButton(self.tr("&Enroll"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.start)
        self.button.setAccessibleDescription(
            self.tr("Enrolls this desk with the hub using the code and the key fingerprint.")
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("Hub &address:"), self.hub),
            (self.tr("Enrollment &code:"), self.code),
            (self.tr("Key &fingerprint:"), self.fingerprint),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.show_state(None)

    def show_state(self, state) -> None:  # noqa: ANN001 - a SyncState or None (unknown)
        if state is None:
            self.state.setText("")
        elif state.enrolled:
            self.state.setText(self.tr("Enrolled with %1.").replace("%1", state.hub_url or ""))
            if not self.hub.text():
                self.hub.setText(state.hub_url or "")
        else:
            self.state.setText(
                self.tr("Not enrolled yet: referrals stay on this computer until it is.")
            )

    def start(self) -> None:
        if self.running:
            return
        from melayani_desk.desk_setup import enroll_desk

        self.running = True
        self.button.setEnabled(False)
        self.error.hide()
        self.state.setText(self.tr("Enrolling with the hub…"))
        data_dir = self.data_dir
        hub, code, trust = self.hub.text(), self.code.text(), self.fingerprint.text()
        name, kecamatan, desa = self.identity()

        def work():
            return enroll_desk(
                data_dir, hub, code, trust, name=name, kecamatan=kecamatan, desa=desa
            )

        run_task(work, self._done, self._failed, context=self)

    def _done(self, setup) -> None:  # noqa: ANN001 - a desk_setup.Setup
        self.running = False
        self.button.setEnabled(True)
        self.code.clear()  # used up
        self.state.setText(self.tr("Enrolled with %1.").replace("%1", setup.enrolled.hub_url))
        self.enrolled.emit(setup)

    def _failed(self, exc: BaseException) -> None:
        from melayani_core.keys import KeyProblem
        from melayani_desk.sync.enroll import CODE, HUB, KEY, EnrollError

        self.running = False
        self.button.setEnabled(True)
        self.state.setText(self.tr("Not enrolled."))
        focus = {HUB: self.hub, CODE: self.code, KEY: self.fingerprint}
        if isinstance(exc, EnrollError):
            message, field = exc.message, focus.get(exc.field, self.hub)
        elif isinstance(exc, KeyProblem):
            message, field = str(exc), self.fingerprint
        else:
            message, field = failure_reason(exc, "meja TIDAK didaftarkan"), self.hub
        self.error.setText(self.tr("Enrollment failed: %1").replace("%1", message))
        self.error.show()
        grow_to_fit(self.window())
        field.setFocus()
        field.selectAll()
