"""The outbox's SQL: what waits for the hub, in send order (FIFO by id), and its states.

Each function runs inside a transaction the caller holds (``DeskDatabase.read()`` or
``write()``): :func:`enqueue` in the very transaction that logs its record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from melayani_core.referrals.model import ITEM_TYPES, SYNC_STATES, OutboxItem
from melayani_desk.referrals import rows
from melayani_desk.storage.sql import chunks, marks

_ITEMS = (
    f"SELECT {rows.columns(rows.OUTBOX_FIELDS)} FROM outbox WHERE state = ? ORDER BY id LIMIT ?"
)


def enqueue(con: sqlite3.Connection, item_type: str, item_uuid: str, now: str) -> None:
    con.execute(
        "INSERT INTO outbox (item_type, item_uuid, updated_at) VALUES (?, ?, ?)",
        (item_type, item_uuid, now),
    )


def items(con: sqlite3.Connection, state: str, limit: int, desk_id: str) -> list[OutboxItem]:
    """Outbox items in ``state``, oldest first, each with its payload."""
    found = con.execute(_ITEMS, (state, limit)).fetchall()
    wanted = {kind: [r[2] for r in found if r[1] == kind] for kind in rows.TABLES}
    out: dict[str, dict[str, Any]] = {}
    for item_type, uuids in wanted.items():
        table, names = rows.TABLES[item_type]
        for part in chunks(uuids):
            for rec in con.execute(
                f"SELECT {rows.columns(names)} FROM {table} WHERE uuid IN ({marks(part)})", part
            ):
                payload = rows.payload(item_type, desk_id, rec)
                out[payload["uuid"]] = payload
    return [rows.outbox_item(r, out.get(r[2], {})) for r in found]


def mark(con: sqlite3.Connection, uuids: Sequence[str], state: str, error: str, now: str) -> None:
    """Set the state of items; attempts += 1. A sent item stays sent."""
    for part in chunks(uuids):
        con.execute(
            "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, "
            f"updated_at = ? WHERE item_uuid IN ({marks(part)}) AND state != 'sent'",
            (state, error, now, *part),
        )


def _like_prefix(prefix: str) -> str:
    """A LIKE pattern for text starting with ``prefix`` (its % _ / escaped with /)."""
    escaped = prefix.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return escaped + "%"


def retry_held(
    con: sqlite3.Connection, uuids: Sequence[str] | None, reason_prefix: str | None, now: str
) -> int:
    """Quarantined items back to pending (all, or ``uuids``; with a reason starting with
    ``reason_prefix``); returns how many."""
    sql = "UPDATE outbox SET state = 'pending', updated_at = ? WHERE state = 'quarantined'"
    params: list[object] = [now]
    if reason_prefix is not None:
        sql += " AND last_error LIKE ? ESCAPE '/'"
        params.append(_like_prefix(reason_prefix))
    if uuids is None:
        return con.execute(sql, params).rowcount
    done = 0
    for part in chunks(uuids):
        done += con.execute(f"{sql} AND item_uuid IN ({marks(part)})", (*params, *part)).rowcount
    return done


def pending_by_type(con: sqlite3.Connection) -> dict[str, int]:
    found = dict(
        con.execute(
            "SELECT item_type, count(*) FROM outbox WHERE state = 'pending' GROUP BY item_type"
        ).fetchall()
    )
    return {kind: int(found.get(kind, 0)) for kind in ITEM_TYPES}


def counts(con: sqlite3.Connection) -> dict[str, int]:
    found = dict(con.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    return {state: int(found.get(state, 0)) for state in SYNC_STATES}
