"""Store one uploaded batch: validate each item, insert with ON CONFLICT DO NOTHING, and
answer created / duplicate / conflict per item (docs/sync-protocol.md, "Upload").

Never check-then-insert: rows go in through the UNIQUE constraints (``uuid``; referrals also
``(desk_id, seq)``) with one multi-row ``INSERT ... ON CONFLICT DO NOTHING RETURNING uuid``
per type; whatever was not inserted is compared with the stored row by its content hash.
Items are stored per type in the order referrals, outcomes, contact reports, unmet needs,
so an outcome may name a referral of the same batch.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    select,
    update,
)
from sqlalchemy.dialects import sqlite

from melayani_core.referrals.codes import legacy_prefix, make_code
from melayani_core.referrals.conflicts import code_of
from melayani_core.referrals.model import CHANNELS, FOUND_VIA, OUTCOMES, REPORT_KINDS
from melayani_core.referrals.retention import is_overdue
from melayani_hub import report_rollup, retention
from melayani_hub.db import now_iso
from melayani_hub.models import ContactReport, Desk, Outcome, Referral, UnmetNeed
from melayani_hub.need_concepts import concept_of
from melayani_hub.times import moments

MAX_ITEMS = 500
CHUNK = 500  # ids per IN (...) query
SHORT, LONG = 500, 4000
TYPES = ("referral", "outcome", "contact_report", "unmet_need")


class Invalid(Exception):
    """A malformed item: answered as a conflict with this reason."""


# --- field specs: name -> (kind, required, limit) -------------------------------------------
S, OPT, INT, BOOL = "str", "opt", "int", "bool"
REFERRAL_SPEC: dict[str, tuple[str, bool, int]] = {
    "seq": (INT, True, 2**62), "created_at": (S, True, 40), "service_id": (S, True, SHORT),
    "contact_id": (S, True, SHORT), "channel": (S, True, 32), "need_text": (S, False, LONG),
    "service_name": (S, False, LONG), "org_id": (S, False, SHORT), "org_name": (S, False, LONG),
    "org_short_name": (S, False, LONG), "authority": (S, False, SHORT),
    "authority_note": (S, False, LONG), "contact_name": (S, False, LONG),
    "contact_position": (S, False, LONG), "contact_whatsapp": (S, False, 32),
    "contact_phone": (S, False, 32), "note": (S, False, LONG),
    "citizen_consent": (BOOL, False, 0), "citizen_name": (OPT, False, SHORT),
    "citizen_phone": (OPT, False, 32), "citizen_village": (OPT, False, SHORT),
    "lapor_id": (OPT, False, 64), "supersedes_uuid": (OPT, False, 36),
    "directory_version": (INT, False, 2**31 - 1), "directory_is_sample": (BOOL, False, 0),
    "found_via": (S, False, 16), "search_rank": (INT, False, 1000), "code": (S, False, 16),
    "redacted_at": (OPT, False, 40),
}  # fmt: skip
# fields added after the first release, per type: left out of the content hash at their
# default, so an item sent before (by an older desk, or before the hub learned them) still
# matches.  A referral's ``code`` equal to the first releases' code counts as the default.
LATER_FIELDS: dict[str, dict[str, Any]] = {
    "referral": {"found_via": "", "search_rank": 0, "code": "", "redacted_at": None},
    "outcome": {"lapor_id": None},
}
UNMET_SPEC = {"need_text": (S, True, LONG), "created_at": (S, True, 40)}
OUTCOME_SPEC = {
    "referral_uuid": (S, True, 36), "outcome": (S, True, 32), "created_at": (S, True, 40),
    "note": (S, False, LONG), "lapor_id": (OPT, False, 64),
}  # fmt: skip
REPORT_SPEC = {
    "contact_id": (S, True, SHORT), "org_id": (S, True, SHORT), "kind": (S, True, 32),
    "created_at": (S, True, 40), "contact_name": (S, False, LONG),
    "service_id": (OPT, False, SHORT), "note": (S, False, LONG),
}  # fmt: skip
SPECS = {
    "referral": REFERRAL_SPEC,
    "outcome": OUTCOME_SPEC,
    "contact_report": REPORT_SPEC,
    "unmet_need": UNMET_SPEC,
}
ENUMS = {
    ("referral", "channel"): CHANNELS,
    ("outcome", "outcome"): OUTCOMES,
    ("contact_report", "kind"): REPORT_KINDS,
    ("referral", "found_via"): FOUND_VIA,
}
TABLES: dict[str, Table] = {
    "referral": Referral.__table__,  # type: ignore[dict-item]
    "outcome": Outcome.__table__,  # type: ignore[dict-item]
    "contact_report": ContactReport.__table__,  # type: ignore[dict-item]
    "unmet_need": UnmetNeed.__table__,  # type: ignore[dict-item]
}
CITIZEN = ("citizen_name", "citizen_phone", "citizen_village")
# what a redaction empties (desk or hub, after the retention period): a referral that
# differs from the stored one only there, one of them redacted, is the same referral
REDACTABLE = (*CITIZEN, "note", "redacted_at")
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass
class Item:
    index: int
    kind: str
    uuid: str
    row: dict[str, Any]  # the columns to insert
    digest: str


def utf8(text: str) -> bool:
    """False for text that cannot be stored (lone surrogates, as JSON "\\ud800" gives)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def normalise_need(text: str) -> str:
    """ "  KTP  ilang!! " -> "ktp ilang": for grouping needs in the reports."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())[:200]


def content_hash(kind: str, record: dict[str, Any]) -> str:
    """SHA-256 of the canonical payload: the known fields, defaults filled in, sorted JSON
    (a field added later only once it differs from its default)."""
    later = LATER_FIELDS.get(kind, {})
    fields = {k: v for k, v in record.items() if k not in later or v != later[k]}
    canon = json.dumps(
        {"type": kind, **fields}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def _uuid(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise Invalid(f"{name}: expected a UUID string")
    try:
        return str(uuidlib.UUID(value))
    except ValueError:
        raise Invalid(f"{name}: not a UUID: {value[:40]!r}") from None


def _field(kind: str, name: str, spec: tuple[str, bool, int], payload: dict[str, Any]) -> Any:
    typ, required, limit = spec
    value = payload.get(name)
    if value is None:
        if required:
            raise Invalid(f"missing field {name!r}")
        return {S: "", OPT: None, INT: 0, BOOL: False}[typ]
    if typ == INT:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
            raise Invalid(f"{name}: expected an integer from 0 to {limit}")
    elif typ == BOOL:
        if not isinstance(value, bool):
            raise Invalid(f"{name}: expected true or false")
    else:
        if not isinstance(value, str):
            raise Invalid(f"{name}: expected a string")
        if "\x00" in value or len(value) > limit or not utf8(value):
            raise Invalid(f"{name}: longer than {limit} characters, or NUL or invalid UTF-8")
        if required and not value.strip():
            raise Invalid(f"{name}: must not be empty")
        allowed = ENUMS.get((kind, name))
        if allowed and value not in allowed:
            raise Invalid(f"{name}: {value[:40]!r} is not one of {', '.join(allowed)}")
    return value


def _validate(raw: object, index: int, desk: Desk, before: datetime | None = None) -> Item:
    if not isinstance(raw, dict):
        raise Invalid("item is not an object")
    kind = raw.get("type")
    if kind not in TYPES:
        raise Invalid(f"type must be one of {', '.join(TYPES)}")
    item_uuid = _uuid(raw.get("uuid"), "uuid")
    payload = raw.get("payload")
    if not isinstance(payload, dict):
        raise Invalid("payload is not an object")
    if payload.get("type", kind) != kind:
        raise Invalid("payload type differs from item type")
    if "uuid" in payload and _uuid(payload["uuid"], "payload uuid") != item_uuid:
        raise Invalid("payload uuid differs from item uuid")
    if payload.get("desk_id") is not None and payload["desk_id"] != desk.desk_id:
        raise Invalid("desk mismatch")
    record = {name: _field(kind, name, spec, payload) for name, spec in SPECS[kind].items()}
    try:
        datetime.fromisoformat(record["created_at"])
    except ValueError:
        raise Invalid("created_at: not an ISO 8601 timestamp") from None
    if kind == "referral":
        if record["seq"] < 1:
            raise Invalid("seq: must be 1 or more")
        if not record["citizen_consent"] and any(record[c] for c in CITIZEN):
            raise Invalid("citizen data without consent")
        if record["supersedes_uuid"] is not None:
            record["supersedes_uuid"] = _uuid(record["supersedes_uuid"], "supersedes_uuid")
    elif kind == "outcome":
        record["referral_uuid"] = _uuid(record["referral_uuid"], "referral_uuid")
    record["uuid"] = item_uuid
    record["desk_id"] = desk.desk_id
    legacy = ""
    if kind == "referral":  # a desk of the first releases sends no code: it printed this one
        legacy = make_code(legacy_prefix(desk.desk_id), record["seq"])
        if record["code"] == legacy:
            record["code"] = ""
    digest = content_hash(kind, record)
    row = {**record, "content_hash": digest}
    if kind == "referral":
        row["code"] = record["code"] or legacy
    if kind == "referral" and before is not None and is_overdue(record["created_at"], before):
        row.update(retention.redaction())  # past the retention period: never stored
    if kind in ("referral", "unmet_need"):
        row["need_norm"] = normalise_need(record["need_text"])
        if kind == "referral":
            row["need_concept"] = concept_of(row["need_norm"])
        row["kecamatan"] = desk.kecamatan
        row["desa"] = desk.desa
    return Item(index, kind, item_uuid, row, digest)


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> set[str]:
    """Insert ``rows`` ignoring any UNIQUE conflict; the uuids actually inserted.

    SQLite: one executemany, which SQLAlchemy's "insertmanyvalues" sends as multi-row
    INSERTs; RETURNING yields only the rows inserted. PostgreSQL: one INSERT ... SELECT from
    ``json_populate_recordset`` of the whole batch sent as one JSON text (one parameter: the
    rows are encoded by the C JSON encoder and parsed by the server, instead of an array per
    column that psycopg builds value by value, or thousands of placeholders).
    """
    if conn.dialect.name == "postgresql":
        names = _pg_columns(table)
        batch = json.dumps([{n: row.get(n) for n in names} for row in rows],
                           ensure_ascii=False, default=_json_value)  # fmt: skip
        return set(conn.exec_driver_sql(_pg_statement(table), (batch,)).scalars())
    stmt = sqlite.insert(table).on_conflict_do_nothing().returning(table.c.uuid)
    return set(conn.execute(stmt, rows).scalars())


def _json_value(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a column value")


@cache
def _pg_columns(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if c.name != "id")


@cache
def _pg_statement(table: Table) -> str:
    """INSERT ... SELECT FROM json_populate_recordset(NULL::table, %s): each JSON value is
    read by its column's own input function (timestamps, booleans, integers)."""
    columns = ", ".join(f'"{n}"' for n in _pg_columns(table))
    return (
        f'INSERT INTO "{table.name}" ({columns}) SELECT {columns} '
        f'FROM json_populate_recordset(NULL::"{table.name}", %s::json) '
        'ON CONFLICT DO NOTHING RETURNING "uuid"'
    )


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _store(conn: Connection, kind: str, items: list[Item], answer: dict[int, tuple]) -> None:
    table = TABLES[kind]
    first: dict[str, Item] = {}
    repeats: list[Item] = []  # the same uuid again in this batch: judged against the first
    rows = []
    received = now_iso()
    for item in items:
        if item.uuid in first:
            repeats.append(item)
            continue
        first[item.uuid] = item
        rows.append({**item.row, "received_at": received,
                     **moments(kind, item.row["created_at"], received)})  # fmt: skip
    if not rows:
        return
    inserted = _insert(conn, table, rows)
    missing = [u for u in first if u not in inserted]
    stored: dict[str, tuple[str, str]] = {}
    for part in _chunks(missing):
        q = select(table.c.uuid, table.c.desk_id, table.c.content_hash).where(
            table.c.uuid.in_(part)
        )
        stored.update({u: (d, h) for u, d, h in conn.execute(q)})
    differ = [first[u] for u, (_, h) in stored.items() if h != first[u].digest]
    redacted_twins = _redacted_twins(conn, differ) if kind == "referral" else set()
    for item_uuid, item in first.items():
        if item.index in answer:
            continue
        if item_uuid in inserted:
            answer[item.index] = ("created", "")
        elif item_uuid in stored:
            desk_id, digest = stored[item_uuid]
            if desk_id != item.row["desk_id"]:
                answer[item.index] = ("conflict", "uuid already used by another desk")
            elif digest == item.digest or item_uuid in redacted_twins:
                answer[item.index] = ("duplicate", "")
            else:
                answer[item.index] = ("conflict", "content differs from the stored record")
        elif kind == "referral":
            answer[item.index] = ("conflict", f"seq {item.row['seq']} already used")
        else:  # pragma: no cover - no other UNIQUE constraint exists
            answer[item.index] = ("conflict", "not stored")
    for item in repeats:
        status, detail = answer[first[item.uuid].index]
        if status != "conflict" and first[item.uuid].digest != item.digest:
            status, detail = "conflict", "content differs from the stored record"
        answer[item.index] = ("duplicate", "") if status != "conflict" else (status, detail)


