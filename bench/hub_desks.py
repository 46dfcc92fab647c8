"""Desks and their upload items for the hub benches (bench/hub_ingest.py, bench/hub_scale.py):
desks enrolled straight into the hub database, each with a token, and referral and outcome
payloads shaped like a desk's outbox (``ReferralLog._payloads``)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, insert

from melayani_core.referrals.codes import make_code, new_prefix
from melayani_hub.db import now_iso, write
from melayani_hub.desks import sha256_hex
from melayani_hub.models import Desk


@dataclass(frozen=True)
class BenchDesk:
    desk_id: str
    token: str
    code: str  # the prefix of its referral codes

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def make_desks(engine: Engine, n: int, *, name: str = "Meja bench") -> list[BenchDesk]:
    """``n`` enrolled desks, inserted as enrollment would leave them (token stored as its
    SHA-256, a unique referral-code prefix), in one transaction."""
    codes: set[str] = set()
    while len(codes) < n:
        codes.add(new_prefix())
    made = [BenchDesk(str(uuid.uuid4()), secrets.token_urlsafe(32), c) for c in sorted(codes)]
    enrolled = now_iso()
    rows = [
        {"desk_id": d.desk_id, "token_hash": sha256_hex(d.token), "code": d.code,
         "name": f"{name} {i + 1}", "kecamatan": f"Kecamatan {i % 25}",
         "desa": f"Desa {i % 217}", "enrolled_at": enrolled}
        for i, d in enumerate(made)
    ]  # fmt: skip
    for start in range(0, len(rows), 1000):
        with write(engine) as conn:
            conn.execute(insert(Desk), rows[start : start + 1000])
    return made


def payload(desk_id: str, seq: int, *, code: str = "", created_at: str = "") -> dict:
    """A referral payload; ``code``: the desk's prefix (the slip's code is prefix-seq)."""
    p = {
        "type": "referral", "desk_id": desk_id, "uuid": str(uuid.uuid4()), "seq": seq,
        "created_at": created_at or "2026-01-05T03:04:05+00:00",
        "service_id": f"svc-{seq % 300}", "contact_id": f"c-{seq % 600}",
        "channel": "read_out", "need_text": f"kebutuhan warga nomor {seq % 97}",
        "service_name": "Layanan contoh", "org_id": f"org-{seq % 90}",
        "org_name": "Organisasi contoh", "contact_name": "Petugas",
        "contact_whatsapp": "+6281234567890", "citizen_consent": False,
        "directory_version": 3,
    }  # fmt: skip
    if code:
        p["code"] = make_code(code, seq)
    return p


def outcome_payload(desk_id: str, referral_uuid: str, kind: str, created_at: str) -> dict:
    """An outcome (what the agency did) of one of the desk's referrals."""
    return {
        "type": "outcome", "desk_id": desk_id, "uuid": str(uuid.uuid4()),
        "referral_uuid": referral_uuid, "outcome": kind, "created_at": created_at, "note": "",
    }  # fmt: skip


def item(p: dict) -> dict:
    """The upload item of a payload: ``{"type", "uuid", "payload"}``."""
    return {"type": p["type"], "uuid": p["uuid"], "payload": p}
