"""``melayani-desk --smoke-test``: start the real window, search once, report, exit.

Used after a build (the frozen program must start before it ships) and by
bench/startup.py.  Prints ONE JSON line: {"ok": true, "stages_ms": {...}, "results": N,
"top_service_id": "...", "rss_mb": ...}; on failure {"ok": false, "error": "..."} and a
non-zero exit status.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

QUERY = "ktp hilang"
TIMEOUT_MS = 30_000


def _ensure_platform() -> None:
    """Honour QT_QPA_PLATFORM; without a display on Linux, render offscreen."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux, macOS, Windows)."""
    if os.name == "nt":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
                (name, ctypes.c_size_t)
                for name in (
                    "PeakWorkingSetSize",
                    "WorkingSetSize",
                    "QuotaPeakPagedPoolUsage",
                    "QuotaPagedPoolUsage",
                    "QuotaPeakNonPagedPoolUsage",
                    "QuotaNonPagedPoolUsage",
                    "PagefileUsage",
                    "PeakPagefileUsage",
                )
            ]

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        windll = ctypes.windll  # type: ignore[attr-defined]  # Windows only
        handle = windll.kernel32.GetCurrentProcess()
        windll.psapi.GetProcessMemoryInfo(handle, ctypes.byref(counters), counters.cb)
        return round(counters.PeakWorkingSetSize / 2**20, 1)
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


def run(data_dir: Path) -> int:
    t0 = time.perf_counter()
    stages: dict[str, float] = {}
    mark = t0

    def stage(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        stages[name] = round((now - mark) * 1000, 1)
        mark = now

    window = None
    try:
        _ensure_platform()
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtTest import QTest

        stage("import_qt")
        from melayani_desk import settings as settings_mod
        from melayani_desk.ui.app import make_app

        settings = settings_mod.load(data_dir)
        app = make_app(sys.argv[:1] or ["melayani-desk"], settings)
        stage("app")
        from melayani_desk.ui.window.main_window import MainWindow

        window = MainWindow(data_dir, settings)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        stage("window")
        outcome: dict = {}
        loop = QEventLoop()

        def failed(message: str) -> None:
            outcome.setdefault("error", message)
            loop.quit()

        window.directory_loaded.connect(loop.quit)
        window.load_directory()
        window.search.client.failed.connect(failed)
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        if not window.search.engine_ready:
            loop.exec()
        if not window.search.engine_ready:
            raise RuntimeError(outcome.get("error") or "the directory did not open")
        stage("directory")

        def shown(query: str, count: int) -> None:
            if query == QUERY:
                outcome["count"] = count
                loop.quit()

        window.results_shown.connect(shown)
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        window.search.search_box.setFocus()
        QTest.keyClicks(window.search.search_box, QUERY)
        if "count" not in outcome and "error" not in outcome:
            loop.exec()
        stage("first_search")
        if "count" not in outcome:
            raise RuntimeError(outcome.get("error") or f"no results within {TIMEOUT_MS} ms")
        top = window.search.model.result(0)
        stages["total"] = round((time.perf_counter() - t0) * 1000, 1)
        report = {
            "ok": True,
            "stages_ms": stages,
            "results": outcome["count"],
            "top_service_id": top.service.service_id if top else None,
            "sample": window.sample,
            "rss_mb": peak_rss_mb(),
        }
        status = 0 if outcome["count"] else 1
        if not outcome["count"]:
            report["ok"] = False
            report["error"] = f"no results for {QUERY!r}"
    except Exception as exc:  # noqa: BLE001 - the smoke test reports every failure
        report = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "stages_ms": stages}
        status = 1
    finally:
        if window is not None:
            window.shutdown()
            window.close()
    sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return status
