"""Plain records of the referral log: what a desk gave out, what came of it, what was wrong.

No SQL and no Qt here. Records are immutable once logged: a correction is a new
Referral that supersedes the old one, and an Outcome is its own event.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CHANNELS = ("read_out", "printed", "whatsapp_link", "contacted_on_behalf")
OUTCOMES = ("responded", "resolved", "unreachable", "wrong_number")
REPORT_KINDS = ("wrong_number", "not_answering", "moved", "other")
SYNC_STATES = ("pending", "sent", "quarantined")
ITEM_TYPES = ("referral", "outcome", "contact_report", "unmet_need")

# Indonesian labels for the clerk (CLI and window).
CHANNEL_LABELS = {
    "read_out": "nomor dibacakan",
    "printed": "slip dicetak",
    "whatsapp_link": "tautan WhatsApp",
    "contacted_on_behalf": "dihubungi petugas",
}
OUTCOME_LABELS = {
    "responded": "ditanggapi",
    "resolved": "selesai",
    "unreachable": "tidak bisa dihubungi",
    "wrong_number": "nomor salah",
}
FOUND_VIA = ("", "search", "browse")
# a referral to a service search put lower than this, or found by browsing, teaches search
LEARN_BELOW_RANK = 3

SYNC_LABELS = {"pending": "menunggu kirim", "sent": "terkirim", "quarantined": "ditahan"}


class ReferralError(Exception):
    """Input the log refuses; the message is Indonesian, for the clerk.

    ``field`` names the offending input ("citizen_phone", "service_id", ...) when there
    is one, so a form can highlight it.
    """

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class DeskInfo:
    desk_id: str
    name: str = ""
    kecamatan: str = ""
    desa: str = ""
    hub_url: str | None = None
    code: str = ""  # the prefix of this desk's referral codes (referrals/codes.py)
    code_from_hub: bool = False  # the hub has given it


@dataclass(frozen=True)
class Referral:
    uuid: str
    desk_id: str
    seq: int
    created_at: str  # ISO 8601 UTC with offset; information only (seq orders)
    service_id: str
    contact_id: str
    channel: str
    need_text: str = ""
    service_name: str = ""
    org_id: str = ""
    org_name: str = ""
    org_short_name: str = ""
    authority: str = ""
    authority_note: str = ""
    contact_name: str = ""
    contact_position: str = ""
    contact_whatsapp: str = ""  # E.164 as given out
    contact_phone: str = ""
    note: str = ""
    citizen_consent: bool = False
    citizen_name: str | None = None  # the three citizen fields are None without consent
    citizen_phone: str | None = None  # E.164
    citizen_village: str | None = None
    lapor_id: str | None = None  # SP4N-LAPOR! tracking id
    supersedes_uuid: str | None = None
    directory_version: int = 0
    directory_is_sample: bool = False
    found_via: str = ""  # "search" or "browse": how the clerk found the service ("" unknown)
    search_rank: int = 0  # its place in the search results when chosen (1 = first; 0 unknown)
    redacted_at: str | None = None  # when its citizen details and note were removed (retention)
    code: str = ""  # as printed on the slip ("K7QD-0012"), unique across the regency

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Outcome:
    uuid: str
    referral_uuid: str
    outcome: str
    created_at: str
    note: str = ""
    lapor_id: str | None = None  # SP4N-LAPOR! tracking id the citizen got later

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ContactReport:
    uuid: str
    contact_id: str
    org_id: str
    kind: str
    created_at: str
    contact_name: str = ""
    service_id: str | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UnmetNeed:
    """A need the clerk searched for that found no service (sent to the hub, which shows
    the regency what its directory does not answer)."""

    uuid: str
    need_text: str
    created_at: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReferralView(Referral):
    """A referral as listed: with its latest outcome, its sync state and any correction."""

    outcome: Outcome | None = None
    sync_state: str = "pending"
    superseded_by: str | None = None  # uuid of the referral that corrects this one
    last_error: str = ""  # the hub's answer when the outbox item was quarantined (or retried)
    lapor: str = ""  # the LAPOR! id of the referral, else of its latest outcome that has one


@dataclass(frozen=True)
class OutboxItem:
    """One queued record for the sync sender, with the JSON payload to send."""

    id: int
    item_type: str
    item_uuid: str
    state: str
    attempts: int
    last_error: str
    updated_at: str
    payload: dict[str, Any] = field(default_factory=dict)
