"""HSDS 3.0: our export imports again unchanged, and Open Referral's own example imports."""

from __future__ import annotations

import csv
import json
import random
import shutil
import uuid
from pathlib import Path

import pytest
from conftest_import_helpers import good_sheets, set_cell, write_xlsx

from melayani_core.directory.formats import read_any, write_hsds
from melayani_core.directory.hsds import NAMESPACE, TERM_IDS, ident, read_hsds
from melayani_core.directory.model import Directory, ImportFailed
from melayani_core.directory.template import read_template

# Open Referral's own example package, kept in the repository (CC BY-SA 4.0, see its SOURCE.md)
EXAMPLE = Path(__file__).resolve().parent / "data" / "hsds-3.0-example"


def records(directory: Directory) -> tuple[list, list, list]:
    return directory.organizations, directory.services, directory.contacts


def rows(folder: Path, stem: str) -> list[dict[str, str]]:
    with open(folder / f"{stem}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def full_directory(tmp_path: Path) -> Directory:
    """The good template with every optional field filled and a UUID id mixed in."""
    sheets = good_sheets()
    set_cell(sheets, "organizations", 2, "whatsapp", "0812-3456-0000")
    set_cell(sheets, "organizations", 2, "authority_note", "Bukan urusan KTP")
    set_cell(sheets, "services", 3, "category", "Sosial")
    set_cell(sheets, "services", 3, "duration", "15 menit")
    set_cell(sheets, "services", 3, "online_url", "https://desa.example")
    set_cell(sheets, "contacts", 3, "whatsapp", "0813-0000-2222")
    set_cell(sheets, "contacts", 3, "contact_id", str(uuid.uuid4()))
    directory, report = read_template(write_xlsx(tmp_path / "d.xlsx", sheets))
    assert report.problems == []
    return directory


def test_template_to_hsds_and_back_is_equal(tmp_path: Path) -> None:
    directory = full_directory(tmp_path)
    write_hsds(directory, tmp_path / "hsds")
    again, report = read_hsds(tmp_path / "hsds")
    assert report.problems == []
    assert records(again) == records(directory)
    assert again.source == "hsds"


def test_export_ids_are_deterministic_uuids(tmp_path: Path) -> None:
    directory = full_directory(tmp_path)
    write_hsds(directory, tmp_path / "a")
    write_hsds(directory, tmp_path / "b")
    for name in ("organizations.csv", "contacts.csv", "attributes.csv", "phones.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    orgs = rows(tmp_path / "a", "organizations")
    assert orgs[0]["id"] == str(uuid.uuid5(NAMESPACE, "organizations:kec-giri"))
    contacts = rows(tmp_path / "a", "contacts")
    assert contacts[1]["id"] == directory.contacts[1].contact_id  # a UUID stays itself
    for table in ("organizations", "services", "contacts", "phones", "attributes"):
        for row in rows(tmp_path / "a", table):
            uuid.UUID(row["id"])


def test_profile_attributes_and_whatsapp_marking(tmp_path: Path) -> None:
    directory = full_directory(tmp_path)
    write_hsds(directory, tmp_path / "hsds")
    attributes = rows(tmp_path / "hsds", "attributes")
    kinds = {(a["link_entity"], a["link_type"], a["value"]) for a in attributes}
    assert ("organization", "kind", "kecamatan") in kinds
    assert ("service", "authority", "village") in kinds
    assert ("contact", "level", "manager") in kinds
    assert ("phone", "whatsapp", "true") in kinds
    assert all(a["taxonomy_term_id"] == TERM_IDS[a["link_type"]] for a in attributes)
    whatsapp = [p for p in rows(tmp_path / "hsds", "phones") if p["description"] == "WhatsApp"]
    assert {p["number"] for p in whatsapp} >= {"+6281234560000"}
    terms = rows(tmp_path / "hsds", "taxonomy_terms")
    assert {t["code"] for t in terms} == set(TERM_IDS)


def test_datapackage_lists_its_resources(tmp_path: Path) -> None:
    write_hsds(full_directory(tmp_path), tmp_path / "hsds")
    package = json.loads((tmp_path / "hsds" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package"
    names = {r["name"] for r in package["resources"]}
    assert {"organization", "service", "contact", "phone", "attribute", "language"} <= names
    for resource in package["resources"]:
        path = tmp_path / "hsds" / resource["path"]
        with open(path, encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == [f["name"] for f in resource["schema"]["fields"]]


def test_read_any_detects_a_package(tmp_path: Path) -> None:
    directory = full_directory(tmp_path)
    write_hsds(directory, tmp_path / "hsds")
    again, _ = read_any(tmp_path / "hsds")
    assert records(again) == records(directory)
    again, _ = read_any(tmp_path / "hsds" / "datapackage.json")
    assert records(again) == records(directory)


def test_open_referral_example_imports() -> None:
    directory, report = read_hsds(EXAMPLE)
    assert report.errors == []
    (org,) = directory.organizations
    assert org.org_id == "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"  # its UUID stays its id
    assert org.short_name == "Example Org" and org.parent_id == ""
    (service,) = directory.services
    assert service.org_id == org.org_id and service.assured_date == "2005-01-01"
    assert service.requirements[0].startswith("Any official identification document")
    assert service.fee.startswith("Non-NHS patients")
    (contact,) = directory.contacts
    assert contact.org_id == org.org_id  # its own organization_id is dangling: relinked
    assert contact.position == "Reception Manager"
    assert contact.phone == "+441234234567"  # a UK number, valid in its own country
    assert contact.service_ids == [service.service_id]
    warned = {(p.sheet, p.column) for p in report.warnings}
    assert ("contacts.csv", "organization_id") in warned
    assert ("organizations.csv", "parent_organization_id") in warned
    assert ("languages.csv", "code") in warned  # Urdu is not a desk language


def test_our_export_of_the_example_imports_unchanged(tmp_path: Path) -> None:
    first, _ = read_hsds(EXAMPLE)
    write_hsds(first, tmp_path / "hsds")
    second, report = read_hsds(tmp_path / "hsds")
    assert records(second) == records(first)
    assert report.problems == []


# --- foreign and broken packages -----------------------------------------------------------------


def _package(tmp_path: Path) -> Path:
    folder = tmp_path / "pkg"
    write_hsds(full_directory(tmp_path), folder)
    return folder


def _rewrite(folder: Path, stem: str, edit) -> None:  # noqa: ANN001
    table = rows(folder, stem)
    with open(folder / f"{stem}.csv", encoding="utf-8", newline="") as handle:
        fields = next(csv.reader(handle))
    edit(table)
    with open(folder / f"{stem}.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(table)


def test_foreign_contact_without_title_and_whatsapp_by_description(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    # a foreign package knows nothing of our profile: no attributes.csv, none declared
    (folder / "attributes.csv").unlink()
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"] = [r for r in package["resources"] if r["path"] != "attributes.csv"]
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")

    def no_titles(table: list[dict[str, str]]) -> None:
        table[0]["title"], table[0]["department"] = "", "Loket"
        table[1]["title"], table[1]["department"] = "", ""

    _rewrite(folder, "contacts", no_titles)
    directory, report = read_hsds(folder)
    first, second = directory.contacts
    assert (first.position, second.position) == ("Loket", "Kontak")
    assert [p.row for p in report.warnings if p.column == "title"] == [3]
    assert first.whatsapp == "+6281234560000"  # phones.description says WhatsApp
    assert directory.organizations[0].kind == "opd"  # profile absent: defaults


def test_broken_package_errors_name_file_row_column(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    _rewrite(folder, "phones", lambda t: t[0].__setitem__("number", "0812-12"))
    _rewrite(folder, "services", lambda t: t[1].__setitem__("id", t[0]["id"]))
    with pytest.raises(ImportFailed) as caught:
        read_hsds(folder)
    where = {(p.sheet, p.row, p.column) for p in caught.value.report.errors}
    assert ("phones.csv", 2, "number") in where
    assert ("services.csv", 3, "id") in where


def test_bad_profile_value_is_an_error(tmp_path: Path) -> None:
    folder = _package(tmp_path)

    def bad_level(table: list[dict[str, str]]) -> None:
        next(a for a in table if a["link_type"] == "level")["value"] = "boss"

    _rewrite(folder, "attributes", bad_level)
    with pytest.raises(ImportFailed) as caught:
        read_hsds(folder)
    assert caught.value.report.errors[0].sheet == "attributes.csv"


def test_package_without_organizations_refused(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    (folder / "organizations.csv").unlink()
    with pytest.raises(ImportFailed) as caught:
        read_any(folder)
    first = caught.value.report.errors[0]  # declared in datapackage.json, yet absent
    assert first.sheet == "datapackage.json" and "organizations.csv" in first.message
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"] = [r for r in package["resources"] if r["path"] != "organizations.csv"]
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        read_any(folder)
    assert caught.value.report.errors[0].sheet == "organizations.csv"


def test_datapackage_paths_outside_the_folder_refused(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"][0]["path"] = "../../etc/passwd"
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(ImportFailed):
        read_hsds(folder)
    (folder / "datapackage.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFailed):
        read_hsds(folder)


def test_ident_keeps_uuids() -> None:
    some = str(uuid.uuid4())
    assert ident("services", some) == some
    assert ident("services", "ktp") == ident("services", "ktp") != ident("contacts", "ktp")


def test_example_copy_with_bom_still_imports(tmp_path: Path) -> None:
    folder = tmp_path / "example"
    shutil.copytree(EXAMPLE, folder)
    path = folder / "organizations.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    directory, _ = read_hsds(folder)
    assert directory.organizations[0].name == "Example Organization Inc."


def test_fuzz_damaged_packages(tmp_path: Path) -> None:
    rng = random.Random(112)
    source = _package(tmp_path)
    names = sorted(p.name for p in source.iterdir())
    for i in range(60):
        folder = tmp_path / f"f{i}"
        shutil.copytree(source, folder)
        target = folder / rng.choice(names)
        data = bytearray(target.read_bytes())
        if i % 2 and data:
            for _ in range(rng.randrange(1, 10)):
                data[rng.randrange(len(data))] = rng.choice(b',\n"x0-;\xff')
        else:
            data = bytearray(rng.randbytes(rng.randrange(0, 500)))
        target.write_bytes(bytes(data))
        try:
            read_any(folder)
        except ImportFailed:
            pass


SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"


@pytest.mark.skipif(not list(SAMPLE.glob("*.csv")), reason="sample data not generated yet")
def test_bundled_sample_round_trips_through_hsds(tmp_path: Path) -> None:
    directory, _ = read_template(SAMPLE)
    write_hsds(directory, tmp_path / "hsds")
    again, report = read_hsds(tmp_path / "hsds")
    assert report.problems == []
    assert records(again) == records(directory)
