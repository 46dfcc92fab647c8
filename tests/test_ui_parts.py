"""The main window's components, each built and driven alone (no MainWindow)."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from test_ui_dialogs import desk  # noqa: F401 - the fixture: a tiny directory and a log
from test_ui_slips import opened  # noqa: F401 - the fixture: openUrl recorded

from melayani_desk.settings import Settings
from melayani_desk.ui.window.desk_session import DeskSession
from melayani_desk.ui.window.desk_setup_entry import DeskSetupEntry
from melayani_desk.ui.window.detail_pane import DetailPane
from melayani_desk.ui.window.history_tab import HistoryTab
from melayani_desk.ui.window.hub_status import HubStatus
from melayani_desk.ui.window.search_panel import SearchPanel
from melayani_desk.ui.window.slip_control import SlipController


def test_slip_controller_alone_logs_f7_once_and_says_so(qtbot, desk, opened):  # noqa: F811
    host = QWidget()
    qtbot.addWidget(host)
    detail = DetailPane(host)
    settings = Settings(desk_name="Desa Kemiren", kecamatan="Glagah")
    slips = SlipController(host, detail, desk.data_dir, settings, lambda: "ktp ilang",
                           lambda _result: ("search", 1))  # fmt: skip
    said, logged = [], []
    slips.message.connect(said.append)
    slips.referral_logged.connect(logged.append)

    slips.contact_on_behalf()  # nothing shown yet: told what to do, nothing logged
    assert said[-1] == "Choose a service with a contact first." and not opened
    detail.show_result(desk.result, False)
    slips.contact_on_behalf()  # no log yet: told to wait
    assert "still opening" in said[-1] and not opened

    slips.set_sources(desk.log, desk.reader, settings)
    wa = next(i for i, c in enumerate(detail.contacts()) if c.whatsapp)
    detail.contact_radios[wa].setChecked(True)  # the contact with WhatsApp
    slips.contact_on_behalf()
    qtbot.waitUntil(lambda: bool(logged), timeout=10_000)
    assert len(opened) == 1 and "wa.me" in opened[0]
    referral = logged[0]
    assert (referral.channel, referral.need_text, referral.search_rank) == (
        "contacted_on_behalf", "ktp ilang", 1)  # fmt: skip
    slips.contact_on_behalf()  # the same detail view: WhatsApp again, not logged again
    assert len(opened) == 2 and len(logged) == 1
    assert "already logged" in said[-1]
    assert slips.desk_area() == "Glagah"


def test_hub_status_alone_says_the_state_in_words_and_syncs_on_f9(qtbot, desk):  # noqa: F811
    from test_ui_sync import FakeRunner, status

    host = QWidget()
    qtbot.addWidget(host)
    runner = FakeRunner(desk.data_dir, status(directory_version=3, directory_age_days=0))
    hub = HubStatus(host, desk.data_dir, Settings(), lambda _d: runner)
    said, quarantine = [], []
    hub.message.connect(said.append)
    hub.quarantine_requested.connect(lambda: quarantine.append(True))

    hub.sync_now()  # no log yet: told to wait, nothing runs
    assert "still opening" in said[-1] and not runner.calls
    hub.set_sources(desk.log, desk.reader, Settings())
    hub.start()  # the host is not shown yet: no sync
    assert hub.sync is None
    host.show()
    hub.start()
    qtbot.waitUntil(lambda: hub.sync_status is not None, timeout=20_000)
    hub.update_texts()
    texts = hub.texts()
    assert "Referrals not yet sent: 0" in texts and "Directory v3, today" in texts
    assert any(t.startswith("Directory: ") for t in texts)
    qtbot.waitUntil(lambda: not hub.sync.busy)
    hub.sync_now()  # F9: a forced pass
    assert said[-1] == "Syncing with the hub…"
    qtbot.waitUntil(lambda: runner.calls[-1:] == [True] and not hub.sync.busy)
    hub.quarantine_button.click()
    assert quarantine == [True]
    hub.stop()
    hub.start()  # stopped for good: the closed window never syncs again
    assert hub.sync is None


def test_search_panel_alone_searches_and_says_what_to_do(qtbot, desk):  # noqa: F811
    panel = SearchPanel()
    qtbot.addWidget(panel.results_stack)
    qtbot.addWidget(panel.search_box)
    chosen, notes, unmet, titles = [], [], [], []
    panel.result_chosen.connect(chosen.append)
    panel.note.connect(notes.append)
    panel.unmet.connect(unmet.append)
    panel.title_changed.connect(titles.append)
    panel.retranslate()
    assert panel.results_message.text() == panel.hint()
    with qtbot.waitSignal(panel.ready, timeout=20_000):
        panel.load(desk.data_dir, "")
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as shown:
        panel.search_box.setText("ktp hilang")
    assert shown.args[1] >= 1 and titles[-1] == f"Results ({shown.args[1]})"
    assert chosen[-1].service.service_id == "ktp-hilang"
    assert panel.rank_of(chosen[-1]) == 1 and panel.current_result() is chosen[-1]
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.search_box.setText("zzqx")
    assert notes[-1] == panel.no_results() and "zzqx" in notes[-1]
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)  # nothing found: noted once
    assert unmet == ["zzqx"]
    panel.search_box.clear()
    assert notes[-1] == panel.hint() and titles[-1] == "Results"
    panel.stop()
    assert panel.client is None


def test_desk_setup_entry_alone_offers_first_run_and_opens_import(qtbot, desk):  # noqa: F811
    host = QWidget()
    qtbot.addWidget(host)
    entry = DeskSetupEntry(host, desk.data_dir, first_run=True)
    done = []
    entry.done.connect(lambda: done.append(True))
    entry.offer_first_run(Settings(), desk.log)  # no settings file, not enrolled: offered
    qtbot.waitUntil(lambda: entry.first_run_dialog is not None, timeout=10_000)
    entry.first_run_dialog.reject()
    qtbot.waitUntil(lambda: done == [True])
    entry.open_import()
    first = entry.dialog
    assert first is not None and first.isVisible()
    first.reject()
    qtbot.waitUntil(lambda: done == [True, True])
    later = DeskSetupEntry(host, desk.data_dir, first_run=True)
    later.close()  # the window closed: a late answer opens nothing
    later.offer_first_run(Settings(), desk.log)
    assert later.first_run_dialog is None


def test_desk_session_alone_opens_the_log_learns_and_notes_unmet_once(qtbot, data_dir):
    from test_ui_dialogs import tiny_directory

    from melayani_desk.directory.local import install, open_reader
    from melayani_desk.referrals.log import ReferralLog

    install(data_dir, tiny_directory())
    probe = open_reader(data_dir)
    path = probe.path
    probe.close()
    session = DeskSession(data_dir)
    taught, unmet = [], []
    session.taught.connect(taught.append)
    session.unmet_recorded.connect(lambda: unmet.append(True))
    session.note_unmet("kursus menjahit")  # no log yet: nothing noted
    assert session.open_reader(path).is_sample is False
    with qtbot.waitSignal(session.log_opened, timeout=10_000) as got:
        session.open_log()
    assert got.args[0] is session.log and session.lessons == []
    session.note_unmet("kursus menjahit")
    session.note_unmet("kursus menjahit")  # the same need again: once
    qtbot.waitUntil(lambda: unmet == [True])
    referral = SimpleNamespace(need_text="kursus", service_id="ktp-hilang",
                               found_via="browse", search_rank=0)  # fmt: skip
    session.learn_from(referral)
    assert taught == [[("kursus", "ktp-hilang")]]
    assert session.lessons[-1] == ("kursus", "ktp-hilang")
    session.close()
    assert session.log is None and session.reader is None
    log = ReferralLog(data_dir)
    assert log.pending_by_type()["unmet_need"] == 1
    log.close()


def test_history_tab_alone_waits_for_the_log_then_shows_it(qtbot, desk):  # noqa: F811
    tab = HistoryTab()
    qtbot.addWidget(tab)
    tab.retranslate()
    assert tab.placeholder.text() == "Opening the referral log…"
    assert tab.selected_referral() is None
    tab.refresh()  # nothing to refresh yet: no error
    tab.log_failed("disk penuh")
    assert "disk penuh" in tab.placeholder.text()
    tab.set_log(desk.log)
    first = tab.history
    assert first is not None and tab.placeholder.isHidden()
    tab.retranslate()  # the widget sets its texts once: built anew
    assert tab.history is not first


def test_set_shown_changes_only_what_differs_and_keeps_a_hidden_child_hidden(qtbot):
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from melayani_desk.ui.widgets.visibility import set_shown

    parent = QWidget()
    qtbot.addWidget(parent)
    kept, dropped = QLabel("tetap", parent), QLabel("disembunyikan", parent)
    QVBoxLayout(parent).addWidget(kept)
    parent.layout().addWidget(dropped)
    set_shown(dropped, False)  # before the parent is shown: it must stay hidden then
    set_shown(kept, True)
    parent.show()
    assert kept.isVisible() and not dropped.isVisible()
    shows: list[bool] = []
    dropped.setVisible = lambda on: shows.append(on)  # what set_shown asks of Qt from here
    set_shown(dropped, False)
    assert shows == []  # already hidden: no call, no relayout
    set_shown(dropped, True)
    assert shows == [True]


def test_detail_pane_keeps_the_focus_inside_it_when_it_shows_another_service(qtbot, desk):  # noqa: F811
    pane = DetailPane()
    qtbot.addWidget(pane)
    with qtbot.waitActive(pane):
        pane.show()
        pane.activateWindow()
    pane.show_result(desk.result, False)
    pane.focus_first()
    radio = pane.contact_radios[0]
    qtbot.waitUntil(radio.hasFocus)
    service = dataclasses.replace(desk.result.service, service_id="lain", name="Layanan lain")
    other = dataclasses.replace(desk.result, service=service, contacts=desk.result.contacts[:1])
    pane.show_result(other, False)  # filled while the clerk is in the pane: nothing hidden
    assert pane.service_box.isVisible() and radio.hasFocus()
    assert pane.title.text() == other.service.name
