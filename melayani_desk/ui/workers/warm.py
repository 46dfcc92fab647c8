"""Import what a later key press needs, off the UI thread, once the window is usable.

The slip dialog's modules (the renderer, the QR encoder) take about 100 ms to import: paid
on the UI thread at the first Ctrl+P, it was the longest stall of a clerk's day (issue 12,
``bench/ui_stall.py``).  Importing is thread-safe in Python; the modules only define
classes, so nothing Qt is created on the thread.
"""

from __future__ import annotations

import importlib
import threading

SLIP_MODULES = ("melayani_desk.ui.dialogs.slip_dialog", "melayani_desk.ui.dialogs.slip_render")
_started: set[str] = set()


def warm_imports(names: tuple[str, ...] = SLIP_MODULES) -> threading.Thread | None:
    """Import ``names`` on a daemon thread (once per process); the thread, or None when
    every name was already asked for."""
    todo = tuple(n for n in names if n not in _started)
    if not todo:
        return None
    _started.update(todo)

    def run() -> None:
        for name in todo:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the UI thread imports it again and reports
                _started.discard(name)

    thread = threading.Thread(target=run, name="melayani-warm-imports", daemon=True)
    thread.start()
    return thread
