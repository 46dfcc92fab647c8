"""One measurement per process (so peak memory is that measurement's own); prints one JSON line.

    python -m bench.measure search  --data-dir D            keystroke latency + FTS5 floor
    python -m bench.measure import  --data-dir D --path P   template import (+ --floor)
    python -m bench.measure apply   --data-dir D --path ZIP [--typing]   hub snapshot apply,
                                            in a child sync process as the window runs it
    python -m bench.measure smoke   --data-dir D            the app's --smoke-test, timed
    python -m bench.measure qt-floor                        a bare QApplication + empty window

Imports stay inside each command: the start-up probes must not pay for the others.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "data" / "search_queries.csv"
SEARCH_LIMIT = 30  # what the window asks for (melayani_desk/ui/workers/search_worker.py)
WEIGHTS = "10, 6, 3, 1"
KECAMATAN = "Genteng"  # every other query is typed at a desk in Kecamatan Genteng


def queries() -> list[str]:
    import csv

    with open(QUERIES, encoding="utf-8", newline="") as fh:
        return [row["query"] for row in csv.DictReader(fh)]


def keystrokes() -> list[tuple[int, str]]:
    """(query number, text so far) for every character of every query, as typed."""
    return [(n, q[:i]) for n, q in enumerate(queries()) for i in range(1, len(q) + 1)]


def _floor_expression(text: str) -> str | None:
    """The bare FTS5 query for what was typed: every word, the last one as a prefix."""
    from melayani_core.search.lexicon import tokenize

    words = tokenize(text)
    if not words:
        return None
    parts = [f'"{w}"' for w in words[:-1]]
    parts.append(f'"{words[-1]}"*' if len(words[-1]) >= 2 else f'"{words[-1]}"')
    return " AND ".join(parts)


def cmd_search(args: argparse.Namespace) -> dict:
    import sqlite3

    from bench.stats import peak_rss_mb, summary
    from melayani_core.search.engine import SearchEngine
    from melayani_desk.directory.local import open_reader

    typed = keystrokes()
    t0 = time.perf_counter()
    reader = open_reader(args.data_dir)
    engine = SearchEngine(reader)
    open_ms = (time.perf_counter() - t0) * 1000
    wall, cpu = [], []
    for n, text in typed:
        engine.desk_kecamatan = KECAMATAN.lower() if n % 2 else ""
        t, c = time.perf_counter(), time.thread_time()
        engine.search(text, limit=SEARCH_LIMIT)
        cpu.append((time.thread_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    con = sqlite3.connect(f"file:{reader.path.as_posix()}?mode=ro", uri=True)
    sql = (
        f"SELECT rowid, bm25(service_fts, {WEIGHTS}) AS r FROM service_fts "
        "WHERE service_fts MATCH ? ORDER BY r LIMIT ?"
    )
    floor = []
    for _, text in typed:
        expr = _floor_expression(text)
        if expr is None:
            continue
        t = time.perf_counter()
        con.execute(sql, (expr, SEARCH_LIMIT)).fetchall()
        floor.append((time.perf_counter() - t) * 1000)
    return {
        "counts": reader.counts(),
        "queries": len(queries()),
        "open_ms": round(open_ms, 1),
        "keystroke_ms": summary(wall),
        "keystroke_cpu_ms": summary(cpu),
        "floor_fts_match_ms": summary(floor),
        "rss_mb": peak_rss_mb(),
    }


def _plain_insert(folder: Path, target: Path) -> float:
    """The floor: the template's CSV rows, as text, by executemany into plain tables."""
    import csv
    import sqlite3

    tables = {}
    for name in ("organizations", "services", "contacts"):
        with open(folder / f"{name}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        tables[name] = rows
    start = time.perf_counter()
    con = sqlite3.connect(target)
    with con:
        for name, rows in tables.items():
            header = rows[0]
            con.execute(f"CREATE TABLE {name} ({', '.join(header)})")
            marks = ", ".join("?" * len(header))
            con.executemany(f"INSERT INTO {name} VALUES ({marks})", rows[1:])
    con.close()
    return time.perf_counter() - start


def cmd_import(args: argparse.Namespace) -> dict:
    from bench.stats import peak_rss_mb

    if args.floor:
        return {"seconds": round(_plain_insert(args.path, args.data_dir / "floor.sqlite"), 3)}
    from melayani_desk.directory.local import import_path

    t, c = time.perf_counter(), time.process_time()
    _, directory, _ = import_path(args.data_dir, args.path)
    return {
        "seconds": round(time.perf_counter() - t, 3),
        "cpu_seconds": round(time.process_time() - c, 3),
        "contacts": len(directory.contacts),
        "rss_mb": peak_rss_mb(),
    }


def cmd_apply(args: argparse.Namespace) -> dict:
    """The window's way (bench/apply.py): the apply in a child ``melayani-desk sync``;
    ``--typing``: this process, as the window's search worker, types on the old
    directory while the child applies."""
    import threading

    from bench.apply import prepare
    from bench.stats import summary
    from melayani_core.storage.directory_db import DirectoryStore

    old = DirectoryStore(args.data_dir).current()
    apply, close = prepare(args.data_dir, args.path)
    latencies: list[float] = []
    failures: list[str] = []
    opened: list[str] = []

    def type_along(stop: threading.Event) -> None:
        from melayani_core.search.engine import SearchEngine
        from melayani_desk.directory.local import open_reader

        typed = keystrokes()
        reader = open_reader(args.data_dir)  # opened once the child runs, as the window's is
        opened.append(reader.path.name)
        engine = SearchEngine(reader)
        i = 0
        while not stop.is_set():
            t = time.perf_counter()
            try:
                engine.search(typed[i % len(typed)][1], limit=SEARCH_LIMIT)
            except Exception as exc:  # noqa: BLE001 - counted: the old directory must answer
                failures.append(f"{type(exc).__name__}: {exc}")
            latencies.append((time.perf_counter() - t) * 1000)
            i += 1
            stop.wait(0.05)  # a clerk types a key every 50-200 ms
        reader.close()

    try:
        outcome = apply(type_along if args.typing else None)
    finally:
        close()
    new = DirectoryStore(args.data_dir).current()
    out = {**outcome, "switched": new != old}
    if args.typing:
        out["searches_during_apply"] = len(latencies)
        out["keystroke_during_apply_ms"] = summary(latencies)
        out["search_failures"] = failures[:5]
        out["old_directory_answered"] = (
            bool(latencies) and not failures and old is not None and opened == [old.name]
        )
    return out


def cmd_smoke(args: argparse.Namespace) -> dict | None:
    """Run the app's own --smoke-test; note when it started so the parent can time start-up."""
    import melayani_desk.ui.smoke as smoke
    from melayani_desk.cli import main

    real = smoke.run

    def timed(folder: Path) -> int:
        sys.stderr.write(json.dumps({"run_started": time.time()}) + "\n")
        return real(folder)

    smoke.run = timed
    raise SystemExit(main(["--data-dir", str(args.data_dir), "--smoke-test"]))


def cmd_qt_floor(_args: argparse.Namespace) -> dict:
    import os

    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    from bench.stats import peak_rss_mb

    app = QApplication(["bench"])
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    shown = time.time()
    window.close()
    return {"shown_at": shown, "rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["search", "import", "apply", "smoke", "qt-floor"])
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--path", type=Path)
    ap.add_argument("--floor", action="store_true", help="import: the plain executemany floor")
    ap.add_argument("--typing", action="store_true", help="apply: search the old one meanwhile")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    command = {
        "search": cmd_search,
        "import": cmd_import,
        "apply": cmd_apply,
        "smoke": cmd_smoke,
        "qt-floor": cmd_qt_floor,
    }[args.command]
    result = command(args)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
