"""The desks page's data: every desk with where it is and what it last reported."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, column, select, table

from melayani_hub.console.tables import desk_status

_SHOWN = ("desk_id", "name", "kecamatan", "desa", "enrolled_at", "revoked_at", "last_seen_at",
          "program_version", "directory_version", "pending", "last_error")  # fmt: skip
_desks = table(desk_status.name, *(column(name) for name in _SHOWN))


def all_desks(engine: Engine) -> list[dict[str, Any]]:
    c = _desks.c
    q = select(_desks).order_by(c.kecamatan, c.desa, c.name)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]
