"""Apply a hub snapshot the way a desk does: the real updater, the hub served from memory.

``prepare`` does what is not the desk's work (sign a manifest with a fresh Ed25519 key,
pin it in the desk database as enrollment would, put the hub behind an in-memory httpx
transport); the returned callable is the timed part: ``sync.updater.update_directory``,
which checks the signature and version, downloads and hashes the ZIP, unzips it with
limits, validates it like an import, builds the new directory aside and switches.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

HUB = "https://hub.bench.invalid"  # never contacted: the hub is served from memory


def prepare(data_dir: Path, snapshot: Path) -> Callable[[], dict]:
    import httpx
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from melayani_core import keys as keylib
    from melayani_core.snapshot import manifest_bytes  # not the hub's: its SQLAlchemy is no desk's
    from melayani_desk.storage.desk_db import open_desk_db
    from melayani_desk.sync.client import HubClient
    from melayani_desk.sync.state import SyncStore
    from melayani_desk.sync.updater import installed_version, update_directory

    data = snapshot.read_bytes()
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key_id = keylib.fingerprint(raw)
    version = installed_version(data_dir, 0) + 1
    now = datetime.now(UTC)
    signed = manifest_bytes(
        version,
        now.isoformat(),
        (now + timedelta(days=30)).isoformat(),
        hashlib.sha256(data).hexdigest(),
        len(data),
        {},
    )
    envelope = {
        "manifest": base64.b64encode(signed).decode(),
        "signature": base64.b64encode(key.sign(signed)).decode(),
        "key_id": key_id,
    }

    def hub(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/directory/manifest"):
            return httpx.Response(200, json=envelope)
        if request.url.path.endswith(f"/directory/snapshots/{version}"):
            length = {"Content-Length": str(len(data))}
            return httpx.Response(200, stream=httpx.ByteStream(data), headers=length)
        return httpx.Response(404)

    store = SyncStore(open_desk_db(data_dir))
    store.enroll(HUB, "bench-token", {key_id: raw}, source="bench", now=now)
    client = HubClient(HUB, "bench-token", transport=httpx.MockTransport(hub))

    def apply() -> dict:
        result = update_directory(data_dir, client, store)
        return {"status": result.status, "version": result.installed, "reason": result.reason}

    return apply


def apply_snapshot(data_dir: Path, snapshot: Path) -> dict:
    """Prepare, then apply (only the second part is what the caller should time)."""
    return prepare(data_dir, snapshot)()
