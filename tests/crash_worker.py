"""The process tests/test_crash.py kills with SIGKILL: it saves, imports or updates forever.

    python tests/crash_worker.py referrals DATA_DIR
    python tests/crash_worker.py import DATA_DIR SRC [SRC ...]
    python tests/crash_worker.py update DATA_DIR FIXTURES_DIR

Prints ``ready`` once, then one line per finished step, flushed after the call returned:
``saved <uuid> <seq>``, ``imported <src name>``, ``updated <version>``.
With ``MELAYANI_WORKER_STEPS=n`` it exits after n steps (tests/test_powercut.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from melayani_core.keys import fingerprint
from melayani_desk.directory import local
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.sync.client import HubClient
from melayani_desk.sync.state import SyncStore
from melayani_desk.sync.updater import installed_version, update_directory

CHANNELS = ("read_out", "printed", "whatsapp_link", "contacted_on_behalf")
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
STEPS = int(os.environ.get("MELAYANI_WORKER_STEPS", "0"))
steps = count(1)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
    if line != "ready" and next(steps) == STEPS:
        raise SystemExit(0)


def referrals(data: Path) -> None:
    reader = local.open_reader(data)
    log = ReferralLog(data)
    services = reader.services("ORDER BY sid LIMIT 40")
    contacts = reader.contacts_for_services([s.service_id for s in services])
    pairs = [(s.service_id, c[0].contact_id) for s in services if (c := contacts.get(s.service_id))]
    say("ready")
    for n in count():
        service_id, contact_id = pairs[n % len(pairs)]
        consent = n % 4 == 0
        saved = log.record_referral(
            reader=reader,
            service_id=service_id,
            contact_id=contact_id,
            channel=CHANNELS[n % 4],
            need_text=f"ktp ilang {n} " + "x" * (n % 300),
            consent=consent,
            citizen_name="Siti" if consent else "",
            citizen_phone="0812-3456-7890" if consent else "",
        )
        say(f"saved {saved.uuid} {saved.seq}")
        if n % 7 == 6:  # the sender marks some as sent: the outbox is updated too
            done = [item.item_uuid for item in log.pending(3)]
            log.mark(done, "sent")


def imports(data: Path, sources: list[Path]) -> None:
    local.current_file(data)
    say("ready")
    names = [s.name for s in sources]
    reader = local.open_reader(data)
    current = reader.meta.get("source", "")
    reader.close()
    n = (names.index(current) + 1) if current in names else 0
    while True:
        src = sources[n % len(sources)]
        local.import_path(data, src)
        say(f"imported {src.name}")
        n += 1


class Hub:
    """The hub's directory endpoints, publishing version ``v`` with snapshot ``v % k``."""

    def __init__(self, fixtures: Path):
        self.snaps = sorted(fixtures.glob("snap-*.zip"))
        self.key = Ed25519PrivateKey.from_private_bytes((fixtures / "key.raw").read_bytes())
        self.raw_public = (fixtures / "key.pub").read_bytes()
        self.version = 0

    def snapshot(self, version: int) -> bytes:
        return self.snaps[version % len(self.snaps)].read_bytes()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/api/v1/directory/manifest":
            body = self.snapshot(self.version)
            signed = json.dumps({
                "format": "melayani-directory/1", "version": self.version,
                "issued_at": NOW.isoformat(), "expires": (NOW + timedelta(days=3650)).isoformat(),
                "sha256": hashlib.sha256(body).hexdigest(), "size": len(body),
                "snapshot": f"/api/v1/directory/snapshots/{self.version}", "counts": {},
            }).encode()  # fmt: skip
            return httpx.Response(200, json={
                "manifest": base64.b64encode(signed).decode(),
                "signature": base64.b64encode(self.key.sign(signed)).decode(),
                "key_id": fingerprint(self.raw_public),
            })  # fmt: skip
        if path == "/api/v1/keys/statements":
            return httpx.Response(404)  # no key rotated: a hub of the first releases
        version = int(path.rsplit("/", 1)[1])
        return httpx.Response(200, stream=Chunks(self.snapshot(version)))


class Chunks(httpx.SyncByteStream):
    """A streamed body, as the real hub sends a snapshot."""

    def __init__(self, body: bytes):
        self.body = body

    def __iter__(self):  # noqa: ANN204
        for start in range(0, len(self.body), 64 * 1024):
            yield self.body[start : start + 64 * 1024]


def updates(data: Path, fixtures: Path) -> None:
    hub = Hub(fixtures)
    log = ReferralLog(data)
    store = SyncStore(log.db)
    if not store.load().enrolled:
        store.enroll("https://hub.test", "rahasia", {fingerprint(hub.raw_public): hub.raw_public},
                     "uji", NOW)  # fmt: skip
    local.current_file(data)
    client = HubClient("https://hub.test", "rahasia", transport=httpx.MockTransport(hub))
    say("ready")
    while True:
        hub.version = installed_version(data, store.load().directory_version) + 1
        result = update_directory(data, client, store, now=NOW)
        if result.status != "updated":
            raise SystemExit(f"update failed: {result}")
        say(f"updated {result.installed}")


def main(argv: list[str]) -> None:
    mode, data = argv[0], Path(argv[1])
    if mode == "referrals":
        referrals(data)
    elif mode == "import":
        imports(data, [Path(p) for p in argv[2:]])
    elif mode == "update":
        updates(data, Path(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
