"""The directory spreadsheet: read a filled-in template, write an empty one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import settings as dir_settings
from .gc_pause import gc_paused
from .model import (
    AUTHORITIES,
    LEVELS,
    ORG_KINDS,
    Directory,
    DirectorySettings,
    ImportFailed,
    ImportReport,
)
from .tabular import Table, find_file, read_csv, read_workbook
from .validate import COLUMNS, REQUIRED, SHEETS, Streamed, stream_directory

INSTRUCTIONS_SHEET = "Petunjuk"


def read_template(path: str | Path) -> tuple[Directory, ImportReport]:
    """Read an .xlsx workbook or a folder of the three CSV files.

    Returns the Directory and the report (warnings only); raises ImportFailed when the report
    has any error, so nothing is half-imported.
    """
    with gc_paused():
        return stream_template(Path(path)).whole()


def stream_template(path: Path, parse_first: bool = True) -> Streamed:
    """``read_template`` with the contacts read and checked as they are taken (``Streamed``:
    ImportFailed after the last one when the report has an error).  ``parse_first=False``:
    a CSV folder's files are not parsed beforehand (``read_csv``): a damaged record raises
    ``csv.Error`` (see ``formats.stream_csv_folder``)."""
    with gc_paused():  # the organizations and services are read now
        return _stream_template(path, parse_first)


def _stream_template(path: Path, parse_first: bool) -> Streamed:
    report = ImportReport()
    tables: dict[str, Table | None] = {}
    settings_table: Table | None = None
    if path.is_dir():
        for sheet in SHEETS:
            file = find_file(path, f"{sheet}.csv")
            if file is None:
                report.error(f"{sheet}.csv", 0, "", f"Berkas {sheet}.csv tidak ada di folder.")
                tables[sheet] = None
            else:
                tables[sheet] = read_csv(file, report, file.name, True, parse_first)
        file = find_file(path, f"{dir_settings.SHEET}.csv")  # optional: absent = defaults
        settings_table = read_csv(file, report, file.name) if file else None
    else:
        found = read_workbook(path, (*SHEETS, dir_settings.SHEET), report)
        if not found and report.errors:
            raise ImportFailed(report)
        for sheet in SHEETS:
            tables[sheet] = found.get(sheet)
            if sheet not in found:
                report.error(sheet, 0, "", f"Lembar '{sheet}' tidak ada di workbook {path.name}.")
        settings_table = found.get(dir_settings.SHEET)
    settings = dir_settings.from_table(settings_table, report)
    directory, contacts = stream_directory(tables, report, source=path.name)
    directory.settings = settings
    return Streamed(directory, report, contacts)


# --- the empty template --------------------------------------------------------------------------

COLUMN_HELP: dict[str, dict[str, str]] = {
    "organizations": {
        "org_id": "Kode unik organisasi, tetap sama di setiap impor (mis. DISPENDUKCAPIL).",
        "name": "Nama resmi organisasi.",
        "short_name": "Singkatan atau nama pendek.",
        "kind": f"Jenis organisasi: {', '.join(ORG_KINDS)}. Kosong = opd.",
        "parent_id": "org_id organisasi induk (mis. desa -> kecamatan). Boleh kosong.",
        "address": "Alamat kantor.",
        "phone": "Nomor telepon kantor.",
        "whatsapp": "Nomor WhatsApp kantor.",
        "email": "Alamat email.",
        "website": "Alamat situs web.",
        "hours": "Jam layanan, mis. Senin-Jumat 08.00-15.00.",
        "authority_note": "Catatan kewenangan: apa yang bukan urusan organisasi ini.",
        "description": "Keterangan singkat.",
        "aliases": "Nama lain atau nama lama, dipisah titik koma (;).",
        "assured_date": "Tanggal data terakhir diperiksa, TTTT-BB-HH (mis. 2024-05-31).",
    },
    "services": {
        "service_id": "Kode unik layanan, tetap sama di setiap impor.",
        "org_id": "org_id penyelenggara layanan (harus ada di lembar organizations).",
        "name": "Nama layanan.",
        "category": "Kategori layanan (mis. Kependudukan).",
        "keywords": "Kata kunci yang dipakai warga, dipisah titik koma (;).",
        "description": "Keterangan layanan.",
        "requirements": "Persyaratan, dipisah titik koma (;).",
        "fee": "Biaya (mis. Gratis).",
        "duration": "Jangka waktu penyelesaian (mis. 3 hari kerja).",
        "authority": "Kewenangan: regency (kabupaten), village (desa), province (provinsi), "
        "central (pusat), third_party (pihak ketiga). Kosong = regency.",
        "authority_note": "Catatan kewenangan.",
        "online_url": "Alamat layanan daring, bila ada.",
        "area": "Kecamatan yang dilayani, dipisah titik koma (;). Kosong = seluruh kabupaten.",
        "assured_date": "Tanggal data terakhir diperiksa, TTTT-BB-HH.",
    },
    "contacts": {
        "contact_id": "Kode unik kontak, tetap sama di setiap impor.",
        "org_id": "org_id tempat kontak bekerja.",
        "name": "Nama petugas.",
        "position": "Jabatan.",
        "level": "Tingkat: head (kepala), manager (kepala bidang/seksi), technical (petugas "
        "teknis), frontdesk (petugas loket). Kosong = technical.",
        "whatsapp": "Nomor WhatsApp. Isi whatsapp atau phone (minimal salah satu).",
        "phone": "Nomor telepon. Isi whatsapp atau phone (minimal salah satu).",
        "email": "Alamat email.",
        "hours": "Jam dapat dihubungi.",
        "languages": "Bahasa: ind (id), jav (jv), osi (Osing), mad (Madura); dipisah titik koma.",
        "service_ids": "service_id layanan yang ditangani kontak ini, dipisah titik koma (;).",
        "area": "Kecamatan yang ditangani, dipisah titik koma (;).",
        "assured_date": "Tanggal data terakhir diperiksa, TTTT-BB-HH.",
    },
}

GENERAL_HELP = [
    "Petunjuk pengisian direktori Melayani Desk",
    "",
    "Isi tiga lembar: organizations, services, contacts. Lembar Petunjuk ini diabaikan saat impor.",
    "Lembar settings berisi pengaturan direktori, satu per baris (key, value): is_sample "
    "(DATA CONTOH atau bukan), retention_months (lama data warga disimpan), "
    "freshness_months (batas umur pemeriksaan kontak). Boleh dihapus: nilai bawaan dipakai.",
    "Baris 1 tiap lembar adalah judul kolom: jangan diubah. Kolom bertanda WAJIB (judul tebal) "
    "harus diisi; kolom lain boleh kosong. Kolom tambahan diabaikan dengan peringatan.",
    "Kode (org_id, service_id, contact_id) harus unik dan tetap sama di setiap impor.",
    "Daftar dalam satu sel dipisah titik koma (;), mis.: KTP; KK; Surat pengantar RT.",
    "Nomor telepon/WhatsApp, satu nomor per sel: 0812-3456-7890, 081234567890, "
    "+62 812 3456 7890, 6281234567890, (0333) 424123; nomor darurat seperti 112 juga boleh. "
    "Kolom nomor sudah berformat Teks agar angka 0 di depan tidak hilang.",
    "Tanggal ditulis TTTT-BB-HH, mis. 2024-05-31.",
    "Baris kosong dilewati. Bila ada kesalahan, tidak ada data yang diimpor; laporan menyebut "
    "lembar, baris dan kolom yang perlu diperbaiki.",
    "",
    f"Nilai kind: {', '.join(ORG_KINDS)}",
    f"Nilai authority: {', '.join(AUTHORITIES)}",
    f"Nilai level: {', '.join(LEVELS)}",
    "Nilai languages: ind, jav, osi, mad (juga id, jv)",
    "",
]

TEXT_COLUMNS = {"phone", "whatsapp", "org_id", "service_id", "contact_id", "parent_id"}
ENUM_COLUMNS = {
    ("organizations", "kind"): ORG_KINDS,
    ("services", "authority"): AUTHORITIES,
    ("contacts", "level"): LEVELS,
}


def write_template(out_path: str | Path) -> None:
    """Write an empty .xlsx template: Petunjuk plus the three sheets with their header rows."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    guide = book.active
    guide.title = INSTRUCTIONS_SHEET
    for line in GENERAL_HELP:
        guide.append([line])
    guide["A1"].font = Font(bold=True, size=14)
    guide.append(["Lembar", "Kolom", "Wajib", "Keterangan"])
    for cell in guide[guide.max_row]:
        cell.font = Font(bold=True)
    for sheet in SHEETS:
        for column in COLUMNS[sheet]:
            mark = "WAJIB" if column in REQUIRED[sheet] else ""
            guide.append([sheet, column, mark, COLUMN_HELP[sheet][column]])
    for key in dir_settings.KEYS:
        guide.append([dir_settings.SHEET, key, "", dir_settings.HELP[key]])
    for letter, width in zip("ABCD", (16, 16, 8, 100), strict=True):
        guide.column_dimensions[letter].width = width

    for sheet in SHEETS:
        ws = book.create_sheet(sheet)
        ws.append(list(COLUMNS[sheet]))
        for index, column in enumerate(COLUMNS[sheet], start=1):
            cell = ws.cell(row=1, column=index)
            required = column in REQUIRED[sheet]
            cell.font = Font(bold=required)
            cell.alignment = Alignment(horizontal="center")
            note = ("WAJIB diisi. " if required else "") + COLUMN_HELP[sheet][column]
            cell.comment = Comment(note, "Melayani Desk")
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = max(14, len(column) + 4)
            if column in TEXT_COLUMNS:
                ws.column_dimensions[letter].number_format = "@"
            allowed = ENUM_COLUMNS.get((sheet, column))
            if allowed:
                check = DataValidation(
                    type="list", formula1=f'"{",".join(allowed)}"', allow_blank=True
                )
                check.error = f"Pilih salah satu: {', '.join(allowed)}"
                check.showErrorMessage = True
                ws.add_data_validation(check)
                check.add(f"{letter}2:{letter}10000")
        ws.freeze_panes = "A2"
    _settings_sheet(book, Font, Comment)
    book.save(Path(out_path))


def _settings_sheet(book: Any, font: Any, comment: Any) -> None:  # openpyxl: untyped
    """The ``settings`` sheet: key,value rows with the defaults filled in."""
    ws = book.create_sheet(dir_settings.SHEET)
    ws.append(list(dir_settings.COLUMNS))
    for cell in ws[1]:
        cell.font = font(bold=True)
    for key, value in dir_settings.rows(DirectorySettings()):
        ws.append([key, value])
        ws.cell(row=ws.max_row, column=1).comment = comment(dir_settings.HELP[key], "Melayani Desk")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["B"].number_format = "@"
    ws.freeze_panes = "A2"