def core_hash(row: dict[str, Any]) -> str:
    """The content hash of a referral without what a redaction empties."""
    names = (*REFERRAL_SPEC, "uuid", "desk_id")
    return content_hash("referral", {n: row.get(n) for n in names if n not in REDACTABLE})


def _redacted_twins(conn: Connection, items: list[Item]) -> set[str]:
    """The uuids of ``items`` that are their stored referral but for a redaction, on
    either side: answered as duplicates.  The stored row is never filled again; a stored
    row not yet redacted is redacted now (the desk's period has passed)."""
    if not items:
        return set()
    t = Referral.__table__
    names = [c for c in (*REFERRAL_SPEC, "uuid", "desk_id", "redacted_at") if c in t.c]
    twins: set[str] = set()
    by_uuid = {i.uuid: i for i in items}
    for part in _chunks(list(by_uuid)):
        for stored in conn.execute(select(*(t.c[n] for n in names)).where(t.c.uuid.in_(part))):
            old, new = stored._asdict(), by_uuid[stored.uuid].row
            if core_hash(old) != core_hash(new) or not (old["redacted_at"] or new["redacted_at"]):
                continue
            twins.add(stored.uuid)
            if not old["redacted_at"]:
                conn.execute(
                    update(Referral)
                    .where(Referral.uuid == stored.uuid)
                    .values(retention.redaction())
                )
    return twins


