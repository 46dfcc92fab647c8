"""Making a rename survive a power cut.

``os.replace`` changes a directory; the change reaches the disk only once that directory
is fsynced (POSIX; ext4 often does it sooner, other file systems and power cuts need not).
Until then a power cut may keep the old name, or keep a later rename and lose this one.
tests/test_powercut.py replays exactly that.  On Windows a folder cannot be opened for
fsync, so ``fsync_dir`` does nothing there (``MoveFileEx`` with ``MOVEFILE_WRITE_THROUGH``
would be the counterpart; not used yet).
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Flush the directory ``path`` (its entries: creates, renames, unlinks) to the disk."""
    if os.name == "posix":
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace(src: Path, dst: Path) -> None:
    """``os.replace(src, dst)``, on the disk when it returns (both in one folder)."""
    os.replace(src, dst)
    fsync_dir(Path(dst).parent)
