"""Ed25519 public keys for directory manifests: read, fingerprint, verify.

A key file holds the base64 of the raw 32-byte public key (``signing.pub``) or a PEM
``PUBLIC KEY`` block. A fingerprint (key_id) is the SHA-256 hex of the raw key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

RAW_LEN = 32
MIN_FINGERPRINT = 32  # hex characters
MAX_KEY_FILE = 16 * 1024


class KeyProblem(ValueError):
    """A key or fingerprint that cannot be used (message in Indonesian)."""


def fingerprint(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def decode_raw(text: str) -> bytes:
    """The raw 32 bytes from base64 text; raises KeyProblem."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyProblem("Kunci publik bukan base64 yang sah.") from None
    if len(raw) != RAW_LEN:
        raise KeyProblem(f"Kunci publik Ed25519 harus {RAW_LEN} byte, bukan {len(raw)}.")
    return raw


def read_key_file(path: Path) -> bytes:
    """The raw public key in ``path`` (base64 raw key or PEM); raises KeyProblem."""
    try:
        data = Path(path).read_bytes()[: MAX_KEY_FILE + 1]
    except OSError as exc:
        raise KeyProblem(f"Tidak bisa membaca berkas kunci {path}: {exc.strerror}") from None
    if len(data) > MAX_KEY_FILE:
        raise KeyProblem(f"Berkas kunci {path} terlalu besar.")
    if b"-----BEGIN" in data:
        try:
            key = serialization.load_pem_public_key(data)
        except ValueError:
            raise KeyProblem(f"Berkas kunci {path} bukan kunci publik PEM yang sah.") from None
        if not isinstance(key, Ed25519PublicKey):
            raise KeyProblem(f"Berkas kunci {path} bukan kunci Ed25519.")
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    try:
        return decode_raw(data.decode("ascii"))
    except UnicodeDecodeError:
        raise KeyProblem(f"Berkas kunci {path} bukan teks base64.") from None


def parse_fingerprint(value: str) -> str:
    """Lower-case hex from a fingerprint written with spaces or colons; raises KeyProblem."""
    hexed = re.sub(r"[\s:]", "", value).lower()
    if not re.fullmatch(r"[0-9a-f]+", hexed or "-"):
        raise KeyProblem(
            f"{value!r} bukan berkas kunci yang ada, dan bukan sidik jari heksadesimal."
        )
    if not MIN_FINGERPRINT <= len(hexed) <= 64:
        raise KeyProblem(
            f"Sidik jari kunci harus {MIN_FINGERPRINT}-64 digit heksadesimal, bukan {len(hexed)}."
        )
    return hexed


def b64_field(value: object, what: str, error: type[Exception], prefix: str = "") -> bytes:
    """A signed envelope's base64 field, or ``error`` naming it (in Indonesian) when it is
    missing or not base64: one check for the manifest and the key statements."""
    if not isinstance(value, str):
        raise error(f"{prefix}{what} tidak ada")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise error(f"{prefix}{what} bukan base64 yang sah") from None


def verify(raw_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
