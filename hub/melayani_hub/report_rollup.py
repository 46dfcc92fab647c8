"""The report's roll-up (``report_rollup``, migration h0008): per bucket, table, agency and
key, the additive counts of the referrals, so a year's report reads a few thousand rows
instead of every referral, for every agency or for one.

Buckets are ISO weeks (WIB; grain ``w``) and ISO years (grain ``y``).  A year's rows are
always the sum of its weeks' rows: a report of a year reads the year and takes away the
weeks (and part weeks, from the raw referrals) it does not cover; a shorter range reads its
weeks.  Rows name their agency (the referrals' ``org_id``); the tables whose key names no
agency (``EVERY``) also keep rows with agency ``''`` for every agency, so a viewer's report
reads as few rows as a curator's.

Ingest marks the weeks a batch touches (its referrals' weeks, the weeks of the referrals
its corrections replace and its outcomes answer) in ``report_dirty`` by raising ``gen``.  A
report first rebuilds each dirty week: in SQL, the difference between the week counted
afresh from the referrals and the week stored (``d`` rows: none when nothing changed) is
added to the week and to its year; then the mark is cleared only if ``gen`` is still what
it read (a batch stored meanwhile leaves the week dirty for the next report).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    DateTime,
    Engine,
    Float,
    Integer,
    Select,
    String,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import aliased

from melayani_hub.db import write
from melayani_hub.models import Referral, ReportDirty, ReportRollup
from melayani_hub.reports import WIB

ADDITIVE = ("n", "with_outcome", "answered", "wait_s", "timed", "fast")
# tables whose key names no agency: rows with agency '' hold every agency
EVERY = ("concept", "kecamatan", "desa", "desk", "browsed", "sample")
R = ReportRollup


def week_of(moment: datetime) -> datetime:
    """The Monday 00:00 WIB (as UTC) of the ISO week ``moment`` falls in."""
    day = moment.astimezone(WIB).date()
    monday = day - timedelta(days=day.weekday())
    return datetime.combine(monday, time(), WIB).astimezone(UTC)


def year_of(week: datetime) -> datetime:
    """The Monday 00:00 WIB (as UTC) of week 1 of the ISO year ``week`` (a Monday) is in."""
    year = week.astimezone(WIB).isocalendar()[0]
    return datetime.combine(date.fromisocalendar(year, 1, 1), time(), WIB).astimezone(UTC)


def weeks_in_year(year: datetime) -> list[datetime]:
    """Every week (Monday, UTC) of the ISO year whose week 1 starts at ``year``."""
    after = year_of(year + timedelta(days=371))
    return [year + timedelta(days=7 * i) for i in range((after - year).days // 7)]


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


def values(sign: int, source: Any) -> list[Any]:
    """The additive columns of ``source`` (a row source with them), times ``sign``."""
    types = {"wait_s": Float()}
    return [
        (getattr(source, k) if sign == 1 else literal(sign) * getattr(source, k))
        .cast(types.get(k, BigInteger())).label(k)
        for k in ADDITIVE
    ]  # fmt: skip


# table, week -> the week's rows of every table counted from the referrals, each select
# with the columns table, agency, key, label and ADDITIVE
Fresh = Callable[[Connection, datetime], list[Select[Any]]]


def _delta(conn: Connection, week: datetime, fresh: Fresh,
           tables: tuple[str, ...] | None = None) -> None:  # fmt: skip
    """Store as ``d`` rows what changed in ``week``: counted afresh minus stored (of
    ``tables`` only, if named: ``fresh`` counts those).

    The counts are summed as 4-byte integers (a week's count of one key is far below
    2**31): summed as BIGINT, PostgreSQL sums into numerics, and grouping the 70,000 rows
    of a week at a million referrals took half as long again."""
    small = {"wait_s": Float()}
    old = (
        select(R.table, R.agency, R.key, null().cast(String).label("label"),
               *values(-1, R), R.label.label("old_label"))
        .where(R.grain == "w", R.bucket == week, *([R.table.in_(tables)] if tables else []))
    )  # fmt: skip
    new = [q.add_columns(null().cast(String).label("old_label")) for q in fresh(conn, week)]
    u = union_all(*new, old).subquery()
    label = func.coalesce(func.max(u.c.label), "")
    sums = {k: func.sum(getattr(u.c, k).cast(small.get(k, Integer()))) for k in ADDITIVE}
    changed = or_(*(s != 0 for s in sums.values()),
                  label != func.coalesce(func.max(u.c.old_label), ""))  # fmt: skip
    q = (
        select(literal("d"), u.c.table, literal(week, DateTime(timezone=True)), u.c.agency,
               u.c.key, label, *sums.values())
        .group_by(u.c.table, u.c.agency, u.c.key)
        .having(changed)
    )  # fmt: skip
    columns = ["grain", "table", "bucket", "agency", "key", "label", *ADDITIVE]
    conn.execute(insert(R).from_select(columns, q))


def _apply(conn: Connection, week: datetime, grain: str, bucket: datetime) -> None:
    """Add the ``d`` rows of ``week`` to the rows of ``grain`` and ``bucket``."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    t = R.__table__
    q = select(literal(grain), t.c.table, literal(bucket, DateTime(timezone=True)),
               t.c.agency, t.c.key, t.c.label, *(getattr(t.c, k) for k in ADDITIVE)).where(
        t.c.grain == "d", t.c.bucket == week)  # fmt: skip
    columns = ["grain", "table", "bucket", "agency", "key", "label", *ADDITIVE]
    stmt = dialect.insert(t).from_select(columns, q)
    new_label = stmt.excluded["label"]
    if grain == "w":  # the week's label is the one counted now
        label = case((new_label != "", new_label), else_=t.c.label)
    else:  # a year keeps the largest label any of its weeks had
        label = case((new_label > t.c.label, new_label), else_=t.c.label)
    sets = {k: getattr(t.c, k) + stmt.excluded[k] for k in ADDITIVE}
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["grain", "bucket", "table", "agency", "key"],
        set_={**sets, "label": label},
    ))  # fmt: skip


