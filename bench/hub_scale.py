"""Scale (issue 15): 2,000 desks syncing every five minutes against one hub on PostgreSQL,
served by the real ``melayani-hub serve --workers N`` (uvicorn worker processes).

A scratch database is made and migrated, a directory published (resources/sample, signed
with a scratch key), 2,000 desks enrolled straight into it with their tokens
(bench/hub_desks.py), and the hub started as a subprocess. Load generator processes then
replay, over real HTTP on loopback, what each desk's sync pass does
(melayani_desk/sync/runner.py, sender.py, updater.py): a new connection per pass, with the
desk's User-Agent and status headers, then

    GET  /api/v1/health
    POST /api/v1/sync/batch         (only when something is pending: 0-5 new referrals,
                                     0-2 outcomes of its earlier referrals, per-desk seq)
    GET  /api/v1/keys/statements    (key rotations, before every manifest)
    GET  /api/v1/directory/manifest (the desk is up to date: no snapshot download)

Each desk syncs every ``--interval`` seconds (300) divided by the speed, from a random
phase (open loop: a desk's pass starts when due, or when its previous one ends); a pass
that is not answered leaves its items pending for the next, as a desk does. Each ``--speed``
(1 = the real rate, 2,000 desks / 300 s = 6.7 passes/s; 10 = 67/s) runs for ``--duration``
seconds, after an unmeasured warm-up pass of 10 desks per worker. After each run, desks
with items still pending make one more (unmeasured) pass, then the database is checked:
every referral and outcome the desks made stored exactly once, nothing stored that was not
made, every desk that synced seen (``last_seen_at``) at or after its last pass began.
CPU seconds of the hub's processes and its PostgreSQL backends are read from /proc.

Prints one JSON object with the targets (p95 of a whole pass <= 500 ms at 1x; no errors;
nothing lost or duplicated at 1x and 10x; last_seen updated) and exits 1 when one is
missed or could not be measured; ``headroom`` says whether the 10x run kept its pace (of
the passes started within its window, >= 95 % also ended within it), shown, not a target.
The load generators run on the same machine as the hub and share its cores.

    python bench/hub_scale.py [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]
        [--desks 2000] [--workers 4] [--speed 1 10] [--duration 60] [--clients 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import ssl
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from sqlalchemy import select, text  # noqa: E402

from bench.hub_desks import item, make_desks, outcome_payload, payload  # noqa: E402
from bench.hub_server import fresh_pg_database, served_hub  # noqa: E402
from bench.stats import load_average, summary  # noqa: E402

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SAMPLE = ROOT / "resources" / "sample"
API = "/api/v1"
HEALTH = {"service": "melayani-hub", "protocol": 1, "status": "ok"}
OUTCOMES = ("responded", "resolved", "unreachable", "wrong_number")
KINDS = ("health", "batch", "key_statements", "manifest")
TIMEOUT = httpx.Timeout(30.0, connect=5.0)  # the desk's (melayani_desk/sync/client.py)
TARGET_SYNC_P95_MS = 500.0
PACE = 0.95  # a run kept its pace when it did this share of the passes it scheduled
START_AHEAD_S = 2.0  # the load generators start together, this long after being asked


# --- one load generator process: a share of the desks ---------------------------------------


class _Desk:
    """A simulated desk: its token, next seq, pending items, referrals the hub holds."""

    def __init__(self, state: dict[str, Any]):
        self.s = state
        self.last_pass_at = 0.0  # wall clock of its last answered pass's start
        self.passes = 0

    def new_items(self, rng: random.Random, now: str, made: dict[str, set[str]]) -> None:
        """What the clerk recorded since the last pass: 0-5 referrals, 0-2 outcomes of
        referrals the hub already holds."""
        s = self.s
        new = []
        for _ in range(rng.randint(0, 5)):
            s["seq"] += 1
            new.append(payload(s["desk_id"], s["seq"], code=s["code"], created_at=now))
        held = s["acked_referrals"][-10:]
        for ref in rng.sample(held, min(len(held), rng.randint(0, 2))):
            new.append(outcome_payload(s["desk_id"], ref, rng.choice(OUTCOMES), now))
        for p in new:
            made[p["type"]].add(p["uuid"])
            s["pending"].append(item(p))


class _Load:
    def __init__(self, base: str, directory_version: int, user_agent: str, seed: int):
        self.base = base
        self.headers_common = {"User-Agent": user_agent, "Accept-Encoding": "identity"}
        self.version = directory_version
        self.rng = random.Random(seed)
        self.ssl = ssl.create_default_context()  # made once: httpx would load certifi per client
        self.requests: list[tuple[str, str, float]] = []  # kind, status or error, ms
        # ms, answered, start lag ms, started and ended within the run's window
        self.passes: list[tuple[float, bool, float, bool, bool]] = []
        self.bad: Counter[str] = Counter()  # answers that were not what a desk accepts
        self.made: dict[str, set[str]] = {"referral": set(), "outcome": set()}
        self.acked: dict[str, set[str]] = {"referral": set(), "outcome": set()}

    async def call(self, client: httpx.AsyncClient, kind: str, method: str, path: str,
                   content: bytes | None = None) -> httpx.Response | None:  # fmt: skip
        headers = {"Content-Type": "application/json"} if content is not None else None
        start = time.perf_counter()
        try:
            r = await client.request(method, API + path, content=content, headers=headers)
        except httpx.HTTPError as exc:
            self.requests.append((kind, type(exc).__name__, (time.perf_counter() - start) * 1e3))
            return None
        self.requests.append((kind, str(r.status_code), (time.perf_counter() - start) * 1e3))
        return r

    async def one_pass(self, desk: _Desk, drain: bool = False) -> bool:
        """One sync pass of ``desk``, as the desk makes it; True when wholly answered.
        ``drain``: a last pass that only sends what is still pending."""
        s = desk.s
        if not drain:
            desk.new_items(self.rng, datetime.now(UTC).isoformat(timespec="seconds"), self.made)
        pending = s["pending"]
        headers = {**self.headers_common, "Authorization": f"Bearer {s['token']}",
                   "X-Melayani-Directory-Version": str(self.version),
                   "X-Melayani-Pending": str(len(pending)),
                   "X-Melayani-Last-Error": ""}  # fmt: skip
        new = httpx.AsyncClient(
            base_url=self.base, headers=headers, timeout=TIMEOUT, verify=self.ssl
        )  # a new connection per pass, as the desk's HubClient
        async with new as client:
            r = await self.call(client, "health", "GET", "/health")
            if not self.good(r, "health", lambda a: a == HEALTH):
                return False
            if pending:
                batch = list(pending)
                tried = set(s["tried"])  # sent before, unanswered: the hub may hold them
                s["tried"].update(it["uuid"] for it in batch)
                body = json.dumps({"items": batch}, ensure_ascii=False, separators=(",", ":"))
                r = await self.call(client, "batch", "POST", "/sync/batch", body.encode())
                if not self.good(r, "batch", lambda a: isinstance(a, dict)):
                    return False
                assert r is not None
                if not self.answered(desk, batch, r.json(), tried):
                    return False
            r = await self.call(client, "key_statements", "GET", "/keys/statements")
            if not self.good(r, "key_statements", lambda a: "statements" in a):
                return False
            r = await self.call(client, "manifest", "GET", "/directory/manifest")
            return self.good(r, "manifest", lambda a: "manifest" in a)

    def good(self, r: httpx.Response | None, kind: str, accept: Any) -> bool:
        """A 200 whose JSON the desk accepts (any other answer: the pass ends there)."""
        if r is None or r.status_code != 200:
            return False
        try:
            answer = r.json()
        except ValueError:
            answer = None
        if answer is None or not accept(answer):
            self.bad[kind] += 1
            return False
        return True

    def answered(self, desk: _Desk, batch: list[dict], answer: dict, tried: set[str]) -> bool:
        """Mark what the hub acknowledged; a conflict, a duplicate of an item never sent
        before, or a mismatched answer is counted."""
        results = answer.get("results")
        if not isinstance(results, list) or [x.get("uuid") for x in results] != [
            it["uuid"] for it in batch
        ]:
            self.bad["batch_answer"] += 1
            return False
        done = set()
        for it, res in zip(batch, results, strict=True):
            status = res.get("status")
            if status == "created" or (status == "duplicate" and it["uuid"] in tried):
                self.acked[it["type"]].add(it["uuid"])
                if it["type"] == "referral":
                    desk.s["acked_referrals"].append(it["uuid"])
            else:  # a conflict, or a duplicate of something never sent before
                self.bad[f"batch_{status}"] += 1
            done.add(it["uuid"])
        desk.s["pending"] = [it for it in desk.s["pending"] if it["uuid"] not in done]
        desk.s["tried"] -= done
        del desk.s["acked_referrals"][:-20]
        return len(done) == len(batch) and all(
            x.get("status") in ("created", "duplicate") for x in results
        )

    async def desk_loop(self, desk: _Desk, t0: float, offset: float, every: float,
                        end: float, drain: bool) -> None:  # fmt: skip
        due = t0 + offset
        while due < end:
            now = time.monotonic()
            if due > now:
                await asyncio.sleep(due - now)
            started = time.monotonic()
            wall = time.time()
            ok = await self.one_pass(desk, drain)
            ended = time.monotonic()
            self.passes.append(
                ((ended - started) * 1e3, ok, (started - due) * 1e3, started < end, ended < end)
            )
            desk.passes += 1
            if ok:
                desk.last_pass_at = wall
            due += every  # a pass still running when the next is due: the next starts after


def run_share(base: str, version: int, user_agent: str, desks: list[dict], offsets: list[float],
              every: float, duration: float, start_wall: float, seed: int,
              drain: bool = False) -> dict:  # fmt: skip
    """One load generator's run (in its own process): the desks' passes and what it saw."""
    load = _Load(base, version, user_agent, seed)
    sim = [_Desk(d) for d in desks]
    cpu = time.process_time()

    async def main() -> None:
        t0 = time.monotonic() + max(0.0, start_wall - time.time())
        end = t0 + duration
        await asyncio.gather(*(load.desk_loop(d, t0, off, every, end, drain)
                               for d, off in zip(sim, offsets, strict=True)))  # fmt: skip

    asyncio.run(main())
    return {
        "desks": [d.s for d in sim],
        "last_pass_at": {d.s["desk_id"]: d.last_pass_at for d in sim if d.last_pass_at},
        "requests": load.requests,
        "passes": load.passes,
        "cpu_s": time.process_time() - cpu,
        "bad": dict(load.bad),
        "made": {k: sorted(v) for k, v in load.made.items()},
        "acked": {k: sorted(v) for k, v in load.acked.items()},
    }


# --- the run ---------------------------------------------------------------------------------


def _scheduled(offsets: list[float], every: float, duration: float) -> int:
    """Passes the desks would make in ``duration`` if every pass took no time."""
    return sum(int((duration - o) // every) + 1 for o in offsets if o < duration)


def _check(engine: Any, made: dict[str, set[str]], acked: dict[str, set[str]],
           last_pass_at: dict[str, float]) -> dict:  # fmt: skip
    """What the database holds against what the desks made and the hub acknowledged."""
    from melayani_hub.console.tables import desk_status
    from melayani_hub.models import Outcome, Referral

    out: dict[str, Any] = {}
    with engine.connect() as conn:
        for kind, model in (("referral", Referral), ("outcome", Outcome)):
            uuids = list(conn.execute(select(model.uuid)).scalars())
            stored = set(uuids)
            out[f"{kind}s"] = {
                "sent": len(made[kind]),  # made by the desks (all sent by the end)
                "acknowledged": len(acked[kind]),
                "stored": len(uuids),
                "duplicated": len(uuids) - len(stored),  # a uuid stored twice
                "lost": len(made[kind] - stored),  # made, not stored
                "lost_acknowledged": len(acked[kind] - stored),  # the hub said stored
                "unexpected": len(stored - made[kind]),  # stored, never made
            }
        q = select(desk_status.c.desk_id, desk_status.c.last_seen_at)
        seen = {desk_id: at for desk_id, at in conn.execute(q)}
    stale = 0
    for desk_id, wall in last_pass_at.items():
        began = datetime.fromtimestamp(int(wall), UTC)  # last_seen_at has whole seconds
        at = seen.get(desk_id)
        if at is None or datetime.fromisoformat(at) < began:
            stale += 1
    out["last_seen"] = {"desks_passed": len(last_pass_at), "stale": stale,
                        "desks_seen_ever": sum(v is not None for v in seen.values())}  # fmt: skip
    return out


def _latency(requests: list[tuple[str, str, float]], passes: list[tuple]
             ) -> tuple[dict, dict, dict]:  # fmt: skip
    per_kind: dict[str, list[float]] = defaultdict(list)
    statuses: dict[str, Counter[str]] = defaultdict(Counter)
    for kind, status, ms in requests:
        statuses[kind][status] += 1
        if status.isdigit() and int(status) < 400:
            per_kind[kind].append(ms)
    lat = {"sync": summary([p[0] for p in passes if p[1]], 1)}
    lat.update({k: summary(per_kind[k], 1) for k in KINDS})
    errors = Counter()
    for counts in statuses.values():
        for status, n in counts.items():
            if not status.isdigit():
                errors["transport"] += n
            elif int(status) >= 500:
                errors["5xx"] += n
            elif int(status) >= 400:
                errors["4xx"] += n
    return lat, {k: dict(v) for k, v in statuses.items()}, dict(errors)


def _proc_cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (the serve process and its workers)."""
    parents: dict[int, list[int]] = defaultdict(list)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        parents[ppid].append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo += parents.get(found[-1], [])
    return found


