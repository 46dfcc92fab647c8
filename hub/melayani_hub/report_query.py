"""The console's report (docs/hub.md, "Reports"): any date range, counted in SQL on the
timestamp columns of migration h0007 (``report_at`` indexed), so the page stays fast at a
million referrals.

Days are WIB days (UTC+7): a range ``start``..``end`` is [start 00:00 WIB, end+1 00:00 WIB).
Counted are referrals logged on real directory data that no later referral of the same desk
corrected (``reports._active``, ``reports._real``); referrals on sample data are only
counted apart, as left out.  A curator's report holds its own agency only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Engine,
    Float,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.types import TypeEngine

from melayani_hub import report_rollup as rollup
from melayani_hub.models import Desk, Outcome, Referral, UnmetNeed
from melayani_hub.reports import RESPONDED, WIB, _active, _real
from melayani_hub.times import FUTURE_SLACK

TOP = 50  # rows per table on the page; downloads hold every row
MAX_DAYS = 3 * 366 + 1  # a range longer than three years is cut to its last three years
STANDARD_HOURS = 2  # the camat's WhatsApp service line answers within two hours


@dataclass(frozen=True)
class Filters:
    start: date  # first WIB day, inclusive
    end: date  # last WIB day, inclusive
    agency: str = ""  # one agency only ("" = all)

    def bounds(self) -> tuple[datetime, datetime]:
        first = datetime.combine(self.start, time(), WIB).astimezone(UTC)
        after = datetime.combine(self.end + timedelta(days=1), time(), WIB).astimezone(UTC)
        return first, after


TABLES = ("agency", "service", "concept", "kecamatan", "desa", "desk", "response_agency",
          "response_contact", "browsed")  # fmt: skip
SEP = "\x1f"  # between need and service id in the key of a browsed row


@dataclass
class Report:
    filters: Filters
    totals: dict[str, int] = field(default_factory=dict)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)  # every table's rows, shown or not


def _seconds(conn: Any, later: Any, earlier: Any) -> Any:
    """``later - earlier`` in seconds, in SQL (both timestamp columns)."""
    if conn.dialect.name == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _wib_day(conn: Any, column: Any) -> Any:
    if conn.dialect.name == "postgresql":
        return func.date(func.timezone("Asia/Jakarta", column))
    return func.date(column, "+7 hours")


Spans = list[tuple[datetime, datetime]]  # [first, after) moments, UTC


def _in(spans: Spans) -> Any:
    return or_(*(and_(Referral.report_at >= a, Referral.report_at < b) for a, b in spans))


def _where(spans: Spans, agency: str = "", *, sample: bool = False) -> list[Any]:
    """The counted referrals in ``spans``, or (``sample``) those on sample data, corrected
    or not, which are counted apart as left out."""
    found = [_in(spans), *([Referral.directory_is_sample] if sample else [_real(), _active()])]
    if agency:
        found.append(Referral.org_id == agency)
    return found


def _days(conn: Any, spans: Spans, agency: str) -> dict[date, int]:
    day = _wib_day(conn, Referral.report_at).label("day")
    q = select(day, func.count()).where(*_where(spans, agency)).group_by(day)
    return {w if isinstance(w, date) else date.fromisoformat(str(w)): n
            for w, n in conn.execute(q)}  # fmt: skip


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _unmet(conn: Any, filters: Filters, top: int | None) -> tuple[list[dict[str, Any]], int, int]:
    """The unmet needs (rows, how many rows in all, how many searches in all)."""
    first, after = filters.bounds()
    n = func.count()
    q = (
        select(UnmetNeed.need_norm, n, func.count(func.distinct(UnmetNeed.desk_id)),
               func.count(func.distinct(UnmetNeed.kecamatan)), func.max(UnmetNeed.created_at),
               func.count().over(), func.sum(n).over())
        .where(UnmetNeed.report_at >= first, UnmetNeed.report_at < after,
               UnmetNeed.need_norm != "")
        .group_by(UnmetNeed.need_norm)
        .order_by(n.desc(), _bytewise(conn, UnmetNeed.need_norm))
        .limit(top)
    )  # fmt: skip
    found = conn.execute(q).all()
    rows = [{"key": need, "label": need, "searches": c, "desks": d, "kecamatan": k, "last": last}
            for need, c, d, k, last, _, _ in found]  # fmt: skip
    return rows, found[0][5] if found else 0, int(found[0][6]) if found else 0


def _bytewise(conn: Any, column: Any) -> Any:
    """Ties in the order Python sorts text (PostgreSQL's own collation differs)."""
    return column.collate("C") if conn.dialect.name == "postgresql" else column


Signed = list[tuple[int, datetime, datetime]]  # (sign, first, after): referrals added or taken
WEEK = timedelta(days=7)


def _answers(conn: Any, where: list[Any]) -> tuple[Any, Any]:
    """The referrals joined to what their outcomes say (``per``: how many, the first honest
    answer's time, whether any answered), for the referrals ``where`` selects.

    On PostgreSQL a LATERAL subquery looks up each referral's outcomes by
    ``ix_outcomes_referral_uuid`` (a week's few thousand index probes); joined and grouped,
    the planner merge-joined the week's referrals against every outcome (the whole index,
    330,000 rows at a million referrals: a third of a rebuild).  SQLite looks them up one
    by one either way."""
    honest = _seconds(conn, Outcome.created_ts, Outcome.received_ts) <= FUTURE_SLACK.seconds
    responded = Outcome.outcome.in_(RESPONDED)
    facts = [func.count(Outcome.id).label("outcomes"),
             func.min(case((and_(responded, honest), Outcome.created_ts))).label("first"),
             func.max(case((responded, 1), else_=0)).label("answered")]  # fmt: skip
    per: Any
    if conn.dialect.name == "postgresql":  # a row for every referral (count 0: none)
        per = select(*facts).where(Outcome.referral_uuid == Referral.uuid).lateral("answers")
        return Referral.__table__.join(per, true()), per
    per = (select(Outcome.referral_uuid.label("ref"), *facts)
           .join(Referral, Referral.uuid == Outcome.referral_uuid)
           .where(*where).group_by(Outcome.referral_uuid).subquery())  # fmt: skip
    return Referral.__table__.outerjoin(per, per.c.ref == Referral.uuid), per


def referrals(conn: Any, spans: Signed, agency: str = "") -> Any:
    """The counted referrals in ``spans`` (of ``agency`` only, if named), read once for every
    table: the columns the tables group on, ``sign`` (+1 or -1, by span) and, per referral,
    whether it has an outcome, was answered, the seconds to its first answer when timed,
    whether timed, and whether answered within the standard."""
    where = _where([(a, b) for _, a, b in spans], agency)
    source, per = _answers(conn, where)
    wait = _seconds(conn, per.c.first, Referral.created_ts)
    timed = and_(per.c.first.is_not(None), Referral.report_at == Referral.created_ts, wait >= 0)
    sign = case(*((and_(Referral.report_at >= a, Referral.report_at < b), s)
                  for s, a, b in spans), else_=0)  # fmt: skip
    r = Referral
    return (
        select(r.org_id, r.org_name, r.service_id, r.service_name, r.need_concept, r.kecamatan,
               r.desa, r.desk_id, r.need_norm, r.found_via, r.contact_id, r.contact_name,
               sign.label("sign"),
               case((func.coalesce(per.c.outcomes, 0) > 0, 1), else_=0).label("with_outcome"),
               func.coalesce(per.c.answered, 0).label("answered"),
               case((timed, wait), else_=0).cast(Float).label("wait_s"),
               case((timed, 1), else_=0).label("timed"),
               case((and_(timed, wait <= STANDARD_HOURS * 3600), 1), else_=0).label("fast"))
        .select_from(source)
        .where(*where)
        .cte("counted")
    )  # fmt: skip


def _max_name(column: Any, fallback: Any) -> Any:
    return func.coalesce(func.nullif(func.max(column), ""), fallback)


def _keyed(table: str, c: Any) -> tuple[tuple[Any, ...], Any, Any, list[Any]]:
    """A table's grouping columns, key, label and extra filters over the referrals ``c``."""
    def best(column: Any) -> Any:  # the label of the referrals added, not of those taken
        return case((c.sign > 0, column))

    if table in ("agency", "response_agency"):
        label = (func.max(best(c.org_name)) if table == "agency"
                 else _max_name(best(c.org_name), c.org_id))  # fmt: skip
        return (c.org_id,), c.org_id, label, []
    if table == "service":
        return (c.service_id,), c.service_id, func.max(best(c.service_name)), []
    if table == "response_contact":
        label = (_max_name(best(c.contact_name), c.contact_id) + " ("
                 + _max_name(best(c.org_name), c.org_id) + ")")  # fmt: skip
        return (c.org_id, c.contact_id), c.org_id + " / " + c.contact_id, label, []
    if table == "browsed":
        return ((c.need_norm, c.service_id), c.need_norm + SEP + c.service_id,
                func.max(best(c.service_name)), [c.found_via == "browse", c.need_norm != ""])
    if table == "desa":
        key = c.kecamatan + " / " + c.desa
        return (c.kecamatan, c.desa), key, key, []
    column = {"concept": c.need_concept, "kecamatan": c.kecamatan, "desk": c.desk_id}[table]
    return (column,), column, column, []


_TYPES: list[TypeEngine[Any]] = [BigInteger(), BigInteger(), BigInteger(), Float(),
                                 BigInteger(), BigInteger()]  # of rollup.ADDITIVE


def raw(table: str, counted: Any, *, split: bool = False) -> Any:
    """``table`` counted from the referrals ``counted`` (``referrals``): columns table,
    agency, key, label and ``rollup.ADDITIVE``.  ``split``: a row per agency and key, else
    a row per key with agency ''."""
    c = counted.c
    keys, key, label, extra = _keyed(table, c)
    who = c.org_id if split else literal("")
    sums: list[ColumnElement[Any]]
    if table.startswith("response_"):
        sums = [func.sum(c.sign), *(func.sum(c.sign * getattr(c, k)) for k in rollup.ADDITIVE[1:])]
    else:
        sums = [func.sum(c.sign), *([literal(0)] * 5)]
    numbers = [v.cast(t).label(k) for v, t, k in zip(sums, _TYPES, rollup.ADDITIVE, strict=True)]
    return (
        select(literal(table).label("table"), who.label("agency"), key.label("key"),
               label.cast(String).label("label"), *numbers)
        .where(*extra)
        .group_by(*(() if not split else (c.org_id,)), *keys)
    )  # fmt: skip


SAMPLE = "sample"  # the roll-up's count of the referrals on sample data (key '')


def sample(spans: Signed, agency: str = "", *, split: bool = False) -> Any:
    """The referrals on sample data in ``spans`` (times their span's sign) as rows of table
    ``sample`` with the columns of ``raw``: one, key '' (``split``: one per agency)."""
    sign = case(*((and_(Referral.report_at >= a, Referral.report_at < b), s)
                  for s, a, b in spans), else_=0)  # fmt: skip
    who = Referral.org_id if split else literal("")
    zero = [literal(0).cast(t).label(k) for t, k in
            zip(_TYPES[1:], rollup.ADDITIVE[1:], strict=True)]  # fmt: skip
    return (
        select(literal(SAMPLE).label("table"), who.label("agency"), literal("").label("key"),
               literal("").cast(String).label("label"),
               func.sum(sign).cast(BigInteger).label("n"), *zero)
        .where(*_where([(a, b) for _, a, b in spans], agency, sample=True))
        .group_by(*([Referral.org_id] if split else []))
        .having(func.count() > 0)
    )  # fmt: skip


def fresh(conn: Any, week: datetime) -> list[Any]:
    """The rows of ``week`` in every table, counted from the referrals (``rollup.rebuild``)."""
    counted = referrals(conn, [(1, week, week + WEEK)])
    return [*(raw(t, counted, split=True) for t in TABLES),
            *(raw(t, counted) for t in rollup.EVERY if t != SAMPLE),
            *fresh_sample(conn, week)]  # fmt: skip


def fresh_sample(conn: Any, week: datetime) -> list[Any]:
    """The rows of ``week`` in table ``sample`` (``fresh``; migration h0009 adds them)."""
    return [sample([(1, week, week + WEEK)], split=True), sample([(1, week, week + WEEK)])]


Plan = tuple[list[tuple[int, datetime, datetime]], list[tuple[int, str, list[datetime]]]]


def plan(filters: Filters) -> Plan:
    """How the range is counted: raw spans (sign, first, after) of referrals, and roll-up
    buckets (sign, grain, buckets).  A part week at either edge is read from the referrals,
    added or, when the week's rest is shorter, taken away from the whole week; the whole
    weeks of an ISO year are its weeks' rows, or the year's rows less the weeks left out
    when those are fewer."""
    first, after = filters.bounds()
    spans: list[tuple[int, datetime, datetime]] = []
    start = rollup.week_of(first)
    if start < first:
        if first - start <= start + WEEK - first:
            spans.append((-1, start, first))
        else:
            start += WEEK
            spans.append((1, first, start))
    end = rollup.week_of(after)
    if end < after:
        if after - end <= end + WEEK - after:
            spans.append((1, end, after))
        else:
            spans.append((-1, after, end + WEEK))
            end += WEEK
    if end <= start:
        return [(1, first, after)], []
    by_year: dict[datetime, list[datetime]] = {}
    for i in range((end - start).days // 7):
        week = start + i * WEEK
        by_year.setdefault(rollup.year_of(week), []).append(week)
    buckets: list[tuple[int, str, list[datetime]]] = []
    for year, inside in by_year.items():
        every = rollup.weeks_in_year(year)
        if len(every) - len(inside) < len(inside):
            buckets.append((1, "y", [year]))
            if left := [w for w in every if w not in inside]:
                buckets.append((-1, "w", left))
        else:
            buckets.append((1, "w", inside))
    return spans, buckets


Found = tuple[list[dict[str, Any]], int, int]  # a table's rows, its rows in all, referrals


def read(conn: Any, table: str, how: Plan, agency: str, top: int | None) -> Found:
    """``table`` over the range ``how`` counts: its rows (the ``top`` most, or all), how many
    rows in all, and the referrals in all."""
    return read_all(conn, how, agency, top, (table,))[table]


def read_all(conn: Any, how: Plan, agency: str, top: int | None,
             tables: tuple[str, ...] = TABLES) -> dict[str, Found]:  # fmt: skip
    """``read`` of every table in ``tables``, in one statement: the part weeks are counted
    from the referrals once for them all (``part``: a row per table and key), not once a
    table (nine times, each counting the same referrals and looking up their outcomes)."""
    spans, _ = how
    part = None
    if spans:
        counted = referrals(conn, spans, agency)
        part = union_all(*(sample(spans, agency) if t == SAMPLE else raw(t, counted)
                           for t in tables)).cte("part")  # fmt: skip
    each = [_table(conn, t, how, agency, top, part).subquery() for t in tables]
    u = union_all(*(select(literal(i).label("table_no"), q)
                    for i, q in enumerate(each))).subquery()  # fmt: skip
    q = select(u).order_by(u.c.table_no, u.c.n.desc(), _bytewise(conn, u.c.key))
    found: dict[str, list[Any]] = {t: [] for t in tables}
    for row in conn.execute(q):
        found[tables[row.table_no]].append(row)
    return {t: _rows(rows) for t, rows in found.items()}


BY_AGENCY = ("agency", "response_agency", "response_contact")  # tables whose key names it
SUMS = ("key", "label", *rollup.ADDITIVE)


def _table(conn: Any, table: str, how: Plan, agency: str, top: int | None, part: Any) -> Any:
    """The query of ``read``: ``table``'s rows (key, label, ``rollup.ADDITIVE``) most first,
    with ``rows_`` and ``all_n``, from the roll-up's buckets and the part weeks ``part``."""
    spans, buckets = how
    R = rollup.R
    if agency:
        who = R.agency == agency
    else:
        who = R.agency == "" if table in rollup.EVERY else R.agency != ""
    mine = None if part is None else (
        select(*(getattr(part.c, k) for k in SUMS)).where(part.c.table == table).subquery())
    one_row_a_key = bool(agency) or table in (*rollup.EVERY, *BY_AGENCY)
    if one_row_a_key and len(buckets) == 1 and buckets[0][:2] == (1, "y"):
        return _year(conn, table, how, who, top, mine)
    parts = [
        select(R.key, (R.label if sign == 1 else null()).cast(String).label("label"),
               *rollup.values(sign, R))
        .where(R.grain == grain, R.table == table, R.bucket.in_(within), who)
        for sign, grain, within in buckets
    ]  # fmt: skip
    if mine is not None:
        parts.append(select(mine))
    u = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()
    n = func.sum(u.c.n)
    return (
        select(u.c.key, func.max(u.c.label).label("label"),
               *(func.sum(getattr(u.c, k)).label(k) for k in rollup.ADDITIVE),
               func.count().over().label("rows_"), func.sum(n).over().label("all_n"))
        .group_by(u.c.key)
        .having(n > 0)
        .order_by(n.desc(), _bytewise(conn, u.c.key))
        .limit(top)
    )  # fmt: skip


def _year(conn: Any, table: str, how: Plan, who: Any, top: int | None, c: Any) -> Any:
    """``_table`` when one year's rows (a row a key) and part weeks ``c`` answer: the year's
    rows with the part weeks joined to them, not grouped again (a year of a table with many
    keys, such as contacts, holds hundreds of thousands of rows)."""
    _, ((_, _, (year,)),) = how
    R = rollup.R
    y = (select(R.key, R.label, *(getattr(R, k) for k in rollup.ADDITIVE))
         .where(R.grain == "y", R.bucket == year, R.table == table, who).subquery())  # fmt: skip
    if c is not None:
        label = case((c.c.label > y.c.label, c.c.label), else_=y.c.label)
        joined = select(y.c.key, label.label("label"),
                        *((getattr(y.c, k) + func.coalesce(getattr(c.c, k), 0)).label(k)
                          for k in rollup.ADDITIVE)).select_from(
            y.outerjoin(c, c.c.key == y.c.key))  # fmt: skip
        alone = select(c.c.key, c.c.label, *(getattr(c.c, k) for k in rollup.ADDITIVE)).where(
            ~exists().where(y.c.key == c.c.key))  # fmt: skip
        u = union_all(joined, alone).subquery()
    else:
        u = y
    return (
        select(u, func.count().over().label("rows_"), func.sum(u.c.n).over().label("all_n"))
        .where(u.c.n > 0)
        .order_by(u.c.n.desc(), _bytewise(conn, u.c.key))
        .limit(top)
    )


def _rows(found: list[Any]) -> tuple[list[dict[str, Any]], int, int]:
    rows = [{"key": r.key, "label": r.label or "", "n": int(r.n),
             **{k: float(getattr(r, k) or 0) if k == "wait_s" else int(getattr(r, k) or 0)
                for k in rollup.ADDITIVE[1:]}} for r in found]  # fmt: skip
    return rows, int(found[0].rows_) if found else 0, int(found[0].all_n) if found else 0


def _finish(rows: list[dict[str, Any]], table: str) -> list[dict[str, Any]]:
    for r in rows:
        r["referrals"] = int(r["n"])
        if table.startswith("response_"):
            w = r["with_outcome"]
            r["response_rate"] = round(r["answered"] / w, 4) if w else None
            r["mean_hours"] = round(r["wait_s"] / r["timed"] / 3600, 1) if r["timed"] else None
            r["within_standard"] = int(r["fast"])
        if table == "browsed":
            r["service"], r["label"] = r["label"], r["key"].split(SEP, 1)[0]
    return rows


def _week_rows(conn: Any, filters: Filters, how: Plan) -> list[dict[str, Any]]:
    """Referrals per ISO week of the range: the weekly rows of the roll-up for the weeks the
    plan reads whole, with the days of its part weeks (``how``'s spans, each inside one
    week: added, or taken away from the whole week) counted from the referrals."""
    spans, buckets = how
    per_week: Counter[str] = Counter()
    if spans:
        for day, n in _days(conn, [(a, b) for _, a, b in spans], filters.agency).items():
            start = datetime.combine(day, time(), WIB).astimezone(UTC)
            sign = next(s for s, a, b in spans if a <= start < b)
            per_week[_week(day)] += sign * n
    whole: set[datetime] = set()
    for sign, grain, within in buckets:
        every = [w for y in within for w in rollup.weeks_in_year(y)] if grain == "y" else within
        whole = whole | set(every) if sign > 0 else whole - set(every)
    for monday, n in (rollup.weeks(conn, sorted(whole), filters.agency) if whole else {}).items():
        per_week[_week(monday.astimezone(WIB).date())] += n
    labels, d = [], filters.start - timedelta(days=filters.start.weekday())
    while d <= filters.end:
        labels.append(_week(d))
        d += timedelta(days=7)
    return [{"key": w, "label": w, "referrals": per_week[w]} for w in labels]


def build(engine: Engine, filters: Filters, top: int | None = None) -> Report:
    """Every table of the report for ``filters``, rows most first: the ``top`` most of
    each (``Report.rows`` says how many there are), or all."""
    from melayani_hub.need_concepts import concept_names

    how = plan(filters)
    if how[1]:
        rollup.refresh(engine, fresh)
    report = Report(filters)
    with engine.connect() as conn:
        rollup.roomy(conn)
        found = read_all(conn, how, filters.agency, top, (*TABLES, SAMPLE))
        for name in TABLES:
            rows, report.rows[name], _ = found[name]
            report.tables[name] = _finish(rows, name)
        referrals, sample_n = found["agency"][2], found[SAMPLE][2]
        report.tables["week"] = _week_rows(conn, filters, how)
        report.rows["week"] = len(report.tables["week"])
        # searches that found nothing name no agency: not a curator's
        unmet, report.rows["unmet"], searches = ([], 0, 0) if filters.agency else _unmet(
            conn, filters, top)  # fmt: skip
        report.tables["unmet"] = unmet
        desks = {r["key"] for r in report.tables["desk"]}
        desk_names = dict(conn.execute(select(Desk.desk_id, Desk.name)
                                       .where(Desk.desk_id.in_(sorted(desks)))).all())  # fmt: skip
    names = concept_names()
    for row in report.tables["concept"]:
        row["label"] = names.get(row["key"], row["key"]) if row["key"] else "(tanpa konsep)"
    for row in report.tables["desk"]:
        row["label"] = desk_names.get(row["key"]) or row["key"]
    report.totals = {"referrals": referrals, "sample_left_out": sample_n, "unmet": searches}
    return report
