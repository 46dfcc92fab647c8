"""Hub API basics on a real server: health, enrollment, authentication, body limits."""

from __future__ import annotations

import uuid

import httpx
import pytest
from hub_fixtures import enroll, hub_fixture, referral  # noqa: F401
from sqlalchemy import select, text

from melayani_hub.desks import new_code, sha256_hex
from melayani_hub.models import Desk, EnrollCode


def test_health_body(hub):
    r = httpx.get(hub.api("/health"))
    assert r.status_code == 200
    assert r.json() == {"service": "melayani-hub", "protocol": 1, "status": "ok"}


def test_enroll_one_time_code(hub):
    code, _ = new_code(hub.engine, "Meja Jambesari", "Giri", "Jambesari")
    desk_id = str(uuid.uuid4())
    body = {"code": code, "desk_id": desk_id, "name": "ignored", "kecamatan": "", "desa": ""}
    r = httpx.post(hub.api("/enroll"), json=body)
    assert r.status_code == 200, r.text
    token = r.json()["token"]
    assert r.json()["desk_id"] == desk_id and len(token) >= 40

    again = httpx.post(hub.api("/enroll"), json={**body, "desk_id": str(uuid.uuid4())})
    assert again.status_code == 403 and again.json()["detail"]

    with hub.engine.connect() as conn:
        desk = conn.execute(select(Desk).where(Desk.desk_id == desk_id)).one()
        assert desk.token_hash == sha256_hex(token)
        assert (desk.name, desk.kecamatan, desk.desa) == ("Meja Jambesari", "Giri", "Jambesari")
        stored = conn.execute(select(EnrollCode.code_hash)).scalars().all()
        assert code not in stored and code.replace("-", "") not in stored
        # The plaintext token appears nowhere in the database.
        for table in ("desks", "enroll_codes"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                assert token not in " ".join(str(v) for v in row)
    # The spoken form (lower case, spaces instead of dashes) is accepted too.
    code2, _ = new_code(hub.engine, "Meja 2")
    spoken = code2.replace("-", " ").lower()
    other = {**body, "code": spoken, "desk_id": str(uuid.uuid4())}
    assert httpx.post(hub.api("/enroll"), json=other).status_code == 200


def test_enroll_expired_or_wrong_code(hub):
    code, _ = new_code(hub.engine, "Meja lama", valid_hours=-1)
    body = {"code": code, "desk_id": str(uuid.uuid4())}
    assert httpx.post(hub.api("/enroll"), json=body).status_code == 403
    wrong = {"code": "AAAA-BBBB-CCCC-DDDD", "desk_id": str(uuid.uuid4())}
    assert httpx.post(hub.api("/enroll"), json=wrong).status_code == 403
    bad = {"code": code, "desk_id": "not-a-uuid"}
    assert httpx.post(hub.api("/enroll"), json=bad).status_code == 422


def test_reenroll_keeps_desk_and_rotates_token(hub):
    desk_id, old = enroll(hub)
    code, _ = new_code(hub.engine, "", for_desk=desk_id)
    r = httpx.post(hub.api("/enroll"), json={"code": code, "desk_id": desk_id})
    assert r.status_code == 200
    new = {"Authorization": f"Bearer {r.json()['token']}"}
    empty = {"items": []}
    assert httpx.post(hub.api("/sync/batch"), json=empty, headers=old).status_code == 401
    assert httpx.post(hub.api("/sync/batch"), json=empty, headers=new).status_code == 200


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}]
)
def test_401_without_or_with_bad_token(hub, headers):
    for method, path in (
        ("POST", "/sync/batch"),
        ("GET", "/directory/manifest"),
        ("GET", "/directory/snapshots/1"),
    ):
        kwargs = {"json": {"items": []}} if method == "POST" else {}
        r = httpx.request(method, hub.api(path), headers=headers, **kwargs)
        assert r.status_code == 401, (path, r.text)
        assert r.headers["www-authenticate"] == "Bearer"


def test_413_for_oversized_body(hub):
    desk_id, auth = enroll(hub)
    big = b'{"items": [' + b" " * (2 * 1024 * 1024 + 10) + b"]}"
    r = httpx.post(hub.api("/sync/batch"), content=big, headers=auth)
    assert r.status_code == 413

    def chunks():  # no Content-Length: counted while reading
        for _ in range(40):
            yield b" " * 65536

    r = httpx.post(hub.api("/sync/batch"), content=chunks(), headers=auth)
    assert r.status_code == 413
    # The enroll endpoint is bounded the same way (no token needed to reach it).
    r = httpx.post(hub.api("/enroll"), content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_malformed_request_is_422(hub):
    desk_id, auth = enroll(hub)
    url = hub.api("/sync/batch")
    assert httpx.post(url, content=b"{nope", headers=auth).status_code == 422
    assert httpx.post(url, json={"items": {}}, headers=auth).status_code == 422
    many = {"items": [referral(desk_id, n) for n in range(1, 502)]}
    assert httpx.post(url, json=many, headers=auth).status_code == 422


def test_sqlite_is_wal_and_hooks_off_by_default(tmp_path):
    from hub_fixtures import hub_on

    with hub_on("sqlite", tmp_path, test_hooks=False) as plain:
        with plain.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        desk_id, auth = enroll(plain)
        r = httpx.post(plain.api("/sync/batch"), json={"items": [referral(desk_id, 1)]},
                       headers={**auth, "X-Test-Drop-After-Commit": "1"})  # fmt: skip
        assert r.status_code == 200 and r.json()["results"][0]["status"] == "created"
