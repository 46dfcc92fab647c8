"""Start the window: one QApplication, Indonesian by default, one instance per data folder.

A second start with the same data folder finds the first through a QLocalServer named
after a hash of the folder, sends it "raise" and exits 0; the first brings its window
forward.  Clerks double-click the icon again when the window hides behind another.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from melayani_desk import __version__
from melayani_desk import settings as settings_mod

RAISE = b"raise\n"
CONNECT_MS = 500


def instance_key(data_dir: Path) -> str:
    """The local-server name for this data folder (one window per desk database)."""
    path = str(Path(data_dir).resolve())
    if os.name == "nt":
        path = path.lower()
    return "melayani-desk-" + hashlib.sha256(path.encode("utf-8")).hexdigest()[:20]


def notify_running(key: str, timeout_ms: int = CONNECT_MS) -> bool:
    """Ask a running instance to come forward; True if one answered."""
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(QByteArray(RAISE))
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return True


def listen(key: str, on_raise: Callable[[], None], parent=None) -> QLocalServer | None:
    """Serve ``key``; call ``on_raise`` when another start asks.  None if it cannot listen."""
    server = QLocalServer(parent)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(key):
        QLocalServer.removeServer(key)  # a stale socket left by a crash (Unix)
        if not server.listen(key):
            return None

    def accept() -> None:
        while server.hasPendingConnections():
            conn = server.nextPendingConnection()

            def read(c=conn) -> None:
                if bytes(c.readAll().data()).strip() == RAISE.strip():
                    on_raise()
                c.disconnectFromServer()

            conn.readyRead.connect(read)
            conn.disconnected.connect(conn.deleteLater)

    server.newConnection.connect(accept)
    return server


def set_font_size(points: int) -> None:
    """Scale the whole window: every widget without its own font follows the app font."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(float(points))
    QApplication.setFont(font)


def make_app(argv: list[str], settings: settings_mod.Settings) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Melayani Desk")
    app.setOrganizationName("Pemkab Banyuwangi")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("melayani-desk")
    from melayani_desk.ui import i18n

    i18n.install(settings.language)
    set_font_size(settings.font_size)
    return app


def run_gui(data_dir: Path, argv: list[str] | None = None) -> int:
    """Open the main window for ``data_dir``; returns the exit status."""
    argv = list(argv or sys.argv[:1] or ["melayani-desk"])
    settings = settings_mod.load(data_dir)
    app = make_app(argv, settings)
    key = instance_key(data_dir)
    if notify_running(key):
        return 0
    from melayani_desk.ui.main_window import MainWindow

    window = MainWindow(data_dir, settings)
    server = listen(key, window.bring_forward, window)
    window.resize(1280, 720)
    window.showMaximized()
    window.load_directory()  # on the search worker: the window paints and takes typing meanwhile
    status = app.exec()
    window.shutdown()
    if server is not None:
        server.close()
    return status
