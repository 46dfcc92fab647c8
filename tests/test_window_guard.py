"""One window per data folder, across real processes started a moment apart.

The guard is a lock file held for the window's lifetime (the operating system drops it
when the process dies); only its holder serves the "raise" socket, so a second start can
neither miss a window that is still being built nor take the socket away from it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
START_S = 60  # an upper bound for a start on a slow machine; never waited for in passing

CLAIM = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    app = QCoreApplication([])
    from melayani_desk.ui.app import claim_instance, instance_key, listen
    data = Path(sys.argv[1])
    guard = claim_instance(data)
    if guard is None:
        print("second", flush=True)
        sys.exit(0)
    print("first", flush=True)
    def raised():
        print("raised", flush=True)
        app.quit()
    server = listen(instance_key(data), raised)
    QTimer.singleShot(int(sys.argv[2]), app.quit)
    sys.exit(app.exec())
    """
)


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("MELAYANI_DATA_DIR", None)
    return env


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("apart_s", [0.0, 0.05, 0.1])
def test_the_guard_gives_one_holder_to_two_processes_started_together(tmp_path, apart_s):
    data = tmp_path / "data"
    data.mkdir()
    a = _start(["-c", CLAIM, str(data), str(START_S * 1000)])
    time.sleep(apart_s)  # the scenario: a double click, a second start a moment later
    b = _start(["-c", CLAIM, str(data), str(START_S * 1000)])
    outs = []
    for proc in (a, b):
        out, err = proc.communicate(timeout=START_S + 30)
        assert proc.returncode == 0, err[-2000:]
        outs.append(out.split())
    firsts = [o for o in outs if o and o[0] == "first"]
    assert len(firsts) == 1, outs
    assert firsts[0] == ["first", "raised"], outs  # the second start brought it forward
    assert sorted(o[0] for o in outs) == ["first", "second"]


def test_two_starts_a_tenth_of_a_second_apart_open_one_window(tmp_path):
    """The real program: ``python -m melayani_desk`` twice, 0.1 s apart."""
    data = tmp_path / "data"
    data.mkdir()
    args = ["-m", "melayani_desk", "--data-dir", str(data)]
    first = _start(args)
    time.sleep(0.1)
    second = _start(args)
    procs = [first, second]
    try:
        deadline = time.monotonic() + START_S
        while all(p.poll() is None for p in procs) and time.monotonic() < deadline:
            try:
                procs[1].wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                pass
        done = [p for p in procs if p.poll() is not None]
        assert len(done) == 1, "two windows are open" if not done else "both exited"
        assert done[0].returncode == 0, done[0].stderr.read()[-2000:]
        running = next(p for p in procs if p.poll() is None)
        # a third start finds the running window and leaves at once
        third = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=_env(), capture_output=True, timeout=START_S
        )
        assert third.returncode == 0, third.stderr[-2000:]
        assert running.poll() is None
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
                p.wait(timeout=30)
            p.stdout.close()
            p.stderr.close()
