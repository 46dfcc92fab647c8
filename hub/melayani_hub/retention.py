"""Remove citizen details from the hub's referrals after the retention period (UU 27/2022).

The period is the ``retention_months`` of the directory the hub publishes now (its
settings sheet, signed in the manifest; the default before any publication).  Runs when
the hub starts, once a day while it serves, and by ``melayani-hub purge-citizen-data``;
a referral that arrives already past the period is stored without its details
(ingest.py), so no desk that was offline for a year can bring them back.  Each run is
one transaction; a second run finds nothing to do.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, or_, select, update

from melayani_core.directory import settings as dir_settings
from melayani_core.directory.model import DirectorySettings
from melayani_core.referrals.retention import REDACTED, is_overdue, months_before
from melayani_hub.db import write
from melayani_hub.models import Referral

DAY_S = 24 * 3600
CHUNK = 500


@dataclass(frozen=True)
class Purged:
    months: int
    cutoff: str
    redacted: int


def retention_months(conn: Connection) -> int:
    from melayani_hub.publish import latest_manifest

    try:
        return dir_settings.from_json(latest_manifest(conn).get("settings")).retention_months
    except ValueError:
        return DirectorySettings().retention_months


def cutoff(conn: Connection, now: datetime | None = None) -> tuple[int, datetime]:
    """(months, the moment before which a referral's details are overdue)."""
    months = retention_months(conn)
    return months, months_before((now or datetime.now(UTC)).astimezone(UTC), months)


def redaction(now: datetime | None = None) -> dict[str, object]:
    """The column values of a redacted referral."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    return {**REDACTED, "redacted_at": stamp}


def purge_citizen_data(engine: Engine, now: datetime | None = None) -> Purged:
    holds = or_(
        Referral.citizen_name.is_not(None),
        Referral.citizen_phone.is_not(None),
        Referral.citizen_village.is_not(None),
        Referral.note != "",
    )
    with write(engine) as conn:
        months, before = cutoff(conn, now)
        found = conn.execute(
            select(Referral.id, Referral.created_at, Referral.received_at).where(
                Referral.redacted_at.is_(None), holds
            )
        ).all()
        ids = [i for i, made, got in found if is_overdue(made, before) or is_overdue(got, before)]
        values = redaction(now)
        for start in range(0, len(ids), CHUNK):
            conn.execute(
                update(Referral).where(Referral.id.in_(ids[start : start + CHUNK])).values(values)
            )
    return Purged(months, before.isoformat(timespec="seconds"), len(ids))


def start_daily(
    engine: Engine,
    stop: threading.Event,
    every_s: float = DAY_S,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> threading.Thread:
    """Purge every ``every_s`` seconds until ``stop`` is set (a daemon thread; a failed
    run, the database briefly away, is logged and tried again at the next turn)."""

    def loop() -> None:
        while not stop.wait(every_s):
            try:
                purge_citizen_data(engine, clock())
            except Exception:
                logging.getLogger("melayani_hub").exception("purge-citizen-data failed")

    thread = threading.Thread(target=loop, name="purge-citizen-data", daemon=True)
    thread.start()
    return thread
