"""Verification rounds: an admin starts a round; each agency's curator confirms its contacts
one by one; a confirmation sets the contact's ``assured_date`` (its last-verified date,
docs/import-template.md) in the working copy, so the next version carries it to the desks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select

from melayani_hub.console import audit, inbox, working
from melayani_hub.console.auth import User
from melayani_hub.console.tables import rounds, verifications
from melayani_hub.db import inserted_id, now_iso, write
from melayani_hub.reports import WIB


def start(engine: Engine, user: User, days: int = 30, note: str = "") -> int:
    if user.role != "admin":
        raise inbox.NotYours("")
    due = (datetime.now(UTC) + timedelta(days=days)).isoformat(timespec="seconds")
    with write(engine) as conn:
        done = conn.execute(
            insert(rounds).values(started_by=user.name, started_at=now_iso(), due_at=due,
                                  note=note)  # fmt: skip
        )
        rid = inserted_id(done)
        audit.record(conn, user.name, "round.start", f"putaran #{rid}", f"batas {due[:10]}")
    return rid


def latest(engine: Engine) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(rounds).order_by(rounds.c.id.desc()).limit(1)).first()
    return dict(row._mapping) if row else None


def contacts(engine: Engine, user: User) -> list[dict[str, Any]]:
    """The contacts this user sees, with last verified and whether this round confirmed it."""
    current = latest(engine)
    confirmed: set[str] = set()
    if current:
        with engine.connect() as conn:
            q = select(verifications.c.contact_id).where(
                verifications.c.round_id == current["id"]
            )
            confirmed = set(conn.scalars(q))
    org = user.agency if user.role == "curator" else None
    return [
        {**c, "confirmed": c["contact_id"] in confirmed}
        for c in working.rows_of(engine, "contacts", org)
    ]


def confirm(engine: Engine, user: User, contact_id: str) -> str:
    """The curator confirms a contact is right: its last-verified date becomes today (WIB).
    Raises KeyError (no such contact, or no round), inbox.NotYours."""
    current = latest(engine)
    if current is None:
        raise KeyError("round")
    today = datetime.now(WIB).date().isoformat()
    with write(engine) as conn:
        cells = working.one(conn, "contacts", contact_id)
        if cells is None:
            raise KeyError(contact_id)
        if not user.can_edit(cells["org_id"]):
            raise inbox.NotYours(cells["org_id"])
        working.apply(conn, "contacts", {**cells, "assured_date": today})
        exists = conn.scalar(
            select(verifications.c.id).where(
                verifications.c.round_id == current["id"],
                verifications.c.contact_id == contact_id,
            )
        )
        if exists is None:
            conn.execute(
                insert(verifications).values(
                    round_id=current["id"], contact_id=contact_id, org_id=cells["org_id"],
                    verified_by=user.name, verified_at=now_iso(),
                )
            )  # fmt: skip
        audit.record(conn, user.name, "contact.verify", f"contacts/{contact_id}", today)
    return today
