"""What the referral log refuses, and why, in the clerk's words (Indonesian).

Every input is checked here before a write transaction starts: text is stripped of NULs
and whitespace and held to a length, choices must be among the known ones, citizen details
need the citizen's consent, a citizen's phone must be a real Indonesian number and a
LAPOR! id must look like one. A refusal is a :class:`ReferralError` naming its field.
"""

from __future__ import annotations

from melayani_core.directory import phones
from melayani_core.referrals.lapor import MAX_LAPOR, lapor_problem
from melayani_core.referrals.model import ReferralError

MAX_NEED = 500
MAX_NOTE = 2000
MAX_NAME = 200
MAX_RANK = 1000

CONSENT_MESSAGE = (
    "Data warga (nama, nomor HP, desa/kelurahan) hanya boleh dicatat dengan persetujuan "
    "warga. Tandai persetujuan warga, atau kosongkan data warga."
)


def clean(value: str | None, field: str, label: str, limit: int) -> str:
    text = (value or "").replace("\x00", "").strip()
    if len(text) > limit:
        raise ReferralError(
            f"{label} terlalu panjang: {len(text)} karakter, paling banyak {limit}.", field
        )
    return text


def one_of(value: str, allowed: tuple[str, ...], field: str, label: str) -> str:
    if value not in allowed:
        raise ReferralError(
            f"{label} {value!r} tidak dikenal; pilih salah satu: {', '.join(allowed)}.", field
        )
    return value


def lapor(value: str | None) -> str | None:
    """A LAPOR! tracking id as stored (None when none given); ReferralError when wrong."""
    text = clean(value, "lapor_id", "Nomor tiket LAPOR!", MAX_LAPOR)
    problem = lapor_problem(text)
    if problem:
        raise ReferralError(problem, "lapor_id")
    return text or None


def search_rank(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not (0 <= value <= MAX_RANK):
        raise ReferralError(
            f"Peringkat hasil pencarian harus 0 sampai {MAX_RANK}: {value!r}", "search_rank"
        )
    return value


def citizen(
    consent: bool, name: str | None, phone: str | None, village: str | None
) -> tuple[str | None, str | None, str | None]:
    """(name, phone in E.164, village) as stored: None each without consent or when empty."""
    name = clean(name, "citizen_name", "Nama warga", MAX_NAME)
    village = clean(village, "citizen_village", "Desa/kelurahan warga", MAX_NAME)
    raw_phone = clean(phone, "citizen_phone", "Nomor HP warga", MAX_NAME)
    if not consent and (name or raw_phone or village):
        raise ReferralError(CONSENT_MESSAGE, "citizen_consent")
    e164 = None
    if raw_phone:
        e164 = phones.normalize(raw_phone)
        if e164 is None or phones.is_short_code(e164):  # a citizen has no 112
            raise ReferralError(
                f"Nomor HP warga tidak valid: {raw_phone!r}. Contoh: 0812-3456-7890.",
                "citizen_phone",
            )
    if not consent:
        return None, None, None
    return name or None, e164, village or None
