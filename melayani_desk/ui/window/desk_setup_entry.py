"""The ways into setting the desk up: Settings (Ctrl+,), the first-run offer, and the
import of the regency's directory (Ctrl+I, or "Import the directory…" in Settings).

A component of the main window that owns its dialogs (the first-run dialog, the import
dialog); the window owns the shortcuts.  It talks by signals: ``settings_chosen`` (new
settings to save and apply), ``enrolled`` (a desk_setup.Setup: the hub's names, applied
even if the dialog is cancelled, and a sync at once), ``directory_switched`` (an import
changed the directory in use) and ``done`` (a dialog closed: the search box takes the
focus again).  The dialogs are settings_dialog.py, first_run.py and import_dialog.py;
the logic desk_setup.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from melayani_desk import settings as settings_mod


class DeskSetupEntry(QObject):
    settings_chosen = Signal(object)  # settings.Settings to save and apply
    enrolled = Signal(object)  # a desk_setup.Setup
    directory_switched = Signal()  # an import changed the directory in use
    done = Signal()  # a dialog closed

    def __init__(self, host: QWidget, data_dir: Path, first_run: bool = False):
        """``first_run``: offer the first-run dialog to a desk not set up (the program
        does; tests do not)."""
        super().__init__(host)
        self.host = host
        self.data_dir = Path(data_dir)
        self.first_run = first_run
        self.first_run_dialog: Any = None
        self.dialog: Any = None  # the import dialog, while open
        self._closed = False

    def close(self) -> None:
        """The window closes: a late answer opens nothing."""
        self._closed = True

    # --- Settings --------------------------------------------------------------------------
    def open_settings(self, settings: settings_mod.Settings, log: Any) -> None:
        from melayani_desk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.data_dir, settings, self.host, log=log)
        dialog.enrolled.connect(self.enrolled)
        wanted: list[bool] = []
        dialog.import_requested.connect(lambda: wanted.append(True))
        if dialog.exec():
            self.settings_chosen.emit(dialog.result_settings())
        if wanted:
            self.open_import()  # its dialog gives the focus back when it closes
            return
        self.done.emit()

    # --- first run -----------------------------------------------------------------------
    def offer_first_run(self, settings: settings_mod.Settings, log: Any) -> None:
        """Once the log is open: a desk with no settings file and no enrollment is offered
        the first-run dialog (window-modal, so the window keeps painting behind it)."""
        if not self.first_run or log is None or self.first_run_dialog is not None:
            return
        if (self.data_dir / settings_mod.SETTINGS_FILE).exists():
            return
        from melayani_desk.sync.state import SyncStore
        from melayani_desk.ui.workers.tasks import run_read

        db = log.db

        def checked(enrolled: bool) -> None:
            self._first_run_checked(enrolled, settings, log)

        run_read(lambda: SyncStore(db).load().enrolled, checked, context=self)

    def _first_run_checked(self, enrolled: bool, settings, log) -> None:
        if enrolled or self._closed or self.first_run_dialog is not None:
            return
        from melayani_desk.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.data_dir, settings, self.host, log=log)
        self.first_run_dialog = dialog
        dialog.enrolled.connect(self.enrolled)
        dialog.accepted.connect(lambda: self.settings_chosen.emit(dialog.result_settings()))
        dialog.finished.connect(lambda _r: self.done.emit())
        dialog.open()

    # --- import ----------------------------------------------------------------------------
    def open_import(self) -> None:
        from melayani_desk.ui.dialogs.import_dialog import ImportDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = ImportDialog(self.data_dir, self.host)
        self.dialog.switched.connect(self.directory_switched)
        self.dialog.finished.connect(lambda _r: self.done.emit())
        self.dialog.open()
