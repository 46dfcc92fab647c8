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

from sqlalchemy import Engine, and_, case, func, select

from melayani_hub.models import Desk, Outcome, Referral, UnmetNeed
from melayani_hub.reports import RESPONDED, WIB, _active, _real
from melayani_hub.times import FUTURE_SLACK

TOP = 20  # rows per table on the page; downloads hold every row
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


# dimension -> (title, key columns, label column or None)
DIMENSIONS: dict[str, tuple[str, tuple[Any, ...], Any]] = {
    "agency": ("Instansi", (Referral.org_id,), func.max(Referral.org_name)),
    "service": ("Layanan", (Referral.service_id,), func.max(Referral.service_name)),
    "concept": ("Konsep kebutuhan", (Referral.need_concept,), None),
    "kecamatan": ("Kecamatan", (Referral.kecamatan,), None),
    "desa": ("Desa/kelurahan", (Referral.kecamatan, Referral.desa), None),
    "desk": ("Meja", (Referral.desk_id,), None),
}


@dataclass
class Report:
    filters: Filters
    totals: dict[str, int] = field(default_factory=dict)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _seconds(conn: Any, later: Any, earlier: Any) -> Any:
    """``later - earlier`` in seconds, in SQL (both timestamp columns)."""
    if conn.dialect.name == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _wib_day(conn: Any, column: Any) -> Any:
    if conn.dialect.name == "postgresql":
        return func.date(func.timezone("Asia/Jakarta", column))
    return func.date(column, "+7 hours")


def _where(filters: Filters, *, sample: bool = False) -> list[Any]:
    first, after = filters.bounds()
    found = [Referral.report_at >= first, Referral.report_at < after]
    found += [~_real()] if sample else [_real(), _active()]
    if filters.agency:
        found.append(Referral.org_id == filters.agency)
    return found


def _counts(conn: Any, filters: Filters, dimension: str) -> list[dict[str, Any]]:
    _title, keys, label = DIMENSIONS[dimension]
    n = func.count().label("n")
    columns = [*keys, *([label.label("label")] if label is not None else []), n]
    q = select(*columns).where(*_where(filters)).group_by(*keys).order_by(n.desc(), *keys)
    rows = []
    for row in conn.execute(q):
        key = " / ".join(str(v) for v in row[: len(keys)])
        rows.append({"key": key, "label": row.label if label is not None else key,
                     "referrals": row.n})  # fmt: skip
    return rows


def _weeks(conn: Any, filters: Filters) -> list[dict[str, Any]]:
    """Referrals per ISO week (WIB), every week of the range, empty ones too."""
    day = _wib_day(conn, Referral.report_at).label("day")
    q = select(day, func.count()).where(*_where(filters)).group_by(day)
    per_week: Counter[str] = Counter()
    for when, n in conn.execute(q):
        moment = when if isinstance(when, date) else date.fromisoformat(str(when))
        per_week[_week(moment)] += n
    weeks, d = [], filters.start - timedelta(days=filters.start.weekday())
    while d <= filters.end:
        weeks.append(_week(d))
        d += timedelta(days=7)
    return [{"key": w, "label": w, "referrals": per_week[w]} for w in weeks]


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _response(conn: Any, filters: Filters, by: str) -> list[dict[str, Any]]:
    """Per agency or per contact: referrals, with an outcome, answered, the share answered,
    mean hours to the first answer, and how many were answered within the standard."""
    honest = _seconds(conn, Outcome.created_ts, Outcome.received_ts) <= FUTURE_SLACK.seconds
    first = (
        select(
            Outcome.referral_uuid.label("ref"),
            func.min(case((and_(Outcome.outcome.in_(RESPONDED), honest), Outcome.created_ts)))
            .label("first"),
            func.max(case((Outcome.outcome.in_(RESPONDED), 1), else_=0)).label("answered"),
        )
        .join(Referral, Referral.uuid == Outcome.referral_uuid)
        .where(*_where(filters))
        .group_by(Outcome.referral_uuid)
        .subquery()
    )  # fmt: skip
    wait = _seconds(conn, first.c.first, Referral.created_ts)
    timed = and_(first.c.first.is_not(None), Referral.report_at == Referral.created_ts, wait >= 0)
    keys = (Referral.org_id,) if by == "agency" else (Referral.org_id, Referral.contact_id)
    labels = [func.max(Referral.org_name).label("org_name")]
    if by == "contact":
        labels.append(func.max(Referral.contact_name).label("contact_name"))
    n = func.count().label("n")
    q = (
        select(
            *keys, *labels, n,
            func.count(first.c.ref).label("with_outcome"),
            func.coalesce(func.sum(first.c.answered), 0).label("answered"),
            func.avg(case((timed, wait))).label("mean_s"),
            func.sum(case((and_(timed, wait <= STANDARD_HOURS * 3600), 1), else_=0)).label("fast"),
        )
        .select_from(Referral)
        .outerjoin(first, first.c.ref == Referral.uuid)
        .where(*_where(filters))
        .group_by(*keys)
        .order_by(n.desc(), *keys)
    )  # fmt: skip
    rows = []
    for r in conn.execute(q):
        rows.append({
            "key": r.org_id if by == "agency" else f"{r.org_id} / {r.contact_id}",
            "label": r.org_name or r.org_id if by == "agency"
            else f"{r.contact_name or r.contact_id} ({r.org_name or r.org_id})",
            "referrals": r.n, "with_outcome": r.with_outcome, "answered": int(r.answered),
            "response_rate": round(r.answered / r.with_outcome, 4) if r.with_outcome else None,
            "mean_hours": None if r.mean_s is None else round(float(r.mean_s) / 3600, 1),
            "within_standard": int(r.fast or 0),
        })  # fmt: skip
    return rows


