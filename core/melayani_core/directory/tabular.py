"""Read an .xlsx workbook or CSV files into plain rows of text cells, with row numbers.

Everything here is defensive: the files come from outside. Size limits are checked before any
parsing, every cell becomes stripped text, and a file that cannot be read becomes an error in the
report, never an exception.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .model import ImportReport

MAX_CELL_CHARS = 10_000
MAX_ROWS = 200_000
MAX_COLUMNS = 500
MAX_CSV_BYTES = 100 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_XLSX_MEMBERS = 10_000
MAX_RATIO = 100
BIG_MEMBER = 10 * 1024 * 1024

NOT_WORKBOOK = "Berkas bukan workbook Excel (.xlsx) yang sah"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass
class Row:
    number: int  # spreadsheet row number (header = 1)
    cells: dict[str, str]  # normalised header -> stripped text


@dataclass
class Table:
    name: str  # how problems name it: the sheet name or the CSV file name
    headers: list[str] = field(default_factory=list)  # normalised, "" for a blank header
    rows: list[Row] = field(default_factory=list)


def column_letter(index: int) -> str:
    """1 -> "A", 27 -> "AA": a spreadsheet column's name (openpyxl's get_column_letter,
    without importing openpyxl on the CSV path: ~60 ms and several MB)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_key(value: object) -> str:
    """ "Org ID *" -> "org_id": case, surrounding spaces and a required-marker star ignored."""
    text = cell_text(value).lower().rstrip("*").strip()
    return "_".join(text.split())


def cell_text(value: object) -> str:
    """One cell as text: numbers without ".0", dates as ISO, everything stripped."""
    if type(value) is str:  # nearly every cell: the last branch, taken first
        return value.replace("\r\n", "\n").strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M") if not value.second else value.strftime("%H:%M:%S")
    return str(value).replace("\r\n", "\n").strip()


def _build_table(
    name: str,
    raw_rows: Iterable[Sequence[object]],
    report: ImportReport,
    lazy: bool = False,
    texts: Callable[[Sequence[object]], list[str]] | None = None,
) -> Table:
    """Turn raw rows (first = header) into a Table, checking the limits.

    ``lazy``: the table's rows are an iterator, checked as they are consumed (once), so a
    100,000-row sheet is never in memory twice (as rows and as records).  ``texts``: a
    row's cells as text (default: ``cell_text`` of each, as a workbook's need).
    """
    table = Table(name)
    rows = iter(raw_rows)
    header = next(rows, None)
    if header is None:
        return table
    if len(header) > MAX_COLUMNS:
        header = header[:MAX_COLUMNS]
    table.headers = [header_key(v) for v in header]
    seen: set[str] = set()
    for index, key in enumerate(table.headers):
        if key and key in seen:
            report.error(name, 1, key, f"Judul kolom '{key}' muncul dua kali.")
            table.headers[index] = ""
        seen.add(key)
    stream = _rows(table, rows, report, texts or _cell_texts)
    table.rows = stream if lazy else list(stream)  # type: ignore[assignment]
    return table


def _cell_texts(values: Sequence[object]) -> list[str]:
    return [cell_text(v) for v in values[:MAX_COLUMNS]]


def _csv_texts(values: Sequence[object]) -> list[str]:
    """``_cell_texts`` of a CSV record, whose cells are all ``str``: cell_text's first branch."""
    return [v.replace("\r\n", "\n").strip() for v in values[:MAX_COLUMNS]]  # type: ignore[attr-defined]


