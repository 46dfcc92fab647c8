"""The HSDS export against Open Referral's official HSDS 3.0 datapackage.json (frictionless).

The official descriptor is vendored unchanged in tests/data/hsds-3.0-schema (see its SOURCE.md);
the export must pass it on the bundled sample and on the blind directory, and declare the same
fields and constraints in its own datapackage.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from melayani_core.directory.formats import read_any, write_hsds
from melayani_core.directory.hsds import read_hsds
from melayani_core.resources import resource

frictionless = pytest.importorskip("frictionless")

DATA = Path(__file__).resolve().parent / "data"
OFFICIAL = DATA / "hsds-3.0-schema" / "datapackage.json"
SOURCES = {"sample": resource("sample"), "blind": DATA / "blind" / "directory"}


def _errors(report) -> list[str]:  # noqa: ANN001 - a frictionless Report
    return [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]


@pytest.fixture(params=sorted(SOURCES), name="exported")
def exported_fixture(request, tmp_path: Path) -> tuple[Path, object]:
    directory, _ = read_any(SOURCES[request.param])
    folder = tmp_path / "hsds"
    write_hsds(directory, folder)
    return folder, directory


def test_export_passes_the_official_schema(exported) -> None:
    folder, _ = exported
    descriptor = json.loads(OFFICIAL.read_text(encoding="utf-8"))
    report = frictionless.Package(descriptor, basepath=str(folder)).validate()
    assert report.valid, _errors(report)[:20]


def test_export_descriptor_is_valid_and_keeps_every_constraint(exported) -> None:
    folder, _ = exported
    ours = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    official = json.loads(OFFICIAL.read_text(encoding="utf-8"))
    assert [r["schema"] for r in ours["resources"]] == [r["schema"] for r in official["resources"]]
    assert [r["path"] for r in ours["resources"]] == [r["path"] for r in official["resources"]]
    report = frictionless.Package(str(folder / "datapackage.json")).validate()
    assert report.valid, _errors(report)[:20]


def test_export_reads_back_unchanged(exported) -> None:
    folder, directory = exported
    again, report = read_hsds(folder)
    assert report.problems == []
    assert again.organizations == directory.organizations
    assert any(org.address for org in again.organizations)


def test_bundled_descriptor_is_the_official_file() -> None:
    assert resource("hsds", "datapackage-3.0.json").read_bytes() == OFFICIAL.read_bytes()


def test_older_export_with_address_rows_still_imports(tmp_path: Path) -> None:
    """melayani-1 exports carried the address in addresses.address_1 only."""
    directory, _ = read_any(SOURCES["sample"])
    folder = tmp_path / "old"
    write_hsds(directory, folder)
    org = next(o for o in directory.organizations if o.address)
    from melayani_core.directory.hsds import TERM_IDS, ident

    attributes = (folder / "attributes.csv").read_text(encoding="utf-8").splitlines()
    term = TERM_IDS["address"]
    kept = [line for line in attributes if term not in line]
    (folder / "attributes.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    location = [ln for ln in (folder / "locations.csv").read_text(encoding="utf-8").splitlines()
                if ident("organizations", org.org_id) in ln][0].split(",")[0]  # fmt: skip
    with open(folder / "addresses.csv", "a", encoding="utf-8", newline="") as handle:
        handle.write(f'{location}-a,{location},,"{org.address}",,,,,,ID,physical\n')
    again, report = read_hsds(folder)
    assert report.problems == []
    assert next(o for o in again.organizations if o.org_id == org.org_id).address == org.address
