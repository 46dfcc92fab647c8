"""Slips and WhatsApp from the window: Ctrl+P logs a "printed" referral once and the slip
carries its code; F7 logs "contacted_on_behalf" and opens the slip's wa.me link; the
history reprints a logged referral's slip without logging again."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel
from test_ui_main import open_window, search

from melayani_desk.referrals.slip import MONTHS_EN, MONTHS_ID
from melayani_desk.ui import i18n
from melayani_desk.ui.dialogs.referral_dialog import ReferralDialog


@pytest.fixture
def desk(tmp_path, sample_dir):
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    return folder


@pytest.fixture
def window(qtbot, desk):
    font = QApplication.font()
    win = open_window(
        qtbot, desk, desk_name="Meja Desa Kemiren", desa="Kemiren", kecamatan="Glagah"
    )
    qtbot.waitUntil(lambda: win.log is not None, timeout=20_000)
    yield win
    if win.slips.slip_dialog is not None:
        win.slips.slip_dialog.done(0)
    win.shutdown()
    i18n.reset()
    QApplication.setFont(font)


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl recorded instead of starting a browser."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return urls


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        return ""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return out.stdout


def save(qtbot, dialog, path) -> None:
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as signal:
        dialog.write_pdf(str(path))
    assert signal.args == ["pdf"]
    assert path.exists() and path.stat().st_size > 1000


def test_printing_logs_a_printed_referral_once_and_the_slip_carries_its_code(
    qtbot, window, tmp_path
):
    search(qtbot, window, "ktp ilang")
    contact = window.detail.selected_contact()
    window.act_slip.trigger()  # Ctrl+P
    dialog = window.slips.slip_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.slip.code == "" and dialog.before_output is not None
    assert dialog.slip.desk_area == "Kemiren, Glagah" and dialog.slip.need_text == "ktp ilang"

    first = tmp_path / "first.pdf"
    save(qtbot, dialog, first)
    logged = window.log.referrals()
    assert [(r.channel, r.contact_id, r.need_text) for r in logged] == [
        ("printed", contact.contact_id, "ktp ilang")
    ]
    code = logged[0].code
    assert dialog.slip.code == code
    if shutil.which("pdftotext"):
        assert code in pdf_text(first)

    save(qtbot, dialog, tmp_path / "again.pdf")  # the same dialog: no second referral
    dialog.done(0)
    qtbot.waitUntil(lambda: window.slips.slip_dialog is None)

    window.print_slip()  # the same detail again: the slip has the code, nothing is logged
    dialog = window.slips.slip_dialog
    assert dialog.before_output is None and dialog.slip.code == code
    save(qtbot, dialog, tmp_path / "third.pdf")
    dialog.done(0)
    assert len(window.log.referrals()) == 1

    search(qtbot, window, "akta lahir")  # another service: a referral of its own
    window.print_slip()
    save(qtbot, window.slips.slip_dialog, tmp_path / "akta.pdf")
    assert [r.channel for r in window.log.referrals()] == ["printed", "printed"]


def f2_and_save(window) -> None:
    """F2, and the referral dialog saved as it opened (exec() returns once it saved)."""

    def save_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReferralDialog)
        dialog.save_button.click()

    QTimer.singleShot(0, save_the_dialog)
    window.act_refer.trigger()


def test_printing_after_f2_logs_printed_in_place_of_read_out_once(qtbot, window, tmp_path):
    """The channel is what happened: read out (F2), then printed: the printed referral
    replaces the read-out one, and printing again logs nothing more."""
    search(qtbot, window, "ktp ilang")
    f2_and_save(window)
    [read] = window.log.referrals()
    assert read.channel == "read_out"
    window.print_slip()
    dialog = window.slips.slip_dialog
    assert dialog.before_output is not None and dialog.slip.code == ""
    save(qtbot, dialog, tmp_path / "slip.pdf")
    printed = [r for r in window.log.referrals() if r.channel == "printed"]
    assert len(printed) == 1 and printed[0].supersedes_uuid == read.uuid
    assert printed[0].need_text == read.need_text == "ktp ilang"
    assert dialog.slip.code == printed[0].code
    dialog.done(0)
    qtbot.waitUntil(lambda: window.slips.slip_dialog is None)
    window.print_slip()  # printed already: the same code, nothing logged
    assert window.slips.slip_dialog.before_output is None
    assert window.slips.slip_dialog.slip.code == printed[0].code
    save(qtbot, window.slips.slip_dialog, tmp_path / "again.pdf")
    assert len([r for r in window.log.referrals() if r.channel == "printed"]) == 1


def test_f3_then_ctrl_p_reprints_the_newest_and_f5_adds_its_outcome(qtbot, window, tmp_path):
    reader = window.reader
    made = []
    for service_id in [r.service.service_id for r in search(qtbot, window, "ktp ilang")[:3]]:
        contact = reader.contacts_for_services([service_id])[service_id][0]
        made.append(
            window.log.record_referral(
                reader=reader,
                service_id=service_id,
                contact_id=contact.contact_id,
                channel="read_out",
                need_text="ktp ilang",
            )
        )
    history = window.history.history
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        window.show_history()  # F3
    history.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the clerk sorted it
    window.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        window.act_history.trigger()  # F3 again
    assert history.selected_referral().uuid == made[-1].uuid
    window.activateWindow()
    qtbot.waitUntil(lambda: history.table.hasFocus())
    qtbot.keyClick(history.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.slips.slip_dialog is not None)  # the service read off
    assert window.slips.slip_dialog.slip.code == made[-1].code  # the UI thread first
    window.slips.slip_dialog.done(0)
    qtbot.waitUntil(lambda: window.slips.slip_dialog is None)
    window.act_history.trigger()
    window.activateWindow()
    qtbot.waitUntil(lambda: history.table.hasFocus())
    qtbot.keyClick(history.table, Qt.Key.Key_F5)  # no Tab needed
    assert history.outcome_dialog is not None
    assert history.outcome_dialog.referral.uuid == made[-1].uuid
    history.outcome_dialog.reject()
    assert len(window.log.referrals()) == 3


def test_browse_then_f2_refers_the_browsed_service_with_the_need_typed(qtbot, window):
    search(qtbot, window, "ktp ilang")
    searched = window.detail.result.service.service_id
    window.act_browse.trigger()  # F6
    assert window.detail.result is None  # Browse never acts on the last search's service
    window.act_refer.trigger()  # F2 with nothing chosen in Browse: nothing happens
    assert window.log.referrals() == []
    qtbot.waitUntil(lambda: window.browse.ready, timeout=10_000)
    tree = window.browse.tree
    group = window.browse.model.index(0, 0)
    tree.setCurrentIndex(window.browse.model.index(0, 0, group))
    browsed = window.browse.current_service()
    assert browsed and browsed != searched
    qtbot.waitUntil(
        lambda: window.detail.result is not None
        and window.detail.result.service.service_id == browsed
    )
    f2_and_save(window)
    [referral] = window.log.referrals()
    assert (referral.service_id, referral.need_text) == (browsed, "ktp ilang")
    assert (referral.found_via, referral.search_rank) == ("browse", 0)


def test_contact_on_behalf_logs_it_and_opens_the_slips_whatsapp_link(qtbot, window, opened):
    search(qtbot, window, "ktp ilang")
    result, contact = window.detail.result, window.detail.selected_contact()
    assert contact.whatsapp and window.detail.contact_button.isEnabled()
    window.act_contact.trigger()  # F7
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    # WhatsApp opens first (so its message has no code yet); the referral is logged after
    qtbot.waitUntil(lambda: len(window.log.referrals()) == 1, timeout=10_000)
    logged = window.log.referrals()
    assert [r.channel for r in logged] == ["contacted_on_behalf"]
    slip = window.slips.detail_slip(result, contact, "ktp ilang")
    assert opened == [slip.wa_url]
    assert slip.wa_url.startswith("https://wa.me/62")
    qtbot.waitUntil(lambda: "WhatsApp dibuka" in window.messages.currentMessage())

    window.detail.contact_button.click()  # again: opened again, not logged again
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert len(window.log.referrals()) == 1


def test_f7_without_whatsapp_logs_nothing(qtbot, window, monkeypatch):
    """The OS could not hand wa.me to anything: no "contacted on behalf" is logged."""
    tried = []

    def refuse(url):
        tried.append(url)
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(refuse))
    search(qtbot, window, "ktp ilang")
    window.act_contact.trigger()  # F7
    assert len(tried) == 1
    assert "tidak bisa dibuka" in window.messages.currentMessage()
    window.act_contact.trigger()  # F7
    assert len(tried) == 2
    assert window.log.referrals() == []


def test_two_citizens_in_a_row_without_a_mouse(qtbot, window):
    """F2 logs the first citizen's referral; after the dialog the search box has the
    focus with the old need selected, so the next citizen's typing replaces it."""
    search(qtbot, window, "ktp ilang")
    qtbot.keyClick(window.search.search_box, Qt.Key.Key_Return)  # into the details

    def save_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReferralDialog)
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)

    QTimer.singleShot(200, save_the_dialog)
    window.act_refer.trigger()  # F2 (exec returns once the dialog saved)
    assert [r.need_text for r in window.log.referrals()] == ["ktp ilang"]
    assert window.focusWidget() is window.search.search_box  # the window's focus, once active again
    assert window.search.search_box.selectedText() == "ktp ilang"
    qtbot.keyClicks(window.search.search_box, "akta lahir")
    assert window.search.search_box.text() == "akta lahir"  # replaced, not appended
    qtbot.waitUntil(lambda: window.search.model.query == "akta lahir", timeout=10_000)
    assert window.detail.answer.number_text()  # the next number is on screen


