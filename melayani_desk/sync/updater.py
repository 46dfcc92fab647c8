"""The directory updater: fetch the hub's signed manifest and, if it is good, install it.

Checks, in this order (``docs/sync-protocol.md``): the hub's key rotation statements,
followed from the keys the desk trusts (``keychain``, ``melayani_core.keyset``); the
Ed25519 signature over the exact manifest bytes with a *trusted* key (key_id trusted and
the signature verifies with that key); the manifest's fields; ``version`` not lower than
the installed one (lower = rollback, rejected); ``expires``; ``version`` higher (equal =
up to date); ``size`` within the limit; a download of at most ``size`` bytes; size and
SHA-256; a bounded unzip; the same validation as a local import; then the build aside and
the atomic switch.

Versions are bounded (1..MAX_VERSION, a signed 32-bit integer) and so is the optional
``epoch`` (0..MAX_VERSION, absent = 0); both are checked with the rest of the manifest,
before anything is downloaded or switched.  The floor a desk keeps is the pair
(epoch, version), compared in that order: a manifest signed by a trusted key with a higher
epoch (``melayani-hub publish --reset-floor``) is accepted over any version of an earlier
epoch, so a floor raised by mistake (a publisher's slip, a hub restored from an old backup)
can be lowered by the key holder, and by nobody else; replays of the earlier epoch stay
refused.

Decision on expiry: an expired manifest is NOT applied, even when newer (it may be a
replayed old publication); a warning is stored and the current directory is kept —
expiry never deletes the directory an offline village depends on.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from melayani_core import keys as keylib
from melayani_core.directory import settings as dir_settings
from melayani_core.directory.formats import stream_csv_folder
from melayani_core.directory.model import DirectorySettings, ImportFailed
from melayani_core.progress import Progress, silent
from melayani_core.snapshot import FORMAT, MAX_VERSION
from melayani_core.storage.directory_db import DirectoryError, DirectoryReader, DirectoryStore
from melayani_desk.directory.local import install
from melayani_desk.diskfull import is_disk_full, message
from melayani_desk.sync import keychain, worklock
from melayani_desk.sync.client import (
    HubClient,
    HubError,
    describe,
    json_body,
    looks_like_html,
    not_the_hub,
)
from melayani_desk.sync.snapshot import SnapshotRejected, SnapshotUnavailable, download, unzip
from melayani_desk.sync.state import SyncStore, iso, parse_iso

SIZE_LIMIT = 256 * 1024 * 1024
MAX_MANIFEST = 64 * 1024
TMP = "sync-tmp"


class ManifestRejected(Exception):
    pass


@dataclass(frozen=True)
class Manifest:
    version: int
    issued_at: datetime
    expires: datetime
    sha256: str
    size: int
    snapshot: str
    key_id: str
    epoch: int = 0
    settings: DirectorySettings = DirectorySettings()  # signed: sample, retention, freshness

    @property
    def rank(self) -> tuple[int, int]:
        return (self.epoch, self.version)


@dataclass
class DirectoryResult:
    status: str  # updated | up_to_date | rejected | expired | none | error
    version: int = 0  # the manifest's version (0 when there was none)
    installed: int = 0  # the version in use after the pass
    reason: str = ""


def _b64(value: Any, what: str) -> bytes:
    return keylib.b64_field(value, what, ManifestRejected)


def verify_manifest(envelope: Any, pinned: dict[str, bytes]) -> Manifest:
    """The manifest, if signed by a pinned key and well formed; raises ManifestRejected."""
    if not isinstance(envelope, dict):
        raise ManifestRejected("amplop manifest tidak sah")
    signed = _b64(envelope.get("manifest"), "manifest")
    signature = _b64(envelope.get("signature"), "tanda tangan")
    key_id = envelope.get("key_id")
    raw = pinned.get(key_id) if isinstance(key_id, str) else None
    if raw is None or keylib.fingerprint(raw) != key_id:
        raise ManifestRejected(f"manifest ditandatangani kunci yang tidak dipercaya ({key_id!r})")
    if not keylib.verify(raw, signature, signed):
        raise ManifestRejected("tanda tangan manifest tidak sah")
    try:
        data = json.loads(signed.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ManifestRejected("isi manifest bukan JSON UTF-8") from None
    return _fields(data, key_id)


def _int(data: dict, name: str, low: int, high: int | None = None) -> int:
    value = data.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise ManifestRejected(f"manifest: {name} tidak sah")
    if high is not None and value > high:
        raise ManifestRejected(f"manifest: {name} {value} melebihi batas {high}")
    return value


def _fields(data: Any, key_id: str) -> Manifest:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ManifestRejected(f"manifest bukan format {FORMAT}")
    issued, expires = parse_iso(data.get("issued_at")), parse_iso(data.get("expires"))
    if issued is None or expires is None:
        raise ManifestRejected("manifest: issued_at/expires tidak sah")
    digest = data.get("sha256")
    if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise ManifestRejected("manifest: sha256 tidak sah")
    snapshot = data.get("snapshot")
    if (
        not isinstance(snapshot, str)
        or not snapshot.startswith("/")
        or snapshot.startswith("//")
        or ".." in snapshot
        or "://" in snapshot
    ):
        raise ManifestRejected("manifest: alamat snapshot tidak sah")
    try:
        settings = dir_settings.from_json(data.get("settings"))
    except ValueError as exc:
        raise ManifestRejected(f"manifest: {exc}") from None
    return Manifest(
        version=_int(data, "version", 1, MAX_VERSION),
        issued_at=issued,
        expires=expires,
        sha256=digest,
        size=_int(data, "size", 1),
        snapshot=snapshot,
        key_id=key_id,
        epoch=_int(data, "epoch", 0, MAX_VERSION) if "epoch" in data else 0,
        settings=settings,
    )


def installed_version(data_dir: Path, recorded: int) -> int:
    """The higher of the recorded hub version and the version of the directory in use."""
    return installed_rank(data_dir, (0, recorded))[1]


def installed_rank(data_dir: Path, recorded: tuple[int, int]) -> tuple[int, int]:
    """The floor: the higher (epoch, version) of the recorded one and the directory's."""
    try:
        current = DirectoryStore(data_dir).current()
        if current is None:
            return recorded
        reader = DirectoryReader(current)
        try:
            meta = (
                int(reader.meta.get("epoch", "0") or 0),
                int(reader.meta.get("version", "0") or 0),
            )
        finally:
            reader.close()
    except (DirectoryError, ValueError):
        meta = (0, 0)
    return max(recorded, meta)


