"""Power cuts that lose what was not flushed (issue #11).

A killed process keeps the operating system's cache, so tests/test_crash.py cannot see a
missing fsync. Here the real worker (tests/crash_worker.py) runs under a recorder
(tests/powercut/shim.c, LD_PRELOAD) that logs every write, truncate, fsync, rename, unlink
and mkdir under the data folder, and every line the worker prints, in one order. The
replay (tests/powercut/replay.py) then rebuilds the disk as a power cut at op k could
leave it: what was made durable before k, plus any random subset of the rest, torn at
512-byte sectors (the model is in docs/reliability.md, section 3). Each such disk is
opened as the app opens it and given the SIGKILL suite's checks (tests/crash_checks.py).

One recorded run: referral saves beside signed directory updates, then referral saves
beside directory imports (``MELAYANI_POWERCUT_ROUNDS`` times, default 1).
``MELAYANI_POWERCUT_POINTS`` random cut points (default 40, for CI);
``MELAYANI_POWERCUT_SEED`` replays one run (the seed is in every failure message).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from crash_checks import check_desk, counts_of, directory_state, make_hub_fixtures, make_sources
from powercut import harness, replay

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_PRELOAD recorder: Linux"),
    pytest.mark.skipif(harness.compiler() is None, reason="no C compiler (cc) for the recorder"),
]

POINTS = int(os.environ.get("MELAYANI_POWERCUT_POINTS", "40"))
ROUNDS = int(os.environ.get("MELAYANI_POWERCUT_ROUNDS", "1"))  # recorded (update, import) pairs
SEED = int(os.environ.get("MELAYANI_POWERCUT_SEED", str(random.randrange(1 << 30))))
WORKER = str(Path(__file__).with_name("crash_worker.py"))
SAMPLE = "DATA CONTOH (sample bawaan)"
# per phase: referrals saved beside 3 updates, then beside 3 imports
STEPS = {"referrals": 60, "update": 3, "import": 3}


@pytest.fixture(scope="module")
def shim(tmp_path_factory) -> Path:
    return harness.build(tmp_path_factory.mktemp("powercut-shim"))


def cut_disk(
    disk: replay.Disk,
    ops: list,
    cut: int,
    dest: Path,
    keep: float,
    seed: int,
    names_kept: set[int] | None = None,
) -> Path:
    """The data folder after a power cut just before ops[cut], in ``dest``."""
    disk.advance(ops, cut)
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    disk.materialize(dest, random.Random(seed), keep, names_kept)
    return dest


# --- the harness itself can fail ------------------------------------------------------

CHILD = """
import os, sqlite3, sys
data = sys.argv[1]
def put(name, text, sync):
    fd = os.open(os.path.join(data, name), os.O_WRONLY)
    os.write(fd, text)
    if sync:
        os.fsync(fd)
    os.close(fd)
