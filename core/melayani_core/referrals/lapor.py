"""SP4N-LAPOR! (lapor.go.id, SMS 1708): the national complaint channel, and its tracking ids.

A citizen who filed a complaint gets a tracking id ("#5123456", or with letters and
dashes in some channels); a referral or an outcome can carry it.  The check is loose on
purpose (the format is LAPOR!'s, and changes): short, one word of letters, digits and
``# - / .``, with at least one digit.
"""

from __future__ import annotations

import re

MAX_LAPOR = 32
_LAPOR = re.compile(r"^#?[0-9A-Za-z][0-9A-Za-z./-]{1,30}$")
WEBSITE = "lapor.go.id"
SMS = "1708"


def lapor_problem(text: str) -> str | None:
    """None when ``text`` (already stripped) is empty or a plausible tracking id; else
    an Indonesian sentence for the clerk saying what is wrong and what to do."""
    if not text:
        return None
    if len(text) > MAX_LAPOR:
        return (
            f"Nomor tiket LAPOR! terlalu panjang ({len(text)} karakter, paling banyak "
            f"{MAX_LAPOR}). Salin hanya nomor tiketnya, contoh: #5123456."
        )
    if not _LAPOR.match(text) or not any(ch.isdigit() for ch in text):
        return (
            f"Nomor tiket LAPOR! {text!r} tidak dikenali. Isi nomor tiket dari lapor.go.id "
            "atau SMS 1708 (huruf, angka, tanda - atau /, tanpa spasi), contoh: #5123456; "
            "atau kosongkan bila warga belum melapor."
        )
    return None
