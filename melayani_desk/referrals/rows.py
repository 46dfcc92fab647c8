"""The log's tables as the records of ``melayani_core.referrals.model``: which columns are
read, in which order, and how a sqlite3 row becomes a record.

Columns are listed in the order of each record's fields, so a row is the record's
arguments; SQLite stores booleans as 0/1, and they are made ``bool`` again here (a payload
sent to the hub says ``true``, not ``1``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from melayani_core.referrals.model import (
    ContactReport,
    DeskInfo,
    OutboxItem,
    Outcome,
    Referral,
    UnmetNeed,
)

REFERRAL_FIELDS = tuple(f.name for f in fields(Referral))
OUTCOME_FIELDS = tuple(f.name for f in fields(Outcome))
REPORT_FIELDS = tuple(f.name for f in fields(ContactReport))
UNMET_FIELDS = tuple(f.name for f in fields(UnmetNeed))
DESK_FIELDS = tuple(f.name for f in fields(DeskInfo))
OUTBOX_FIELDS = tuple(f.name for f in fields(OutboxItem) if f.name != "payload")

# table and fields of each kind of record the outbox sends
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "referral": ("referrals", REFERRAL_FIELDS),
    "outcome": ("outcomes", OUTCOME_FIELDS),
    "contact_report": ("contact_reports", REPORT_FIELDS),
    "unmet_need": ("unmet_needs", UNMET_FIELDS),
}
BOOLEANS = frozenset({"citizen_consent", "directory_is_sample", "code_from_hub"})


def columns(names: Sequence[str], alias: str = "") -> str:
    """``a, b, c`` (or ``r.a, r.b, r.c``) for a SELECT list."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + name for name in names)


def _booleans(names: Sequence[str]) -> tuple[int, ...]:
    return tuple(i for i, name in enumerate(names) if name in BOOLEANS)


_REFERRAL_BOOLS = _booleans(REFERRAL_FIELDS)
_DESK_BOOLS = _booleans(DESK_FIELDS)
N_REFERRAL = len(REFERRAL_FIELDS)


def values(row: Sequence[Any], booleans: tuple[int, ...]) -> list[Any]:
    out = list(row)
    for i in booleans:
        out[i] = bool(out[i])
    return out


def referral_values(row: Sequence[Any]) -> list[Any]:
    """A referral row (REFERRAL_FIELDS order, maybe more columns after) as field values."""
    return values(row[:N_REFERRAL], _REFERRAL_BOOLS)


def referral(row: Sequence[Any]) -> Referral:
    return Referral(*referral_values(row))


def outcome(row: Sequence[Any]) -> Outcome:
    return Outcome(*row)


def contact_report(row: Sequence[Any]) -> ContactReport:
    return ContactReport(*row)


def unmet_need(row: Sequence[Any]) -> UnmetNeed:
    return UnmetNeed(*row)


def desk(row: Sequence[Any]) -> DeskInfo:
    return DeskInfo(*values(row, _DESK_BOOLS))


def payload(item_type: str, desk_id: str, row: Sequence[Any]) -> dict[str, Any]:
    """What the hub is sent for one record: its type, this desk and the record's fields."""
    names = TABLES[item_type][1]
    picked = dict(zip(names, values(row, _booleans(names)), strict=True))
    return {"type": item_type, "desk_id": desk_id, **picked}


def outbox_item(row: Sequence[Any], payload: dict[str, Any]) -> OutboxItem:
    return OutboxItem(**dict(zip(OUTBOX_FIELDS, row, strict=True)), payload=payload)


def insert(table: str, names: Sequence[str]) -> str:
    """``INSERT INTO table (a, b) VALUES (?, ?)``"""
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
