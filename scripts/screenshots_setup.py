"""Render the set-up dialogs offscreen, in Indonesian, into docs/screenshots/.

    python scripts/screenshots_setup.py [--out DIR]

first-run.png: the first-run dialog of a fresh desk (the bundled sample directory);
settings-error.png: the settings dialog after "Daftarkan" with a plain http:// hub address
on another computer, and a kecamatan typed as clerks do ("Kec. Licin").
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

from screenshots import save, wait_until  # noqa: E402  (scripts/screenshots.py)

from melayani_desk import settings as settings_mod  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="melayani-setup-shots-"))

    from melayani_desk.directory.local import current_file
    from melayani_desk.referrals.log import ReferralLog
    from melayani_desk.ui.app import make_app
    from melayani_desk.ui.dialogs.first_run import FirstRunDialog
    from melayani_desk.ui.dialogs.settings_dialog import SettingsDialog
    from melayani_desk.ui.workers.tasks import wait_for_tasks

    current_file(data_dir)  # the bundled sample, as on a fresh install
    settings = settings_mod.load(data_dir)
    make_app(sys.argv[:1], settings)
    log = ReferralLog(data_dir)
    try:
        first = FirstRunDialog(data_dir, settings, log=log)
        first.show()
        wait_until(lambda: first.places is not None and first.hub.state.text() != "")
        save(first, args.out, "first-run.png")
        first.reject()

        dialog = SettingsDialog(data_dir, settings, log=log)
        dialog.show()
        wait_until(lambda: dialog.places is not None)
        dialog.desk_name.setText("Meja Layanan Kecamatan Licin")
        dialog.kecamatan.setEditText("Kec. Licin")
        dialog.hub.hub.setText("http://hub.banyuwangikab.go.id")
        dialog.hub.code.setText("QXKM-4TJA-R7PD-WLNE")
        dialog.hub.fingerprint.setText("3f2a 9c41 07be 55d0 c2e8 1a6f 9b34 d7e0")
        dialog.hub.start()
        wait_until(lambda: dialog.hub.error.isVisible())
        save(dialog, args.out, "settings-error.png")
        dialog.reject()
    finally:
        wait_for_tasks()
        log.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
