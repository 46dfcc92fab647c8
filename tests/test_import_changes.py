"""Before an import replaces the directory in use, it says what changes, by name: the
agencies, services and contacts added, removed and changed (``stage_import``)."""

from __future__ import annotations

from conftest_import_helpers import good_sheets, set_cell, write_xlsx

from melayani_core.directory.changes import compare
from melayani_core.directory.formats import read_any
from melayani_desk.directory.local import import_path
from melayani_desk.directory.staged import stage_import


def test_the_summary_names_what_is_added_removed_and_changed(data_dir, tmp_path):
    import_path(data_dir, write_xlsx(tmp_path / "v1.xlsx", good_sheets()))
    sheets = good_sheets()
    set_cell(sheets, "contacts", 2, "whatsapp", "0812-3456-9999")  # Budi's number
    set_cell(sheets, "contacts", 2, "service_ids", "ktp-hilang")
    del sheets["contacts"][2]  # Sari gone
    sheets["contacts"].append(
        ["c3", "kec-giri", "Wati", "Staf", "frontdesk", "081300002222", "", "", "", "", "", "",
         ""]
    )  # fmt: skip
    del sheets["services"][2]  # the village letter gone
    staged = stage_import(data_dir, write_xlsx(tmp_path / "v2.xlsx", sheets))
    changes = staged.changes
    assert changes.contacts.added == ["Wati — Staf (Kec. Giri)"]
    assert changes.contacts.removed == ["Sari — Kasi Pelayanan (Desa Aman)"]
    assert changes.contacts.changed == [
        "Budi — Kepala Seksi (Dispendukcapil): whatsapp, service_ids"
    ]
    assert changes.services.removed == ["Surat keterangan tidak mampu (Desa Aman)"]
    assert (changes.services.n_added, changes.services.n_changed) == (0, 0)
    assert changes.organizations.total == 0
    assert staged.base_source == "v1.xlsx"


def test_the_same_file_again_changes_nothing(data_dir, tmp_path):
    book = write_xlsx(tmp_path / "v1.xlsx", good_sheets())
    import_path(data_dir, book)
    assert stage_import(data_dir, book).changes.empty


def test_only_the_first_names_are_kept_and_the_counts_are_whole(tmp_path):
    sheets = good_sheets()
    for n in range(120):
        sheets["contacts"].append(
            [f"x{n}", "dukcapil", f"Petugas {n:03d}", "Staf", "", "081300001111", "", "", "",
             "", "", "", ""]
        )  # fmt: skip
    new, _ = read_any(write_xlsx(tmp_path / "besar.xlsx", sheets))
    changes = compare(None, new)
    assert changes.contacts.n_added == 122 and len(changes.contacts.added) == 50
    assert changes.contacts.added[0] == "Budi — Kepala Seksi (Dispendukcapil)"
