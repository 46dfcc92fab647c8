"""The first-run dialog: the settings dialog with a welcome, offered by the window when
the desk has no settings file and is not enrolled.  Skipping it is fine: the bundled
sample directory works without it, and Settings (Ctrl+,) holds the same form."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from melayani_desk.ui.dialogs.form_parts import bold
from melayani_desk.ui.dialogs.settings_dialog import SettingsDialog


class FirstRunDialog(SettingsDialog):
    def __init__(self, data_dir, settings, parent=None, log=None):  # noqa: ANN001
        super().__init__(data_dir, settings, parent, log=log)
        self.setWindowTitle(self.tr("Set up this desk"))
        title = bold(QLabel(self.tr("Welcome to Melayani Desk")))
        intro = QLabel(
            self.tr(
                "Fill in this desk's name and place, then enroll it with the hub using the "
                "address, code and key fingerprint from the regency's hub admin. You can "
                "skip this: the sample directory works without it, and Settings (Ctrl+,) "
                "shows this form again."
            )
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, title)
        self.layout_.insertWidget(1, intro)
        self.cancel_button.setText(self.tr("Skip for now"))
        self.save_button.setText(self.tr("Save"))
