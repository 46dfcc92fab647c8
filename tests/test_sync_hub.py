"""The desk's sync against the REAL hub (uvicorn on loopback; SQLite, and PostgreSQL when
MELAYANI_TEST_PG_URL is set): enrollment, exactly-once upload, lost answers, quarantine,
offline detection, retry, and directory updates published with the hub's own tools."""

from __future__ import annotations

import hashlib
import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from hub_fixtures import fresh_hub_fixture, hub_fixture  # noqa: F401
from sqlalchemy import select
from test_sync_support import Signer, TinyServer, fill_pending, snapshot_csvs

from melayani_core.search.engine import SearchEngine
from melayani_core.storage.directory_db import DirectoryStore
from melayani_desk.cli import EXIT_INPUT, EXIT_SYNC, main
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import HubClient
from melayani_desk.sync.enroll import enroll
from melayani_desk.sync.runner import SyncRunner
from melayani_desk.sync.sender import Backoff, upload
from melayani_desk.sync.state import SyncStore, parse_iso
from melayani_hub import publish, signing
from melayani_hub.desks import new_code
from melayani_hub.models import Referral


# --- helpers --------------------------------------------------------------------------------
def new_desk(tmp_path: Path, hub, name: str, trust: str | None = None) -> Path:
    """A desk data dir enrolled with the hub (through the desk's own enrollment code)."""
    folder = tmp_path / name
    folder.mkdir()
    code, _ = new_code(hub.engine, name, "Giri", "Jambesari")
    trust = trust or str(Signer().write_pub(tmp_path / f"{name}.pub"))
    enroll(folder, hub.base_url, code, trust)
    return folder


def hub_uuids(hub, desk_dirs: list[Path]) -> list[str]:
    ids = []
    for folder in desk_dirs:
        log = ReferralLog(folder)
        ids.append(log.desk.desk_id)
        log.close()
    with hub.engine.connect() as conn:
        return list(conn.scalars(select(Referral.uuid).where(Referral.desk_id.in_(ids))))


def client_for(folder: Path, transport: httpx.BaseTransport | None = None) -> HubClient:
    log = ReferralLog(folder)
    state = SyncStore(log.db).load()
    log.close()
    return HubClient(state.hub_url, state.token, transport=transport)


def upload_all(folder: Path, **kw):
    log = ReferralLog(folder)
    try:
        with client_for(folder) as client:
            return upload(log, client, **kw)
    finally:
        log.close()


def counts(folder: Path) -> dict[str, int]:
    log = ReferralLog(folder)
    try:
        return log.counts()
    finally:
        log.close()


def directory_bytes(folder: Path) -> tuple[bytes, str]:
    store = DirectoryStore(folder)
    return store.pointer.read_bytes(), hashlib.sha256(store.current().read_bytes()).hexdigest()


def found(folder: Path, text: str) -> list[str]:
    reader = open_reader(folder)
    try:
        return [r.service.name for r in SearchEngine(reader).search(text, prefix=False)]
    finally:
        reader.close()


# --- enrollment --------------------------------------------------------------------------------
def test_enrollment_through_the_cli(fresh_hub, tmp_path, sample_dir, capsys):
    hub = fresh_hub
    key, pub, fp = signing.keygen(tmp_path / "keys")
    csv = tmp_path / "csv"
    csv.mkdir()
    for name, body in snapshot_csvs("kupukupu").items():
        (csv / name).write_text(body, encoding="utf-8")
    publish.publish(hub.engine, csv, key)  # v1, so /keys lists the key

    one = tmp_path / "one"
    shutil.copytree(sample_dir, one)
    code, _ = new_code(hub.engine, "Meja Satu")
    args = ["--data-dir", str(one), "enroll", "--hub", hub.base_url + "/api/v1/"]
    assert main([*args, "--code", code, "--trust-key", str(pub), "--kecamatan", "Giri"]) == 0
    assert "terdaftar" in capsys.readouterr().out
    assert main([*args, "--code", code, "--trust-key", str(pub)]) == EXIT_INPUT  # code used
    assert "Kode pendaftaran ditolak" in capsys.readouterr().err
    assert main([*args, "--code", "SALAH-KODE-0000", "--trust-key", str(pub)]) == EXIT_INPUT
    assert "Kode pendaftaran ditolak" in capsys.readouterr().err

    assert main(["--data-dir", str(one), "sync"]) == 0
    assert "diperbarui ke v1" in capsys.readouterr().out
    assert found(one, "kupukupu") == ["Layanan kupukupu Sinkron"]

    # by fingerprint, written with colons and in capitals
    two = tmp_path / "two"
    code2, _ = new_code(hub.engine, "Meja Dua")
    spaced = ":".join(fp[i : i + 2] for i in range(0, 40, 2)).upper()
    wrong = ("0" * 40) if not fp.startswith("0" * 40) else "f" * 40
    base = ["--data-dir", str(two), "enroll", "--hub", hub.base_url, "--code", code2]
    assert main([*base, "--trust-key", wrong]) == EXIT_INPUT
    assert "Kunci tidak cocok" in capsys.readouterr().err
    assert main([*base, "--trust-key", "abc"]) == EXIT_INPUT  # too short to be a fingerprint
    capsys.readouterr()
    assert main([*base, "--trust-key", spaced]) == 0  # the code was not consumed above
    capsys.readouterr()
    log = ReferralLog(two)
    state = SyncStore(log.db).load()
    log.close()
    assert set(state.keys) == {fp} and state.hub_url == hub.base_url
    assert main(["--data-dir", str(two), "sync", "--json"]) == 0
    assert '"status": "updated"' in capsys.readouterr().out


