"""Bad input to the directory importers: random workbooks, CSV bytes and HSDS packages.

Whatever comes in, ``import_path`` either installs a whole directory or raises ImportFailed
with problems that name where they are; anything else is a crash. A refused import leaves
the directory in use exactly as it was (same CURRENT, same file bytes, no stray files).
"""

from __future__ import annotations

import hashlib
import shutil
import string
import zipfile
from pathlib import Path

import openpyxl
import pytest
from fuzz_settings import fuzz
from hypothesis import given
from hypothesis import strategies as st

from melayani_core.directory.hsds import write_hsds
from melayani_core.directory.model import ImportFailed
from melayani_core.directory.tabular import MAX_CELL_CHARS
from melayani_core.storage.directory_db import DirectoryStore
from melayani_desk.directory.local import import_path, open_reader, read_installed
from melayani_desk.paths import resource

HEADERS = {
    "organizations": ["org_id", "name", "kind", "phone", "whatsapp", "parent_id"],
    "services": ["service_id", "org_id", "name", "keywords", "authority", "area"],
    "contacts": ["contact_id", "org_id", "name", "position", "level", "whatsapp", "service_ids"],
}
cells = st.one_of(
    st.none(),
    st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=40),
    st.sampled_from(["o1", "o2", "s1", "c1", "opd", "technical", "0812-3456-7890", "=1+1",
                     "+62 812 3456 7890", "regency", "Giri;Glagah", "  ", "'", "\t"]),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
)  # fmt: skip
sheet_rows = st.lists(st.lists(cells, max_size=8), max_size=6)


def snapshot(data: Path) -> tuple[str, str, list[str]]:
    store = DirectoryStore(data)
    current = store.current()
    assert current is not None
    digest = hashlib.sha256(current.read_bytes()).hexdigest()
    return store.pointer.read_text(), digest, sorted(p.name for p in store.folder.iterdir())


def import_or_refuse(data: Path, path: Path) -> bool:
    """True when imported; on refusal the directory in use is untouched."""
    before = snapshot(data)
    try:
        import_path(data, path)
    except ImportFailed as exc:
        assert exc.report.errors, "refused without a reason"
        for problem in exc.report.errors:
            assert problem.sheet and problem.message, problem
        assert snapshot(data) == before, "a refused import changed the directory"
        return False
    reader = open_reader(data)
    try:
        reader.counts()  # readable and whole (an empty directory is accepted today)
    finally:
        reader.close()
    return True


@pytest.fixture
def desk(sample_dir, tmp_path):
    data = tmp_path / "desk"
    shutil.copytree(sample_dir, data)
    return data


def write_book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@fuzz(40)
@given(
    rows=st.fixed_dictionaries({name: sheet_rows for name in HEADERS}),
    headers=st.booleans(),
    drop=st.sampled_from([None, *HEADERS]),
)
def test_random_workbooks_import_whole_or_not_at_all(desk, tmp_path_factory, rows, headers, drop):
    sheets = {
        name: ([HEADERS[name]] if headers else []) + body
        for name, body in rows.items()
        if name != drop
    }
    path = write_book(tmp_path_factory.mktemp("xlsx") / "direktori.xlsx", sheets)
    import_or_refuse(desk, path)


@fuzz(30)
@given(
    blobs=st.fixed_dictionaries(
        {
            name: st.one_of(
                st.binary(max_size=300),
                st.text(alphabet=string.printable + "é\u00a0;\"'", max_size=300).map(str.encode),
            )
            for name in HEADERS
        }
    ),
    keep_header=st.booleans(),
)
def test_random_csv_folders_import_whole_or_not_at_all(desk, tmp_path_factory, blobs, keep_header):
    folder = tmp_path_factory.mktemp("csv")
    for name, blob in blobs.items():
        head = (",".join(HEADERS[name]) + "\n").encode() if keep_header else b""
        (folder / f"{name}.csv").write_bytes(head + blob)
    import_or_refuse(desk, folder)


@pytest.fixture(scope="module")
def hsds_package(tmp_path_factory, sample_dir) -> Path:
    folder = tmp_path_factory.mktemp("hsds-export")
    reader = open_reader(sample_dir)
    try:
        write_hsds(read_installed(reader), folder)
    finally:
        reader.close()
    return folder


@fuzz(12)
@given(data=st.data())
def test_mutated_hsds_packages_import_whole_or_not_at_all(desk, tmp_path_factory, hsds_package,
                                                          data):  # fmt: skip
    folder = tmp_path_factory.mktemp("hsds")
    shutil.copytree(hsds_package, folder, dirs_exist_ok=True)
    files = sorted(folder.iterdir())
    for _ in range(data.draw(st.integers(1, 4))):
        target = data.draw(st.sampled_from(files))
        raw = bytearray(target.read_bytes())
        how = data.draw(st.sampled_from(["flip", "cut", "insert", "delete", "empty"]))
        at = data.draw(st.integers(0, max(0, len(raw) - 1)))
        if how == "flip" and raw:
            raw[at] ^= data.draw(st.integers(1, 255))
        elif how == "cut":
            del raw[at:]
        elif how == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=40))
        elif how == "delete":
            target.unlink()
            files.remove(target)
            continue
        else:
            raw = bytearray()
        target.write_bytes(bytes(raw))
    import_or_refuse(desk, folder)


