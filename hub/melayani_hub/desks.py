"""Desk enrollment: one-time codes (stored hashed, expiring) exchanged for a desk token
(random, stored as its SHA-256)."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, select, update

from melayani_hub.db import now_iso, write
from melayani_hub.models import Desk, EnrollCode

# Readable aloud: base32 has no 0/1/8/9, so what is heard as those is mapped back.
_SPOKEN = str.maketrans({"0": "O", "1": "I", "8": "B", "-": None, " ": None})


class EnrollRefused(Exception):
    """Wrong, used or expired code (one message for all: the caller learns nothing more)."""


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return code.upper().translate(_SPOKEN)


def new_code(
    engine: Engine, desk_name: str, kecamatan: str = "", desa: str = "", valid_hours: float = 72
) -> tuple[str, str]:
    """Create a code ("ABCD-EFGH-IJKL-MNOP", 80 bits); returns (code, expires ISO)."""
    raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii")
    code = "-".join(raw[i : i + 4] for i in range(0, 16, 4))
    now = datetime.now(UTC)
    expires = (now + timedelta(hours=valid_hours)).isoformat(timespec="seconds")
    with write(engine) as conn:
        conn.execute(
            insert(EnrollCode).values(
                code_hash=sha256_hex(normalise_code(code)),
                desk_name=desk_name,
                kecamatan=kecamatan,
                desa=desa,
                created_at=now.isoformat(timespec="seconds"),
                expires_at=expires,
            )
        )
    return code, expires


@dataclass
class Enrolled:
    desk_id: str
    token: str


def redeem(
    engine: Engine, code: str, desk_id: str, name: str, kecamatan: str, desa: str
) -> Enrolled:
    """Consume ``code`` and create (or re-key) the desk, in one transaction.

    A desk that enrolls again with a new code (its token was lost) keeps its desk_id, so its
    queued records still belong to it; its old token stops working. Name, kecamatan and desa
    set at ``melayani-hub enroll`` win over what the desk sends.
    """
    token = secrets.token_urlsafe(32)
    now = now_iso()
    with write(engine) as conn:
        row = conn.execute(
            select(EnrollCode).where(EnrollCode.code_hash == sha256_hex(normalise_code(code)))
        ).first()
        if row is None or row.used_at is not None or row.expires_at <= now:
            raise EnrollRefused("kode pendaftaran salah, sudah dipakai, atau kedaluwarsa")
        used = conn.execute(
            update(EnrollCode)
            .where(EnrollCode.id == row.id, EnrollCode.used_at.is_(None))
            .values(used_at=now, used_by=desk_id)
        )
        if used.rowcount != 1:
            raise EnrollRefused("kode pendaftaran sudah dipakai")
        values = {
            "name": row.desk_name or name,
            "kecamatan": row.kecamatan or kecamatan,
            "desa": row.desa or desa,
            "token_hash": sha256_hex(token),
            "enrolled_at": now,
        }
        done = conn.execute(update(Desk).where(Desk.desk_id == desk_id).values(**values))
        if done.rowcount == 0:
            conn.execute(insert(Desk).values(desk_id=desk_id, **values))
    return Enrolled(desk_id, token)


def desk_for_token(engine: Engine, token: str) -> Desk | None:
    with engine.connect() as conn:
        row = conn.execute(select(Desk).where(Desk.token_hash == sha256_hex(token))).first()
    if row is None:
        return None
    return Desk(
        id=row.id,
        desk_id=row.desk_id,
        name=row.name,
        kecamatan=row.kecamatan,
        desa=row.desa,
        token_hash=row.token_hash,
        enrolled_at=row.enrolled_at,
    )
