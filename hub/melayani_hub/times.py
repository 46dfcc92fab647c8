"""Timestamps as timestamps (migration h0007): the wire keeps ISO 8601 text, the hub also
stores each item's moments as real timestamps, in UTC, so reports filter and group in SQL.

``report_at`` is the moment a report counts an item at: when the desk made it, or when
the hub received it if the desk's clock put it in the future (``reports.FUTURE_SLACK``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

FUTURE_SLACK = timedelta(minutes=10)  # a desk's clock may drift this much without a flag
WITH_REPORT_AT = ("referral", "unmet_need")


def utc(text: str | None) -> datetime | None:
    """An ISO 8601 text as an aware UTC datetime (no zone given: UTC); None if unreadable."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def moments(kind: str, created_at: str, received_at: str) -> dict[str, Any]:
    """The timestamp columns of one stored item of ``kind``."""
    made, got = utc(created_at), utc(received_at)
    found: dict[str, Any] = {"created_ts": made, "received_ts": got}
    if kind in WITH_REPORT_AT:
        future = made is not None and got is not None and made > got + FUTURE_SLACK
        found["report_at"] = got if future or made is None else made
    return found
