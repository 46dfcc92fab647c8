"""The fast workbook reader gives exactly openpyxl's read-only values."""

from __future__ import annotations

import datetime as dt
import random
import warnings
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from melayani_core.directory.xlsx_reader import iter_values, load_workbook


def _openpyxl_rows(path, title):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # as tabular.read_workbook does
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book[title]
            sheet.reset_dimensions()
            return [tuple(r) for r in sheet.iter_rows(values_only=True)]
        finally:
            book.close()


def _fast_rows(path, title):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(path)
        try:
            sheet = book[title]
            sheet.reset_dimensions()
            return [tuple(r) for r in iter_values(sheet)]
        finally:
            book.close()


def _random_value(rng: random.Random):
    kind = rng.randrange(10)
    if kind == 0:
        return None
    if kind == 1:
        return rng.randint(-(10**12), 10**12)
    if kind == 2:
        return rng.uniform(-1e6, 1e6)
    if kind == 3:
        return rng.choice([True, False])
    if kind == 4:
        return dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))
    if kind == 5:
        return dt.datetime(2024, 5, 31, rng.randint(0, 23), rng.randint(0, 59))
    if kind == 6:
        return dt.time(rng.randint(0, 23), rng.randint(0, 59))
    if kind == 7:
        return CellRichText("awal ", TextBlock(InlineFont(b=True), "tebal"), " akhir")
    if kind == 8:
        return "=1+1"
    return "".join(rng.choice("abc xyz_x005F_0812-\u00e2 ") for _ in range(rng.randint(0, 12)))


def test_values_match_openpyxl(tmp_path):
    rng = random.Random(6)
    for n in range(25):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "data"
        for _ in range(rng.randint(0, 30)):
            row = rng.randint(1, 60)
            column = rng.randint(1, 12)
            value = _random_value(rng)
            cell = sheet.cell(row=row, column=column, value=value)
            if rng.random() < 0.2:
                cell.number_format = rng.choice(["@", "0.00", "yyyy-mm-dd", "[h]:mm", "General"])
        if rng.random() < 0.3:
            book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
        path = tmp_path / f"book{n}.xlsx"
        book.save(path)
        assert _fast_rows(path, "data") == _openpyxl_rows(path, "data"), n


def _rewrite(path, member, text):
    with zipfile.ZipFile(path) as zin:
        parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    parts[member] = text.encode("utf-8")
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def test_hand_written_sheet_matches_openpyxl(tmp_path):
    """Rows and cells without references, gaps, inline strings, odd types."""
    path = tmp_path / "hand.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "data"
    book.active["A1"] = "x"
    book.save(path)
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = (
        f'<worksheet xmlns="{ns}"><sheetData>'
        '<row r="2"><c t="inlineStr"><is><t>satu</t></is></c><c><v>2</v></c></row>'
        '<row><c r="C3" t="str"><v>teks</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>'
        "</row>"
        '<row r="7"/><row r="6"><c r="A6"><v>1.5E3</v></c></row>'
        '<row r="9.0"><c r="b9" t="d"><v>2024-05-31T10:00:00</v></c><c t="s"><v></v></c></row>'
        "</sheetData></worksheet>"
    )
    _rewrite(path, "xl/worksheets/sheet1.xml", sheet)
    assert _fast_rows(path, "data") == _openpyxl_rows(path, "data")
