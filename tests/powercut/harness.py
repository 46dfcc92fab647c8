"""Build the recorder (shim.c) and run processes under it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SHIM = Path(__file__).with_name("shim.c")


def compiler() -> str | None:
    return os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")


def build(dest: Path) -> Path:
    """Compile shim.c into ``dest``/powercut.so with the machine's C compiler."""
    cc = compiler()
    assert cc, "no C compiler"
    out = dest / "powercut.so"
    subprocess.run(
        [cc, "-shared", "-fPIC", "-O2", "-Wall", "-Werror", "-o", str(out), str(SHIM), "-ldl"],
        check=True,
        capture_output=True,
    )
    return out


def recorded_env(shim: Path, root: Path, log: Path) -> dict[str, str]:
    """The environment of a process whose changes under ``root`` go to ``log``; its
    stdout (fd 1) lines are recorded as markers in the same order."""
    tests = str(Path(__file__).resolve().parent.parent)
    return {
        **os.environ,
        "LD_PRELOAD": str(shim),
        "POWERCUT_ROOT": str(Path(root).resolve()),
        "POWERCUT_LOG": str(log),
        "POWERCUT_MARK_FD": "1",
        "PYTHONPATH": os.pathsep.join([tests, *sys.path]),
    }


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )


def finish(proc: subprocess.Popen, timeout: float = 300) -> str:
    """Wait for a recorded process to end by itself; its stdout. Fails on an error."""
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"recorded process failed ({proc.args}):\n{err.decode()}"
    return out.decode()
