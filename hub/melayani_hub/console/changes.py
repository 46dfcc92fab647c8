"""Changes to the directory proposed in the console (a curator's form or sheet, an admin's
edit): validated when proposed, applied to the working copy when an admin approves them,
and marked with the version they were released in."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, insert, select, update

from melayani_hub.console import audit, inbox, working
from melayani_hub.console.auth import User
from melayani_hub.console.tables import changes
from melayani_hub.db import inserted_id, now_iso, write


class Refused(Exception):
    """A change that cannot be made: ``errors`` in Indonesian ("column: message")."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def propose(
    engine: Engine, user: User, sheet: str, cells: dict[str, str], problem_uuid: str = ""
) -> int:
    """Store one pending change (raises Refused, or inbox.NotYours for another agency)."""
    return propose_many(engine, user, [(sheet, cells)], problem_uuid)[0]


def propose_many(
    engine: Engine, user: User, edits: list[tuple[str, dict[str, str]]], problem_uuid: str = ""
) -> list[int]:
    for sheet, cells in edits:
        if sheet not in working.EDITABLE and user.role != "admin":
            raise Refused([f"{sheet}: hanya admin yang mengubah lembar ini."])
        if not user.can_edit(cells.get("org_id", "")):
            raise inbox.NotYours(cells.get("org_id", ""))
    with engine.connect() as conn:
        rows = working.all_rows(conn)
    errors, normalised = working.check(rows, edits)
    problems = [f"{key}: {e}" for (_, key), found in errors.items() for e in found]
    if problems:
        raise Refused(problems)
    ids = []
    with write(engine) as conn:
        if problem_uuid:
            inbox.set_status(conn, user, problem_uuid, "in_progress")
        for (sheet, key), cells in normalised.items():
            before = working.one(conn, sheet, key)
            if before == cells:
                continue  # nothing changes: no change to review
            done = conn.execute(
                insert(changes).values(
                    sheet=sheet, record_id=key, org_id=cells.get("org_id", ""),
                    before=json.dumps(before, ensure_ascii=False) if before else None,
                    after=json.dumps(cells, ensure_ascii=False), problem_uuid=problem_uuid or None,
                    status="pending", made_by=user.name, made_at=now_iso(),
                )
            )  # fmt: skip
            ids.append(inserted_id(done))
            audit.record(conn, user.name, "change.propose", f"{sheet}/{key}",
                         _diff(before, cells))  # fmt: skip
    return ids


def _diff(before: dict[str, str] | None, after: dict[str, str]) -> str:
    if before is None:
        return "baru: " + json.dumps(after, ensure_ascii=False)
    return "; ".join(
        f"{c}: {before.get(c, '')!r} -> {v!r}" for c, v in after.items() if before.get(c, "") != v
    )


def listing(engine: Engine, user: User, status: str = "pending") -> list[dict[str, Any]]:
    q = select(changes).order_by(changes.c.id.desc()).limit(500)
    if status:
        q = q.where(changes.c.status == status)
    if user.role == "curator":
        q = q.where(changes.c.org_id == user.agency)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
    for row in rows:
        before = json.loads(row["before"]) if row["before"] else None
        row["diff"] = _diff(before, json.loads(row["after"]))
    return rows


def review(engine: Engine, user: User, change_id: int, approve: bool) -> None:
    """An admin approves (applied to the working copy) or rejects a pending change."""
    if user.role != "admin":
        raise inbox.NotYours("")
    with write(engine) as conn:
        row = conn.execute(
            select(changes).where(changes.c.id == change_id, changes.c.status == "pending")
        ).first()
        if row is None:
            raise KeyError(change_id)
        if approve:
            working.apply(conn, row.sheet, json.loads(row.after))
        conn.execute(
            update(changes).where(changes.c.id == change_id).values(
                status="approved" if approve else "rejected", reviewed_by=user.name,
                reviewed_at=now_iso(),
            )
        )  # fmt: skip
        audit.record(conn, user.name, "change.approve" if approve else "change.reject",
                     f"{row.sheet}/{row.record_id}", f"perubahan #{change_id}")  # fmt: skip
