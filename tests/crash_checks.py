"""What must hold after a crash, shared by the SIGKILL suite (tests/test_crash.py) and the
power-cut suite (tests/test_powercut.py), with the directories and hub fixtures both use.

Every check opens the data folder as the app opens it; ``where`` (the seed, the cut
point) is in every failure message.
"""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

from crash_data import grown_sample
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from melayani_core.directory.formats import read_any
from melayani_core.search.engine import SearchEngine
from melayani_core.storage.directory_db import DirectoryReader, DirectoryStore
from melayani_desk.paths import resource
from melayani_desk.referrals.log import ReferralLog


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def check_desk(data: Path, reported: dict[str, int], in_flight: int, where: str) -> int:
    """Every referral reported saved is there with its seq, none twice, seqs 1..n, at most
    ``in_flight`` unreported ones, one outbox row each. Returns how many are stored."""
    log = ReferralLog(data)  # the app's start: quick_check, migration, desk row
    log.close()
    path = data / "desk.sqlite"
    assert integrity(path) == "ok", where
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT uuid, seq FROM referrals ORDER BY seq").fetchall()
        outbox = con.execute("SELECT item_uuid FROM outbox WHERE item_type = 'referral'").fetchall()
        states = {s for (s,) in con.execute("SELECT DISTINCT state FROM outbox")}
    finally:
        con.close()
    stored = dict(rows)
    assert len(stored) == len(rows), f"a referral stored twice ({where})"
    assert [seq for _, seq in rows] == list(range(1, len(rows) + 1)), f"gap in seq ({where})"
    missing = {u: s for u, s in reported.items() if stored.get(u) != s}
    assert not missing, f"reported saved but lost ({where}): {list(missing)[:5]}"
    assert 0 <= len(stored) - len(reported) <= in_flight, f"unreported referrals ({where})"
    assert sorted(u for (u,) in outbox) == sorted(stored), f"outbox disagrees ({where})"
    assert states <= {"pending", "sent"}, where
    return len(stored)


def directory_state(data: Path, where: str) -> tuple[dict[str, str], dict[str, int]]:
    """The directory in use: integrity ok, searchable; its meta and counts."""
    current = DirectoryStore(data).current()
    assert current is not None, f"no directory in use ({where})"
    assert integrity(current) == "ok", where
    reader = DirectoryReader(current)
    try:
        assert SearchEngine(reader).search("ktp hilang", limit=3), f"not searchable ({where})"
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


def make_sources(root: Path) -> list[Path]:
    """Three directories of 355, 1,420 and 2,840 services (the sample, grown)."""
    small = root / "dir-a"
    small.mkdir()
    for sheet in ("organizations", "services", "contacts"):
        (small / f"{sheet}.csv").write_bytes(resource("sample", f"{sheet}.csv").read_bytes())
    return [small, grown_sample(root / "dir-b", 4), grown_sample(root / "dir-c", 8)]


def make_hub_fixtures(folder: Path, sources: list[Path]) -> Path:
    """Snapshots of ``sources`` and a signing key, for crash_worker.py's pretend hub."""
    from melayani_core.snapshot import write_snapshot

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
