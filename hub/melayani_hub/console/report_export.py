"""The report's tables as the page shows them and as downloads: one CSV per table, or one
workbook (.xlsx, a sheet per table).  Column titles are the page's (Indonesian)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from melayani_hub.report_query import Report

PERCENT = "response_rate"


@dataclass(frozen=True)
class Section:
    name: str  # the key in Report.tables, and the CSV's name
    title: str
    columns: tuple[tuple[str, str], ...]  # (title, row key)
    chart: str = ""  # "bars", "columns" or none


COUNT = ("Rujukan", "referrals")
RESPONSE = (("Rujukan", "referrals"), ("Ada hasil", "with_outcome"),
            ("Ditanggapi/selesai", "answered"), ("Tingkat tanggapan", PERCENT),
            ("Rata-rata jam sampai ditanggapi", "mean_hours"),
            ("Ditanggapi dalam 2 jam", "within_standard"))  # fmt: skip
SECTIONS = (
    Section("agency", "Rujukan per instansi", (("Kode", "key"), ("Instansi", "label"), COUNT),
            "bars"),
    Section("service", "Rujukan per layanan", (("Kode", "key"), ("Layanan", "label"), COUNT),
            "bars"),
    Section("concept", "Rujukan per konsep kebutuhan",
            (("Kode", "key"), ("Konsep kebutuhan", "label"), COUNT), "bars"),
    Section("kecamatan", "Rujukan per kecamatan", (("Kecamatan", "label"), COUNT), "bars"),
    Section("desa", "Rujukan per desa/kelurahan",
            (("Kecamatan / desa", "label"), COUNT), "bars"),
    Section("desk", "Rujukan per meja", (("Meja", "label"), ("Id meja", "key"), COUNT), "bars"),
    Section("week", "Rujukan per minggu (ISO, WIB)", (("Minggu", "label"), COUNT), "columns"),
    Section("response_agency", "Tanggapan per instansi",
            (("Instansi", "label"), *RESPONSE)),
    Section("response_contact", "Tanggapan per kontak",
            (("Kontak (instansi)", "label"), ("Kode", "key"), *RESPONSE)),
    Section("unmet", "Kebutuhan yang tidak menemukan layanan (dicari, tanpa hasil)",
            (("Kebutuhan", "label"), ("Dicari", "searches"), ("Meja", "desks"),
             ("Kecamatan", "kecamatan"), ("Terakhir", "last"))),
    Section("browsed", "Kebutuhan yang layanannya ditemukan lewat jelajah, bukan pencarian",
            (("Kebutuhan", "label"), ("Layanan", "service"), COUNT)),
)  # fmt: skip
BY_NAME = {s.name: s for s in SECTIONS}


def cell(key: str, value: Any) -> Any:
    """A value as the page shows it ("-" for none, a share as a percentage)."""
    if value is None:
        return "-"
    if key == PERCENT:
        return f"{value * 100:.0f}%"
    if key == "last":
        from melayani_hub.console.web import wib

        return wib(value)
    return value


def rows_of(report: Report, section: Section) -> list[list[Any]]:
    return [[cell(k, r.get(k)) for _, k in section.columns] for r in report.tables[section.name]]


def csv_bytes(report: Report, section: Section) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([title for title, _ in section.columns])
    writer.writerows(_safe(row) for row in rows_of(report, section))
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel reads it as UTF-8


def _safe(row: list[Any]) -> list[Any]:
    """A need typed at a desk starting with = + - @ would be a formula in a spreadsheet."""
    return ["'" + v if isinstance(v, str) and v[:1] in "=+-@\t\r" else v for v in row]


def xlsx_bytes(report: Report) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    about = book.active
    about.title = "Ringkasan"
    f = report.filters
    about.append(["Laporan rujukan Melayani Hub (waktu WIB)"])
    about.append(["Dari", f.start.isoformat()])
    about.append(["Sampai", f.end.isoformat()])
    about.append(["Instansi", f.agency or "semua"])
    about.append(["Rujukan dihitung", report.totals["referrals"]])
    about.append(["Rujukan pada DATA CONTOH (tidak dihitung)", report.totals["sample_left_out"]])
    for section in SECTIONS:
        sheet = book.create_sheet(section.name[:31])
        sheet.append([title for title, _ in section.columns])
        for row in rows_of(report, section):
            sheet.append(_safe(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
