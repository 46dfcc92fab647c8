"""The desk keeps the directory it used before the last switch, and goes back to it in one
step (``DirectoryStore.rollback``, ``melayani-desk rollback``, the window's import
dialog); an import staged against one directory never replaces another one unseen."""

from __future__ import annotations

import hashlib

import pytest
from conftest_import_helpers import good_sheets, write_xlsx

from melayani_core.storage.directory_db import (
    DirectoryChanged,
    DirectoryReader,
    DirectoryStore,
    NoPreviousDirectory,
)
from melayani_desk.cli import main
from melayani_desk.directory.local import current_file, import_path
from melayani_desk.directory.staged import apply_import, stage_import


def state(data_dir):
    store = DirectoryStore(data_dir)
    current = store.current()
    listing = sorted(p.name for p in store.folder.iterdir())
    return current.name, hashlib.sha256(current.read_bytes()).hexdigest(), listing


def source_of(path):
    reader = DirectoryReader(path)
    try:
        return reader.meta["source"], reader.counts()
    finally:
        reader.close()


def test_rollback_goes_back_to_the_directory_before_the_import_and_forth_again(
    data_dir, tmp_path
):
    sample = current_file(data_dir)
    imported, _, _ = import_path(data_dir, write_xlsx(tmp_path / "resmi.xlsx", good_sheets()))
    store = DirectoryStore(data_dir)
    assert store.current() == imported and store.previous() == sample
    assert store.rollback() == sample
    assert store.current() == sample and store.previous() == imported
    assert source_of(store.current())[0].startswith("DATA CONTOH")
    assert store.rollback() == imported  # a second rollback undoes the first
    assert source_of(store.current()) == (
        "resmi.xlsx",
        {"organizations": 3, "services": 2, "contacts": 2},
    )


def test_without_a_previous_directory_rollback_changes_nothing(data_dir):
    current_file(data_dir)
    before = state(data_dir)
    with pytest.raises(NoPreviousDirectory):
        DirectoryStore(data_dir).rollback()
    assert state(data_dir) == before


def test_an_unreadable_previous_directory_is_refused_and_nothing_changes(data_dir, tmp_path):
    current_file(data_dir)
    import_path(data_dir, write_xlsx(tmp_path / "resmi.xlsx", good_sheets()))
    store = DirectoryStore(data_dir)
    store.previous().write_bytes(b"not a database any more")
    before = state(data_dir)
    with pytest.raises(NoPreviousDirectory, match="tidak dapat dibaca"):
        store.rollback()
    assert state(data_dir) == before


def test_an_import_staged_against_another_directory_is_refused_unbuilt(data_dir, tmp_path):
    current_file(data_dir)
    staged = stage_import(data_dir, write_xlsx(tmp_path / "resmi.xlsx", good_sheets()))
    sheets = good_sheets()
    sheets["services"][1][2] = "KTP-el hilang atau rusak"
    import_path(data_dir, write_xlsx(tmp_path / "lain.xlsx", sheets))  # e.g. another window
    before = state(data_dir)
    with pytest.raises(DirectoryChanged, match="impor lagi"):
        apply_import(data_dir, staged, same_base=True)
    assert state(data_dir) == before


def test_the_rollback_command(data_dir, tmp_path, capsys):
    assert main(["info"]) == 0  # the sample, on first use
    assert main(["rollback"]) != 0
    assert "Tidak ada direktori sebelumnya" in capsys.readouterr().err
    book = write_xlsx(tmp_path / "resmi.xlsx", good_sheets())
    assert main(["import", str(book)]) == 0
    capsys.readouterr()
    assert main(["rollback"]) == 0
    out = capsys.readouterr().out
    assert "Kembali ke direktori sebelumnya: DATA CONTOH" in out
    assert source_of(DirectoryStore(data_dir).current())[0].startswith("DATA CONTOH")
