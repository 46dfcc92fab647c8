"""The directory updater against crafted manifests served by a tiny local HTTP server."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from sync_fixtures import desk, server, signer  # noqa: F401
from test_sync_support import Signer, make_zip, manifest_fields, snapshot_csvs

from melayani_core.search.engine import SearchEngine
from melayani_core.storage.directory_db import DirectoryStore
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync import worklock
from melayani_desk.sync.client import HubClient
from melayani_desk.sync.runner import SyncRunner
from melayani_desk.sync.state import SyncStore
from melayani_desk.sync.updater import update_directory

MANIFEST = "/api/v1/directory/manifest"


def fingerprint_of_directory(data_dir):
    store = DirectoryStore(data_dir)
    path = store.current()
    return store.pointer.read_bytes(), hashlib.sha256(path.read_bytes()).hexdigest()


def publish(server, signer, version, snapshot, **fields):
    envelope = signer.envelope(manifest_fields(version, snapshot, **fields))
    server.json("GET", MANIFEST, envelope)
    server.raw(
        "GET",
        f"/api/v1/directory/snapshots/{version}",
        snapshot,
        **{"Content-Type": "application/zip"},
    )
    return envelope


def run(data_dir, server, **kw):
    log = ReferralLog(data_dir)
    try:
        with HubClient(server.url, "t") as client:
            return update_directory(data_dir, client, SyncStore(log.db), **kw)
    finally:
        log.close()


def search(data_dir, text):
    reader = open_reader(data_dir)
    try:
        return [r.service.name for r in SearchEngine(reader).search(text, prefix=False)]
    finally:
        reader.close()


def test_good_update_switches_and_search_finds_the_new_data(desk, server, signer):
    assert search(desk, "kupukupu") == []
    publish(server, signer, 3, make_zip(snapshot_csvs()))
    result = run(desk, server)
    assert (result.status, result.installed) == ("updated", 3)
    assert search(desk, "kupukupu") == ["Layanan kupukupu Sinkron"]
    reader = open_reader(desk)
    assert reader.meta["version"] == "3" and reader.meta["source"] == "hub v3"
    assert not reader.is_sample
    reader.close()
    assert run(desk, server).status == "up_to_date"  # same version again: nothing to do
    status = SyncRunner(desk).status()
    assert (status.directory_version, status.directory_age_days, status.warning) == (3, 0, "")


def _attack(name, server, signer):
    other = Signer()
    good = make_zip(snapshot_csvs())
    if name == "bad-signature":
        env = signer.envelope(manifest_fields(5, good))
        forged = json.loads(base64.b64decode(env["manifest"]))
        forged["version"] = 6
        env["manifest"] = base64.b64encode(json.dumps(forged).encode()).decode()
        server.json("GET", MANIFEST, env)
    elif name == "other-key":
        server.json("GET", MANIFEST, other.envelope(manifest_fields(5, good)))
    elif name == "other-key-claims-pinned-id":
        server.json("GET", MANIFEST, other.envelope(manifest_fields(5, good), key_id=signer.key_id))
    elif name == "rollback":
        publish(server, signer, 1, good)
    elif name == "hash-mismatch":
        publish(server, signer, 5, good, sha256="0" * 64)
    elif name == "oversized-size":
        publish(server, signer, 5, good, size=300 * 1024 * 1024)
    elif name == "oversized-download":
        publish(server, signer, 5, good)
        server.raw("GET", "/api/v1/directory/snapshots/5", good + b"x" * 4096)
    elif name == "oversized-download-no-length":
        publish(server, signer, 5, good)
        server.raw(
            "GET",
            "/api/v1/directory/snapshots/5",
            good + b"x" * 4096,
            **{"Content-Length": "-"},
        )
    elif name == "extra-member":
        publish(server, signer, 5, make_zip({**snapshot_csvs(), "../evil.csv": "x"}))
    elif name == "zip-bomb":
        publish(server, signer, 5, make_zip({**snapshot_csvs(), "contacts.csv": "a" * 5_000_000}))
    elif name == "invalid-data":
        bad = {**snapshot_csvs(), "services.csv": "service_id,org_id,name\nx,nobody,X\n"}
        publish(server, signer, 5, make_zip(bad))
    elif name == "not-a-zip":
        publish(server, signer, 5, b"PK\x03\x04 not really a zip" * 10)


ATTACKS = [
    "bad-signature",
    "other-key",
    "other-key-claims-pinned-id",
    "rollback",
    "hash-mismatch",
    "oversized-size",
    "oversized-download",
    "oversized-download-no-length",
    "extra-member",
    "zip-bomb",
    "invalid-data",
    "not-a-zip",
]

REASONS = {
    "bad-signature": "tanda tangan manifest tidak sah",
    "other-key": "tidak dipercaya",
    "other-key-claims-pinned-id": "tanda tangan manifest tidak sah",
    "rollback": "rollback",
    "hash-mismatch": "SHA-256",
    "oversized-size": "melebihi batas",
    "oversized-download": "lebih besar",  # refused on its Content-Length
    "oversized-download-no-length": "unduhan dihentikan",  # cut off at the byte cap
    "extra-member": "isi snapshot harus tepat",
    "zip-bomb": "terlalu besar setelah dibuka",
    "invalid-data": "tidak lolos pemeriksaan",
    "not-a-zip": "bukan ZIP",
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_bad_manifests_and_snapshots_are_rejected_and_the_directory_kept(
    desk, server, signer, attack
):
    publish(server, signer, 2, make_zip(snapshot_csvs("lamalama")))
    assert run(desk, server).status == "updated"
    before = fingerprint_of_directory(desk)
    _attack(attack, server, signer)
    result = run(desk, server, unzip_limit=1_000_000)
    assert result.status == "rejected", result
    assert result.installed == 2
    assert REASONS[attack] in result.reason
    assert fingerprint_of_directory(desk) == before
    assert search(desk, "lamalama") == ["Layanan lamalama Sinkron"]
    if attack == "oversized-size":
        assert ("GET", "/api/v1/directory/snapshots/5") not in server.requests
    assert not list((desk / "sync-tmp").glob("snapshot-*"))


def test_expired_manifest_warns_and_keeps_the_directory(desk, server, signer):
    before = fingerprint_of_directory(desk)
    publish(server, signer, 4, make_zip(snapshot_csvs()), expires_in_days=-1)
    result = run(desk, server)
    assert result.status == "expired" and "kedaluwarsa" in result.reason
    assert fingerprint_of_directory(desk) == before
    status = SyncRunner(desk).status()
    assert status.warning == "expired" and "kedaluwarsa" in status.warning_text
    publish(server, signer, 4, make_zip(snapshot_csvs()))  # a fresh publication clears it
    assert run(desk, server).status == "updated"
    assert SyncRunner(desk).status().warning == ""


def test_nothing_published(desk, server):
    assert run(desk, server).status == "none"


def test_runner_reports_a_rejected_directory(desk, server, signer):
    _attack("other-key", server, signer)
    server.json("POST", "/api/v1/sync/batch", {"results": []})
    report = SyncRunner(desk).run_once(force=True)
    assert report.upload.complete and report.directory.status == "rejected"
    assert not report.ok
    assert any("DITOLAK" in line for line in report.lines())
    assert SyncRunner(desk).status().last_error.startswith("Direktori:")


def test_one_update_at_a_time_and_leftovers_of_a_killed_update_are_cleared(desk, server, signer):
    stale = desk / "sync-tmp" / "snapshot-killed"
    stale.mkdir(parents=True)
    (stale / "snapshot.zip").write_bytes(b"x" * 1024)
    publish(server, signer, 3, make_zip(snapshot_csvs()))
    before = fingerprint_of_directory(desk)
    with worklock.exclusive(desk / "sync-tmp"):  # as if another process were updating
        result = run(desk, server)
    assert result.status == "error" and "sedang berjalan" in result.reason
    assert fingerprint_of_directory(desk) == before and stale.exists()
    assert run(desk, server).status == "updated"
    assert not stale.exists()
