"""Why the hub refused one item of an upload: a stable code on the wire, words for staff.

The hub answers each refused item with ``status: "conflict"``, a ``code`` from ``CODES``
and a ``detail`` in English for logs (docs/sync-protocol.md, "Upload").  The desk shows
staff the Indonesian words of the code, with the hub's detail after them.  A hub of an
earlier release sends no code: ``code_of`` recognises its details.
"""

from __future__ import annotations

# code -> what staff read in the desk's history (Indonesian)
CODES: dict[str, str] = {
    "uuid_taken": "kode catatan ini sudah dipakai meja lain",
    "content_differs": "isi catatan berbeda dari yang sudah tersimpan di hub",
    "seq_used": "nomor urut catatan ini sudah dipakai catatan lain",
    "unknown_referral": "rujukan yang dimaksud belum ada di hub",
    "desk_mismatch": "catatan ini milik meja lain",
    "no_consent": "ada data warga tanpa persetujuan",
    "invalid": "isi catatan tidak lengkap atau tidak sah",
}

_EXACT = {
    "uuid already used by another desk": "uuid_taken",
    "content differs from the stored record": "content_differs",
    "unknown referral": "unknown_referral",
    "desk mismatch": "desk_mismatch",
    "citizen data without consent": "no_consent",
}


def code_of(detail: str) -> str:
    """The code of a conflict's English ``detail`` (every other reason is malformed input)."""
    if detail in _EXACT:
        return _EXACT[detail]
    if detail.startswith("seq ") and detail.endswith(" already used"):
        return "seq_used"
    return "invalid"


def describe(code: str | None, detail: str) -> str:
    """What staff read: the Indonesian words of the code, then the hub's own detail."""
    words = CODES.get(code or "") or CODES[code_of(detail)]
    return f"{words} ({detail})" if detail else words
