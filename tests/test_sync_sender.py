"""The sender against an in-process fake hub (httpx.MockTransport): marking, batching, retry."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import httpx
import pytest
from test_sync_support import HEALTH, fill_pending

from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import HubClient
from melayani_desk.sync.sender import MAX_BYTES, MAX_REFUSED, Backoff, take_batch, upload
from melayani_desk.sync.state import SyncStore, parse_iso

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


class FakeHub:
    """Stores items by uuid; ``script`` holds canned answers for the next batch posts."""

    def __init__(self) -> None:
        self.stored: dict[str, dict] = {}
        self.script: list[httpx.Response | Exception] = []
        self.batches: list[int] = []
        self.conflict: set[str] = set()
        self.health: httpx.Response = httpx.Response(200, json=HEALTH)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/health":
            return self.health
        assert request.url.path == "/api/v1/sync/batch"
        assert request.headers["Authorization"] == "Bearer rahasia"
        items = json.loads(request.content)["items"]
        self.batches.append(len(items))
        if self.script:
            canned = self.script.pop(0)
            if isinstance(canned, Exception):
                raise canned
            return canned
        results = []
        for item in items:
            if item["uuid"] in self.conflict:
                results.append({"uuid": item["uuid"], "status": "conflict", "detail": "beda"})
            elif item["uuid"] in self.stored:
                results.append({"uuid": item["uuid"], "status": "duplicate"})
            else:
                self.stored[item["uuid"]] = item
                results.append({"uuid": item["uuid"], "status": "created"})
        return httpx.Response(200, json={"results": results})


@pytest.fixture
def hub():
    return FakeHub()


@pytest.fixture
def desk(data_dir):
    log = ReferralLog(data_dir)
    SyncStore(log.db).enroll("https://hub.test", "rahasia", {}, "uji", NOW)
    yield log
    log.close()


def client(hub: FakeHub) -> HubClient:
    return HubClient("https://hub.test", "rahasia", transport=httpx.MockTransport(hub))


def test_all_pending_go_in_fifo_batches_and_are_marked_sent(data_dir, desk, hub):
    uuids = fill_pending(data_dir, 1203)
    result = upload(desk, client(hub), now=NOW)
    assert (result.created, result.duplicates, result.pending, result.error) == (1203, 0, 0, "")
    assert hub.batches == [500, 500, 203]
    assert list(hub.stored) == uuids  # FIFO
    assert desk.counts() == {"pending": 0, "sent": 1203, "quarantined": 0}
    state = SyncStore(desk.db).load()
    assert state.last_success_at == NOW.isoformat() and state.consecutive_failures == 0


def test_duplicates_are_acknowledged(data_dir, desk, hub):
    uuids = fill_pending(data_dir, 10)
    hub.stored = {u: {} for u in uuids[:4]}
    result = upload(desk, client(hub), now=NOW)
    assert (result.created, result.duplicates, result.sent) == (6, 4, 10)
    assert desk.counts()["sent"] == 10


def test_conflict_goes_to_quarantine_with_detail(data_dir, desk, hub):
    uuids = fill_pending(data_dir, 5)
    hub.conflict = {uuids[2]}
    result = upload(desk, client(hub), now=NOW)
    assert (result.sent, result.quarantined, result.held) == (4, 1, 1)
    held = desk.referrals(sync_state="quarantined")
    assert [v.uuid for v in held] == [uuids[2]]
    con = sqlite3.connect(data_dir / "desk.sqlite")
    error = con.execute("SELECT last_error FROM outbox WHERE item_uuid = ?", (uuids[2],))
    assert "beda" in error.fetchone()[0]
    con.close()


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(503, json={"detail": "sibuk"}),
        httpx.Response(500, text="<html>oops</html>"),
        httpx.Response(200, text="<html>portal</html>"),
        httpx.Response(200, json={"results": []}),
        httpx.ReadTimeout("lambat"),
        httpx.RemoteProtocolError("reset"),
        httpx.Response(429, json={"detail": "pelan"}),
    ],
    ids=["503", "500-html", "200-html", "short-results", "timeout", "reset", "429"],
)
def test_transient_failure_marks_nothing_and_schedules_backoff(data_dir, desk, hub, failure):
    fill_pending(data_dir, 20)
    hub.script = [failure]
    backoff = Backoff(base=10, cap=100, rng=lambda low, high: high)
    result = upload(desk, client(hub), now=NOW, backoff=backoff)
    assert result.error and result.sent == 0 and result.pending == 20
    assert desk.counts() == {"pending": 20, "sent": 0, "quarantined": 0}
    state = SyncStore(desk.db).load()
    assert state.consecutive_failures == 1
    assert (parse_iso(state.next_attempt_at) - NOW).total_seconds() == 10  # base * 2**0
    result = upload(desk, client(hub), now=NOW, backoff=backoff)  # the next pass succeeds
    assert result.sent == 20 and result.error == ""
    state = SyncStore(desk.db).load()
    assert (state.consecutive_failures, state.next_attempt_at) == (0, None)


def test_backoff_grows_and_is_capped_and_jittered():
    seen = []
    b = Backoff(base=10, cap=100, rng=lambda low, high: seen.append((low, high)) or high)
    assert [b.delay(n) for n in range(6)] == [10, 20, 40, 80, 100, 100]
    assert all(low == 0 for low, _ in seen)
    assert 0 <= Backoff(base=10, cap=100).delay(50) <= 100


def test_persisted_backoff_grows_with_consecutive_failures(data_dir, desk, hub):
    fill_pending(data_dir, 3)
    backoff = Backoff(base=10, cap=1000, rng=lambda low, high: high)
    for n in range(4):
        hub.script = [httpx.Response(502)]
        upload(desk, client(hub), now=NOW, backoff=backoff)
        state = SyncStore(desk.db).load()
        assert state.consecutive_failures == n + 1
        assert (parse_iso(state.next_attempt_at) - NOW).total_seconds() == 10 * 2**n


def test_401_stops_without_quarantine(data_dir, desk, hub):
    fill_pending(data_dir, 7)
    hub.script = [httpx.Response(401, json={"detail": "token"})]
    result = upload(desk, client(hub), now=NOW)
    assert result.token_rejected and "token ditolak" in result.error
    assert desk.counts() == {"pending": 7, "sent": 0, "quarantined": 0}


@pytest.mark.parametrize("status", [400, 403, 404, 407, 413, 422])
def test_a_4xx_that_is_not_the_hubs_answer_about_an_item_quarantines_nothing(
    data_dir, desk, hub, status
):
    fill_pending(data_dir, 7)
    refused = httpx.Response(status, json={"detail": "rusak"})
    hub.script = [refused] * 40
    backoff = Backoff(base=10, cap=100, rng=lambda low, high: high)
    result = upload(desk, client(hub), now=NOW, backoff=backoff)
    assert result.quarantined == 0 and result.held == 0 and not result.complete
    assert desk.counts() == {"pending": 7, "sent": 0, "quarantined": 0}
    assert result.refused == 7 and "perantara jaringan" in result.refused_reason
    assert [i.last_error.startswith("ditolak oleh perantara") for i in desk.pending()] == [True] * 7
    assert SyncStore(desk.db).load().consecutive_failures == 1  # retried with backoff
    hub.script = []
    result = upload(desk, client(hub), now=NOW)
    assert result.sent == 7 and result.complete


def test_halving_finds_the_one_item_refused_on_the_way(data_dir, desk, hub):
    uuids = fill_pending(data_dir, 8)
    too_big = httpx.Response(413, json={"detail": "besar"})
    # 8 -> 413; 4 -> 413; 2 -> 413; 1 -> 413 (stays pending); then the rest go through
    hub.script = [too_big, too_big, too_big, too_big]
    result = upload(desk, client(hub), now=NOW)
    assert hub.batches[:4] == [8, 4, 2, 1]
    assert (result.quarantined, result.sent, result.pending, result.refused) == (0, 7, 1, 1)
    assert [i.item_uuid for i in desk.pending()] == [uuids[0]]


def test_a_path_refusing_everything_stops_the_pass_within_its_budget(data_dir, desk, hub):
    fill_pending(data_dir, 500)
    hub.script = [httpx.Response(403, text="<html>diblokir</html>")] * 1000
    result = upload(desk, client(hub), now=NOW)
    assert len(hub.batches) == MAX_REFUSED and "perantara jaringan" in result.error
    assert desk.counts() == {"pending": 500, "sent": 0, "quarantined": 0}


def test_offline_when_health_is_not_the_hub(data_dir, desk, hub):
    fill_pending(data_dir, 3)
    hub.health = httpx.Response(200, text="<html>Login Wi-Fi</html>")
    result = upload(desk, client(hub), now=NOW)
    assert not result.online and hub.batches == []
    assert desk.counts()["pending"] == 3
    assert SyncStore(desk.db).load().consecutive_failures == 1


def test_max_batches_limits_a_pass(data_dir, desk, hub):
    fill_pending(data_dir, 1100)
    result = upload(desk, client(hub), now=NOW, max_batches=1)
    assert (result.sent, result.pending, result.error) == (500, 600, "")


def test_take_batch_respects_the_byte_limit(data_dir, desk):
    fill_pending(data_dir, 50)
    items = desk.pending(500)
    size = len(
        json.dumps(
            {"type": "referral", "uuid": items[0].item_uuid, "payload": items[0].payload}
        ).encode()
    )
    batch = take_batch(items, max_bytes=size * 10 + 20)
    assert 5 <= len(batch.uuids) < 11
    assert json.loads(batch.body())["items"][0]["uuid"] == items[0].item_uuid
    assert len(take_batch(items, max_bytes=1).uuids) == 1  # one item always goes
    assert len(take_batch(items).uuids) == 50 and MAX_BYTES > 1024 * 1024
