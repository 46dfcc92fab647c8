"""Download a directory snapshot with a hard byte cap, check it, unzip it with limits."""

from __future__ import annotations

import hashlib
import itertools
import zipfile
from pathlib import Path

from melayani_core.progress import Progress, silent
from melayani_core.search.lexicon import valid_name
from melayani_core.snapshot import LEXICON_PREFIX
from melayani_desk.sync.client import PORTAL, HubClient, looks_like_html

MEMBERS = ("organizations.csv", "services.csv", "contacts.csv")
CHUNK = 1024 * 1024
MAX_LEXICON_FILES = 200


class SnapshotRejected(Exception):
    """The snapshot is not the one the manifest names, or is unsafe to unpack."""


class SnapshotUnavailable(Exception):
    """The snapshot could not be fetched now (try again later)."""


ZIP_MAGIC = b"PK\x03\x04"


def _intercepted(status: int, content_type: str, first: bytes) -> str:
    """Why an answer for the snapshot is the network's, not the hub's ("" = it may be the
    hub's): a redirect or an HTML page (a captive portal, a login or block page) instead
    of a ZIP. Never installed either way; this only decides the words and the retry."""
    if 300 <= status < 400:
        return f"unduhan direktori dialihkan oleh jaringan: {PORTAL} (HTTP {status})"
    if status == 407:
        return "unduhan direktori meminta login proxy (HTTP 407); hubungi petugas jaringan"
    if status >= 500:
        return f"hub atau jaringan sedang gangguan saat mengunduh direktori (HTTP {status})"
    if "html" in content_type.lower() or looks_like_html(first):
        return f"unduhan direktori dicegat jaringan, bukan dari hub: {PORTAL}"
    return ""


def download(
    client: HubClient, path: str, size: int, sha256: str, dest: Path, progress: Progress = silent
) -> None:
    """Fetch ``path`` into ``dest``: no more than ``size`` bytes, then size and hash checked."""
    digest = hashlib.sha256()
    total = 0
    with client.stream(path) as response:
        chunks = response.iter_raw(CHUNK)
        first = next(chunks, b"")
        ctype = response.headers.get("Content-Type", "")
        if not first.startswith(ZIP_MAGIC):
            why = _intercepted(response.status_code, ctype, first)
            if why:
                raise SnapshotUnavailable(why)
        if response.status_code != 200:
            raise SnapshotUnavailable(f"hub menjawab HTTP {response.status_code} untuk snapshot")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > size:
            raise SnapshotRejected(
                f"snapshot lebih besar ({declared} byte) dari ukuran di manifest ({size} byte)"
            )
        with open(dest, "wb") as out:
            for chunk in itertools.chain([first], chunks):
                total += len(chunk)
                if total > size:
                    raise SnapshotRejected(
                        f"snapshot melebihi ukuran di manifest ({size} byte); unduhan dihentikan"
                    )
                digest.update(chunk)
                out.write(chunk)
                progress("Mengunduh direktori dari hub…", total, size)
                client.check_deadline()
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
