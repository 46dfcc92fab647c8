"""The main window, driven like a clerk drives it: type, arrow, Enter, Ctrl+1, Esc."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from melayani_core.directory.phones import display
from melayani_desk import settings as settings_mod
from melayani_desk.ui import i18n
from melayani_desk.ui.app import instance_key, listen, make_app, notify_running, set_font_size
from melayani_desk.ui.window.detail_pane import contact_number
from melayani_desk.ui.window.main_window import MainWindow

SIZE = (1366, 768)


@pytest.fixture
def desk(tmp_path, sample_dir):
    """A data folder with the sample directory, ours to write (referral log, settings)."""
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    return folder


def open_window(qtbot, folder, **changes):
    settings = settings_mod.load(folder)
    for key, value in changes.items():
        setattr(settings, key, value)
    make_app([], settings.validated())
    window = MainWindow(folder, settings)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.load_directory()
    qtbot.waitUntil(lambda: window.search.engine_ready, timeout=20_000)
    return window


@pytest.fixture
def window(qtbot, desk):
    font = QApplication.font()
    win = open_window(qtbot, desk)
    yield win
    win.shutdown()
    i18n.reset()
    QApplication.setFont(font)


def search(qtbot, window, text: str):
    window.search.search_box.clear()
    qtbot.keyClicks(window.search.search_box, text)
    qtbot.waitUntil(lambda: window.search.model.query == text, timeout=10_000)
    return [window.search.model.result(i) for i in range(window.search.model.rowCount())]


def test_opens_in_indonesian_with_focus_in_the_search_box(window):
    assert window.search.search_box.hasFocus()
    assert window.search.search_box.placeholderText() == "Ketik kebutuhan warga, mis. 'ktp hilang'"
    assert window.emergency.text() == "Darurat: 112 (Banyuwangi Respon, 24 jam, gratis)"
    assert window.sample_banner.isVisible()
    assert window.sample_banner.text().startswith("DATA CONTOH")


def test_the_window_waits_for_a_worker_s_gil_at_most_a_millisecond(window):
    # a layout's Python hooks each wait for the GIL a worker holds: 5 ms by Python's default
    import sys

    from melayani_desk.ui.app import UI_SWITCH_INTERVAL_S

    assert UI_SWITCH_INTERVAL_S <= 0.001
    assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL_S)


def test_typing_finds_the_ktp_service_and_shows_it(qtbot, window):
    results = search(qtbot, window, "ktp ilang")
    top = results[0]
    assert top.org.org_id == "dispendukcapil"
    assert "KTP" in top.service.name
    assert window.search.results_view.currentIndex().row() == 0
    assert window.detail.result is top
    line = window.search.model.index(0).data()
    assert top.service.name in line and (top.org.short_name or top.org.name) in line


def test_keyboard_moves_enters_copies_and_clears(qtbot, window):
    results = search(qtbot, window, "ktp ilang")
    qtbot.keyClick(window.search.search_box, Qt.Key.Key_Down)
    assert window.search.results_view.currentIndex().row() == 1
    assert window.detail.result is results[1]
    qtbot.keyClick(window.search.search_box, Qt.Key.Key_Up)
    assert window.detail.result is results[0]
    qtbot.keyClick(window.search.search_box, Qt.Key.Key_Return)
    assert window.detail.isAncestorOf(QApplication.focusWidget())

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    expected = display(contact_number(results[0].contacts[0]))
    assert QGuiApplication.clipboard().text() == expected
    assert expected.count("-") >= 1  # grouped for reading aloud
    assert window.messages.currentMessage() == f"Nomor disalin: {expected}"

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == display(contact_number(results[0].contacts[1]))
    assert window.detail.selected_contact() is results[0].contacts[1]

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.search.search_box.hasFocus()  # back, the old need selected: typing replaces it
    assert window.search.search_box.selectedText() == "ktp ilang"
    qtbot.keyClick(window.search.search_box, Qt.Key.Key_Escape)  # Esc again clears
    assert window.search.search_box.text() == ""
    assert window.search.search_box.hasFocus()
    assert window.search.model.rowCount() == 0


class _Layouts(QObject):
    """Counts the moves and resizes each widget inside ``box`` is given."""

    def __init__(self, box):
        super().__init__()
        self.box, self.counts = box, Counter()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.Move, QEvent.Type.Resize) and isinstance(obj, QWidget):
            if self.box.isAncestorOf(obj):
                self.counts[obj, kind] += 1
        return False


def test_another_service_lays_the_details_out_once_not_once_per_part(qtbot, window):
    """The details are filled while hidden and shown once: each part is moved or resized
    at most three times (the details shown, the answer card's new height above them, the
    numbers arranged), not once for every part shown, as when they were filled in place
    (up to eight times; issue 14: most of a keystroke's time when the best service
    changed went to laying the window out again and again)."""
    akta = search(qtbot, window, "akta lahir")[0]
    ktp = search(qtbot, window, "ktp ilang")[0]
    assert akta.service.service_id != ktp.service.service_id
    qtbot.wait(50)  # the layouts after the last answer are done
    layouts = _Layouts(window.detail.service_box)
    QApplication.instance().installEventFilter(layouts)
    try:
        window.detail.show_result(akta, window.sample)
    finally:
        QApplication.instance().removeEventFilter(layouts)
    assert layouts.counts and max(layouts.counts.values()) <= 3
    detail = window.detail
    assert detail.service_box.isVisible() and detail.title.text() == akta.service.name
    shown = [card for card in detail.cards if card.isVisible()]
    assert len(shown) == len(akta.contacts) and detail.answer.isVisible()


def test_rendering_the_details_again_keeps_the_focus_inside_them(qtbot, window):
    search(qtbot, window, "ktp ilang")
    qtbot.keyClick(window.search.search_box, Qt.Key.Key_Return)  # Enter: into the details
    focused = QApplication.focusWidget()
    assert window.detail.service_box.isAncestorOf(focused)
    window.detail.retranslate()  # the details rendered again (the language changed, say)
    assert QApplication.focusWidget() is focused


def test_marks_are_words_not_colours(qtbot, window):
    results = search(qtbot, window, "skck")
    outside = [i for i, r in enumerate(results) if r.outside_regency]
    assert outside
    assert window.search.model.index(outside[0]).data().endswith("[Bukan Pemkab]")
    window.search.results_view.setCurrentIndex(window.search.model.index(outside[0]))
    texts = [lab.text() for lab in window.detail.findChildren(QLabel)]
    note = "Ini bukan kewenangan Pemkab Banyuwangi; yang mengurus:"
    assert any(t.startswith(note) for t in texts)
    assert any(t.startswith("DATA CONTOH") for t in texts)  # next to the numbers

    results = search(qtbot, window, "kebakaran")
    assert results[0].kind == "emergency"
    assert window.search.model.index(0).data().startswith("[DARURAT]")


def test_no_results_says_what_to_do(qtbot, window):
    assert search(qtbot, window, "qqqxxzz") == []
    assert window.search.results_stack.currentWidget() is window.search.results_message
    assert "Tidak ada layanan" in window.search.results_message.text()
    assert "F6" in window.search.results_message.text()


def test_browse_by_category_and_agency(qtbot, window):
    window.show_browse()
    model, tree = window.browse.model, window.browse.tree
    qtbot.waitUntil(lambda: window.browse.ready, timeout=10_000)  # read on the read worker
    assert model.rowCount() > 3
    categories = {s.category for s in window.reader.services() if s.category}
    groups = {model.index(r, 0).data().rsplit(" (", 1)[0] for r in range(model.rowCount())}
    assert categories <= groups
    first = model.index(0, 0)
    service_id = model.index(0, 0, first).data(Qt.ItemDataRole.UserRole + 2)
    tree.setCurrentIndex(model.index(0, 0, first))
    qtbot.waitUntil(lambda: window.detail.result is not None
                    and window.detail.result.service.service_id == service_id)
    window.browse.by_agency.click()
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert any("Dispendukcapil" in n for n in names)


def test_banner_goes_after_a_real_import(qtbot, window):
    from melayani_core.directory.formats import read_any
    from melayani_core.directory.model import DirectorySettings
    from melayani_desk.directory.local import install, sample_folder

    # Alembic's migration context is process-global: let the log's migration finish first
    qtbot.waitUntil(lambda: window.log is not None, timeout=20_000)
    directory, _ = read_any(sample_folder())
    directory.settings = DirectorySettings()  # real data
    directory.source = "resmi.xlsx"
    install(window.data_dir, directory)  # what an import does
    window.check_directory()
    qtbot.waitUntil(lambda: window.search.engine_ready and not window.sample, timeout=20_000)
    assert not window.sample_banner.isVisible()
    assert "resmi.xlsx" in window.status.source_label.accessibleName()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, window):
    search(qtbot, window, "akta lahir")
    qtmodeltester.check(window.search.model)
    window.show_browse()
    qtbot.waitUntil(lambda: window.browse.ready, timeout=10_000)
    qtmodeltester.check(window.browse.model)


def unclipped(window):
    """Visible texts that do not fit their widget (labels without word wrap, buttons)."""
    bad = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            continue
        width = label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
        if width > label.contentsRect().width():
            bad.append((label.text(), width, label.contentsRect().width()))
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width():
            bad.append((button.text(), button.sizeHint().width(), button.width()))
    return bad


@pytest.mark.parametrize("points", [settings_mod.Settings().font_size, settings_mod.FONT_SIZES[-1]])
def test_nothing_is_clipped_at_1366x768(qtbot, window, points):
    set_font_size(points)
    window.apply_fonts()
    window.resize(*SIZE)
    search(qtbot, window, "ktp ilang")
    qtbot.waitUntil(lambda: unclipped(window) == [], timeout=3_000)  # once laid out
    number = window.detail.number_labels[0]
    assert number.font().pointSizeF() >= 1.7 * points
    window.show_browse()  # Browse shows its own hint until a service is chosen there
    qtbot.waitUntil(lambda: unclipped(window) == [], timeout=3_000)


def test_largest_font_keeps_actions_to_two_rows(qtbot, window):
    """At 24 pt the four actions, under the answer at full width, keep to one row with
    short labels (at most two rows), so the details keep their room; the full meaning
    stays in the accessible names."""
    detail = window.detail
    set_font_size(settings_mod.FONT_SIZES[-1])
    window.apply_fonts()
    window.resize(*SIZE)
    search(qtbot, window, "ktp ilang")

    def rows() -> int:
        return len({b.geometry().top() for b in detail.action_buttons})

    # the layout settles over a few event-loop turns after the font and the result change
    qtbot.waitUntil(lambda: detail.refer_button.text() == "Catat (F2)", timeout=5_000)
    assert rows() <= 2
    assert detail.refer_button.text() == "Catat (F2)"
    assert detail.refer_button.accessibleName() == "Catat rujukan"
    set_font_size(settings_mod.Settings().font_size)
    window.apply_fonts()
    qtbot.waitUntil(lambda: detail.refer_button.text() == "Catat rujukan (F2)", timeout=5_000)


def test_settings_apply_live(qtbot, window):
    new = settings_mod.load(window.data_dir)
    new.language, new.font_size = "en", 16
    window.apply_settings(new)
    english = "Type the citizen's need, e.g. 'ktp hilang'"
    qtbot.waitUntil(lambda: window.search.search_box.placeholderText() == english)
    assert QApplication.font().pointSize() == 16
    assert window.search.search_box.font().pointSizeF() > 16
    assert settings_mod.load(window.data_dir).language == "en"


def test_english_setting_shows_english(qtbot, desk):
    font = QApplication.font()
    window = open_window(qtbot, desk, language="en")
    try:
        assert window.windowTitle() == "Melayani Desk — Banyuwangi service directory"
        assert window.emergency.text() == "Emergency: 112 (Banyuwangi Respon, 24 hours, free)"
        results = search(qtbot, window, "skck")
        model = window.search.model
        assert any("[Not regency]" in model.index(i).data() for i in range(len(results)))
    finally:
        window.shutdown()
        i18n.reset()
        QApplication.setFont(font)


def test_single_instance_handshake(qtbot, tmp_path):
    key = instance_key(tmp_path)
    assert key == instance_key(tmp_path / "." )
    assert key != instance_key(tmp_path / "other")
    assert notify_running(key, 200) is False
    raised = []
    server = listen(key, lambda: raised.append(True))
    assert server is not None
    try:
        assert notify_running(key) is True
        qtbot.waitUntil(lambda: raised == [True], timeout=5000)
    finally:
        server.close()
    assert notify_running(key, 200) is False


def test_a_referral_found_by_browsing_teaches_the_window_at_once(qtbot, window):
    """Learning from use (issue #10): the need typed, the service found in Browse, the
    referral logged: the same need then finds that service first, in this window."""
    qtbot.waitUntil(lambda: window.log is not None, timeout=20_000)
    need, taught = "sanggar angklung", "disbudpar-event"
    results = search(qtbot, window, need)
    assert not results or results[0].service.service_id != taught
    window.show_browse()
    window._browse_selected(taught)
    qtbot.waitUntil(lambda: window.detail.result is not None
                    and window.detail.result.service.service_id == taught)  # fmt: skip
    assert window.found_how(window.detail.result) == ("browse", 0)
    target = window.slips._chosen()
    assert target is not None and target[4] == need  # the need typed before browsing
    logged = []
    window.slips._record(target, "read_out", logged.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(logged), timeout=10_000)
    assert (logged[0].found_via, logged[0].search_rank) == ("browse", 0)
    window.tabs.setCurrentIndex(0)
    search(qtbot, window, "")
    assert search(qtbot, window, need)[0].service.service_id == taught


def test_enter_on_a_need_that_found_nothing_is_noted_once(qtbot, window):
    qtbot.waitUntil(lambda: window.log is not None, timeout=20_000)
    assert search(qtbot, window, "qqqxxzz") == []
    qtbot.keyClick(window.search.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(window.search.search_box, Qt.Key.Key_Return)  # the same need again: once
    qtbot.waitUntil(lambda: window.log.pending_by_type()["unmet_need"] == 1, timeout=10_000)
    [item] = [i for i in window.log.pending() if i.item_type == "unmet_need"]
    assert item.payload["need_text"] == "qqqxxzz"


def test_browse_reads_off_the_ui_thread_and_the_window_stays_responsive(
    qtbot, window, monkeypatch
):
    """The first Browse: the read runs on the read worker (held here until released) while
    the UI thread keeps handling events; the tree fills when the answer comes."""
    import threading

    from PySide6.QtCore import QTimer

    from melayani_desk.ui.window import browse as browse_mod

    gate, threads = threading.Event(), []
    real = browse_mod.read_browse

    def held(path, uncategorized):
        threads.append(threading.current_thread())
        assert gate.wait(10)
        return real(path, uncategorized)

    monkeypatch.setattr(browse_mod, "read_browse", held)
    window.show_browse()  # returns at once: nothing read on the UI thread
    assert window.browse.loaded and not window.browse.ready
    assert window.browse.model.rowCount() == 0 and window.browse.status.isVisible()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    # events flow meanwhile
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(threads), timeout=5_000)
    assert not window.browse.ready
    timer.stop()
    with qtbot.waitSignal(window.browse.filled, timeout=10_000) as filled:
        gate.set()
    assert threads[0] is not threading.main_thread()
    assert filled.args[0] == len(window.reader.services())
    assert window.browse.model.rowCount() > 3 and not window.browse.status.isVisible()


def test_the_directory_opens_after_the_first_frame(qtbot, desk):
    # ui/app.py: the engine's build on the worker would otherwise hold the GIL in turns with
    # the first layout's Python hooks (the "open" stall of bench/ui_stall.py)
    font = QApplication.font()
    settings = settings_mod.load(desk)
    make_app([], settings.validated())
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    try:
        window.load_directory_when_painted()
        assert not window.search.engine_ready and not window._painted
        window.show()
        qtbot.waitUntil(lambda: window._painted, timeout=10_000)
        qtbot.waitUntil(lambda: window.search.engine_ready, timeout=20_000)
        window.load_directory_when_painted()  # painted already: it opens again at once
        qtbot.waitUntil(lambda: window.search.engine_ready, timeout=20_000)
    finally:
        window.shutdown()
        i18n.reset()  # as the window fixture: the next tests expect no translator
        QApplication.setFont(font)
