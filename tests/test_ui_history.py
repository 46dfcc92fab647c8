"""The referral history: its model, its filters, and adding an outcome from it."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

import melayani_desk.referrals.log as log_module
from melayani_core.directory.model import Contact, Directory, Organization, Service
from melayani_core.referrals.model import Referral
from melayani_desk.directory.local import install, open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.ui.models.history_model import (
    ReferralFilterProxy,
    ReferralTableModel,
    short_time,
)
from melayani_desk.ui.window.history import HistoryWidget
from melayani_desk.ui.workers.tasks import wait_for_tasks

COLUMN = {name: i for i, name in enumerate(ReferralTableModel.COLUMNS)}


def two_agencies() -> Directory:
    return Directory(
        organizations=[
            Organization("capil", "Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil"),
            Organization("dinsos", "Dinas Sosial, PP dan KB", "Dinsos PPKB"),
        ],
        services=[
            Service("ktp", "capil", "Penggantian KTP-el hilang", keywords=["ktp"]),
            Service("pkh", "dinsos", "Pendaftaran PKH", keywords=["pkh"]),
        ],
        contacts=[
            Contact("c1", "capil", "Rina", "Staf teknis", whatsapp="+6281234567890",
                    service_ids=["ktp"]),
            Contact("c2", "dinsos", "Budi", "Pendamping PKH", phone="+62333424123",
                    service_ids=["pkh"]),
        ],
    )  # fmt: skip


@pytest.fixture
def desk(data_dir):
    install(data_dir, two_agencies())
    reader = open_reader(data_dir)
    log = ReferralLog(data_dir)
    yield reader, log
    wait_for_tasks()
    log.close()
    reader.close()


def refer(desk, service_id, contact_id, channel="read_out", need="butuh bantuan"):
    reader, log = desk
    return log.record_referral(
        reader=reader, service_id=service_id, contact_id=contact_id, channel=channel,
        need_text=need,
    )  # fmt: skip


def history(qtbot, log) -> HistoryWidget:
    """The widget shown, once its first read (on the read worker) is on screen."""
    widget = HistoryWidget(log)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000), qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def cell(widget: HistoryWidget, row: int, column: str) -> str:
    return widget.proxy.index(row, COLUMN[column]).data()


def test_model_passes_the_model_tester(qtmodeltester, desk):
    refer(desk, "ktp", "c1", "whatsapp_link", "ktp ilang")
    referral = refer(desk, "pkh", "c2", "printed", "daftar pkh")
    desk[1].record_outcome(referral.uuid, "resolved", "sudah cair")
    model = ReferralTableModel()
    model.set_rows(desk[1].referrals())
    qtmodeltester.check(model, force_py=True)
    proxy = ReferralFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(channel="printed")
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 1


def test_history_shows_a_saved_referral_in_words(qtbot, desk):
    saved = refer(desk, "ktp", "c1", "whatsapp_link", "ktp ilang")
    widget = history(qtbot, desk[1])
    assert widget.proxy.rowCount() == 1
    assert cell(widget, 0, "time") == short_time(saved.created_at)
    assert cell(widget, 0, "time")[2] == "/" and len(cell(widget, 0, "time")) == 11
    assert cell(widget, 0, "need") == "ktp ilang"
    assert cell(widget, 0, "agency") == "Dispendukcapil"
    assert cell(widget, 0, "contact") == "Rina"
    tip = widget.proxy.index(0, COLUMN["contact"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Staf teknis\n0812-3456-7890"
    assert cell(widget, 0, "channel") == "WhatsApp link"
    assert cell(widget, 0, "outcome") == "\u2014"
    assert cell(widget, 0, "sync") == "Waiting"
    assert widget.outcome_button.isEnabled()


def test_adding_an_outcome_shows_in_the_outcome_column_only(qtbot, desk):
    saved = refer(desk, "ktp", "c1")
    widget = history(qtbot, desk[1])
    before = [cell(widget, 0, c) for c in ReferralTableModel.COLUMNS]
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_F5)
    dialog = widget.outcome_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.select("resolved")
    qtbot.keyClicks(dialog.note_edit, "KTP sudah jadi")
    with qtbot.waitSignal(widget.loaded, timeout=10_000):  # the accepted outcome re-reads
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert cell(widget, 0, "outcome") == "Resolved"
    after = [cell(widget, 0, c) for c in ReferralTableModel.COLUMNS]
    assert [b for b, a in zip(before, after, strict=True) if b != a] == ["\u2014"]
    [row] = desk[1].referrals()
    assert all(getattr(row, f.name) == getattr(saved, f.name) for f in fields(Referral))
    assert [(o.outcome, o.note) for o in desk[1].outcomes(saved.uuid)] == [
        ("resolved", "KTP sudah jadi")
    ]


def test_enter_on_a_row_opens_the_outcome_dialog_with_the_usual_next_outcome(qtbot, desk):
    """Enter, Enter: "responded" recorded; the next time the usual step is "resolved"."""
    saved = refer(desk, "ktp", "c1")
    widget = history(qtbot, desk[1])
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    dialog = widget.outcome_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.outcome() == "responded" and dialog.focusWidget().property("outcome")
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert [o.outcome for o in desk[1].outcomes(saved.uuid)] == ["responded"]
    qtbot.waitUntil(lambda: widget.outcome_dialog is None)
    widget.activateWindow()  # offscreen gives the activation back to no one
    qtbot.waitUntil(lambda: widget.table.hasFocus())
    qtbot.keyClick(widget.table, Qt.Key.Key_F5)
    assert widget.outcome_dialog.outcome() == "resolved"
    qtbot.keyClick(widget.outcome_dialog.focusWidget(), Qt.Key.Key_Escape)
    wait_for_tasks()
    assert [o.outcome for o in desk[1].outcomes(saved.uuid)] == ["responded"]


def test_filters_reduce_rows(qtbot, desk, monkeypatch):
    first = refer(desk, "ktp", "c1", "read_out")
    refer(desk, "pkh", "c2", "printed")
    refer(desk, "pkh", "c2", "read_out")
    desk[1].mark([first.uuid], "sent")
    long_ago = (datetime.now(UTC) - timedelta(days=12)).isoformat(timespec="seconds")
    monkeypatch.setattr(log_module, "_now", lambda: long_ago)
    refer(desk, "ktp", "c1", "whatsapp_link", "lama")
    monkeypatch.undo()

    widget = history(qtbot, desk[1])
    assert widget.proxy.rowCount() == 3  # today
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.period.setCurrentIndex(2)  # 30 days
    assert widget.proxy.rowCount() == 4
    assert "lama" in [cell(widget, r, "need") for r in range(4)]
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.period.setCurrentIndex(0)

    agencies = [widget.agency.itemText(i) for i in range(widget.agency.count())]
    assert agencies == ["All", "Dinsos PPKB", "Dispendukcapil"]
    widget.agency.setCurrentIndex(1)
    assert widget.proxy.rowCount() == 2
    widget.channel.setCurrentIndex(widget.channel.findData("printed"))
    assert widget.proxy.rowCount() == 1
    assert "1 of 3" in widget.status.text()
    widget.agency.setCurrentIndex(0)
    widget.channel.setCurrentIndex(0)
    widget.sync.setCurrentIndex(widget.sync.findData("sent"))
    assert widget.proxy.rowCount() == 1 and cell(widget, 0, "sync") == "Sent"
    widget.sync.setCurrentIndex(widget.sync.findData("quarantined"))
    assert widget.proxy.rowCount() == 0
    assert not widget.outcome_button.isEnabled()


def test_empty_history_says_so(qtbot, desk):
    widget = history(qtbot, desk[1])
    assert widget.proxy.rowCount() == 0
    assert widget.status.text() == "No referrals in this period."
    assert not widget.outcome_button.isEnabled()


def counting_reads(monkeypatch, log) -> list[str]:
    """The log's reads, each noted with the thread's name it ran on."""
    import threading

    real, threads = log.referrals, []

    def referrals(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(log, "referrals", referrals)
    return threads


def test_hidden_history_is_not_read_until_its_tab_is_shown(qtbot, desk, monkeypatch):
    import threading

    from PySide6.QtWidgets import QLabel, QTabWidget

    threads = counting_reads(monkeypatch, desk[1])
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("hasil"), "hasil")
    widget = HistoryWidget(desk[1])
    tabs.addTab(widget, "riwayat")
    with qtbot.waitActive(tabs):
        tabs.show()
        tabs.activateWindow()
    refer(desk, "ktp", "c1")
    for _ in range(3):  # what a save, a print and F7 do while the results tab is shown
        widget.refresh()
    wait_for_tasks()
    assert threads == [] and widget.dirty and widget.model.rowCount() == 0
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        tabs.setCurrentIndex(1)
    assert widget.proxy.rowCount() == 1 and not widget.dirty
    assert len(threads) == 1 and threads[0] != threading.main_thread().name
    tabs.setCurrentIndex(0)  # hidden again: a new referral only marks it out of date
    refer(desk, "pkh", "c2")
    widget.refresh()
    wait_for_tasks()
    assert len(threads) == 1 and widget.dirty and widget.proxy.rowCount() == 1
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        tabs.setCurrentIndex(1)
    assert widget.proxy.rowCount() == 2 and len(threads) == 2


def test_an_overtaken_history_read_is_dropped(qtbot, desk, monkeypatch):
    """Period 30 days, then at once back to today: only today's rows ever reach the table."""
    from melayani_desk.ui.workers.tasks import reads_dropped

    refer(desk, "ktp", "c1")
    long_ago = (datetime.now(UTC) - timedelta(days=12)).isoformat(timespec="seconds")
    monkeypatch.setattr(log_module, "_now", lambda: long_ago)
    refer(desk, "pkh", "c2", need="lama")
    monkeypatch.undo()
    widget = history(qtbot, desk[1])
    assert widget.proxy.rowCount() == 1
    seen: list[int] = []
    widget.loaded.connect(seen.append)
    dropped = reads_dropped()
    widget.period.setCurrentIndex(2)  # 30 days: two rows ...
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.period.setCurrentIndex(0)  # ... overtaken by today: one row
    assert seen == [1]  # the 30-day answer came first (one worker, in order) and was dropped
    assert reads_dropped() == dropped + 1
    assert [cell(widget, 0, "need")] == ["butuh bantuan"]


