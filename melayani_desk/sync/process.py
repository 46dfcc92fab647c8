"""ProcessSyncRunner: the window's sync pass in a child process, the status read in-process.

A pass that installs a new directory builds a whole SQLite file (8-10 s of CPU-bound
work at province scale on the 2-core bench machine, ~140 MB: docs/performance.md).  On a
thread of the window that work holds the GIL against the UI and search threads
(keystrokes went from ~6 ms to ~400 ms p95 during an apply) and adds its memory to the
window's.  So the pass runs as ``melayani-desk sync --json``
in a child process — the same code as the CLI, one pass, its JSON report read back — and
only ``status()`` (a few cheap queries) runs in the window's process.

Same interface as ``SyncRunner`` as the window uses it: ``run_once(force=...)`` and
``status()``.  Exit statuses 0, 3 and 5 of the child are outcomes with a JSON report on
stdout; anything else, or output that is not a report, raises ``SyncProcessError`` with
the end of the child's stderr.  A child running longer than ``timeout`` is killed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from melayani_desk.sync.runner import SyncReport, SyncRunner, SyncStatus

TIMEOUT_S = 600.0  # a province-scale apply takes ~10 s; this only catches a child that hangs
NORMAL_EXITS = (0, 3, 5)  # ok, not enrolled, sync could not finish (cli.EXIT_INPUT/EXIT_SYNC)
NICE_ENV = "MELAYANI_SYNC_NICE"  # the child lowers its own priority by this much (POSIX)
NICENESS = 5
STDERR_TAIL = 800  # characters of the child's stderr quoted in an error
POLL_S = 0.2  # how often a waiting run_once looks whether it was detached
CLI_NAME = "melayani-desk-cli"  # the console program beside the window one (build.spec)


class SyncProcessError(RuntimeError):
    """The child sync process failed, hung, or answered something that is not a report."""


def frozen_cli(executable: str) -> str:
    """The console program beside a frozen ``executable`` (``melayani-desk-cli[.exe]``),
    else ``executable`` itself (a build without one: its argv is the CLI's argv too).

    The console program is preferred: a windowed Windows program has no standard output of
    its own, while a console one always writes its JSON report to the pipe."""
    exe = Path(executable)
    cli = exe.with_name(CLI_NAME + exe.suffix)
    return str(cli) if cli.is_file() else executable


def sync_command(data_dir: Path, *, if_due: bool) -> list[str]:
    """The child's argv: the CLI's ``sync --json``, from source or from the frozen program."""
    if getattr(sys, "frozen", False):
        cmd = [frozen_cli(sys.executable)]
    else:
        cmd = [sys.executable, "-m", "melayani_desk"]
    cmd += ["--data-dir", str(data_dir), "sync", "--json"]
    if if_due:
        cmd.append("--if-due")
    return cmd


def lower_priority() -> None:
    """Called by ``melayani-desk sync`` when started by a ProcessSyncRunner (POSIX only;
    on Windows the parent starts the child below normal priority)."""
    if not os.environ.get(NICE_ENV) or not hasattr(os, "nice"):
        return
    try:
        os.nice(int(os.environ[NICE_ENV]))
    except (ValueError, OSError):
        pass


def child_env(niceness: int = NICENESS) -> dict[str, str]:
    """The environment of a child pass: UTF-8 pipes, and the priority it lowers itself to
    (``lower_priority``; 0 keeps the window's)."""
    return dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1", **{NICE_ENV: str(niceness)})


def _tail(text: str) -> str:
    text = text.strip()
    if len(text) > STDERR_TAIL:
        text = "…" + text[-STDERR_TAIL:]
    return text or "(tidak ada pesan galat)"


class ProcessSyncRunner:
    """Runs each sync pass of the desk in ``data_dir`` as a child ``melayani-desk sync``."""

    def __init__(self, data_dir: Path, *, timeout: float = TIMEOUT_S):
        self.data_dir = Path(data_dir)
        self.timeout = timeout
        self._busy = threading.Lock()
        self._detached = threading.Event()

    def command(self, *, force: bool) -> list[str]:
        return sync_command(self.data_dir, if_due=not force)

    def run_once(self, *, force: bool = False) -> SyncReport:
        """One pass in a child process; without ``force`` a scheduled retry is honoured."""
        if not self._busy.acquire(blocking=False):
            return SyncReport(skipped="sinkronisasi lain sedang berjalan")
        try:
            if self._detached.is_set():
                raise SyncProcessError("jendela sedang ditutup; sinkronisasi tidak dimulai")
            return self._run(self.command(force=force))
        finally:
            self._busy.release()

    def status(self) -> SyncStatus:
        return SyncRunner(self.data_dir).status()

    def detach(self) -> None:
        """Stop waiting for a running child (the window is closing): ``run_once`` raises at
        once and the child finishes its pass on its own.  Safe from any thread."""
        self._detached.set()

    def _run(self, cmd: list[str]) -> SyncReport:
        env = child_env()
        flags = 0
        if sys.platform == "win32":  # pragma: no cover - Windows: no console window, lower priority
            flags = subprocess.CREATE_NO_WINDOW | subprocess.BELOW_NORMAL_PRIORITY_CLASS
        try:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                creationflags=flags,
            )
        except OSError as exc:
            raise SyncProcessError(f"proses sinkronisasi tidak bisa dimulai: {exc}") from exc
        out, err = self._wait(proc)
        stdout = out.decode("utf-8", errors="replace")
        stderr = err.decode("utf-8", errors="replace")
        if proc.returncode not in NORMAL_EXITS:
            raise SyncProcessError(
                f"proses sinkronisasi berhenti dengan kode {proc.returncode}: {_tail(stderr)}"
            )
        try:
            return SyncReport.from_dict(json.loads(stdout))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise SyncProcessError(
                f"jawaban proses sinkronisasi tidak terbaca ({type(exc).__name__}; "
                f"keluaran: {stdout.strip()[:200]!r}): {_tail(stderr)}"
            ) from exc

    def _wait(self, proc: subprocess.Popen) -> tuple[bytes, bytes]:
        deadline = time.monotonic() + self.timeout
        while True:
            left = deadline - time.monotonic()
            try:
                return proc.communicate(timeout=max(0.0, min(POLL_S, left)))
            except subprocess.TimeoutExpired:
                pass
            if self._detached.is_set():  # the child finishes its pass; nobody reads its report
                threading.Thread(target=proc.communicate, daemon=True).start()  # drain, reap
                raise SyncProcessError("jendela ditutup saat sinkronisasi berjalan")
            if time.monotonic() >= deadline:
                proc.kill()
                _, err = proc.communicate()
                raise SyncProcessError(
                    f"proses sinkronisasi tidak selesai dalam {self.timeout:.0f} detik dan "
                    f"dihentikan: {_tail(err.decode('utf-8', errors='replace'))}"
                )
