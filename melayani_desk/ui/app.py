"""Start the window: one QApplication, Indonesian by default, one instance per data folder.

A second start with the same data folder finds the first through a QLocalServer named
after a hash of the folder, sends it "raise" and exits 0; the first brings its window
forward.  Clerks double-click the icon again when the window hides behind another.

Who is first is decided by a lock file (``.window.lock`` in the data folder), held for
the window's whole life: two starts a moment apart cannot both miss each other while
their windows are still being built, and only the holder may replace a stale socket.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from melayani_core.storage.filelock import FileLock
from melayani_desk import __version__
from melayani_desk import settings as settings_mod

RAISE = b"raise\n"
CONNECT_MS = 500
WINDOW_LOCK = ".window.lock"
FIND_S = 20.0  # how long a second start looks for the first window's socket
RETRY_S = 0.1
UI_SWITCH_INTERVAL_S = 0.001  # sys.setswitchinterval: see make_app


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


def claim_instance(data_dir: Path, find_s: float = FIND_S) -> FileLock | None:
    """The one-window guard: this data folder's window lock (keep it while the window is
    open), or None when another start holds it, after asking that window to come forward.

    The holder may still be building its window: keep asking until its socket answers
    (or the holder exits and the lock is free), for at most ``find_s`` seconds."""
    lock = FileLock(Path(data_dir) / WINDOW_LOCK)
    key = instance_key(data_dir)
    deadline = time.monotonic() + find_s
    while True:
        if lock.acquire():
            return lock
        if notify_running(key):
            return None
        if time.monotonic() >= deadline:
            return None  # a window holds the folder but does not answer: never a second
        time.sleep(RETRY_S)


def listen(key: str, on_raise: Callable[[], None], parent=None) -> QLocalServer | None:
    """Serve ``key``; call ``on_raise`` when another start asks.  None if it cannot listen.

    Only the holder of the window lock calls this, so a socket already there is stale."""
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
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("Melayani Desk")
    app.setOrganizationName("Pemkab Banyuwangi")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("melayani-desk")
    # the UI thread waits at most this long for the GIL a worker holds (searching, opening
    # the directory, making a slip): Python's 5 ms default, paid at each of a layout's
    # Python hooks, froze the first frame and keystrokes for tens of milliseconds
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    from melayani_desk.ui import i18n

    i18n.install(settings.language)
    set_font_size(settings.font_size)
    return app


def run_gui(data_dir: Path, argv: list[str] | None = None) -> int:
    """Open the main window for ``data_dir``; returns the exit status."""
    argv = list(argv or sys.argv[:1] or ["melayani-desk"])
    settings = settings_mod.load(data_dir)
    app = make_app(argv, settings)
    guard = claim_instance(data_dir)
    if guard is None:
        return 0
    try:
        from melayani_desk.ui.window.main_window import MainWindow

        windows: list[MainWindow] = []

        def bring_forward() -> None:
            for w in windows:
                w.bring_forward()

        # served before the window is built: a start meanwhile finds it (raised once built)
        server = listen(instance_key(data_dir), bring_forward)
        window = MainWindow(data_dir, settings, first_run=True)
        windows.append(window)
        window.resize(1280, 720)
        window.showMaximized()
        window.load_directory_when_painted()  # on the search worker, after the first frame
        status = app.exec()
        window.shutdown()
        if server is not None:
            server.close()
        return status
    finally:
        guard.release()
