"""The directory's ``settings`` sheet (``settings.csv`` in a CSV folder): key,value rows.

One place reads and writes the directory-level settings (DirectorySettings) in each of
their forms: the sheet of the import template, the ``x_melayani_settings`` object of an
HSDS ``datapackage.json``, the ``meta`` table of a stored directory and the
``settings`` object of the signed manifest.  A missing sheet means the defaults (a
workbook made before the sheet existed); a bad value is an error naming sheet, row and
column, like every other cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .model import DirectorySettings, ImportReport

if TYPE_CHECKING:  # a directory is read at start-up without the import machinery
    from .tabular import Table

SHEET = "settings"
COLUMNS = ("key", "value")
MAX_MONTHS = 120
YES = ("yes", "ya", "true", "1", "y")
NO = ("no", "tidak", "false", "0", "n", "")

HELP: dict[str, str] = {
    "is_sample": "yes bila direktori ini DATA CONTOH (tidak boleh diberikan ke warga), no bila "
    "direktori resmi. Kosong = no.",
    "retention_months": "Berapa bulan data warga (nama, nomor HP, desa, catatan) disimpan "
    f"sebelum dihapus otomatis (UU 27/2022). 1 sampai {MAX_MONTHS}; kosong = 6.",
    "freshness_months": "Kontak yang tidak diperiksa (assured_date) lebih lama dari sekian "
    f"bulan ditandai untuk petugas. 1 sampai {MAX_MONTHS}; kosong = 12.",
}
KEYS = tuple(HELP)


def parse_value(key: str, raw: str) -> tuple[Any, str | None]:
    """The typed value of one setting (None for a blank: the default), or an Indonesian
    message saying what is wrong."""
    text = raw.strip().lower()
    if key == "is_sample":
        if text in YES:
            return True, None
        if text in NO:
            return (None if not text else False), None
        return None, f"Nilai '{raw}' tidak dikenal untuk is_sample. Tulis yes atau no."
    if not text:
        return None, None
    if not text.isdigit() or not 1 <= int(text) <= MAX_MONTHS:
        return None, f"{key} harus bilangan bulat 1 sampai {MAX_MONTHS} (bulan), bukan '{raw}'."
    return int(text), None


def from_pairs(
    pairs: Iterable[tuple[int, str, str]], report: ImportReport, sheet: str = SHEET
) -> DirectorySettings:
    """Settings from (row number, key, value) triples; problems go into ``report``."""
    values: dict[str, Any] = {}
    seen: dict[str, int] = {}
    for number, raw_key, raw_value in pairs:
        key = "_".join(raw_key.strip().lower().split())
        if not key:
            report.error(sheet, number, "key", "Kolom key kosong; tulis nama pengaturan.")
            continue
        if key not in HELP:
            report.warning(
                sheet, number, "key", f"Pengaturan '{raw_key}' tidak dikenal; diabaikan. "
                f"Yang dikenal: {', '.join(KEYS)}."
            )  # fmt: skip
            continue
        if key in seen:
            report.error(sheet, number, "key", f"'{key}' sudah diisi di baris {seen[key]}.")
            continue
        seen[key] = number
        value, message = parse_value(key, raw_value)
        if message:
            report.error(sheet, number, "value", message)
        elif value is not None:
            values[key] = value
    return replace(DirectorySettings(), **values)


def from_table(table: Table | None, report: ImportReport) -> DirectorySettings:
    """The settings sheet as read (None when the workbook or folder has none: defaults)."""
    if table is None:
        return DirectorySettings()
    for column in COLUMNS:
        if table.rows and column not in table.headers:
            report.error(table.name, 1, column, f"Kolom wajib '{column}' tidak ada.")
            return DirectorySettings()
    pairs = ((r.number, r.cells.get("key", ""), r.cells.get("value", "")) for r in table.rows)
    return from_pairs(pairs, report, table.name)


def rows(settings: DirectorySettings) -> list[tuple[str, str]]:
    """(key, value) rows as the template and an export write them."""
    return [
        ("is_sample", "yes" if settings.is_sample else "no"),
        ("retention_months", str(settings.retention_months)),
        ("freshness_months", str(settings.freshness_months)),
    ]


def to_meta(settings: DirectorySettings) -> dict[str, str]:
    """The stored directory's ``meta`` rows (``is_sample`` keeps its old form, "1"/"0")."""
    return {
        "is_sample": "1" if settings.is_sample else "0",
        "retention_months": str(settings.retention_months),
        "freshness_months": str(settings.freshness_months),
    }


def from_meta(meta: Mapping[str, str]) -> DirectorySettings:
    """The settings of a stored directory; a directory built before they existed has the
    defaults (and its old ``is_sample`` flag)."""
    values: dict[str, Any] = {"is_sample": meta.get("is_sample") == "1"}
    for key in ("retention_months", "freshness_months"):
        value, message = parse_value(key, meta.get(key, ""))
        if value is not None and not message:
            values[key] = value
    return replace(DirectorySettings(), **values)


def to_json(settings: DirectorySettings) -> dict[str, Any]:
    """For the signed manifest and an HSDS ``datapackage.json``."""
    return {
        "is_sample": settings.is_sample,
        "retention_months": settings.retention_months,
        "freshness_months": settings.freshness_months,
    }


def from_json(data: Any) -> DirectorySettings:
    """The manifest's ``settings`` (absent = defaults); raises ValueError when malformed."""
    if data is None:
        return DirectorySettings()
    if not isinstance(data, dict):
        raise ValueError("settings bukan objek")
    sample = data.get("is_sample", False)
    if not isinstance(sample, bool):
        raise ValueError("settings.is_sample bukan true/false")
    values: dict[str, Any] = {"is_sample": sample}
    for key in ("retention_months", "freshness_months"):
        if key not in data:
            continue
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MONTHS:
            raise ValueError(f"settings.{key} harus 1 sampai {MAX_MONTHS}")
        values[key] = value
    return replace(DirectorySettings(), **values)
