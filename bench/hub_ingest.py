"""Hub ingest throughput through the real API (``melayani-hub serve`` in its own process on
loopback, batches of 500), against a floor: a plain executemany insert of the same rows into
the same table. Both build their input before the clock starts (the floor its rows, the API
run its request bodies), so each times only what the hub does with them.

Prints one JSON object: per backend, referrals/s via the API, referrals/s of the floor and
their ratio. PostgreSQL runs when --pg URL or MELAYANI_TEST_PG_URL is given (a fresh
database is created and dropped).

    python bench/hub_ingest.py [--n 20000] [--pg postgresql+psycopg://postgres@127.0.0.1/test]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from bench.hub_desks import make_desks, payload  # noqa: E402
from bench.hub_server import fresh_pg_database, served_hub  # noqa: E402
from melayani_hub.db import open_engine, write  # noqa: E402
from melayani_hub.desks import new_code  # noqa: E402
from melayani_hub.ingest import MAX_ITEMS, content_hash, normalise_need  # noqa: E402
from melayani_hub.models import Referral  # noqa: E402

BATCH = MAX_ITEMS


def pg_database(base: str) -> AbstractContextManager[str]:
    """A scratch PostgreSQL database for one run, dropped afterwards (the tests' helper)."""
    return fresh_pg_database(base, prefix="melayani_hub_bench")


@contextmanager
def serve(db_url: str) -> Iterator[str]:
    """The real hub on loopback, started as a regency starts it (``melayani-hub serve``)."""
    with served_hub(db_url) as hub:
        yield f"{hub.url}/api/v1"


def api_rate(db_url: str, n: int) -> float:
    with serve(db_url) as api, httpx.Client(timeout=120) as client:
        engine = open_engine(db_url)
        code, _ = new_code(engine, "Meja bench")
        engine.dispose()
        desk_id = str(uuid.uuid4())
        token = client.post(f"{api}/enroll", json={"code": code, "desk_id": desk_id}).json()
        auth = {"Authorization": f"Bearer {token['token']}"}
        items = [
            {"type": "referral", "uuid": p["uuid"], "payload": p}
            for p in (payload(desk_id, seq) for seq in range(1, n + 1))
        ]
        bodies = [json.dumps({"items": items[i : i + BATCH]}).encode() for i in range(0, n, BATCH)]
        auth["Content-Type"] = "application/json"
        start = time.perf_counter()
        for body in bodies:
            r = client.post(f"{api}/sync/batch", content=body, headers=auth)
            r.raise_for_status()
            assert all(x["status"] == "created" for x in r.json()["results"])
        return n / (time.perf_counter() - start)


def floor_rate(db_url: str, n: int) -> float:
    """The same rows (all columns the API stores) by executemany, one transaction per 500."""
    engine = open_engine(db_url)
    desk_id = make_desks(engine, 1)[0].desk_id
    columns = {c.name: c.default.arg if c.default is not None else None
               for c in Referral.__table__.columns if c.name != "id"}  # fmt: skip
    rows = []
    for seq in range(1, n + 1):
        p = payload(desk_id, seq)
        p.pop("type")
        row = {**columns, **{k: v for k, v in p.items() if k in columns}}
        row.update(
            content_hash=content_hash("referral", p),
            received_at="2026-01-05T03:04:05",
            need_norm=normalise_need(p["need_text"]),
            kecamatan="Giri",
            desa="Jambesari",
        )
        rows.append(row)
    start = time.perf_counter()
    for i in range(0, n, BATCH):
        with write(engine) as conn:
            conn.execute(insert(Referral), rows[i : i + BATCH])
    elapsed = time.perf_counter() - start
    engine.dispose()
    return n / elapsed


def measure(db_for: callable, n: int) -> dict:
    with db_for() as url:
        api = api_rate(url, n)
    with db_for() as url:
        floor = floor_rate(url, n)
    return {"api_referrals_per_s": round(api), "floor_executemany_per_s": round(floor),
            "ratio": round(api / floor, 3)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="referrals per run")
    parser.add_argument("--pg", default=os.environ.get("MELAYANI_TEST_PG_URL"))
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hub-bench-"))

    @contextmanager
    def sqlite_db() -> Iterator[str]:
        yield f"sqlite:///{tmp / f'{uuid.uuid4().hex[:8]}.sqlite'}"

    out: dict = {"n": args.n, "batch": BATCH, "sqlite": measure(sqlite_db, args.n)}
    if args.pg:
        out["postgresql"] = measure(lambda: pg_database(args.pg), args.n)
    else:
        out["postgresql"] = "skipped: no --pg / MELAYANI_TEST_PG_URL"
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
