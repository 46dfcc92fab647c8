"""Upload speed: a desk with 10,000 pending referrals sends them all to a local real hub.

The hub runs with uvicorn on loopback, on SQLite (default) or on PostgreSQL when
MELAYANI_TEST_PG_URL is set. Prints one JSON object; target: all sent in under 10 s.

    python bench/sync_upload.py [--referrals 10000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hub_fixtures import database, pg_url, running_hub  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from test_sync_support import Signer, fill_pending  # noqa: E402

from melayani_desk.referrals.log import ReferralLog  # noqa: E402
from melayani_desk.sync.client import HubClient  # noqa: E402
from melayani_desk.sync.enroll import enroll  # noqa: E402
from melayani_desk.sync.sender import upload  # noqa: E402
from melayani_desk.sync.state import SyncStore  # noqa: E402
from melayani_hub.db import make_engine  # noqa: E402
from melayani_hub.desks import new_code  # noqa: E402
from melayani_hub.models import Referral  # noqa: E402

TARGET_SECONDS = 10


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--referrals", type=int, default=10_000)
    args = ap.parse_args()
    backend = "postgresql" if pg_url() else "sqlite"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with database(backend, folder) as db_url, running_hub(db_url) as base:
            engine = make_engine(db_url)
            try:
                code, _ = new_code(engine, "Meja bench")
                desk = folder / "desk"
                desk.mkdir()
                enroll(desk, base, code, str(Signer().write_pub(folder / "k.pub")))
                fill_pending(desk, args.referrals)
                log = ReferralLog(desk)
                state = SyncStore(log.db).load()
                assert state.hub_url and state.token
                with HubClient(state.hub_url, state.token) as client:
                    start = time.perf_counter()
                    result = upload(log, client)
                    seconds = time.perf_counter() - start
                left = log.counts()["pending"]
                log.close()
                with engine.connect() as conn:
                    stored = conn.scalar(select(func.count()).select_from(Referral))
            finally:
                engine.dispose()
    ok = result.created == args.referrals == stored and left == 0 and not result.error
    out = {
        "referrals": args.referrals,
        "backend": backend,
        "seconds": round(seconds, 3),
        "per_second": round(args.referrals / seconds, 1),
        "batches": result.batches,
        "stored_on_hub": stored,
        "target_seconds": TARGET_SECONDS,
        "met": ok and seconds < TARGET_SECONDS,
    }
    print(json.dumps(out))
    return 0 if out["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
