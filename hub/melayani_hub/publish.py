"""Publish a directory version: validate like a desk import, build the snapshot ZIP, sign
the manifest with the publisher's key (given as a file, never stored), store version N+1.

Every manifest carries the epoch of the latest one (``"epoch"``, left out while it is 0);
``reset_floor`` starts the next epoch, which desks accept over any version of an earlier
epoch: the way out for desks whose floor was raised by mistake (a hub restored from an old
backup).  Versions stop at MAX_VERSION, the bound every desk checks."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from melayani_core.directory import settings as dir_settings
from melayani_core.directory.formats import carried_lexicon, read_directory
from melayani_core.directory.model import DirectorySettings, ImportFailed, ImportReport
from melayani_core.progress import Progress, silent
from melayani_core.search.knowledge import LEARNED
from melayani_core.snapshot import MAX_VERSION, counts, manifest_bytes, write_snapshot
from melayani_hub import signing
from melayani_hub.db import write
from melayani_hub.models import DirectoryVersion


@dataclass
class Published:
    version: int
    sha256: str
    size: int
    key_id: str
    expires: str
    counts: dict[str, int]
    report: ImportReport
    epoch: int = 0


class VersionsExhausted(Exception):
    """The next version would pass the bound desks accept."""


def published_lexicon(engine: Engine, carried: dict[str, str]) -> dict[str, str]:
    """The lexicon a published version carries: the hub program's bundled files under the
    regency's (``carried``), with ``learned.tsv`` extended by what the desks taught."""
    from melayani_core.search.lexicon import bundled_files
    from melayani_hub.learning import learned_tsv, lessons

    files = {**bundled_files(), **carried}
    files[LEARNED] = learned_tsv(lessons(engine), files.get(LEARNED, ""))
    return files


def latest_manifest(conn: object) -> dict:
    """The latest published manifest as JSON ({} when none or unreadable)."""
    signed = conn.scalar(  # type: ignore[attr-defined]
        select(DirectoryVersion.manifest).order_by(DirectoryVersion.version.desc()).limit(1)
    )
    if not signed:
        return {}
    try:
        doc = json.loads(bytes(signed).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return {}
    return doc if isinstance(doc, dict) else {}


def latest_epoch(conn: object) -> int:
    """The epoch of the latest published manifest (0 when none, or none was reset)."""
    epoch = latest_manifest(conn).get("epoch", 0)
    return epoch if isinstance(epoch, int) and not isinstance(epoch, bool) else 0


def manifest_settings(signed: bytes) -> DirectorySettings:
    """The settings of one signed manifest (defaults when it has none or is unreadable)."""
    try:
        return dir_settings.from_json(json.loads(signed.decode("utf-8")).get("settings"))
    except (ValueError, UnicodeDecodeError, AttributeError):
        return DirectorySettings()


def latest_settings(engine: Engine) -> DirectorySettings:
    """The settings of the directory the hub publishes now (defaults before any publish,
    or for a version published before manifests carried them)."""
    with engine.connect() as conn:
        try:
            return dir_settings.from_json(latest_manifest(conn).get("settings"))
        except ValueError:
            return DirectorySettings()


def publish(
    engine: Engine,
    path: Path,
    key_path: Path,
    expires_days: float = 30,
    lexicon: Path | None = None,
    *,
    reset_floor: bool = False,
    progress: Progress = silent,
) -> Published:
    """Raises ImportFailed (bad data), signing.SigningKeyError or VersionsExhausted;
    stores nothing then.

    ``lexicon``: the regency's lexicon folder (files replacing the bundled ones of the same
    name, or new ones such as ``concepts/banyuwangi.txt``); it travels in the snapshot."""
    key = signing.load_private(key_path)  # before any work: a wrong key fails fast
    progress(f"Membaca {Path(path).name}…")
    directory, report = read_directory(path)
    own, regency = dict(directory.lexicon), {}
    if lexicon is not None:  # bundled < the regency's folder < what the import carries
        if not Path(lexicon).is_dir():
            report.error("lexicon", 0, "", f"Folder leksikon tidak ditemukan: {lexicon}")
            raise ImportFailed(report)
        carried_lexicon(Path(lexicon), directory, report)
        regency = directory.lexicon
    directory.lexicon = published_lexicon(engine, {**regency, **own})
    progress("Menulis snapshot…")
    data = write_snapshot(directory)
    progress("Menandatangani dan menyimpan versi baru…")
    digest = hashlib.sha256(data).hexdigest()
    raw_pub = signing.raw_public(key.public_key())
    key_id = signing.fingerprint(raw_pub)
    n = counts(directory)
    signing.add_key(engine, base64.b64encode(raw_pub).decode("ascii"))
    for _attempt in range(5):  # a concurrent publish took our number: take the next one
        issued = datetime.now(UTC)
        expires = (issued + timedelta(days=expires_days)).isoformat(timespec="seconds")
        try:
            with write(engine) as conn:
                version = (conn.scalar(select(func.max(DirectoryVersion.version))) or 0) + 1
                epoch = latest_epoch(conn) + (1 if reset_floor else 0)
                if version > MAX_VERSION or epoch > MAX_VERSION:
                    raise VersionsExhausted(
                        f"versi {version} (epoch {epoch}) melebihi batas {MAX_VERSION}"
                    )
                manifest = manifest_bytes(
                    version,
                    issued.isoformat(timespec="seconds"),
                    expires,
                    digest,
                    len(data),
                    n,
                    epoch,
                    directory.settings,
                )
                conn.execute(
                    insert(DirectoryVersion).values(
                        version=version,
                        snapshot=data,
                        sha256=digest,
                        size=len(data),
                        issued_at=issued.isoformat(timespec="seconds"),
                        expires=expires,
                        manifest=manifest,
                        signature=base64.b64encode(key.sign(manifest)).decode("ascii"),
                        key_id=key_id,
                        public_key=base64.b64encode(raw_pub).decode("ascii"),
                        source=Path(path).name,
                    )
                )
        except IntegrityError:
            continue
        return Published(version, digest, len(data), key_id, expires, n, report, epoch)
    raise RuntimeError("could not allocate a directory version")
