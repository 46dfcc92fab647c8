"""Follow the hub's key rotation statements before a directory manifest is verified.

``GET /api/v1/keys/statements`` lists every statement; ``melayani_core.keyset.advance``
follows those newer than the desk's from the desk's trusted set, and the set reached is
stored in one transaction (``SyncStore.trust``). A hub without the endpoint (404, an older
hub) has nothing to follow. A statement the desk must not follow is named (``problem``):
the desk keeps the keys it trusts, and the updater gives that reason with its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from melayani_core import keyset
from melayani_desk.sync.client import HubClient, HubError, json_body, looks_like_html
from melayani_desk.sync.state import SyncStore

PATH = "/keys/statements"
MAX_BODY = 1024 * 1024


@dataclass(frozen=True)
class Followed:
    applied: tuple[int, ...] = ()  # the statement versions followed in this pass
    problem: str = ""  # why a statement was refused ("" = none was)


def fetch(client: HubClient) -> list:
    """The hub's statements (empty from a hub that has none or no such endpoint)."""
    status, body = client.request("GET", PATH, limit=MAX_BODY)
    if status == 404:
        return []
    if status != 200 or looks_like_html(body):
        raise HubError(f"daftar pernyataan kunci tidak terbaca (HTTP {status})")
    listed = json_body(body)
    found = listed.get("statements") if isinstance(listed, dict) else None
    if not isinstance(found, list):
        raise HubError("daftar pernyataan kunci dari hub tidak sah")
    return found


def follow(client: HubClient, store: SyncStore, now: datetime) -> Followed:
    """Fetch, verify and store; raises HubError / httpx errors when the list is unreadable."""
    state = store.load()
    walk = keyset.advance(state.keys, state.keyset_version, fetch(client))
    if walk.applied:
        store.trust(walk.keys, walk.version, f"pernyataan kunci v{walk.version}", now)
    return Followed(tuple(walk.applied), walk.problem)