def _recorded(store: SyncStore) -> tuple[int, int]:
    state = store.load()
    return (state.directory_epoch, state.directory_version)


def update_directory(
    data_dir: Path,
    client: HubClient,
    store: SyncStore,
    *,
    now: datetime | None = None,
    size_limit: int = SIZE_LIMIT,
    unzip_limit: int = SIZE_LIMIT,
    progress: Progress = silent,
) -> DirectoryResult:
    """One directory pass; never leaves the desk without its current directory.
    ``progress``: the download and the build, told as they go (the command line)."""
    now = now or datetime.now(UTC)
    try:
        followed = keychain.follow(client, store, now)  # key rotations first
    except (httpx.HTTPError, HubError) as exc:
        installed = installed_rank(Path(data_dir), _recorded(store))[1]
        return DirectoryResult("error", installed=installed, reason=describe(exc))
    result = _update(data_dir, client, store, now, size_limit, unzip_limit, progress)
    if followed.problem:  # a statement not followed: said with the outcome, kept as warning
        note = "pernyataan kunci tidak diikuti: " + followed.problem
        result.reason = f"{result.reason} ({note})" if result.reason else note
        store.update(directory_warning=note[:1000])
    return result


def _update(
    data_dir: Path,
    client: HubClient,
    store: SyncStore,
    now: datetime,
    size_limit: int,
    unzip_limit: int,
    progress: Progress,
) -> DirectoryResult:
    state = store.load()  # with the keys trusted now
    floor = installed_rank(Path(data_dir), (state.directory_epoch, state.directory_version))
    installed = floor[1]
    try:
        status, body = client.request("GET", "/directory/manifest", limit=MAX_MANIFEST)
        if status == 404:
            return DirectoryResult("none", installed=installed)
        if status != 200 or looks_like_html(body):
            reason = f"HTTP {status}" if status in (401, 403, 404) else not_the_hub(status, body)
            return DirectoryResult("error", installed=installed, reason=reason)
        manifest = verify_manifest(json_body(body), state.keys)
    except (httpx.HTTPError, HubError) as exc:
        return DirectoryResult("error", installed=installed, reason=describe(exc))
    except ManifestRejected as exc:
        return DirectoryResult("rejected", installed=installed, reason=str(exc))
    result = DirectoryResult("rejected", version=manifest.version, installed=installed)
    if manifest.rank < floor:
        result.reason = f"versi {_label(manifest.rank)} lebih lama dari {_label(floor)} (rollback)"
        if manifest.epoch == floor[0] and floor[1] > manifest.version + 1:
            result.reason += (
                ". Laporkan ke pengelola hub: bila hub dipulihkan dari cadangan lama, "
                "pengelola menerbitkan ulang dengan --reset-floor"
            )
        return result
    if manifest.expires < now:
        warning = (
            f"Manifest direktori v{manifest.version} dari hub kedaluwarsa sejak "
            f"{manifest.expires.date().isoformat()}; direktori v{installed} tetap dipakai."
        )
        store.update(directory_warning=warning)
        return DirectoryResult("expired", manifest.version, installed, warning)
    if manifest.rank == floor:
        store.update(directory_warning="")
        return DirectoryResult("up_to_date", manifest.version, installed)
    if manifest.size > size_limit:
        result.reason = f"snapshot {manifest.size} byte melebihi batas {size_limit} byte"
        return result
    return _apply(Path(data_dir), client, store, manifest, now, installed, unzip_limit, progress)


