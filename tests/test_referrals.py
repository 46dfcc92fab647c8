"""The referral log: one transaction per record with its outbox row, consent, immutability, CLI."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest

from melayani_core.directory.model import (
    Contact,
    Directory,
    DirectorySettings,
    Organization,
    Service,
)
from melayani_core.referrals.model import ReferralError
from melayani_core.storage.directory_db import DirectoryReader, DirectoryStore
from melayani_desk.cli import EXIT_INPUT, main
from melayani_desk.referrals import log as log_module
from melayani_desk.referrals.log import ReferralLog


def tiny_directory(is_sample: bool = False) -> Directory:
    return Directory(
        organizations=[
            Organization(
                "dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", short_name="Dispendukcapil"
            ),
            Organization(
                "bpn",
                "Kantor Pertanahan Banyuwangi",
                short_name="BPN",
                kind="vertical",
                authority_note="Bukan kewenangan Pemkab: urusan BPN.",
            ),
        ],
        services=[
            Service("ktp-hilang", "dukcapil", "Penggantian KTP-el hilang"),
            Service("sertifikat", "bpn", "Sertifikat tanah", authority="central"),
        ],
        contacts=[
            Contact(
                "c-ktp",
                "dukcapil",
                "Budi Santoso",
                "Tenaga teknis",
                whatsapp="+6281234567890",
                service_ids=["ktp-hilang"],
            ),
            Contact(
                "c-bpn",
                "bpn",
                "Sri Wahyuni",
                "Petugas loket",
                phone="+62333424123",
                service_ids=["sertifikat"],
            ),
        ],
        source="test",
        settings=DirectorySettings(is_sample=is_sample),
        version=7,
    )


def make_reader(data_dir: Path, is_sample: bool = False) -> DirectoryReader:
    """Install the tiny directory (search rows are not needed here) and open it."""
    directory = tiny_directory(is_sample)
    rows = [(s.name, "", "", "") for s in directory.services]
    return DirectoryReader(DirectoryStore(data_dir).install(directory, rows))


@pytest.fixture
def reader(tmp_path):
    r = make_reader(tmp_path)
    yield r
    r.close()


@pytest.fixture
def log(tmp_path):
    lg = ReferralLog(tmp_path)
    yield lg
    lg.close()


def _refer(log: ReferralLog, reader: DirectoryReader, **kw):
    args = {"service_id": "ktp-hilang", "contact_id": "c-ktp", "channel": "read_out", **kw}
    return log.record_referral(reader=reader, **args)


def _count(data_dir: Path, table: str) -> int:
    con = sqlite3.connect(data_dir / "desk.sqlite")
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_referral_keeps_a_copy_of_what_was_given_out(log, reader):
    ref = _refer(log, reader, need_text="  ktp ilang  ", note="warga lansia")
    assert uuid.UUID(ref.uuid).version == 4
    assert ref.desk_id == log.desk.desk_id and ref.seq == 1
    assert ref.need_text == "ktp ilang"
    assert (ref.service_name, ref.org_id, ref.org_short_name) == (
        "Penggantian KTP-el hilang",
        "dukcapil",
        "Dispendukcapil",
    )
    assert (ref.contact_name, ref.contact_position, ref.contact_whatsapp) == (
        "Budi Santoso",
        "Tenaga teknis",
        "+6281234567890",
    )
    assert ref.created_at.endswith("+00:00")
    assert ref.directory_version == 7 and ref.directory_is_sample is False
    assert ref.citizen_consent is False and ref.citizen_name is None
    bpn = _refer(log, reader, service_id="sertifikat", contact_id="c-bpn", channel="printed")
    assert bpn.authority == "central" and bpn.authority_note.startswith("Bukan kewenangan")
    assert log.counts() == {"pending": 2, "sent": 0, "quarantined": 0}
    log.record_outcome(ref.uuid, "responded")
    assert log.pending_by_type() == {
        "referral": 2, "outcome": 1, "contact_report": 0, "unmet_need": 0}  # fmt: skip


def test_sample_directory_is_recorded(tmp_path):
    reader = make_reader(tmp_path, is_sample=True)
    lg = ReferralLog(tmp_path)
    try:
        assert _refer(lg, reader).directory_is_sample is True
    finally:
        lg.close()
        reader.close()


def test_seq_increments_per_desk_and_survives_reopen(tmp_path, reader):
    lg = ReferralLog(tmp_path)
    assert [_refer(lg, reader).seq for _ in range(3)] == [1, 2, 3]
    desk_id = lg.desk.desk_id
    lg.close()
    lg = ReferralLog(tmp_path)
    try:
        assert lg.desk.desk_id == desk_id
        assert _refer(lg, reader).seq == 4
    finally:
        lg.close()
    con = sqlite3.connect(tmp_path / "desk.sqlite")
    try:
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            con.execute(
                "INSERT INTO referrals (uuid, desk_id, seq, created_at, service_id, contact_id, "
                "channel) VALUES ('x', ?, 2, 'now', 's', 'c', 'read_out')",
                (desk_id,),
            )
    finally:
        con.close()


def test_referral_and_outbox_row_are_one_transaction(tmp_path, log, reader, monkeypatch):
    original = ReferralLog._enqueue

    def enqueue_then_fail(self, session, item_type, item_uuid, now):
        original(self, session, item_type, item_uuid, now)  # both rows are now inserted
        raise RuntimeError("power cut before commit")

    monkeypatch.setattr(ReferralLog, "_enqueue", enqueue_then_fail)
    with pytest.raises(RuntimeError):
        _refer(log, reader)
    assert _count(tmp_path, "referrals") == 0
    assert _count(tmp_path, "outbox") == 0
    monkeypatch.setattr(ReferralLog, "_enqueue", original)
    ref = _refer(log, reader)
    assert ref.seq == 1  # the failed attempt used no number
    monkeypatch.setattr(ReferralLog, "_enqueue", enqueue_then_fail)
    with pytest.raises(RuntimeError):
        log.record_outcome(ref.uuid, "responded")
    assert _count(tmp_path, "outcomes") == 0
    assert _count(tmp_path, "outbox") == 1


def test_citizen_data_needs_consent(log, reader):
    for field in ("citizen_name", "citizen_phone", "citizen_village"):
        with pytest.raises(ReferralError, match="persetujuan warga") as info:
            _refer(log, reader, **{field: "Siti" if field != "citizen_phone" else "0812345678"})
        assert info.value.field == "citizen_consent"
    assert log.referrals() == []
    ref = _refer(
        log,
        reader,
        consent=True,
        citizen_name="Siti Aminah",
        citizen_phone="0812-3456-7891",
        citizen_village="Kemiren",
    )
    assert ref.citizen_consent is True
    assert (ref.citizen_name, ref.citizen_phone, ref.citizen_village) == (
        "Siti Aminah",
        "+6281234567891",
        "Kemiren",
    )
    only_phone = _refer(log, reader, consent=True, citizen_phone="+62 812 3456 7891")
    assert only_phone.citizen_name is None and only_phone.citizen_phone == "+6281234567891"


def test_invalid_citizen_phone_is_refused_naming_the_field(log, reader):
    with pytest.raises(ReferralError, match="Nomor HP warga") as info:
        _refer(log, reader, consent=True, citizen_phone="12ab")
    assert info.value.field == "citizen_phone"
    assert log.referrals() == []


def test_the_database_itself_refuses_citizen_data_without_consent(tmp_path, log):
    con = sqlite3.connect(tmp_path / "desk.sqlite")
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            con.execute(
                "INSERT INTO referrals (uuid, desk_id, seq, created_at, service_id, contact_id, "
                "channel, citizen_consent, citizen_name) "
                "VALUES ('x', 'd', 1, 'now', 's', 'c', 'read_out', 0, 'Siti')"
            )
    finally:
        con.close()


@pytest.mark.parametrize(
    ("kw", "field", "words"),
    [
        ({"service_id": "nope"}, "service_id", "'nope'"),
        ({"contact_id": "ghost"}, "contact_id", "'ghost'"),
        ({"channel": "telepati"}, "channel", "read_out"),
        ({"need_text": "x" * 501}, "need_text", "500"),
        ({"note": "x" * 2001}, "note", "2000"),
        ({"consent": True, "citizen_name": "x" * 201}, "citizen_name", "200"),
    ],
)
def test_bad_input_is_refused(log, reader, kw, field, words):
    with pytest.raises(ReferralError, match=words) as info:
        _refer(log, reader, **kw)
    assert info.value.field == field
    assert log.counts()["pending"] == 0


def test_outcomes_are_their_own_records(log, reader):
    ref = _refer(log, reader)
    other = _refer(log, reader)
    assert log.referrals()[1].outcome is None
    first = log.record_outcome(ref.uuid, "unreachable", note="tidak diangkat")
    second = log.record_outcome(ref.uuid, "resolved")
    assert [o.uuid for o in log.outcomes(ref.uuid)] == [first.uuid, second.uuid]
    views = {v.uuid: v for v in log.referrals()}
    assert views[ref.uuid].outcome == second
    assert views[other.uuid].outcome is None
    with pytest.raises(ReferralError, match="tidak ada"):
        log.record_outcome(str(uuid.uuid4()), "resolved")
    with pytest.raises(ReferralError, match="resolved") as info:
        log.record_outcome(ref.uuid, "happy")
    assert info.value.field == "outcome"
    assert log.counts()["pending"] == 4


def test_listing_is_newest_first_and_filters(log, reader, monkeypatch):
    for stamp, service, contact, channel in [
        ("2026-01-05T12:00:00+00:00", "ktp-hilang", "c-ktp", "read_out"),
        ("2026-01-06T12:00:00+00:00", "sertifikat", "c-bpn", "printed"),
        ("2026-01-07T12:00:00+00:00", "ktp-hilang", "c-ktp", "whatsapp_link"),
    ]:
        monkeypatch.setattr(log_module, "_now", lambda stamp=stamp: stamp)
        _refer(log, reader, service_id=service, contact_id=contact, channel=channel)
    assert [v.seq for v in log.referrals()] == [3, 2, 1]
    assert [v.seq for v in log.referrals(since=date(2026, 1, 6))] == [3, 2]
    assert [v.seq for v in log.referrals(until=date(2026, 1, 6))] == [2, 1]
    assert [v.seq for v in log.referrals(org_id="bpn")] == [2]
    assert [v.seq for v in log.referrals(channel="whatsapp_link")] == [3]
    assert [v.seq for v in log.referrals(limit=1)] == [3]
    log.mark([log.referrals(org_id="bpn")[0].uuid], "sent")
    assert [v.seq for v in log.referrals(sync_state="sent")] == [2]
    assert [v.seq for v in log.referrals(sync_state="pending")] == [3, 1]
    with pytest.raises(ReferralError):
        log.referrals(sync_state="lost")


def test_corrections_supersede_and_counts_follow(log, reader):
    wrong = _refer(log, reader)
    _refer(log, reader, service_id="sertifikat", contact_id="c-bpn")
    assert log.referral_counts() == {"ktp-hilang": 1, "sertifikat": 1}
    fix = _refer(log, reader, service_id="sertifikat", contact_id="c-bpn", supersedes=wrong.uuid)
    assert fix.supersedes_uuid == wrong.uuid
    assert log.referral_counts() == {"sertifikat": 2}
    views = {v.uuid: v for v in log.referrals()}
    assert views[wrong.uuid].superseded_by == fix.uuid
    with pytest.raises(ReferralError, match="sudah dikoreksi"):
        _refer(log, reader, supersedes=wrong.uuid)
    with pytest.raises(ReferralError, match="tidak ada"):
        _refer(log, reader, supersedes=str(uuid.uuid4()))


def test_outbox_is_fifo_with_payloads_and_states(log, reader):
    ref = _refer(log, reader, need_text="ktp ilang")
    out = log.record_outcome(ref.uuid, "responded")
    rep = log.report_contact(reader=reader, contact_id="c-bpn", kind="wrong_number", note="salah")
    items = log.pending()
    assert [(i.item_type, i.item_uuid) for i in items] == [
        ("referral", ref.uuid),
        ("outcome", out.uuid),
        ("contact_report", rep.uuid),
    ]
    assert items[0].payload["need_text"] == "ktp ilang"
    assert items[0].payload["desk_id"] == log.desk.desk_id
    assert items[1].payload == {"type": "outcome", "desk_id": log.desk.desk_id, **out.as_dict()}
    assert items[2].payload["org_id"] == "bpn"
    json.dumps([i.payload for i in items])  # plain JSON
    assert [i.item_uuid for i in log.pending(limit=2)] == [ref.uuid, out.uuid]

    log.mark([ref.uuid, out.uuid], "pending", error="timeout")  # a retry: still pending
    log.mark([ref.uuid], "sent")
    log.mark([rep.uuid], "quarantined", error="409 conflict")
    assert log.counts() == {"pending": 1, "sent": 1, "quarantined": 1}
    pending = log.pending()
    assert [(i.item_uuid, i.attempts, i.last_error) for i in pending] == [(out.uuid, 1, "timeout")]
    log.mark([ref.uuid], "quarantined", error="late")  # a sent item stays sent
    assert log.referrals()[0].sync_state == "sent"
    with pytest.raises(ValueError):
        log.mark([ref.uuid], "lost")


def test_contact_reports(log, reader):
    first = log.report_contact(reader=reader, contact_id="c-ktp", kind="not_answering")
    second = log.report_contact(
        reader=reader,
        contact_id="c-bpn",
        kind="moved",
        note="pindah bidang",
        service_id="sertifikat",
    )
    assert second.contact_name == "Sri Wahyuni" and second.service_id == "sertifikat"
    assert log.contact_reports() == [second, first]
    with pytest.raises(ReferralError, match="'ghost'"):
        log.report_contact(reader=reader, contact_id="ghost", kind="moved")
    with pytest.raises(ReferralError) as info:
        log.report_contact(reader=reader, contact_id="c-ktp", kind="rude")
    assert info.value.field == "kind"


def test_set_desk_persists(tmp_path, log):
    log.set_desk(name="Meja Desa Kemiren", kecamatan="Glagah", desa="Kemiren")
    assert log.desk.kecamatan == "Glagah"
    log.set_desk(name="Meja 2")
    again = ReferralLog(tmp_path)
    try:
        assert (again.desk.name, again.desk.kecamatan, again.desk.desa) == (
            "Meja 2",
            "Glagah",
            "Kemiren",
        )
        assert again.desk.desk_id == log.desk.desk_id
    finally:
        again.close()


@pytest.mark.parametrize("table", ["referrals", "outcomes", "contact_reports"])
def test_records_are_immutable(tmp_path, table):
    log = ReferralLog(tmp_path)
    reader = make_reader(tmp_path)
    ref = log.record_referral(
        reader=reader, service_id="ktp-hilang", contact_id="c-ktp", channel="read_out"
    )
    log.record_outcome(ref.uuid, "responded")
    log.report_contact(reader=reader, contact_id="c-ktp", kind="moved")
    reader.close()
    log.close()
    con = sqlite3.connect(tmp_path / "desk.sqlite")
    try:
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            con.execute(f"UPDATE {table} SET note = 'changed'")
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            con.execute(f"DELETE FROM {table}")
        # the outbox does change state
        con.execute("UPDATE outbox SET state = 'sent'")
        con.commit()
    finally:
        con.close()


# --- command line ---------------------------------------------------------------------------


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_refer_list_and_outcome(tmp_path, capsys):
    make_reader(tmp_path).close()
    d = ("--data-dir", str(tmp_path))
    code, out, err = _run(
        capsys,
        *d,
        "refer",
        "--service",
        "ktp-hilang",
        "--contact",
        "c-ktp",
        "--channel",
        "read_out",
        "--need",
        "ktp ilang",
        "--json",
    )
    assert (code, err) == (0, "")
    first = json.loads(out)
    assert first["seq"] == 1 and first["contact_name"] == "Budi Santoso"
    code, out, _ = _run(
        capsys,
        *d,
        "refer",
        "--service",
        "sertifikat",
        "--contact",
        "c-bpn",
        "--channel",
        "printed",
    )
    assert code == 0 and "#2" in out
    second_uuid = out.split("dicatat: ")[1].split()[0]
    code, out, _ = _run(capsys, *d, "outcome", first["uuid"], "resolved", "--note", "beres")
    assert code == 0 and first["code"] in out  # the code the slip carries

    code, out, _ = _run(capsys, *d, "referrals", "--json")
    rows = json.loads(out)
    assert [r["uuid"] for r in rows] == [second_uuid, first["uuid"]]
    assert rows[1]["outcome"]["outcome"] == "resolved" and rows[1]["outcome"]["note"] == "beres"
    assert rows[0]["outcome"] is None and rows[0]["sync_state"] == "pending"
    assert set(first) <= set(rows[1])  # every stored field, plus outcome and sync_state
    code, out, _ = _run(capsys, *d, "referrals", "--json", "--org", "bpn", "--channel", "printed")
    assert [r["uuid"] for r in json.loads(out)] == [second_uuid]
    code, out, _ = _run(capsys, *d, "referrals", "--since", "2000-01-01", "--state", "pending")
    assert code == 0 and "selesai" in out and "Sertifikat tanah" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("refer", "--service", "nope", "--contact", "c-ktp", "--channel", "read_out"),
        ("refer", "--service", "ktp-hilang", "--contact", "c-ktp", "--channel", "fax"),
        ("outcome", "not-a-referral", "resolved"),
        ("referrals", "--since", "5 Januari"),
        ("referrals", "--state", "lost"),
    ],
)
def test_cli_bad_input_is_one_message_and_exit_3(tmp_path, capsys, argv):
    make_reader(tmp_path).close()
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), *argv)
    assert code == EXIT_INPUT
    assert err.strip() and "Traceback" not in err and out == ""


def test_cli_corrupt_desk_database_is_reported(tmp_path, capsys):
    make_reader(tmp_path).close()
    (tmp_path / "desk.sqlite").write_bytes(b"garbage" * 1000)
    code, _, err = _run(capsys, "--data-dir", str(tmp_path), "referrals")
    assert code == 4 and "rusak" in err and "desk.corrupt-" in err


def _sample_available() -> bool:
    from melayani_desk.paths import resource

    try:
        folder = resource("sample")
        return folder.is_dir() and any(folder.iterdir())
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not _sample_available(), reason="bundled sample directory not there yet")
def test_cli_refer_on_the_bundled_sample(sample_dir, tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(sample_dir, data)
    reader = DirectoryReader(DirectoryStore(data).current())
    try:
        service = next(s for s in reader.services() if reader.contacts_for_services([s.service_id]))
        contact = reader.contacts_for_services([service.service_id])[service.service_id][0]
    finally:
        reader.close()
    code, out, err = _run(
        capsys,
        "--data-dir",
        str(data),
        "refer",
        "--service",
        service.service_id,
        "--contact",
        contact.contact_id,
        "--channel",
        "whatsapp_link",
        "--json",
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["directory_is_sample"] is True
