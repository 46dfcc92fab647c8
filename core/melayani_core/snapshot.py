"""The directory snapshot: a ZIP of organizations.csv, services.csv and contacts.csv in the
import template's columns (UTF-8, numbers E.164), readable by the desk's CSV import, and the
lexicon the directory is searched with as ``lexicon/<name>`` members (``lexicon/synonyms.tsv``,
``lexicon/concepts/kesehatan.txt``, ``lexicon/learned.tsv``).  The manifest signs the
snapshot's SHA-256, so the lexicon is signed with the data.

The bytes are deterministic for a given directory (fixed member order and timestamps).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING

from melayani_core.directory import settings as dir_settings
from melayani_core.directory.model import Directory, DirectorySettings
from melayani_core.directory.validate import COLUMNS, SHEETS

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

ZIP_TIME = (2000, 1, 1, 0, 0, 0)
LEXICON_PREFIX = "lexicon/"
# The highest directory version (and epoch) anything accepts: a signed 32-bit integer, so it
# fits every column that holds one (desk, hub, SQLite, PostgreSQL INTEGER) and every referral
# that records the version it was made with.
MAX_VERSION = 2**31 - 1
FORMAT = "melayani-directory/1"  # the manifest's format: signed by the hub, checked by desks


def _cell(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def sheet_csv(sheet: str, records: Sequence[DataclassInstance]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS[sheet])
    for record in records:
        values = asdict(record)
        writer.writerow([_cell(values.get(column)) for column in COLUMNS[sheet]])
    return out.getvalue().encode("utf-8")


def write_snapshot(directory: Directory) -> bytes:
    records: dict[str, Sequence[DataclassInstance]] = {
        "organizations": directory.organizations,
        "services": directory.services,
        "contacts": directory.contacts,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for sheet in SHEETS:
            info = zipfile.ZipInfo(f"{sheet}.csv", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, sheet_csv(sheet, records[sheet]))
        for name, text in sorted(directory.lexicon.items()):
            info = zipfile.ZipInfo(f"{LEXICON_PREFIX}{name}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def counts(directory: Directory) -> dict[str, int]:
    return {
        "organizations": len(directory.organizations),
        "services": len(directory.services),
        "contacts": len(directory.contacts),
    }


def manifest_bytes(version: int, issued: str, expires: str, digest: str, size: int,
                   n: dict[str, int], epoch: int = 0,
                   settings: DirectorySettings | None = None) -> bytes:  # fmt: skip
    """The manifest a hub signs for snapshot ``version``: canonical JSON bytes (sorted keys,
    no spaces), so the signature covers exactly what every desk parses."""
    doc: dict[str, object] = {
        "format": FORMAT,
        "version": version,
        "issued_at": issued,
        "expires": expires,
        "sha256": digest,
        "size": size,
        "snapshot": f"/api/v1/directory/snapshots/{version}",
        "counts": n,
    }
    if epoch:
        doc["epoch"] = epoch
    if settings is not None:  # the settings sheet, signed: sample or not, retention, freshness
        doc["settings"] = dir_settings.to_json(settings)
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
