"""Unsigned candidates: the console builds the next directory version from the working copy
(validated like an import), ``melayani-hub sign`` signs its manifest on the machine that holds
the key, and an admin releases it: only then do desks see it. The server never holds the
private key."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from melayani_core.directory.model import ImportReport
from melayani_core.snapshot import (
    LEXICON_PREFIX,
    MAX_VERSION,
    counts,
    manifest_bytes,
    write_snapshot,
)
from melayani_hub import signing
from melayani_hub.console import audit, inbox, working
from melayani_hub.console.auth import User
from melayani_hub.console.changes import Refused
from melayani_hub.console.tables import candidates, changes
from melayani_hub.db import inserted_id, now_iso, write
from melayani_hub.models import DirectoryVersion, SigningKey
from melayani_hub.publish import latest_epoch, latest_settings, published_lexicon
from melayani_hub.rotation import current_set


class CandidateError(Exception):
    """A candidate that cannot be signed or released (message in Indonesian)."""


def _carried_lexicon(conn: Connection) -> dict[str, str]:
    snapshot = conn.scalar(
        select(DirectoryVersion.snapshot).order_by(DirectoryVersion.version.desc()).limit(1)
    )
    if not snapshot:
        return {}
    with zipfile.ZipFile(io.BytesIO(bytes(snapshot))) as zf:
        return {
            n[len(LEXICON_PREFIX) :]: zf.read(n).decode("utf-8")
            for n in zf.namelist() if n.startswith(LEXICON_PREFIX) and not n.endswith("/")
        }  # fmt: skip


def _next_version(conn: Connection) -> int:
    published = conn.scalar(select(func.max(DirectoryVersion.version))) or 0
    return published + 1


def build(engine: Engine, user: User, expires_days: float = 30) -> int:
    """Store the next version as an unsigned candidate; its id (Refused: working copy bad)."""
    from melayani_core.directory.validate import build_directory

    if user.role != "admin":
        raise inbox.NotYours("")
    with engine.connect() as conn:
        rows = working.all_rows(conn)
        carried = _carried_lexicon(conn)
        version, epoch = _next_version(conn), latest_epoch(conn)
    report = ImportReport()
    directory = build_directory(working.tables_of(rows), report)
    if report.errors:
        raise Refused([str(p) for p in report.errors])
    if version > MAX_VERSION:
        raise Refused([f"versi {version} melebihi batas {MAX_VERSION}"])
    directory.settings = latest_settings(engine)
    directory.lexicon = published_lexicon(engine, carried)
    data = write_snapshot(directory)
    digest = hashlib.sha256(data).hexdigest()
    issued = datetime.now(UTC)
    expires = (issued + timedelta(days=expires_days)).isoformat(timespec="seconds")
    manifest = manifest_bytes(version, issued.isoformat(timespec="seconds"), expires, digest,
                              len(data), counts(directory), epoch, directory.settings)  # fmt: skip
    with write(engine) as conn:
        done = conn.execute(
            insert(candidates).values(
                version=version, manifest=manifest, snapshot=data, sha256=digest,
                size=len(data), issued_at=issued.isoformat(timespec="seconds"),
                expires=expires, created_by=user.name, created_at=now_iso(),
            )
        )  # fmt: skip
        cid = inserted_id(done)
        audit.record(conn, user.name, "candidate.build", f"kandidat #{cid}", f"versi {version}")
    return cid


def listing(engine: Engine) -> list[dict[str, Any]]:
    cols = [c for c in candidates.c if c.name not in ("snapshot", "manifest")]
    with engine.connect() as conn:
        rows = conn.execute(select(*cols).order_by(candidates.c.id.desc()).limit(50))
        return [dict(r._mapping) for r in rows]


def sign(engine: Engine, candidate_id: int, key_path: Path) -> tuple[int, str]:
    """Sign candidate ``candidate_id`` with the key file (CLI); returns (version, key id)."""
    key = signing.load_private(key_path)
    raw = signing.raw_public(key.public_key())
    key_id = signing.fingerprint(raw)
    with engine.connect() as conn:
        row = conn.execute(select(candidates).where(candidates.c.id == candidate_id)).first()
    if row is None:
        raise CandidateError(f"Kandidat #{candidate_id} tidak ada. Lihat halaman Terbitkan.")
    if row.released_at is not None:
        raise CandidateError(f"Kandidat #{candidate_id} sudah dirilis sebagai versi {row.version}.")
    signature = base64.b64encode(key.sign(bytes(row.manifest))).decode("ascii")
    signing.add_key(engine, base64.b64encode(raw).decode("ascii"))
    with write(engine) as conn:
        conn.execute(
            update(candidates).where(candidates.c.id == candidate_id)
            .values(signature=signature, key_id=key_id, signed_at=now_iso())
        )  # fmt: skip
        audit.record(conn, "cli", "candidate.sign", f"kandidat #{candidate_id}", key_id)
    return row.version, key_id


def release(engine: Engine, user: User, candidate_id: int) -> int:
    """Publish a signed candidate as its version; returns it (CandidateError)."""
    if user.role != "admin":
        raise inbox.NotYours("")
    with write(engine) as conn:
        row = conn.execute(select(candidates).where(candidates.c.id == candidate_id)).first()
        if row is None:
            raise CandidateError(f"Kandidat #{candidate_id} tidak ada.")
        if row.released_at is not None:
            raise CandidateError(f"Kandidat #{candidate_id} sudah dirilis.")
        if not row.signature:
            raise CandidateError(
                f"Kandidat #{candidate_id} belum ditandatangani. Jalankan di komputer pemegang "
                f"kunci: melayani-hub sign {candidate_id} --key signing.key --db ..."
            )
        public = conn.scalar(select(SigningKey.public_key).where(SigningKey.key_id == row.key_id))
        if public is None or not signing.verify(public, bytes(row.manifest), row.signature):
            raise CandidateError("Tanda tangan kandidat tidak sah. Tandatangani ulang.")
        _, trusted = current_set(conn)
        if trusted is not None and row.key_id not in trusted:
            raise CandidateError("Kandidat ditandatangani kunci yang sudah tidak berlaku. "
                                 "Tandatangani ulang dengan kunci yang berlaku.")  # fmt: skip
        if _next_version(conn) != row.version:
            raise CandidateError(
                f"Versi {row.version} sudah terbit lebih dulu. Buat kandidat baru."
            )
        conn.execute(
            insert(DirectoryVersion).values(
                version=row.version, snapshot=row.snapshot, sha256=row.sha256, size=row.size,
                issued_at=row.issued_at, expires=row.expires, manifest=row.manifest,
                signature=row.signature, key_id=row.key_id, public_key=public,
                source=f"konsol: kandidat #{candidate_id}",
            )
        )  # fmt: skip
        conn.execute(
            update(candidates).where(candidates.c.id == candidate_id)
            .values(released_at=now_iso(), released_by=user.name)
        )  # fmt: skip
        made = conn.execute(
            select(changes.c.id, changes.c.problem_uuid).where(
                changes.c.status == "approved", changes.c.version.is_(None),
                changes.c.reviewed_at <= row.created_at,
            )
        ).all()  # fmt: skip
        if made:
            conn.execute(
                update(changes).where(changes.c.id.in_([m.id for m in made]))
                .values(version=row.version)
            )  # fmt: skip
        for problem in {m.problem_uuid for m in made if m.problem_uuid}:
            inbox.set_status(conn, user, problem, "fixed", fixed_version=row.version)
        audit.record(conn, user.name, "candidate.release", f"kandidat #{candidate_id}",
                     f"versi {row.version}")  # fmt: skip
    return row.version
