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

from sqlalchemy import Engine, and_, case, func, or_, select

from melayani_hub import report_rollup as rollup
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


Spans = list[tuple[datetime, datetime]]  # [first, after) moments, UTC


def _in(spans: Spans) -> Any:
    return or_(*(and_(Referral.report_at >= a, Referral.report_at < b) for a, b in spans))


def _where(spans: Spans, agency: str = "", *, sample: bool = False) -> list[Any]:
    found = [_in(spans), *([~_real()] if sample else [_real(), _active()])]
    if agency:
        found.append(Referral.org_id == agency)
    return found


def _counts(conn: Any, spans: Spans, agency: str, dimension: str) -> list[dict[str, Any]]:
    _title, keys, label = DIMENSIONS[dimension]
    n = func.count().label("n")
    columns = [*keys, *([label.label("label")] if label is not None else []), n]
    q = select(*columns).where(*_where(spans, agency)).group_by(*keys)
    rows = []
    for row in conn.execute(q):
        key = " / ".join(str(v) for v in row[: len(keys)])
        rows.append({"key": key, "label": row.label if label is not None else key, "n": row.n})
    return rows


def _days(conn: Any, spans: Spans, agency: str) -> dict[date, int]:
    day = _wib_day(conn, Referral.report_at).label("day")
    q = select(day, func.count()).where(*_where(spans, agency)).group_by(day)
    return {w if isinstance(w, date) else date.fromisoformat(str(w)): n
            for w, n in conn.execute(q)}  # fmt: skip


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _response(conn: Any, spans: Spans, agency: str, by: str) -> list[dict[str, Any]]:
    """Per agency or per contact: referrals, with an outcome, answered, the summed seconds
    to the first answer of those timed, and how many were answered within the standard."""
    honest = _seconds(conn, Outcome.created_ts, Outcome.received_ts) <= FUTURE_SLACK.seconds
    first = (
        select(
            Outcome.referral_uuid.label("ref"),
            func.min(case((and_(Outcome.outcome.in_(RESPONDED), honest), Outcome.created_ts)))
            .label("first"),
            func.max(case((Outcome.outcome.in_(RESPONDED), 1), else_=0)).label("answered"),
        )
        .join(Referral, Referral.uuid == Outcome.referral_uuid)
        .where(*_where(spans, agency))
        .group_by(Outcome.referral_uuid)
        .subquery()
    )  # fmt: skip
    wait = _seconds(conn, first.c.first, Referral.created_ts)
    timed = and_(first.c.first.is_not(None), Referral.report_at == Referral.created_ts, wait >= 0)
    keys = (Referral.org_id,) if by == "agency" else (Referral.org_id, Referral.contact_id)
    labels = [func.max(Referral.org_name).label("org_name")]
    if by == "contact":
        labels.append(func.max(Referral.contact_name).label("contact_name"))
    q = (
        select(
            *keys, *labels, func.count().label("n"),
            func.count(first.c.ref).label("with_outcome"),
            func.coalesce(func.sum(first.c.answered), 0).label("answered"),
            func.coalesce(func.sum(case((timed, wait))), 0).label("wait_s"),
            func.sum(case((timed, 1), else_=0)).label("timed"),
            func.sum(case((and_(timed, wait <= STANDARD_HOURS * 3600), 1), else_=0)).label("fast"),
        )
        .select_from(Referral)
        .outerjoin(first, first.c.ref == Referral.uuid)
        .where(*_where(spans, agency))
        .group_by(*keys)
    )  # fmt: skip
    return [{
        "key": r.org_id if by == "agency" else f"{r.org_id} / {r.contact_id}",
        "label": r.org_name or r.org_id if by == "agency"
        else f"{r.contact_name or r.contact_id} ({r.org_name or r.org_id})",
        "n": r.n, "with_outcome": r.with_outcome, "answered": int(r.answered),
        "wait_s": float(r.wait_s or 0), "timed": int(r.timed or 0), "fast": int(r.fast or 0),
    } for r in conn.execute(q)]  # fmt: skip


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


SEP = "\x1f"  # between need and service id in the key of a browsed row


def _browsed(conn: Any, spans: Spans, agency: str) -> list[dict[str, Any]]:
    q = (
        select(Referral.need_norm, Referral.service_id, func.max(Referral.service_name),
               func.count())
        .where(*_where(spans, agency), Referral.found_via == "browse", Referral.need_norm != "")
        .group_by(Referral.need_norm, Referral.service_id)
    )  # fmt: skip
    return [{"key": f"{need}{SEP}{sid}", "label": s, "n": c} for need, sid, s, c in conn.execute(q)]


