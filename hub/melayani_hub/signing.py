"""Ed25519 keys of the directory publisher: generate, load, fingerprint, sign, verify.

The private key stays with whoever publishes (``melayani-hub publish --key``); the server
stores only public keys and signatures.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_FILE = "signing.key"
PUB_FILE = "signing.pub"


class SigningKeyError(Exception):
    """A key file that cannot be used (message for the operator)."""


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(raw: bytes) -> str:
    """The key id: SHA-256 hex of the raw 32-byte public key."""
    return hashlib.sha256(raw).hexdigest()


def keygen(out_dir: Path) -> tuple[Path, Path, str]:
    """Write signing.key (PKCS8 PEM, mode 600) and signing.pub (base64 raw); never overwrite."""
    out_dir.mkdir(parents=True, exist_ok=True)
    key_path, pub_path = out_dir / KEY_FILE, out_dir / PUB_FILE
    for path in (key_path, pub_path):
        if path.exists():
            raise SigningKeyError(f"{path} sudah ada, tidak ditimpa / exists, not overwritten")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    os.chmod(key_path, 0o600)
    raw = raw_public(key.public_key())
    pub_path.write_text(base64.b64encode(raw).decode("ascii") + "\n", encoding="ascii")
    return key_path, pub_path, fingerprint(raw)


def load_private(path: Path) -> Ed25519PrivateKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SigningKeyError(f"Kunci {path} tidak bisa dibaca: {exc.strerror or exc}") from exc
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise SigningKeyError(f"{path} bukan kunci privat PEM PKCS8 tanpa sandi: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{path} bukan kunci Ed25519")
    return key


def load_public(text: str) -> Ed25519PublicKey:
    """A public key from its base64 raw 32 bytes (the content of signing.pub)."""
    raw = base64.b64decode(text.strip(), validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def add_key(engine: Any, public_b64: str) -> str:
    """Record a public key so GET /keys lists it (idempotent); returns its key id."""
    from sqlalchemy.dialects import postgresql, sqlite

    from melayani_hub.db import now_iso, write
    from melayani_hub.models import SigningKey

    raw = raw_public(load_public(public_b64))
    key_id = fingerprint(raw)
    with write(engine) as conn:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        conn.execute(
            dialect.insert(SigningKey)
            .values(key_id=key_id, public_key=base64.b64encode(raw).decode("ascii"),
                    added_at=now_iso())
            .on_conflict_do_nothing()
        )  # fmt: skip
    return key_id


def verify(public_b64: str, data: bytes, signature_b64: str) -> bool:
    try:
        load_public(public_b64).verify(base64.b64decode(signature_b64, validate=True), data)
    except (InvalidSignature, ValueError):
        return False
    return True
