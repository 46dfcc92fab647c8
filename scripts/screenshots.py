"""Render the window offscreen into docs/screenshots/ at 1366x768 (an old desk PC's screen).

    python scripts/screenshots.py [--data-dir DIR] [--font-size 12] [--language id]

Without --data-dir a temporary data folder gets the bundled sample directory.  Makes
main-search.png ("ktp ilang" typed, its details), browse.png, referral.png, history.png
(after logging three referrals given out three ways, one with an outcome) and the printed
slip as it comes out of the printer: slip-a5.png, slip-a6.png and slip-80mm.png, rendered
to PDF by the same code that prints and rasterised with ``pdftoppm -r 110``.  With --font-size N the
names get "-N" (the slips only at the default size).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from melayani_desk import settings as settings_mod  # noqa: E402

SIZE = (1366, 768)
QUERY = "ktp ilang"
DESK = {"desk_name": "Meja Layanan Desa Kemiren", "desa": "Kemiren", "kecamatan": "Glagah"}
SLIP_PAPERS = ("a5", "a6", "80mm")


def wait_until(predicate, timeout_s: float = 20.0) -> None:
    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget, out: Path, name: str) -> None:
    settle()
    path = out / name
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--font-size", type=int, default=0)
    ap.add_argument("--language", default="id")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="melayani-shots-"))
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"-{args.font_size}" if args.font_size else ""
    if args.language != "id":
        suffix += f"-{args.language}"

    from melayani_desk.ui.app import make_app
    from melayani_desk.ui.window.main_window import MainWindow

    settings = settings_mod.load(data_dir)
    settings.language = args.language
    for key, value in DESK.items():  # a desk that says who it is, as a real one would
        if not getattr(settings, key):
            setattr(settings, key, value)
    if args.font_size:
        settings.font_size = args.font_size
    make_app(sys.argv[:1], settings.validated())
    window = MainWindow(data_dir, settings)
    window.resize(*SIZE)
    window.show()
    window.load_directory()
    wait_until(lambda: window.search.engine_ready)
    wait_until(lambda: window.status.sync_status is not None)  # the first pass has answered
    QTest.keyClicks(window.search.search_box, QUERY)
    wait_until(lambda: window.search.model.query == QUERY)
    save(window, args.out, f"main-search{suffix}.png")

    window.show_browse()
    wait_until(lambda: window.browse.loaded)
    tree, model = window.browse.tree, window.browse.model
    for row in range(min(3, model.rowCount())):
        tree.expand(model.index(row, 0))
    first = model.index(0, 0)
    if model.rowCount(first):
        tree.setCurrentIndex(model.index(0, 0, first))
        wait_until(lambda: window.detail.result is not None)
    save(window, args.out, f"browse{suffix}.png")

    window.clear_search()
    QTest.keyClicks(window.search.search_box, QUERY)
    wait_until(lambda: window.search.model.query == QUERY)
    wait_until(lambda: window.log is not None)
    if (ROOT / "melayani_desk" / "ui" / "dialogs" / "referral_dialog.py").exists():
        from melayani_desk.ui.dialogs.referral_dialog import ReferralDialog

        result = window.detail.result
        dialog = ReferralDialog(
            window.log, window.reader, result, result.contacts[0], QUERY, window
        )
        dialog.show()
        save(dialog, args.out, f"referral{suffix}.png")
        dialog.reject()
    printed = log_examples(window)
    window.show_history()
    window.history.refresh()
    save(window, args.out, f"history{suffix}.png")
    if not args.font_size:
        slip_pngs(window, printed, args.out, suffix)
    window.shutdown()
    window.close()
    QTimer.singleShot(0, QApplication.quit)
    return 0


def log_examples(window):
    """Three referrals given out three ways (read out, printed, contacted by the clerk),
    the first with an outcome; returns the printed one.  Written directly: a script."""
    log, reader = window.log, window.reader
    made = []
    for query, channel, note in (
        ("ktp ilang", "read_out", ""),
        ("akta kelahiran", "printed", ""),
        ("bpjs kesehatan", "contacted_on_behalf", "Sudah ditelepon, diminta datang Senin"),
    ):
        from melayani_core.search.engine import SearchEngine

        result = SearchEngine(reader).search(query)[0]
        made.append(log.record_referral(
            reader=reader, service_id=result.service.service_id,
            contact_id=result.contacts[0].contact_id, channel=channel, need_text=query,
            note=note,
        ))
    log.record_outcome(made[0].uuid, "responded", "Warga sudah dilayani")
    window.status.update_texts()
    return made[1]


def slip_pngs(window, referral, out: Path, suffix: str) -> None:
    """The printed referral's slip as it prints: PDF through slip_render, then pdftoppm."""
    from melayani_desk.referrals.slip import slip_for_referral
    from melayani_desk.ui.dialogs.slip_render import write_pdf

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (poppler-utils): slip images skipped")
        return
    view = window.log.referral(referral.uuid)
    slip = slip_for_referral(
        view,
        service=window.reader.service(view.service_id),
        org=window.reader.organizations().get(view.org_id),
        desk_name=window.settings.desk_name,
        desk_area=window.slips.desk_area(),
    )
    with tempfile.TemporaryDirectory() as tmp:
        for paper in SLIP_PAPERS:
            pdf = Path(tmp) / f"slip-{paper}.pdf"
            write_pdf(str(pdf), slip, paper)
            stem = Path(tmp) / f"slip-{paper}"
            subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(stem)],
                           check=True)
            target = out / f"slip-{paper}{suffix}.png"
            shutil.copyfile(stem.with_suffix(".png"), target)
            print(target)


if __name__ == "__main__":
    raise SystemExit(main())
