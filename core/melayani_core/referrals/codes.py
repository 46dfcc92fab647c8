"""Referral codes: short, readable aloud, unique across the regency.

A code is the desk's prefix and the referral's per-desk sequence number: ``K7QD-0012``.
The prefix is four characters from an alphabet without the ones that are misheard or
misread (0/O, 1/I/L, 2/Z, 5/S, 8/B).  A desk draws a random prefix when its database is
made; at enrollment it offers that prefix to the hub, which keeps it when no other desk
holds it and otherwise gives the desk a free one.  Every referral stores the code it was
given, so a code printed before enrollment stays valid after it.

Desks of the first releases printed ``desk_id[:4].upper()-seq`` (hex): ``legacy_prefix``
gives that prefix, so their old slips keep their codes too.
"""

from __future__ import annotations

import re
import secrets
from typing import TypeGuard

ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
PREFIX_LEN = 4
# what a prefix may be: the alphabet above, or a first-release desk's hex digits
PREFIX_RE = re.compile(r"^[0-9A-Z]{4}$")
CODE_RE = re.compile(r"^([0-9A-Z]{4})-?(\d{1,9})$")


def new_prefix() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(PREFIX_LEN))


def legacy_prefix(desk_id: str) -> str:
    """The prefix a desk of the first releases printed: its first four hex digits."""
    return desk_id.replace("-", "")[:PREFIX_LEN].upper()


def valid_prefix(prefix: object) -> TypeGuard[str]:
    return isinstance(prefix, str) and bool(PREFIX_RE.match(prefix))


def make_code(prefix: str, seq: int) -> str:
    return f"{prefix}-{seq:04d}"


def normalise_code(text: str) -> str | None:
    """ " k7qd 12 " -> "K7QD-0012"; None when ``text`` is not a referral code."""
    found = CODE_RE.match("".join(text.split()).upper())
    if found is None:
        return None
    return make_code(found.group(1), int(found.group(2)))
