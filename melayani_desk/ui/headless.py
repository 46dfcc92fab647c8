"""A Qt application for work without a window (PDF slips from the command line)."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication


def gui_application(language: str) -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no display),
    with the translations for ``language`` installed."""
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else None
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    from melayani_desk.ui import i18n

    i18n.install(language)
    return app
