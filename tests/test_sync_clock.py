"""A wrong PC clock must not stop automatic sync (issue #11, item 6): the retry schedule is
bounded by the backoff's cap and is not believed once the clock has moved back. Through
the real program (``melayani-desk sync --if-due``, as the window's automatic passes run
it) against the real hub on loopback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from hub_fixtures import hub_on
from test_sync_held import cli
from test_sync_hub import counts, hub_uuids, new_desk
from test_sync_support import fill_pending

from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.runner import SyncRunner
from melayani_desk.sync.sender import Backoff
from melayani_desk.sync.state import SyncStore, iso, parse_iso

AHEAD = timedelta(days=1640)  # about 4.5 years


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    with hub_on("sqlite", tmp_path_factory.mktemp("clock-hub")) as running:
        yield running


def down() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(503, text="pemeliharaan"))


def state_of(folder):
    log = ReferralLog(folder)
    try:
        return SyncStore(log.db).load()
    finally:
        log.close()


def test_a_pass_failed_under_a_clock_years_ahead_does_not_hold_back_sync_after_the_fix(
    hub, tmp_path
):
    desk = new_desk(tmp_path, hub, "ahead")
    uuids = fill_pending(desk, 12)
    wrong_now = datetime.now(UTC) + AHEAD
    failed = SyncRunner(desk, transport=down()).run_once(now=wrong_now)
    assert not failed.upload.online
    scheduled = parse_iso(state_of(desk).next_attempt_at)
    assert scheduled > datetime.now(UTC) + AHEAD - timedelta(days=1)  # years from now

    done = cli(desk, "sync", "--if-due")  # the clock is right again
    assert done.returncode == 0, done.stdout + done.stderr
    assert "menunggu jadwal" not in done.stdout + done.stderr
    assert counts(desk) == {"pending": 0, "sent": 12, "quarantined": 0}
    assert sorted(hub_uuids(hub, [desk])) == sorted(uuids)
    state = state_of(desk)
    assert (state.next_attempt_at, state.consecutive_failures) == (None, 0)


def test_a_failure_after_the_fix_schedules_from_the_right_clock_within_the_cap(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "after")
    fill_pending(desk, 3)
    backoff = Backoff(rng=lambda low, high: high)
    runner = SyncRunner(desk, transport=down(), backoff=backoff)
    runner.run_once(now=datetime.now(UTC) + AHEAD)
    log = ReferralLog(desk)
    SyncStore(log.db).update(consecutive_failures=40)  # years of failures behind it
    log.close()
    now = datetime.now(UTC)
    report = runner.run_once(now=now)  # not skipped: the 2031 schedule is not believed
    assert not report.skipped and not report.upload.online
    due = parse_iso(state_of(desk).next_attempt_at)
    assert now < due <= now + timedelta(seconds=backoff.cap + 1)
    later = runner.run_once(now=now + timedelta(seconds=60))  # a believable schedule holds
    assert "menunggu jadwal" in later.skipped


def test_a_schedule_made_at_a_time_still_to_come_is_not_believed(hub, tmp_path):
    desk = new_desk(tmp_path, hub, "moved-back")
    fill_pending(desk, 2)
    now = datetime.now(UTC).replace(microsecond=0)
    log = ReferralLog(desk)
    store = SyncStore(log.db)
    # made 20 minutes "from now" (the clock was 20 minutes fast), due 5 minutes after that
    store.update(
        last_attempt_at=iso(now + timedelta(minutes=20)),
        next_attempt_at=iso(now + timedelta(minutes=25)),
        consecutive_failures=1,
    )
    log.close()
    report = SyncRunner(desk).run_once(now=now)
    assert not report.skipped and report.upload.sent == 2

    log = ReferralLog(desk)
    SyncStore(log.db).update(last_attempt_at=iso(now - timedelta(minutes=1)),
                             next_attempt_at=iso(now + timedelta(minutes=5)))  # fmt: skip
    log.close()
    assert "menunggu jadwal" in SyncRunner(desk).run_once(now=now).skipped
