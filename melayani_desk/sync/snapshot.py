"""Download a directory snapshot with a hard byte cap, check it, unzip it with limits."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from melayani_desk.sync.client import HubClient

MEMBERS = ("organizations.csv", "services.csv", "contacts.csv")
CHUNK = 1024 * 1024


class SnapshotRejected(Exception):
    """The snapshot is not the one the manifest names, or is unsafe to unpack."""


class SnapshotUnavailable(Exception):
    """The snapshot could not be fetched now (try again later)."""


def download(client: HubClient, path: str, size: int, sha256: str, dest: Path) -> None:
    """Fetch ``path`` into ``dest``: no more than ``size`` bytes, then size and hash checked."""
    digest = hashlib.sha256()
    total = 0
    with client.stream(path) as response:
        if response.status_code != 200:
            raise SnapshotUnavailable(f"hub menjawab HTTP {response.status_code} untuk snapshot")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > size:
            raise SnapshotRejected(
                f"snapshot lebih besar ({declared} byte) dari ukuran di manifest ({size} byte)"
            )
        with open(dest, "wb") as out:
            for chunk in response.iter_raw(CHUNK):
                total += len(chunk)
                if total > size:
                    raise SnapshotRejected(
                        f"snapshot melebihi ukuran di manifest ({size} byte); unduhan dihentikan"
                    )
                digest.update(chunk)
                out.write(chunk)
                client.check_deadline()
    if total != size:
        raise SnapshotRejected(f"ukuran snapshot {total} byte, manifest menyebut {size} byte")
    if digest.hexdigest() != sha256:
        raise SnapshotRejected("SHA-256 snapshot tidak cocok dengan manifest")


def unzip(archive: Path, folder: Path, limit: int) -> None:
    """Extract exactly the three CSV files, each and together within ``limit`` bytes."""
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            names = [i.filename for i in infos]
            if sorted(names) != sorted(MEMBERS):
                raise SnapshotRejected(
                    f"isi snapshot harus tepat {', '.join(MEMBERS)}; ditemukan: {names[:10]}"
                )
            if sum(i.file_size for i in infos) > limit:
                raise SnapshotRejected("isi snapshot terlalu besar setelah dibuka")
            total = 0
            for info in infos:
                if info.flag_bits & 0x1:
                    raise SnapshotRejected("snapshot terenkripsi tidak diterima")
                with zf.open(info) as src, open(folder / info.filename, "wb") as out:
                    while chunk := src.read(CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise SnapshotRejected("isi snapshot terlalu besar setelah dibuka")
                        out.write(chunk)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        raise SnapshotRejected(f"snapshot bukan ZIP yang sah: {exc}") from None
