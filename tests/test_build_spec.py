"""The frozen build's version resource follows the package version (built by build.spec)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from version_info import version_tuple  # noqa: E402

from melayani_desk import __version__  # noqa: E402


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("2.0rc1", (2, 0, 0, 0)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_version_tuple(text, numbers):
    assert version_tuple(text) == numbers


def test_version_resource_carries_the_package_version():
    # PyInstaller's version-resource classes import win32api: they exist on Windows only
    pytest.importorskip(
        "PyInstaller.utils.win32.versioninfo",
        reason="PyInstaller builds version resources on Windows only (docs/windows.md)",
    )
    from version_info import version_info

    info = version_info(__version__)
    text = str(info)
    assert f"filevers={version_tuple(__version__)}" in text
    assert f"'ProductVersion', '{__version__}'" in text
    assert "melayani-desk.exe" in text


def test_spec_is_one_folder_without_upx():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec
    assert "upx=True" not in spec and spec.count("upx=False") == 3
    assert "console=DEBUG" in spec and "MELAYANI_DEBUG_BUILD" in spec


def test_spec_builds_a_console_program_beside_the_window():
    # two EXEs over one COLLECT: the window, and the console program the window's sync starts
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert spec.count("EXE(") == 2 and "console=True" in spec
    assert "COLLECT(\n    exe,\n    exe_cli," in spec
    assert "from melayani_desk.sync.process import CLI_NAME" in spec
