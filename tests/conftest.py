"""Shared fixtures: a fresh data directory per test, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MELAYANI_DATA_DIR", None)

import pytest  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """An empty data directory, also set in the environment so every command uses it."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("MELAYANI_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory):
    """A data directory holding the bundled sample directory, built once per session.

    Tests must not write into it; copy it (``shutil.copytree``) to change it.
    """
    from melayani_desk.directory.local import current_file

    folder = tmp_path_factory.mktemp("sample-data")
    current_file(folder)
    return folder
