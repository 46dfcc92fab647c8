"""``melayani-hub rotate-key``: the current signing key announces its successor.

The old private key signs a statement (``melayani_core.keyset``) naming the next version
number and the new trusted set: the new key, and the old one too with ``--keep-old`` (an
overlap while both sign). Desks follow the statements at their next sync and from then on
refuse what a retired key signs; nobody re-enrolls. The hub stores only the statement and
the public keys; the private keys stay with whoever publishes.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select

from melayani_core import keyset
from melayani_hub import signing
from melayani_hub.db import now_iso, write
from melayani_hub.models import KeyStatementRow, SigningKey


@dataclass(frozen=True)
class Rotation:
    version: int
    signer: str
    keys: tuple[str, ...]


def current_set(conn: Any) -> tuple[int, dict[str, bytes] | None]:
    """(latest statement version, its key set); (0, None) before the first rotation."""
    q = select(KeyStatementRow.statement, KeyStatementRow.key_id)
    row = conn.execute(q.order_by(KeyStatementRow.version.desc()).limit(1)).first()
    if row is None:
        return 0, None
    return keyset.unverified(keyset.envelope(bytes(row.statement), b"", row.key_id))


def statements(engine: Engine) -> list[dict[str, str]]:
    """Every statement as the envelope desks verify, oldest first."""
    with engine.connect() as conn:
        q = select(KeyStatementRow.statement, KeyStatementRow.signature, KeyStatementRow.key_id)
        rows = conn.execute(q.order_by(KeyStatementRow.version)).all()
    return [
        {
            "statement": base64.b64encode(bytes(r.statement)).decode("ascii"),
            "signature": r.signature,
            "key_id": r.key_id,
        }
        for r in rows
    ]


def store(engine: Engine, version: int, signed: bytes, signature: bytes, signer: str) -> None:
    """Keep one signed statement as given (also how a test plants a forged one)."""
    with write(engine) as conn:
        conn.execute(
            insert(KeyStatementRow).values(
                version=version,
                statement=signed,
                signature=base64.b64encode(signature).decode("ascii"),
                key_id=signer,
                issued_at=now_iso(),
            )
        )


def rotate_key(engine: Engine, old_key: Path, new_pub: str, *, keep_old: bool = False) -> Rotation:
    """Sign and store the next statement; raises signing.SigningKeyError (nothing stored)."""
    key = signing.load_private(old_key)
    old_raw = signing.raw_public(key.public_key())
    signer = signing.fingerprint(old_raw)
    try:
        new_raw = signing.raw_public(signing.load_public(new_pub))
    except ValueError as exc:
        raise signing.SigningKeyError(
            f"Kunci baru bukan kunci publik Ed25519 (base64 32 byte) / not a public key: {exc}"
        ) from None
    new_id = signing.fingerprint(new_raw)
    with engine.connect() as conn:
        version, trusted = current_set(conn)
        listed = conn.scalar(select(func.count()).where(SigningKey.key_id == signer))
    if trusted is None and not listed:
        raise signing.SigningKeyError(
            f"Kunci {old_key} ({signer[:16]}...) belum pernah dipakai menerbitkan di hub ini: "
            "pakai kunci yang dipercaya meja (yang dipakai publish) / not a key the desks trust"
        )
    if trusted is not None and signer not in trusted:
        raise signing.SigningKeyError(
            f"Kunci {old_key} ({signer[:16]}...) sudah tidak berlaku sejak pernyataan kunci "
            f"v{version}: tanda tangani dengan kunci yang berlaku sekarang "
            f"({', '.join(k[:16] + '...' for k in sorted(trusted))}) / a retired key"
        )
    if new_id == signer and not keep_old:
        raise signing.SigningKeyError("Kunci baru sama dengan kunci lama / the same key")
    keys = {new_id: new_raw, **({signer: old_raw} if keep_old else {})}
    signed = keyset.statement_bytes(version + 1, keys, now_iso())
    store(engine, version + 1, signed, key.sign(signed), signer)
    signing.add_key(engine, base64.b64encode(new_raw).decode("ascii"))
    return Rotation(version + 1, signer, tuple(sorted(keys)))
