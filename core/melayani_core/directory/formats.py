"""One entry point for every directory import format, chosen by what the path is."""

from __future__ import annotations

from pathlib import Path

from .hsds import read_hsds, write_hsds
from .model import Directory, ImportFailed, ImportReport
from .tabular import NOT_WORKBOOK, find_file
from .template import read_template, write_template
from .validate import SHEETS

LEXICON_FOLDER = "lexicon"

__all__ = ["read_any", "read_hsds", "read_template", "write_hsds", "write_template"]


def _fail(path: Path, message: str) -> ImportFailed:
    report = ImportReport()
    report.error(path.name, 0, "", message)
    return ImportFailed(report)


def read_any(path: str | Path) -> tuple[Directory, ImportReport]:
    """Import `path`: an .xlsx workbook, a folder with the three CSV files, or an HSDS package.

    Raises ImportFailed (with an Indonesian report) for anything else or for bad data.
    """
    path = Path(path)
    if path.is_dir():
        if find_file(path, "datapackage.json") is not None:
            return read_hsds(path)
        if any(find_file(path, f"{sheet}.csv") for sheet in SHEETS):
            directory, report = read_template(path)
            carried_lexicon(path / LEXICON_FOLDER, directory, report)
            return directory, report
        raise _fail(
            path,
            "Folder ini tidak berisi organizations.csv, services.csv dan contacts.csv, "
            "dan juga bukan paket HSDS (datapackage.json).",
        )
    if not path.is_file():
        raise _fail(path, "Berkas atau folder tidak ditemukan.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_template(path)
    if path.name.lower() == "datapackage.json":
        return read_hsds(path.parent)
    if suffix == ".xls":
        raise _fail(path, f"{NOT_WORKBOOK}: format .xls lama. Simpan ulang sebagai .xlsx.")
    if suffix == ".csv":
        raise _fail(
            path,
            "Pilih folder yang berisi organizations.csv, services.csv dan contacts.csv, "
            "bukan satu berkas CSV.",
        )
    raise _fail(path, f"{NOT_WORKBOOK}. Pilih berkas .xlsx, folder CSV, atau folder paket HSDS.")


def carried_lexicon(folder: Path, directory: Directory, report: ImportReport) -> None:
    """The lexicon files a CSV folder (or a hub snapshot) carries in ``lexicon/``: each
    malformed line is a warning naming file and line, and is skipped when searching."""
    if not folder.is_dir():
        return
    from melayani_core.search.knowledge import load_knowledge
    from melayani_core.search.lexicon import bundled_files, files_from_folder

    try:
        files = files_from_folder(folder)
    except (OSError, UnicodeDecodeError) as exc:
        report.error(LEXICON_FOLDER, 0, "", f"Berkas leksikon tidak dapat dibaca: {exc}")
        raise ImportFailed(report) from None
    for problem in load_knowledge({**bundled_files(), **files}).problems:
        name = problem.split(":", 1)[0]
        if name in files:
            report.warning(LEXICON_FOLDER, 0, "", f"{problem} (baris dilewati)")
    directory.lexicon = files


def read_directory(path: str | Path) -> tuple[Directory, ImportReport]:
    """``read_any`` for a directory about to replace the one in use (a desk import, a hub
    publish): an import without a single service is refused, so a template saved before
    it was filled in never leaves the desks with nothing to search."""
    directory, report = read_any(path)
    if not directory.services:
        report.error(
            "services",
            0,
            "",
            "Direktori kosong: tidak ada satu pun layanan. Direktori lama tetap dipakai.",
        )
        raise ImportFailed(report)
    if not directory.contacts:
        report.warning(
            "contacts",
            0,
            "",
            "Tidak ada satu pun kontak: layanan akan tampil tanpa nomor untuk dihubungi. "
            "Periksa lembar/berkas contacts (dan phones.csv pada paket HSDS).",
        )
    return directory, report