def _apply(
    data_dir: Path,
    client: HubClient,
    store: SyncStore,
    manifest: Manifest,
    now: datetime,
    previous: int,
    unzip_limit: int,
    progress: Progress = silent,
) -> DirectoryResult:
    try:
        with worklock.exclusive(data_dir / TMP):
            _clear_leftovers(data_dir / TMP)
            return _build(data_dir, client, store, manifest, now, previous, unzip_limit, progress)
    except worklock.Busy:
        reason = "pembaruan direktori lain sedang berjalan"
        return DirectoryResult("error", manifest.version, previous, reason)


def _disk_full(manifest: Manifest, previous: int) -> DirectoryResult:
    kept = f"direktori v{manifest.version} TIDAK dipasang, v{previous} tetap dipakai"
    return DirectoryResult("error", manifest.version, previous, message(kept))


def _label(rank: tuple[int, int]) -> str:
    epoch, version = rank
    return str(version) if not epoch else f"{version} (epoch {epoch})"


def _clear_leftovers(folder: Path) -> None:
    """Remove work folders of updates that were killed (only called under the lock)."""
    for stale in folder.glob("snapshot-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _build(
    data_dir: Path,
    client: HubClient,
    store: SyncStore,
    manifest: Manifest,
    now: datetime,
    previous: int,
    unzip_limit: int,
    progress: Progress = silent,
) -> DirectoryResult:
    now_floor = installed_rank(data_dir, _recorded(store))
    if now_floor >= manifest.rank:  # another process installed it meanwhile
        return DirectoryResult("up_to_date", manifest.version, now_floor[1])
    work = Path(tempfile.mkdtemp(prefix="snapshot-", dir=data_dir / TMP))
    try:
        archive = work / "snapshot.zip"
        download(client, manifest.snapshot, manifest.size, manifest.sha256, archive, progress)
        folder = work / "csv"
        folder.mkdir()
        progress("Membuka snapshot…")
        unzip(archive, folder, unzip_limit)
        progress(f"Membaca direktori v{manifest.version}…")
        # read as it is written: the contacts go into the new file as they are checked,
        # never all in memory; a bad row ends the build (ImportFailed) before the switch
        streamed = stream_csv_folder(folder)
        directory = streamed.directory
        directory.version = manifest.version
        directory.epoch = manifest.epoch
        directory.source = f"hub v{manifest.version}"
        directory.settings = manifest.settings  # the signed settings, never the hub's word
        install(data_dir, directory, progress=progress, contacts=streamed.contacts())
    except (httpx.HTTPError, SnapshotUnavailable) as exc:
        reason = describe(exc) if isinstance(exc, httpx.HTTPError) else str(exc)
        return DirectoryResult("error", manifest.version, previous, reason)
    except (DirectoryError, OSError) as exc:
        if is_disk_full(exc):
            return _disk_full(manifest, previous)
        return DirectoryResult("error", manifest.version, previous, f"gagal memasang: {exc}")
    except SnapshotRejected as exc:
        return DirectoryResult("rejected", manifest.version, previous, str(exc))
    except ImportFailed as exc:
        first = "; ".join(str(p) for p in exc.report.errors[:3])
        reason = f"isi snapshot tidak lolos pemeriksaan ({len(exc.report.errors)} galat): {first}"
        return DirectoryResult("rejected", manifest.version, previous, reason)
    except Exception as exc:  # SQLite's SQLITE_FULL while building, wrapped by SQLAlchemy
        if is_disk_full(exc):
            return _disk_full(manifest, previous)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    store.update(
        directory_version=manifest.version,
        directory_epoch=manifest.epoch,
        directory_issued_at=iso(manifest.issued_at),
        directory_expires=iso(manifest.expires),
        directory_installed_at=iso(now),
        directory_warning="",
    )
    return DirectoryResult("updated", manifest.version, manifest.version)
