"""A hub snapshot is read as it is written (issue 14): the contacts go into the new file as
they are checked.  The directory it builds holds exactly what the import of the same data
holds, and a bad row is still reported by file and line, with the directory in use kept
and no half-built file left behind."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest
from sync_fixtures import desk, server, signer  # noqa: F401
from test_sync_directory import fingerprint_of_directory, publish, run
from test_sync_support import make_zip, snapshot_csvs

from bench.generate import generate, write_csv_folder, write_snapshot
from melayani_core.directory.formats import read_any, stream_csv_folder
from melayani_core.directory.model import Contact, ImportFailed
from melayani_core.directory.template import read_template
from melayani_core.search.engine import SearchEngine
from melayani_core.search.index import build_search
from melayani_core.storage.directory_db import DirectoryReader, DirectoryStore
from melayani_desk.directory.local import import_path

QUERIES = Path(__file__).parent / "data" / "search_queries.csv"
BUILT_BY = {"source", "version", "epoch", "built_at"}  # meta that says how it was built


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every table of a directory file (the full-text index's own tables too), in rowid
    order; of ``meta`` what the directory holds, not how it was built."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out = {}
        for name in sorted(names):
            try:
                rows = con.execute(f'SELECT rowid, * FROM "{name}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # the vocabulary table has no rowid
                rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
            if name == "meta":
                rows = [r for r in rows if r[1] not in BUILT_BY]
            out[name] = rows
        return out
    finally:
        con.close()


def answers(path: Path, queries: list[str]) -> list[list[tuple]]:
    reader = DirectoryReader(path)
    try:
        engine = SearchEngine(reader)
        out = []
        for n, query in enumerate(queries):
            engine.desk_kecamatan = "genteng" if n % 2 else ""
            out.append([(r.service.service_id, r.org.org_id, round(r.score, 9),
                         [c.contact_id for c in r.contacts])
                        for r in engine.search(query, limit=30)])  # fmt: skip
        return out
    finally:
        reader.close()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A province-shaped directory (bench/generate.py) as a CSV folder and as the hub's
    snapshot of it (numbers already E.164, lists joined by "; ")."""
    folder = tmp_path_factory.mktemp("generated")
    csvs = write_csv_folder(generate(3000), folder / "csv")
    return csvs, write_snapshot(csvs, folder / "snapshot.zip")


def test_an_applied_snapshot_holds_what_the_import_of_the_same_data_holds(
    generated, desk, server, signer, tmp_path
):
    csvs, snapshot = generated
    imported = import_path(tmp_path / "imported", csvs)[0]
    publish(server, signer, 7, snapshot.read_bytes())
    result = run(desk, server)
    assert (result.status, result.installed) == ("updated", 7), result
    applied = DirectoryStore(desk).current()
    assert applied is not None
    got, want = contents(applied), contents(imported)
    assert len(got["contacts"]) == 3000 and len(got["services"]) == 600
    assert got.keys() == want.keys()
    for table in want:
        assert got[table] == want[table], table
    with open(QUERIES, encoding="utf-8", newline="") as fh:
        queries = [row["query"] for row in csv.DictReader(fh)]
    assert answers(applied, queries) == answers(imported, queries)
    assert any(answers(applied, queries))  # the queries do find services in it


