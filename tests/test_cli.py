"""The command line as a user runs it: search, import, template, export, --data-dir."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from melayani_core.storage.directory_db import DirectoryStore
from melayani_desk.cli import main
from melayani_desk.directory.local import install_sample, sample_folder

CONTACT_KEYS = {"contact_id", "name", "position", "level", "whatsapp", "whatsapp_display", "phone"}
RESULT_KEYS = {
    "kind",
    "service_id",
    "service_name",
    "org_id",
    "org_name",
    "org_short_name",
    "authority",
    "authority_note",
    "contacts",
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _copy_sample(tmp_path: Path) -> Path:
    folder = tmp_path / "csv"
    shutil.copytree(sample_folder(), folder)
    return folder


def _edit_csv(path: Path, edit) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    edit(rows)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def _directory_fingerprint(data_dir: Path) -> str:
    current = DirectoryStore(data_dir).current()
    assert current is not None
    return current.name + hashlib.sha256(current.read_bytes()).hexdigest()


def test_search_json_shape(data_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "search", "ktp", "ilang", "--json")
    assert code == 0
    results = json.loads(out)
    assert results and RESULT_KEYS <= results[0].keys()
    top = results[0]
    assert top["org_id"] == "dispendukcapil"
    assert top["sample"] is True
    contact = top["contacts"][0]
    assert CONTACT_KEYS <= contact.keys()
    assert contact["whatsapp"].startswith("+62")
    digits = contact["whatsapp_display"].replace("-", "")
    assert "0" + contact["whatsapp"][3:] == digits


def test_search_text_marks_sample(data_dir, capsys):
    code, out, _ = run(capsys, "search", "dalan", "rusak")
    assert code == 0
    assert "DATA CONTOH" in out
    assert "1. " in out


def test_search_limit_and_empty(data_dir, capsys):
    code, out, _ = run(capsys, "search", "ktp", "--json", "--limit", "2")
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run(capsys, "search", "qqqqzzzz xxyyxx", "--json")
    assert code == 0 and json.loads(out) == []


def test_search_batch_jsonl(data_dir, capsys, tmp_path):
    queries = tmp_path / "q.txt"
    queries.write_text('ktp ilang\n"NEAR(\n😀\n\npasang kb\n', encoding="utf-8")
    code, out, _ = run(capsys, "search", "--batch", str(queries))
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [x["query"] for x in lines] == ["ktp ilang", '"NEAR(', "😀", "", "pasang kb"]
    assert lines[0]["results"][0]["org_id"] == "dispendukcapil"


def test_data_dir_option_and_environment(tmp_path, capsys, monkeypatch):
    a, b = tmp_path / "a", tmp_path / "b"
    monkeypatch.setenv("MELAYANI_DATA_DIR", str(b))
    assert run(capsys, "--data-dir", str(a), "info")[0] == 0
    assert (a / "directory" / "CURRENT").exists()
    assert not (b / "directory").exists()
    assert run(capsys, "info")[0] == 0
    assert (b / "directory" / "CURRENT").exists()


def test_import_csv_folder_replaces_directory(data_dir, capsys, tmp_path):
    folder = _copy_sample(tmp_path)
    code, out, err = run(capsys, "import", str(folder))
    assert code == 0, err
    assert "Impor berhasil" in out
    code, out, _ = run(capsys, "info")
    info = json.loads(out)
    assert info["is_sample"] == "1"  # a copy of the sample is still sample (its settings.csv)
    (folder / "settings.csv").write_text("key,value\nis_sample,no\n", encoding="utf-8")
    assert run(capsys, "import", str(folder))[0] == 0
    assert json.loads(run(capsys, "info")[1])["is_sample"] == "0"
    code, out, _ = run(capsys, "search", "ktp ilang", "--json")
    assert json.loads(out)[0]["sample"] is False


@pytest.mark.parametrize(
    "breakage, expect",
    [
        (lambda rows: rows[2].__setitem__(0, rows[1][0]), "contact_id"),  # duplicate id
        (lambda rows: rows[1].__setitem__(1, "no-such-org"), "org_id"),
        (lambda rows: rows[3].__setitem__(5, "0812-12"), "whatsapp"),
        (lambda rows: rows[4].__setitem__(4, "boss"), "level"),
    ],
    ids=["duplicate-id", "dangling-org", "invalid-number", "bad-enum"],
)
def test_bad_import_keeps_previous_directory(data_dir, capsys, tmp_path, breakage, expect):
    run(capsys, "info")  # installs the sample
    before = _directory_fingerprint(data_dir)
    folder = _copy_sample(tmp_path)
    _edit_csv(folder / "contacts.csv", breakage)
    code, _, err = run(capsys, "import", str(folder))
    assert code != 0
    assert "contacts" in err and expect in err
    assert "baris" in err
    assert _directory_fingerprint(data_dir) == before
    assert sorted(p.name for p in (data_dir / "directory").iterdir()) == sorted(
        ["CURRENT", before[: before.index(".sqlite") + len(".sqlite")]]
    )


def test_import_not_a_workbook(data_dir, capsys, tmp_path):
    run(capsys, "info")
    before = _directory_fingerprint(data_dir)
    fake = tmp_path / "direktori.xlsx"
    fake.write_text("this is not a workbook", encoding="utf-8")
    code, _, err = run(capsys, "import", str(fake))
    assert code != 0 and "xlsx" in err.lower()
    assert _directory_fingerprint(data_dir) == before


def test_empty_template_is_refused_and_directory_kept(data_dir, capsys, tmp_path):
    out = tmp_path / "templat.xlsx"
    assert run(capsys, "template", str(out))[0] == 0
    assert out.stat().st_size > 0
    run(capsys, "info")
    before = _directory_fingerprint(data_dir)
    # a template saved before it was filled in must not leave the desk with nothing
    code, _, err = run(capsys, "import", str(out))
    assert code == 3
    assert "Direktori kosong" in err and "services" in err
    assert _directory_fingerprint(data_dir) == before
    code, result, _ = run(capsys, "search", "ktp", "--json")
    assert json.loads(result)


def test_hsds_export_import_round_trip(data_dir, capsys, tmp_path):
    run(capsys, "info")
    code, before, _ = run(capsys, "search", "akta kelahiran", "--json")
    package = tmp_path / "hsds"
    assert run(capsys, "export", "--hsds", str(package))[0] == 0
    assert (package / "datapackage.json").exists()
    code, _, err = run(capsys, "import", str(package))
    assert code == 0, err
    code, after, _ = run(capsys, "search", "akta kelahiran", "--json")
    strip = lambda rows: [{**r, "sample": None} for r in json.loads(rows)]  # noqa: E731
    assert strip(after) == strip(before)


def test_installed_entry_point_runs(data_dir):
    """The console script path: python -m melayani_desk behaves like melayani-desk."""
    proc = subprocess.run(
        [sys.executable, "-m", "melayani_desk", "search", "pasang kb", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)


def test_search_ranks_like_the_window(data_dir, capsys):
    """The command line ranks a whole query as the window shows it after the last key."""
    from melayani_core.search.engine import SearchEngine
    from melayani_desk.directory.local import open_reader

    for text in ("ktp ilang", "akta kelah", "sertifikat tanah", "dalan rusak"):
        code, out, _ = run(capsys, "search", text, "--json", "--limit", "5")
        assert code == 0
        reader = open_reader(data_dir)
        try:
            window = SearchEngine(reader).search(text, limit=5, prefix=True)
        finally:
            reader.close()
        assert [r["service_id"] for r in json.loads(out)] == [r.service.service_id for r in window]


def test_search_answer_has_the_route(data_dir, capsys):
    code, out, _ = run(capsys, "search", "qqqqzzzz xxyyxx", "--answer")
    assert code == 0
    answer = json.loads(out)
    assert answer["results"] == []
    assert answer["route"]["kind"] == "lapor"
    assert "lapor.go.id" in answer["route"]["text"] or "1708" in answer["route"]["text"]
    code, out, _ = run(capsys, "search", "qqqqzzzz xxyyxx")
    assert "LAPOR" in out or "lapor" in out


def test_slip_names_an_agency_missing_from_the_directory(data_dir, capsys, tmp_path):
    """A service whose agency the directory lacks: a clear message and exit 3, no traceback."""
    install_sample(data_dir)
    current = DirectoryStore(data_dir).current()
    assert current is not None
    con = sqlite3.connect(current)
    service_id, org_id, contact_id = con.execute(
        "SELECT s.service_id, s.org_id, sc.contact_id FROM services s "
        "JOIN service_contacts sc ON sc.service_id = s.service_id LIMIT 1"
    ).fetchone()
    with con:
        con.execute("DELETE FROM organizations WHERE org_id = ?", (org_id,))
    con.close()
    pdf = tmp_path / "slip.pdf"
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "slip", "--service", service_id,
        "--contact", contact_id, "--pdf", str(pdf),
    )  # fmt: skip
    assert code == 3
    assert f"Tidak ada di direktori: {org_id}" in err
    assert not pdf.exists()
