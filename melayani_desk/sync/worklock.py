"""One directory update per data folder at a time, across processes (window and CLI).

Holding the lock also makes it safe to clear work folders left by an update that was
killed (power cut): nobody else can be using them.  The install itself also takes the
directory's own write lock (``DirectoryStore.writing``), which every writer shares.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from melayani_core.storage import filelock
from melayani_core.storage.filelock import Busy

LOCK_FILE = ".update.lock"

__all__ = ["LOCK_FILE", "Busy", "exclusive"]


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold ``folder/.update.lock``; raises Busy at once if another process holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    with filelock.exclusive(folder / LOCK_FILE):
        yield
