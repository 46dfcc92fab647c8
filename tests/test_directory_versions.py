"""Directory version numbers are bounded, checked before anything is switched, and a
manifest signed by a trusted key can lift a desk out of a version floor it should never
have reached (a slip of the publisher, a hub restored from a backup).

The ordering is (epoch, version): ``melayani-hub publish --reset-floor`` starts a new
epoch, which every desk accepts over any version of an earlier epoch; replays of the old
epoch stay refused."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from hub_fixtures import fresh_hub_fixture  # noqa: F401
from sync_fixtures import desk, server, signer  # noqa: F401
from test_sync_support import make_zip, manifest_fields, snapshot_csvs

from melayani_core.snapshot import MAX_VERSION
from melayani_core.storage.directory_db import DirectoryReader, DirectoryStore
from melayani_desk.cli import main
from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import HubClient
from melayani_desk.sync.enroll import enroll
from melayani_desk.sync.state import SyncStore
from melayani_desk.sync.updater import update_directory
from melayani_hub import publish, signing
from melayani_hub.desks import new_code

MANIFEST = "/api/v1/directory/manifest"


def offer(server, signer, version, word="kupukupu", **fields):
    snapshot = make_zip(snapshot_csvs(word))
    server.json("GET", MANIFEST, signer.envelope(manifest_fields(version, snapshot, **fields)))
    server.raw("GET", f"/api/v1/directory/snapshots/{version}", snapshot)


def run(data_dir, server):
    log = ReferralLog(data_dir)
    try:
        with HubClient(server.url, "t") as client:
            return update_directory(data_dir, client, SyncStore(log.db))
    finally:
        log.close()


def state(data_dir):
    log = ReferralLog(data_dir)
    try:
        return SyncStore(log.db).load()
    finally:
        log.close()


def set_floor(data_dir, version):
    """What an earlier release stored after installing a huge version."""
    log = ReferralLog(data_dir)
    try:
        SyncStore(log.db).update(directory_version=version)
    finally:
        log.close()


def fingerprint(data_dir):
    store = DirectoryStore(data_dir)
    return store.pointer.read_bytes(), hashlib.sha256(store.current().read_bytes()).hexdigest()


@pytest.mark.parametrize("version", [MAX_VERSION + 1, 2**53, 2**63, 2**64 + 7])
def test_a_version_beyond_the_bound_is_refused_before_anything_changes(
    desk, server, signer, version
):
    before = fingerprint(desk)
    offer(server, signer, version)
    result = run(desk, server)
    assert result.status == "rejected" and "version" in result.reason
    assert fingerprint(desk) == before
    assert state(desk).directory_version == 0
    offer(server, signer, 3)  # the desk is not frozen: the real next version installs
    assert run(desk, server).status == "updated"
    assert state(desk).directory_version == 3


def test_the_highest_allowed_version_installs_and_a_referral_still_reaches_the_bound(
    desk, server, signer
):
    offer(server, signer, MAX_VERSION)
    assert run(desk, server).status == "updated"
    reader = open_reader(desk)
    try:
        assert int(reader.meta["version"]) == MAX_VERSION
    finally:
        reader.close()


def test_a_signed_reset_lifts_a_frozen_desk_and_replays_stay_refused(desk, server, signer):
    set_floor(desk, 2**40)  # frozen by an earlier release: every real version a "rollback"
    offer(server, signer, 12)
    assert run(desk, server).status == "rejected"
    offer(server, signer, 12, word="pulih", epoch=1)  # the publisher's signed reset
    result = run(desk, server)
    assert result.status == "updated" and result.installed == 12
    got = state(desk)
    assert (got.directory_epoch, got.directory_version) == (1, 12)
    reader = DirectoryStore(desk).current()
    meta = DirectoryReader(reader)
    try:
        assert (meta.meta["epoch"], meta.meta["version"]) == ("1", "12")
    finally:
        meta.close()
    # an old-epoch manifest, however high, is a replay now
    before = fingerprint(desk)
    offer(server, signer, MAX_VERSION)
    assert run(desk, server).status == "rejected"
    offer(server, signer, 11, epoch=1)
    assert run(desk, server).status == "rejected"
    assert fingerprint(desk) == before
    offer(server, signer, 13, word="lanjut", epoch=1)
    assert run(desk, server).status == "updated"


@pytest.mark.parametrize("epoch", [-1, MAX_VERSION + 1, "1", True, 1.5])
def test_a_bad_epoch_is_refused(desk, server, signer, epoch):
    before = fingerprint(desk)
    offer(server, signer, 5, epoch=epoch)
    assert run(desk, server).status == "rejected"
    assert fingerprint(desk) == before


def test_the_real_hub_resets_a_frozen_desk_with_publish_reset_floor(
    fresh_hub, tmp_path, sample_dir, capsys
):
    hub = fresh_hub
    key, pub, _ = signing.keygen(tmp_path / "keys")
    csv = tmp_path / "csv"
    csv.mkdir()
    for name, body in snapshot_csvs("kupukupu").items():
        (csv / name).write_text(body, encoding="utf-8")
    publish.publish(hub.engine, csv, key)  # v1
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    code, _ = new_code(hub.engine, "Meja Beku")
    enroll(folder, hub.base_url, code, str(pub))
    assert main(["--data-dir", str(folder), "sync"]) == 0
    capsys.readouterr()
    set_floor(folder, 5000)  # e.g. the hub was restored from an old backup
    publish.publish(hub.engine, csv, key)  # v2: refused by the frozen desk
    assert main(["--data-dir", str(folder), "sync"]) != 0
    assert "rollback" in capsys.readouterr().err
    hub_cli = ["publish", str(csv), "--key", str(key), "--db", hub.db_url, "--reset-floor"]
    from melayani_hub.cli import main as hub_main

    assert hub_main(hub_cli) == 0
    assert "epoch 1" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "sync"]) == 0
    assert "diperbarui ke v3" in capsys.readouterr().out
    got = state(folder)
    assert (got.directory_epoch, got.directory_version) == (1, 3)
    published = publish.publish(hub.engine, csv, key)  # later publications keep the epoch
    assert published.version == 4 and published.epoch == 1
    assert main(["--data-dir", str(folder), "sync"]) == 0
    assert "diperbarui ke v4" in capsys.readouterr().out
