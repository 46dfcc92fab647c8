"""One inbox of contact problems from desks: contact reports (``contact_report`` items) and
referral outcomes that say the number was wrong or nobody answered, with the number and
contact concerned and their status: new, in progress, fixed in directory version N, rejected."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from melayani_hub.console import audit
from melayani_hub.console.auth import User
from melayani_hub.console.tables import problems, working
from melayani_hub.db import now_iso, write
from melayani_hub.models import ContactReport, Outcome, Referral

STATUSES = ("new", "in_progress", "fixed", "rejected")
SET_BY_HAND = ("in_progress", "rejected", "new")  # "fixed" comes with a released version
PROBLEM_OUTCOMES = ("wrong_number", "unreachable")
LIMIT = 500


class NotYours(Exception):
    """The problem belongs to an agency this user may not handle."""


def _current_numbers(conn: Connection, contact_ids: set[str]) -> dict[str, str]:
    if not contact_ids:
        return {}
    q = select(working.c.record_id, working.c.cells).where(
        working.c.sheet == "contacts", working.c.record_id.in_(sorted(contact_ids))
    )
    numbers = {}
    for record_id, cells in conn.execute(q):
        c = json.loads(cells)
        numbers[record_id] = c.get("whatsapp") or c.get("phone") or ""
    return numbers


def problem_list(engine: Engine, user: User, status: str = "") -> list[dict[str, Any]]:
    r, o, p = ContactReport, Outcome, problems.c
    reports = select(
        r.uuid, r.created_at, r.org_id, r.contact_id, r.contact_name, r.kind, r.note,
        r.desk_id,
    )  # fmt: skip
    outcomes = select(
        o.uuid, o.created_at, Referral.org_id, Referral.contact_id, Referral.contact_name,
        o.outcome, o.note, o.desk_id, Referral.contact_whatsapp, Referral.contact_phone,
    ).join(Referral, Referral.uuid == o.referral_uuid).where(o.outcome.in_(PROBLEM_OUTCOMES))
    if user.role == "curator":
        reports = reports.where(r.org_id == user.agency)
        outcomes = outcomes.where(Referral.org_id == user.agency)
    rows: list[dict[str, Any]] = []
    with engine.connect() as conn:
        for report_row in conn.execute(reports.order_by(r.id.desc()).limit(LIMIT)):
            rows.append({**report_row._mapping, "source": "contact_report", "given": ""})
        for outcome_row in conn.execute(outcomes.order_by(o.id.desc()).limit(LIMIT)):
            m = dict(outcome_row._mapping)
            whatsapp, phone = m.pop("contact_whatsapp"), m.pop("contact_phone")
            given = whatsapp or phone or ""
            rows.append({**m, "kind": m.pop("outcome"), "source": "outcome", "given": given})
        uuids = [row["uuid"] for row in rows]
        states = {}
        for start in range(0, len(uuids), 500):
            q = select(problems).where(p.source_uuid.in_(uuids[start : start + 500]))
            states.update({s.source_uuid: s for s in conn.execute(q)})
        numbers = _current_numbers(conn, {row["contact_id"] for row in rows})
    for row in rows:
        state = states.get(row["uuid"])
        row["status"] = state.status if state else "new"
        row["fixed_version"] = state.fixed_version if state else None
        row["handled_by"] = state.handled_by if state else ""
        row["handled_at"] = state.handled_at if state else None
        row["current"] = numbers.get(row["contact_id"], "")
    rows.sort(key=lambda row: row["created_at"], reverse=True)
    return [row for row in rows if not status or row["status"] == status]


def org_of(conn: Connection, source_uuid: str) -> tuple[str, str] | None:
    """(source, org_id) of one problem, or None when there is none with that uuid."""
    org = conn.scalar(select(ContactReport.org_id).where(ContactReport.uuid == source_uuid))
    if org is not None:
        return "contact_report", org
    q = (
        select(Referral.org_id)
        .join(Outcome, Outcome.referral_uuid == Referral.uuid)
        .where(Outcome.uuid == source_uuid, Outcome.outcome.in_(PROBLEM_OUTCOMES))
    )
    org = conn.scalar(q)
    return ("outcome", org) if org is not None else None


def set_status(
    conn: Connection, user: User, source_uuid: str, status: str,
    *, fixed_version: int | None = None, note: str = "",
) -> None:  # fmt: skip
    """Raises KeyError (no such problem), NotYours, ValueError (status)."""
    if status not in STATUSES:
        raise ValueError(status)
    found = org_of(conn, source_uuid)
    if found is None:
        raise KeyError(source_uuid)
    source, org_id = found
    if not user.can_edit(org_id):
        raise NotYours(org_id)
    values = {"status": status, "fixed_version": fixed_version, "handled_by": user.name,
              "handled_at": now_iso(), "note": note}  # fmt: skip
    done = conn.execute(
        update(problems).where(problems.c.source_uuid == source_uuid).values(**values)
    )
    if done.rowcount == 0:
        conn.execute(insert(problems).values(source=source, source_uuid=source_uuid, **values))
    detail = f"v{fixed_version}" if fixed_version else note
    audit.record(conn, user.name, f"problem.{status}", source_uuid, detail)


def mark(engine: Engine, user: User, source_uuid: str, status: str, note: str = "") -> None:
    if status not in SET_BY_HAND:
        raise ValueError(status)
    with write(engine) as conn:
        set_status(conn, user, source_uuid, status, note=note)
