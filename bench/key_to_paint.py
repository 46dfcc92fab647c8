"""Key press to pixels (issue 14): the real window offscreen, typed into with QTest key events.

    python -m bench.key_to_paint [--quick] [--sizes 1000,10000] [--shapes many_services]
                                 [--queries 40] [--data-dir DIR] [--out FILE]

For each size (1,000 / 10,000 / 100,000 / 200,000 contacts; ``--quick``: 1,000 and 10,000)
and each of two generated provinces (``bench.generate``) -- "many_services", today's
``plan()`` (about five contacts per service: 20,000 services at 100,000 contacts) and
"many_contacts" (about 29 per service: 3,448 services at 100,000) -- a desk folder is built
as ``bench/ui_stall.py`` builds one (the generated CSV folder imported by ``import_path``;
no referrals logged).  ``--data-dir`` keeps the folders there and uses them again.

Each size and shape is measured in a fresh process (as ``python -m bench`` measures each
figure): the real ``MainWindow`` at 1366x768, offscreen, its directory loaded after its
first frame as the program does, the referral log open and the warm-up imports done; then
every prefix of ``--queries`` needs of tests/data/search_queries.csv (every sixth; 0: all
246) is typed into the search box, one QTest key event a letter, the box cleared (untimed)
between needs.  No warm-up: the first key is the first of the process.

**A keystroke's time** runs from the key event to the end of the first frame in which the
results view was painted (its viewport, or the "no results" message) after the window
applied the answer for the text now in the box (``results_shown``: the results model and
the detail pane hold it), and to the end of the first such frame for the detail pane (the
details' body or the answer card above them) when the detail was repainted at all.  A
key whose best result is the one already shown leaves the detail as it is
(``DetailPane.show_result`` renders nothing): then the results' frame alone is the end.  A
key whose answer changed nothing on screen (neither was painted) ends when the answer was
applied (counted as ``no_repaint``).  Whether a part is repainted is waited for, not slept
on: after the answer, a zero timer and then an event posted below the priority of Qt's
paint requests, round after round until a round passes with no paint of either (so a
paint that comes a frame later, after a relayout, is still seen).  Nothing forces a
repaint.  A key not settled within ``--timeout`` seconds counts as timed out.

**The floor**, in the same process once the window is gone: a bare window (a QLineEdit
over a QListView and a QLabel, no search), the same key events into it, each key's
``textChanged`` setting the list's model to the lines the real window showed for that text
(so the same number of rows) and the label to the first; timed the same way.

Each figure has its median, p95 and max, the floor's beside it, the ratio, and the target
(``TARGETS``: one frame, 16 ms at p95) with ``met``.  A figure that could not be measured
(its process failed, or a key timed out) is listed in ``not_measured`` and the run exits 2.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.generate import Plan, plan
from bench.stats import git_facts, load_average, summary

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 10_000, 100_000, 200_000)
QUICK_SIZES = (1_000, 10_000)
SHAPES = {"many_services": 5, "many_contacts": 29}  # contacts per service
TARGETS = {"key_to_paint_p95_ms": 16.0}  # one frame at 60 Hz, at every size and shape
QUERIES = 40  # needs typed: every sixth of tests/data/search_queries.csv
TIMEOUT_S = 10.0
WINDOW = (1366, 768)
SETTLE_PRIORITY = -100  # below Qt.LowEventPriority, the priority of a paint request


def needs(count: int = QUERIES) -> list[str]:
    """The needs typed: every sixth query of the table (``count`` of them; 0: all)."""
    from bench.measure import queries

    every = queries()
    return every[::6][:count] if count else every


def shape_plan(contacts: int, shape: str) -> Plan:
    return plan(contacts, SHAPES[shape])


class KeyClock:
    """Times one step at a time (a key, or the clear between needs) until painted.

    ``parts`` names the widgets whose paint events count (``{"results": [...], "detail":
    [...]}``); the window's code calls ``answered()`` once the answer for the current text
    is applied.  The end of a frame is noted by a zero timer started from the frame's first
    paint event: it fires once the whole frame (every dirty widget, then the flush) is done.
    """

    def __init__(self, parts: dict[str, list], timeout_s: float = TIMEOUT_S):
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

        clock = self

        class _Watcher(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint:
                    clock._painted(obj)
                return False

            def event(self, event):
                if event.type() == clock._settle_type:
                    clock._settle_round()
                    return True
                return super().event(event)

        self._watcher = _Watcher()
        self._owner: dict[int, str] = {}
        self._widgets = [w for ws in parts.values() for w in ws]  # kept alive while watched
        for part, widgets in parts.items():
            for widget in widgets:
                self._owner[id(widget)] = part
                widget.installEventFilter(self._watcher)
        self._loop = QEventLoop()
        self._settle_type = QEvent.Type(QEvent.registerEventType())
        self._round_timer = QTimer()
        self._round_timer.setSingleShot(True)
        self._round_timer.setInterval(0)
        self._round_timer.timeout.connect(self._post_settle)
        self._deadline = QTimer()
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(round(timeout_s * 1000))
        self._deadline.timeout.connect(self._time_out)
        self._active = False
        self._reset()

    def _reset(self) -> None:
        self._t0 = 0.0
        self._received_at: float | None = None
        self._answer_at: float | None = None
        self._first: dict[str, float] = {}
        self._in_frame: set[str] = set()
        self._frame_pending = False
        self._painted_in_round = False
        self._frames: list[tuple[float, tuple[str, ...]]] = []  # (end, parts painted)
        self._settled = False
        self._timed_out = False

    # --- one step -----------------------------------------------------------------------
    def step(self, action: Callable[[], Any]) -> dict:
        """Run ``action`` (a key event, say), then let the event loop run until the answer
        is applied and painted; the step's times in ms from just before ``action``."""
        from time import perf_counter

        self._reset()
        self._active = True
        self._deadline.start()
        cpu = time.thread_time()
        self._t0 = perf_counter()
        try:
            action()
            if not self._settled and not self._timed_out:
                self._loop.exec()
        finally:
            self._active = False
            self._deadline.stop()
            self._round_timer.stop()
        record = self._record()
        # the UI thread's own CPU time for the step (all its frames): less swayed by the
        # machine's load than the clock
        record["ui_cpu_ms"] = round((time.thread_time() - cpu) * 1000, 3)
        return record

    def received(self) -> None:
        """The UI thread has the search's answer (it is about to apply it)."""
        from time import perf_counter

        if self._active and self._received_at is None:
            self._received_at = perf_counter()

    def answered(self) -> None:
        """The answer for the text in the box is applied (model and detail hold it)."""
        from time import perf_counter

        if not self._active or self._answer_at is not None:
            return
        self._answer_at = perf_counter()
        self._round()

    def _record(self) -> dict:
        def ms(t: float | None) -> float | None:
            return None if t is None else round((t - self._t0) * 1000, 3)

        painted = [self._first[p] for p in ("results", "detail") if p in self._first]
        end = max(painted) if painted else self._answer_at
        last = self._frames[-1][0] if self._frames else self._answer_at
        return {
            "ms": None if self._timed_out else ms(end),
            "settled_ms": None if self._timed_out else ms(last),
            "received_ms": ms(self._received_at),
            "answer_ms": ms(self._answer_at),
            "results_ms": ms(self._first.get("results")),
            "detail_ms": ms(self._first.get("detail")),
            "frames": [(ms(t), parts) for t, parts in self._frames],
            "timed_out": self._timed_out,
        }

    # --- paints and frames ----------------------------------------------------------------
    def _painted(self, obj) -> None:
        from PySide6.QtCore import QTimer

        if not self._active or self._answer_at is None:
            return  # a paint before the answer (the box's own, a stale frame) is not it
        self._in_frame.add(self._owner[id(obj)])
        self._painted_in_round = True
        if not self._frame_pending:
            self._frame_pending = True
            QTimer.singleShot(0, self._frame_done)

    def _frame_done(self) -> None:
        from time import perf_counter

        now = perf_counter()
        self._frame_pending = False
        if not self._active:
            return
        self._frames.append((now, tuple(sorted(self._in_frame))))
        for part in self._in_frame:
            self._first.setdefault(part, now)
        self._in_frame.clear()

    # --- settling: nothing left to paint ---------------------------------------------------
    def _round(self) -> None:
        """A round: a zero timer (after the views' own zero-timer layouts), then an event
        posted below every paint request; a round with no paint in it ends the step."""
        self._painted_in_round = False
        self._round_timer.start()

    def _post_settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.postEvent(self._watcher, QEvent(self._settle_type), SETTLE_PRIORITY)

    def _settle_round(self) -> None:
        if not self._active:
            return
        if self._painted_in_round or self._frame_pending:
            self._round()
            return
        self._settled = True
        self._loop.quit()

    def _time_out(self) -> None:
        self._timed_out = True
        self._loop.quit()

    def close(self) -> None:
        for widget in self._widgets:
            widget.removeEventFilter(self._watcher)


