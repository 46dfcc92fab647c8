"""What a referral slip says: plain data, the same for preview, paper and PDF.

The slip carries everything a citizen needs to reach the right person without the
clerk: who, which number, what to bring, what the regency can and cannot do, the 112
line for emergencies, and a WhatsApp link (as a QR code) with a polite message already
written.  Rendering lives in ``melayani_desk/ui/dialogs/slip_render.py``.

A slip is in the citizen's language (``language``: "id" by default, or "en"), whatever
the window's: its date too (Indonesian month names on an Indonesian slip).  The WhatsApp
message goes to an Indonesian official, so it is always Indonesian, and its greeting
follows the time of day in Banyuwangi (WIB, UTC+7): pagi, siang, sore, malam.  ``clock``
is the module's one source of "now" for the greeting (tests replace it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import quote

import segno

from melayani_core.directory.model import Contact, Organization, Service
from melayani_core.directory.phones import display, wa_digits
from melayani_core.referrals.model import Referral

MESSAGE_LIMIT = 600  # characters of the pre-filled WhatsApp text
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SLIP_LANGUAGES = ("id", "en")
WIB = timezone(timedelta(hours=7), "WIB")  # Banyuwangi's time, whatever the PC's zone says
# (first hour, greeting) in WIB: pagi from 04.00 (after subuh), siang from 11.00, sore from
# 15.00 (after asar), malam from 18.00 (maghrib); what Indonesian offices say by the clock
GREETINGS = ((4, "pagi"), (11, "siang"), (15, "sore"), (18, "malam"))


def _now() -> datetime:
    return datetime.now(UTC)


clock: Callable[[], datetime] = _now  # when the WhatsApp message is written (tests set it)


@dataclass
class Slip:
    desk_name: str
    desk_area: str
    moment: datetime  # when the referral was made (local time), shown as the slip's date
    code: str  # short referral code, "" before the referral is logged
    need_text: str
    service_name: str
    org_name: str
    org_short_name: str
    contact_name: str
    contact_position: str
    whatsapp: str  # E.164 or ""
    phone: str  # E.164 or ""
    requirements: list[str] = field(default_factory=list)
    fee: str = ""
    duration: str = ""
    hours: str = ""
    address: str = ""
    online_url: str = ""
    authority_org: str = ""  # who decides, set only when the regency is not the authority
    authority_note: str = ""  # the directory's note on it (the renderer adds the lead-in)
    sample: bool = False
    lapor_id: str = ""  # the SP4N-LAPOR! tracking id the referral carries
    language: str = "id"  # the citizen's choice in the slip dialog: "id" or "en"

    @property
    def date_text(self) -> str:
        return date_text(self.moment, self.language)

    @property
    def whatsapp_display(self) -> str:
        return display(self.whatsapp) if self.whatsapp else ""

    @property
    def phone_display(self) -> str:
        return display(self.phone) if self.phone else ""

    @property
    def message(self) -> str:
        return wa_message(self)

    @property
    def wa_url(self) -> str:
        """https://wa.me/<digits>?text=... or "" when the contact has no WhatsApp."""
        if not self.whatsapp:
            return ""
        return f"https://wa.me/{wa_digits(self.whatsapp)}?text={quote(self.message, safe='')}"


def date_text(moment: datetime, language: str = "id") -> str:
    """ "2 Desember 2026, 14.05" (id) or "2 December 2026, 14:05" (en)."""
    if language == "en":
        return f"{moment.day} {MONTHS_EN[moment.month - 1]} {moment.year}, {moment:%H:%M}"
    return f"{moment.day} {MONTHS_ID[moment.month - 1]} {moment.year}, {moment:%H.%M}"


def greeting(moment: datetime) -> str:
    """ "Selamat pagi/siang/sore/malam" for ``moment`` (naive = this PC's local time) in WIB."""
    hour = moment.astimezone(WIB).hour
    word = "malam"
    for first, name in GREETINGS:
        if hour >= first:
            word = name
    return f"Selamat {word}"


