"""The window's side of setting the desk up: Settings (Ctrl+,), the first-run offer, and
what follows an enrollment (the hub's names applied, a sync started at once).

A mixin of MainWindow (``self`` is the window); the dialogs are settings_dialog.py and
first_run.py, the logic desk_setup.py.
"""

from __future__ import annotations

from melayani_desk import settings as settings_mod
from melayani_desk.ui.constants import STATUS_MS


class WindowSetup:
    def open_settings(self) -> None:
        from melayani_desk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.data_dir, self.settings, self, log=self.log)
        dialog.enrolled.connect(self._desk_enrolled)
        wanted: list[bool] = []
        dialog.import_requested.connect(lambda: wanted.append(True))
        if dialog.exec():
            self.apply_settings(dialog.result_settings())
        if wanted:
            self.import_menu.open_import()  # its dialog gives the focus back when it closes
            return
        self.focus_search()

    # --- first run ---------------------------------------------------------------------
    def offer_first_run(self) -> None:
        """Once the log is open: a desk with no settings file and no enrollment is offered
        the first-run dialog (window-modal, so the window keeps painting behind it)."""
        if not self.first_run or self.log is None or self.first_run_dialog is not None:
            return
        if (self.data_dir / settings_mod.SETTINGS_FILE).exists():
            return
        from melayani_desk.sync.state import SyncStore
        from melayani_desk.ui.tasks import run_read

        db = self.log.db
        run_read(lambda: SyncStore(db).load().enrolled, self._first_run_checked, context=self)

    def _first_run_checked(self, enrolled: bool) -> None:
        if enrolled or self._closing or self.first_run_dialog is not None:
            return
        from melayani_desk.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.data_dir, self.settings, self, log=self.log)
        self.first_run_dialog = dialog
        dialog.enrolled.connect(self._desk_enrolled)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.finished.connect(lambda _r: self.focus_search())
        dialog.open()

    # --- after an enrollment -----------------------------------------------------------
    def _desk_enrolled(self, setup) -> None:  # noqa: ANN001 - a desk_setup.Setup
        """The hub's names are the desk's settings now (saved by the enrollment): apply
        them even if the dialog is cancelled, and sync at once."""
        self.apply_settings(setup.settings)
        self.messages.showMessage(
            self.tr("This desk is enrolled with %1; syncing now…").replace(
                "%1", setup.enrolled.hub_url
            ),
            STATUS_MS,
        )
        self.status.sync_after_enrollment()