def test_contact_button_says_why_without_whatsapp(qtbot, window, opened):
    search(qtbot, window, "ktp ilang")
    result = window.detail.result
    phone_only = [
        dataclasses.replace(c, whatsapp="", phone=c.phone or "+62333424123")
        for c in result.contacts
    ]
    window.detail.show_result(dataclasses.replace(result, contacts=phone_only), True)
    button = window.detail.contact_button
    assert not button.isEnabled()
    assert "tidak punya nomor WhatsApp" in button.toolTip()
    assert button.accessibleName() == "Hubungi atas nama warga"
    window.slips.contact_on_behalf()
    assert opened == [] and window.log.referrals() == []
    assert "tidak punya nomor WhatsApp" in window.messages.currentMessage()


def test_history_prints_the_selected_referrals_slip_without_logging_again(qtbot, window, tmp_path):
    reader = window.reader
    services = [r.service.service_id for r in search(qtbot, window, "ktp ilang")[:2]]
    made = []
    for service_id in services:
        contact = reader.contacts_for_services([service_id])[service_id][0]
        made.append(
            window.log.record_referral(
                reader=reader,
                service_id=service_id,
                contact_id=contact.contact_id,
                channel="read_out",
                need_text="ktp ilang",
            )
        )
    history = window.history.history
    with qtbot.waitSignal(history.loaded, timeout=10_000):  # read when the tab is shown
        window.show_history()
    assert history.select_uuid(made[0].uuid)
    assert history.slip_button.isEnabled()
    assert history.slip_button.text() == "Cetak slip (Ctrl+P)"
    history.slip_button.click()
    qtbot.waitUntil(lambda: window.slips.slip_dialog is not None)  # the service read off
    dialog = window.slips.slip_dialog  # the UI thread first
    assert dialog.before_output is None
    assert dialog.slip.code == made[0].code
    assert dialog.slip.service_name == made[0].service_name
    assert dialog.slip.contact_name == made[0].contact_name
    save(qtbot, dialog, tmp_path / "history.pdf")
    dialog.done(0)
    qtbot.waitUntil(lambda: window.slips.slip_dialog is None)

    assert history.select_uuid(made[1].uuid)
    window.act_slip.trigger()  # Ctrl+P on the history tab: the selected referral
    qtbot.waitUntil(lambda: window.slips.slip_dialog is not None)
    assert window.slips.slip_dialog.slip.code == made[1].code
    assert len(window.log.referrals()) == 2


