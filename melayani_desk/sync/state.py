"""The desk's sync state (table ``sync_state``) and pinned keys (``trusted_keys``), read
and written with plain sqlite3 through the desk database's transactions."""

from __future__ import annotations

import base64
import sqlite3
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from melayani_core.keys import fingerprint
from melayani_desk.storage.desk_db import DeskDatabase


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str | None) -> datetime | None:
    """An aware datetime from ISO 8601 text (naive = UTC), or None."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class SyncState:
    hub_url: str | None = None
    token: str | None = None
    enrolled_at: str | None = None
    directory_version: int = 0
    directory_epoch: int = 0  # with directory_version: the floor, compared as a pair
    directory_issued_at: str | None = None
    directory_expires: str | None = None
    directory_installed_at: str | None = None
    directory_warning: str = ""
    last_success_at: str | None = None
    last_attempt_at: str | None = None
    last_error: str = ""
    consecutive_failures: int = 0
    next_attempt_at: str | None = None
    keyset_version: int = 0  # the last key rotation statement followed (melayani_core.keyset)
    keys: dict[str, bytes] = field(default_factory=dict)  # key_id -> raw public key

    @property
    def enrolled(self) -> bool:
        return bool(self.hub_url and self.token)


STATE_FIELDS = tuple(f.name for f in fields(SyncState) if f.name != "keys")


_LOAD = f"SELECT {', '.join(STATE_FIELDS)} FROM sync_state WHERE id = 1"
_PIN = (
    "INSERT INTO trusted_keys (key_id, public_key, source, added_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (key_id) DO NOTHING"
)


class SyncStore:
    """Reads and writes the sync state through a desk database (one transaction per call)."""

    def __init__(self, db: DeskDatabase):
        self.db = db

    def load(self) -> SyncState:
        with self.db.read() as con:
            row = con.execute(_LOAD).fetchone()
            keys = {
                key_id: base64.b64decode(public)
                for key_id, public in con.execute("SELECT key_id, public_key FROM trusted_keys")
            }
        values: dict[str, Any] = dict(zip(STATE_FIELDS, row, strict=True)) if row else {}
        return SyncState(**values, keys=keys)

    def update(self, **values: Any) -> None:
        unknown = set(values) - set(STATE_FIELDS)
        if unknown:
            raise ValueError(f"unknown sync state fields: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = ?" for name in values)  # names: STATE_FIELDS
        with self.db.write() as con:
            _row(con)
            if values:
                con.execute(
                    f"UPDATE sync_state SET {assignments} WHERE id = 1", tuple(values.values())
                )

    def enroll(
        self,
        hub_url: str,
        token: str,
        keys: dict[str, bytes],
        source: str,
        now: datetime,
        keyset_version: int = 0,
    ) -> None:
        """Store the hub, token and pinned keys in one transaction.

        Keys pinned earlier for the same hub stay pinned; a different hub drops them (and
        the key statements followed). ``keyset_version``: the rotation statement the pinned
        keys are current at (``keyset.starting_version``). The desk identity's hub_url is
        kept in step.
        """
        stamp = iso(now)
        with self.db.write() as con:
            old_url, followed = _row(con)
            if old_url != hub_url:
                con.execute("DELETE FROM trusted_keys")
                followed = 0
            con.execute(
                "UPDATE sync_state SET keyset_version = ?, hub_url = ?, token = ?, "
                "enrolled_at = ?, consecutive_failures = 0, next_attempt_at = NULL, "
                "last_error = '' WHERE id = 1",
                (max(followed or 0, keyset_version), hub_url, token, stamp),
            )
            for key_id, raw in keys.items():
                con.execute(_PIN, _trusted(key_id, raw, source, stamp))
            con.execute("UPDATE desk SET hub_url = ? WHERE id = 1", (hub_url,))

    def trust(self, keys: dict[str, bytes], version: int, source: str, now: datetime) -> None:
        """Replace the trusted set by ``keys`` (a followed rotation statement ``version``)
        in one transaction: a crash leaves the old set or the new one, never a mix, and the
        desk database's WAL with synchronous=FULL makes it durable on commit."""
        if not keys:
            raise ValueError("a desk must trust at least one key")
        stamp = iso(now)
        with self.db.write() as con:
            _row(con)
            con.execute("DELETE FROM trusted_keys")
            for key_id, raw in keys.items():
                con.execute(_PIN, _trusted(key_id, raw, source, stamp))
            con.execute("UPDATE sync_state SET keyset_version = ? WHERE id = 1", (version,))


def _row(con: sqlite3.Connection) -> tuple[str | None, int]:
    """(hub_url, keyset_version) of the one sync-state row, made first if there is none."""
    con.execute("INSERT INTO sync_state (id) VALUES (1) ON CONFLICT (id) DO NOTHING")
    hub_url, followed = con.execute(
        "SELECT hub_url, keyset_version FROM sync_state WHERE id = 1"
    ).fetchone()
    return hub_url, followed


def _trusted(key_id: str, raw: bytes, source: str, stamp: str) -> tuple[str, str, str, str]:
    """The row of a trusted signing key (its id is its fingerprint): key_id, public_key
    (base64 of the raw 32 bytes), source, added_at."""
    assert key_id == fingerprint(raw)
    return key_id, base64.b64encode(raw).decode("ascii"), source, stamp
