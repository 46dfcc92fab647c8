"""The directory spreadsheet: good input imports, every kind of bad input is named precisely."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import openpyxl
import pytest
from conftest_import_helpers import (
    DATE_CELL,
    Sheets,
    good_sheets,
    set_cell,
    write_csvs,
    write_xlsx,
)

from melayani_core.directory import tabular
from melayani_core.directory.formats import read_any
from melayani_core.directory.model import ImportFailed, ImportReport, Problem
from melayani_core.directory.template import read_template, write_template

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"


def failing(path: Path) -> ImportReport:
    with pytest.raises(ImportFailed) as caught:
        read_template(path)
    return caught.value.report


def has(report: ImportReport, sheet: str, row: int, column: str, severity: str = "error") -> bool:
    return any(
        (p.sheet, p.row, p.column, p.severity) == (sheet, row, column, severity)
        for p in report.problems
    )


def xlsx_error(tmp_path: Path, sheets: Sheets, sheet: str, row: int, column: str) -> Problem:
    report = failing(write_xlsx(tmp_path / "d.xlsx", sheets))
    assert has(report, sheet, row, column), [str(p) for p in report.problems]
    return next(p for p in report.errors if (p.sheet, p.row, p.column) == (sheet, row, column))


# --- good input ---------------------------------------------------------------------------------


def test_good_workbook(tmp_path: Path) -> None:
    directory, report = read_template(write_xlsx(tmp_path / "d.xlsx", good_sheets()))
    assert report.errors == []
    assert directory.source == "d.xlsx"
    orgs = {o.org_id: o for o in directory.organizations}
    giri = orgs["kec-giri"]
    assert giri.kind == "kecamatan"  # case-insensitive enum, stored lower case
    assert giri.phone == "+62333424123"
    assert giri.aliases == ["Giri Lama", "Kec Giri"]
    assert giri.assured_date == "2024-05-31"
    assert orgs["dukcapil"].kind == "opd" and orgs["dukcapil"].whatsapp == "+6281234560000"
    assert orgs["desa-a"].parent_id == "kec-giri"
    ktp, sktm = directory.services
    assert ktp.keywords == ["ktp ilang", "ktp rusak"]
    assert ktp.requirements == ["Surat kehilangan", "KK"]
    assert ktp.area == ["Giri", "Glagah"] and ktp.authority == "regency"
    assert sktm.authority == "village"
    c1, c2 = directory.contacts
    assert c1.languages == ["ind", "jav", "osi"]
    assert c1.service_ids == ["ktp-hilang", "sktm"] and c1.level == "manager"
    assert c1.whatsapp == "+6281234560000"
    assert c2.level == "technical" and c2.phone == "+6281300001111" and c2.whatsapp == ""


def test_csv_folder_gives_the_same_directory(tmp_path: Path) -> None:
    from_xlsx, _ = read_template(write_xlsx(tmp_path / "d.xlsx", good_sheets()))
    from_csv, _ = read_template(write_csvs(tmp_path / "csv", good_sheets()))
    assert from_csv.organizations == from_xlsx.organizations
    assert from_csv.services == from_xlsx.services
    assert from_csv.contacts == from_xlsx.contacts


def test_csv_with_bom_and_semicolon_delimiter(tmp_path: Path) -> None:
    folder = write_csvs(tmp_path / "csv", good_sheets(), encoding="utf-8-sig")
    assert (folder / "contacts.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    directory, _ = read_template(folder)
    assert len(directory.contacts) == 2
    # Excel in an Indonesian locale writes ";"-separated CSV
    path = folder / "organizations.csv"
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(
        "org_id;name;kind\nkec-giri;Kecamatan Giri;kecamatan\n"
        "dukcapil;Dispendukcapil;opd\ndesa-a;Desa Aman;desa\n",
        encoding="utf-8",
    )
    assert "," in text
    directory, _ = read_template(folder)
    assert [o.kind for o in directory.organizations] == ["kecamatan", "opd", "desa"]


def test_xlsx_number_and_date_cells(tmp_path: Path) -> None:
    sheets = good_sheets()
    set_cell(sheets, "organizations", 2, "phone", 6281234567890)  # int cell
    set_cell(sheets, "organizations", 3, "whatsapp", 81234567890.0)  # lost its 0, float
    set_cell(sheets, "organizations", 3, "phone", 333424123)  # landline lost its 0
    set_cell(sheets, "organizations", 2, "assured_date", DATE_CELL)
    set_cell(sheets, "services", 2, "fee", 0)
    directory, _ = read_template(write_xlsx(tmp_path / "d.xlsx", sheets))
    giri, dukcapil, _ = directory.organizations
    assert giri.phone == "+6281234567890"
    assert dukcapil.whatsapp == "+6281234567890"
    assert dukcapil.phone == "+62333424123"
    assert giri.assured_date == "2024-05-31"
    assert directory.services[0].fee == "0"


def test_headers_case_and_spaces(tmp_path: Path) -> None:
    sheets = good_sheets()
    sheets["contacts"][0] = [f"  {h.upper()} " for h in sheets["contacts"][0]]
    sheets["Contacts"] = sheets.pop("contacts")
    directory, _ = read_template(write_xlsx(tmp_path / "d.xlsx", sheets))
    assert [c.contact_id for c in directory.contacts] == ["c1", "c2"]


def test_warnings_do_not_block(tmp_path: Path) -> None:
    sheets = good_sheets()
    sheets["contacts"][0].append("catatan")
    sheets["contacts"][1].append("apa saja")
    set_cell(sheets, "contacts", 3, "service_ids", "")
    directory, report = read_template(write_xlsx(tmp_path / "d.xlsx", sheets))
    assert len(directory.contacts) == 2 and report.errors == []
    assert has(report, "contacts", 1, "catatan", "warning")
    assert has(report, "contacts", 3, "service_ids", "warning")


def test_empty_rows_skipped_and_rows_numbered_truly(tmp_path: Path) -> None:
    sheets = good_sheets()
    sheets["contacts"].insert(2, [None] * 13)
    sheets["contacts"].insert(2, [" "] * 13)
    set_cell(sheets, "contacts", 5, "level", "boss")  # c2, now on row 5
    xlsx_error(tmp_path, sheets, "contacts", 5, "level")
    report = failing(write_csvs(tmp_path / "csv", sheets))
    assert has(report, "contacts.csv", 5, "level")


def test_formula_cells_use_the_cached_value_only(tmp_path: Path) -> None:
    sheets = good_sheets()
    set_cell(sheets, "services", 2, "description", "=1+1")  # never calculated: no cached value
    directory, _ = read_template(write_xlsx(tmp_path / "d.xlsx", sheets))
    assert directory.services[0].description == ""


def test_empty_template_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "templat.xlsx"
    write_template(path)
    directory, report = read_template(path)
    assert report.problems == []
    assert directory.organizations == directory.services == directory.contacts == []
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Petunjuk", "organizations", "services", "contacts", "settings"]
    header = book["contacts"]["D1"]
    assert header.value == "position" and header.font.b and "WAJIB" in header.comment.text
    assert not book["contacts"]["E1"].font.b  # level is optional
    assert "112" in " ".join(str(c.value) for c in book["Petunjuk"]["A"])


def test_filled_template_imports(tmp_path: Path) -> None:
    path = tmp_path / "templat.xlsx"
    write_template(path)
    book = openpyxl.load_workbook(path)
    good = good_sheets()
    for sheet in ("organizations", "services", "contacts"):
        for row in good[sheet][1:]:
            book[sheet].append(row)
    book.save(path)
    directory, report = read_template(path)
    assert report.problems == [] and len(directory.contacts) == 2


# --- bad input: one test each, naming sheet, row and column ------------------------------------


def test_missing_sheet(tmp_path: Path) -> None:
    sheets = good_sheets()
    del sheets["services"]
    report = failing(write_xlsx(tmp_path / "d.xlsx", sheets))
    assert has(report, "services", 0, "")


def test_missing_csv_file(tmp_path: Path) -> None:
    folder = write_csvs(tmp_path / "csv", good_sheets())
    (folder / "contacts.csv").unlink()
    report = failing(folder)
    assert has(report, "contacts.csv", 0, "")


def test_missing_required_column(tmp_path: Path) -> None:
    sheets = good_sheets()
    for row in sheets["contacts"]:
        del row[3]  # position
    xlsx_error(tmp_path, sheets, "contacts", 1, "position")


def test_empty_required_cell(tmp_path: Path) -> None:
    xlsx_error(
        tmp_path, set_cell(good_sheets(), "services", 3, "name", "  "), "services", 3, "name"
    )


def test_duplicate_id(tmp_path: Path) -> None:
    sheets = set_cell(good_sheets(), "contacts", 3, "contact_id", "c1")
    problem = xlsx_error(tmp_path, sheets, "contacts", 3, "contact_id")
    assert "baris 2" in problem.message


@pytest.mark.parametrize(
    "sheet, row, column, value",
    [
        ("services", 2, "org_id", "tidak-ada"),
        ("contacts", 3, "org_id", "tidak-ada"),
        ("organizations", 4, "parent_id", "tidak-ada"),
        ("organizations", 2, "parent_id", "kec-giri"),  # its own parent
        ("contacts", 2, "service_ids", "ktp-hilang; tidak-ada"),
    ],
)
def test_dangling_reference(tmp_path: Path, sheet: str, row: int, column: str, value: str) -> None:
    xlsx_error(tmp_path, set_cell(good_sheets(), sheet, row, column, value), sheet, row, column)


@pytest.mark.parametrize(
    "sheet, row, column, value",
    [
        ("contacts", 2, "whatsapp", "0812-12"),
        ("contacts", 3, "phone", "nomor kantor"),
        ("organizations", 2, "phone", "0333"),
        ("organizations", 3, "whatsapp", 12345),
    ],
)
def test_invalid_phone(tmp_path: Path, sheet: str, row: int, column: str, value: object) -> None:
    problem = xlsx_error(
        tmp_path, set_cell(good_sheets(), sheet, row, column, value), sheet, row, column
    )  # noqa: E501
    assert str(value) in problem.message


@pytest.mark.parametrize(
    "sheet, row, column, value",
    [
        ("organizations", 2, "kind", "dinas"),
        ("services", 2, "authority", "kabupaten"),
        ("contacts", 2, "level", "boss"),
        ("contacts", 2, "languages", "ind; sunda"),
    ],
)
def test_wrong_enum_value(tmp_path: Path, sheet: str, row: int, column: str, value: str) -> None:
    xlsx_error(tmp_path, set_cell(good_sheets(), sheet, row, column, value), sheet, row, column)


def test_contact_without_any_number(tmp_path: Path) -> None:
    sheets = set_cell(good_sheets(), "contacts", 2, "whatsapp", "")
    xlsx_error(tmp_path, sheets, "contacts", 2, "whatsapp")


@pytest.mark.parametrize("value", ["31-05-2024", "2024-13-01", "kemarin", "2024/05/31"])
def test_bad_assured_date(tmp_path: Path, value: str) -> None:
    sheets = set_cell(good_sheets(), "contacts", 3, "assured_date", value)
    xlsx_error(tmp_path, sheets, "contacts", 3, "assured_date")


def test_cell_too_long(tmp_path: Path) -> None:
    sheets = set_cell(good_sheets(), "services", 2, "description", "x" * 10_001)
    xlsx_error(tmp_path, sheets, "services", 2, "description")
    report = failing(write_csvs(tmp_path / "csv", sheets))
    assert has(report, "services.csv", 2, "description")


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 5)
    sheets = good_sheets()
    sheets["organizations"] += [[f"o{i}", f"Org {i}"] for i in range(3)]
    xlsx_error(tmp_path, sheets, "organizations", 7, "")
    report = failing(write_csvs(tmp_path / "csv", sheets))
    assert has(report, "organizations.csv", 7, "")


def test_all_problems_collected(tmp_path: Path) -> None:
    sheets = good_sheets()
    set_cell(sheets, "organizations", 2, "kind", "dinas")
    set_cell(sheets, "services", 3, "org_id", "tidak-ada")
    set_cell(sheets, "contacts", 2, "whatsapp", "0812-12")
    set_cell(sheets, "contacts", 3, "level", "boss")
    report = failing(write_xlsx(tmp_path / "d.xlsx", sheets))
    assert len(report.errors) == 4


# --- bad files ----------------------------------------------------------------------------------


def test_latin1_csv_refused_naming_the_file(tmp_path: Path) -> None:
    sheets = set_cell(good_sheets(), "organizations", 2, "address", "Jl. Pahlawan № 1, Café")
    folder = write_csvs(tmp_path / "csv", sheets)
    path = folder / "organizations.csv"
    path.write_bytes(path.read_text(encoding="utf-8").replace("№", "No").encode("latin-1"))
    report = failing(folder)
    problem = next(p for p in report.errors if p.sheet == "organizations.csv")
    assert "organizations.csv" in problem.message and "UTF-8" in problem.message


def test_text_file_named_xlsx_refused(tmp_path: Path) -> None:
    fake = tmp_path / "direktori.xlsx"
    fake.write_text("org_id,name\n", encoding="utf-8")
    for reader in (read_template, read_any):
        with pytest.raises(ImportFailed) as caught:
            reader(fake)
        assert "Berkas bukan workbook Excel (.xlsx) yang sah" in str(caught.value)


def test_zip_that_is_not_a_workbook_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert "workbook Excel" in str(failing(path).errors[0].message)


def test_zip_bomb_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", good_sheets())
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/media/padding.bin", "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(12):  # 12 MB of zeros: compresses ~1000:1
                member.write(chunk)
    report = failing(path)
    assert "terlalu besar" in report.errors[0].message


def test_huge_declared_size_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_XLSX_UNCOMPRESSED", 1000)
    report = failing(write_xlsx(tmp_path / "d.xlsx", good_sheets()))
    assert report.errors[0].row == 0 and "terlalu besar" in report.errors[0].message


def test_read_any_refuses_other_things(tmp_path: Path) -> None:
    text = tmp_path / "catatan.txt"
    text.write_text("halo", encoding="utf-8")
    single_csv = write_csvs(tmp_path / "csv", good_sheets()) / "contacts.csv"
    (tmp_path / "kosong").mkdir()
    for path in (text, single_csv, tmp_path / "kosong", tmp_path / "tidak-ada.xlsx"):
        with pytest.raises(ImportFailed) as caught:
            read_any(path)
        assert caught.value.report.errors
    directory, _ = read_any(write_xlsx(tmp_path / "d.xlsx", good_sheets()))
    assert len(directory.services) == 2


# --- fuzz: ImportFailed or success, never another exception ------------------------------------


def test_a_zip_header_claiming_an_unknown_version_is_a_clear_error(tmp_path: Path) -> None:
    """A damaged central directory can claim zip version 19.8; Python raises NotImplementedError."""
    data = bytearray(write_xlsx(tmp_path / "good.xlsx", good_sheets()).read_bytes())
    at = data.index(b"PK\x01\x02")  # the first central-directory entry
    data[at + 6 : at + 8] = (198).to_bytes(2, "little")  # "version needed to extract"
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFailed) as failed:
        read_any(path)
    assert any("damaged.xlsx" == p.sheet for p in failed.value.report.errors)


def test_fuzz_random_bytes_and_cells(tmp_path: Path) -> None:
    rng = random.Random(1708)
    good = write_xlsx(tmp_path / "good.xlsx", good_sheets()).read_bytes()
    outcomes = {"ok": 0, "failed": 0}

    def attempt(path: Path) -> None:
        try:
            read_any(path)
            outcomes["ok"] += 1
        except ImportFailed:
            outcomes["failed"] += 1

    for i in range(200):
        kind = i % 4
        if kind == 0:  # random bytes named .xlsx
            path = tmp_path / f"r{i}.xlsx"
            path.write_bytes(rng.randbytes(rng.randrange(0, 4000)))
        elif kind == 1:  # a real workbook with some bytes damaged
            data = bytearray(good)
            for _ in range(rng.randrange(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            path = tmp_path / f"d{i}.xlsx"
            path.write_bytes(bytes(data))
        elif kind == 2:  # random bytes as one of the CSV files
            path = write_csvs(tmp_path / f"c{i}", good_sheets())
            target = rng.choice(["organizations", "services", "contacts"])
            (path / f"{target}.csv").write_bytes(rng.randbytes(rng.randrange(0, 2000)))
        else:  # random cell values in a workbook
            sheets = good_sheets()
            for _ in range(rng.randrange(1, 10)):
                sheet = rng.choice(list(sheets))
                row = rng.randrange(1, len(sheets[sheet]))
                col = rng.randrange(len(sheets[sheet][0]))
                sheets[sheet][row][col] = rng.choice(
                    [rng.random() * 1e12, rng.randrange(-(10**15), 10**15), DATE_CELL, True,
                     "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(30))),
                     "=A1", ";;;", "0812;0813"]
                )  # fmt: skip
            path = write_xlsx(tmp_path / f"v{i}.xlsx", sheets)
        attempt(path)
    assert outcomes["failed"] > 100 and sum(outcomes.values()) == 200


# --- the bundled sample --------------------------------------------------------------------------


@pytest.mark.skipif(not list(SAMPLE.glob("*.csv")), reason="sample data not generated yet")
def test_bundled_sample_imports_without_errors() -> None:
    directory, report = read_template(SAMPLE)
    assert report.errors == []
    assert directory.organizations and directory.services and directory.contacts


def test_column_letters_are_openpyxl_s():
    # tabular.column_letter names a stray cell's column without importing openpyxl
    from openpyxl.utils import get_column_letter

    from melayani_core.directory.tabular import column_letter

    assert [column_letter(i) for i in (1, 26, 27, 52, 703, 18278)] == [
        get_column_letter(i) for i in (1, 26, 27, 52, 703, 18278)
    ]
