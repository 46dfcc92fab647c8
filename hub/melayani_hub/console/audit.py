"""The audit log: who changed what, one row per change, in the change's own transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from melayani_hub.console.tables import audit
from melayani_hub.db import now_iso


def record(conn: Connection, who: str, action: str, target: str = "", detail: str = "") -> None:
    conn.execute(
        insert(audit).values(
            at=now_iso(), user_name=who, action=action, target=target, detail=detail[:4000]
        )
    )


def recent(engine: Engine, limit: int = 500) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        q = select(audit).order_by(audit.c.id.desc()).limit(limit)
        return [dict(r._mapping) for r in conn.execute(q)]