def key_click(widget, letter: str) -> None:
    """A key press and release for ``letter`` (QTest's own; its ASCII table cannot say
    the "è" of a Madurese need: the key is named by the letter's Latin-1 capital, as Qt
    names ``Key_Egrave``)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    code = Qt.Key(ord(letter.upper())) if ord(letter.upper()) < 256 else Qt.Key.Key_unknown
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, code, letter, Qt.KeyboardModifier.NoModifier)


def _type_needs(clock: KeyClock, box, texts: list[str], clear, after) -> list[dict]:
    """Every prefix of every need, a QTest key event a letter; ``clear()`` before each
    need (untimed); ``after(record)`` once a key is measured."""
    records: list[dict] = []
    for need in texts:
        clock.step(clear)
        for letter in need:
            record = clock.step(lambda letter=letter: key_click(box, letter))
            record["text"] = box.text()
            after(record)
            records.append(record)
    return records


def _wait(predicate: Callable[[], bool], timeout_s: float = 300.0) -> None:
    from bench.ui_stall import pump_until

    pump_until(predicate, timeout_s)


def measure_window(folder: Path, texts: list[str], timeout_s: float = TIMEOUT_S,
                   profile: Path | None = None) -> list[dict]:  # fmt: skip
    """The real window on ``folder``: one record per key (see the module's docstring)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from melayani_desk import settings as settings_mod
    from melayani_desk.ui.app import make_app
    from melayani_desk.ui.models.results_model import result_line
    from melayani_desk.ui.window.main_window import MainWindow

    settings = settings_mod.load(folder)
    make_app([], settings.validated())
    window = MainWindow(folder, settings)
    window.resize(*WINDOW)
    window.show()
    window.load_directory_when_painted()  # as ui/app.py does
    _wait(lambda: window.search.engine_ready and window.log is not None)
    _wait(lambda: not any(t.name == "melayani-warm-imports" and t.is_alive()
                          for t in threading.enumerate()))  # fmt: skip
    search, detail = window.search, window.detail
    box, model = search.search_box, search.model
    clock = KeyClock(
        {
            "results": [search.results_view.viewport(), search.results_message],
            # the details' body fills the scroll area's viewport (QScrollArea makes it opaque):
            # its paints, not the viewport's, are the details'
            "detail": [detail.scroll_area.widget(), detail.answer],
        },
        timeout_s,
    )
    search.results_shown.connect(
        lambda query, _n: clock.answered() if query == box.text() else None
    )
    # the worker's answer as the UI thread gets it, before the window applies it
    search.client.answered.connect(
        lambda query, _a: clock.received() if query == box.text() else None
    )

    def clear() -> None:
        box.clear()
        clock.answered()  # an empty box: the hint, at once (nothing is searched)

    def after(record: dict) -> None:
        rows = [model.result(i) for i in range(model.rowCount())]
        record["lines"] = [result_line(r) for r in rows] or [search.results_message.text()]
        record["rows"] = len(rows)
        record["detail_service"] = (
            detail.result.service.service_id if detail.result is not None else None
        )

    clock.step(clock.answered)  # whatever the opening left to paint
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()  # the UI thread's time only
        profiler.enable()
    try:
        records = _type_needs(clock, box, texts, clear, after)
    finally:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(profile))
        clock.close()
        window.shutdown()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return records