def _backends(engine: Any) -> list[int]:
    """The PostgreSQL server processes serving the bench's database (the hub's pools)."""
    q = text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
             "AND pid <> pg_backend_pid()")  # fmt: skip
    with engine.connect() as conn:
        return list(conn.execute(q).scalars())


class _CPU:
    """CPU seconds the hub's processes and its PostgreSQL backends spend over one run
    (Linux /proc). PostgreSQL's is a lower bound: a backend that ends within the run (a
    connection past a pool's size is closed when returned) is not counted."""

    def __init__(self, hub_pid: int, engine: Any):
        self.hub_pid, self.engine = hub_pid, engine
        self.hub = {p: _proc_cpu_s(p) for p in _tree(hub_pid)}
        self.pg = {p: _proc_cpu_s(p) for p in _backends(engine)}

    def spent(self) -> dict[str, float]:
        hub = sum(_proc_cpu_s(p) - self.hub.get(p, 0.0) for p in _tree(self.hub_pid))
        pg = sum(_proc_cpu_s(p) - self.pg.get(p, 0.0) for p in _backends(self.engine))
        return {"hub": round(hub, 2), "postgresql": round(pg, 2)}


def _merge(shares: list[list[int]], parts: list[dict], states: list[dict], totals: dict
           ) -> tuple[list, list, Counter, dict]:  # fmt: skip
    """The generators' desks back into ``states``; their requests, passes and what the
    hub acknowledged together."""
    requests, passes, bad, last = [], [], Counter(), {}
    for share, part in zip(shares, parts, strict=True):
        for j, state in zip(share, part["desks"], strict=True):
            states[j] = state
        requests += part["requests"]
        passes += part["passes"]
        bad.update(part["bad"])
        last.update(part["last_pass_at"])
        for kind in ("referral", "outcome"):
            totals["made"][kind].update(part["made"][kind])
            totals["acked"][kind].update(part["acked"][kind])
    return requests, passes, bad, last