put("unsynced.txt", b"lost at a power cut", False)
put("synced.txt", b"kept at a power cut", True)
for name, sync in (("off.sqlite", "OFF"), ("full.sqlite", "FULL")):
    con = sqlite3.connect(os.path.join(data, name), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(f"PRAGMA synchronous={sync}")
    con.execute("PRAGMA wal_autocheckpoint=0")
    for n in range(20):
        con.execute("INSERT INTO t VALUES (?)", (n,))
print("done", flush=True)
os._exit(0)  # no close: nothing flushed after the report
"""


def rows(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM t").fetchone()[0]
    finally:
        con.close()


def test_the_replay_loses_unsynced_writes_and_keeps_synced_ones(tmp_path, shim):
    data = tmp_path / "data"
    data.mkdir()
    (data / "unsynced.txt").touch()
    (data / "synced.txt").touch()
    for name in ("off.sqlite", "full.sqlite"):
        con = sqlite3.connect(data / name)
        con.execute("CREATE TABLE t (n INTEGER)")
        con.commit()
        con.close()
    files, dirs = replay.snapshot(data)
    log = tmp_path / "ops.log"
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = harness.recorded_env(shim, data, log)
    out = harness.finish(harness.start([str(script), str(data)], env))
    assert out.split() == ["done"]
    ops = replay.read_log(log)
    assert [line for _, line in replay.marks(ops)] == ["done"]
    done = replay.marks(ops)[0][0]
    # SQLite's own writes (the system libsqlite3 or one built into _sqlite3) are seen
    assert any(op.kind == replay.WRITE and op.path.endswith("off.sqlite-wal") for op in ops)

    lost = cut_disk(replay.Disk(data, files, dirs), ops, done, tmp_path / "cut0", 0.0, SEED)
    assert (lost / "unsynced.txt").read_bytes() == b""
    assert (lost / "synced.txt").read_bytes() == b"kept at a power cut"
    assert rows(lost / "off.sqlite") == 0  # synchronous=OFF: committed, never flushed
    assert rows(lost / "full.sqlite") == 20  # WAL + synchronous=FULL: every commit synced

    kept = cut_disk(replay.Disk(data, files, dirs), ops, done, tmp_path / "cut1", 1.0, SEED)
    assert (kept / "unsynced.txt").read_bytes() == b"lost at a power cut"
    assert rows(kept / "off.sqlite") == 20  # everything written reached the disk

    early = cut_disk(replay.Disk(data, files, dirs), ops, 0, tmp_path / "cut2", 1.0, SEED)
    assert (early / "synced.txt").read_bytes() == b""  # a cut before the write


# --- referral saves and directory switches --------------------------------------------


def record(shim: Path, data: Path, log: Path, fixtures: Path, sources: list[Path]) -> None:
    """Referral saves beside 3 signed updates, then beside 3 imports, each run to its end."""
    env = harness.recorded_env(shim, data, log)
    phases = (("update", [str(fixtures)]), ("import", [str(s) for s in sources])) * ROUNDS
    for mode, extra in phases:
        saver = harness.start(
            [WORKER, "referrals", str(data)],
            {**env, "MELAYANI_WORKER_STEPS": str(STEPS["referrals"])},
        )
        switcher = harness.start(
            [WORKER, mode, str(data), *extra], {**env, "MELAYANI_WORKER_STEPS": str(STEPS[mode])}
        )
        harness.finish(switcher)
        harness.finish(saver)


def choose_cuts(ops: list, rng: random.Random, n: int) -> list[int]:
    """Half anywhere, half just after a barrier, a name change or a report (the moments
    a missing fsync shows)."""
    edges = [op.index + 1 for op in ops if op.kind not in (replay.WRITE, replay.TRUNC)]
    picks = {rng.randrange(len(ops) + 1) for _ in range(n - n // 2)}
    while len(picks) < n:
        picks.add(rng.choice(edges))
    return sorted(picks)


class Recording:
    """One recorded run: the folder before it, its op log, the lines reported."""

    def __init__(self, root: Path, shim: Path):
        self.started = time.monotonic()
        (root / "sources").mkdir()
        sources = make_sources(root / "sources")
        (root / "hub").mkdir()
        fixtures = make_hub_fixtures(root / "hub", sources)
        self.expected = {s.name: counts_of(s) for s in sources}
        self.expected[SAMPLE] = self.expected[sources[0].name]
        for v in range(1, ROUNDS * STEPS["update"] + 2):
            self.expected[f"hub v{v}"] = self.expected[sources[v % len(sources)].name]
        self.data = root / "data"
        from melayani_desk.directory import local
        from melayani_desk.referrals.log import ReferralLog

        local.current_file(self.data)  # the first start: the sample directory, an empty desk
        ReferralLog(self.data).close()
        self.files, self.dirs = replay.snapshot(self.data)
        self.log = root / "ops.log"
        record(shim, self.data, self.log, fixtures, sources)
        self.ops = replay.read_log(self.log)
        self.reports = replay.marks(self.ops)
        # the directories in use, in order: the sample, then each reported switch
        self.switches = [SAMPLE]
        for _, line in self.reports:
            word, _, arg = line.partition(" ")
            if word == "updated":
                self.switches.append(f"hub v{arg}")
            elif word == "imported":
                self.switches.append(arg)
        assert len(self.switches) == 1 + ROUNDS * (STEPS["update"] + STEPS["import"])
        self.saved = sum(1 for _, line in self.reports if line.startswith("saved "))
        assert self.saved == 2 * ROUNDS * STEPS["referrals"]

    def disk(self) -> replay.Disk:
        return replay.Disk(self.data, self.files, self.dirs)

    def check(self, folder: Path, cut: int, where: str) -> tuple[int, bool]:
        """The SIGKILL suite's checks on the disk after a cut before ops[cut]: referrals
        reported before it, the directory reported before it or the next one. Returns the
        referrals checked and whether the next directory was in use."""
        seen = [line for index, line in self.reports if index < cut]
        reported = {}
        for line in seen:
            if line.startswith("saved "):
                _, uuid, seq = line.split()
                reported[uuid] = int(seq)
        done = sum(1 for line in seen if line.split()[0] in ("updated", "imported"))
        try:
            check_desk(folder, reported, 1, where)
            meta, counts = directory_state(folder, where)
        except AssertionError:
            raise
        except Exception as exc:  # the app could not even open it
            raise AssertionError(f"{exc!r} ({where})") from exc
        allowed = self.switches[done : done + 2]
        source = meta["source"]
        assert source in allowed, f"{source} in use, not one of {allowed} ({where})"
        assert counts == self.expected[source], f"{source} is not whole ({where})"
        return len(reported), source != self.switches[done]


@pytest.fixture(scope="module")
def recording(tmp_path_factory, shim) -> Recording:
    return Recording(tmp_path_factory.mktemp("powercut-run"), shim)


def test_power_cut_while_saving_referrals_and_switching_directories(tmp_path, recording):
    rng = random.Random(SEED)
    ops = recording.ops
    disk = recording.disk()
    cuts = choose_cuts(ops, rng, POINTS)
    checked = landed = 0
    for n, cut in enumerate(cuts):
        keep = rng.choice([0.0, 0.5, 1.0, rng.random()])
        where = f"seed {SEED}, cut {cut} of {len(ops)} ops, keep {keep:.2f}"
        folder = cut_disk(disk, ops, cut, tmp_path / "cut", keep, SEED + n)
        referrals, next_one = recording.check(folder, cut, where)
        checked += referrals
        landed += next_one
    print(
        f"\npowercut: {len(ops)} ops recorded ({recording.log.stat().st_size // 1024} KiB), "
        f"{recording.saved} referrals and {len(recording.switches) - 1} directory switches "
        f"reported; {len(cuts)} cut points, {checked} saved referrals checked, "
        f"{landed} cuts with the next directory already in use; "
        f"{time.monotonic() - recording.started:.0f} s since recording began (seed {SEED})"
    )


def test_power_cut_at_each_directory_switch_with_every_order_of_its_renames(tmp_path, recording):
    """Just after each rename onto CURRENT, and after the folder's fsync that follows it:
    every subset of the directory folder's name operations not yet durable (and none of
    the data not yet synced) reaches the disk."""
    ops = recording.ops
    disk = recording.disk()
    switches = [
        op.index for op in ops if op.kind == replay.RENAME and op.path2.endswith("/CURRENT")
    ]
    assert len(switches) == len(recording.switches) - 1
    cuts = []
    for index in switches:
        after = next(op.index for op in ops[index:] if op.kind == replay.DIRSYNC)
        cuts += [index + 1, after + 1]
    tried = 0
    for cut in cuts:
        disk.advance(ops, cut)
        folder_ops = [
            op.index
            for op, _key, _parents in disk.pending_names
            if op.path.rsplit("/", 1)[0].endswith("/directory")
        ]
        assert len(folder_ops) <= 6, folder_ops
        for mask in range(1 << len(folder_ops)):
            kept = {i for bit, i in enumerate(folder_ops) if mask >> bit & 1}
            where = f"cut {cut} of {len(ops)} ops, names kept {sorted(kept)} of {folder_ops}"
            folder = cut_disk(disk, ops, cut, tmp_path / "cut", 0.0, SEED, kept)
            recording.check(folder, cut, where)
            tried += 1
    print(f"\npowercut/switch: {len(switches)} switches, {len(cuts)} cuts, {tried} disks")


SETTINGS_CHILD = """
import sys
from pathlib import Path
from melayani_desk import settings
data = Path(sys.argv[1])
for name in ("Meja A", "Meja B", "Meja C"):
    current = settings.load(data)
    current.desk_name = name
    settings.save(data, current)
    print("saved", name, flush=True)
