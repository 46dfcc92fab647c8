"""An import that would silently lose data is refused: an HSDS package missing a file its
datapackage.json declares is an error, and a valid import that would drop most contacts,
the 112 entry or a class of authority of the real directory in use needs ``--confirm``."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from melayani_core.directory.formats import read_any
from melayani_core.directory.model import ImportFailed
from melayani_core.directory.shrink import ImportNeedsConfirmation
from melayani_core.storage.directory_db import DirectoryStore
from melayani_desk.cli import main
from melayani_desk.directory.local import import_path, open_reader, sample_folder

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(data_dir: Path) -> tuple[str, str, list[str]]:
    store = DirectoryStore(data_dir)
    current = store.current()
    assert current is not None
    listing = sorted(p.name for p in store.folder.iterdir())
    return current.name, hashlib.sha256(current.read_bytes()).hexdigest(), listing


def sample_copy(tmp_path: Path, name: str = "csv") -> Path:
    folder = tmp_path / name
    shutil.copytree(sample_folder(), folder)
    (folder / "README.md").unlink(missing_ok=True)
    (folder / "settings.csv").unlink()  # the sample's rows as a regency's own, real file
    return folder


def edit(path: Path, change) -> None:  # noqa: ANN001 - a function of the rows
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    fields = list(rows[0].keys())
    rows = change(rows)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def real_desk(data_dir, capsys, tmp_path):
    """A desk using a real (not sample) directory: the sample's data imported as a file."""
    code, _, err = run(capsys, "import", str(sample_copy(tmp_path, "in-use")))
    assert code == 0, err
    return data_dir


def hsds_of_sample(tmp_path: Path, capsys) -> Path:
    out = tmp_path / "hsds"
    code, _, err = run(capsys, "export", "--hsds", str(out))
    assert code == 0, err
    return out


@pytest.mark.parametrize("missing", ["attributes.csv", "phones.csv", "contacts.csv"])
def test_hsds_package_missing_a_declared_file_is_an_error(real_desk, capsys, tmp_path, missing):
    package = hsds_of_sample(tmp_path, capsys)
    declared = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert any(r["path"] == missing for r in declared["resources"])
    (package / missing).unlink()
    before = fingerprint(real_desk)
    with pytest.raises(ImportFailed) as caught:
        read_any(package)
    problem = caught.value.report.errors[0]
    assert problem.sheet == "datapackage.json" and missing in problem.message
    code, _, err = run(capsys, "import", str(package), "--confirm")  # no confirming it away
    assert code == 3 and missing in err and "tidak ada di paket" in err
    assert fingerprint(real_desk) == before


def _no_contacts(rows: list[dict]) -> list[dict]:
    return []


def _tenth_of_contacts(rows: list[dict]) -> list[dict]:
    return rows[::10]


def _no_emergency(rows: list[dict]) -> list[dict]:
    for row in rows:
        if row["kind"] == "emergency":
            row["kind"] = "other"
    return rows


def _all_regency(rows: list[dict]) -> list[dict]:
    for row in rows:
        row["authority"] = "regency"
    return rows


@pytest.mark.parametrize(
    "sheet, change, words",
    [
        ("contacts", _no_contacts, "Sebagian besar kontak hilang"),
        ("contacts", _tenth_of_contacts, "hanya 63"),
        ("organizations", _no_emergency, "Layanan darurat (112) hilang"),
        ("services", _all_regency, "pusat (81 layanan)"),
    ],
    ids=["no-contacts", "a-tenth-of-contacts", "no-emergency", "all-regency"],
)
def test_an_import_that_loses_data_needs_confirm(real_desk, capsys, tmp_path, sheet, change, words):
    folder = sample_copy(tmp_path)
    edit(folder / f"{sheet}.csv", change)
    before = fingerprint(real_desk)
    code, out, err = run(capsys, "import", str(folder))
    assert code == 3, out
    assert "DITAHAN" in err and words in err and "--confirm" in err
    assert "Traceback" not in err
    assert fingerprint(real_desk) == before
    # the window's way: the same function with the clerk's confirmation
    with pytest.raises(ImportNeedsConfirmation) as caught:
        import_path(real_desk, folder)
    assert any(words in loss for loss in caught.value.losses)
    assert fingerprint(real_desk) == before
    code, out, err = run(capsys, "import", str(folder), "--confirm")
    assert code == 0, err
    assert fingerprint(real_desk)[0] != before[0]


def test_hsds_package_with_its_attributes_dropped_from_the_manifest_too(
    real_desk, capsys, tmp_path
):
    """attributes.csv removed and undeclared: a valid package, but every service would be
    regency-run and 112 gone; refused unless confirmed."""
    package = hsds_of_sample(tmp_path, capsys)
    (package / "attributes.csv").unlink()
    manifest = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    manifest["resources"] = [r for r in manifest["resources"] if r["path"] != "attributes.csv"]
    (package / "datapackage.json").write_text(json.dumps(manifest), encoding="utf-8")
    before = fingerprint(real_desk)
    code, _, err = run(capsys, "import", str(package))
    assert code == 3
    assert "Layanan darurat (112) hilang" in err and "Kewenangan hilang" in err
    assert fingerprint(real_desk) == before
    reader = open_reader(real_desk)
    try:
        assert reader.emergency_services()
    finally:
        reader.close()


def test_reimporting_the_same_data_is_not_held(real_desk, capsys, tmp_path):
    code, out, err = run(capsys, "import", str(sample_copy(tmp_path, "again")))
    assert code == 0 and "Impor berhasil" in out, err
    package = hsds_of_sample(tmp_path, capsys)
    code, out, err = run(capsys, "import", str(package))
    assert code == 0 and "Impor berhasil" in out, err


def test_services_without_any_contact_import_with_a_warning_over_the_sample(
    data_dir, capsys, tmp_path
):
    """Over the bundled sample nothing real is lost, so it imports, but not silently."""
    folder = sample_copy(tmp_path)
    edit(folder / "contacts.csv", _no_contacts)
    code, out, err = run(capsys, "import", str(folder))
    assert code == 0, err
    assert "PERINGATAN [contacts]" in err and "Tidak ada satu pun kontak" in err
    assert "1 peringatan" in out


def test_the_refusal_through_the_installed_program(real_desk, tmp_path):
    folder = sample_copy(tmp_path)
    edit(folder / "organizations.csv", _no_emergency)
    done = subprocess.run(
        [sys.executable, "-m", "melayani_desk", "--data-dir", str(real_desk), "import",
         str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 3
    assert "Layanan darurat (112) hilang" in done.stderr and "--confirm" in done.stderr
    assert "Traceback" not in done.stderr
