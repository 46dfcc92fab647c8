"""Importing the directory from the window, through the real dialog on real files: the
summary names what changes, Cancel keeps the directory in use, the losses need an
explicit confirmation, errors are a table the clerk can copy, and "Go back" restores the
previous directory."""

from __future__ import annotations

import hashlib

import pytest
from conftest_import_helpers import good_sheets, set_cell, write_xlsx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

from melayani_core.storage.directory_db import DirectoryReader, DirectoryStore
from melayani_desk import settings as settings_mod
from melayani_desk.directory.local import current_file, import_path
from melayani_desk.ui import i18n
from melayani_desk.ui.app import make_app
from melayani_desk.ui.dialogs.import_dialog import ImportDialog
from melayani_desk.ui.workers.tasks import wait_for_tasks


@pytest.fixture
def desk(data_dir, tmp_path):
    """A desk whose directory in use is a real import (v1.xlsx), over the sample."""
    make_app([], settings_mod.Settings(language="id").validated())
    current_file(data_dir)
    import_path(data_dir, write_xlsx(tmp_path / "v1.xlsx", good_sheets()))
    yield data_dir
    wait_for_tasks()
    i18n.reset()


def fingerprint(data_dir):
    store = DirectoryStore(data_dir)
    current = store.current()
    listing = sorted(p.name for p in store.folder.iterdir())
    return current.name, hashlib.sha256(current.read_bytes()).hexdigest(), listing


def source(data_dir) -> str:
    reader = DirectoryReader(DirectoryStore(data_dir).current())
    try:
        return reader.meta["source"]
    finally:
        reader.close()


def open_dialog(qtbot, data_dir) -> ImportDialog:
    dialog = ImportDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.in_use.text() != "")
    return dialog


def staged(qtbot, dialog, path) -> ImportDialog:
    dialog.start(path)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.staged or dialog.outcome.text()))
    return dialog


def v2(tmp_path):
    sheets = good_sheets()
    set_cell(sheets, "contacts", 2, "whatsapp", "0812-3456-9999")
    sheets["contacts"].append(
        ["c3", "kec-giri", "Wati", "Staf", "frontdesk", "081300002222", "", "", "", "", "", "",
         ""]
    )  # fmt: skip
    return write_xlsx(tmp_path / "v2.xlsx", sheets)


def test_the_summary_names_the_changes_and_cancel_keeps_the_directory(qtbot, desk, tmp_path):
    before = fingerprint(desk)
    dialog = open_dialog(qtbot, desk)
    assert "v1.xlsx" in dialog.in_use.text() and "Dipakai sekarang" in dialog.in_use.text()
    staged(qtbot, dialog, v2(tmp_path))
    text = dialog.summary.toPlainText()
    assert "Kontak: 1 ditambah, 0 dihapus, 1 diubah" in text
    assert "Wati — Staf (Kec. Giri)" in text
    assert "Budi — Kepala Seksi (Dispendukcapil): whatsapp" in text
    assert dialog.apply.isEnabled() and not dialog.losses.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    wait_for_tasks()
    assert fingerprint(desk) == before


def test_use_switches_and_go_back_restores_the_previous_directory(qtbot, desk, tmp_path):
    dialog = open_dialog(qtbot, desk)
    staged(qtbot, dialog, v2(tmp_path))
    with qtbot.waitSignal(dialog.switched, timeout=20_000):
        qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert source(desk) == "v2.xlsx"
    assert "v2.xlsx" in dialog.outcome.text()
    qtbot.waitUntil(lambda: dialog.back.isEnabled())
    with qtbot.waitSignal(dialog.switched, timeout=20_000):
        qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    assert source(desk) == "v1.xlsx"
    assert "sebelumnya" in dialog.outcome.text()
    qtbot.waitUntil(lambda: "v1.xlsx" in dialog.in_use.text())


def test_losing_the_contacts_needs_an_explicit_confirmation(qtbot, desk, tmp_path):
    sheets = good_sheets()
    sheets["contacts"] = sheets["contacts"][:1]  # the header only: every contact gone
    before = fingerprint(desk)
    dialog = open_dialog(qtbot, desk)
    staged(qtbot, dialog, write_xlsx(tmp_path / "kosong.xlsx", sheets))
    assert dialog.losses.isVisible() and "Sebagian besar kontak hilang" in dialog.losses.text()
    assert dialog.confirm.isVisible() and not dialog.apply.isEnabled()
    dialog.apply_import()  # not even a direct call switches unconfirmed
    wait_for_tasks()
    assert fingerprint(desk) == before
    dialog.confirm.setChecked(True)
    assert dialog.apply.isEnabled()
    with qtbot.waitSignal(dialog.switched, timeout=20_000):
        qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert source(desk) == "kosong.xlsx"


def test_errors_are_listed_by_sheet_row_and_column_and_copied(qtbot, desk, tmp_path):
    sheets = good_sheets()
    set_cell(sheets, "contacts", 3, "phone", "0812-12")
    set_cell(sheets, "services", 2, "authority", "kerajaan")
    before = fingerprint(desk)
    dialog = open_dialog(qtbot, desk)
    staged(qtbot, dialog, write_xlsx(tmp_path / "rusak.xlsx", sheets))
    assert dialog.staged is None and not dialog.apply.isVisible()
    assert "TIDAK diimpor" in dialog.outcome.text()
    model = dialog.problems.problems
    rows = [model.cells(r)[:4] for r in range(model.rowCount())]
    assert ["contacts", "3", "phone", "Galat"] in rows
    assert ["services", "2", "authority", "Galat"] in rows
    view = dialog.problems
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied == "\t".join(model.cells(0)) + "\n"
    qtbot.mouseClick(dialog.copy_all, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Lembar\tBaris\tKolom\tJenis\tMasalah"
    assert len(lines) == model.rowCount() + 1
    assert fingerprint(desk) == before


def test_ctrl_i_in_the_window_imports_and_the_window_loads_the_new_directory(qtbot, desk, tmp_path):
    from melayani_desk.ui.window.main_window import MainWindow

    window = MainWindow(desk, settings_mod.load(desk))
    qtbot.addWidget(window)
    window.show()
    window.load_directory()
    qtbot.waitUntil(lambda: window.search.engine_ready, timeout=20_000)
    try:
        assert window.menuBar().actions() == []  # no menu row above the answer
        assert window.act_import.shortcut().toString() == "Ctrl+I"
        window.activateWindow()
        window.act_import.trigger()
        dialog = window.desk_setup.dialog
        qtbot.waitUntil(lambda: dialog.isVisible())
        staged(qtbot, dialog, v2(tmp_path))
        with qtbot.waitSignal(window.directory_loaded, timeout=20_000):
            qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
        assert window.reader.meta["source"] == "v2.xlsx"
        assert "v2.xlsx" in window.status.source_label.accessibleName()
    finally:
        window.shutdown()


def test_settings_offers_the_import_and_hands_it_to_the_window(qtbot, desk):
    from PySide6.QtWidgets import QApplication

    from melayani_desk.ui.window.main_window import MainWindow

    window = MainWindow(desk, settings_mod.load(desk))
    qtbot.addWidget(window)
    window.show()
    window.load_directory()
    qtbot.waitUntil(lambda: window.search.engine_ready, timeout=20_000)
    try:

        def press_import() -> None:
            settings = QApplication.activeModalWidget()
            assert "Impor direktori" in settings.import_button.text()
            settings.import_button.click()

        QTimer.singleShot(0, press_import)
        window.open_settings()  # exec() returns once Settings closed for the import
        dialog = window.desk_setup.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.isVisible())
        dialog.reject()
    finally:
        window.shutdown()
