"""Desk enrollment: one-time codes (stored hashed, expiring) exchanged for a desk token
(random, stored as its SHA-256).

A code belongs to the desk record it was issued for: a new-desk code (``for_desk`` NULL)
creates a desk and can never re-key an existing one; a re-enrollment code
(``melayani-hub enroll --for-desk ID``) re-keys that desk only.  A revoked desk's token is
refused (``melayani-hub desk revoke ID``) until a code issued for it enrolls it again."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from melayani_core.referrals.codes import new_prefix, valid_prefix
from melayani_hub.db import now_iso, write
from melayani_hub.models import Desk, EnrollCode

# Readable aloud: base32 has no 0/1/8/9, so what is heard as those is mapped back.
_SPOKEN = str.maketrans({"0": "O", "1": "I", "8": "B", "-": None, " ": None})


REFUSED = "kode pendaftaran salah, sudah dipakai, atau kedaluwarsa"


class EnrollRefused(Exception):
    """Wrong, used or expired code (one message for all: the caller learns nothing more)."""


class UnknownDesk(Exception):
    """No desk with that id (operator commands)."""


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return code.upper().translate(_SPOKEN)


def new_code(
    engine: Engine,
    desk_name: str,
    kecamatan: str = "",
    desa: str = "",
    valid_hours: float = 72,
    *,
    for_desk: str | None = None,
) -> tuple[str, str]:
    """Create a code ("ABCD-EFGH-IJKL-MNOP", 80 bits); returns (code, expires ISO).

    ``for_desk``: the desk_id of an enrolled desk this code re-enrolls (raises UnknownDesk
    if there is none); without it the code is for a new desk."""
    raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii")
    code = "-".join(raw[i : i + 4] for i in range(0, 16, 4))
    now = datetime.now(UTC)
    expires = (now + timedelta(hours=valid_hours)).isoformat(timespec="seconds")
    with write(engine) as conn:
        if for_desk is not None:
            known = conn.execute(select(Desk.desk_id).where(Desk.desk_id == for_desk)).first()
            if known is None:
                raise UnknownDesk(for_desk)
        conn.execute(
            insert(EnrollCode).values(
                code_hash=sha256_hex(normalise_code(code)),
                desk_name=desk_name,
                kecamatan=kecamatan,
                desa=desa,
                created_at=now.isoformat(timespec="seconds"),
                expires_at=expires,
                for_desk=for_desk,
            )
        )
    return code, expires


@dataclass
class Enrolled:
    desk_id: str
    token: str
    desk_code: str = ""  # the prefix of the desk's referral codes
    # what the hub holds for the desk once enrolled (the code's names win over the desk's)
    name: str = ""
    kecamatan: str = ""
    desa: str = ""


def free_desk_code(conn: Connection, offered: str | None) -> str:
    """A referral-code prefix no desk holds: ``offered`` (the desk's own, used for the
    codes it printed before enrollment) when it is free, else a new one."""
    code = offered if valid_prefix(offered) else new_prefix()
    while conn.execute(select(Desk.id).where(Desk.code == code)).first() is not None:
        code = new_prefix()
    return code


def ensure_desk_code(engine: Engine, desk: Desk) -> str:
    """The desk's referral-code prefix, given now if it has none yet."""
    if desk.code:
        return desk.code
    with write(engine) as conn:
        code = free_desk_code(conn, None)
        conn.execute(
            update(Desk).where(Desk.desk_id == desk.desk_id, Desk.code.is_(None)).values(code=code)
        )
        held = conn.execute(select(Desk.code).where(Desk.desk_id == desk.desk_id)).scalar_one()
        return cast(str, held)  # ours or a concurrent writer's: never NULL after the update


