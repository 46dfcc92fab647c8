"""Freshness of a contact: when it was last verified (``assured_date``), apart from when it
was last edited, and whether that is older than the directory's ``freshness_months``.

A contact without a date was never verified: it is "unverified", shown as such in JSON
and counted apart on the hub, but not flagged on screen as stale (a directory that never
fills the column would flag every contact, and a flag on everything is read as none).
"""

from __future__ import annotations

from datetime import date, datetime

from melayani_core.referrals.retention import months_before


def verified_on(assured_date: str) -> date | None:
    try:
        return date.fromisoformat(assured_date[:10]) if assured_date else None
    except ValueError:
        return None


def is_stale(assured_date: str, months: int, today: date | None = None) -> bool:
    """True when the contact was verified, and longer than ``months`` ago."""
    checked = verified_on(assured_date)
    return checked is not None and checked < months_before_day(today or date.today(), months)


def months_before_day(day: date, months: int) -> date:
    return months_before(datetime(day.year, day.month, day.day), months).date()
