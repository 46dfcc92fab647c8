"""How fresh the published directory's contacts are, for the regency's report: how many were
last verified longer ago than the directory's ``freshness_months`` (stale), and how many
were never verified (no ``assured_date``), read from the latest published snapshot."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from typing import Any

from sqlalchemy import Engine, select

from melayani_core.directory.freshness import is_stale
from melayani_hub.models import DirectoryVersion


def contact_freshness(engine: Engine, today: date | None = None) -> dict[str, Any]:
    with engine.connect() as conn:
        latest = conn.execute(
            select(DirectoryVersion.version, DirectoryVersion.snapshot, DirectoryVersion.manifest)
            .order_by(DirectoryVersion.version.desc())
            .limit(1)
        ).first()
    if latest is None:
        return {"version": None, "freshness_months": None, "contacts": 0, "stale": 0,
                "unverified": 0}  # fmt: skip
    from melayani_hub.publish import manifest_settings

    months = manifest_settings(bytes(latest.manifest)).freshness_months
    contacts = stale = unverified = 0
    with zipfile.ZipFile(io.BytesIO(bytes(latest.snapshot))) as zf:
        with zf.open("contacts.csv") as raw:
            for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")):
                contacts += 1
                assured = (row.get("assured_date") or "").strip()
                unverified += not assured
                stale += is_stale(assured, months, today)
    return {"version": latest.version, "freshness_months": months, "contacts": contacts,
            "stale": stale, "unverified": unverified}  # fmt: skip