def test_enrollment_when_the_hub_is_unreachable(tmp_path, capsys):
    server = TinyServer()
    url = server.url
    server.close()  # nothing listens there now
    pub = Signer().write_pub(tmp_path / "k.pub", pem=True)
    rc = main(["--data-dir", str(tmp_path / "d"), "enroll", "--hub", url, "--code", "X",
               "--trust-key", str(pub)])  # fmt: skip
    assert rc == EXIT_INPUT
    err = capsys.readouterr().err
    assert "tidak bisa dihubungi" in err and "Traceback" not in err


def test_sync_before_enrollment(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "sync"]) == EXIT_INPUT
    assert "belum terdaftar" in capsys.readouterr().err


# --- upload ------------------------------------------------------------------------------------
def test_1000_referrals_from_two_desks_arrive_exactly_once(hub, tmp_path):
    a, b = new_desk(tmp_path, hub, "a"), new_desk(tmp_path, hub, "b")
    sent = fill_pending(a, 500) + fill_pending(b, 500)
    for folder in (a, b):
        result = upload_all(folder)
        assert (result.created, result.pending, result.error) == (500, 0, "")
    stored = hub_uuids(hub, [a, b])
    assert len(stored) == 1000 and sorted(stored) == sorted(sent)
    assert counts(a)["sent"] == counts(b)["sent"] == 500
    assert upload_all(a).batches == 0  # nothing left to send


def test_five_parallel_senders_store_each_record_once(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "par")
    sent = fill_pending(desk, 600)
    results, errors = [], []

    def sender() -> None:
        try:
            results.append(upload_all(desk))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=sender) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert sum(r.created for r in results) == 600  # each record created exactly once
    assert sorted(hub_uuids(hub, [desk])) == sorted(sent)
    assert counts(desk) == {"pending": 0, "sent": 600, "quarantined": 0}