def _rows(
    table: Table,
    rows: Iterator[Sequence[object]],
    report: ImportReport,
    as_texts: Callable[[Sequence[object]], list[str]],
) -> Iterator[Row]:
    name = table.name
    headers = table.headers
    width = len(headers)
    every_key = all(headers)  # no blank or repeated header: a row maps onto them directly
    stray_warned = False
    count = 0
    for number, values in enumerate(rows, start=2):
        texts = as_texts(values)
        if not any(texts):
            continue
        if count >= MAX_ROWS:
            report.error(name, number, "", f"Terlalu banyak baris: lebih dari {MAX_ROWS:,}.")
            break
        if every_key and len(texts) <= width and max(map(len, texts)) <= MAX_CELL_CHARS:
            # the loop below, for a row with nothing to report: every cell under its header
            count += 1
            yield Row(number, dict(zip(headers, texts, strict=False)))  # a row may be short
            continue
        cells: dict[str, str] = {}
        for index, text in enumerate(texts):
            key = headers[index] if index < width else ""
            if not key:
                if text and not stray_warned:
                    letter = column_letter(index + 1)
                    report.warning(
                        name, number, letter, "Ada isian di kolom tanpa judul; diabaikan."
                    )
                    stray_warned = True
                continue
            if len(text) > MAX_CELL_CHARS:
                report.error(
                    name,
                    number,
                    key,
                    f"Isi sel terlalu panjang ({len(text):,} karakter; paling banyak "
                    f"{MAX_CELL_CHARS:,}).",
                )
                text = text[:MAX_CELL_CHARS]
            cells[key] = text
        if any(cells.values()):
            count += 1
            yield Row(number, cells)


# --- CSV ---------------------------------------------------------------------------------------


def find_file(folder: Path, name: str) -> Path | None:
    """The file called `name` in `folder`, matching the name case-insensitively."""
    exact = folder / name
    if exact.is_file():
        return exact
    for candidate in sorted(folder.iterdir()):
        if candidate.name.lower() == name.lower() and candidate.is_file():
            return candidate
    return None


def _sniff_delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(
    path: Path,
    report: ImportReport,
    name: str | None = None,
    lazy: bool = False,
    parse_first: bool = True,
) -> Table | None:
    """Read one UTF-8 CSV file (a BOM is fine). None, with an error reported, if it cannot be.

    ``lazy``: rows are read as they are consumed (see _build_table); the file is parsed once
    beforehand, so a damaged record still refuses it here, before any row is looked at.
    ``parse_first=False`` (lazy only): not parsed beforehand; a damaged record raises
    ``csv.Error`` where it is read (the caller reads the file again to report it).
    """
    name = name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            report.error(name, 0, "", f"Berkas {path.name} terlalu besar ({size:,} byte).")
            return None
        data = path.read_bytes()
    except OSError as exc:
        report.error(name, 0, "", f"Berkas {path.name} tidak dapat dibaca: {exc.strerror or exc}")
        return None
    bad = _bad_utf8_at(data)
    if bad is not None:
        line = data.count(b"\n", 0, bad) + 1
        report.error(
            name,
            0,
            "",
            f"Berkas {path.name} bukan teks UTF-8 (byte tidak sah di baris teks {line}). "
            "Simpan ulang dari Excel sebagai 'CSV UTF-8 (Comma delimited)'.",
        )
        return None
    if b"\x00" in data:  # in UTF-8 a zero byte is the NUL character and nothing else
        report.error(name, 0, "", f"Berkas {path.name} bukan berkas CSV teks (berisi byte nol).")
        return None
    end = data.find(b"\n")
    delimiter = _sniff_delimiter(data[: end if end >= 0 else len(data)].decode("utf-8-sig"))
    # Streamed: the text is never whole in memory (as a str, one letter outside Latin-1
    # makes every character of it 2 or 4 bytes: a 23 MB contacts.csv was 44 MB, and more
    # again while it was split), nor in an io.StringIO (4 bytes a character), nor a list of
    # every record.  The rows are decoded from the bytes a chunk at a time; the same
    # records, limit and errors as before.
    if lazy and not parse_first:
        rows = islice(csv.reader(_lines(data), delimiter=delimiter), MAX_ROWS + 2)
        return _build_table(name, rows, report, lazy=True, texts=_csv_texts)
    if lazy:
        count = 0
        try:
            for _ in csv.reader(_lines(data), delimiter=delimiter):
                count += 1
                if count > MAX_ROWS + 1:
                    break
        except csv.Error as exc:
            report.error(name, count + 1, "", f"Berkas {path.name} rusak sebagai CSV: {exc}")
            return None
        rows = islice(csv.reader(_lines(data), delimiter=delimiter), MAX_ROWS + 2)
        return _build_table(name, rows, report, lazy=True, texts=_csv_texts)
    reader = csv.reader(_lines(data), delimiter=delimiter)
    count = 0
    mark = len(report.problems)

    def records() -> Iterable[list[str]]:
        nonlocal count
        for record in reader:
            count += 1
            yield record
            if count > MAX_ROWS + 1:
                return

    stream = iter(records())
    try:
        table = _build_table(name, stream, report, texts=_csv_texts)
        for _ in stream:  # a damaged record up to the limit still refuses the file
            pass
    except csv.Error as exc:
        del report.problems[mark:]  # as if the rows had never been looked at
        report.error(name, count + 1, "", f"Berkas {path.name} rusak sebagai CSV: {exc}")
        return None
    return table


