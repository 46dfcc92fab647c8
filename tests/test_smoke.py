"""The real program, started as a subprocess: --smoke-test opens the window and searches."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    env.pop("MELAYANI_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "melayani_desk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_smoke_test_prints_one_json_line_and_exits_0(tmp_path, sample_dir):
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    done = run(["--data-dir", str(folder), "--smoke-test"])
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["ok"] is True
    assert report["results"] > 0
    assert report["top_service_id"].startswith("dukcapil-")
    assert set(report["stages_ms"]) == {"import_qt", "app", "window", "directory",
                                        "first_search", "total"}
    assert report["rss_mb"] > 0


def test_smoke_test_fails_loudly_on_a_broken_directory(tmp_path):
    folder = tmp_path / "desk"
    (folder / "directory").mkdir(parents=True)
    (folder / "directory" / "CURRENT").write_text("missing.sqlite\n", encoding="utf-8")
    done = run(["--data-dir", str(folder), "--smoke-test"])
    assert done.returncode != 0
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] is False and report["error"]


def test_command_line_sub_commands_never_import_qt():
    code = ("import sys, melayani_desk.cli as c; c._parser(); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
