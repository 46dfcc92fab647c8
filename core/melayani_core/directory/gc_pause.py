"""Pause the cyclic garbage collector while a directory is read or built."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_GC_LOCK = threading.Lock()
_gc_holds = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a directory is read or built.

    Reading 100,000 contacts makes about a million objects and no reference cycles; the
    collector's full passes over them cost seconds and, since it holds the GIL, froze
    the window's search thread for up to 2 s during a hub update.  Nested and
    thread-safe; the collector is back on (if it was) when the last one leaves.
    """
    global _gc_holds, _gc_was_enabled
    with _GC_LOCK:
        if _gc_holds == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holds += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_holds -= 1
            if _gc_holds == 0 and _gc_was_enabled:
                gc.enable()


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's sight (``gc.freeze``).

    Called once a directory is open and its search engine built: the engine's tables,
    vocabulary and the lexicon live as long as the directory is open, and every full
    collection used to walk them again (80-255 ms, the worst keystrokes at 100,000
    contacts, issue 14). Objects frozen earlier are let back first and what is garbage
    collected, so an engine that was replaced (a directory switch) does not stay frozen
    with its cycles. Frozen objects are still freed the ordinary way (reference counts).

    The first freeze of a process collects nothing first: a full collection there took
    about 90 ms at 100,000 contacts with the GIL held, the longest stall of the window's
    opening (issue 12, ``bench/ui_stall.py``); what it would have found is the start-up's
    few cycles.  A directory switch (an import or update, a few times a month) still pays
    it once."""
    if _gc_holds:
        return  # inside a build: the caller's pause ends with the collector as it was
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.freeze()