def run_speed(pool: ProcessPoolExecutor, hub: Any, version: int, states: list[dict],
              speed: float, args: argparse.Namespace, engine: Any,
              totals: dict) -> dict:  # fmt: skip
    every = args.interval / speed
    rng = random.Random(args.seed * 1000 + int(speed * 10))
    offsets = [rng.uniform(0, every) for _ in states]
    shares = [list(range(i, len(states), args.clients)) for i in range(args.clients)]
    start_wall = time.time() + START_AHEAD_S
    load_before = load_average()
    cpu = _CPU(hub.pid, engine)
    futures = [
        pool.submit(run_share, hub.url, version, args.user_agent, [states[j] for j in share],
                    [offsets[j] for j in share], every, args.duration, start_wall,
                    args.seed + 7 * i + int(speed))
        for i, share in enumerate(shares)
    ]  # fmt: skip
    parts = [f.result() for f in futures]
    elapsed = time.time() - start_wall
    spent = cpu.spent()
    spent["load_generator"] = round(sum(part["cpu_s"] for part in parts), 2)
    load_after = load_average()
    requests, passes, bad, last = _merge(shares, parts, states, totals)
    latency, statuses, errors = _latency(requests, passes)
    errors.update({f"answer_{k}": v for k, v in bad.items()})
    pending = sum(len(s["pending"]) for s in states)
    drained = _drain(pool, hub, version, states, args, totals, last)
    checked = _check(engine, totals["made"], totals["acked"], last)
    done = len(passes)
    scheduled = _scheduled(offsets, every, args.duration)
    served = spent["hub"] + spent["postgresql"]
    started = sum(p[3] for p in passes)
    finished = sum(p[4] for p in passes)
    return {
        "speed": speed,
        "duration_s": args.duration,
        "target_syncs_per_s": round(len(states) / every, 2),
        "syncs_scheduled": scheduled,
        "syncs_done": done,
        "syncs_answered": sum(p[1] for p in passes),
        "elapsed_s": round(elapsed, 1),  # the window, and the passes still running at its end
        "syncs_per_s": round(finished / args.duration, 2),  # passes ended within the window
        # passes ended within the window / passes started in it: below 1 by those still
        # running at its end; far below when the hub falls behind and passes pile up
        "pace": round(finished / started, 3) if started else None,
        "start_lag_ms": summary([p[2] for p in passes], 1),
        "latency_ms": latency,
        "statuses": statuses,
        "errors": errors,
        "items_pending_after_run": pending,
        "drain": drained,
        **checked,
        "cpu_s": spent,
        "hub_and_db_cpu_ms_per_sync": round(served / done * 1e3, 1) if done else None,
        # an estimate, not a measurement: passes/s if the hub and PostgreSQL had every core
        # of this machine to themselves (no load generator, nothing else running)
        "estimated_syncs_per_s_on_all_cores": (
            round((os.cpu_count() or 1) * done / served, 1) if served > 0 else None
        ),
        "load_average": {"before": load_before, "after": load_after},
    }


