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


def with_lapor(engine: Engine, limit: int = 50) -> list[dict[str, Any]]:
    """The newest referrals carrying a SP4N-LAPOR! tracking id (on the referral, or on an
    outcome the clerk added later), for the report page: the regency follows these up."""
    r, o, d = Referral.__table__, Outcome.__table__, Desk.__table__
    later = (
        select(o.c.referral_uuid, o.c.lapor_id, o.c.id)
        .where(o.c.lapor_id.is_not(None), o.c.lapor_id != "")
        .subquery()
    )
    q = (
        select(
            r.c.code,
            r.c.created_at,
            r.c.org_name,
            r.c.service_name,
            r.c.lapor_id,
            d.c.name.label("desk_name"),
            later.c.lapor_id.label("later"),
        )  # fmt: skip
        .join(d, d.c.desk_id == r.c.desk_id)
        .outerjoin(later, later.c.referral_uuid == r.c.uuid)
        .where((r.c.lapor_id.is_not(None) & (r.c.lapor_id != "")) | later.c.lapor_id.is_not(None))
        .order_by(r.c.id.desc(), later.c.id.desc())
    )
    found: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for row in conn.execute(q):
            if row.code in found:
                continue  # the newest outcome's id first
            found[row.code] = {
                "code": row.code, "created_at": row.created_at, "desk_name": row.desk_name,
                "org_name": row.org_name, "service_name": row.service_name,
                "lapor": row.lapor_id or row.later,
            }  # fmt: skip
            if len(found) >= limit:
                break
    return list(found.values())
