"""Bad networks: the desk's real sender against the real hub (uvicorn on loopback) through
tests/fault_proxy.py, driven by a hypothesis state machine.

Rules save referrals and outcomes, and run upload passes while the proxy drops requests
before or after the hub commits, resets, truncates, answers 5xx, or a 400/403/404/407 of
its own (a front server, a content filter, a proxy), is slow, stalls past the client's
timeout, or is a captive portal answering 200. After every step: every
item the desk marked sent is on the hub, and the hub holds nothing the desk did not log.
After healing (faults off, passes until nothing is pending): the hub holds exactly the
desk's items, each once, and nothing is quarantined: only the hub's own answer about an
item may hold it back, and no fault here is one.

Steps: ``MELAYANI_NET_STEPS`` (default 300 for CI); the full run in docs/reliability.md
uses 1200.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from fault_proxy import ACTIONS, FaultProxy
from hub_fixtures import hub_on
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select
from test_sync_support import Signer

from melayani_desk.directory.local import open_reader
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import HubClient
from melayani_desk.sync.enroll import enroll
from melayani_desk.sync.sender import Backoff, upload
from melayani_desk.sync.state import SyncStore
from melayani_hub.desks import new_code
from melayani_hub.models import ContactReport, Outcome, Referral

STEPS = int(os.environ.get("MELAYANI_NET_STEPS", "300"))
STEPS_PER_DESK = 50
TIMEOUT = httpx.Timeout(0.6, connect=0.6)
STICKY = ("pass", "pass", "pass", "drop_before", "portal", "error_503")


class World:
    hub = None
    proxy: FaultProxy | None = None
    base: Path | None = None
    sample: Path | None = None
    steps = 0
    syncs = 0
    faults: dict[str, int] = {}


class DeskAndHub(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        hub = World.hub
        self.folder = Path(tempfile.mkdtemp(prefix="desk-", dir=World.base))
        code, _ = new_code(hub.engine, "Meja uji", "Giri", "Jambesari")
        trust = Signer().write_pub(self.folder.parent / f"{self.folder.name}.pub")
        enroll(self.folder, hub.base_url, code, str(trust))
        self.log = ReferralLog(self.folder)
        self.reader = open_reader(self.folder)
        state = SyncStore(self.log.db).load()
        self.client = HubClient(World.proxy.url, state.token, timeout=TIMEOUT)
        services = self.reader.services("ORDER BY sid LIMIT 20")
        linked = self.reader.contacts_for_services([s.service_id for s in services])
        self.pairs = [(s, linked[s][0].contact_id) for s in linked if linked[s]]
        self.referrals: list[str] = []
        self.n = 0

    # --- rules -------------------------------------------------------------------------
    @rule(count=st.integers(1, 4))
    def save_referrals(self, count: int) -> None:
        World.steps += 1
        for _ in range(count):
            service_id, contact_id = self.pairs[self.n % len(self.pairs)]
            self.n += 1
            saved = self.log.record_referral(
                reader=self.reader, service_id=service_id, contact_id=contact_id,
                channel="read_out", need_text=f"kebutuhan {self.n}",
            )  # fmt: skip
            self.referrals.append(saved.uuid)

    @precondition(lambda self: self.referrals)
    @rule(pick=st.integers(0, 10_000), kind=st.sampled_from(["responded", "unreachable"]))
    def save_outcome(self, pick: int, kind: str) -> None:
        World.steps += 1
        self.log.record_outcome(self.referrals[pick % len(self.referrals)], kind)

    @rule(
        faults=st.lists(st.sampled_from(ACTIONS), max_size=4),
        sticky=st.sampled_from(STICKY),
        batches=st.sampled_from([None, 1]),
    )
    def sync(self, faults: list[str], sticky: str, batches: int | None) -> None:
        World.steps += 1
        World.syncs += 1
        for action in [*faults, sticky]:
            World.faults[action] = World.faults.get(action, 0) + 1
        World.proxy.set_plan(faults, default=sticky)
        result = upload(self.log, self.client, max_batches=batches, backoff=Backoff())
        World.proxy.set_plan([])
        if sticky == "portal" and not faults:
            assert not result.online  # a captive portal's 200 is not the hub
        assert result.sent + result.quarantined + result.pending >= 0

    # --- checks ------------------------------------------------------------------------
    def desk_states(self) -> dict[str, str]:
        with self.log.db.read() as con:
            return dict(con.execute("SELECT item_uuid, state FROM outbox").fetchall())

    def hub_items(self) -> list[str]:
        desk_id = self.log.desk.desk_id
        with World.hub.engine.connect() as conn:
            return [
                u
                for model in (Referral, Outcome, ContactReport)
                for u in conn.scalars(select(model.uuid).where(model.desk_id == desk_id))
            ]

    @invariant()
    def sent_items_are_on_the_hub_and_nothing_else_is(self) -> None:
        states = self.desk_states()
        on_hub = self.hub_items()
        assert len(on_hub) == len(set(on_hub)), "an item stored twice on the hub"
        assert set(on_hub) <= set(states), "the hub holds an item the desk never logged"
        sent = {u for u, s in states.items() if s == "sent"}
        assert sent <= set(on_hub), "marked sent but not on the hub"

    def teardown(self) -> None:
        try:
            World.proxy.set_plan([])
            for _ in range(5):
                result = upload(self.log, self.client, backoff=Backoff())
                if result.complete and result.pending == 0:
                    break
            states = self.desk_states()
            on_hub = set(self.hub_items())
            assert not [u for u, s in states.items() if s == "pending"], "still pending"
            kept = {u for u, s in states.items() if s != "quarantined"}
            held = {u for u, s in states.items() if s == "quarantined"}
            assert not held, "held back on an answer that was not the hub's"
            assert on_hub == kept | (held & World.proxy.forwarded_ok)
            assert {u for u, s in states.items() if s == "sent"} == kept
        finally:
            self.client.close()
            self.reader.close()
            self.log.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with hub_on("sqlite", tmp_path_factory.mktemp("net-hub")) as hub:
        with FaultProxy(hub.base_url, slow_s=0.15, stall_s=1.0) as proxy:
            World.hub, World.proxy = hub, proxy
            World.base = tmp_path_factory.mktemp("net-desks")
            yield World


def test_sync_through_a_bad_network_delivers_exactly_once(world):
    world.steps = 0
    started = datetime.now(UTC)
    while world.steps < STEPS:
        examples = max(1, -(-(STEPS - world.steps) // STEPS_PER_DESK))
        run_state_machine_as_test(
            DeskAndHub,
            settings=settings(
                max_examples=examples,
                stateful_step_count=STEPS_PER_DESK,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            ),
        )
    seconds = (datetime.now(UTC) - started).total_seconds()
    print(f"net faults: {world.steps} steps, {world.syncs} sync passes, {seconds:.0f}s, "
          f"actions {dict(sorted(world.faults.items()))}")  # fmt: skip
    assert world.steps >= STEPS
    assert all(world.faults.get(a) for a in ACTIONS)