def test_the_citizen_chooses_the_slips_language_with_the_keyboard(qtbot, window, tmp_path):
    """Indonesian window: the slip is Indonesian unless Alt+B ("Bahasa slip") and Down
    pick English; the preview is drawn again and the PDF is English, its date too."""
    search(qtbot, window, "ktp ilang")
    window.act_slip.trigger()
    dialog = window.slips.slip_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    labels = {w.text(): w for w in dialog.findChildren(QLabel)}
    assert labels["&Bahasa slip:"].buddy() is dialog.language
    assert dialog.language.currentText() == "Bahasa Indonesia" and dialog.slip_language == "id"
    assert dialog.language.accessibleName() == "Bahasa slip"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Bahasa Indonesia",
        "English",
    ]

    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.language
    with qtbot.waitSignal(dialog.preview.paintRequested, timeout=5_000):
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.slip_language == "en" and dialog.slip.language == "en"

    english = tmp_path / "english.pdf"
    save(qtbot, dialog, english)  # logs the referral first: the slip gets its code
    assert dialog.slip.code and dialog.slip.language == "en"
    if shutil.which("pdftotext"):
        text = " ".join(pdf_text(english).split())
        moment = dialog.slip.moment
        assert f"{moment.day} {MONTHS_EN[moment.month - 1]} {moment.year}" in text
        assert f"Referral code: {dialog.slip.code}" in text
        assert "Contact:" in text and "Bring:" in text and "Emergency" in text
        assert "Kode rujukan" not in text and "Kontak:" not in text and "Darurat" not in text
    dialog.done(0)
    qtbot.waitUntil(lambda: window.slips.slip_dialog is None)

    window.print_slip()  # a new slip, a new citizen: Indonesian again
    dialog = window.slips.slip_dialog
    assert dialog.slip_language == "id" and dialog.language.currentText() == "Bahasa Indonesia"
    indonesian = tmp_path / "indonesian.pdf"
    save(qtbot, dialog, indonesian)
    if shutil.which("pdftotext"):
        text = " ".join(pdf_text(indonesian).split())
        moment = dialog.slip.moment
        assert f"{moment.day} {MONTHS_ID[moment.month - 1]} {moment.year}" in text
        assert "Kode rujukan" in text and "Referral code" not in text
