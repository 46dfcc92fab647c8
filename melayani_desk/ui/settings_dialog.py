"""The desk's settings: who this desk is, and how the window looks and prints."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from melayani_desk import settings as settings_store
from melayani_desk.settings import FONT_SIZES, LANGUAGES, PAPERS, Settings
from melayani_desk.ui.form_parts import error_label, save_cancel_row
from melayani_desk.ui.tasks import run_task

KECAMATAN = (
    "Banyuwangi", "Giri", "Glagah", "Kalipuro", "Licin", "Wongsorejo", "Kabat", "Rogojampi",
    "Songgon", "Singojuruh", "Srono", "Muncar", "Cluring", "Purwoharjo", "Tegaldlimo",
    "Gambiran", "Bangorejo", "Siliragung", "Pesanggaran", "Genteng", "Tegalsari", "Sempu",
    "Glenmore", "Kalibaru", "Blimbingsari",
)  # fmt: skip
# A language is named in itself, so a clerk can find their own in either UI language.
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, data_dir: Path, settings: Settings, parent=None, log=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.log = log
        self._settings = replace(settings)
        self.setWindowTitle(self.tr("Desk settings"))

        self.desk_name = QLineEdit(settings.desk_name)
        self.desk_name.setMaxLength(200)
        self.desk_name.setPlaceholderText(self.tr("e.g. Front desk, Kantor Desa Kemiren"))
        self.kecamatan = QComboBox()
        self.kecamatan.setEditable(True)
        self.kecamatan.addItems(KECAMATAN)
        self.kecamatan.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kecamatan.setCurrentIndex(-1)
        self.kecamatan.setEditText(settings.kecamatan)
        self.desa = QLineEdit(settings.desa)
        self.desa.setMaxLength(200)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.font_size = QComboBox()
        for size in FONT_SIZES:
            self.font_size.addItem(f"{size} pt", size)
        self.paper = QComboBox()
        for code in PAPERS:
            self.paper.addItem(self._paper_name(code), code)
        self._select(self.language, settings.language)
        self._select(self.font_size, settings.font_size)
        self._select(self.paper, settings.paper)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("Desk &name:"), self.desk_name),
            (self.tr("&Kecamatan:"), self.kecamatan),
            (self.tr("&Village (desa/kelurahan):"), self.desa),
            (self.tr("&Language:"), self.language),
            (self.tr("&Text size:"), self.font_size),
            (self.tr("Default &paper:"), self.paper),
        ]
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.font_size.setAccessibleDescription(self.tr("Takes effect for the whole window."))
        self.language.setAccessibleDescription(self.tr("The window changes language after saving."))

        self.error = error_label()
        buttons = save_cancel_row(
            self, self.tr("Save"), self.tr("Cancel"), self._save, cancel_auto_default=True
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.desk_name.setFocus()

    def _paper_name(self, code: str) -> str:
        if code.endswith("mm"):
            return self.tr("Receipt roll %1 mm").replace("%1", code[:-2])
        return code.upper()

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def result_settings(self) -> Settings:
        """The settings as entered (validated); the saved ones after accept."""
        return replace(
            self._settings,
            desk_name=self.desk_name.text().strip(),
            kecamatan=self.kecamatan.currentText().strip(),
            desa=self.desa.text().strip(),
            language=self.language.currentData(),
            font_size=int(self.font_size.currentData()),
            paper=self.paper.currentData(),
        ).validated()

    def _save(self) -> None:
        if not self.save_button.isEnabled():
            return  # the desk identity is still being written
        new = self.result_settings()
        try:
            settings_store.save(self.data_dir, new)
        except (OSError, ValueError) as exc:
            self._failed(exc)
            return
        self._settings = new
        set_desk = getattr(self.log, "set_desk", None)
        if not callable(set_desk):
            self.accept()
            return
        # the desk identity lives in the desk database: written on the database worker
        self.save_button.setEnabled(False)
        run_task(
            lambda: set_desk(name=new.desk_name, kecamatan=new.kecamatan, desa=new.desa),
            self._desk_saved,
            self._failed,
            context=self,
        )

    def _desk_saved(self, _result) -> None:
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        message = getattr(exc, "message", None) or str(exc)
        self.error.setText(self.tr("Could not save the settings: %1").replace("%1", message))
        self.error.show()