def _known_referrals(conn: Connection, desk_id: str, uuids: list[str]) -> set[str]:
    known: set[str] = set()
    t = Referral.__table__
    for part in _chunks(sorted(set(uuids))):
        q = select(t.c.uuid).where(t.c.uuid.in_(part), t.c.desk_id == desk_id)
        known.update(conn.execute(q).scalars())
    return known


def _mark_report_weeks(conn: Connection, by_kind: dict[str, list[Item]],
                       answer: dict[int, tuple[str, str]]) -> None:  # fmt: skip
    """The report's roll-up weeks this batch changed (``report_rollup``)."""
    new = [i for i in by_kind["referral"] if answer.get(i.index, ("",))[0] == "created"]
    received = now_iso()
    report_rollup.mark(conn, (moments("referral", i.row["created_at"], received)["report_at"]
                              for i in new))  # fmt: skip
    touched = [i.row["supersedes_uuid"] for i in new if i.row["supersedes_uuid"]]
    touched += [i.row["referral_uuid"] for i in by_kind["outcome"]
                if answer.get(i.index, ("",))[0] == "created"]  # fmt: skip
    report_rollup.mark_referrals(conn, touched)


def store_batch(conn: Connection, desk: Desk, raw_items: list[Any]) -> list[dict[str, str]]:
    """Store one batch in the transaction of ``conn``; the per-item results, in order."""
    answer: dict[int, tuple[str, str]] = {}
    uuids: dict[int, str] = {}
    by_kind: dict[str, list[Item]] = {kind: [] for kind in TYPES}
    _, before = retention.cutoff(conn)
    for index, raw in enumerate(raw_items):
        given = raw.get("uuid") if isinstance(raw, dict) else None
        uuids[index] = given if isinstance(given, str) and utf8(given) else ""
        try:
            item = _validate(raw, index, desk, before)
        except Invalid as exc:
            answer[index] = ("conflict", str(exc))
            continue
        by_kind[item.kind].append(item)
    _store(conn, "referral", by_kind["referral"], answer)
    outcomes = by_kind["outcome"]
    known = _known_referrals(conn, desk.desk_id, [i.row["referral_uuid"] for i in outcomes])
    for item in outcomes:
        if item.row["referral_uuid"] not in known:
            answer[item.index] = ("conflict", "unknown referral")
    _store(conn, "outcome", [i for i in outcomes if i.index not in answer], answer)
    _store(conn, "contact_report", by_kind["contact_report"], answer)
    _store(conn, "unmet_need", by_kind["unmet_need"], answer)
    _mark_report_weeks(conn, by_kind, answer)
    return [
        {
            "uuid": uuids[i],
            "status": answer[i][0],
            "detail": answer[i][1],
            **({"code": code_of(answer[i][1])} if answer[i][0] == "conflict" else {}),
        }
        for i in range(len(raw_items))
    ]
