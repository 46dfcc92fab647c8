"""The console's report page at a million referrals on PostgreSQL (issue 15): under 1 s.

A scratch database is made and dropped; 2,000 desks, ``--n`` referrals over one year (a few
on sample data, a few corrected; each referral's contact is one of its agency's 33, as a
directory links every contact to one organization), outcomes for a third of them and
unmet needs are written
with COPY; then GET /console/reports (logged in as a viewer, the whole year) is timed
through the real app, with the curator's page (one agency) beside it; before each run the
last week is marked changed, as a batch from a desk would (the page rebuilds it).  Prints JSON with
the target and whether it was met.

    python bench/hub_report.py [--n 1000000] [--pg postgresql+psycopg://postgres@127.0.0.1/test]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # hub_fixtures / console_fixtures: the tests' helpers

from console_fixtures import log_in  # noqa: E402
from hub_fixtures import fresh_pg_database  # noqa: E402
from sqlalchemy import text  # noqa: E402

from melayani_hub.console.auth import add_user  # noqa: E402
from melayani_hub.db import open_engine  # noqa: E402
from melayani_hub.report_rollup import mark_all  # noqa: E402

TARGET_S = 1.0
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DESKS, ORGS, SERVICES, CONTACTS = 2_000, 90, 1_200, 3_000
NEEDS = ["ktp hilang", "akta lahir anak", "lampu jalan mati", "bansos pkh", "anak demam",
         "sapi sakit", "izin usaha nib", "jalan rusak", "kk baru", "beasiswa kip"]  # fmt: skip
START = datetime(2026, 1, 1, tzinfo=UTC)
YEAR_S = 365 * 86400
REF_COLUMNS = (
    "uuid, desk_id, seq, content_hash, created_at, received_at, created_ts, received_ts, "
    "report_at, kecamatan, desa, need_text, need_norm, need_concept, service_id, service_name, "
    "org_id, org_name, contact_id, contact_name, channel, citizen_consent, supersedes_uuid, "
    "directory_version, directory_is_sample, found_via"
)


def _desks(cur: object) -> list[str]:
    ids = [str(uuid.UUID(int=i + 1)) for i in range(DESKS)]
    with cur.copy("COPY desks (desk_id, name, kecamatan, desa, token_hash, enrolled_at) "
                  "FROM STDIN") as copy:  # fmt: skip
        for i, d in enumerate(ids):
            copy.write_row((d, f"Meja {i}", f"Kecamatan {i % 25}", f"Desa {i % 217}",
                            f"{i:064x}", "2026-01-01T00:00:00+00:00"))  # fmt: skip
    return ids


def fill(cur: object, n: int, seed: int = 15) -> dict[str, int]:
    from melayani_hub.need_concepts import concept_of

    rng = random.Random(seed)
    desks = _desks(cur)
    concepts = {need: concept_of(need) for need in NEEDS}
    outcomes, unmet, seqs = [], [], [0] * DESKS
    with cur.copy(f"COPY referrals ({REF_COLUMNS}) FROM STDIN") as copy:
        last_of: dict[int, str] = {}
        for i in range(n):
            d = rng.randrange(DESKS)
            seqs[d] += 1
            made = START + timedelta(seconds=rng.randrange(YEAR_S))
            iso = made.isoformat()
            ref = str(uuid.UUID(int=(1 << 64) + i))
            svc, need = rng.randrange(SERVICES), NEEDS[rng.randrange(len(NEEDS))]
            supersedes = last_of.get(d) if rng.random() < 0.01 else None
            copy.write_row((
                ref, desks[d], seqs[d], f"{i:064x}", iso, iso, made, made, made,
                f"Kecamatan {d % 25}", f"Desa {d % 217}", need, need, concepts[need],
                f"svc-{svc}", f"Layanan {svc}", f"org-{svc % ORGS}", f"Instansi {svc % ORGS}",
                f"c-{svc % ORGS + ORGS * rng.randrange(CONTACTS // ORGS)}",  # its agency's
                "Petugas", "read_out", False, supersedes, 3,
                rng.random() < 0.02, "browse" if rng.random() < 0.05 else "search",
            ))  # fmt: skip
            last_of[d] = ref
            if rng.random() < 0.33:
                later = made + timedelta(hours=rng.expovariate(1 / 6))
                kind = "responded" if rng.random() < 0.8 else "unreachable"
                outcomes.append((str(uuid.UUID(int=(2 << 64) + i)), desks[d], ref,
                                 f"{i:064x}", kind, later.isoformat(), later.isoformat(), later,
                                 later))  # fmt: skip
            if rng.random() < 0.03:
                unmet.append((str(uuid.UUID(int=(3 << 64) + i)), desks[d], f"{i:064x}",
                              f"butuh {rng.randrange(400)}", f"butuh {rng.randrange(400)}",
                              f"Kecamatan {d % 25}", iso, iso, made, made, made))  # fmt: skip
    outcome_sql = ("COPY outcomes (uuid, desk_id, referral_uuid, content_hash, outcome, "
                   "created_at, received_at, created_ts, received_ts) FROM STDIN")
    with cur.copy(outcome_sql) as copy:
        for row in outcomes:
            copy.write_row(row)
    with cur.copy("COPY unmet_needs (uuid, desk_id, content_hash, need_text, need_norm, "
                  "kecamatan, created_at, received_at, created_ts, received_ts, report_at) "
                  "FROM STDIN") as copy:  # fmt: skip
        for row in unmet:
            copy.write_row(row)
    return {"referrals": n, "outcomes": len(outcomes), "unmet_needs": len(unmet),
            "desks": DESKS}  # fmt: skip


def time_page(client: object, path: str, runs: int, engine: object) -> list[float]:
    """Each run after a batch came in for the last week (as desks sync all the time): the
    page rebuilds that week of the roll-up too."""
    from melayani_hub.db import write
    from melayani_hub.report_rollup import mark

    times = []
    for _ in range(runs):
        with write(engine) as conn:
            mark(conn, [START + timedelta(seconds=YEAR_S - 3600)])
        start = time.perf_counter()
        r = client.get(path)
        times.append(time.perf_counter() - start)
        assert r.status_code == 200 and "<svg" in r.text, r.text[:300]
    return times


def run(pg: str, n: int, runs: int) -> dict:
    import psycopg

    from melayani_hub.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with fresh_pg_database(pg, prefix="melayani_hub_bench") as url:
        engine = open_engine(url)
        start = time.perf_counter()
        raw = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(raw) as conn, conn.cursor() as cur:
            counts = fill(cur, n)
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
            mark_all(conn)  # rows written by COPY, not ingest: every week is to be rolled up
        generated_s = time.perf_counter() - start
        add_user(engine, "pengamat", "viewer", "kata-sandi-bench-1")
        add_user(engine, "kurator", "curator", "kata-sandi-bench-1", "org-7")
        app = create_app(url, engine=engine)
        year = "?dari=2026-01-01&sampai=2026-12-31"
        result: dict[str, float] = {}
        with TestClient(app, base_url="https://hub.test", follow_redirects=True) as client:
            log_in(client, "pengamat", "kata-sandi-bench-1")
            start = time.perf_counter()
            client.get("/console/reports" + year)  # builds the roll-up of every week once
            result["first_page_s"] = round(time.perf_counter() - start, 1)
            viewer = time_page(client, "/console/reports" + year, runs, engine)
        with TestClient(app, base_url="https://hub.test", follow_redirects=True) as client:
            log_in(client, "kurator", "kata-sandi-bench-1")
            curator = time_page(client, "/console/reports" + year, runs, engine)
        engine.dispose()
        for name, times in (("viewer_year", viewer), ("curator_year", curator)):
            result[f"{name}_median_s"] = round(statistics.median(times), 3)
            result[f"{name}_max_s"] = round(max(times), 3)
    worst = max(result["viewer_year_median_s"], result["curator_year_median_s"])
    return {
        "benchmark": "hub_report", "backend": "postgresql", **counts, "runs": runs,
        "generated_s": round(generated_s, 1), **result,
        "target_s": TARGET_S, "met": worst < TARGET_S,
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pg", default=os.environ.get("MELAYANI_TEST_PG_URL", PG_URL))
    args = parser.parse_args(argv)
    os.environ.setdefault("TMPDIR", tempfile.gettempdir())
    print(json.dumps(run(args.pg, args.n, args.runs), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
