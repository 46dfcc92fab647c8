"""The desk's sync state (table ``sync_state``) and pinned keys (``trusted_keys``)."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update

from melayani_core.keys import fingerprint
from melayani_desk.storage.desk_db import DeskDatabase
from melayani_desk.storage.desk_models import DeskRow
from melayani_desk.storage.sync_models import SyncStateRow, TrustedKeyRow


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


class SyncStore:
    """Reads and writes the sync state through a desk database (one session per call)."""

    def __init__(self, db: DeskDatabase):
        self.db = db

    def load(self) -> SyncState:
        with self.db.sessions() as s:
            row = s.get(SyncStateRow, 1)
            keys = {
                k.key_id: base64.b64decode(k.public_key) for k in s.scalars(select(TrustedKeyRow))
            }
            values: dict[str, Any] = (
                {name: getattr(row, name) for name in STATE_FIELDS} if row else {}
            )
        return SyncState(**values, keys=keys)

    def update(self, **values: Any) -> None:
        unknown = set(values) - set(STATE_FIELDS)
        if unknown:
            raise ValueError(f"unknown sync state fields: {sorted(unknown)}")
        with self.db.write_sessions() as s, s.begin():
            self._row(s)
            s.execute(update(SyncStateRow).where(SyncStateRow.id == 1).values(**values))

    def _row(self, s: Any) -> SyncStateRow:
        row = s.get(SyncStateRow, 1)
        if row is None:
            row = SyncStateRow(id=1)
            s.add(row)
            s.flush()
        return row

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
        with self.db.write_sessions() as s, s.begin():
            row = self._row(s)
            if row.hub_url != hub_url:
                s.execute(delete(TrustedKeyRow))
                row.keyset_version = 0
            row.keyset_version = max(row.keyset_version or 0, keyset_version)
            row.hub_url = hub_url
            row.token = token
            row.enrolled_at = stamp
            row.consecutive_failures = 0
            row.next_attempt_at = None
            row.last_error = ""
            for key_id, raw in keys.items():
                if s.get(TrustedKeyRow, key_id) is None:
                    s.add(_trusted(key_id, raw, source, stamp))
            s.execute(update(DeskRow).where(DeskRow.id == 1).values(hub_url=hub_url))

    def trust(self, keys: dict[str, bytes], version: int, source: str, now: datetime) -> None:
        """Replace the trusted set by ``keys`` (a followed rotation statement ``version``)
        in one transaction: a crash leaves the old set or the new one, never a mix, and the
        desk database's WAL with synchronous=FULL makes it durable on commit."""
        if not keys:
            raise ValueError("a desk must trust at least one key")
        stamp = iso(now)
        with self.db.write_sessions() as s, s.begin():
            row = self._row(s)
            s.execute(delete(TrustedKeyRow))
            for key_id, raw in keys.items():
                s.add(_trusted(key_id, raw, source, stamp))
            row.keyset_version = version


def _trusted(key_id: str, raw: bytes, source: str, stamp: str) -> TrustedKeyRow:
    """The row of a trusted signing key (its id is its fingerprint)."""
    assert key_id == fingerprint(raw)
    return TrustedKeyRow(
        key_id=key_id,
        public_key=base64.b64encode(raw).decode("ascii"),
        source=source,
        added_at=stamp,
    )