def test_columns_are_sized_without_measuring_every_row(qtbot, desk, monkeypatch):
    """2,000 rows: the columns come from the header and a sample of rows; Qt's per-row
    measuring (sizeHintForColumn, resizeColumnsToContents) is never asked."""
    from PySide6.QtWidgets import QTableView

    refer(desk, "ktp", "c1", need="x" * 30)
    widget = history(qtbot, desk[1])
    measured: list[int] = []
    monkeypatch.setattr(QTableView, "sizeHintForColumn", lambda self, c: measured.append(c) or 0)
    monkeypatch.setattr(QTableView, "resizeColumnsToContents", lambda self: measured.append(-1))
    widget._rows_read(widget.model.rows() * 2000)
    widget.resize(widget.width() + 50, widget.height())
    qtbot.waitUntil(lambda: widget.table.viewport().width() > 0)
    assert measured == [] and widget.proxy.rowCount() == 2000
    header = widget.table.horizontalHeader()
    for name in ("time", "sync"):  # never cut short
        column = COLUMN[name]
        text = widget.proxy.index(0, column).data()
        assert widget.table.columnWidth(column) >= widget.table.fontMetrics().horizontalAdvance(
            text
        )
        assert widget.table.columnWidth(column) >= header.sectionSizeHint(column)
