"""Download a directory snapshot with a hard byte cap, check it, unzip it with limits."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from melayani_core.search.lexicon import valid_name
from melayani_core.snapshot import LEXICON_PREFIX
from melayani_desk.sync.client import HubClient

MEMBERS = ("organizations.csv", "services.csv", "contacts.csv")
CHUNK = 1024 * 1024
MAX_LEXICON_FILES = 200


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
    if total != size:
        raise SnapshotRejected(f"ukuran snapshot {total} byte, manifest menyebut {size} byte")
    if digest.hexdigest() != sha256:
        raise SnapshotRejected("SHA-256 snapshot tidak cocok dengan manifest")


def unzip(archive: Path, folder: Path, limit: int) -> None:
    """Extract exactly the three CSV files and the lexicon files (``lexicon/<name>`` with a
    lexicon file's name, nothing else), each and together within ``limit`` bytes."""
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            names = [i.filename for i in infos]
            sheets = sorted(n for n in names if not n.startswith(LEXICON_PREFIX))
            lexicon = [n[len(LEXICON_PREFIX) :] for n in names if n.startswith(LEXICON_PREFIX)]
            if sheets != sorted(MEMBERS) or len(set(names)) != len(names):
                raise SnapshotRejected(
                    f"isi snapshot harus tepat {', '.join(MEMBERS)}; ditemukan: {names[:10]}"
                )
            bad = [n for n in lexicon if not valid_name(n)]
            if bad or len(lexicon) > MAX_LEXICON_FILES:
                raise SnapshotRejected(
                    f"berkas leksikon di snapshot tidak sah: {(bad or lexicon)[:5]}"
                )
            if sum(i.file_size for i in infos) > limit:
                raise SnapshotRejected("isi snapshot terlalu besar setelah dibuka")
            total = 0
            for info in infos:
                if info.flag_bits & 0x1:
                    raise SnapshotRejected("snapshot terenkripsi tidak diterima")
                target = folder / info.filename  # a checked name: no "..", no absolute path
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as out:
                    while chunk := src.read(CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise SnapshotRejected("isi snapshot terlalu besar setelah dibuka")
                        out.write(chunk)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        raise SnapshotRejected(f"snapshot bukan ZIP yang sah: {exc}") from None
