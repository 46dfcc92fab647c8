"""The directory's settings sheet (issue 13): sample or not, retention and freshness travel
with the directory through the template, a CSV folder, an HSDS package, the stored file
and the signed manifest of the real hub; the hub's report leaves sample referrals out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import openpyxl
import pytest
from conftest_import_helpers import good_sheets, write_csvs, write_xlsx
from hub_fixtures import enroll as enroll_on_hub
from hub_fixtures import fresh_hub_fixture, referral  # noqa: F401
from sqlalchemy import select
from test_sync_support import Signer, manifest_fields, snapshot_csvs

from melayani_core.directory.formats import read_any
from melayani_core.directory.hsds import write_hsds
from melayani_core.directory.model import DirectorySettings, ImportFailed
from melayani_core.directory.template import read_template, write_template
from melayani_desk.cli import EXIT_INPUT, main
from melayani_desk.directory.local import open_reader
from melayani_desk.sync.enroll import enroll
from melayani_desk.sync.runner import SyncRunner
from melayani_desk.sync.updater import ManifestRejected, verify_manifest
from melayani_hub import publish, signing
from melayani_hub.desks import new_code
from melayani_hub.models import DirectoryVersion
from melayani_hub.reports import build_report

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"
SETTINGS = [["key", "value"], ["is_sample", "ya"], ["retention_months", 3]]


def test_the_empty_template_has_the_settings_sheet_with_the_defaults(tmp_path):
    write_template(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    rows = [tuple(r) for r in book["settings"].iter_rows(values_only=True)]
    assert rows == [
        ("key", "value"),
        ("is_sample", "no"),
        ("retention_months", "6"),
        ("freshness_months", "12"),
    ]
    guide = [r[1] for r in book["Petunjuk"].iter_rows(values_only=True) if r[0] == "settings"]
    assert guide == ["is_sample", "retention_months", "freshness_months"]
    directory, report = read_template(tmp_path / "t.xlsx")  # read back as written
    assert directory.settings == DirectorySettings() and report.errors == []


def test_settings_sheet_in_a_workbook_and_a_csv_folder(tmp_path):
    book = write_xlsx(tmp_path / "d.xlsx", good_sheets(), extra={"Settings": SETTINGS})
    from_xlsx, _ = read_template(book)
    folder = write_csvs(tmp_path / "csv", {**good_sheets(), "settings": SETTINGS})
    from_csv, _ = read_any(folder)
    expected = DirectorySettings(is_sample=True, retention_months=3, freshness_months=12)
    assert from_xlsx.settings == from_csv.settings == expected
    assert read_template(write_xlsx(tmp_path / "old.xlsx", good_sheets()))[0].settings == (
        DirectorySettings()
    )  # a workbook made before the sheet existed: the defaults


def test_bad_settings_are_named_by_sheet_row_and_column(tmp_path):
    bad = [["key", "value"], ["is_sample", "mungkin"], ["retention_months", "dua"],
           ["freshness_months", 0], ["warna", "biru"], ["retention_months", 4]]  # fmt: skip
    with pytest.raises(ImportFailed) as caught:
        read_template(write_xlsx(tmp_path / "d.xlsx", good_sheets(), extra={"settings": bad}))
    problems = caught.value.report.problems
    found = {(p.sheet, p.row, p.column, p.severity): p.message for p in problems}
    assert "yes atau no" in found[("settings", 2, "value", "error")]
    assert "1 sampai 120" in found[("settings", 3, "value", "error")]
    assert "1 sampai 120" in found[("settings", 4, "value", "error")]
    assert "tidak dikenal" in found[("settings", 5, "key", "warning")]
    assert "baris 3" in found[("settings", 6, "key", "error")]


def test_hsds_package_carries_the_settings_both_ways(tmp_path):
    directory, _ = read_any(SAMPLE)
    assert directory.settings.is_sample  # the bundled sample says so itself
    write_hsds(directory, tmp_path / "hsds")
    package = json.loads((tmp_path / "hsds" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["x_melayani_settings"]["is_sample"] == "yes"
    again, _ = read_any(tmp_path / "hsds")
    assert again.settings == directory.settings


def test_every_import_of_the_sample_is_marked_and_a_real_one_is_not(data_dir, tmp_path, capsys):
    assert main(["import", str(SAMPLE)]) == 0  # the bundled sample folder, imported by hand
    capsys.readouterr()
    assert main(["info"]) == 0
    assert json.loads(capsys.readouterr().out)["is_sample"] == "1"
    assert main(["search", "ktp", "hilang", "--json"]) == 0
    assert all(row["sample"] for row in json.loads(capsys.readouterr().out))

    real = {**good_sheets(), "settings": [["key", "value"], ["retention_months", 2]]}
    assert main(["import", str(write_xlsx(tmp_path / "real.xlsx", real))]) == 0
    reader = open_reader(data_dir)
    try:
        assert reader.settings == DirectorySettings(is_sample=False, retention_months=2)
    finally:
        reader.close()
    bad = {**good_sheets(), "settings": [["key", "value"], ["retention_months", "-1"]]}
    assert main(["import", str(write_xlsx(tmp_path / "bad.xlsx", bad))]) == EXIT_INPUT
    assert "[settings, baris 2, kolom value]" in capsys.readouterr().err


def test_the_signed_manifest_carries_sample_and_the_desk_marks_it(fresh_hub, tmp_path, sample_dir):
    hub = fresh_hub
    key, pub, _ = signing.keygen(tmp_path / "keys")
    csv = tmp_path / "csv"
    csv.mkdir()
    for name, body in snapshot_csvs("contohan").items():
        (csv / name).write_text(body, encoding="utf-8")
    (csv / "settings.csv").write_text("key,value\nis_sample,yes\nfreshness_months,6\n")
    publish.publish(hub.engine, csv, key)
    assert publish.latest_settings(hub.engine) == DirectorySettings(True, 6, 6)
    with hub.engine.connect() as conn:
        signed = json.loads(bytes(conn.scalar(select(DirectoryVersion.manifest))))
    assert signed["settings"] == {"is_sample": True, "retention_months": 6, "freshness_months": 6}

    desk = tmp_path / "desk"
    shutil.copytree(sample_dir, desk)
    code, _ = new_code(hub.engine, "Meja")
    enroll(desk, hub.base_url, code, str(pub))
    assert SyncRunner(desk).run_once().directory.status == "updated"
    reader = open_reader(desk)
    assert reader.is_sample and reader.settings.freshness_months == 6
    reader.close()

    (csv / "settings.csv").write_text("key,value\nis_sample,no\nretention_months,9\n")
    publish.publish(hub.engine, csv, key)
    assert SyncRunner(desk).run_once().directory.status == "updated"
    reader = open_reader(desk)
    assert reader.settings == DirectorySettings(False, 9, 12)
    reader.close()


def test_a_manifest_with_malformed_settings_is_refused(tmp_path):
    signer = Signer()
    fields = {**manifest_fields(2, b"x"), "settings": {"is_sample": "yes"}}
    with pytest.raises(ManifestRejected, match="is_sample"):
        verify_manifest(signer.envelope(fields), {signer.key_id: signer.raw})


def test_the_hub_report_leaves_referrals_on_sample_data_out(fresh_hub):
    desk_id, auth = enroll_on_hub(fresh_hub)
    items = [
        referral(desk_id, 1, directory_is_sample=True),
        referral(desk_id, 2, directory_is_sample=True, need_text="akta lahir"),
        referral(desk_id, 3),
    ]
    r = httpx.post(fresh_hub.api("/sync/batch"), json={"items": items}, headers=auth)
    assert {x["status"] for x in r.json()["results"]} == {"created"}
    report = build_report(fresh_hub.engine)
    assert report["totals"]["referrals"] == 1 and report["totals"]["sample"] == 2
    assert [row["need"] for row in report["by_need"]] == ["ktp hilang"]
    assert sum(row["referrals"] for row in report["by_agency"]) == 1
