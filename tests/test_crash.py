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

import base64
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from crash_data import grown_sample
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from melayani_core.directory.formats import read_any
from melayani_core.search.engine import SearchEngine
from melayani_core.storage.directory_db import DirectoryReader, DirectoryStore
from melayani_desk.paths import resource
from melayani_desk.referrals.log import ReferralLog

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

POINTS = int(os.environ.get("MELAYANI_CRASH_POINTS", "36"))
SEED = int(os.environ.get("MELAYANI_CRASH_SEED", str(random.randrange(1 << 30))))
WORKER = Path(__file__).with_name("crash_worker.py")
SHARE = {"referrals": 0.4, "import": 0.3, "update": 0.3}
MAX_DELAY = {"referrals": 0.5, "import": 3.0, "update": 3.0}  # seconds after "ready"


def points(mode: str) -> int:
    return max(3, round(POINTS * SHARE[mode]))


class Run:
    """One worker process: started, left to work for a random delay, then SIGKILLed."""

    def __init__(self, args: list[str], delay: float):
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(WORKER.parent), *sys.path])}
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        reader = threading.Thread(target=self._read, daemon=True)
        reader.start()
        if not self.ready.wait(60):
            self.proc.kill()
            raise AssertionError(f"worker never ready: {self.proc.stderr.read()}")
        time.sleep(delay)
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
        self.ready.set()

    def reported(self, word: str) -> list[list[str]]:
        return [line.split()[1:] for line in self.lines if line.startswith(word + " ")]


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def check_desk(data: Path, reported: dict[str, int], kills: int) -> None:
    log = ReferralLog(data)  # the app's start: quick_check, migration, desk row
    log.close()
    path = data / "desk.sqlite"
    assert integrity(path) == "ok", f"seed {SEED}"
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT uuid, seq FROM referrals ORDER BY seq").fetchall()
        outbox = con.execute("SELECT item_uuid FROM outbox WHERE item_type = 'referral'").fetchall()
        states = {s for (s,) in con.execute("SELECT DISTINCT state FROM outbox")}
    finally:
        con.close()
    stored = dict(rows)
    assert len(stored) == len(rows), "a referral stored twice"
    assert [seq for _, seq in rows] == list(range(1, len(rows) + 1)), "gap in seq"
    missing = {u: s for u, s in reported.items() if stored.get(u) != s}
    assert not missing, f"reported saved but lost (seed {SEED}): {list(missing)[:5]}"
    assert 0 <= len(stored) - len(reported) <= kills  # at most one in flight per kill
    assert sorted(u for (u,) in outbox) == sorted(stored), "outbox disagrees with referrals"
    assert states <= {"pending", "sent"}


def directory_state(data: Path) -> tuple[dict[str, str], dict[str, int]]:
    current = DirectoryStore(data).current()
    assert current is not None, "no directory in use"
    assert integrity(current) == "ok", f"seed {SEED}"
    reader = DirectoryReader(current)
    try:
        assert SearchEngine(reader).search("ktp hilang", limit=3), "directory not searchable"
        return dict(reader.meta), reader.counts()
    finally:
        reader.close()


def counts_of(folder: Path) -> dict[str, int]:
    directory, _ = read_any(folder)
    return {
        "organizations": len(directory.organizations),
        "services": len(directory.services),
        "contacts": len(directory.contacts),
    }


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("crash-sources")
    small = root / "dir-a"
    small.mkdir()
    for sheet in ("organizations", "services", "contacts"):
        (small / f"{sheet}.csv").write_bytes(resource("sample", f"{sheet}.csv").read_bytes())
    return [small, grown_sample(root / "dir-b", 4), grown_sample(root / "dir-c", 8)]


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


def test_kill_while_importing_a_directory(tmp_path, sources):
    rng = random.Random(SEED + 1)
    data = tmp_path / "data"
    names = [s.name for s in sources]
    expected = {s.name: counts_of(s) for s in sources}
    imported = 0
    meta, _ = directory_state(data) if (data / "directory").exists() else ({}, {})
    for _ in range(points("import")):
        before = meta.get("source")
        run = Run(["import", str(data), *map(str, sources)], rng.uniform(0, MAX_DELAY["import"]))
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
    files = sorted(p.name for p in folder.iterdir() if p.name != ".CURRENT.tmp")
    current = DirectoryStore(data).current()
    assert current is not None and files == sorted(["CURRENT", current.name])


@pytest.fixture(scope="module")
def hub_fixtures(tmp_path_factory, sources) -> Path:
    from melayani_core.snapshot import write_snapshot

    folder = tmp_path_factory.mktemp("crash-hub")
    for n, src in enumerate(sources):
        directory, _ = read_any(src)
        (folder / f"snap-{n}.zip").write_bytes(write_snapshot(directory))
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    (folder / "key.raw").write_bytes(raw)
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    (folder / "key.pub").write_bytes(pub)
    (folder / "key.b64").write_text(base64.b64encode(pub).decode())
    return folder


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
    run = Run(["update", str(data), str(hub_fixtures)], 2.5)
    assert run.reported("updated")
    assert not stale.exists()