# --- oversized and malicious files -----------------------------------------------------------


def test_zip_bomb_workbook_is_refused_before_parsing(desk, tmp_path):
    bomb = tmp_path / "bom.xlsx"
    good = write_book(tmp_path / "good.xlsx", {n: [h] for n, h in HEADERS.items()})
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/worksheets/sheet9.xml", b"\0" * (64 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    before = snapshot(desk)
    with pytest.raises(ImportFailed) as failed:
        import_path(desk, bomb)
    assert "keamanan" in str(failed.value.report.errors[0])
    assert snapshot(desk) == before


@pytest.mark.parametrize(
    "size, column", [(MAX_CELL_CHARS * 2, "name"), (4 * 1024 * 1024, "")], ids=["20k", "4M"]
)
def test_huge_cell_is_an_error_naming_sheet_row_and_column(desk, tmp_path, size, column):
    folder = tmp_path / "csv"
    shutil.copytree(resource("sample"), folder, ignore=shutil.ignore_patterns("*.md"))
    text = (folder / "services.csv").read_text(encoding="utf-8").splitlines()
    parts = text[3].split(",")
    parts[2] = "x" * size
    text[3] = ",".join(parts)
    (folder / "services.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    before = snapshot(desk)
    with pytest.raises(ImportFailed) as failed:
        import_path(desk, folder)
    where = [(p.sheet, p.row, p.column) for p in failed.value.report.errors]
    assert ("services.csv", 4, column) in where  # beyond csv's own field limit: row only
    assert snapshot(desk) == before


def test_formula_cells_are_neutralised_in_exported_csv_and_come_back_unchanged(
    desk, tmp_path, sample_dir
):
    reader = open_reader(sample_dir)
    try:
        directory = read_installed(reader)
    finally:
        reader.close()
    evil = [
        '=HYPERLINK("http://evil.example","klik")',
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "'=sudah dikutip",
    ]
    for service, text in zip(directory.services, evil, strict=False):
        service.name = text
    directory.organizations[0].description = "=1+1"
    out = tmp_path / "hsds"
    write_hsds(directory, out)
    raw = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.csv"))
    for text in evil[:4]:
        assert f"'{text}" in raw.replace('""', '"')
    for line in raw.splitlines():
        for cell in line.split(","):
            cell = cell.strip('"')
            assert not (cell[:1] in "=@" and cell[1:2]), f"live formula in export: {line[:80]}"
    _, back, _ = import_path(desk, out)
    names = {s.service_id: s.name for s in back.services}
    for service, text in zip(directory.services, evil, strict=False):
        assert names[service.service_id] == text
    assert phone_untouched(out)


def phone_untouched(folder: Path) -> bool:
    """E.164 numbers stay plain numbers: other HSDS readers must be able to use them."""
    phones = (folder / "phones.csv").read_text(encoding="utf-8")
    return "'+62" not in phones and "+62" in phones


# --- the successful path -------------------------------------------------------------------

FREE_TEXT = {  # sheet -> columns a person writes freely (any letters, any script)
    "organizations": ["name", "address", "hours", "description"],
    "services": ["name", "description", "fee", "duration"],  # not lists (requirements)
    "contacts": ["name", "position", "hours"],
}
words = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
    min_size=1,
    max_size=60,
).filter(lambda t: t.strip() and t.strip()[0] not in "=+-@")


@fuzz(25)
@given(texts=st.data(), as_csv=st.booleans())
def test_random_valid_directories_import_and_read_back_what_was_written(
    desk, tmp_path_factory, texts, as_csv
):
    """Fuzzing that reaches the import's successful path: a valid directory whose free
    text is anything a person could type imports, and reads back as written."""
    from conftest_import_helpers import column, good_sheets, write_csvs, write_xlsx

    sheets = good_sheets()
    for sheet, names in FREE_TEXT.items():
        for name in names:
            at = column(sheets, sheet, name)
            for row in sheets[sheet][1:]:
                row[at] = texts.draw(words)
    where = tmp_path_factory.mktemp("valid")
    path = write_csvs(where / "csv", sheets) if as_csv else write_xlsx(where / "d.xlsx", sheets)
    assert import_or_refuse(desk, path), "a valid directory was refused"
    reader = open_reader(desk)
    try:
        read = {
            "organizations": {o.org_id: o for o in reader.organizations().values()},
            "services": {s.service_id: s for s in reader.services()},
        }
        for sheet in ("organizations", "services"):
            ids = column(sheets, sheet, sheets[sheet][0][0])
            for row in sheets[sheet][1:]:
                record = read[sheet][row[ids]]
                for name in FREE_TEXT[sheet]:
                    written = " ".join(str(row[column(sheets, sheet, name)]).split())
                    assert " ".join(str(getattr(record, name)).split()) == written, name
    finally:
        reader.close()
