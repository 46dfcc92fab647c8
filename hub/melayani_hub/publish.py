"""Publish a directory version: validate like a desk import, build the snapshot ZIP, sign
the manifest with the publisher's key (given as a file, never stored), store version N+1."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from melayani_core.directory.formats import carried_lexicon, read_directory
from melayani_core.directory.model import ImportFailed, ImportReport
from melayani_core.search.knowledge import LEARNED
from melayani_core.snapshot import counts, write_snapshot
from melayani_hub import signing
from melayani_hub.db import write
from melayani_hub.models import DirectoryVersion

FORMAT = "melayani-directory/1"


@dataclass
class Published:
    version: int
    sha256: str
    size: int
    key_id: str
    expires: str
    counts: dict[str, int]
    report: ImportReport


def manifest_bytes(version: int, issued: str, expires: str, digest: str, size: int,
                   n: dict[str, int]) -> bytes:  # fmt: skip
    doc = {
        "format": FORMAT,
        "version": version,
        "issued_at": issued,
        "expires": expires,
        "sha256": digest,
        "size": size,
        "snapshot": f"/api/v1/directory/snapshots/{version}",
        "counts": n,
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")


def published_lexicon(engine: Engine, carried: dict[str, str]) -> dict[str, str]:
    """The lexicon a published version carries: the hub program's bundled files under the
    regency's (``carried``), with ``learned.tsv`` extended by what the desks taught."""
    from melayani_core.search.lexicon import bundled_files
    from melayani_hub.learning import learned_tsv, lessons

    files = {**bundled_files(), **carried}
    files[LEARNED] = learned_tsv(lessons(engine), files.get(LEARNED, ""))
    return files


def publish(
    engine: Engine,
    path: Path,
    key_path: Path,
    expires_days: float = 30,
    lexicon: Path | None = None,
) -> Published:
    """Raises ImportFailed (bad data) or signing.SigningKeyError; stores nothing then.

    ``lexicon``: the regency's lexicon folder (files replacing the bundled ones of the same
    name, or new ones such as ``concepts/banyuwangi.txt``); it travels in the snapshot."""
    key = signing.load_private(key_path)  # before any work: a wrong key fails fast
    directory, report = read_directory(path)
    own, regency = dict(directory.lexicon), {}
    if lexicon is not None:  # bundled < the regency's folder < what the import carries
        if not Path(lexicon).is_dir():
            report.error("lexicon", 0, "", f"Folder leksikon tidak ditemukan: {lexicon}")
            raise ImportFailed(report)
        carried_lexicon(Path(lexicon), directory, report)
        regency = directory.lexicon
    directory.lexicon = published_lexicon(engine, {**regency, **own})
    data = write_snapshot(directory)
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
                manifest = manifest_bytes(
                    version, issued.isoformat(timespec="seconds"), expires, digest, len(data), n
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
        return Published(version, digest, len(data), key_id, expires, n, report)
    raise RuntimeError("could not allocate a directory version")
