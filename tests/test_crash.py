"""Power cuts: a worker process is killed with SIGKILL at random moments while it saves
referrals, imports a directory and applies a directory update from the hub.

After every kill the desk is opened again as the app opens it, and:
- every referral the worker reported saved is there, once, with the seq it reported;
  sequence numbers run 1..n without gaps; the outbox holds exactly one row per referral;
- ``PRAGMA integrity_check`` is ok on the desk database and on the directory in use;
- the directory in use is the previous one or the new one, whole (same counts, searchable),
  never an older one.

Kill points: ``MELAYANI_CRASH_POINTS`` (default 36, for CI); the full run in
docs/reliability.md uses 240. ``MELAYANI_CRASH_SEED`` replays one run.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import crash_checks
import pytest
from crash_checks import counts_of, make_hub_fixtures, make_sources

from melayani_core.storage.directory_db import DirectoryStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

POINTS = int(os.environ.get("MELAYANI_CRASH_POINTS", "24"))
SEED = int(os.environ.get("MELAYANI_CRASH_SEED", str(random.randrange(1 << 30))))
WORKER = Path(__file__).with_name("crash_worker.py")
SHARE = {"referrals": 0.4, "import": 0.3, "update": 0.3}
MAX_DELAY = {"referrals": 0.5, "import": 3.0, "update": 3.0}  # seconds after "ready"


def points(mode: str) -> int:
    return max(3, round(POINTS * SHARE[mode]))


class Run:
    """One worker process: started, left to work for a random delay, then SIGKILLed."""

    def __init__(self, args: list[str], delay: float, until: str | None = None):
        """``until``: instead of the delay, kill once the worker reported that word."""
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(WORKER.parent), *sys.path])}
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        self.until, self.seen = until, threading.Event()
        self.ready = threading.Event()
        reader = threading.Thread(target=self._read, daemon=True)
        reader.start()
        if not self.ready.wait(60):
            self.proc.kill()
            raise AssertionError(f"worker never ready: {self.proc.stderr.read()}")
        if until is None:
            time.sleep(delay)  # the scenario: a kill at a random moment
        else:
            self.seen.wait(120)
        alive = self.proc.poll() is None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        reader.join(30)
        self.stderr = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        assert alive, f"worker ended by itself (seed {SEED}):\n{self.stderr}"

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.strip() == "ready":
                self.ready.set()
            else:
                self.lines.append(line.strip())
                if self.until and line.startswith(self.until + " "):
                    self.seen.set()
        self.ready.set()
        self.seen.set()

    def reported(self, word: str) -> list[list[str]]:
        return [line.split()[1:] for line in self.lines if line.startswith(word + " ")]


def check_desk(data: Path, reported: dict[str, int], kills: int) -> None:
    crash_checks.check_desk(data, reported, kills, f"seed {SEED}")


def directory_state(data: Path) -> tuple[dict[str, str], dict[str, int]]:
    return crash_checks.directory_state(data, f"seed {SEED}")


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> list[Path]:
    return make_sources(tmp_path_factory.mktemp("crash-sources"))


def test_kill_while_saving_referrals(tmp_path):
    rng = random.Random(SEED)
    data = tmp_path / "data"
    reported: dict[str, int] = {}
    kills = 0
    for _ in range(points("referrals")):
        run = Run(["referrals", str(data)], rng.uniform(0, MAX_DELAY["referrals"]))
        kills += 1
        reported.update({u: int(seq) for u, seq in run.reported("saved")})
        check_desk(data, reported, kills)
    print(f"crash/referrals: {kills} kills, {len(reported)} referrals reported saved")
    assert len(reported) > points("referrals")  # the kills did land among saves


def import_seconds(folder: Path, source: Path) -> float:
    """How long one import of ``source`` takes on this machine now (it may be busy)."""
    from melayani_desk.directory import local

    local.current_file(folder)
    start = time.perf_counter()
    local.import_path(folder, source)
    return time.perf_counter() - start


def test_kill_while_importing_a_directory(tmp_path, sources):
    rng = random.Random(SEED + 1)
    data = tmp_path / "data"
    names = [s.name for s in sources]
    expected = {s.name: counts_of(s) for s in sources}
    imported = 0
    # the kills land before, among and after whole imports however busy the machine is
    longest = max(MAX_DELAY["import"], 3 * import_seconds(tmp_path / "timing", sources[-1]))
    meta, _ = directory_state(data) if (data / "directory").exists() else ({}, {})
    for _ in range(points("import")):
        before = meta.get("source")
        run = Run(["import", str(data), *map(str, sources)], rng.uniform(0, longest))
        done = [name for (name,) in run.reported("imported")]
        imported += len(done)
        last = done[-1] if done else before
        meta, counts = directory_state(data)
        source = meta["source"]
        if last in names:
            following = names[(names.index(last) + 1) % len(names)]
            assert source in (last, following), f"{source} after {last} (seed {SEED})"
        else:  # killed during the first import: the sample, or the first source, whole
            assert source in ("DATA CONTOH (sample bawaan)", names[0])
        if source in expected:
            assert counts == expected[source], f"{source} is not whole (seed {SEED})"
    print(f"crash/import: {points('import')} kills, {imported} imports completed")
    assert imported > 0
    leftovers_cleared_by_next_install(data, sources[0])


def leftovers_cleared_by_next_install(data: Path, source: Path) -> None:
    from melayani_desk.directory.local import import_path

    import_path(data, source)
    folder = data / "directory"
    pointers_tmp = (".CURRENT.tmp", ".PREVIOUS.tmp")
    files = sorted(p.name for p in folder.iterdir() if p.name not in pointers_tmp)
    store = DirectoryStore(data)
    current, previous = store.current(), store.previous()
    assert current is not None and previous is not None
    assert files == sorted(["CURRENT", "PREVIOUS", current.name, previous.name])


@pytest.fixture(scope="module")
def hub_fixtures(tmp_path_factory, sources) -> Path:
    return make_hub_fixtures(tmp_path_factory.mktemp("crash-hub"), sources)


def test_kill_while_applying_a_directory_update(tmp_path, sources, hub_fixtures):
    rng = random.Random(SEED + 2)
    data = tmp_path / "data"
    expected = [counts_of(s) for s in sources]
    version = 0
    updated = 0
    for _ in range(points("update")):
        run = Run(["update", str(data), str(hub_fixtures)], rng.uniform(0, MAX_DELAY["update"]))
        done = [int(v) for (v,) in run.reported("updated")]
        updated += len(done)
        if done:
            assert done[0] in (version + 1, version + 2) and done == list(
                range(done[0], done[0] + len(done))
            )
            version = done[-1]
        meta, counts = directory_state(data)
        installed = int(meta.get("version", "0") or 0)
        assert installed in (version, version + 1), f"v{installed} after v{version} (seed {SEED})"
        if installed:
            assert meta["source"] == f"hub v{installed}"
            assert counts == expected[installed % len(expected)], f"v{installed} not whole"
        version = installed
        check_desk(data, {}, 0)
    print(f"crash/update: {points('update')} kills, {updated} updates applied")
    assert updated > 0
    work = data / "sync-tmp"
    stale = [p for p in work.glob("snapshot-*")] if work.exists() else []
    assert len(stale) <= 1, f"snapshot work folders pile up after kills: {len(stale)}"


def test_update_clears_work_folders_left_by_a_power_cut(tmp_path, hub_fixtures):
    data = tmp_path / "data"
    stale = data / "sync-tmp" / "snapshot-killed"
    stale.mkdir(parents=True)
    (stale / "snapshot.zip").write_bytes(b"x" * 1024)
    run = Run(["update", str(data), str(hub_fixtures)], 0, until="updated")
    assert run.reported("updated")
    assert not stale.exists()
