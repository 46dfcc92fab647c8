"""Progress of long work (an import, a publish, a directory update), told as it goes.

Long work takes a ``progress`` callable, ``progress(stage, done=0, total=0)``: ``stage``
is a short Indonesian sentence ("Membaca berkas…"), ``done``/``total`` count what is
countable (bytes downloaded), ``total`` 0 when not.  ``silent`` is the default; the window
turns the calls into signals (ui/workers/tasks.py), the command line into ``Console``.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

Progress = Callable[..., None]
TICK_S = 1.0  # how often a terminal's line shows the time going on
STEP = 10  # a plain (not a terminal) stream gets a countable stage's line every 10 %


def silent(stage: str, done: int = 0, total: int = 0) -> None:
    """Progress nobody watches."""


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n:,}".replace(",", ".")


class Console:
    """Progress on stderr: one line rewritten in place on a terminal (with the seconds
    the stage has taken, ticking), plain lines when stderr is a pipe or a file (a line per
    stage, and per 10 % of a countable one).  Use as a context manager: the terminal's
    line is ended on exit."""

    def __init__(self, stream: TextIO | None = None, tty: bool | None = None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.stage = ""
        self.done = self.total = 0
        self.started = time.monotonic()
        self.step = -1
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def __enter__(self) -> Console:
        if self.tty:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        with self._lock:
            new_stage = stage != self.stage
            if new_stage:
                self.stage, self.started, self.step = stage, time.monotonic(), -1
            self.done, self.total = done, total
            if self.tty:
                self._draw()
                return
            step = done * 100 // (total * STEP) if total else 0
            if new_stage or step > self.step:
                self.step = step
                self.stream.write(self._text(with_time=False) + "\n")
                self.stream.flush()

    def _text(self, with_time: bool = True) -> str:
        text = self.stage
        if self.total:
            text += f" {self.done * 100 // self.total}% ({_size(self.done)}/{_size(self.total)})"
        elif self.done:
            text += f" ({_size(self.done)})"
        if with_time:
            text += f" [{int(time.monotonic() - self.started)} dtk]"
        return text

    def _draw(self) -> None:
        self.stream.write("\r" + self._text() + "\x1b[K")
        self.stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(TICK_S):
            with self._lock:
                if self.stage:
                    self._draw()

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
            self._ticker = None
        with self._lock:
            if self.tty and self.stage:
                self.stream.write("\n")
                self.stream.flush()
            self.stage = ""