BAD = {
    "organizations.csv": "org_id,name,short_name,kind,parent_id\n"
    "org-a,Dinas A,DA,opd,\n"
    "org-b,Dinas B,DB,kantor,org-a\n"
    "org-c,Kecamatan C,KC,kecamatan,org-d\n"
    "org-d,Desa D,DD,desa,org-c\n",
    "services.csv": "service_id,org_id,name,keywords,authority\n"
    "svc-1,org-a,Layanan Satu,satu,regency\n"
    "svc-2,org-x,Layanan Dua,dua,regency\n"
    "svc-3,org-b,Layanan Tiga,tiga,negara\n",
    "contacts.csv": "contact_id,org_id,name,position,level,whatsapp,phone,service_ids,languages\n"
    "c-1,org-a,Petugas Satu,Staf,technical,+6281234567801,,svc-1,ind\n"
    "c-2,org-a,Petugas Dua,Staf,technical,0812,,svc-1,ind\n"
    "c-3,org-z,Petugas Tiga,Staf,technical,+6281234567803,,svc-9,ind\n"
    "c-1,org-a,Petugas Empat,Staf,technical,+6281234567804,,svc-1,ind\n"
    "c-5,org-a,Petugas Lima,,technical,+6281234567805,,svc-1,klingon\n"
    "c-6,org-a,Petugas Enam,Staf,technical,,,,ind\n"
    "c-7,org-b,Kepala B,Kepala,head,+6281234567807,,,\n",
}
# What the import said of BAD before the snapshot was streamed (commit 8c5ea29, read whole):
# every sheet's own rows first, then what one sheet says of another, in this order.
BAD_REPORT = [
    "GALAT [organizations.csv, baris 3, kolom kind]: Nilai 'kantor' tidak dikenal. Pilihan: "
    "opd, kecamatan, desa, kelurahan, puskesmas, rsud, uptd, bumd, vertical, province, "
    "emergency, other.",
    "GALAT [services.csv, baris 4, kolom authority]: Nilai 'negara' tidak dikenal. Pilihan: "
    "regency, village, province, central, third_party.",
    "GALAT [contacts.csv, baris 3, kolom whatsapp]: Nomor telepon tidak sah: '0812'.",
    "GALAT [contacts.csv, baris 5, kolom contact_id]: contact_id 'c-1' sudah dipakai di baris 2.",
    "GALAT [contacts.csv, baris 6, kolom position]: Wajib diisi.",
    "GALAT [contacts.csv, baris 6, kolom languages]: Bahasa 'klingon' tidak dikenal. Pilihan: "
    "ind (id), jav (jv), osi, mad.",
    "GALAT [contacts.csv, baris 7, kolom whatsapp]: Kontak perlu nomor WhatsApp atau telepon "
    "(kolom whatsapp / phone).",
    "GALAT [organizations.csv, baris 4, kolom parent_id]: Rantai organisasi induk berputar.",
    "GALAT [organizations.csv, baris 5, kolom parent_id]: Rantai organisasi induk berputar.",
    "GALAT [services.csv, baris 3, kolom org_id]: Organisasi 'org-x' tidak ada.",
    "GALAT [contacts.csv, baris 4, kolom org_id]: Organisasi 'org-z' tidak ada.",
    "GALAT [contacts.csv, baris 4, kolom service_ids]: Layanan 'svc-9' tidak ada.",
    "PERINGATAN [contacts.csv, baris 7, kolom service_ids]: Staf teknis tidak terhubung ke "
    "layanan mana pun (tidak akan muncul di pencarian).",
]


@pytest.fixture
def field_limit():
    """The csv module's limit on one field, as in the program: frictionless (imported by
    the HSDS conformance test) raises it for the whole process."""
    old = csv.field_size_limit(131_072)
    yield 131_072
    csv.field_size_limit(old)


def _folder(tmp_path: Path, members: dict[str, str]) -> Path:
    folder = tmp_path / "snapshot"
    folder.mkdir()
    for name, text in members.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _streamed_report(folder: Path) -> list[str]:
    streamed = stream_csv_folder(folder)
    with pytest.raises(ImportFailed) as failed:
        for _ in streamed.contacts():
            pass
    assert failed.value.report is streamed.report
    return [str(p) for p in streamed.report.problems]


def test_the_streamed_read_reports_what_the_whole_read_reported(tmp_path):
    folder = _folder(tmp_path, BAD)
    assert _streamed_report(folder) == BAD_REPORT
    with pytest.raises(ImportFailed) as whole:
        read_any(folder)
    assert [str(p) for p in whole.value.report.problems] == BAD_REPORT


@pytest.mark.parametrize("sheet", ["organizations.csv", "services.csv", "contacts.csv"])
def test_a_damaged_record_is_reported_as_the_import_reports_it(tmp_path, sheet, field_limit):
    """A snapshot's files are parsed once, as they are read; a damaged record (met in the
    organizations before any contact, or among the contacts after thousands were taken)
    is reported exactly as the import, which parses each file first, reports it."""
    good = snapshot_csvs()
    rows = "".join(f"k-{n},uji-org,Petugas {n},Staf,technical,+62812345{n:05d},uji-layanan\n"
                   for n in range(3000))  # fmt: skip
    huge = "x" * (field_limit + 1)  # a damaged record: a field the csv module refuses
    members = {**good, "contacts.csv": good["contacts.csv"] + rows}
    members[sheet] += f'rusak,uji-org,"{huge}",Staf\n'
    folder = _folder(tmp_path, members)
    with pytest.raises(ImportFailed) as whole:
        read_template(folder)  # each file parsed first, as every import was read
    expected = [str(p) for p in whole.value.report.problems]
    assert f"GALAT [{sheet}, baris" in expected[0] and "rusak sebagai CSV" in expected[0]
    streamed = stream_csv_folder(folder)
    with pytest.raises(ImportFailed) as failed:
        for _ in streamed.contacts():
            pass
    assert [str(p) for p in failed.value.report.problems] == expected


