"""Quarantine only on the hub's own answer about an item (issue #11, item 1), through the
real program (``melayani-desk sync`` in a subprocess) and the real hub on loopback, with
tests/fault_proxy.py standing in for whatever sits between them: a content filter's 403
block page, a 404 or a 400 from a front server, a proxy's 407. Held items are listed with
their reason and can be sent again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fault_proxy import FaultProxy
from hub_fixtures import hub_on
from sqlalchemy import delete, select
from test_sync_hub import client_for, counts, hub_uuids, new_desk
from test_sync_support import fill_pending

from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.state import SyncStore
from melayani_hub.models import Referral

ROOT = Path(__file__).resolve().parents[1]


def cli(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("MELAYANI_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "melayani_desk", "--data-dir", str(folder), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def via(folder: Path, url: str) -> None:
    log = ReferralLog(folder)
    SyncStore(log.db).update(hub_url=url)
    log.close()


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    """The real hub (SQLite: what is held is the desk's decision, not the database's)."""
    with hub_on("sqlite", tmp_path_factory.mktemp("held-hub")) as running:
        yield running


@pytest.fixture
def proxy(hub):
    with FaultProxy(hub.base_url) as running:
        running.only_path = "/sync/batch"  # /health passes: the hub looks online
        yield running


@pytest.mark.parametrize("fault", ["block_403", "error_404", "proxy_407", "reject_400"])
def test_a_4xx_from_between_holds_nothing_back_and_everything_arrives_later(
    hub, tmp_path, proxy, fault
):
    desk = new_desk(tmp_path, hub, f"between-{fault}")
    uuids = fill_pending(desk, 1200)
    via(desk, proxy.url)
    proxy.set_plan([], default=fault)
    done = cli(desk, "sync")
    assert done.returncode == 5, done.stdout + done.stderr
    said = done.stdout + done.stderr
    assert "perantara jaringan" in said and "Traceback" not in said
    assert counts(desk) == {"pending": 1200, "sent": 0, "quarantined": 0}
    assert hub_uuids(hub, [desk]) == []

    proxy.set_plan([], default="pass")  # the filter / proxy is fixed
    done = cli(desk, "sync")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ditahan hub: 0" in done.stdout
    assert counts(desk) == {"pending": 0, "sent": 1200, "quarantined": 0}
    assert sorted(hub_uuids(hub, [desk])) == sorted(uuids)


def test_a_content_filter_refusing_one_referral_holds_back_only_that_one(hub, tmp_path, proxy):
    desk = new_desk(tmp_path, hub, "filter")
    uuids = fill_pending(desk, 500)
    via(desk, proxy.url)
    proxy.filter_word = b'"ktp hilang 137"'  # one referral's text (need_text of the 138th)
    done = cli(desk, "sync")
    assert done.returncode == 5, done.stdout + done.stderr
    assert "1 item ditolak oleh perantara jaringan" in done.stdout + done.stderr
    assert counts(desk) == {"pending": 1, "sent": 499, "quarantined": 0}
    assert set(hub_uuids(hub, [desk])) == set(uuids) - {uuids[137]}
    log = ReferralLog(desk)
    (left,) = log.pending()
    assert left.item_uuid == uuids[137] and "HTTP 403" in left.last_error
    assert log.held() == []
    log.close()

    proxy.filter_word = None
    assert cli(desk, "sync").returncode == 0
    assert counts(desk) == {"pending": 0, "sent": 500, "quarantined": 0}
    assert set(hub_uuids(hub, [desk])) == set(uuids)


def test_held_items_are_counted_listed_with_their_reason_and_can_be_sent_again(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "held")
    fill_pending(desk, 5)
    log = ReferralLog(desk)
    victim = log.pending(5)[2]
    log.close()
    forged = dict(victim.payload, need_text="isi lain dengan uuid yang sama")
    with client_for(desk) as client:  # something else already stored under its uuid
        status, _ = client.request("POST", "/sync/batch", {"items": [
            {"type": "referral", "uuid": victim.item_uuid, "payload": forged}]})  # fmt: skip
    assert status == 200

    first = cli(desk, "sync")
    assert "ditahan hub: 1 (1 baru)" in first.stdout + first.stderr
    fill_pending(desk, 2)
    second = cli(desk, "sync")  # a later pass still says what is held
    assert "ditahan hub: 1 (0 baru)" in second.stdout + second.stderr
    assert "sync --retry-held" in second.stdout + second.stderr
    assert counts(desk) == {"pending": 0, "sent": 6, "quarantined": 1}

    listed = cli(desk, "sync", "--held")
    assert listed.returncode == 0
    # the hub's reason in the staff's words (its English detail after them)
    held_words = "ditolak hub: isi catatan berbeda dari yang sudah tersimpan di hub"
    assert victim.item_uuid in listed.stdout and held_words in listed.stdout
    rows = json.loads(cli(desk, "sync", "--held", "--json").stdout)
    assert [(r["type"], r["uuid"]) for r in rows] == [("referral", victim.item_uuid)]
    assert rows[0]["reason"].startswith(held_words)
    mine = cli(desk, "referrals", "--held")
    assert victim.item_uuid in mine.stdout and f"alasan ditahan: {held_words}" in mine.stdout

    # the regency removes the stray record on the hub; the clerk sends the held one again
    with hub.engine.begin() as conn:
        conn.execute(delete(Referral).where(Referral.uuid == victim.item_uuid))
    again = cli(desk, "sync", "--retry-held")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "1 item yang ditahan dikembalikan ke antrean" in again.stdout
    assert counts(desk) == {"pending": 0, "sent": 7, "quarantined": 0}
    with hub.engine.connect() as conn:
        need = conn.scalar(select(Referral.need_text).where(Referral.uuid == victim.item_uuid))
    assert need == victim.payload["need_text"]


def test_retry_held_narrows_to_the_items_named(data_dir):
    uuids = fill_pending(data_dir, 4)
    log = ReferralLog(data_dir)
    try:
        log.mark(uuids[:3], "quarantined", "konflik di hub: beda")
        assert [i.item_uuid for i in log.held()] == uuids[:3]
        assert log.retry_held([uuids[1], uuids[3]]) == 1  # uuids[3] is not held
        assert [i.item_uuid for i in log.held()] == [uuids[0], uuids[2]]
        assert [i.item_uuid for i in log.pending()] == [uuids[1], uuids[3]]  # FIFO kept
        assert log.retry_held() == 2 and log.held() == []
    finally:
        log.close()


def test_items_an_older_release_held_for_a_whole_refused_batch_go_out_again(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "legacy")
    uuids = fill_pending(desk, 30)
    log = ReferralLog(desk)
    log.mark(uuids[:20], "quarantined", "HTTP 403: <html>Akses Diblokir</html>")
    log.mark(uuids[20:22], "quarantined", "konflik di hub: desk mismatch")
    log.close()
    done = cli(desk, "sync")
    assert "20 item yang dulu ditahan" in done.stdout
    assert counts(desk) == {"pending": 0, "sent": 28, "quarantined": 2}
    assert set(hub_uuids(hub, [desk])) == set(uuids) - set(uuids[20:22])