def _drain(pool: ProcessPoolExecutor, hub: Any, version: int, states: list[dict],
           args: argparse.Namespace, totals: dict, last: dict) -> dict:  # fmt: skip
    """One more pass for every desk that still has items pending (as its next pass
    would), unmeasured, so that everything made can be checked in the database."""
    left = [j for j, s in enumerate(states) if s["pending"]]
    if not left:
        return {"desks": 0}
    spread = min(10.0, len(left) / 50)  # 50 passes a second
    offsets = [spread * k / len(left) for k in range(len(left))]
    part = pool.submit(run_share, hub.url, version, args.user_agent, [states[j] for j in left],
                       offsets, 1e9, spread + 0.001, time.time() + 0.5, args.seed,
                       drain=True).result()  # fmt: skip
    requests, passes, bad, more = _merge([left], [part], states, totals)
    last.update(more)
    _, _, errors = _latency(requests, passes)
    errors.update({f"answer_{k}": v for k, v in bad.items()})
    return {"desks": len(left), "answered": sum(p[1] for p in passes), "errors": errors,
            "items_still_pending": sum(len(s["pending"]) for s in states)}  # fmt: skip


def _publish(engine: Any, folder: Path) -> int:
    from melayani_hub.publish import publish
    from melayani_hub.signing import keygen

    key, _, _ = keygen(folder / "kunci")
    return publish(engine, SAMPLE, key, 30).version