def test_a_snapshot_with_bad_rows_is_rejected_by_file_and_line_and_the_directory_kept(
    desk, server, signer
):
    publish(server, signer, 2, make_zip(snapshot_csvs("lamalama")))
    assert run(desk, server).status == "updated"
    before = fingerprint_of_directory(desk)
    publish(server, signer, 3, make_zip(BAD))
    result = run(desk, server)
    assert (result.status, result.installed) == ("rejected", 2), result
    errors = [p for p in BAD_REPORT if p.startswith("GALAT")]
    assert result.reason == (
        f"isi snapshot tidak lolos pemeriksaan ({len(errors)} galat): " + "; ".join(errors[:3])
    )
    assert fingerprint_of_directory(desk) == before
    store = DirectoryStore(desk)
    named = {store.current().name, store.previous().name}
    assert {p.name for p in store.folder.iterdir()} == named | {"CURRENT", "PREVIOUS"}
    assert not list((desk / "sync-tmp").glob("snapshot-*"))


def test_a_bad_last_row_leaves_nothing_built(desk, server, signer):
    """The last contact is checked after every other one was written: still rejected, the
    directory in use kept, the file that was being built gone."""
    good = snapshot_csvs()
    rows = "".join(
        f"k-{n},uji-org,Petugas {n},Staf,technical,+62812345{n:05d},uji-layanan\n"
        for n in range(5000)
    )
    bad_last = "k-last,uji-org,Petugas Akhir,Staf,technical,nomor salah,uji-layanan\n"
    publish(server, signer, 4, make_zip({**good, "contacts.csv": good["contacts.csv"] + rows
                                         + bad_last}))  # fmt: skip
    before = fingerprint_of_directory(desk)
    result = run(desk, server)
    assert result.status == "rejected", result
    assert "contacts.csv, baris 5003, kolom whatsapp" in result.reason
    assert fingerprint_of_directory(desk) == before
    store = DirectoryStore(desk)
    assert [p.name for p in store.folder.iterdir() if p.name.startswith(".building-")] == []


def test_a_damaged_csv_record_refuses_the_snapshot_before_any_row(
    desk, server, signer, field_limit
):
    good = snapshot_csvs()
    huge = "x" * (field_limit + 1)  # a damaged record: a field the csv module refuses
    damaged = good["contacts.csv"] + f'k-2,uji-org,"{huge}",Staf,technical,+6281234567802,x\n'
    publish(server, signer, 5, make_zip({**good, "contacts.csv": damaged}))
    before = fingerprint_of_directory(desk)
    result = run(desk, server)
    assert result.status == "rejected", result
    assert "(1 galat): GALAT [contacts.csv, baris 3]: Berkas contacts.csv rusak sebagai CSV" in (
        result.reason
    )
    assert fingerprint_of_directory(desk) == before


def test_a_stream_that_fails_midway_switches_nothing(sample_dir, tmp_path):
    """The store takes the contacts as they come: whatever stops them (a bad row found
    late, a full disk) ends the build, and the half-built file is removed."""
    data = tmp_path / "desk"
    shutil.copytree(sample_dir, data)
    store = DirectoryStore(data)
    before = store.current()
    directory, _ = read_any(_folder(tmp_path, snapshot_csvs()))
    taken: list[str] = []

    def contacts():
        for n in range(3 * 2000):  # past the first chunks written
            taken.append(f"k-{n}")
            yield Contact(f"k-{n}", "uji-org", f"Petugas {n}", "Staf", service_ids=["uji-layanan"])
        raise OSError("disk penuh (uji)")

    rows, prepare = build_search(directory)
    with pytest.raises(OSError, match="uji"):
        store.install(directory, rows, prepare, contacts=contacts())
    assert len(taken) == 6000
    assert store.current() == before
    assert sorted(p.name for p in store.folder.iterdir()) == sorted([before.name, "CURRENT"])


def test_a_damaged_record_in_files_that_cannot_be_read_again_is_still_refused(tmp_path):
    """Never a crash: without a careful read to fall back on (or if the files changed
    since), a damaged record met while streaming still ends in ImportFailed."""
    streamed = stream_csv_folder(_folder(tmp_path, snapshot_csvs()))
    streamed.reread = None
    good = streamed.rows

    def damaged():
        yield from good
        raise csv.Error("field larger than field limit (131072)")

    streamed.rows = damaged()
    with pytest.raises(ImportFailed) as failed:
        list(streamed.contacts())
    assert "rusak sebagai CSV: field larger than field limit" in str(failed.value)
