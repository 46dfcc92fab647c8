"""Find a referral by the code printed on its slip ("K7QD-0012"), for the regency's admin
(``GET /api/v1/admin/referrals/{code}``, ``melayani-hub referral CODE``).

Codes are unique across the regency (melayani_core/referrals/codes.py) except in one case:
a desk whose own prefix was already taken at enrollment printed its earlier codes with it.
So the answer is a list, each with its desk; a correction and the outcomes come with it.
Citizen details are not part of the answer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from melayani_core.referrals.codes import normalise_code
from melayani_hub.models import Desk, Outcome, Referral

SHOWN = (
    "code", "uuid", "desk_id", "seq", "created_at", "received_at", "kecamatan", "desa",
    "need_text", "service_id", "service_name", "org_id", "org_name", "contact_id",
    "contact_name", "contact_position", "contact_whatsapp", "contact_phone", "channel",
    "note", "lapor_id", "supersedes_uuid", "directory_version", "directory_is_sample",
)  # fmt: skip


def find_referrals(engine: Engine, text: str) -> list[dict[str, Any]] | None:
    """The referrals with this code, oldest first (None: ``text`` is not a code)."""
    code = normalise_code(text) if len(text) <= 32 else None
    if code is None:
        return None
    r, d = Referral.__table__, Desk.__table__
    q = (
        select(r, d.c.name.label("desk_name"), d.c.code.label("desk_code"))
        .join(d, d.c.desk_id == r.c.desk_id)
        .where(r.c.code == code)
        .order_by(r.c.id)
    )
    with engine.connect() as conn:
        rows = conn.execute(q).mappings().all()
        found = []
        for row in rows:
            outcomes = conn.execute(
                select(Outcome.outcome, Outcome.note, Outcome.created_at, Outcome.lapor_id)
                .where(Outcome.referral_uuid == row["uuid"])
                .order_by(Outcome.id)
            ).mappings()
            corrected = conn.scalar(
                select(Referral.uuid).where(Referral.supersedes_uuid == row["uuid"])
            )
            item = {name: row[name] for name in SHOWN}
            item["desk_name"] = row["desk_name"]
            item["outcomes"] = [dict(o) for o in outcomes]
            item["superseded_by"] = corrected
            item["lapor"] = row["lapor_id"] or next(
                (o["lapor_id"] for o in reversed(item["outcomes"]) if o["lapor_id"]), None
            )
            found.append(item)
    return found