def rebuild(conn: Connection, week: datetime, fresh: Fresh, *, year: bool = True,
            tables: tuple[str, ...] | None = None) -> None:  # fmt: skip
    """Bring ``week`` (and its year, unless ``year`` is false: then ``sum_year`` must follow
    in the same transaction) up to date with the referrals, in ``conn``'s transaction; only
    the rows of ``tables`` if named (``fresh`` then counts those only: a migration adding a
    table to the roll-up)."""
    grains = [("w", week), *([("y", year_of(week))] if year else [])]
    _delta(conn, week, fresh, tables)
    for grain, bucket in grains:
        _apply(conn, week, grain, bucket)
    d = aliased(R)
    for grain, bucket in grains:  # keys left without referrals go
        changed = exists().where(d.grain == "d", d.bucket == week, d.table == R.table,
                                 d.agency == R.agency, d.key == R.key)  # fmt: skip
        conn.execute(delete(R).where(R.grain == grain, R.bucket == bucket, R.n <= 0, changed))
    conn.execute(delete(R).where(R.grain == "d", R.bucket == week))


def sum_year(conn: Connection, year: datetime) -> None:
    """The rows of ``year`` afresh, as the sum of its weeks' rows (after many weeks changed:
    one pass instead of updating the year's rows once per week)."""
    conn.execute(delete(R).where(R.grain == "y", R.bucket == year))
    q = (
        select(literal("y"), literal(year, DateTime(timezone=True)), R.table, R.agency, R.key,
               func.max(R.label), *(func.sum(getattr(R, k)) for k in ADDITIVE))
        .where(R.grain == "w", R.bucket.in_(weeks_in_year(year)))
        .group_by(R.table, R.agency, R.key)
    )  # fmt: skip
    columns = ["grain", "bucket", "table", "agency", "key", "label", *ADDITIVE]
    conn.execute(insert(R).from_select(columns, q))


MANY = 8  # dirty weeks in one year from which its rows are summed afresh


def roomy(conn: Connection) -> None:
    """Memory enough for the report's groupings not to spill to disk, and no JIT
    compilation (this transaction): the planner's estimates of a week's joins pass
    ``jit_above_cost``, and compiling them took 190 ms of a 750 ms rebuild at a million
    referrals (EXPLAIN ANALYZE), more than they ran for."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET LOCAL work_mem = '64MB'"))
        conn.execute(text("SET LOCAL jit = off"))


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":  # one rebuilder at a time
        conn.execute(text("SELECT pg_advisory_xact_lock(7461030)"))
    roomy(conn)


def _clear(conn: Connection, week: datetime, gen: int) -> None:
    """Clear the mark of ``week`` unless a batch raised it since it was read."""
    conn.execute(delete(ReportDirty).where(ReportDirty.week == week, ReportDirty.gen == gen))


def refresh(engine: Engine, fresh: Fresh) -> int:
    """Rebuild every dirty week, a week a transaction, or a whole year in one when many of
    its weeks are dirty; how many weeks."""
    with engine.connect() as conn:
        dirty = conn.execute(select(ReportDirty.week, ReportDirty.gen)).all()
    by_year: dict[datetime, list[tuple[datetime, int]]] = {}
    for week, gen in dirty:
        by_year.setdefault(year_of(_aware(week)), []).append((_aware(week), gen))
    for year, marks in sorted(by_year.items()):
        if len(marks) < MANY:
            for week, gen in marks:
                with write(engine) as conn:
                    _lock(conn)
                    rebuild(conn, week, fresh)
                    _clear(conn, week, gen)
            continue
        with write(engine) as conn:
            _lock(conn)
            for week, _ in marks:
                rebuild(conn, week, fresh, year=False)
            sum_year(conn, year)
            for week, gen in marks:
                _clear(conn, week, gen)
            if conn.dialect.name == "postgresql":
                conn.execute(text("ANALYZE report_rollup"))  # the planner sees the new rows
    return len(dirty)


def weeks(conn: Connection, every: list[datetime], agency: str) -> dict[datetime, int]:
    """Referrals per week of ``every``, from the weekly rows of the agency table."""
    q = (
        select(R.bucket, func.sum(R.n))
        .where(R.grain == "w", R.bucket.in_(every), R.table == "agency",
               *([R.agency == agency] if agency else []))
        .group_by(R.bucket)
    )  # fmt: skip
    return {_aware(w): int(n) for w, n in conn.execute(q)}
