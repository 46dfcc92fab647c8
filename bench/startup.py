"""Start-up benchmark: run ``python -m melayani_desk --smoke-test`` N times, print JSON.

    python bench/startup.py [--runs 7] [--data-dir PREPARED]

Each run gets a fresh copy of a prepared data folder (the bundled sample directory
installed once beforehand, as on a desk that has run before), so every start pays for
opening the directory and the desk database, not for building the sample.  Reports the
median and p95 of the whole process's wall time, the smoke test's own stages, and peak
memory (max of the children's ru_maxrss and the smoke test's rss_mb).

Targets (DESIGN: old 4 GB Windows PCs): median under 1.5 s, memory under 250 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_MEDIAN_S, TARGET_MB = 1.5, 250


def prepare(folder: Path) -> Path:
    from melayani_desk.directory.local import current_file

    current_file(folder)
    return folder


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--data-dir", type=Path, help="a prepared data folder (copied per run)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="melayani-bench-"))
    try:
        source = args.data_dir or prepare(work / "prepared")
        env = {**os.environ}
        env.pop("MELAYANI_DATA_DIR", None)
        if sys.platform.startswith("linux") and not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        walls, reports, failures = [], [], []
        for n in range(args.runs):
            folder = work / f"run{n}"
            shutil.copytree(source, folder)
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "melayani_desk", "--data-dir", str(folder), "--smoke-test"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            walls.append(time.perf_counter() - start)
            try:
                report = json.loads(done.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                report = {"ok": False, "error": done.stderr[-500:]}
            (reports if report.get("ok") else failures).append(report)
        rss = [r["rss_mb"] for r in reports]
        if sys.platform != "win32":
            import resource

            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            rss.append(peak / (2**20 if sys.platform == "darwin" else 2**10))
        stages = {
            key: round(statistics.median(r["stages_ms"][key] for r in reports), 1)
            for key in (reports[0]["stages_ms"] if reports else {})
        }
        median = statistics.median(walls)
        result = {
            "runs": args.runs,
            "ok_runs": len(reports),
            "wall_s": {
                "median": round(median, 3),
                "p95": round(p95(walls), 3),
                "min": round(min(walls), 3),
                "max": round(max(walls), 3),
            },
            "smoke_stages_ms_median": stages,
            "max_rss_mb": round(max(rss), 1) if rss else None,
            "targets": {"median_s": TARGET_MEDIAN_S, "rss_mb": TARGET_MB},
            "meets_targets": bool(reports)
            and median < TARGET_MEDIAN_S
            and max(rss) < TARGET_MB
            and not failures,
            "failures": failures[:3],
        }
        print(json.dumps(result, indent=2))
        return 0 if not failures else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
