"""The desk's settings: who and where this desk is, its hub, how the window looks and prints.

The kecamatan and desa lists are the directory's own (read on the read worker); what is
typed is normalised to the directory's name ("Kec. Licin" -> "Licin") and a name the
directory does not know is refused with a message.  The hub part (ui/dialogs/enroll_box.py)
enrolls the desk; the hub's name and place for it then fill the form and are saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from melayani_desk import settings as settings_store
from melayani_desk.settings import FONT_SIZES, LANGUAGES, PAPERS, Settings
from melayani_desk.ui.dialogs.enroll_box import EnrollBox
from melayani_desk.ui.dialogs.form_parts import (
    error_label,
    fit_to_screen,
    grow_to_fit,
    save_cancel_row,
)
from melayani_desk.ui.workers.tasks import run_read, run_task

# A language is named in itself, so a clerk can find their own in either UI language.
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def _place_combo(text: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    _edit(combo).setMaxLength(200)
    combo.setEditText(text)
    return combo


def _edit(combo: QComboBox) -> QLineEdit:
    """An editable combo box's line edit (it always has one)."""
    edit = combo.lineEdit()
    assert edit is not None, "the combo box is editable"
    return edit


class SettingsDialog(QDialog):
    save_button: QPushButton  # set by save_cancel_row()
    enrolled = Signal(object)  # a desk_setup.Setup: the desk has just been enrolled
    import_requested = Signal()  # "Import the directory…": the window opens the import

    def __init__(self, data_dir: Path, settings: Settings, parent=None, log=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.log = log
        self._settings = replace(settings)
        self.places = None  # the directory's Places, once read
        self.enrolled_setup = None
        self.setWindowTitle(self.tr("Desk settings"))

        self.desk_name = QLineEdit(settings.desk_name)
        self.desk_name.setMaxLength(200)
        self.desk_name.setPlaceholderText(self.tr("e.g. Front desk, Kantor Desa Kemiren"))
        self.kecamatan = _place_combo(settings.kecamatan)
        _edit(self.kecamatan).setPlaceholderText(self.tr("choose from the list"))
        self.desa = _place_combo(settings.desa)
        self.kecamatan.currentTextChanged.connect(self._fill_desa)
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

        self.hub = EnrollBox(self.data_dir, self._identity, self)
        self.hub.enrolled.connect(self._enrolled)
        self.error = error_label()
        self.import_button = QPushButton(self.tr("&Import the directory… (Ctrl+I)"))
        self.import_button.setAutoDefault(False)
        self.import_button.setToolTip(
            self.tr("Replace this desk's directory with the regency's file (.xlsx, CSV, HSDS)")
        )
        self.import_button.clicked.connect(self._import)
        buttons = save_cancel_row(
            self,
            self.tr("Save"),
            self.tr("Cancel"),
            self._save,
            lead=self.import_button,
            cancel_auto_default=True,
        )

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.hub)
        self.layout_.addWidget(self.error)
        self.layout_.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        fit_to_screen(self, 64)
        self.desk_name.setFocus()
        self._load()

    def _import(self) -> None:
        """Settings closes (nothing saved) and the window opens the import dialog."""
        self.import_requested.emit()
        self.reject()

    # --- the directory's places and the hub state, read off the UI thread -----------------
    def _load(self) -> None:
        from melayani_desk.desk_setup import directory_places
        from melayani_desk.sync.state import SyncStore

        data_dir, db = self.data_dir, getattr(self.log, "db", None)

        def read():
            return directory_places(data_dir), (SyncStore(db).load() if db else None)

        run_read(read, self._loaded, self._load_failed, context=self, key="settings")

    def _loaded(self, value) -> None:
        places, state = value
        self.places = places
        for combo, names in ((self.kecamatan, places.kecamatan), (self.desa, [])):
            text = combo.currentText()
            combo.clear()
            combo.addItems(names)
            combo.setEditText(text)
        self._fill_desa(self.kecamatan.currentText())
        self.hub.show_state(state)

    def _load_failed(self, exc: BaseException) -> None:
        from melayani_core.directory.places import Places

        self._loaded((Places(), None))
        self._failed(exc)

    def _fill_desa(self, typed: str) -> None:
        if self.places is None:
            return
        kecamatan = self.places.match_kecamatan(typed) or ""
        text = self.desa.currentText()
        self.desa.clear()
        self.desa.addItems(self.places.desa_of(kecamatan))
        self.desa.setEditText(text)

    def _place(self):  # noqa: ANN202 - a places.Place; raises PlaceProblem
        from melayani_core.directory.places import Places, resolve

        places = self.places if self.places is not None else Places()
        return resolve(places, self.kecamatan.currentText(), self.desa.currentText())

    def _identity(self) -> tuple[str | None, str | None, str | None]:
        """What the desk tells the hub at enrollment (a place not yet valid: nothing)."""
        from melayani_core.directory.places import PlaceProblem

        name = self.desk_name.text().strip() or None
        try:
            place = self._place()
        except PlaceProblem:
            return name, None, None
        return name, place.kecamatan or None, place.desa or None

    def _enrolled(self, setup) -> None:  # noqa: ANN001 - a desk_setup.Setup
        """The hub's name and place for the desk fill the form, and are saved."""
        self.enrolled_setup = setup
        self.enrolled.emit(setup)
        chosen = setup.settings
        self.desk_name.setText(chosen.desk_name)
        self.kecamatan.setEditText(chosen.kecamatan)
        self.desa.setEditText(chosen.desa)
        self._save()

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
            desa=self.desa.currentText().strip(),
            language=self.language.currentData(),
            font_size=int(self.font_size.currentData()),
            paper=self.paper.currentData(),
        ).validated()

    def _save(self) -> None:
        from melayani_core.directory.places import PlaceProblem

        if not self.save_button.isEnabled():
            return  # the desk identity is still being written
        if self.places is None:
            self.error.setText(
                self.tr("The directory's list of places is still being read; save again.")
            )
            self.error.show()
            return
        try:
            place = self._place()
        except PlaceProblem as exc:
            self.error.setText(self.tr("Check the place: %1").replace("%1", exc.message))
            self.error.show()
            grow_to_fit(self)
            field = self.kecamatan if exc.field_name == "kecamatan" else self.desa
            field.setFocus()
            field.lineEdit().selectAll()
            return
        self.kecamatan.setEditText(place.kecamatan)  # the directory's own names
        self.desa.setEditText(place.desa)
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
        grow_to_fit(self)