def test_the_same_batch_posted_five_times_at_once_is_stored_once(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "posts")
    fill_pending(desk, 200)
    log = ReferralLog(desk)
    items = [{"type": i.item_type, "uuid": i.item_uuid, "payload": i.payload}
             for i in log.pending(500)]  # fmt: skip
    log.close()
    answers: list[list[str]] = []

    def post() -> None:
        with client_for(desk) as client:
            status, body = client.request("POST", "/sync/batch", {"items": items})
            assert status == 200
            answers.append([r["status"] for r in httpx.Response(200, content=body).json()
                            ["results"]])  # fmt: skip

    threads = [threading.Thread(target=post) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(answers) == 5
    assert sum(a.count("created") for a in answers) == 200
    assert all(set(a) <= {"created", "duplicate"} for a in answers)
    assert len(hub_uuids(hub, [desk])) == 200


def test_an_answer_lost_after_the_hub_committed(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "lost")
    sent = fill_pending(desk, 300)
    log = ReferralLog(desk)
    try:
        with client_for(desk) as client:
            client.http.headers["X-Test-Drop-After-Commit"] = "1"
            result = upload(log, client)
        assert result.error and result.sent == 0  # no answer: nothing marked
        assert log.counts()["pending"] == 300
        assert sorted(hub_uuids(hub, [desk])) == sorted(sent[:300])  # but the hub has them
        with client_for(desk) as client:
            result = upload(log, client)
        assert (result.duplicates, result.created, result.pending) == (300, 0, 0)
    finally:
        log.close()
    assert sorted(hub_uuids(hub, [desk])) == sorted(sent)  # no loss, no duplicate


def test_a_conflict_goes_to_quarantine(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "conflict")
    fill_pending(desk, 5)
    log = ReferralLog(desk)
    victim = log.pending(5)[2]
    forged = dict(victim.payload, need_text="isi lain dengan uuid yang sama")
    with client_for(desk) as client:
        status, _ = client.request("POST", "/sync/batch", {"items": [
            {"type": "referral", "uuid": victim.item_uuid, "payload": forged}]})  # fmt: skip
    assert status == 200
    with client_for(desk) as client:
        result = upload(log, client)
    assert (result.created, result.duplicates, result.quarantined) == (4, 0, 1)
    assert log.counts() == {"pending": 0, "sent": 4, "quarantined": 1}
    assert [v.uuid for v in log.referrals(sync_state="quarantined")] == [victim.item_uuid]
    log.close()


def test_a_captive_portal_is_offline(hub, tmp_path, capsys):
    desk = new_desk(tmp_path, hub, "portal")
    fill_pending(desk, 4)
    portal = TinyServer()
    page = b"<html><body>Masuk Wi-Fi desa</body></html>"
    for path in ("/api/v1/health", "/api/v1/sync/batch", "/api/v1/directory/manifest"):
        for method in ("GET", "POST"):
            portal.raw(method, path, page, **{"Content-Type": "text/html"})
    log = ReferralLog(desk)
    SyncStore(log.db).update(hub_url=portal.url)
    log.close()
    try:
        assert main(["--data-dir", str(desk), "sync"]) == EXIT_SYNC
        assert "offline" in capsys.readouterr().err
        assert portal.requests == [("GET", "/api/v1/health")]
    finally:
        portal.close()
    assert counts(desk) == {"pending": 4, "sent": 0, "quarantined": 0}


class Flaky(httpx.BaseTransport):
    """Answers the first ``failures`` batch posts with 503; everything else reaches the hub."""

    def __init__(self, failures: int):
        self.failures = failures
        self.real = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/batch") and self.failures:
            self.failures -= 1
            return httpx.Response(503, json={"detail": "sedang pemeliharaan"})
        return self.real.handle_request(request)

    def close(self) -> None:
        self.real.close()


def test_5xx_then_success_retries_with_persisted_backoff(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "retry")
    sent = fill_pending(desk, 50)
    now = datetime.now(UTC)
    backoff = Backoff(base=60, cap=600, rng=lambda low, high: high)
    runner = SyncRunner(desk, transport=Flaky(2), backoff=backoff)
    first = runner.run_once(now=now)
    assert first.upload.error and first.upload.sent == 0
    status = runner.status()
    assert status.consecutive_failures == 1 and status.pending == 50
    assert parse_iso(status.next_attempt_at) == now.replace(microsecond=0) + timedelta(seconds=60)
    assert "menunggu jadwal" in runner.run_once(now=now + timedelta(seconds=30)).skipped
    second = runner.run_once(now=now + timedelta(seconds=61))
    assert second.upload.error and runner.status().consecutive_failures == 2
    assert parse_iso(runner.status().next_attempt_at) == (
        (now + timedelta(seconds=61)).replace(microsecond=0) + timedelta(seconds=120)
    )
    third = SyncRunner(desk, transport=Flaky(0)).run_once(now=now + timedelta(seconds=200))
    assert third.upload.created == 50 and third.upload.complete
    status = runner.status()
    assert (status.consecutive_failures, status.next_attempt_at, status.pending) == (0, None, 0)
    assert status.last_success_at is not None
    assert sorted(hub_uuids(hub, [desk])) == sorted(sent)


def test_a_rejected_token_stops_and_quarantines_nothing(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "token")
    fill_pending(desk, 3)
    log = ReferralLog(desk)
    SyncStore(log.db).update(token="bukan-token")
    log.close()
    result = upload_all(desk)
    assert result.token_rejected and "token ditolak" in result.error
    assert counts(desk) == {"pending": 3, "sent": 0, "quarantined": 0}


# --- directory through the real hub ---------------------------------------------------------
def test_directory_updates_from_the_real_hub(fresh_hub, tmp_path, sample_dir):
    hub = fresh_hub
    key, pub, fp = signing.keygen(tmp_path / "keys")
    other_key, _, _ = signing.keygen(tmp_path / "other")
    csv = tmp_path / "csv"
    csv.mkdir()

    def publish_words(word: str, key_path: Path, **kw) -> int:
        for name, body in snapshot_csvs(word).items():
            (csv / name).write_text(body, encoding="utf-8")
        return publish.publish(hub.engine, csv, key_path, **kw).version

    desk = tmp_path / "desk"
    shutil.copytree(sample_dir, desk)
    code, _ = new_code(hub.engine, "Meja")
    enroll(desk, hub.base_url, code, str(pub))
    runner = SyncRunner(desk)
    assert runner.run_once().directory.status == "none"

    assert publish_words("pertama", key) == 1
    report = runner.run_once()
    assert report.ok and report.directory.status == "updated"
    assert found(desk, "pertama") == ["Layanan pertama Sinkron"]
    before = directory_bytes(desk)

    assert publish_words("palsu", other_key) == 2  # re-signed by a key the desk never pinned
    report = runner.run_once()
    assert report.directory.status == "rejected" and "tidak dipercaya" in report.directory.reason
    assert directory_bytes(desk) == before

    assert publish_words("basi", key, expires_days=-1) == 3  # expired: warn, keep
    report = runner.run_once()
    assert report.directory.status == "expired"
    assert directory_bytes(desk) == before and runner.status().warning == "expired"

    assert publish_words("kedua", key) == 4
    report = runner.run_once()
    assert report.directory.status == "updated" and report.directory.installed == 4
    assert found(desk, "kedua") == ["Layanan kedua Sinkron"] and found(desk, "pertama") == []
    status = runner.status()
    assert (status.directory_version, status.warning) == (4, "")
