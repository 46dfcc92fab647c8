"""Directories for the crash test: the sample, and the sample grown to a snapshot's size."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from melayani_desk.paths import resource

SHEETS = ("organizations", "services", "contacts")


def grown_sample(dest: Path, copies: int) -> Path:
    """The sample CSV folder with every service repeated ``copies`` times under new ids."""
    dest.mkdir(parents=True, exist_ok=True)
    sample = resource("sample")
    for sheet in ("organizations", "contacts"):
        shutil.copy(sample / f"{sheet}.csv", dest / f"{sheet}.csv")
    with open(sample / "services.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with open(dest / "services.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        for n in range(copies):
            for row in rows:
                if n:
                    row = {**row, "service_id": f"{row['service_id']}-x{n}",
                           "name": f"{row['name']} (salinan {n})"}  # fmt: skip
                writer.writerow(row)
    return dest
