"""Render the window for ten common needs at both desk screens and two font sizes.

    python scripts/layout_screenshots.py [--out docs/screenshots/layout] [--points 12 24]

Each need is typed into the search box of a window on the bundled sample directory, in
Indonesian, and the window is saved as ``<need>-<width>x<height>-<points>.png`` (the first
result chosen, as a clerk sees it after typing).  The images are reduced to 256 colours to
stay small.  Issue 12: the contact to call and the number must show without scrolling in
every one of them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from screenshots import DESK, settle, wait_until  # noqa: E402

from melayani_desk import settings as settings_mod  # noqa: E402

NEEDS = (
    "ktp ilang",
    "akta lahir",
    "bpjs",
    "jalan rusak",
    "kebakaran",
    "sertifikat tanah",
    "izin usaha",
    "beasiswa",
    "air pdam",
    "nikah",
)
SCREENS = ((1366, 768), (1024, 768))


def file_name(need: str, size: tuple[int, int], points: int) -> str:
    return f"{need.replace(' ', '-')}-{size[0]}x{size[1]}-{points}.png"


def save_small(widget, path: Path) -> None:
    """The widget as a 256-colour PNG (a screenshot of text needs no more)."""
    settle()
    image = widget.grab().toImage().convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    image.save(str(path), "PNG", 9)
    print(path)


def shoot(data_dir: Path, out: Path, points: int) -> None:
    from melayani_desk.ui.app import make_app
    from melayani_desk.ui.window.main_window import MainWindow

    settings = settings_mod.load(data_dir)
    settings.language = "id"
    settings.font_size = points
    for key, value in DESK.items():
        setattr(settings, key, getattr(settings, key) or value)
    make_app(sys.argv[:1], settings.validated())
    window = MainWindow(data_dir, settings)
    window.resize(*SCREENS[0])
    window.show()
    window.load_directory()
    wait_until(lambda: window.search.engine_ready)
    wait_until(lambda: window.status.sync_status is not None)  # the status bar has said its say
    try:
        for size in SCREENS:
            window.resize(*size)
            for need in NEEDS:
                window.search.search_box.selectAll()
                QTest.keyClicks(window.search.search_box, need)
                wait_until(lambda n=need: window.search.model.query == n)
                save_small(window, out / file_name(need, size, points))
    finally:
        window.shutdown()
        window.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "layout")
    ap.add_argument("--points", type=int, nargs="+", default=[12, 24])
    args = ap.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="melayani-layout-"))
    args.out.mkdir(parents=True, exist_ok=True)
    for points in args.points:
        shoot(data_dir, args.out, points)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
