"""Citizen details kept only as long as the directory allows (issue 13, UU 27/2022): removed
on the desk (sync pass, command, window start) and on the real hub over loopback (start,
daily, command), the referral kept; durable, idempotent, never filled again."""

from __future__ import annotations

import json
import shutil
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from hub_fixtures import fresh_hub_fixture, running_hub  # noqa: F401
from sqlalchemy import select
from test_sync_support import snapshot_csvs

from melayani_core.referrals.retention import months_before
from melayani_desk.cli import main as desk_main
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals import log as log_module
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import HubClient
from melayani_desk.sync.enroll import enroll
from melayani_desk.sync.runner import SyncRunner
from melayani_desk.sync.state import SyncStore
from melayani_hub import publish, retention, signing
from melayani_hub.cli import main as hub_main
from melayani_hub.desks import new_code
from melayani_hub.models import Referral

CITIZEN = {"consent": True, "citizen_name": "Siti Aminah", "citizen_phone": "0812-3456-7890",
           "citizen_village": "Kemiren", "note": "minta ditelepon sore"}  # fmt: skip


def made_ago(months: int) -> str:
    return (months_before(datetime.now(UTC), months) - timedelta(days=1)).isoformat(
        timespec="seconds"
    )


def refer(folder: Path, monkeypatch, when: str) -> str:
    """A referral with citizen details, logged as if at ``when``."""
    monkeypatch.setattr(log_module, "_now", lambda: when)
    log, reader = ReferralLog(folder), open_reader(folder)
    try:
        service = reader.services("ORDER BY sid LIMIT 1")[0]
        contact = reader.contacts_for_services([service.service_id])[service.service_id][0]
        ref = log.record_referral(
            reader=reader, service_id=service.service_id, contact_id=contact.contact_id,
            channel="read_out", **CITIZEN,
        )  # fmt: skip
    finally:
        reader.close()
        log.close()
        monkeypatch.undo()
    return ref.uuid


def desk_row(folder: Path, uuid: str):
    log = ReferralLog(folder)
    try:
        return log.referral(uuid)
    finally:
        log.close()


def hub_row(hub, uuid: str):
    with hub.engine.connect() as conn:
        return conn.execute(select(Referral).where(Referral.uuid == uuid)).one()


def redacted(row) -> bool:
    details = (row.citizen_name, row.citizen_phone, row.citizen_village, row.note)
    return details == (None, None, None, "") and row.redacted_at is not None


@pytest.fixture
def regency(fresh_hub, tmp_path, sample_dir):
    """The real hub with a publisher's key and a desk enrolled to trust it."""
    key, pub, _ = signing.keygen(tmp_path / "keys")
    csv = tmp_path / "csv"
    csv.mkdir()
    for name, body in snapshot_csvs("simpan").items():
        (csv / name).write_text(body, encoding="utf-8")

    def publish_retention(months: int) -> None:
        (csv / "settings.csv").write_text(f"key,value\nretention_months,{months}\n")
        publish.publish(fresh_hub.engine, csv, key)

    desk = tmp_path / "desk"
    shutil.copytree(sample_dir, desk)
    code, _ = new_code(fresh_hub.engine, "Meja")
    enroll(desk, fresh_hub.base_url, code, str(pub))
    return fresh_hub, desk, publish_retention


