"""A full disk, recognised wherever it surfaces, and said in plain Indonesian.

A full disk reaches the program as ``OSError`` ENOSPC (Python's own file writes; on
Windows ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL), as SQLite's SQLITE_FULL ("database or
disk is full", from sqlite3 or wrapped by SQLAlchemy), or wrapped again by our own errors
(``raise ... from exc``). ``is_disk_full`` follows the chain; ``message`` says what did
not happen and what to do. Every writer here is transactional or writes aside and
renames, so a full disk loses nothing that was saved before.
"""

from __future__ import annotations

import errno
import sqlite3

ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
WINERRORS = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
SQLITE_FULL = 13
WHAT_TO_DO = (
    "Kosongkan ruang disk (hapus berkas yang tidak perlu, kosongkan Recycle Bin), lalu coba lagi."
)


def is_disk_full(exc: BaseException | None) -> bool:
    """True when ``exc`` (or anything it was raised from) is a full disk."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and (
            exc.errno in ERRNOS or getattr(exc, "winerror", None) in WINERRORS
        ):
            return True
        if isinstance(exc, sqlite3.Error) and (
            getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(exc)
        ):
            return True
        orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError holds the driver's error
        exc = orig if isinstance(orig, BaseException) else (exc.__cause__ or exc.__context__)
    return False


def message(what: str) -> str:
    """ "Disk penuh: <what>. <what to do>" """
    return f"Disk penuh: {what}. {WHAT_TO_DO}"


# what a full disk means, per command (what did not happen, and that nothing was lost)
COMMAND_EFFECT = {
    "refer": "rujukan TIDAK dicatat (rujukan yang sudah tercatat tetap aman)",
    "outcome": "hasil rujukan TIDAK dicatat (yang sudah tercatat tetap aman)",
    "import": "impor DIBATALKAN; direktori lama tetap dipakai, tidak ada yang berubah",
    "export": "ekspor DIBATALKAN; tidak ada berkas setengah jadi yang ditinggalkan",
    "sync": (
        "sinkronisasi berhenti; semua rujukan tetap tersimpan di meja ini dan dikirim "
        "pada sinkronisasi berikutnya"
    ),
    "template": "templat TIDAK ditulis",
    "slip": "slip TIDAK dibuat",
}


def command_message(command: str | None) -> str:
    return message(COMMAND_EFFECT.get(command or "", "perintah tidak selesai"))