def tables(conn: Any, spans: Spans, agency: str = "") -> dict[str, list[dict[str, Any]]]:
    """Every additive table over ``spans`` (raw rows): what the roll-up stores per week."""
    found = {name: _counts(conn, spans, agency, name) for name in DIMENSIONS}
    found["response_agency"] = _response(conn, spans, agency, "agency")
    found["response_contact"] = _response(conn, spans, agency, "contact")
    found["browsed"] = _browsed(conn, spans, agency)
    return found


def _merge(parts: list[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, dict[str, dict[str, Any]]] = {}
    for part in parts:
        for name, rows in part.items():
            into = merged.setdefault(name, {})
            for r in rows:
                have = into.setdefault(r["key"], {"key": r["key"], "label": r["label"],
                                                  **dict.fromkeys(rollup.ADDITIVE, 0)})  # fmt: skip
                have["label"] = max(str(have["label"] or ""), str(r["label"] or ""))
                for k in rollup.ADDITIVE:
                    have[k] += float(r.get(k) or 0) if k == "wait_s" else int(r.get(k) or 0)
    return {name: sorted(rows.values(), key=lambda r: (-r["n"], r["key"]))
            for name, rows in merged.items()}  # fmt: skip


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


def _split(filters: Filters) -> tuple[Spans, tuple[datetime, datetime] | None]:
    """Raw spans and the whole weeks the roll-up answers (none for one agency)."""
    first, after = filters.bounds()
    if filters.agency:
        return [(first, after)], None
    whole_from = rollup.week_of(first)
    if whole_from < first:
        whole_from += timedelta(days=7)
    whole_to = rollup.week_of(after)
    if whole_to <= whole_from:
        return [(first, after)], None
    raw = [(a, b) for a, b in ((first, whole_from), (whole_to, after)) if a < b]
    return raw, (whole_from, whole_to)


def _week_rows(conn: Any, filters: Filters, raw: Spans, whole: Any) -> list[dict[str, Any]]:
    per_week: Counter[str] = Counter()
    if raw:
        for day, n in _days(conn, raw, filters.agency).items():
            per_week[_week(day)] += n
    if whole:
        for monday, n in rollup.weeks(conn, *whole).items():
            per_week[_week(monday.astimezone(WIB).date())] += n
    labels, d = [], filters.start - timedelta(days=filters.start.weekday())
    while d <= filters.end:
        labels.append(_week(d))
        d += timedelta(days=7)
    return [{"key": w, "label": w, "referrals": per_week[w]} for w in labels]


def build(engine: Engine, filters: Filters) -> Report:
    """Every table of the report for ``filters`` (rows most first)."""
    from melayani_hub.need_concepts import concept_names

    raw, whole = _split(filters)
    if whole:
        rollup.refresh(engine, tables)
    report = Report(filters)
    first, after = filters.bounds()
    with engine.connect() as conn:
        parts = [tables(conn, raw, filters.agency)] if raw else []
        if whole:
            parts.append(rollup.read(conn, *whole))
        merged = _merge(parts)
        for name in (*DIMENSIONS, "response_agency", "response_contact", "browsed"):
            report.tables[name] = _finish(merged.get(name, []), name)
        report.tables["week"] = _week_rows(conn, filters, raw, whole)
        # searches that found nothing name no agency: not a curator's
        report.tables["unmet"] = [] if filters.agency else _unmet(conn, filters)
        sample = select(func.count()).where(*_where([(first, after)], filters.agency, sample=True))
        sample_n = conn.scalar(sample) or 0
        desk_names = dict(conn.execute(select(Desk.desk_id, Desk.name)).all())
    names = concept_names()
    for row in report.tables["concept"]:
        row["label"] = names.get(row["key"], row["key"]) if row["key"] else "(tanpa konsep)"
    for row in report.tables["desk"]:
        row["label"] = desk_names.get(row["key"]) or row["key"]
    report.totals = {
        "referrals": sum(r["referrals"] for r in report.tables["agency"]),
        "sample_left_out": sample_n,
        "unmet": sum(r["searches"] for r in report.tables["unmet"]),
    }
    return report