def test_both_sides_remove_citizen_details_after_the_period(regency, monkeypatch, capsys):
    hub, desk, publish_retention = regency
    publish_retention(6)
    runner = SyncRunner(desk)
    assert runner.run_once().directory.status == "updated"  # retention 6 on the desk
    old = refer(desk, monkeypatch, made_ago(3))  # within 6 months: kept, and sent
    assert runner.run_once().upload.answered
    assert hub_row(hub, old).citizen_name == "Siti Aminah"

    publish_retention(2)  # the regency shortens the period: 3 months is now too old
    assert hub_main(["purge-citizen-data", "--db", hub.db_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["redacted"] == 1
    row = hub_row(hub, old)
    assert redacted(row) and row.service_id and row.need_text == ""  # the referral stays
    assert hub_main(["purge-citizen-data", "--db", hub.db_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["redacted"] == 0  # idempotent

    assert runner.run_once().directory.status == "updated"  # the desk learns 2 months
    assert desk_main(["--data-dir", str(desk), "purge-citizen-data"]) == 0
    assert "dari 1 rujukan" in capsys.readouterr().out
    view = desk_row(desk, old)
    assert redacted(view) and view.citizen_consent and view.service_name
    assert desk_main(["--data-dir", str(desk), "purge-citizen-data", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["redacted"] == 0

    # made 5 months ago, not yet sent: the sync pass removes the details, then sends it once
    late = refer(desk, monkeypatch, made_ago(5))
    report = runner.run_once()
    assert report.upload.answered and desk_row(desk, late).sync_state == "sent"
    assert redacted(hub_row(hub, late)) and redacted(desk_row(desk, late))
    assert runner.run_once().upload.answered  # nothing left to send, nothing changes
    assert redacted(hub_row(hub, late)) and redacted(hub_row(hub, old))


def test_the_hub_never_fills_a_redacted_referral_again(regency, monkeypatch):
    hub, desk, publish_retention = regency
    publish_retention(6)
    runner = SyncRunner(desk)
    runner.run_once()
    fresh = refer(desk, monkeypatch, made_ago(1))
    log = ReferralLog(desk)
    payload = log.pending()[0].payload  # as sent, with the citizen's details
    token = SyncStore(log.db).load().token
    log.close()
    assert runner.run_once().upload.answered
    with hub.engine.begin() as conn:  # the hub redacts (as its daily run would)
        conn.execute(Referral.__table__.update().values(retention.redaction()))

    auth = {"Authorization": f"Bearer {token}"}
    item = {"type": "referral", "uuid": fresh, "payload": payload}
    r = httpx.post(hub.api("/sync/batch"), json={"items": [item]}, headers=auth)
    assert r.json()["results"][0]["status"] == "duplicate"  # a desk's old copy, sent again
    assert redacted(hub_row(hub, fresh))

    # a desk offline past the period sends an old referral still holding details
    old = refer(desk, monkeypatch, made_ago(8))
    with HubClient(hub.base_url, token) as client:
        from melayani_desk.sync.sender import upload

        log = ReferralLog(desk)
        try:
            assert upload(log, client).answered  # no purge before this send
        finally:
            log.close()
    assert redacted(hub_row(hub, old))  # stored without them


def test_a_desk_redaction_of_a_referral_the_hub_holds_is_a_duplicate(regency, monkeypatch):
    hub, desk, publish_retention = regency
    publish_retention(6)
    runner = SyncRunner(desk)
    runner.run_once()
    uuid = refer(desk, monkeypatch, made_ago(3))
    runner.run_once()
    log = ReferralLog(desk)
    token = SyncStore(log.db).load().token
    from melayani_desk.referrals.retention import purge_citizen_data

    assert purge_citizen_data(log, 2).redacted == 1
    payload = log.referrals(uuid=uuid)[0].as_dict()
    log.close()
    fields = {k: payload[k] for k in log_module.REFERRAL_FIELDS}
    item = {"type": "referral", "uuid": uuid, "payload": {"type": "referral", **fields}}
    r = httpx.post(
        hub.api("/sync/batch"), json={"items": [item]}, headers={"Authorization": f"Bearer {token}"}
    )
    assert r.json()["results"][0]["status"] == "duplicate"  # not a conflict to quarantine
    assert redacted(hub_row(hub, uuid))  # and the hub's copy goes too


def test_the_hub_purges_at_start_and_daily(regency, monkeypatch):
    hub, desk, publish_retention = regency
    publish_retention(6)
    runner = SyncRunner(desk)
    runner.run_once()
    first = refer(desk, monkeypatch, made_ago(3))
    runner.run_once()
    publish_retention(2)
    with running_hub(hub.db_url):  # a hub starting on this database purges before serving
        assert redacted(hub_row(hub, first))

    second = refer(desk, monkeypatch, made_ago(1))
    runner.run_once()
    assert hub_row(hub, second).citizen_name == "Siti Aminah"
    publish_retention(6)  # hand the clock forward: a day's turn, two months later
    later = datetime.now(UTC) + timedelta(days=200)
    stop = threading.Event()
    thread = retention.start_daily(hub.engine, stop, every_s=0.05, clock=lambda: later)
    deadline = time.monotonic() + 20
    while hub_row(hub, second).citizen_name is not None and time.monotonic() < deadline:
        stop.wait(0.05)
    stop.set()
    thread.join(timeout=10)
    assert redacted(hub_row(hub, second))


def test_the_window_purges_at_start(qtbot, regency, monkeypatch):
    from test_ui_main import open_window

    hub, desk, publish_retention = regency
    publish_retention(2)
    SyncRunner(desk).run_once()
    uuid = refer(desk, monkeypatch, made_ago(4))
    window = open_window(qtbot, desk)
    try:
        qtbot.waitUntil(lambda: window.log is not None, timeout=20_000)
        assert redacted(desk_row(desk, uuid))
    finally:
        window.shutdown()


def test_a_redacted_referral_cannot_be_filled_or_changed(data_dir, sample_dir, monkeypatch):
    import sqlite3

    from melayani_desk.referrals.retention import purge_citizen_data

    shutil.copytree(sample_dir, data_dir, dirs_exist_ok=True)
    uuid = refer(data_dir, monkeypatch, made_ago(7))
    log = ReferralLog(data_dir)
    assert purge_citizen_data(log, 6).redacted == 1
    log.close()
    con = sqlite3.connect(data_dir / "desk.sqlite")
    try:
        for sql in (
            "UPDATE referrals SET citizen_name = 'Siti'",  # filled again
            "UPDATE referrals SET redacted_at = '2099-01-01T00:00:00+00:00'",  # twice
            "UPDATE referrals SET need_text = 'lain'",  # any other change
            "DELETE FROM referrals",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="immutable"):
                con.execute(sql)
    finally:
        con.close()
    assert redacted(desk_row(data_dir, uuid))