def _warm(pool: ProcessPoolExecutor, hub: Any, version: int, states: list[dict],
          args: argparse.Namespace, totals: dict) -> dict:  # fmt: skip
    """One pass each for the first 10 desks per worker, over 5 s, unmeasured: every worker's
    first requests import what the app imports lazily, compile its statements and open
    its connections (a hub that has been up for a while has done so); their items are
    checked with the rest."""
    n = min(len(states), 10 * args.workers)
    offsets = [5.0 * k / n for k in range(n)]
    part = pool.submit(run_share, hub.url, version, args.user_agent, states[:n], offsets,
                       1e9, 5.0, time.time() + 0.5, args.seed - 1).result()  # fmt: skip
    _, passes, _, _ = _merge([list(range(n))], [part], states, totals)
    return {"desks": n, "answered": sum(p[1] for p in passes),
            "sync_ms": summary([p[0] for p in passes], 1)}  # fmt: skip


def _commit() -> str:
    try:
        def git(*words: str) -> str:
            done = subprocess.run(["git", "-C", str(ROOT), *words], capture_output=True,
                                  text=True, check=True)  # fmt: skip
            return done.stdout.strip()

        dirty = git("status", "--porcelain", "-uno")
        return git("rev-parse", "--short", "HEAD") + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _target(value: Any, met: bool | None, **extra: Any) -> dict:
    return {**extra, "value": value, "met": bool(met) if value is not None else False}


