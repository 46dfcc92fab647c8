"""Render the import dialog offscreen into docs/screenshots/, in Indonesian.

    python scripts/import_screenshots.py [--out DIR]

import-summary.png: a workbook that changes contacts and drops the 112 entry, read against
a real directory in use (the summary by name, the loss that needs confirming);
import-errors.png: a workbook with bad cells (the error table, one row selected).
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
sys.path.insert(0, str(ROOT / "tests"))

from conftest_import_helpers import good_sheets, set_cell, write_xlsx  # noqa: E402
from screenshots import save, wait_until  # noqa: E402

from melayani_desk import settings as settings_mod  # noqa: E402


def emergency_sheets() -> dict:
    sheets = good_sheets()
    sheets["organizations"].append(
        ["respon", "Banyuwangi Respon 112", "112", "emergency", "", "", "112", "", "", "", "24 jam",
         "", "", "", ""]
    )  # fmt: skip
    sheets["services"].append(
        ["darurat", "respon", "Panggilan darurat 112", "Darurat", "", "", "", "Gratis", "",
         "regency", "", "", "", ""]
    )  # fmt: skip
    return sheets


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from melayani_desk.directory.local import current_file, import_path
    from melayani_desk.ui.app import make_app
    from melayani_desk.ui.dialogs.import_dialog import ImportDialog

    work = Path(tempfile.mkdtemp(prefix="melayani-import-shots-"))
    data = work / "data"
    make_app(sys.argv[:1], settings_mod.Settings(language="id").validated())
    current_file(data)
    import_path(data, write_xlsx(work / "direktori-2026-11.xlsx", emergency_sheets()))

    sheets = good_sheets()  # no 112 any more, a number changed, a contact added
    set_cell(sheets, "contacts", 2, "whatsapp", "0812-3456-9999")
    sheets["contacts"].append(
        ["c3", "kec-giri", "Wati Rahayu", "Staf Pelayanan", "frontdesk", "081300002222", "",
         "", "", "", "", "", ""]
    )  # fmt: skip
    dialog = ImportDialog(data)
    dialog.show()
    dialog.start(write_xlsx(work / "direktori-2026-12.xlsx", sheets))
    wait_until(lambda: dialog.staged is not None)
    save(dialog, args.out, "import-summary.png")

    bad = good_sheets()
    set_cell(bad, "contacts", 3, "phone", "0812-12")
    set_cell(bad, "services", 2, "authority", "kerajaan")
    set_cell(bad, "contacts", 2, "org_id", "dinas-tidak-ada")
    dialog.start(write_xlsx(work / "direktori-rusak.xlsx", bad))
    wait_until(lambda: not dialog.busy and bool(dialog.outcome.text()))
    dialog.problems.selectRow(0)
    save(dialog, args.out, "import-errors.png")
    dialog.reject()
    from melayani_desk.ui.workers.tasks import wait_for_tasks

    wait_for_tasks()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
