"""The report's roll-up (issue 15) on a real PostgreSQL database: for ranges with part weeks
at both edges, of whole weeks only, over a whole ISO year and across years, for every agency
and for one, its answer is the raw referrals' answer and a count in Python (tables, times
to the first answer, the weekly series, the referrals on sample data left out); a rebuilt
week follows corrections and outcomes, also those stored through ingest in later batches
and in other weeks; a batch stored during a rebuild leaves the week dirty; migration h0009
gives a roll-up built before it the rows a rebuild gives; a top-N table says how many rows
it left out."""

from __future__ import annotations

import random
import uuid
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from hub_fixtures import database
from sqlalchemy import insert, select, text

from bench.hub_report import fill
from melayani_hub import report_query as rq
from melayani_hub import report_rollup as rollup
from melayani_hub.db import open_engine, write
from melayani_hub.models import Desk, Outcome, Referral, ReportDirty, ReportRollup
from melayani_hub.reports import RESPONDED, WIB

RANGES = [
    (date(2026, 1, 1), date(2026, 12, 31)),  # the year: its rows less part weeks outside
    (date(2026, 2, 4), date(2026, 11, 19)),  # the year less the weeks left out
    (date(2026, 3, 5), date(2026, 4, 22)),  # some weeks, part weeks at both edges
    (date(2025, 12, 20), date(2026, 1, 14)),  # across ISO years
    (date(2026, 6, 3), date(2026, 6, 5)),  # inside one week
    (date(2026, 3, 2), date(2026, 4, 26)),  # whole weeks only, Monday to Sunday
]
AGENCIES = ["", "org-7"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with database("postgresql", tmp_path_factory.mktemp("rollup")) as url:
        engine = open_engine(url)
        import psycopg

        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            with conn.cursor() as cur:
                fill(cur, 6000, seed=3)
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
            rollup.mark_all(conn)
        yield engine
        engine.dispose()


def python_counts(engine, filters: rq.Filters) -> dict[str, Counter]:
    """Some tables counted in Python from every referral and outcome, apart from SQL: the
    referrals per key, per contact those with an outcome, answered, and the seconds to the
    first honest answer (timed, within two hours), per ISO week (WIB), and on sample data."""
    first, after = filters.bounds()
    with engine.connect() as conn:
        refs = conn.execute(select(Referral)).all()
        outs = conn.execute(select(Outcome.referral_uuid, Outcome.outcome, Outcome.created_ts,
                                   Outcome.received_ts)).all()  # fmt: skip
    replaced = {(r.desk_id, r.supersedes_uuid) for r in refs if r.supersedes_uuid}
    kinds, answers = defaultdict(set), defaultdict(list)
    for ref, kind, made, got in outs:
        kinds[ref].add(kind)
        if kind in RESPONDED and (made - got).total_seconds() <= 600:  # not dated ahead
            answers[ref].append(made)
    found: dict[str, Counter] = defaultdict(Counter)
    for r in refs:
        at = r.report_at.astimezone(UTC)
        if not first <= at < after or (filters.agency and r.org_id != filters.agency):
            continue
        if r.directory_is_sample:
            found["sample"][""] += 1
            continue
        if (r.desk_id, r.uuid) in replaced:
            continue
        found["agency"][r.org_id] += 1
        found["desk"][r.desk_id] += 1
        found["desa"][f"{r.kecamatan} / {r.desa}"] += 1
        found["service"][r.service_id] += 1
        year, week, _ = at.astimezone(WIB).isocalendar()
        found["week"][f"{year}-W{week:02d}"] += 1
        contact = f"{r.org_id} / {r.contact_id}"
        found["response_contact"][contact] += 1
        if r.uuid in kinds:
            found["with_outcome"][contact] += 1
            found["answered"][contact] += bool(kinds[r.uuid] & set(RESPONDED))
        wait = (min(answers[r.uuid]) - r.created_ts).total_seconds() if answers[r.uuid] else -1
        if wait >= 0 and r.report_at == r.created_ts:  # a referral dated ahead is not timed
            found["wait_s"][contact] += wait
            found["timed"][contact] += 1
            found["fast"][contact] += wait <= 2 * 3600
        if r.found_via == "browse" and r.need_norm:
            found["browsed"][f"{r.need_norm}{rq.SEP}{r.service_id}"] += 1
    return found


def raw_only(engine, filters: rq.Filters) -> dict[str, list[dict]]:
    """Every table read from the raw referrals alone (no roll-up)."""
    first, after = filters.bounds()
    with engine.connect() as conn:
        return {name: rq.read(conn, name, ([(1, first, after)], []), filters.agency, None)[0]
                for name in rq.TABLES}  # fmt: skip


def check(engine, start: date, end: date, agency: str) -> None:
    filters = rq.Filters(start, end, agency)
    report = rq.build(engine, filters)
    counted = python_counts(engine, filters)
    for name in ("agency", "desk", "desa", "service", "response_contact", "browsed"):
        got = {r["key"]: r["referrals"] for r in report.tables[name]}
        assert got == dict(counted[name]), (name, start, end, agency)
        assert report.rows[name] == len(counted[name])
    for r in report.tables["response_contact"]:
        k = r["key"]
        assert (r["with_outcome"], r["answered"], r["timed"], r["fast"]) == (
            counted["with_outcome"][k], counted["answered"][k], counted["timed"][k],
            counted["fast"][k]), (k, start, end, agency)  # fmt: skip
        assert r["wait_s"] == pytest.approx(counted["wait_s"][k], abs=1e-3)
    assert report.totals["referrals"] == sum(counted["agency"].values())
    assert report.totals["sample_left_out"] == counted["sample"][""], (start, end, agency)
    weeks = {r["key"]: r["referrals"] for r in report.tables["week"]}
    assert {k: n for k, n in weeks.items() if n} == dict(counted["week"]), (start, end, agency)
    raw = raw_only(engine, filters)
    for name in rq.TABLES:
        got = [{k: v for k, v in r.items() if k in ("key", *rollup.ADDITIVE)}
               for r in report.tables[name]]  # fmt: skip
        want = [{k: v for k, v in r.items() if k in ("key", *rollup.ADDITIVE)}
                for r in raw[name]]  # fmt: skip
        for g, w in zip(got, want, strict=True):
            assert g["wait_s"] == pytest.approx(w["wait_s"], abs=1e-3)
            assert {**g, "wait_s": 0} == {**w, "wait_s": 0}, (name, start, end, agency)


@pytest.mark.parametrize("agency", AGENCIES)
@pytest.mark.parametrize(("start", "end"), RANGES)
def test_the_rollup_answers_as_the_raw_referrals(engine, start, end, agency):
    check(engine, start, end, agency)


def test_plans_read_the_year_or_weeks_and_part_weeks_from_raw_rows():
    spans, buckets = rq.plan(rq.Filters(date(2026, 1, 1), date(2026, 12, 31)))
    assert [b[:2] for b in buckets] == [(1, "y")] and {s for s, _, _ in spans} == {-1}
    spans, buckets = rq.plan(rq.Filters(date(2026, 3, 5), date(2026, 4, 22)))
    assert [b[:2] for b in buckets] == [(1, "w")] and len(spans) == 2
    _, buckets = rq.plan(rq.Filters(date(2026, 2, 4), date(2026, 11, 19)))
    assert [b[:2] for b in buckets] == [(1, "y"), (-1, "w")]


def test_a_rebuilt_week_follows_new_referrals_corrections_and_outcomes(engine):
    rq.build(engine, rq.Filters(date(2026, 1, 1), date(2026, 12, 31)))  # all built
    rng = random.Random(9)
    with engine.connect() as conn:
        old = conn.execute(select(Referral).where(
            Referral.report_at >= datetime(2026, 5, 4, tzinfo=UTC),
            Referral.report_at < datetime(2026, 5, 9, tzinfo=UTC))).all()  # fmt: skip
    base = old[0]
    moments, rows, outcomes = [], [], []
    for i, r in enumerate(rng.sample(old, 5)):
        made = r.report_at + timedelta(hours=1)
        new_uuid = str(uuid.uuid4())
        rows.append({**{c: getattr(base, c) for c in ("kecamatan", "desa", "need_text",
                                                       "need_norm", "channel", "contact_name")},
                     "uuid": new_uuid, "desk_id": r.desk_id, "seq": 100_000 + i,
                     "content_hash": new_uuid, "created_at": made.isoformat(),
                     "received_at": made.isoformat(), "created_ts": made, "received_ts": made,
                     "report_at": made, "service_id": "svc-new", "service_name": "Layanan baru",
                     "org_id": "org-7", "org_name": "Instansi 7", "contact_id": "c-new",
                     "supersedes_uuid": r.uuid if i < 3 else None})  # fmt: skip
        outcomes.append({"uuid": str(uuid.uuid4()), "desk_id": r.desk_id,
                         "referral_uuid": new_uuid, "content_hash": new_uuid,
                         "outcome": "responded", "created_at": made.isoformat(),
                         "received_at": made.isoformat(), "created_ts": made + timedelta(hours=1),
                         "received_ts": made + timedelta(hours=1)})  # fmt: skip
        moments += [made, r.report_at]
    with write(engine) as conn:
        conn.execute(insert(Referral), rows)
        conn.execute(insert(Outcome), outcomes)
        rollup.mark(conn, moments)
    for agency in AGENCIES:
        for start, end in RANGES[:3]:
            check(engine, start, end, agency)


def _send(engine, desk: Desk, items: list[dict]) -> None:
    from melayani_hub.ingest import store_batch

    with write(engine) as conn:
        results = store_batch(conn, desk, items)
    assert {r["status"] for r in results} == {"created"}, results


def test_batches_stored_later_through_ingest_change_the_weeks_they_touch(engine):
    """Through ingest and the marks it makes: a referral, one on sample data and one dated
    ahead of the hub's clock (counted in the week it came); in a later batch an answer to
    the first made three weeks on, a correction made in May of a desk's February referral,
    and an answer dated ahead (answered, not timed) to another of its referrals."""
    from hub_fixtures import outcome, referral

    year = rq.Filters(date(2026, 1, 1), date(2026, 12, 31))
    rq.build(engine, year)  # every week rolled up
    with engine.connect() as conn:
        old = conn.execute(select(Referral).where(
            Referral.report_at >= datetime(2026, 2, 1, tzinfo=UTC),
            Referral.report_at < datetime(2026, 7, 1, tzinfo=UTC),
            Referral.directory_is_sample.is_(False), Referral.supersedes_uuid.is_(None),
        ).order_by(Referral.desk_id, Referral.report_at)).all()  # fmt: skip
        mine = next([r for r in old if r.desk_id == d] for d in (r.desk_id for r in old)
                    if sum(r.desk_id == d for r in old) >= 2)  # fmt: skip
        desk = Desk(**conn.execute(select(Desk).where(Desk.desk_id == mine[0].desk_id))
                    .one()._mapping)  # fmt: skip
    now = datetime.now(UTC)
    ours = {"org_id": "org-7", "org_name": "Instansi 7", "service_id": "svc-7",
            "service_name": "Layanan 7", "contact_id": "c-later", "contact_name": "Petugas"}
    first = referral(desk.desk_id, 900_001, created_at="2026-03-10T02:00:00+00:00", **ours)
    ahead = (now + timedelta(days=30)).isoformat(timespec="seconds")
    _send(engine, desk, [
        first,
        referral(desk.desk_id, 900_002, created_at="2026-03-11T02:00:00+00:00",
                 directory_is_sample=True, **ours),
        referral(desk.desk_id, 900_003, created_at=ahead, **ours),
    ])  # fmt: skip
    march = rq.Filters(date(2026, 3, 9), date(2026, 3, 15))
    before = rq.build(engine, march, top=None)
    assert before.totals["sample_left_out"] >= 1
    today = now.astimezone(WIB).date()
    ranges = [RANGES[0], RANGES[-1], (date(2026, 2, 4), date(2026, 5, 20)),
              (today - timedelta(days=9), today)]  # fmt: skip
    for agency in AGENCIES:
        for start, end in ranges:
            check(engine, start, end, agency)
    _send(engine, desk, [
        outcome(desk.desk_id, first["uuid"], "responded", created_at="2026-03-31T02:00:00+00:00"),
        referral(desk.desk_id, 900_004, created_at="2026-05-05T02:00:00+00:00",
                 supersedes_uuid=mine[0].uuid, **ours),
        outcome(desk.desk_id, mine[1].uuid, "resolved",
                created_at=(now + timedelta(days=60)).isoformat(timespec="seconds")),
    ])  # fmt: skip
    after = rq.build(engine, march, top=None)
    contact = {r["key"]: r for r in after.tables["response_contact"]}["org-7 / c-later"]
    assert (contact["with_outcome"], contact["answered"], contact["timed"]) == (1, 1, 1)
    assert contact["wait_s"] == 21 * 86400  # answered three weeks on, counted in March
    for agency in sorted({"", "org-7", mine[0].org_id, mine[1].org_id}):
        for start, end in ranges:
            check(engine, start, end, agency)


def test_a_batch_stored_during_a_rebuild_leaves_the_week_dirty(engine):
    week = rollup.week_of(datetime(2026, 8, 12, tzinfo=UTC))
    with write(engine) as conn:
        rollup.mark(conn, [week])

    def meanwhile(conn, rebuilt):  # a desk's batch is stored while the week is counted
        with write(engine) as other:
            rollup.mark(other, [rebuilt])
        return rq.fresh(conn, rebuilt)

    rollup.refresh(engine, meanwhile)
    with engine.connect() as conn:
        left = [rollup._aware(w) for w in conn.execute(select(ReportDirty.week)).scalars()]
    assert week in left
    rollup.refresh(engine, rq.fresh)
    with engine.connect() as conn:
        assert conn.scalar(select(ReportDirty.week)) is None


def test_a_top_table_says_how_many_rows_it_left_out(engine):
    report = rq.build(engine, rq.Filters(date(2026, 1, 1), date(2026, 12, 31)), top=5)
    everything = rq.build(engine, rq.Filters(date(2026, 1, 1), date(2026, 12, 31)))
    for name in ("desk", "service", "response_contact"):
        assert len(report.tables[name]) == 5
        assert report.rows[name] == len(everything.tables[name]) > 5
        assert report.tables[name] == everything.tables[name][:5]
    assert report.totals == everything.totals


def test_the_page_shows_the_top_rows_and_how_many_are_left_out(engine, monkeypatch):
    import warnings

    from console_fixtures import log_in

    from melayani_hub.app import create_app
    from melayani_hub.console.auth import add_user

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    monkeypatch.setattr(rq, "TOP", 3)
    add_user(engine, "pengamat-rollup", "viewer", "kata-sandi-uji-123")
    app = create_app(engine.url.render_as_string(hide_password=False), engine=engine)
    with TestClient(app, base_url="https://hub.test", follow_redirects=True) as client:
        log_in(client, "pengamat-rollup", "kata-sandi-uji-123")
        page = client.get("/console/reports?dari=2026-01-01&sampai=2026-12-31").text
        everything = rq.build(engine, rq.Filters(date(2026, 1, 1), date(2026, 12, 31)))
        desks = len(everything.tables["desk"])
        assert (f"Ditampilkan 3 baris teratas dari {desks}; {desks - 3} baris lainnya tidak "
                "ditampilkan, ada di unduhan.") in page  # fmt: skip
        csv = client.get("/console/reports/desk.csv?dari=2026-01-01&sampai=2026-12-31")
        assert len(csv.content.decode("utf-8-sig").strip().splitlines()) == desks + 1


def _rollup_rows(engine) -> list[tuple]:
    R = ReportRollup
    with engine.connect() as conn:
        return sorted(conn.execute(select(R.grain, R.bucket, R.table, R.agency, R.key, R.label,
                                          *(getattr(R, k) for k in rollup.ADDITIVE))).all())


def test_h0009_gives_a_rollup_built_before_it_the_sample_rows_of_a_rebuild(tmp_path):
    """A hub at h0008 whose roll-up has no rows of table ``sample`` (as h0008's code built
    it), upgraded: the roll-up is what rebuilding every week gives, and the report's count
    of referrals left out is the referrals'; downgraded, the rows go."""
    import psycopg

    from melayani_hub.db import make_engine, migrate

    with database("postgresql", tmp_path) as url:
        engine = make_engine(url)
        try:
            migrate(engine, "h0008_report_rollup")
            with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as c:
                with c.cursor() as cur:
                    fill(cur, 3000, seed=5)
            with engine.begin() as conn:
                rollup.mark_all(conn)
            rollup.refresh(engine, rq.fresh)
            with write(engine) as conn:
                gone = conn.execute(ReportRollup.__table__.delete()
                                    .where(ReportRollup.table == rq.SAMPLE)).rowcount  # fmt: skip
            assert gone > 0
            migrate(engine)
            upgraded = _rollup_rows(engine)
            assert sum(r[2] == rq.SAMPLE for r in upgraded) == gone
            with engine.begin() as conn:
                rollup.mark_all(conn)
            assert rollup.refresh(engine, rq.fresh) > rollup.MANY
            rebuilt = _rollup_rows(engine)
            wait = 6 + rollup.ADDITIVE.index("wait_s")  # summed in another order: approx
            assert [r[:wait] + r[wait + 1:] for r in upgraded] == [
                r[:wait] + r[wait + 1:] for r in rebuilt]  # fmt: skip
            assert [r[wait] for r in upgraded] == pytest.approx([r[wait] for r in rebuilt])
            for start, end in RANGES[:3]:
                for agency in AGENCIES:
                    check(engine, start, end, agency)
            from alembic import command
            from alembic.config import Config

            from melayani_hub.db import MIGRATIONS

            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, "h0008_report_rollup")
            assert not [r for r in _rollup_rows(engine) if r[2] == rq.SAMPLE]
        finally:
            engine.dispose()
