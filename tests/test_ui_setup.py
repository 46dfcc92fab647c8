"""Setting a desk up in the window: the settings dialog's place lists and hub part, and a
fresh install taken to enrolled, named and syncing through the window alone, against the
real hub on loopback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from test_ui_sync import windows  # noqa: F401

from melayani_desk import settings as settings_store
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.ui.dialogs.settings_dialog import SettingsDialog
from melayani_desk.ui.workers.tasks import wait_for_tasks

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"


@pytest.fixture
def desk(tmp_path, sample_dir):
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    log = ReferralLog(folder)
    yield folder, log
    wait_for_tasks()
    log.close()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, folder, log) -> SettingsDialog:
    dialog = SettingsDialog(folder, settings_store.load(folder), log=log)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.places is not None)  # read on the read worker
    return dialog


def test_the_place_lists_are_the_directorys_and_typed_forms_are_normalised(qtbot, desk):
    from melayani_desk.ui import i18n

    folder, log = desk
    i18n.install("id")
    try:
        dialog = open_dialog(qtbot, folder, log)
        names = [dialog.kecamatan.itemText(i) for i in range(dialog.kecamatan.count())]
        assert len(names) == 25 and "Licin" in names and "Kecamatan Licin" not in names
        assert "Belum terdaftar" in dialog.hub.state.text()
        dialog.kecamatan.setEditText("Kecamatan Jember")
        click(qtbot, dialog.save_button)
        assert dialog.isVisible() and not (folder / settings_store.SETTINGS_FILE).exists()
        assert dialog.error.isVisible()
        assert "Periksa tempat meja: Kecamatan 'Kecamatan Jember' tidak ada di direktori" in (
            dialog.error.text()
        )
        dialog.kecamatan.setEditText("kec. GLAGAH")
        assert [dialog.desa.itemText(i) for i in range(dialog.desa.count())] == ["Kemiren"]
        dialog.desa.setEditText("Ds. Kemiren")
        qtbot.keyClicks(dialog.desk_name, "Meja Kemiren")
        with qtbot.waitSignal(dialog.accepted):
            click(qtbot, dialog.save_button)
        saved = settings_store.load(folder)
        assert (saved.kecamatan, saved.desa) == ("Glagah", "Kemiren")
        assert (log.desk.kecamatan, log.desk.desa) == ("Glagah", "Kemiren")
    finally:
        i18n.reset()


def test_an_enrollment_failure_is_shown_and_points_at_the_field(qtbot, desk):
    folder, log = desk
    dialog = open_dialog(qtbot, folder, log)
    qtbot.keyClicks(dialog.hub.hub, "http://hub.banyuwangikab.go.id")
    qtbot.keyClicks(dialog.hub.code, "ABCD-EFGH-IJKL-MNOP")
    qtbot.keyClicks(dialog.hub.fingerprint, "ab" * 16)
    click(qtbot, dialog.hub.button)
    assert not dialog.hub.button.isEnabled()  # running on the worker, the dialog answers
    qtbot.waitUntil(lambda: dialog.hub.error.isVisible())
    assert "tanpa enkripsi" in dialog.hub.error.text() and "https://" in dialog.hub.error.text()
    assert dialog.hub.button.isEnabled() and dialog.isVisible()
    assert dialog.focusWidget() is dialog.hub.hub


def test_fresh_install_to_enrolled_named_and_syncing_through_the_window(
    qtbot,
    windows,  # noqa: F811
    tmp_path,
):
    from hub_fixtures import hub_on

    from melayani_desk.ui.app import make_app
    from melayani_desk.ui.window.main_window import MainWindow
    from melayani_hub import signing
    from melayani_hub.desks import new_code
    from melayani_hub.models import Referral
    from melayani_hub.publish import publish

    with hub_on("sqlite", tmp_path) as hub:
        # the regency: a signing key, the published directory, a code for this desk
        key, _pub, fingerprint = signing.keygen(tmp_path / "keys")
        publish(hub.engine, SAMPLE, key)
        code, _ = new_code(hub.engine, "Meja Desa Kemiren", "Kec. Glagah", "kemiren")
        folder = tmp_path / "fresh"  # a fresh install: nothing in the data folder
        folder.mkdir()
        settings = settings_store.load(folder)
        make_app([], settings)
        window = MainWindow(folder, settings, first_run=True)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1366, 768)
        window.show()
        window.load_directory()
        qtbot.waitUntil(lambda: window.desk_setup.first_run_dialog is not None, timeout=30_000)
        dialog = window.desk_setup.first_run_dialog
        qtbot.waitUntil(lambda: dialog.isVisible() and dialog.places is not None)
        assert window.sample and "Belum terdaftar" in dialog.hub.state.text()
        assert dialog.cancel_button.text() == "Lewati dulu"

        qtbot.keyClicks(dialog.hub.hub, hub.base_url)
        qtbot.keyClicks(dialog.hub.code, "SALAH-SALA-HSAL-AHSA")
        grouped = " ".join(fingerprint[i : i + 4] for i in range(0, 32, 4))  # as read out
        qtbot.keyClicks(dialog.hub.fingerprint, grouped)
        click(qtbot, dialog.hub.button)
        qtbot.waitUntil(lambda: dialog.hub.error.isVisible(), timeout=20_000)
        assert "Kode pendaftaran ditolak" in dialog.hub.error.text()
        assert dialog.focusWidget() is dialog.hub.code

        dialog.hub.code.setText(code.lower().replace("-", " "))  # as typed from paper
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            click(qtbot, dialog.hub.button)
        # the hub's name and place are the desk's settings, in the directory's names
        saved = settings_store.load(folder)
        assert (saved.desk_name, saved.kecamatan, saved.desa) == (
            "Meja Desa Kemiren", "Glagah", "Kemiren",
        )  # fmt: skip
        assert window.settings.kecamatan == "Glagah"
        assert window.slips.desk_area() == "Kemiren, Glagah"  # the slip header
        qtbot.waitUntil(lambda: window.log.desk.kecamatan == "Glagah")

        # syncing: the hub's directory replaces the bundled one (published from the sample,
        # so still marked sample: its signed settings say so), and a referral reaches the hub
        qtbot.waitUntil(
            lambda: window.search.engine_ready
            and window.reader.meta.get("source", "").startswith("hub v"),
            timeout=60_000,
        )
        assert window.sample  # sample data never passes as real
        assert window.search.client.worker.kecamatan == "Glagah"  # the search ranks for Glagah
        qtbot.keyClicks(window.search.search_box, "rekomendasi camat")
        qtbot.waitUntil(lambda: window.search.model.query == "rekomendasi camat", timeout=20_000)
        assert window.detail.result.service.service_id == "kec-glagah-surat"
        reader = window.reader
        contact = reader.contacts_for_services(["kec-glagah-surat"])["kec-glagah-surat"][0]
        window.log.record_referral(
            reader=reader,
            service_id="kec-glagah-surat",
            contact_id=contact.contact_id,
            channel="read_out",
            need_text="rekomendasi camat",
        )
        qtbot.waitUntil(lambda: not window.status.sync.busy, timeout=30_000)
        window.act_sync.trigger()  # F9
        qtbot.waitUntil(lambda: window.log.counts()["sent"] == 1, timeout=30_000)
        with hub.engine.connect() as conn:
            rows = conn.execute(select(Referral.desk_id, Referral.service_id)).all()
        assert rows == [(window.log.desk.desk_id, "kec-glagah-surat")]
        window.shutdown()
