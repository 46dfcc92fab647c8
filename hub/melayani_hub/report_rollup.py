"""The report's weekly roll-up: per ISO week (WIB) and table, the additive counts of every
key over every agency (``report_weeks``), so a year's report reads some thousand rows per
week instead of every referral.

Ingest marks the weeks a batch touches (its referrals' weeks, the weeks of the referrals
its corrections replace and its outcomes answer) in ``report_dirty`` by raising ``gen``;
a report first rebuilds each dirty week from the referrals with the same queries the
report runs on raw rows, then clears the mark only if ``gen`` is still what it read (a
batch stored meanwhile leaves the week dirty for the next report).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite

from melayani_hub.db import write
from melayani_hub.models import Referral, ReportDirty, ReportWeek
from melayani_hub.reports import WIB

ADDITIVE = ("n", "with_outcome", "answered", "wait_s", "timed", "fast")


def week_of(moment: datetime) -> datetime:
    """The Monday 00:00 WIB (as UTC) of the ISO week ``moment`` falls in."""
    day = moment.astimezone(WIB).date()
    monday = day - timedelta(days=day.weekday())
    return datetime.combine(monday, time(), WIB).astimezone(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite reads naive UTC


def mark(conn: Connection, moments: Iterable[datetime | None]) -> None:
    weeks = sorted({week_of(_aware(m)) for m in moments if m is not None})
    if not weeks:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(ReportDirty).values([{"week": w, "gen": 1} for w in weeks])
    stmt = stmt.on_conflict_do_update(
        index_elements=["week"], set_={"gen": ReportDirty.gen + 1}
    )
    conn.execute(stmt)


def mark_referrals(conn: Connection, uuids: Iterable[str]) -> None:
    """Mark the weeks of the stored referrals ``uuids`` (corrected or answered now)."""
    wanted = sorted(set(uuids))
    for start in range(0, len(wanted), 500):
        q = select(Referral.report_at).where(Referral.uuid.in_(wanted[start : start + 500]))
        mark(conn, conn.execute(q).scalars())


def mark_all(conn: Connection) -> None:
    q = select(Referral.report_at).distinct().where(Referral.report_at.is_not(None))
    mark(conn, conn.execute(q).scalars())


Compute = Callable[[Connection, list[tuple[datetime, datetime]]], dict[str, list[dict[str, Any]]]]


def refresh(engine: Engine, compute: Compute) -> int:
    """Rebuild every dirty week with ``compute(conn, spans)`` (table -> rows); how many."""
    with engine.connect() as conn:
        dirty = conn.execute(select(ReportDirty.week, ReportDirty.gen)).all()
    for week, gen in dirty:
        week = _aware(week)
        with write(engine) as conn:
            if conn.dialect.name == "postgresql":  # one rebuilder per week at a time
                conn.execute(text("SELECT pg_advisory_xact_lock(7461030)"))
            tables = compute(conn, [(week, week + timedelta(days=7))])
            conn.execute(delete(ReportWeek).where(ReportWeek.week == week))
            rows = [{"week": week, "table": name, "key": r["key"], "label": str(r["label"]),
                     **{k: r.get(k, 0) or 0 for k in ADDITIVE}}
                    for name, found in tables.items() for r in found]  # fmt: skip
            if rows:
                conn.execute(insert(ReportWeek), rows)
            conn.execute(delete(ReportDirty).where(ReportDirty.week == week,
                                                   ReportDirty.gen == gen))  # fmt: skip
    return len(dirty)


def read(conn: Connection, first: datetime, after: datetime) -> dict[str, list[dict[str, Any]]]:
    """The roll-up's rows of the weeks in [first, after), summed per table and key."""
    labels = func.max(ReportWeek.label).label("label")
    sums = [func.sum(getattr(ReportWeek, k)).label(k) for k in ADDITIVE]
    q = (
        select(ReportWeek.table, ReportWeek.key, labels, *sums)
        .where(ReportWeek.week >= first, ReportWeek.week < after)
        .group_by(ReportWeek.table, ReportWeek.key)
    )
    found: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(q):
        found.setdefault(r.table, []).append(dict(r._mapping))
    return found


def weeks(conn: Connection, first: datetime, after: datetime) -> dict[datetime, int]:
    """Referrals per week in [first, after), from the roll-up's agency table."""
    q = (
        select(ReportWeek.week, func.sum(ReportWeek.n))
        .where(ReportWeek.week >= first, ReportWeek.week < after, ReportWeek.table == "agency")
        .group_by(ReportWeek.week)
    )
    return {_aware(w): int(n) for w, n in conn.execute(q)}