def redeem(
    engine: Engine,
    code: str,
    desk_id: str,
    name: str,
    kecamatan: str,
    desa: str,
    desk_code: str | None = None,
) -> Enrolled:
    """Consume ``code`` and create (or re-key) the desk, in one transaction.

    A desk that enrolls again with a code issued for it (its token was lost) keeps its
    desk_id, so its queued records still belong to it; its old token stops working, and a
    revocation ends. A code for a new desk redeemed with the id of an existing desk, or a
    code for one desk redeemed with another's id, is refused like a wrong code, and is not
    used up. Name, kecamatan and desa set at ``melayani-hub enroll`` win over what the desk
    sends. ``desk_code``: the referral-code prefix the desk has used so far; it becomes the
    desk's when no other desk holds it (``free_desk_code``); a re-enrolled desk keeps its.
    """
    try:
        return _redeem(engine, code, desk_id, name, kecamatan, desa, desk_code)
    except IntegrityError:  # the same new desk enrolled twice at once: one wins
        raise EnrollRefused(REFUSED) from None


def _redeem(
    engine: Engine,
    code: str,
    desk_id: str,
    name: str,
    kecamatan: str,
    desa: str,
    desk_code: str | None,
) -> Enrolled:
    token = secrets.token_urlsafe(32)
    now = now_iso()
    with write(engine) as conn:
        row = conn.execute(
            select(EnrollCode).where(EnrollCode.code_hash == sha256_hex(normalise_code(code)))
        ).first()
        if row is None or row.used_at is not None or row.expires_at <= now:
            raise EnrollRefused(REFUSED)
        if row.for_desk is None:  # a new-desk code never re-keys an enrolled desk
            taken = conn.execute(select(Desk.id).where(Desk.desk_id == desk_id)).first()
            wrong = taken is not None
        else:  # a re-enrollment code re-keys only the desk it was issued for
            wrong = row.for_desk != desk_id
        if wrong:
            raise EnrollRefused(REFUSED)
        used = conn.execute(
            update(EnrollCode)
            .where(EnrollCode.id == row.id, EnrollCode.used_at.is_(None))
            .values(used_at=now, used_by=desk_id)
        )
        if used.rowcount != 1:
            raise EnrollRefused("kode pendaftaran sudah dipakai")
        values = {
            "token_hash": sha256_hex(token),
            "enrolled_at": now,
            "revoked_at": None,
        }
        for field, sent in (("name", name), ("kecamatan", kecamatan), ("desa", desa)):
            chosen = getattr(row, "desk_name" if field == "name" else field)
            if chosen or row.for_desk is None:  # a re-enrollment keeps the record's names
                values[field] = chosen or sent
        if row.for_desk is not None:
            kept = conn.execute(select(Desk.code).where(Desk.desk_id == desk_id)).scalar()
            code = kept or free_desk_code(conn, desk_code)
            values["code"] = code
            conn.execute(update(Desk).where(Desk.desk_id == desk_id).values(**values))
        else:
            code = free_desk_code(conn, desk_code)
            values["code"] = code
            conn.execute(insert(Desk).values(desk_id=desk_id, **values))
        held = conn.execute(
            select(Desk.name, Desk.kecamatan, Desk.desa).where(Desk.desk_id == desk_id)
        ).one()
    return Enrolled(
        desk_id,
        token,
        desk_code=code,
        name=held.name,
        kecamatan=held.kecamatan,
        desa=held.desa,
    )


def revoke(engine: Engine, desk_id: str) -> str:
    """Refuse this desk's token from now on; returns the revocation time (UnknownDesk)."""
    now = now_iso()
    with write(engine) as conn:
        done = conn.execute(
            update(Desk)
            .where(Desk.desk_id == desk_id, Desk.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        if done.rowcount == 0:
            row = conn.execute(select(Desk.revoked_at).where(Desk.desk_id == desk_id)).first()
            if row is None:
                raise UnknownDesk(desk_id)
            return row.revoked_at
    return now


def desk_for_token(engine: Engine, token: str) -> Desk | None:
    with engine.connect() as conn:
        row = conn.execute(select(Desk).where(Desk.token_hash == sha256_hex(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    return Desk(
        id=row.id,
        desk_id=row.desk_id,
        name=row.name,
        kecamatan=row.kecamatan,
        desa=row.desa,
        token_hash=row.token_hash,
        enrolled_at=row.enrolled_at,
        revoked_at=row.revoked_at,
        code=row.code,
    )
