"""Enrollment cannot take over a desk, against the real hub on loopback.

A code belongs to the desk record it was issued for: a new-desk code never re-keys an
enrolled desk, a re-enrollment code (``melayani-hub enroll --for-desk``) re-keys only its
own desk; ``melayani-hub desk revoke`` makes a desk's token useless; wrong codes from one
address are throttled (429 with a JSON ``detail``) while other addresses go on."""

from __future__ import annotations

import json
import shutil
import uuid

import httpx
import pytest
from hub_fixtures import enroll, hub_fixture, hub_on  # noqa: F401
from sqlalchemy import select
from test_sync_support import Signer

from melayani_desk.cli import main as desk_main
from melayani_desk.referrals.log import ReferralLog
from melayani_hub.cli import main as hub_main
from melayani_hub.desks import new_code
from melayani_hub.models import Desk, EnrollCode

EMPTY = {"items": []}


def post_enroll(hub, code: str, desk_id: str, **extra):
    return httpx.post(hub.api("/enroll"), json={"code": code, "desk_id": desk_id, **extra})


def batch(hub, token: str | dict) -> int:
    """The status of an empty upload with ``token`` (or the headers enroll() gives)."""
    auth = token if isinstance(token, dict) else {"Authorization": f"Bearer {token}"}
    return httpx.post(hub.api("/sync/batch"), json=EMPTY, headers=auth).status_code


def desk_row(hub, desk_id: str):
    with hub.engine.connect() as conn:
        return conn.execute(select(Desk).where(Desk.desk_id == desk_id)).one()


def test_a_code_issued_for_one_desk_cannot_rekey_another(hub):
    victim, victim_token = enroll(hub, "Meja Korban", "Giri", "Jambesari")
    before = desk_row(hub, victim)
    # a code for a new desk, redeemed with the victim's id
    code, _ = new_code(hub.engine, "Meja Penyusup", "Kalipuro")
    r = post_enroll(hub, code, victim, name="Meja Penyusup")
    assert r.status_code == 403 and r.json()["detail"]
    # a re-enrollment code issued for another desk, redeemed with the victim's id
    other, _ = enroll(hub, "Meja Lain")
    code2, _ = new_code(hub.engine, "", for_desk=other)
    assert post_enroll(hub, code2, victim).status_code == 403
    after = desk_row(hub, victim)
    assert (after.token_hash, after.name, after.kecamatan) == (
        before.token_hash, before.name, before.kecamatan,
    )  # fmt: skip
    assert batch(hub, victim_token) == 200  # the victim's token still works
    # neither code was used up by the attempt: each still serves its own desk
    assert post_enroll(hub, code, str(uuid.uuid4())).status_code == 200
    assert post_enroll(hub, code2, other).status_code == 200


def test_reenrollment_needs_a_code_for_that_desk_and_keeps_its_record(hub, capsys):
    desk_id, old = enroll(hub, "Meja Hilang Token", "Giri", "Jambesari")
    args = ["enroll", "--for-desk", desk_id, "--db", hub.db_url]
    assert hub_main(args) == 0
    captured = capsys.readouterr()
    code = captured.out.strip()
    assert "daftar ulang" in captured.err
    r = post_enroll(hub, code, desk_id, name="Nama Dari Meja", kecamatan="Lain")
    assert r.status_code == 200, r.text
    assert batch(hub, old) == 401 and batch(hub, r.json()["token"]) == 200
    row = desk_row(hub, desk_id)
    assert (row.name, row.kecamatan, row.desa) == ("Meja Hilang Token", "Giri", "Jambesari")
    answer = r.json()  # the answer says what the hub holds: the desk adopts it
    assert (answer["name"], answer["kecamatan"], answer["desa"]) == (
        "Meja Hilang Token", "Giri", "Jambesari",
    )  # fmt: skip
    assert hub_main(["enroll", "--for-desk", str(uuid.uuid4()), "--db", hub.db_url]) == 3
    assert "tidak terdaftar" in capsys.readouterr().err


def test_a_revoked_desk_is_refused_until_enrolled_again_with_its_own_code(hub, capsys):
    desk_id, token = enroll(hub, "Meja Dicuri")
    assert batch(hub, token) == 200
    assert hub_main(["desk", "revoke", desk_id, "--db", hub.db_url]) == 0
    assert "dicabut" in capsys.readouterr().out
    r = httpx.post(hub.api("/sync/batch"), json=EMPTY, headers=token)
    assert r.status_code == 401 and r.json()["detail"]
    assert httpx.get(hub.api("/directory/manifest"), headers=token).status_code == 401
    assert hub_main(["desk", "list", "--json", "--db", hub.db_url]) == 0
    listed = {d["desk_id"]: d for d in json.loads(capsys.readouterr().out)}
    assert listed[desk_id]["revoked_at"]
    # a new-desk code cannot bring it back; one issued for it can
    code, _ = new_code(hub.engine, "Meja Dicuri")
    assert post_enroll(hub, code, desk_id).status_code == 403
    code, _ = new_code(hub.engine, "", for_desk=desk_id)
    r = post_enroll(hub, code, desk_id)
    assert r.status_code == 200 and batch(hub, r.json()["token"]) == 200
    assert desk_row(hub, desk_id).revoked_at is None
    assert hub_main(["desk", "revoke", str(uuid.uuid4()), "--db", hub.db_url]) == 3
    assert "tidak terdaftar" in capsys.readouterr().err


def test_wrong_codes_are_throttled_per_address(tmp_path):
    with hub_on("sqlite", tmp_path, enroll_tries=5) as hub:
        code, _ = new_code(hub.engine, "Meja Sabar")
        statuses = [
            post_enroll(hub, f"AAAA-BBBB-CCCC-{i:04d}", str(uuid.uuid4())).status_code
            for i in range(5)
        ]
        assert statuses == [403] * 5
        r = post_enroll(hub, code, str(uuid.uuid4()))  # even the right code waits now
        assert r.status_code == 429
        assert "terlalu banyak" in r.json()["detail"]
        assert int(r.headers["Retry-After"]) > 0
        # another address is not held back (loopback answers on all of 127.0.0.0/8)
        other = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"))
        with other:
            body = {"code": code, "desk_id": str(uuid.uuid4())}
            assert other.post(hub.api("/enroll"), json=body).status_code == 200
        with hub.engine.connect() as conn:
            used = conn.execute(select(EnrollCode.used_at)).scalars().all()
        assert all(used)


@pytest.mark.parametrize("reenroll", [False, True])
def test_the_desk_says_what_code_it_needs(hub, tmp_path, sample_dir, capsys, reenroll):
    """The desk's own enroll: a refused code names this desk's id for the admin."""
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    pub = Signer().write_pub(tmp_path / "pub")
    code, _ = new_code(hub.engine, "Meja Baru")
    args = ["--data-dir", str(folder), "enroll", "--hub", hub.base_url, "--trust-key", str(pub)]
    assert desk_main([*args, "--code", code]) == 0
    log = ReferralLog(folder)
    desk_id = log.desk.desk_id
    log.close()
    capsys.readouterr()
    if reenroll:  # lost its token: a code for a new desk is not enough
        again, _ = new_code(hub.engine, "Meja Baru")
        assert desk_main([*args, "--code", again]) == 3
    else:
        assert desk_main([*args, "--code", "SALAH-SALA-HSAL-AHSA"]) == 3
    err = capsys.readouterr().err
    assert f"melayani-hub enroll --for-desk {desk_id}" in err and "Traceback" not in err
    own, _ = new_code(hub.engine, "", for_desk=desk_id)
    assert desk_main([*args, "--code", own]) == 0
