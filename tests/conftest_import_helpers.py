"""Helpers for the import tests: small directory spreadsheets as xlsx workbooks or CSV folders.

Not a conftest (pytest does not load it by itself); the import tests import it by name.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook

Sheets = dict[str, list[list[object]]]  # sheet name -> rows, the first being the header


def good_sheets() -> Sheets:
    """A small, valid directory that uses every column, list and enum."""
    return {
        "organizations": [
            ["org_id", "name", "short_name", "kind", "parent_id", "address", "phone", "whatsapp",
             "email", "website", "hours", "authority_note", "description", "aliases",
             "assured_date"],
            ["kec-giri", "Kecamatan Giri", "Kec. Giri", "Kecamatan", "", "Jl. Raya Giri 1",
             "(0333) 424123", "", "giri@example.go.id", "https://giri.example", "08.00-15.00",
             "", "Kantor kecamatan", "Giri Lama; Kec Giri", "2024-05-31"],
            ["dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil", "opd",
             "", "Jl. KH Agus Salim", "0333-421234", "081234560000", "", "", "", "",
             "", "", ""],
            ["desa-a", "Desa Aman", "", "desa", "kec-giri", "", "", "", "", "", "", "",
             "", "", ""],
        ],
        "services": [
            ["service_id", "org_id", "name", "category", "keywords", "description",
             "requirements", "fee", "duration", "authority", "authority_note", "online_url",
             "area", "assured_date"],
            ["ktp-hilang", "dukcapil", "KTP-el hilang", "Kependudukan", "ktp ilang; ktp rusak",
             "Cetak ulang KTP-el", "Surat kehilangan; KK", "Gratis", "1 hari kerja",
             "Regency", "", "https://example.go.id/ktp", "Giri; Glagah", "2024-06-01"],
            ["sktm", "desa-a", "Surat keterangan tidak mampu", "", "", "", "", "", "",
             "village", "Cukup di desa", "", "", ""],
        ],
        "contacts": [
            ["contact_id", "org_id", "name", "position", "level", "whatsapp", "phone", "email",
             "hours", "languages", "service_ids", "area", "assured_date"],
            ["c1", "dukcapil", "Budi", "Kepala Seksi", "manager", "0812-3456-0000", "",
             "budi@example.go.id", "08.00-14.00", "id; jv; osi", "ktp-hilang; sktm",
             "Giri", "2024-06-02"],
            ["c2", "desa-a", "Sari", "Kasi Pelayanan", "", "", "+62 813 0000 1111", "", "",
             "ind", "sktm", "", ""],
        ],
    }  # fmt: skip


def write_xlsx(
    path: Path, sheets: Sheets, extra: dict[str, list[list[object]]] | None = None
) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in {**sheets, **(extra or {})}.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def write_csvs(folder: Path, sheets: Sheets, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in sheets.items():
        with open(folder / f"{name}.csv", "w", encoding=encoding, newline="") as handle:
            csv.writer(handle).writerows(["" if v is None else v for v in row] for row in rows)
    return folder


def column(sheets: Sheets, sheet: str, name: str) -> int:
    return [str(h).strip().lower() for h in sheets[sheet][0]].index(name)


def set_cell(sheets: Sheets, sheet: str, row: int, name: str, value: object) -> Sheets:
    """Set a cell by spreadsheet row number (header = 1) and column name."""
    sheets[sheet][row - 1][column(sheets, sheet, name)] = value
    return sheets


DATE_CELL = dt.datetime(2024, 5, 31)
