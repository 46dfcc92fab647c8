"""Search latency inside the process, on the bundled sample directory (or --data-dir).

Prints one JSON object: median and p95 of a full search (the query table, whole
queries) and of a keystroke (every prefix of every query, as typed), in milliseconds.
Target (issue 2): a search answers in under 5 ms median.

    python bench/search_bench.py [--data-dir DIR] [--rounds 3]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from melayani_core.search.engine import SearchEngine  # noqa: E402
from melayani_desk.directory.local import open_reader  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values), 3),
        "p95_ms": round(percentile(values, 0.95), 3),
        "max_ms": round(max(values), 3),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="melayani-bench-"))
    with open(ROOT / "tests" / "data" / "search_queries.csv", encoding="utf-8") as fh:
        queries = [row["query"] for row in csv.DictReader(fh)]

    t0 = time.perf_counter()
    reader = open_reader(data_dir)
    engine = SearchEngine(reader)
    open_ms = (time.perf_counter() - t0) * 1000
    for q in queries:  # warm caches (stems, typo table) as a day's use would
        engine.search(q, limit=10)

    full, keys = [], []
    for _ in range(args.rounds):
        for q in queries:
            t = time.perf_counter()
            engine.search(q, limit=10, prefix=False)
            full.append((time.perf_counter() - t) * 1000)
            for i in range(1, len(q) + 1):
                t = time.perf_counter()
                engine.search(q[:i], limit=10, prefix=True)
                keys.append((time.perf_counter() - t) * 1000)
    result = {
        "benchmark": "search",
        "directory": reader.meta.get("source"),
        "counts": reader.counts(),
        "cores": os.cpu_count(),
        "open_ms": round(open_ms, 1),
        "query": summary(full),
        "keystroke": summary(keys),
        "target_median_ms": 5.0,
        "met": statistics.median(full) < 5.0,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