def targets(runs: list[dict]) -> dict:
    by_speed = {r["speed"]: r for r in runs}
    one, ten = by_speed.get(1.0), by_speed.get(10.0)
    p95 = one["latency_ms"]["sync"].get("p95") if one else None
    out = {
        "sync_p95_ms_at_1x": _target(p95, p95 is not None and p95 <= TARGET_SYNC_P95_MS,
                                     target=TARGET_SYNC_P95_MS),  # fmt: skip
    }
    errors = None
    if runs:
        errors = sum(sum(r["errors"].values()) + sum(r["drain"].get("errors", {}).values())
                     for r in runs)  # fmt: skip
    out["no_errors"] = _target(errors, errors == 0, target=0)
    for name, run in (("1x", one), ("10x", ten)):
        wrong = None
        if run is not None and run["referrals"]["sent"] > 0:
            wrong = sum(run[k][f] for k in ("referrals", "outcomes")
                        for f in ("lost", "duplicated", "unexpected"))  # fmt: skip
        out[f"nothing_lost_or_duplicated_at_{name}"] = _target(wrong, wrong == 0, target=0)
    stale = None if not runs else sum(r["last_seen"]["stale"] for r in runs)
    out["last_seen_updated"] = _target(stale, stale == 0, target=0)
    return out


def headroom(runs: list[dict]) -> dict:
    """Whether the 10x run kept its pace: shown, not a target (the issue asks for 2,000
    desks every five minutes; on a 2-core machine the load generators take a share of the
    cores the hub would have to itself in service)."""
    ten = {r["speed"]: r for r in runs}.get(10.0)
    pace = ten["pace"] if ten is not None else None
    return {"pace_at_10x": pace, "kept": pace is not None and pace >= PACE, "at_least": PACE}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("MELAYANI_TEST_PG_URL") or PG_URL,
                        help="PostgreSQL server (a scratch database is made and dropped)")
    parser.add_argument("--desks", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=4, help="melayani-hub serve --workers")
    parser.add_argument("--interval", type=float, default=300, help="seconds between passes")
    parser.add_argument("--speed", type=float, nargs="+", default=[1.0, 10.0],
                        help="rates to run, in multiples of the real one (1 10)")
    parser.add_argument("--duration", type=float, default=60, help="seconds per speed")
    parser.add_argument("--clients", type=int, default=2, help="load generator processes")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--user-agent", default="melayani-desk/bench")
    parser.add_argument("--hub-log", type=Path, help="keep the hub's output there")
    args = parser.parse_args(argv)

    from melayani_hub.db import open_engine

    started = time.time()
    out: dict[str, Any] = {
        "bench": "hub_scale", "commit": _commit(), "desks": args.desks,
        "workers": args.workers, "interval_s": args.interval, "clients": args.clients,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
    }  # fmt: skip
    runs: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="hub-scale-") as tmp, \
            fresh_pg_database(args.pg, prefix="melayani_hub_scale") as url:  # fmt: skip
        engine = open_engine(url)
        try:
            with engine.connect() as conn:
                out["machine"]["postgresql"] = conn.execute(text("SHOW server_version")).scalar()
            t = time.perf_counter()
            desks = make_desks(engine, args.desks)
            version = _publish(engine, Path(tmp))
            out["setup_s"] = round(time.perf_counter() - t, 1)
            states = [
                {"desk_id": d.desk_id, "token": d.token, "code": d.code, "seq": 0,
                 "pending": [], "tried": set(), "acked_referrals": []}
                for d in desks
            ]  # fmt: skip
            totals: dict = {"made": {"referral": set(), "outcome": set()},
                            "acked": {"referral": set(), "outcome": set()}}  # fmt: skip
            with open(args.hub_log or Path(tmp) / "hub.log", "wb") as log, served_hub(
                url, workers=args.workers, log=log
            ) as hub, ProcessPoolExecutor(args.clients, mp_context=get_context("spawn")) as pool:
                list(pool.map(time.sleep, [1.0] * args.clients))  # every generator started
                out["warm_up"] = _warm(pool, hub, version, states, args, totals)
                for speed in args.speed:
                    runs.append(run_speed(pool, hub, version, states, speed, args, engine,
                                          totals))  # fmt: skip
        finally:
            engine.dispose()
    out["runs"] = runs
    out["targets"] = targets(runs)
    out["all_met"] = all(t["met"] for t in out["targets"].values())
    out["headroom"] = headroom(runs)
    out["wall_s"] = round(time.time() - started, 1)
    print(json.dumps(out, indent=2))
    return 0 if out["all_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
