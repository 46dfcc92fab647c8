"""The README's fresh-machine instructions stay what CI (.ci/run) proves: its test command
verbatim, every system package it names installed before the run, and the two commands
first (one install+start, one install+test)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


def apt_packages(command: str) -> set[str]:
    words = command.replace("\\\n", " ").split()
    return {w for w in words[words.index("install") + 1 :] if not w.startswith("-")}


def test_the_two_commands_come_first_and_ci_runs_the_test_one_verbatim():
    start, test = blocks(README[README.index("## Start here") :], "sh")[:2]
    assert start.strip().endswith(".venv/bin/melayani-desk") and "pytest" not in start
    assert test.strip().endswith(".venv/bin/python -m pytest")
    assert test.strip() in CI


def test_ci_installs_every_system_package_the_readme_names():
    section = README[README.index("### System packages") : README.index("### Windows")]
    named = apt_packages(blocks(section, "sh")[0])
    named |= apt_packages(re.search(r"`(sudo apt-get install -y [^`]*)`", section).group(1))
    loop = re.search(r"for pkg in (.*?); do", CI, flags=re.S).group(1)
    installed = set(loop.replace("\\\n", " ").split())
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "python3-venv"} <= named
    assert named <= installed, named - installed


def test_the_windows_lines_work_in_powershell_and_cmd():
    section = README[README.index("### Windows") :]
    for block in blocks(section, "bat")[:2]:
        for line in block.strip().splitlines():
            # no && (Windows PowerShell 5.1), no / paths, no single quotes (cmd)
            assert "&&" not in line and "'" not in line and "/" not in line, line