"""


def record_child(tmp_path, shim, data, source: str):
    """Snapshot ``data``, run the child ``source`` on it under the recorder; (files,
    dirs, ops)."""
    files, dirs = replay.snapshot(data)
    log = tmp_path / "ops.log"
    script = tmp_path / "child.py"
    script.write_text(source)
    harness.finish(harness.start([str(script), str(data)], harness.recorded_env(shim, data, log)))
    return files, dirs, replay.read_log(log)


def test_power_cut_after_saving_settings_keeps_them(tmp_path, shim):
    """The settings file, replaced as the window's settings dialog replaces it: after a
    cut anywhere, the settings are the last ones reported saved or the next ones."""
    from melayani_desk import settings

    data = tmp_path / "data"
    data.mkdir()
    settings.save(data, settings.Settings(desk_name="Meja 0"))
    files, dirs, ops = record_child(tmp_path, shim, data, SETTINGS_CHILD)
    order = ["Meja 0", "Meja A", "Meja B", "Meja C"]
    for keep in (0.0, 0.5, 1.0):
        disk = replay.Disk(data, files, dirs)
        for cut in range(len(ops) + 1):
            done = sum(1 for index, _ in replay.marks(ops) if index < cut)
            folder = cut_disk(disk, ops, cut, tmp_path / "cut", keep, SEED + cut)
            name = settings.load(folder).desk_name
            allowed = order[done : done + 2]
            assert name in allowed, f"{name!r}, not {allowed} (seed {SEED}, cut {cut}, {keep})"


UPGRADE_CHILD = """
import sys
from pathlib import Path
from melayani_desk.referrals.log import ReferralLog
ReferralLog(Path(sys.argv[1])).close()  # the start-up: backup, then migration
print("started", flush=True)
"""


def test_power_cut_after_an_upgrade_keeps_the_backup_made_before_it(tmp_path, shim):
    """The copy made before migrating a first-release database is on the disk once the
    start-up returned, beside the migrated database holding every referral."""
    from upgrade_support import make_v1

    from melayani_desk.storage.desk_db import head_revision

    data = tmp_path / "data"
    data.mkdir()
    made = make_v1(data / "desk.sqlite", pending=20)
    files, dirs, ops = record_child(tmp_path, shim, data, UPGRADE_CHILD)
    ((started, _),) = replay.marks(ops)
    for keep in (0.0, 0.5):
        where = f"seed {SEED}, keep {keep}"
        folder = cut_disk(
            replay.Disk(data, files, dirs), ops, started + 1, tmp_path / "cut", keep, SEED
        )
        backups = sorted((folder / "backups").glob("desk-k0001-*.sqlite"))
        assert len(backups) == 1, f"no backup after the upgrade returned ({where})"
        con = sqlite3.connect(backups[0])
        try:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("k0001",)
            assert sorted(u for (u,) in con.execute("SELECT uuid FROM referrals")) == sorted(made)
        finally:
            con.close()
        con = sqlite3.connect(folder / "desk.sqlite")
        try:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
                head_revision(),
            ), where
            assert con.execute("SELECT count(*) FROM referrals").fetchone() == (20,), where
        finally:
            con.close()


def test_the_whole_run_replayed_is_the_folder_the_run_left(tmp_path, recording):
    """Every change reached the log: the replay of all ops with everything kept gives the
    data folder byte for byte (but SQLite's -shm, written through mmap, never durable)."""
    folder = cut_disk(recording.disk(), recording.ops, len(recording.ops), tmp_path / "all", 1.0, 0)

    def tree(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.endswith("-shm")
        }

    live, replayed = tree(recording.data), tree(folder)
    assert sorted(replayed) == sorted(live)
    differ = [name for name in live if live[name] != replayed[name]]
    assert not differ, f"replayed files differ from the run's: {differ}"
