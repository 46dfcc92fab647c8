"""Console users, log-in sessions and CSRF tokens.

Passwords are hashed with Argon2id (argon2-cffi, its default parameters). A session is a
random token in an HttpOnly, SameSite=Strict cookie, Secure except over plain HTTP on
loopback (a test or a demo on one machine); the hub stores only its SHA-256 and an absolute
expiry. Each session has its own CSRF token, which every form POST must carry.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from melayani_hub.console import audit
from melayani_hub.console.tables import sessions, users
from melayani_hub.db import inserted_id, now_iso, write
from melayani_hub.desks import sha256_hex

ROLES = ("admin", "curator", "viewer")
COOKIE = "melayani_console"
LOGIN_COOKIE = "melayani_login_csrf"
SESSION_HOURS = 8.0
MIN_PASSWORD = 10
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a password of anyone")  # same work for an unknown name


class UserError(ValueError):
    """A user that cannot be created (message in Indonesian)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    agency: str
    csrf: str = ""

    def can_edit(self, org_id: str) -> bool:
        return self.role == "admin" or (self.role == "curator" and org_id == self.agency)

    def sees(self, org_id: str) -> bool:
        return self.role != "curator" or org_id == self.agency


def add_user(engine: Engine, name: str, role: str, password: str, agency: str = "") -> int:
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise UserError("Nama pengguna wajib diisi, tanpa spasi, paling panjang 64 huruf.")
    if role not in ROLES:
        raise UserError(f"Peran harus salah satu dari: {', '.join(ROLES)}.")
    if role == "curator" and not agency.strip():
        raise UserError("Kurator harus punya instansi: tambahkan --agency ORG_ID.")
    if role != "curator" and agency.strip():
        raise UserError("--agency hanya untuk peran curator.")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"Kata sandi minimal {MIN_PASSWORD} karakter.")
    try:
        with write(engine) as conn:
            done = conn.execute(
                insert(users).values(
                    name=name, role=role, agency=agency.strip(),
                    password_hash=_hasher.hash(password), created_at=now_iso(),
                )
            )  # fmt: skip
            audit.record(conn, "cli", "user.add", name, f"role={role} agency={agency}")
    except IntegrityError:
        raise UserError(f"Pengguna {name!r} sudah ada.") from None
    return inserted_id(done)


def check_password(engine: Engine, name: str, password: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name.strip())).first()
    stored = row.password_hash if row is not None and row.disabled_at is None else _DUMMY
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or row.disabled_at is not None:
        return None
    return User(row.id, row.name, row.role, row.agency)


def start_session(engine: Engine, user: User, hours: float = SESSION_HOURS) -> str:
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with write(engine) as conn:
        conn.execute(delete(sessions).where(sessions.c.expires_at <= now_iso()))
        conn.execute(
            insert(sessions).values(
                token_hash=sha256_hex(token), user_id=user.id, csrf=secrets.token_urlsafe(32),
                created_at=now.isoformat(timespec="seconds"),
                expires_at=(now + timedelta(hours=hours)).isoformat(timespec="seconds"),
            )
        )  # fmt: skip
        audit.record(conn, user.name, "login")
    return token


def session_user(engine: Engine, token: str) -> User | None:
    """The user of a live session (None: no such session, expired, or user disabled)."""
    if not token:
        return None
    q = (
        select(users.c.id, users.c.name, users.c.role, users.c.agency, sessions.c.csrf)
        .join(users, users.c.id == sessions.c.user_id)
        .where(
            sessions.c.token_hash == sha256_hex(token),
            sessions.c.expires_at > now_iso(),
            users.c.disabled_at.is_(None),
        )
    )
    with engine.connect() as conn:
        row = conn.execute(q).first()
    return User(row.id, row.name, row.role, row.agency, row.csrf) if row else None


def end_session(engine: Engine, token: str) -> None:
    with write(engine) as conn:
        conn.execute(delete(sessions).where(sessions.c.token_hash == sha256_hex(token)))


def expire_sessions_of(engine: Engine, name: str) -> None:
    """Every session of ``name`` ends now (used by tests and after a password change)."""
    with write(engine) as conn:
        ids = select(users.c.id).where(users.c.name == name).scalar_subquery()
        conn.execute(update(sessions).where(sessions.c.user_id == ids).values(expires_at=now_iso()))


def same(given: str, expected: str) -> bool:
    return bool(given) and bool(expected) and hmac.compare_digest(given, expected)


def secure_cookie(scheme: str, host: str) -> bool:
    """Secure unless plain HTTP to a loopback address (a browser would drop the cookie)."""
    if scheme == "https":
        return True
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host != "localhost"