def wa_message(slip: Slip, now: datetime | None = None) -> str:
    """Short and polite: the QR code must stay readable on a 58 mm roll."""
    need = (slip.need_text.strip() or slip.service_name)[:80]
    desk = slip.desk_name.strip()[:60] or "meja layanan Banyuwangi Melayani"
    code = f" (kode {slip.code})" if slip.code else ""
    text = (
        f"{greeting(now or clock())} Bapak/Ibu. Saya warga yang dirujuk {desk}{code} "
        f"untuk keperluan: {need}. Mohon petunjuknya. Terima kasih."
    )
    return text[:MESSAGE_LIMIT]


def outside_regency(authority: str) -> bool:
    """True when someone other than the regency (or its villages) decides."""
    return authority not in ("regency", "village", "")


def slip_for(
    *,
    service: Service,
    org: Organization,
    contact: Contact,
    desk_name: str,
    desk_area: str,
    need_text: str = "",
    code: str = "",
    moment: datetime | None = None,
    sample: bool = False,
    language: str = "id",
    lapor_id: str = "",
) -> Slip:
    """A slip from the current directory (before or without logging)."""
    return Slip(
        desk_name=desk_name,
        desk_area=desk_area,
        moment=moment or datetime.now().astimezone(),
        code=code,
        lapor_id=lapor_id,
        need_text=need_text,
        service_name=service.name,
        org_name=org.name,
        org_short_name=org.short_name or org.name,
        contact_name=contact.name,
        contact_position=contact.position,
        whatsapp=contact.whatsapp,
        phone=contact.phone,
        requirements=list(service.requirements),
        fee=service.fee,
        duration=service.duration,
        hours=contact.hours or org.hours,
        address=org.address,
        online_url=service.online_url,
        authority_org=org.name if outside_regency(service.authority) else "",
        authority_note=(service.authority_note or org.authority_note)
        if outside_regency(service.authority)
        else "",
        sample=sample,
        language=language,
    )


def slip_for_referral(
    referral: Referral,
    *,
    service: Service | None,
    org: Organization | None,
    desk_name: str,
    desk_area: str,
    language: str = "id",
) -> Slip:
    """A slip for a logged referral: the contact details are the copy it gave out, so the
    slip stays true after the directory changes; requirements and hours come from the
    current directory when the service still exists."""
    created = datetime.fromisoformat(referral.created_at).astimezone()
    outside = outside_regency(referral.authority)
    return Slip(
        desk_name=desk_name,
        desk_area=desk_area,
        moment=created,
        code=referral.code,
        lapor_id=getattr(referral, "lapor", "") or referral.lapor_id or "",
        need_text=referral.need_text,
        service_name=referral.service_name,
        org_name=referral.org_name,
        org_short_name=referral.org_short_name or referral.org_name,
        contact_name=referral.contact_name,
        contact_position=referral.contact_position,
        whatsapp=referral.contact_whatsapp,
        phone=referral.contact_phone,
        requirements=list(service.requirements) if service else [],
        fee=service.fee if service else "",
        duration=service.duration if service else "",
        hours=org.hours if org else "",
        address=org.address if org else "",
        online_url=service.online_url if service else "",
        authority_org=referral.org_name if outside else "",
        authority_note=referral.authority_note if outside else "",
        sample=referral.directory_is_sample,
        language=language,
    )


@lru_cache(maxsize=16)
def qr_matrix(url: str) -> tuple[tuple[int, ...], ...]:
    """The QR code of a slip's WhatsApp link: its modules, rows of 0/1 (about 20 ms to
    encode: the preview, the PDF and the print of one slip draw it three times; a reprint
    encodes it on the read worker)."""
    qr = segno.make(url, error="m", micro=False, boost_error=False)
    return tuple(tuple(row) for row in qr.matrix)
