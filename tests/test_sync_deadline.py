"""A sync pass has an overall deadline (issue #11, item 9): a server that drips its answer
one byte at a time never trips a per-read timeout, so the pass itself is bounded. Through
the real program (``melayani-desk sync --deadline``) and the real hub on loopback behind
tests/fault_proxy.py's ``drip``; nothing is lost or doubled."""

from __future__ import annotations

import time

import pytest
from fault_proxy import FaultProxy
from hub_fixtures import hub_on
from test_sync_held import cli, via
from test_sync_hub import counts, hub_uuids, new_desk
from test_sync_support import fill_pending

DEADLINE = 3  # seconds, for the pass under test
STARTUP = 6  # generous: starting Python and opening the desk database on a busy machine


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    with hub_on("sqlite", tmp_path_factory.mktemp("deadline-hub")) as running:
        yield running


@pytest.fixture
def proxy(hub):
    with FaultProxy(hub.base_url, drip_s=0.4) as running:
        yield running


def timed_sync(desk, *args: str):
    started = time.monotonic()
    done = cli(desk, "sync", "--deadline", str(DEADLINE), *args)
    return done, time.monotonic() - started


def test_an_upload_answer_dripped_byte_by_byte_ends_at_the_deadline(hub, tmp_path, proxy):
    desk = new_desk(tmp_path, hub, "drip-batch")
    uuids = fill_pending(desk, 40)
    via(desk, proxy.url)
    proxy.only_path = "/sync/batch"
    proxy.set_plan([], default="drip")  # the hub stores them; the answer takes ~20 minutes
    done, seconds = timed_sync(desk)
    said = done.stdout + done.stderr
    assert done.returncode == 5, said
    print(f"dripped pass ended after {seconds:.1f} s (deadline {DEADLINE} s, with start-up)")
    assert seconds < DEADLINE + STARTUP, f"the pass ran {seconds:.1f} s"
    assert "batas waktu satu putaran sinkronisasi habis" in said and "Traceback" not in said
    assert counts(desk) == {"pending": 40, "sent": 0, "quarantined": 0}  # nothing claimed

    proxy.set_plan([], default="pass")
    done, _ = timed_sync(desk)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "40 sudah ada di hub" in done.stdout  # stored by the dripped pass, acknowledged now
    assert counts(desk) == {"pending": 0, "sent": 40, "quarantined": 0}
    assert sorted(hub_uuids(hub, [desk])) == sorted(uuids)


def test_a_health_answer_dripped_byte_by_byte_ends_at_the_deadline(hub, tmp_path, proxy):
    desk = new_desk(tmp_path, hub, "drip-health")
    fill_pending(desk, 3)
    via(desk, proxy.url)
    proxy.only_path = "/health"
    proxy.set_plan([], default="drip")
    done, seconds = timed_sync(desk)
    assert done.returncode == 5, done.stdout + done.stderr
    print(f"dripped pass ended after {seconds:.1f} s (deadline {DEADLINE} s, with start-up)")
    assert seconds < DEADLINE + STARTUP, f"the pass ran {seconds:.1f} s"
    assert "batas waktu satu putaran" in done.stderr
    assert counts(desk) == {"pending": 3, "sent": 0, "quarantined": 0}


def test_the_deadline_must_be_sensible(tmp_path):
    done = cli(tmp_path, "sync", "--deadline", "0")
    assert done.returncode == 3 and "--deadline harus antara" in done.stderr
