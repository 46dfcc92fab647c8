"""A faster way through openpyxl's read-only workbooks, with the same values.

openpyxl spends ~10 µs per cell in read-only mode (a dict and a coordinate parse per
cell, a ``Text`` object per shared string): a 100,000-contact template took ~20 s.
Here openpyxl still opens the workbook (manifest, relationships, styles, date formats,
epoch, sheet list: everything that decides what a value means) and only the two hot
loops are replaced, each doing exactly what openpyxl does for ``data_only=True``:

- the shared-strings table: a plain ``<si><t>…</t></si>`` is read directly, anything
  else (rich text, phonetic runs, attributes) goes through openpyxl's ``Text``;
- the rows of a sheet: ``WorkSheetParser.parse_row``/``parse_cell`` and
  ``ReadOnlyWorksheet._cells_by_row``/``_get_row`` with ``values_only=True`` after
  ``reset_dimensions()`` (missing rows as ``[]``, each row as wide as its last cell).

tests/test_xlsx_reader.py checks the values against openpyxl's own on many workbooks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from openpyxl.cell.text import Text
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._reader import _cast_number
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

SI = f"{{{SHEET_MAIN_NS}}}si"
T = f"{{{SHEET_MAIN_NS}}}t"
ROW = f"{{{SHEET_MAIN_NS}}}row"
VALUE = f"{{{SHEET_MAIN_NS}}}v"
INLINE = f"{{{SHEET_MAIN_NS}}}is"
_COORDINATE = re.compile(r"([A-Za-z]+)(\d+)")


def _string_table(source: IO[bytes]) -> list[str]:
    """openpyxl.reader.strings.read_string_table, with a direct path for plain strings."""
    strings = []
    for _, node in iterparse(source):
        if node.tag == SI:
            if not node.attrib and len(node) == 1 and node[0].tag == T and not len(node[0]):
                text = node[0].text or ""
            else:
                text = Text.from_tree(node).content
            strings.append(text.replace("x005F_", ""))
            node.clear()
    return strings


class _Reader(ExcelReader):
    def read_strings(self) -> None:
        ct = self.package.find(SHARED_STRINGS)
        if ct is not None:
            with self.archive.open(ct.PartName[1:]) as src:
                self.shared_strings = _string_table(src)


def load_workbook(path: Path) -> Any:  # an openpyxl Workbook (untyped)
    """openpyxl.load_workbook(path, read_only=True, data_only=True), strings read faster."""
    reader = _Reader(path, read_only=True, data_only=True)
    reader.read()
    return reader.wb


def _column(coordinate: str) -> int:
    match = _COORDINATE.fullmatch(coordinate)
    if match is None:
        return int(coordinate_to_tuple(coordinate)[1])  # raises as openpyxl would
    return int(column_index_from_string(match.group(1)))


def iter_values(sheet: Any) -> Iterator[tuple[object, ...] | list[object]]:  # ReadOnlyWorksheet
    """``sheet.iter_rows(values_only=True)`` of a sheet whose dimensions were reset."""
    book = sheet.parent
    strings = sheet._shared_strings
    epoch, dates, durations = book.epoch, book._date_formats, book._timedelta_formats
    counter = 1
    row_number = 0
    with sheet._get_source() as source:
        for _, element in iterparse(source):
            if element.tag != ROW:
                continue
            r = element.get("r")
            if r is not None:
                try:
                    row_number = int(r)
                except ValueError:
                    number = float(r)
                    if not number.is_integer():
                        raise ValueError(f"{r} is not a valid row number") from None
                    row_number = int(number)
            else:
                row_number += 1
            column = 0
            cells: list[tuple[int, object]] = []
            for cell in element:
                data_type = cell.get("t", "n")
                coordinate = cell.get("r")
                style = cell.get("s", 0)
                if style:
                    style = int(style)
                column = _column(coordinate) if coordinate else column + 1
                value = None if data_type == "inlineStr" else (cell.findtext(VALUE) or None)
                if value is not None:
                    if data_type == "n":
                        value = _cast_number(value)
                        if style in dates:
                            try:
                                value = from_excel(value, epoch, timedelta=style in durations)
                            except (OverflowError, ValueError):
                                value = "#VALUE!"
                    elif data_type == "s":
                        value = strings[int(value)]
                    elif data_type == "b":
                        value = bool(int(value))
                    elif data_type == "d":
                        value = from_ISO8601(value)
                elif data_type == "inlineStr":
                    child = cell.find(INLINE)
                    if child is not None:
                        value = Text.from_tree(child).content
                cells.append((column, value))
            element.clear()
            for _ in range(counter, row_number):
                counter += 1
                yield []
            if counter <= row_number:
                counter += 1
                if not cells:
                    yield ()
                    continue
                width = cells[-1][0]
                values: list[object] = [None] * width
                for index, value in cells:
                    if 1 <= index <= width:
                        values[index - 1] = value
                yield tuple(values)
