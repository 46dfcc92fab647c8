"""Key rotation statements: which directory signing keys a desk trusts, and how that changes.

A desk starts with the keys pinned at enrollment (given out-of-band). The regency replaces a
key without touching the desks by publishing a *statement*, as TUF rotates its root: UTF-8
JSON naming a version number and the complete new set of trusted keys, signed by a key the
desk trusts now. The hub serves every statement (``GET /api/v1/keys/statements``); the desk
walks them in version order before it verifies a directory manifest:

- a statement not newer than the desk's is skipped: an old statement replayed (a hub
  restored from a backup) never brings a retired key back;
- a newer one must be signed by a key of the desk's current set, and its set then
  *replaces* the current one: a key left out is retired, and a manifest it signs is refused;
- anything else is not followed, and named: the desk keeps the keys it trusts, and a
  directory signed by a key it does not trust is refused with that reason.

Signed bytes: ``{"format": "melayani-keys/1", "version": N, "issued_at": ISO,
"keys": [{"key_id": hex, "public_key": base64}, ...]}``; envelope:
``{"statement": base64 of those bytes, "signature": base64, "key_id": signer}``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from melayani_core import keys as keylib
from melayani_core.snapshot import MAX_VERSION

FORMAT = "melayani-keys/1"
MAX_KEYS = 16  # keys in one statement
MAX_STATEMENTS = 1000  # statements read from one answer


class StatementRejected(Exception):
    """A statement the desk must not follow (message in Indonesian)."""


@dataclass(frozen=True)
class KeyStatement:
    version: int
    keys: dict[str, bytes]  # key_id -> raw public key: the whole trusted set from now on
    signer: str
    issued_at: str


def statement_bytes(version: int, keys: dict[str, bytes], issued_at: str) -> bytes:
    """The exact bytes a statement's signature covers."""
    listed = [
        {"key_id": key_id, "public_key": base64.b64encode(raw).decode("ascii")}
        for key_id, raw in sorted(keys.items())
    ]
    body = {"format": FORMAT, "version": version, "issued_at": issued_at, "keys": listed}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def envelope(signed: bytes, signature: bytes, signer: str) -> dict[str, str]:
    return {
        "statement": base64.b64encode(signed).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
        "key_id": signer,
    }


def _b64(value: Any, what: str) -> bytes:
    return keylib.b64_field(value, what, StatementRejected, "pernyataan kunci: ")


def _body(env: Any) -> dict[str, Any]:
    if not isinstance(env, dict):
        raise StatementRejected("pernyataan kunci: amplop tidak sah")
    try:
        data = json.loads(_b64(env.get("statement"), "isi").decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise StatementRejected("pernyataan kunci: isi bukan JSON UTF-8") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StatementRejected(f"pernyataan kunci bukan format {FORMAT}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= MAX_VERSION:
        raise StatementRejected("pernyataan kunci: nomor versi tidak sah")
    return data


def claimed_version(env: Any) -> int:
    """The version a statement claims, NOT verified (to order the walk); raises."""
    version: int = _body(env)["version"]  # _body checked it is one
    return version


def _keys(data: dict[str, Any]) -> dict[str, bytes]:
    listed = data.get("keys")
    if not isinstance(listed, list) or not 1 <= len(listed) <= MAX_KEYS:
        raise StatementRejected(f"pernyataan kunci v{data['version']}: daftar kunci tidak sah")
    found: dict[str, bytes] = {}
    for entry in listed:
        if not isinstance(entry, dict):
            raise StatementRejected(f"pernyataan kunci v{data['version']}: kunci tidak sah")
        try:
            raw = keylib.decode_raw(str(entry.get("public_key", "")))
        except keylib.KeyProblem:
            raise StatementRejected(
                f"pernyataan kunci v{data['version']}: kunci publik tidak sah"
            ) from None
        if entry.get("key_id") != keylib.fingerprint(raw):
            raise StatementRejected(
                f"pernyataan kunci v{data['version']}: sidik jari tidak cocok dengan kuncinya"
            )
        found[keylib.fingerprint(raw)] = raw
    return found


def verify_statement(env: Any, trusted: dict[str, bytes]) -> KeyStatement:
    """The statement, if signed by a key in ``trusted`` and well formed; raises."""
    data = _body(env)
    version = data["version"]
    signer = env.get("key_id")
    raw = trusted.get(signer) if isinstance(signer, str) else None
    if raw is None:
        raise StatementRejected(
            f"pernyataan kunci v{version} tidak ditandatangani kunci yang dipercaya meja ini "
            f"({str(signer)[:16]}...); kunci yang dipercaya tidak diubah"
        )
    if not keylib.verify(
        raw, _b64(env.get("signature"), "tanda tangan"), _b64(env.get("statement"), "isi")
    ):
        raise StatementRejected(f"tanda tangan pernyataan kunci v{version} tidak sah")
    return KeyStatement(version, _keys(data), signer, str(data.get("issued_at", "")))


@dataclass
class Walk:
    keys: dict[str, bytes]
    version: int
    applied: list[int]
    problems: list[str]  # the statements not followed, and why

    @property
    def problem(self) -> str:
        return "; ".join(self.problems[:3]) + ("; ..." if len(self.problems) > 3 else "")


def advance(trusted: dict[str, bytes], version: int, envelopes: Iterable[Any]) -> Walk:
    """Follow the statements newer than ``version`` from the set ``trusted``, in order.

    One not signed by a key trusted at its turn (or malformed) is not followed and is
    named in ``problems``; the walk goes on, since a later statement signed by a trusted
    key may still be followed: trust changes only by a trusted signature, and never back
    to a version at or below one already followed."""
    walk = Walk(dict(trusted), version, [], [])
    ordered: list[tuple[int, Any]] = []
    for env in list(envelopes)[:MAX_STATEMENTS]:
        try:
            ordered.append((claimed_version(env), env))
        except StatementRejected as exc:
            walk.problems.append(str(exc))
    for claimed, env in sorted(ordered, key=lambda pair: pair[0]):
        if claimed <= walk.version:
            continue  # already followed, or an old one replayed: never a step back
        try:
            statement = verify_statement(env, walk.keys)
        except StatementRejected as exc:
            walk.problems.append(str(exc))
            continue
        walk.keys, walk.version = statement.keys, statement.version
        walk.applied.append(statement.version)
    return walk


def unverified(env: Any) -> tuple[int, dict[str, bytes]]:
    """(version, key set) a statement claims, its signature NOT checked; raises."""
    data = _body(env)
    return data["version"], _keys(data)


def starting_version(pinned: dict[str, bytes], envelopes: Iterable[Any]) -> int:
    """At enrollment: the newest statement whose set holds every pinned key (0 if none).

    The keys were pinned out-of-band, so the statements up to that one (signed by keys this
    desk never trusted) are not needed; the desk follows the chain from there on. Read
    unverified: a hub that claims too high a number can only make the desk miss a later
    rotation, which shows as a refused directory, never as a wrong key trusted."""
    newest = 0
    for env in list(envelopes)[:MAX_STATEMENTS]:
        try:
            version, keys = unverified(env)
        except StatementRejected:
            continue
        if pinned and set(pinned) <= set(keys):
            newest = max(newest, version)
    return newest
