"""Remove citizen details from this desk's referrals once the retention period has passed.

Run at the window's start, at every sync pass and by ``melayani-desk purge-citizen-data``.
The period is the installed directory's ``retention_months`` (its settings sheet).  One
UPDATE in one write transaction: durable when it returns, and a second run finds nothing
left to do.  A referral redacted before it was sent is still sent, once, without the
details (the outbox builds the payload from the row as it is).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from melayani_core.directory.model import DirectorySettings
from melayani_core.referrals.retention import REDACTED, is_overdue, months_before
from melayani_core.storage.directory_db import DirectoryError, DirectoryReader, DirectoryStore
from melayani_desk.referrals.log import ReferralLog
from melayani_desk.storage.sql import chunks, marks

# referrals not yet redacted that still hold a citizen's details or a note
_HOLDING = (
    "SELECT id, created_at FROM referrals WHERE redacted_at IS NULL AND ("
    "citizen_name IS NOT NULL OR citizen_phone IS NOT NULL OR citizen_village IS NOT NULL "
    "OR note != '')"
)
# the one UPDATE the referrals' trigger allows: every REDACTED column, and when
_REDACT = ", ".join(f"{name} = ?" for name in (*REDACTED, "redacted_at"))


@dataclass(frozen=True)
class Purged:
    months: int  # the retention period applied
    cutoff: str  # referrals made before this (UTC, ISO 8601) lost their citizen details
    redacted: int  # how many referrals were redacted by this run


def retention_months(data_dir: Path) -> int:
    """The installed directory's retention period (the default when there is none yet)."""
    try:
        current = DirectoryStore(Path(data_dir)).current()
        if current is None:
            return DirectorySettings().retention_months
        reader = DirectoryReader(current)
    except (DirectoryError, OSError):
        return DirectorySettings().retention_months
    try:
        return reader.settings.retention_months
    finally:
        reader.close()


def purge_citizen_data(log: ReferralLog, months: int, now: datetime | None = None) -> Purged:
    """Redact every referral made more than ``months`` ago that still holds details."""
    now = now or datetime.now(UTC)
    cutoff = months_before(now.astimezone(UTC), months)
    stamp = now.astimezone(UTC).isoformat(timespec="seconds")
    redacted = (*REDACTED.values(), stamp)
    with log.db.write() as con:
        found = con.execute(_HOLDING).fetchall()
        ids = [row_id for row_id, created in found if is_overdue(created, cutoff)]
        for part in chunks(ids):
            con.execute(
                f"UPDATE referrals SET {_REDACT} WHERE id IN ({marks(part)})", (*redacted, *part)
            )
    return Purged(months, cutoff.isoformat(timespec="seconds"), len(ids))


def purge(data_dir: Path, log: ReferralLog | None = None, now: datetime | None = None) -> Purged:
    """Purge with the installed directory's period, on ``log`` or on one opened here."""
    months = retention_months(data_dir)
    if log is not None:
        return purge_citizen_data(log, months, now)
    own = ReferralLog(Path(data_dir))
    try:
        return purge_citizen_data(own, months, now)
    finally:
        own.close()
