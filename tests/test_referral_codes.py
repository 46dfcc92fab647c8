"""Referral codes unique across the regency (issue 13): the hub gives each desk its prefix at
enrollment, codes made before enrollment stay valid, and the hub finds a referral by its code
(API and ``melayani-hub referral``). Real desk databases, the real hub on loopback."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import httpx
from hub_fixtures import enroll as hub_enroll
from hub_fixtures import fresh_hub_fixture, hub_fixture, referral  # noqa: F401
from sqlalchemy import select
from test_sync_support import Signer

from melayani_core.referrals.codes import ALPHABET, legacy_prefix, normalise_code
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.enroll import enroll
from melayani_desk.sync.runner import SyncRunner
from melayani_hub.cli import main as hub_main
from melayani_hub.desks import new_code
from melayani_hub.models import Desk
from melayani_hub.models import Referral as HubReferral

ADMIN = {"Authorization": "Bearer rahasia-admin"}


def new_folder(tmp_path: Path, sample_dir: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(sample_dir, folder)
    return folder


def refer(folder: Path, **kw):
    log, reader = ReferralLog(folder), open_reader(folder)
    try:
        return log.record_referral(
            reader=reader,
            service_id=reader.services("LIMIT 1")[0].service_id,
            contact_id=reader.all_contacts()[0].contact_id,
            channel="printed",
            **kw,
        )
    finally:
        reader.close()
        log.close()


def desk_of(folder: Path):
    log = ReferralLog(folder)
    try:
        return log.desk
    finally:
        log.close()


def enroll_desk(hub, tmp_path: Path, folder: Path, name: str) -> None:
    code, _ = new_code(hub.engine, name, "Giri", "Jambesari")
    enroll(folder, hub.base_url, code, str(Signer().write_pub(tmp_path / f"{name}.pub")))


def set_desk_code(folder: Path, code: str, from_hub: bool = False) -> None:
    ReferralLog(folder).close()  # the database exists, at head
    con = sqlite3.connect(folder / "desk.sqlite")
    with con:
        con.execute("UPDATE desk SET code = ?, code_from_hub = ?", (code, int(from_hub)))
    con.close()


def test_a_new_desk_has_a_readable_prefix_and_codes_are_stored(tmp_path, sample_dir):
    folder = new_folder(tmp_path, sample_dir, "desk")
    desk = desk_of(folder)
    assert len(desk.code) == 4 and set(desk.code) <= set(ALPHABET) and not desk.code_from_hub
    assert not set(desk.code) & set("0O1IL2Z5S8B")  # nothing misheard or misread
    first = refer(folder)
    assert first.code == f"{desk.code}-0001"
    set_desk_code(folder, "QQQQ", from_hub=True)  # the prefix changes (enrollment)
    second = refer(folder)
    assert second.code == "QQQQ-0002"
    log = ReferralLog(folder)
    try:
        # each referral keeps the code it was given, and is found by it, however typed
        assert [v.code for v in log.referrals()] == ["QQQQ-0002", f"{desk.code}-0001"]
        assert log.referral(f" {desk.code.lower()} 1 ").uuid == first.uuid
        assert log.referral("QQQQ-0002").uuid == second.uuid
        assert log.referral("QQQQ-0001") is None
        assert log.pending()[0].payload["code"] == first.code  # sent to the hub as is
    finally:
        log.close()
    assert normalise_code("not a code") is None


def test_enrollment_keeps_a_free_prefix_and_the_hub_finds_codes(
    fresh_hub, tmp_path, sample_dir, capsys
):
    hub = fresh_hub
    one = new_folder(tmp_path, sample_dir, "one")
    before = refer(one)  # made offline, before enrollment
    prefix = desk_of(one).code
    enroll_desk(hub, tmp_path, one, "Meja Satu")
    assert desk_of(one).code == prefix and desk_of(one).code_from_hub  # kept: it was free
    after = refer(one)
    assert after.code == f"{prefix}-0002"

    # a second desk that drew the same prefix gets another one from the hub
    two = new_folder(tmp_path, sample_dir, "two")
    set_desk_code(two, prefix)
    enroll_desk(hub, tmp_path, two, "Meja Dua")
    other = desk_of(two)
    assert other.code_from_hub and other.code != prefix and len(other.code) == 4
    assert refer(two).code == f"{other.code}-0001"
    with hub.engine.connect() as conn:
        codes = dict(conn.execute(select(Desk.desk_id, Desk.code)).all())
    assert codes == {desk_of(one).desk_id: prefix, other.desk_id: other.code}

    for folder in (one, two):
        assert SyncRunner(folder).run_once().ok
    r = httpx.get(hub.api(f"/admin/referrals/{before.code}"), headers=ADMIN)
    assert r.status_code == 200
    [found] = r.json()["referrals"]
    assert found["uuid"] == before.uuid and found["desk_name"] == "Meja Satu"
    assert found["code"] == before.code and "citizen_name" not in found
    typed = before.code.lower().replace("-", " ")
    assert httpx.get(hub.api(f"/admin/referrals/{typed}"), headers=ADMIN).status_code == 200
    assert httpx.get(hub.api(f"/admin/referrals/{after.code}")).status_code == 403
    wrong = {"Authorization": "Bearer salah"}
    assert httpx.get(hub.api(f"/admin/referrals/{after.code}"), headers=wrong).status_code == 403
    assert httpx.get(hub.api("/admin/referrals/ZZZZ-9999"), headers=ADMIN).status_code == 404
    assert httpx.get(hub.api("/admin/referrals/huh%3F"), headers=ADMIN).status_code == 422

    # the operator's command
    assert hub_main(["referral", after.code, "--db", hub.db_url]) == 0
    out = capsys.readouterr().out
    assert after.code in out and "Meja Satu" in out and after.service_name in out
    assert hub_main(["referral", "ZZZZ-9999", "--db", hub.db_url]) == 3
    assert "Tidak ada rujukan dengan kode ZZZZ-9999" in capsys.readouterr().err
    assert hub_main(["referral", "bukan kode", "--db", hub.db_url]) == 3
    assert "bukan kode rujukan" in capsys.readouterr().err


def test_a_desk_enrolled_before_learns_its_prefix_on_sync(fresh_hub, tmp_path, sample_dir):
    hub = fresh_hub
    folder = new_folder(tmp_path, sample_dir, "old")
    enroll_desk(hub, tmp_path, folder, "Meja Lama")
    given = desk_of(folder).code
    set_desk_code(folder, legacy_prefix(desk_of(folder).desk_id))  # as k0005 leaves it
    assert SyncRunner(folder).run_once().ok
    assert desk_of(folder).code == given and desk_of(folder).code_from_hub


def test_an_older_desk_that_sends_no_code(hub):
    """Items without ``code`` (a desk of an earlier release) get the code it printed, and the
    same item sent again by the upgraded desk, now with that code, is a duplicate."""
    desk_id, headers = hub_enroll(hub, "Meja Tua")
    item = referral(desk_id, 12)
    item["payload"].pop("code", None)
    url = hub.api("/sync/batch")
    first = httpx.post(url, json={"items": [item]}, headers=headers).json()["results"][0]
    assert first["status"] == "created"
    legacy = f"{legacy_prefix(desk_id)}-0012"
    with hub.engine.connect() as conn:
        stored = conn.scalar(select(HubReferral.code).where(HubReferral.uuid == item["uuid"]))
    assert stored == legacy
    item["payload"]["code"] = legacy
    again = httpx.post(url, json={"items": [item]}, headers=headers).json()["results"][0]
    assert again["status"] == "duplicate"
    item["payload"]["code"] = "QQQQ-0012"
    changed = httpx.post(url, json={"items": [item]}, headers=headers).json()["results"][0]
    assert changed["status"] == "conflict"


def test_get_desk_answers_the_desk_itself(hub):
    desk_id, headers = hub_enroll(hub, "Meja Tanya")
    r = httpx.get(hub.api("/desk"), headers=headers)
    assert r.status_code == 200
    body = r.json()
    assert body["desk_id"] == desk_id and body["name"] == "Meja Tanya"
    assert len(body["desk_code"]) == 4
    assert httpx.get(hub.api("/desk")).status_code == 401
    stranger = {"Authorization": f"Bearer {uuid.uuid4()}"}
    assert httpx.get(hub.api("/desk"), headers=stranger).status_code == 401


def test_hub_upgrade_gives_old_desks_and_referrals_the_codes_they_printed(tmp_path):
    """h0004 on a hub of h0003 with two desks whose first hex digits are the same."""
    from sqlalchemy import text

    from melayani_hub.db import make_engine, migrate

    engine = make_engine(f"sqlite:///{tmp_path / 'hub.sqlite'}")
    try:
        migrate(engine, "h0003")
        ids = ["7f3a0000-0000-4000-8000-000000000001", "7f3a0000-0000-4000-8000-000000000002"]
        with engine.begin() as conn:
            for n, desk_id in enumerate(ids):
                conn.execute(
                    text(
                        "INSERT INTO desks (desk_id, token_hash, enrolled_at) VALUES (:d, :t, 'x')"
                    ),
                    {"d": desk_id, "t": f"t{n}"},
                )
            conn.execute(
                text(
                    "INSERT INTO referrals (uuid, desk_id, seq, content_hash, created_at, "
                    "received_at, service_id, contact_id, channel, citizen_consent, "
                    "directory_version, directory_is_sample) VALUES "
                    "(:u, :d, 12345, 'h', 'c', 'r', 's', 'k', 'read_out', false, 0, false)"
                ),
                {"u": str(uuid.uuid4()), "d": ids[0]},
            )
        migrate(engine)
        with engine.connect() as conn:
            codes = dict(conn.execute(select(Desk.desk_id, Desk.code)).all())
            printed = conn.scalar(select(HubReferral.code))
        assert codes[ids[0]] == "7F3A" and len(codes[ids[1]]) == 4 and codes[ids[1]] != "7F3A"
        assert printed == "7F3A-12345"
    finally:
        engine.dispose()
