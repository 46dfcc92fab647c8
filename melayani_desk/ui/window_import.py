"""Import the regency's directory from the window: Ctrl+I, or "Import the directory…" in
Settings (no menu bar: at large fonts its row would push the number below the fold).

Owned by the window (one line in main_window.py); it adds the action, keeps its text in
the window's language, opens the import dialog and, when the directory in use changed,
has the window load it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


class ImportMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.open_import)
        window.addAction(self.action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Import the directory…"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_import(self) -> None:
        from melayani_desk.ui.import_dialog import ImportDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = ImportDialog(self.window.data_dir, self.window)
        self.dialog.switched.connect(self.window.check_directory)
        self.dialog.finished.connect(lambda _r: self.window.focus_search())
        self.dialog.open()
