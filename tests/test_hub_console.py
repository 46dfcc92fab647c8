"""The web console through FastAPI's TestClient over HTTPS (so Secure cookies travel): log-in,
CSRF refusal, session expiry, role boundaries, the correction loop and its audit rows."""

from __future__ import annotations

import warnings

import pytest
from console_fixtures import add_users, csrf_of, log_in, publish_two_agencies
from hub_fixtures import contact_report, enroll, referral  # noqa: F401
from sqlalchemy import select

from melayani_hub.app import create_app
from melayani_hub.console import working
from melayani_hub.console.auth import COOKIE, expire_sessions_of
from melayani_hub.console.tables import audit, desk_status
from melayani_hub.db import open_engine
from melayani_hub.desks import new_code

with warnings.catch_warnings():  # Starlette 1.x asks for httpx2; httpx is what we install
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def console(tmp_path):
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    engine = open_engine(url)
    app = create_app(url, engine=engine)
    key = publish_two_agencies(engine, tmp_path)
    add_users(engine)
    with TestClient(app, base_url="https://hub.test", follow_redirects=True) as client:
        client.engine, client.key = engine, key
        yield client


def actions(engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        return [(r.user_name, r.action) for r in conn.execute(select(audit).order_by(audit.c.id))]


def test_login_sets_a_hardened_cookie_and_a_wrong_password_is_refused(console):
    form = console.get("/console/login")
    r = console.post("/console/login", data={"name": "admin", "password": "salah-sekali-123",
                                             "csrf": csrf_of(form.text)}, follow_redirects=False)
    assert r.status_code == 303 and "galat=" in r.headers["location"]
    assert "salah" in console.get(r.headers["location"]).text
    form = console.get("/console/login")
    r = console.post("/console/login", data={"name": "admin", "password": "kata-sandi-uji-123",
                                             "csrf": csrf_of(form.text)}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert COOKIE in cookie and "httponly" in cookie and "secure" in cookie
    assert "samesite=strict" in cookie and "max-age=" in cookie
    assert ("admin", "login") in actions(console.engine)


def test_a_post_without_the_session_csrf_token_is_refused(console):
    log_in(console, "admin")
    r = console.post("/console/verify/start", data={"days": "30"})
    assert r.status_code == 403 and "kedaluwarsa" in r.text
    r = console.post("/console/verify/start", data={"days": "30", "csrf": "tebakan"})
    assert r.status_code == 403
    form = console.get("/console/login")  # the log-in form's own token is checked too
    r = console.post("/console/login", data={"name": "admin", "password": "x"})
    assert r.status_code == 403 and form.status_code == 200


def test_an_expired_session_sends_the_browser_back_to_the_login(console):
    log_in(console, "pengamat")
    assert console.get("/console/desks").status_code == 200
    expire_sessions_of(console.engine, "pengamat")
    r = console.get("/console/desks", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/console/login"


def test_a_curator_sees_and_edits_only_their_agency(console):
    csrf = log_in(console, "kurator")
    page = console.get("/console/directory?org=dinkes")  # asks for another agency ...
    assert "c-ani" in page.text and "c-budi" not in page.text  # ... gets their own
    assert console.get("/console/directory/edit?sheet=contacts&id=c-budi").status_code == 403
    r = console.post("/console/directory/save", data={
        "csrf": csrf, "sheet": "contacts", "contact_id": "c-budi", "org_id": "dinkes",
        "name": "Budi", "position": "Petugas", "whatsapp": "081299990000"})  # fmt: skip
    assert r.status_code == 403
    assert console.get("/console/desks").status_code == 403
    assert console.get("/console/audit").status_code == 403


def test_a_viewer_cannot_change_anything(console):
    csrf = log_in(console, "pengamat")
    r = console.post("/console/verify/start", data={"days": "30", "csrf": csrf})
    assert r.status_code == 403
    assert console.post("/console/publish/build", data={"csrf": csrf}).status_code == 403


def test_a_bad_number_is_refused_with_the_cores_message_and_nothing_is_stored(console):
    csrf = log_in(console, "kurator")
    r = console.post("/console/directory/save", data={
        "csrf": csrf, "sheet": "contacts", "contact_id": "c-ani", "name": "Ani",
        "position": "Petugas KTP", "level": "technical", "whatsapp": "12345",
        "service_ids": "ktp-hilang"})  # fmt: skip
    assert r.status_code == 422 and "whatsapp" in r.text and "Belum bisa disimpan" in r.text
    assert 'value="12345"' in r.text  # what was typed stays in the form
    assert "Tidak ada perubahan" in console.get("/console/changes").text


def test_desks_report_their_status_and_the_admin_revokes_one(console):
    client = console
    code, _ = new_code(client.engine, "Meja Giri", "Giri", "Jambesari")
    desk_id = "0b6c3f5e-1111-4c4c-8d8d-123456789abc"
    token = client.post("/api/v1/enroll", json={"code": code, "desk_id": desk_id}).json()["token"]
    r = client.post("/api/v1/sync/batch", json={"items": [referral(desk_id, 1)]}, headers={
        "Authorization": f"Bearer {token}", "User-Agent": "melayani-desk/0.2.0",
        "X-Melayani-Directory-Version": "1", "X-Melayani-Pending": "4",
        "X-Melayani-Last-Error": "hub%20tidak%20menjawab"})  # fmt: skip
    assert r.status_code == 200
    with client.engine.connect() as conn:
        row = conn.execute(select(desk_status).where(desk_status.c.desk_id == desk_id)).one()
    assert (row.program_version, row.directory_version, row.pending) == ("0.2.0", 1, 4)
    assert row.last_error == "hub tidak menjawab" and row.last_seen_at
    csrf = log_in(client, "admin")
    page = client.get("/console/desks").text
    assert "Meja Giri" in page and "Giri / Jambesari" in page and "hub tidak menjawab" in page
    client.post(f"/console/desks/{desk_id}/revoke", data={"csrf": csrf})
    r = client.post("/api/v1/sync/batch", json={"items": []},
                    headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert r.status_code == 401
    page = client.post("/console/desks/code", data={"csrf": csrf, "for_desk": desk_id}).text
    assert "Kode pendaftaran untuk daftar ulang meja ini" in page
    assert ("admin", "desk.revoke") in actions(client.engine)
    assert ("admin", "desk.code") in actions(client.engine)


def test_the_correction_loop_from_report_to_released_version(console, tmp_path):
    from melayani_hub.cli import main

    client = console
    code, _ = new_code(client.engine, "Meja", "Giri", "Jambesari")
    desk_id = "0b6c3f5e-2222-4c4c-8d8d-123456789abc"
    token = client.post("/api/v1/enroll", json={"code": code, "desk_id": desk_id}).json()["token"]
    bad = contact_report(desk_id, note="nomor milik orang lain")
    other = contact_report(desk_id, org_id="dinkes", contact_id="c-budi", contact_name="Budi")
    client.post("/api/v1/sync/batch", json={"items": [bad, other]},
                headers={"Authorization": f"Bearer {token}"})  # fmt: skip

    csrf = log_in(client, "kurator")
    inbox = client.get("/console/inbox").text
    assert "nomor milik orang lain" in inbox and "+6281234567890" in inbox
    assert "c-budi" not in inbox  # another agency's problem stays out of sight
    r = client.post("/console/inbox/status",
                    data={"csrf": csrf, "uuid": other["uuid"], "status": "rejected"})  # fmt: skip
    assert r.status_code == 403
    r = client.post("/console/directory/save", data={
        "csrf": csrf, "sheet": "contacts", "contact_id": "c-ani", "name": "Ani",
        "position": "Petugas KTP", "level": "technical", "whatsapp": "0812 3456 7000",
        "service_ids": "ktp-hilang", "problem": bad["uuid"]})  # fmt: skip
    assert "menunggu tinjauan" in r.text
    assert "sedang ditangani" in client.get("/console/inbox").text

    client.post("/console/logout", data={"csrf": csrf})
    csrf = log_in(client, "admin")
    changes = client.get("/console/changes").text
    assert "+6281234567000" in changes  # stored as the import normalises it
    change_id = changes.split('name="id" value="')[1].split('"')[0]
    client.post("/console/changes/review",
                data={"csrf": csrf, "id": change_id, "decision": "approve"})  # fmt: skip
    r = client.post("/console/publish/build", data={"csrf": csrf})
    assert "Kandidat #1 dibuat" in r.text
    assert "belum ditandatangani" in client.post(
        "/console/publish/release", data={"csrf": csrf, "id": "1"}).text  # fmt: skip
    assert main(["sign", "1", "--key", str(client.key), "--db", str(client.engine.url)]) == 0
    r = client.post("/console/publish/release", data={"csrf": csrf, "id": "1"})
    assert "Versi 2 dirilis" in r.text
    assert "diperbaiki di versi 2" in client.get("/console/inbox").text
    bearer = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/directory/manifest", headers=bearer).status_code == 200
    with client.engine.connect() as conn:
        assert working.one(conn, "contacts", "c-ani")["whatsapp"] == "+6281234567000"
    done = actions(client.engine)
    for entry in [("kurator", "change.propose"), ("kurator", "problem.in_progress"),
                  ("admin", "change.approve"), ("admin", "candidate.build"),
                  ("cli", "candidate.sign"), ("admin", "candidate.release"),
                  ("admin", "problem.fixed")]:  # fmt: skip
        assert entry in done
    assert "change.propose" in client.get("/console/audit").text


def test_a_verification_round_records_last_verified(console):
    csrf = log_in(console, "admin")
    assert "Belum ada putaran" in console.get("/console/verify").text
    console.post("/console/verify/start", data={"csrf": csrf, "days": "30", "note": "Des"})
    console.post("/console/logout", data={"csrf": csrf})
    csrf = log_in(console, "kurator")
    page = console.get("/console/verify").text
    assert "c-ani" in page and "c-budi" not in page
    r = console.post("/console/verify/confirm", data={"csrf": csrf, "contact_id": "c-budi"})
    assert r.status_code == 403
    r = console.post("/console/verify/confirm", data={"csrf": csrf, "contact_id": "c-ani"})
    assert "dikonfirmasi" in r.text
    with console.engine.connect() as conn:
        assert working.one(conn, "contacts", "c-ani")["assured_date"]
    assert ("kurator", "contact.verify") in actions(console.engine)


def test_user_add_from_the_command_line(tmp_path, monkeypatch, capsys):
    import io

    from melayani_hub.cli import main

    db = str(tmp_path / "hub.sqlite")
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-yang-panjang\n"))
    assert main(["user", "add", "sari", "--role", "curator", "--agency", "dinkes",
                 "--password-stdin", "--db", db]) == 0  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("pendek\n"))
    assert main(["user", "add", "rudi", "--role", "viewer", "--password-stdin", "--db", db]) == 3
    assert "minimal 10" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-yang-panjang\n"))
    assert main(["user", "add", "x", "--role", "curator", "--password-stdin", "--db", db]) == 3
    assert "--agency" in capsys.readouterr().err
