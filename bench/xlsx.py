"""A small, fast .xlsx writer for the benchmark's workbooks (openpyxl takes minutes at 100k rows).

Writes what Excel writes for a filled-in template: a shared-strings table, every cell a
string (numbers included, as the template's text columns keep leading zeros), cell
references on every cell, and a ``Petunjuk`` sheet first.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

from melayani_core.directory.validate import COLUMNS, SHEETS

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


class _Strings:
    def __init__(self):
        self.index: dict[str, int] = {}
        self.count = 0

    def __call__(self, text: str) -> int:
        self.count += 1
        i = self.index.get(text)
        if i is None:
            i = self.index[text] = len(self.index)
        return i

    def xml(self) -> str:
        items = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in self.index)
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{NS}" '
            f'count="{self.count}" uniqueCount="{len(self.index)}">{items}</sst>'
        )


def _sheet(rows: list[list[str]], strings: _Strings) -> str:
    letters = [get_column_letter(i + 1) for i in range(max(len(r) for r in rows))]
    out = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}">'
        f'<dimension ref="A1:{letters[-1]}{len(rows)}"/><sheetData>'
    ]
    for n, row in enumerate(rows, start=1):
        cells = "".join(
            f'<c r="{letters[i]}{n}" t="s"><v>{strings(v)}</v></c>' for i, v in enumerate(row) if v
        )
        out.append(f'<row r="{n}">{cells}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write_workbook(sheets: dict[str, list[dict[str, str]]], path: Path) -> Path:
    names = ["Petunjuk", *SHEETS]
    strings = _Strings()
    bodies = [_sheet([["Petunjuk pengisian direktori Melayani Desk (data uji)"]], strings)]
    for sheet in SHEETS:
        rows = [list(COLUMNS[sheet])]
        rows += [[r.get(c, "") for c in COLUMNS[sheet]] for r in sheets[sheet]]
        bodies.append(_sheet(rows, strings))
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns='
            '"http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                f'ContentType="{CT}.worksheet+xml"/>'
                for i in range(1, len(names) + 1)
            )
            + "</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS}" '
            f'xmlns:r="{REL}"><sheets>'
            + "".join(
                f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>'
                for i, n in enumerate(names, start=1)
            )
            + "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="{PKG}">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="{REL}/worksheet" '
                f'Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, len(names) + 1)
            )
            + f'<Relationship Id="rId{len(names) + 1}" Type="{REL}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
        for i, body in enumerate(bodies, start=1):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", body)
        zf.writestr("xl/sharedStrings.xml", strings.xml())
    return path