def _bad_utf8_at(data: bytes, chunk: int = 1 << 20) -> int | None:
    """Where ``data.decode("utf-8-sig")`` fails (its error's ``start``: counted after a
    BOM), or None when it does not; decoded a line-aligned chunk at a time, so no copy of
    the whole text is ever made (a newline byte is never part of another character)."""
    start = 3 if data.startswith(codecs.BOM_UTF8) else 0
    view = memoryview(data)
    at = start
    while at < len(data):
        end = data.find(b"\n", at + chunk)
        end = len(data) if end < 0 else end + 1
        try:
            str(view[at:end], "utf-8")
        except UnicodeDecodeError as exc:
            return at - start + exc.start
        at = end
    return None


def _lines(data: bytes, chunk: int = 64 * 1024) -> Iterator[str]:
    """The lines of ``data`` (checked UTF-8, a BOM dropped) as
    ``io.StringIO(data.decode("utf-8-sig"), newline="")`` gives them, decoded ``chunk``
    bytes at a time (``BytesIO`` shares ``data``: nothing is copied whole)."""
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    stream._CHUNK_SIZE = chunk  # type: ignore[attr-defined]  # its read size, settable
    return iter(stream)


# --- xlsx --------------------------------------------------------------------------------------


def _check_zip(path: Path, report: ImportReport) -> bool:
    name = path.name
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        report.error(name, 0, "", f"Berkas {name} tidak dapat dibaca: {exc.strerror or exc}")
        return False
    if magic == OLE_MAGIC:
        report.error(
            name,
            0,
            "",
            f"{NOT_WORKBOOK}: ini berkas Excel lama (.xls) atau dilindungi kata sandi. "
            "Simpan ulang sebagai .xlsx tanpa kata sandi.",
        )
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        # NotImplementedError: a damaged header claiming a zip version or method Python lacks
        report.error(name, 0, "", f"{NOT_WORKBOOK}.")
        return False
    total = sum(m.file_size for m in members)
    too_packed = [
        m
        for m in members
        if m.file_size > BIG_MEMBER and m.file_size > MAX_RATIO * max(m.compress_size, 1)
    ]
    if len(members) > MAX_XLSX_MEMBERS or total > MAX_XLSX_UNCOMPRESSED or too_packed:
        report.error(
            name,
            0,
            "",
            f"{NOT_WORKBOOK}: isinya setelah dibuka terlalu besar ({total:,} byte). "
            "Berkas ditolak demi keamanan.",
        )
        return False
    return True


def read_workbook(path: Path, sheets: Sequence[str], report: ImportReport) -> dict[str, Table]:
    """Read the named sheets (matched case-insensitively) of an .xlsx workbook.

    Sheets that are absent are simply not in the result. A file that is not a sound workbook
    gives an error in the report and an empty result.
    """
    if not _check_zip(path, report):
        return {}
    from .xlsx_reader import iter_values, load_workbook  # openpyxl: not for the CSV path

    tables: dict[str, Table] = {}
    wanted = {s.lower(): s for s in sheets}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(path)
            try:
                for title in book.sheetnames:
                    key = title.strip().lower()
                    sheet = book[title]
                    if key not in wanted or key in tables or not hasattr(sheet, "iter_rows"):
                        continue
                    sheet.reset_dimensions()  # a false <dimension> must not pad every row
                    rows = iter_values(sheet)
                    tables[key] = _build_table(wanted[key], rows, report)
            finally:
                book.close()
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        report.error(path.name, 0, "", f"{NOT_WORKBOOK} ({type(exc).__name__}).")
        return {}
    return tables
