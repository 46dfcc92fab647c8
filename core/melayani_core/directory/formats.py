"""One entry point for every directory import format, chosen by what the path is."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from .gc_pause import gc_paused
from .hsds import read_hsds, write_hsds
from .model import Directory, ImportFailed, ImportReport
from .tabular import NOT_WORKBOOK, find_file
from .template import read_template, stream_template, write_template
from .validate import SHEETS, Streamed

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
            with gc_paused():
                return stream_csv_folder(path).whole()
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


def stream_csv_folder(path: Path) -> Streamed:
    """``read_any`` of a folder of the three CSV files (a hub snapshot unpacked), with the
    contacts read and checked as they are taken (``validate.Streamed``); the lexicon it
    carries is read now and its problems reported after the contacts', as ``read_any``
    reports them.

    The files are parsed once, as they are read (a snapshot is the hub's own output, so a
    damaged record is the rare case): when one is met they are read again as ``read_any``
    reads them, each parsed first, to report it as an import does."""

    def read(parse_first: bool) -> Streamed:
        streamed = stream_template(path, parse_first)
        streamed.checks.append(_carry(path / LEXICON_FOLDER, streamed.directory, streamed.report))
        return streamed

    try:
        streamed = read(parse_first=False)
    except csv.Error:  # in the organizations or services, read now
        return read(parse_first=True)
    streamed.reread = lambda: read(parse_first=True)
    return streamed


def carried_lexicon(folder: Path, directory: Directory, report: ImportReport) -> None:
    """The lexicon files a CSV folder (or a hub snapshot) carries in ``lexicon/``: each
    malformed line is a warning naming file and line, and is skipped when searching."""
    _carry(folder, directory, report)()


def _carry(folder: Path, directory: Directory, report: ImportReport) -> Callable[[], None]:
    """``carried_lexicon`` in two steps: the files are read into ``directory`` now, and
    what is wrong with them is reported by the step returned (ImportFailed when they could
    not be read)."""
    if not folder.is_dir():
        return lambda: None
    from melayani_core.search.knowledge import load_knowledge
    from melayani_core.search.lexicon import bundled_files, files_from_folder

    try:
        files = files_from_folder(folder)
    except (OSError, UnicodeDecodeError) as exc:
        unreadable = f"Berkas leksikon tidak dapat dibaca: {exc}"

        def refuse() -> None:
            report.error(LEXICON_FOLDER, 0, "", unreadable)
            raise ImportFailed(report)

        return refuse
    directory.lexicon = files

    def warn() -> None:
        for problem in load_knowledge({**bundled_files(), **files}).problems:
            name = problem.split(":", 1)[0]
            if name in files:
                report.warning(LEXICON_FOLDER, 0, "", f"{problem} (baris dilewati)")

    return warn


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
