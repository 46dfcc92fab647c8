"""The directory folder keeps only the directory in use and the one before it (for
rollback): files of earlier directories and whatever a killed build left behind (its
file, its journal) go at the next install."""

from __future__ import annotations

from melayani_core.storage.directory_db import DirectoryStore
from melayani_desk.directory.local import current_file, install_sample


def test_install_clears_leftovers_of_killed_builds(tmp_path):
    first = current_file(tmp_path)
    folder = first.parent
    strays = [
        folder / ".building-dir-20260101-000000-deadbeef.sqlite",
        folder / ".building-dir-20260101-000000-deadbeef.sqlite-journal",
        folder / "dir-20260101-000000-cafebabe.sqlite",
        folder / "dir-20260101-000000-cafebabe.sqlite-journal",
    ]
    for stray in strays:
        stray.write_bytes(b"left by a power cut")
    second = install_sample(tmp_path)
    assert DirectoryStore(tmp_path).current() == second
    assert DirectoryStore(tmp_path).previous() == first
    expected = ["CURRENT", "PREVIOUS", first.name, second.name]
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)


def test_cleanup_without_a_directory_in_use_deletes_nothing(tmp_path):
    store = DirectoryStore(tmp_path)
    orphan = store.folder / "dir-20260101-000000-cafebabe.sqlite"
    orphan.write_bytes(b"maybe the only copy")
    store.cleanup()
    assert orphan.exists()
