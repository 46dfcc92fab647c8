"""SP4N-LAPOR! (issue 13): a referral or an outcome carries the tracking id; it shows in the
history, on the slip, in ``melayani-desk referrals`` and on the hub; when no office in the
directory meets a need the window offers the LAPOR! route (and 112 for emergencies only)."""

from __future__ import annotations

import shutil

import httpx
import pytest
from hub_fixtures import fresh_hub_fixture  # noqa: F401
from PySide6.QtCore import Qt
from test_referral_codes import enroll_desk, new_folder, refer
from test_ui_history import cell, desk, history  # noqa: F401
from test_ui_history import refer as refer_in

from melayani_core.referrals.model import ReferralError
from melayani_core.search.engine import Answer, Route
from melayani_core.search.present import offer
from melayani_desk.cli import main as desk_main
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.referrals.slip import slip_for_referral
from melayani_desk.sync.runner import SyncRunner
from melayani_desk.ui.dialogs.slip_render import PAPERS, header_html
from melayani_desk.ui.workers.tasks import wait_for_tasks

ADMIN = {"Authorization": "Bearer rahasia-admin"}


def test_the_tracking_id_is_checked_loosely(desk):  # noqa: F811
    reader, log = desk
    kw = {"reader": reader, "service_id": "ktp", "contact_id": "c1", "channel": "read_out"}
    assert log.record_referral(lapor_id=" #5123456 ", **kw).lapor_id == "#5123456"
    for wrong in ("ada spasi 123", "tanpa-angka", "#" + "1" * 40):
        with pytest.raises(ReferralError) as refused:
            log.record_referral(lapor_id=wrong, **kw)
        assert refused.value.field == "lapor_id" and "LAPOR!" in refused.value.message
    first = log.referrals()[0]
    with pytest.raises(ReferralError):
        log.record_outcome(first.uuid, "responded", lapor_id="bukan nomor")
    assert len(log.referrals()) == 1 and log.outcomes(first.uuid) == []  # nothing half-saved


def test_history_shows_code_and_the_lapor_id_given_with_an_outcome(qtbot, desk):  # noqa: F811
    saved = refer_in(desk, "ktp", "c1")
    widget = history(qtbot, desk[1])
    lapor = widget.model.COLUMNS.index("lapor")
    assert cell(widget, 0, "code") == saved.code
    assert widget.table.isColumnHidden(lapor)  # no referral has one yet
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_F5)
    dialog = widget.outcome_dialog
    dialog.select("unreachable")
    qtbot.keyClicks(dialog.lapor_edit, "ada spasi")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "LAPOR!" in dialog.error.text()  # said, nothing lost
    assert dialog.lapor_edit.text() == "ada spasi"
    dialog.lapor_edit.setText("#5123456")
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert cell(widget, 0, "lapor") == "#5123456" and not widget.table.isColumnHidden(lapor)
    [view] = desk[1].referrals()
    assert view.lapor == "#5123456" and view.lapor_id is None  # the referral is unchanged
    assert desk[1].outcomes(view.uuid)[0].lapor_id == "#5123456"

    slip = slip_for_referral(view, service=None, org=None, desk_name="Meja", desk_area="Giri")
    html = header_html(slip, PAPERS["a6"])
    assert "#5123456" in html and "Tiket&nbsp;SP4N-LAPOR!" in html
    assert view.code in html


def test_cli_lists_codes_and_lapor_ids_and_adds_an_outcome_by_code(
    tmp_path, sample_dir, capsys
):
    folder = new_folder(tmp_path, sample_dir, "cli")
    made = refer(folder, lapor_id="#7654321")
    assert desk_main(["--data-dir", str(folder), "referrals"]) == 0
    out = capsys.readouterr().out
    assert made.code in out and "LAPOR! #7654321" in out
    args = ["--data-dir", str(folder), "outcome", made.code.lower(), "responded"]
    assert desk_main([*args, "--lapor", "#7654322"]) == 0
    assert f"rujukan {made.code}" in capsys.readouterr().out
    assert desk_main([*args, "--lapor", "salah sekali"]) != 0
    assert "Nomor tiket LAPOR!" in capsys.readouterr().err


def test_the_hub_keeps_shows_and_reports_lapor_ids(fresh_hub, tmp_path, sample_dir, capsys):
    hub = fresh_hub
    folder = new_folder(tmp_path, sample_dir, "hubdesk")
    enroll_desk(hub, tmp_path, folder, "Meja Lapor")
    carried = refer(folder, lapor_id="#1111111")
    later = refer(folder)
    log = ReferralLog(folder)
    log.record_outcome(later.uuid, "unreachable", lapor_id="#2222222")
    log.close()
    assert SyncRunner(folder).run_once().ok
    for made, ticket in ((carried, "#1111111"), (later, "#2222222")):
        r = httpx.get(hub.api(f"/admin/referrals/{made.code}"), headers=ADMIN)
        assert r.json()["referrals"][0]["lapor"] == ticket
    page = httpx.get(hub.base_url + "/report", headers=ADMIN).text
    assert "SP4N-LAPOR!" in page and "#1111111" in page and "#2222222" in page
    assert later.code in page


def _answer(results=(), route=None, emergency=False) -> Answer:
    return Answer(results=list(results), route=route, emergency=emergency)


def test_what_is_offered_beside_the_results():
    lapor = Route("lapor", "lapor", "SP4N-LAPOR!", "lapor.go.id atau SMS 1708")
    assert offer(_answer(route=lapor)) == "lapor"
    assert offer(_answer()) == "lapor"
    assert offer(_answer(route=Route("emergency", "call112", "112", "112"), emergency=True)) == (
        "emergency"
    )
    assert offer(_answer(route=Route("outside", "bpn", "BPN", "Kantor Pertanahan"))) == "outside"


@pytest.fixture
def window(qtbot, tmp_path, sample_dir):
    from PySide6.QtWidgets import QApplication
    from test_ui_main import open_window

    from melayani_desk.ui import i18n

    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    font = QApplication.font()
    win = open_window(qtbot, folder)
    yield win
    win.shutdown()
    i18n.reset()
    QApplication.setFont(font)


def _search(qtbot, window, text):
    window.search.search_box.clear()
    qtbot.keyClicks(window.search.search_box, text)
    qtbot.waitUntil(lambda: window.search.model.query == text, timeout=10_000)


def test_the_window_offers_lapor_when_no_office_meets_the_need(qtbot, window):
    _search(qtbot, window, "qqqqzzzz xxyyxx")
    qtbot.waitUntil(window.search.route_note.isVisible, timeout=10_000)
    text = window.search.route_note.text()
    assert "lapor.go.id" in text and "SMS 1708" in text and "pengaduan" in text
    assert "112" not in text  # not an emergency: no 112
    _search(qtbot, window, "ktp hilang")
    qtbot.waitUntil(lambda: not window.search.route_note.isVisible(), timeout=10_000)
    _search(qtbot, window, "kebakaran rumah")  # 112 is the first result: nothing more
    assert window.search.model.result(0).kind == "emergency"
    assert not window.search.route_note.isVisible()
    window.search.search_box.clear()
    assert not window.search.route_note.isVisible()