def _unmet(conn: Any, filters: Filters) -> list[dict[str, Any]]:
    first, after = filters.bounds()
    n = func.count().label("n")
    q = (
        select(UnmetNeed.need_norm, n, func.count(func.distinct(UnmetNeed.desk_id)),
               func.count(func.distinct(UnmetNeed.kecamatan)), func.max(UnmetNeed.created_at))
        .where(UnmetNeed.report_at >= first, UnmetNeed.report_at < after,
               UnmetNeed.need_norm != "")
        .group_by(UnmetNeed.need_norm)
        .order_by(n.desc(), UnmetNeed.need_norm)
    )  # fmt: skip
    return [{"key": need, "label": need, "searches": c, "desks": d, "kecamatan": k, "last": last}
            for need, c, d, k, last in conn.execute(q)]  # fmt: skip


def _browsed(conn: Any, filters: Filters) -> list[dict[str, Any]]:
    n = func.count().label("n")
    q = (
        select(Referral.need_norm, func.max(Referral.service_name), n)
        .where(*_where(filters), Referral.found_via == "browse", Referral.need_norm != "")
        .group_by(Referral.need_norm, Referral.service_id)
        .order_by(n.desc(), Referral.need_norm)
    )
    return [{"key": need, "label": need, "service": s, "referrals": c}
            for need, s, c in conn.execute(q)]  # fmt: skip


def build(engine: Engine, filters: Filters) -> Report:
    """Every table of the report for ``filters`` (rows most first)."""
    from melayani_hub.need_concepts import concept_names

    report = Report(filters)
    with engine.connect() as conn:
        counted = conn.scalar(select(func.count()).where(*_where(filters))) or 0
        sample = conn.scalar(select(func.count()).where(*_where(filters, sample=True))) or 0
        for name in DIMENSIONS:
            report.tables[name] = _counts(conn, filters, name)
        report.tables["week"] = _weeks(conn, filters)
        report.tables["response_agency"] = _response(conn, filters, "agency")
        report.tables["response_contact"] = _response(conn, filters, "contact")
        report.tables["browsed"] = _browsed(conn, filters)
        # searches that found nothing name no agency: not a curator's
        report.tables["unmet"] = [] if filters.agency else _unmet(conn, filters)
        desk_names = dict(conn.execute(select(Desk.desk_id, Desk.name)).all())
    names = concept_names()
    for row in report.tables["concept"]:
        row["label"] = names.get(row["key"], row["key"]) if row["key"] else "(tanpa konsep)"
    for row in report.tables["desk"]:
        row["label"] = desk_names.get(row["key"]) or row["key"]
    report.totals = {"referrals": counted, "sample_left_out": sample,
                     "unmet": sum(r["searches"] for r in report.tables["unmet"])}  # fmt: skip
    return report