def measure_floor(answers: dict[str, list[str]], texts: list[str],
                  timeout_s: float = TIMEOUT_S) -> list[dict]:  # fmt: skip
    """The bare window: a QLineEdit over a QListView and a QLabel; each key sets the list
    to ``answers[text]`` (the real window's lines for that text) and the label to the first."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    box = QLineEdit()
    layout.addWidget(box)
    row = QHBoxLayout()
    view = QListView()
    model = QStringListModel()
    view.setModel(model)
    label = QLabel()
    label.setWordWrap(True)
    row.addWidget(view, 2)
    row.addWidget(label, 3)
    layout.addLayout(row, 1)
    window.resize(*WINDOW)
    window.show()
    QTest.qWaitForWindowExposed(window)
    box.setFocus()
    clock = KeyClock({"results": [view.viewport()], "detail": [label]}, timeout_s)

    def changed(text: str) -> None:
        lines = answers.get(text, [])
        model.setStringList(lines)
        label.setText(lines[0] if lines else "")
        clock.answered()

    box.textChanged.connect(changed)

    def clear() -> None:
        box.clear()
        clock.answered()

    clock.step(clock.answered)
    try:
        return _type_needs(clock, box, texts, clear, lambda _r: None)
    finally:
        clock.close()
        window.close()
        window.deleteLater()


def _ratio(value: float | None, floor: float | None) -> float | None:
    return round(value / floor, 2) if value is not None and floor else None


def figure(records: list[dict], floor: list[dict]) -> dict:
    """One size and shape: key to paint against the floor and the target."""
    timed = [r["ms"] for r in records if r["ms"] is not None]
    floor_timed = [r["ms"] for r in floor if r["ms"] is not None]
    keys, floor_keys = summary(timed), summary(floor_timed)
    answers = [r["answer_ms"] for r in records if r["answer_ms"] is not None]
    received = [r["received_ms"] for r in records if r["received_ms"] is not None]
    applying = [r["answer_ms"] - r["received_ms"] for r in records
                if r["received_ms"] is not None and r["answer_ms"] is not None]  # fmt: skip
    painting = [r["ms"] - r["answer_ms"] for r in records
                if r["ms"] is not None and r["answer_ms"] is not None]  # fmt: skip
    target = TARGETS["key_to_paint_p95_ms"]
    timed_out = sum(r["timed_out"] for r in records)
    slowest = sorted((r for r in records if r["ms"] is not None), key=lambda r: -r["ms"])[:5]
    return {
        "keystrokes": len(records),
        "timed_out": timed_out,
        "detail_repainted": sum(r["detail_ms"] is not None for r in records),
        "results_only": sum(
            r["detail_ms"] is None and r["results_ms"] is not None for r in records
        ),
        "no_repaint": sum(r["results_ms"] is None and r["detail_ms"] is None for r in records),
        "key_to_paint_ms": keys,
        "by_kind_ms": {  # the keys that changed the detail, and those that left it as it was
            "detail_repainted": summary(
                [r["ms"] for r in records if r["ms"] is not None and r["detail_ms"] is not None]
            ),
            "detail_unchanged": summary(
                [r["ms"] for r in records if r["ms"] is not None and r["detail_ms"] is None]
            ),
        },
        "answer_applied_ms": summary(answers),
        "ui_thread_cpu_ms": summary([r["ui_cpu_ms"] for r in records]),
        # to the end of the key's last frame: later frames (a relayout after the first)
        # are the UI thread's too, though the answer is on the screen before them
        "last_frame_ms": summary([r["settled_ms"] for r in records if r["settled_ms"] is not None]),
        "parts_ms": {  # where a key's time goes
            "to_answer_received": summary(received),  # key event, worker's search, hand-over
            "applying_answer": summary(applying),  # results model and detail pane updated
            "to_painted": summary(painting),  # the frames until both are painted
        },
        "frames_per_key_max": max((len(r["frames"]) for r in records), default=0),
        "floor_ms": floor_keys,
        "floor_timed_out": sum(r["timed_out"] for r in floor),
        "ratio_to_floor": {k: _ratio(keys.get(k), floor_keys.get(k)) for k in ("median", "p95")},
        "target_p95_ms": target,
        "ratio_to_target": _ratio(keys.get("p95"), target),
        "met": bool(timed) and not timed_out and keys["p95"] <= target,
        "slowest": [[r["text"], r["ms"]] for r in slowest],
    }


def measure(folder: Path, texts: list[str], timeout_s: float = TIMEOUT_S,
            profile: Path | None = None) -> dict:  # fmt: skip
    """The window on ``folder`` and then the floor, in this process (a QApplication is made
    if there is none): the figure, as in the JSON."""
    load_before = load_average()
    began = time.perf_counter()
    records = measure_window(folder, texts, timeout_s, profile)
    answers = {r["text"]: r["lines"] for r in records}
    floor = measure_floor(answers, texts, timeout_s)
    out = figure(records, floor)
    out["load_average"] = [load_before, load_average()]
    out["seconds"] = round(time.perf_counter() - began, 1)
    return out


# --- the run: folders built and each figure measured in its own process ----------------------
def _env() -> dict[str, str]:
    paths = [str(p) for p in (ROOT / "core", ROOT / "hub") if p.is_dir()] + [str(ROOT)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    env.pop("MELAYANI_DATA_DIR", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _child(*args: str | Path, timeout: float = 3600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bench.key_to_paint", *map(str, args)],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def desk_folder(root: Path, contacts: int, shape: str) -> Path:
    """``root/<shape>-<contacts>/desk``, built (in a child process) unless it was before."""
    place = root / f"{shape}-{contacts}"
    done = place / "plan.json"
    if not done.exists():
        shutil.rmtree(place, ignore_errors=True)
        built = _child("--build", place / "desk", "--contacts", contacts, "--shape", shape)
        if built.returncode:
            raise RuntimeError(f"building {place.name} failed: {built.stderr[-2000:]}")
        done.write_text(json.dumps(shape_plan(contacts, shape).as_dict()) + "\n")
    return place / "desk"


def measure_in_child(desk: Path, queries: int, timeout_s: float, profile: Path | None = None):
    """One size and shape in a fresh process: (figure, None) or (None, why not)."""
    extra = ["--profile", profile] if profile else []
    done = _child("--measure", desk, "--queries", queries, "--timeout", timeout_s, *extra)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode or not lines:
        return None, f"exit {done.returncode}: {done.stderr[-1500:]}"
    return json.loads(lines[-1]), None


def run(sizes: list[int], shapes: list[str], queries: int, root: Path,
        timeout_s: float = TIMEOUT_S, profile_dir: Path | None = None,
        reuse: dict[int, Path] | None = None) -> dict:  # fmt: skip
    """Every size and shape; ``reuse`` maps a size to a desk folder already built for it
    in the "many_services" shape (``python -m bench`` passes its own)."""
    figures: dict[str, dict] = {}
    not_measured: list[str] = []
    for size in sizes:
        for shape in shapes:
            name = f"{shape}-{size}"
            try:
                given = (reuse or {}).get(size) if shape == "many_services" else None
                desk = given or desk_folder(root, size, shape)
            except Exception as exc:  # noqa: BLE001 - said in the output, the run exits 2
                figures.setdefault(str(size), {})[shape] = {"not_measured": str(exc)}
                not_measured.append(name)
                continue
            profile = profile_dir / f"{name}.prof" if profile_dir else None
            fig, why = measure_in_child(desk, queries, timeout_s, profile)
            if fig is not None and (
                fig["timed_out"] or fig["floor_timed_out"] or not fig["key_to_paint_ms"].get("n")
            ):
                why = (f"{fig['timed_out']} of {fig['keystrokes']} keys timed out "
                       f"({fig['floor_timed_out']} in the floor)")  # fmt: skip
            if why is not None:
                fig = {**(fig or {}), "not_measured": why}
                not_measured.append(name)
            fig["plan"] = shape_plan(size, shape).as_dict()
            figures.setdefault(str(size), {})[shape] = fig
            print(f"key_to_paint: {name}: {fig.get('key_to_paint_ms')}", file=sys.stderr)
    return {"figures": figures, "not_measured": not_measured}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1,000 and 10,000 contacts only")
    ap.add_argument("--sizes", help="comma-separated contact counts (overrides --quick)")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shapes")
    ap.add_argument("--queries", type=int, default=QUERIES, help="needs typed (0: all)")
    ap.add_argument("--timeout", type=float, default=TIMEOUT_S, help="seconds a key may take")
    ap.add_argument("--data-dir", type=Path, help="build the desk folders here and keep them")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    ap.add_argument("--profile-dir", type=Path, help="cProfile of each UI thread, here")
    ap.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # a child: build a desk
    ap.add_argument("--contacts", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--shape", help=argparse.SUPPRESS)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # a child: one figure
    ap.add_argument("--profile", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # this process's own Qt, if any
    if args.build:
        from bench.ui_stall import build

        build(args.build, shape_plan(args.contacts, args.shape), referrals=0)
        return 0
    if args.measure:
        print(json.dumps(measure(args.measure, needs(args.queries), args.timeout, args.profile)))
        return 0

    began = time.perf_counter()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (
        list(QUICK_SIZES) if args.quick else list(SIZES))  # fmt: skip
    shapes = args.shapes.split(",")
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        ap.error(f"unknown shape(s): {', '.join(unknown)} (known: {', '.join(SHAPES)})")
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="melayani-k2p-"))
    root.mkdir(parents=True, exist_ok=True)
    if args.profile_dir:
        args.profile_dir.mkdir(parents=True, exist_ok=True)
    result: dict = {
        "benchmark": "melayani-desk key press to pixels (issue 14)",
        **git_facts(),
        "machine": {"cores": os.cpu_count(), "load_average_before": load_average()},
        "window": list(WINDOW),
        "sizes": sizes,
        "shapes": {s: {"contacts_per_service": SHAPES[s]} for s in shapes},
        "needs_typed": len(needs(args.queries)),
        "targets": TARGETS,
    }
    try:
        result.update(run(sizes, shapes, args.queries, root, args.timeout, args.profile_dir))
    finally:
        if not args.data_dir:
            shutil.rmtree(root, ignore_errors=True)
    result["met"] = {
        f"{shape}-{size}": fig.get("met", False)
        for size, by_shape in result["figures"].items()
        for shape, fig in by_shape.items()
    }
    result["all_met"] = all(result["met"].values()) and not result["not_measured"]
    result["machine"]["load_average_after"] = load_average()
    result["elapsed_s"] = round(time.perf_counter() - began, 1)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    if result["not_measured"]:
        print(f"key_to_paint: NOT MEASURED: {', '.join(result['not_measured'])}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
