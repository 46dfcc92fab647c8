"""Guard against the PySide6 6.12.0 bug that corrupts None's reference count on Python 3.11.

Every call of a void Qt method dropped one reference to None; a clerk's window makes
thousands of such calls, then the interpreter aborts.  This fails if the installed
binding has the bug, whatever its version.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_refcount(qapp):
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.scale(1, 1)
        label.setText("x")
    painter.end()
    # allow a little noise from unrelated objects, not one lost reference per call
    assert abs(sys.getrefcount(None) - before) < 50
