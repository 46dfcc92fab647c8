"""How long citizen details on a referral are kept (UU 27/2022), shared by desk and hub.

A referral keeps what it gave out; the citizen details the clerk recorded with consent
(name, phone, village) and the clerk's free-text note are removed once the directory's
``retention_months`` have passed since the referral was made.  The referral stays, with
``redacted_at`` saying when its details were removed.
"""

from __future__ import annotations

import calendar
from datetime import datetime

# the columns emptied by a redaction, and what they become
REDACTED = {"citizen_name": None, "citizen_phone": None, "citizen_village": None, "note": ""}


def months_before(moment: datetime, months: int) -> datetime:
    """``moment`` minus whole calendar months (31 March - 1 month = 28/29 February)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def is_overdue(created_at: str, cutoff: datetime) -> bool:
    """Whether a referral made at ``created_at`` (ISO 8601) is past the cutoff; a date
    that cannot be read is overdue (its details cannot be shown to be recent)."""
    try:
        made = datetime.fromisoformat(created_at)
    except (TypeError, ValueError):
        return True
    if made.tzinfo is None:
        made = made.replace(tzinfo=cutoff.tzinfo)
    return made < cutoff
