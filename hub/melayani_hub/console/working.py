"""The working copy of the directory on the hub: the template's rows (organizations,
services, contacts) as the console edits them, seeded from the latest published snapshot.

Every edit is checked by the core's own template validation
(``melayani_core.directory.validate.build_directory``) over the whole working copy with the
edit in place, so the console refuses exactly what an import would, and stores the values
as an import normalises them (numbers in E.164)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from melayani_core.directory.model import Contact, ImportReport, Organization, Service
from melayani_core.directory.tabular import Row, Table
from melayani_core.directory.validate import COLUMNS, SHEETS, build_directory
from melayani_core.snapshot import sheet_csv
from melayani_hub.console.tables import working
from melayani_hub.db import write
from melayani_hub.models import DirectoryVersion

ID_COLUMN = {"organizations": "org_id", "services": "service_id", "contacts": "contact_id"}
EDITABLE = ("services", "contacts")  # a curator edits these; organizations are the admin's


def _org(sheet: str, cells: dict[str, str]) -> str:
    return cells.get("org_id", "")


def read_csv_rows(data: bytes) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    return [{k.strip().lower(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def snapshot_rows(snapshot: bytes) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(snapshot)) as zf:
        return {sheet: read_csv_rows(zf.read(f"{sheet}.csv")) for sheet in SHEETS}


def replace_all(conn: Connection, rows: dict[str, list[dict[str, str]]]) -> None:
    conn.execute(delete(working))
    for sheet in SHEETS:
        values = [
            {"sheet": sheet, "record_id": cells[ID_COLUMN[sheet]], "org_id": _org(sheet, cells),
             "cells": json.dumps(cells, ensure_ascii=False), "position": n}
            for n, cells in enumerate(rows.get(sheet, []))
        ]  # fmt: skip
        if values:
            conn.execute(insert(working), values)


def seed(engine: Engine, *, again: bool = False) -> int | None:
    """Fill an empty working copy (or, ``again``, replace it) from the latest published
    version; returns that version (None when nothing is published)."""
    with write(engine) as conn:
        if not again and conn.scalar(select(func.count()).select_from(working)):
            return None
        row = conn.execute(
            select(DirectoryVersion.version, DirectoryVersion.snapshot)
            .order_by(DirectoryVersion.version.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        replace_all(conn, snapshot_rows(bytes(row.snapshot)))
        return row.version


def all_rows(conn: Connection) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {sheet: [] for sheet in SHEETS}
    q = select(working.c.sheet, working.c.cells).order_by(working.c.position, working.c.id)
    for sheet, cells in conn.execute(q):
        out[sheet].append(json.loads(cells))
    return out


def rows_of(engine: Engine, sheet: str, org_id: str | None) -> list[dict[str, str]]:
    q = select(working.c.cells).where(working.c.sheet == sheet)
    if org_id is not None:
        q = q.where(working.c.org_id == org_id)
    with engine.connect() as conn:
        return [json.loads(c) for c in conn.scalars(q.order_by(working.c.position, working.c.id))]


def one(conn: Connection, sheet: str, record_id: str) -> dict[str, str] | None:
    cells = conn.scalar(
        select(working.c.cells).where(working.c.sheet == sheet, working.c.record_id == record_id)
    )
    return json.loads(cells) if cells else None


def tables_of(rows: dict[str, list[dict[str, str]]]) -> dict[str, Table]:
    return {
        sheet: Table(sheet, list(COLUMNS[sheet]),
                     [Row(n + 2, dict(cells)) for n, cells in enumerate(rows[sheet])])
        for sheet in SHEETS
    }  # fmt: skip


def check(
    rows: dict[str, list[dict[str, str]]], edits: Iterable[tuple[str, dict[str, str]]]
) -> tuple[dict[tuple[str, str], list[str]], dict[tuple[str, str], dict[str, str]]]:
    """Validate the working copy with ``edits`` (sheet, cells) in place.

    Returns (errors per edited (sheet, record id): "column: message", the edited rows as
    the import normalises them)."""
    rows = {sheet: list(found) for sheet, found in rows.items()}
    where: dict[tuple[str, int], tuple[str, str]] = {}
    for sheet, cells in edits:
        cells = {c: (cells.get(c) or "").strip() for c in COLUMNS[sheet]}
        key = cells[ID_COLUMN[sheet]]
        ids = [r.get(ID_COLUMN[sheet]) for r in rows[sheet]]
        if key and key in ids:
            rows[sheet][ids.index(key)] = cells
            number = ids.index(key) + 2
        else:
            rows[sheet].append(cells)
            number = len(rows[sheet]) + 1
        where[(sheet, number)] = (sheet, key)
    report = ImportReport()
    directory = build_directory(tables_of(rows), report)
    errors: dict[tuple[str, str], list[str]] = {target: [] for target in where.values()}
    for problem in report.errors:
        target = where.get((problem.sheet, problem.row))
        if target is not None:
            errors[target].append(f"{problem.column}: {problem.message}" if problem.column
                                  else problem.message)  # fmt: skip
    records: dict[str, Sequence[Service | Contact | Organization]] = {
        "services": directory.services,
        "contacts": directory.contacts,
        "organizations": directory.organizations,
    }
    normalised: dict[tuple[str, str], dict[str, str]] = {}
    for sheet, key in where.values():
        for record in records[sheet]:
            if getattr(record, ID_COLUMN[sheet]) == key:
                normalised[(sheet, key)] = read_csv_rows(sheet_csv(sheet, [record]))[0]
    return errors, normalised


def apply(conn: Connection, sheet: str, cells: dict[str, str]) -> None:
    key = cells[ID_COLUMN[sheet]]
    values = {"cells": json.dumps(cells, ensure_ascii=False), "org_id": _org(sheet, cells)}
    done = conn.execute(
        update(working).where(working.c.sheet == sheet, working.c.record_id == key).values(values)
    )
    if done.rowcount == 0:
        position = (conn.scalar(select(func.max(working.c.position))) or 0) + 1
        conn.execute(insert(working).values(sheet=sheet, record_id=key, position=position,
                                            **values))  # fmt: skip


def blank(sheet: str, org_id: str) -> dict[str, Any]:
    cells = {c: "" for c in COLUMNS[sheet]}
    cells["org_id"] = org_id
    return cells
