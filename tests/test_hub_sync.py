"""Uploads on a real hub: created / duplicate / conflict, idempotence under resends, races and
a response lost after commit."""

from __future__ import annotations

import copy
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import httpx
import pytest
from hub_fixtures import contact_report, enroll, hub_fixture, outcome, referral  # noqa: F401
from sqlalchemy import func, select

from melayani_core.referrals.model import CHANNELS
from melayani_hub.app import create_app
from melayani_hub.ingest import SPECS
from melayani_hub.models import ContactReport, Outcome, Referral
from melayani_hub.wire import SyncBatch


def send(hub, auth, items, **headers):
    r = httpx.post(hub.api("/sync/batch"), json={"items": items}, headers={**auth, **headers},
                   timeout=60)  # fmt: skip
    assert r.status_code == 200, r.text
    return [(x["status"], x["detail"]) for x in r.json()["results"]]


def count(hub, model, **where):
    q = select(func.count()).select_from(model)
    for name, value in where.items():
        q = q.where(getattr(model, name) == value)
    with hub.engine.connect() as conn:
        return conn.scalar(q)


def test_created_then_duplicate_on_resend(hub):
    desk_id, auth = enroll(hub)
    ref = referral(desk_id, 1)
    items = [ref, outcome(desk_id, ref["uuid"]), contact_report(desk_id)]
    results = send(hub, auth, items)
    assert [s for s, _ in results] == ["created"] * 3
    assert send(hub, auth, items) == [("duplicate", "")] * 3
    r = httpx.post(hub.api("/sync/batch"), json={"items": items}, headers=auth)
    assert [x["uuid"] for x in r.json()["results"]] == [i["uuid"] for i in items]
    assert count(hub, Referral, uuid=ref["uuid"]) == 1
    with hub.engine.connect() as conn:
        row = conn.execute(select(Referral).where(Referral.uuid == ref["uuid"])).one()
    assert (row.kecamatan, row.desa, row.seq, row.need_norm) == ("Giri", "Jambesari", 1,
                                                                  "ktp hilang")  # fmt: skip


def test_every_column_is_stored_as_sent(hub):
    """Quotes, backslashes, newlines, emoji and non-ASCII text, NULLs, booleans, integers and
    timestamps come back exactly (PostgreSQL reads the batch as one JSON document)."""
    desk_id, auth = enroll(hub)
    day = datetime.now(UTC).date()  # recent: within the retention period, nothing redacted
    made = datetime(day.year, day.month, day.day, 16, 30, tzinfo=UTC)
    text = 'Bu "Sri" \\ C:\\berkas\n baris dua \t tab 😀 ñ é ꦧꦤꦾꦸꦮꦔꦶ'
    ref = referral(desk_id, 7, need_text=text, note="catatan 'kutip'", citizen_consent=True,
                   citizen_name="Siti Aminah", citizen_phone=None, directory_is_sample=True,
                   created_at=f"{day.isoformat()}T23:30:00+07:00", search_rank=4,
                   found_via="browse")  # fmt: skip
    item = outcome(desk_id, ref["uuid"], note=text, created_at=f"{day.isoformat()}T23:59:00+00:00")
    assert [s for s, _ in send(hub, auth, [ref, item])] == ["created", "created"]
    with hub.engine.connect() as conn:
        row = conn.execute(select(Referral).where(Referral.uuid == ref["uuid"])).one()
        done = conn.execute(select(Outcome).where(Outcome.uuid == item["uuid"])).one()
    assert (row.need_text, row.note, row.citizen_name, row.citizen_phone) == (
        text, "catatan 'kutip'", "Siti Aminah", None)  # fmt: skip
    assert (row.seq, row.search_rank, row.found_via) == (7, 4, "browse")
    assert row.citizen_consent is True and row.directory_is_sample is True
    assert row.created_at == f"{day.isoformat()}T23:30:00+07:00"
    def utc(moment):  # SQLite keeps naive UTC, PostgreSQL timestamptz
        return moment.replace(tzinfo=moment.tzinfo or UTC)

    assert utc(row.created_ts) == made and utc(row.report_at) == made
    assert done.note == text and utc(done.created_ts) == made.replace(hour=23, minute=59)


def test_conflicts(hub):
    desk_id, auth = enroll(hub)
    other_id, other_auth = enroll(hub, "Meja lain")
    first = referral(desk_id, 1)
    assert send(hub, auth, [first]) == [("created", "")]

    changed = copy.deepcopy(first)
    changed["payload"]["need_text"] = "akta lahir"
    foreign = referral(other_id, 2)  # names another desk, sent with this desk's token
    reused_seq = referral(desk_id, 1)  # new uuid, same (desk_id, seq)
    unknown = outcome(desk_id, str(uuid.uuid4()))
    bad_enum = referral(desk_id, 5, channel="telepati")
    missing = referral(desk_id, 6)
    del missing["payload"]["service_id"]
    wrong_type = referral(desk_id, "7")
    no_consent = referral(desk_id, 8, citizen_name="Budi")
    results = send(hub, auth, [changed, foreign, reused_seq, unknown, bad_enum, missing,
                               wrong_type, no_consent])  # fmt: skip
    assert [s for s, _ in results] == ["conflict"] * 8
    details = [d for _, d in results]
    assert "content differs" in details[0]
    assert details[1] == "desk mismatch"
    assert "seq 1" in details[2]
    assert details[3] == "unknown referral"
    assert "channel" in details[4] and "service_id" in details[5] and "seq" in details[6]
    assert "consent" in details[7]
    assert count(hub, Referral, desk_id=desk_id) == 1
    # each conflict carries a stable code the desk words for its staff
    items = [changed, foreign, reused_seq, unknown, bad_enum, missing, wrong_type, no_consent]
    r = httpx.post(hub.api("/sync/batch"), json={"items": items}, headers=auth, timeout=60)
    assert [x["code"] for x in r.json()["results"]] == [
        "content_differs", "desk_mismatch", "seq_used", "unknown_referral",
        "invalid", "invalid", "invalid", "no_consent",
    ]  # fmt: skip

    # Another desk cannot add an outcome to this desk's referral, nor reuse its uuid.
    theirs = outcome(other_id, first["uuid"])
    stolen = copy.deepcopy(first)
    stolen["payload"]["desk_id"] = other_id
    assert [s for s, _ in send(hub, other_auth, [theirs, stolen])] == ["conflict"] * 2
    assert count(hub, Outcome, referral_uuid=first["uuid"]) == 0


def test_citizen_fields_stored_with_consent(hub):
    desk_id, auth = enroll(hub)
    made = datetime.now(UTC).isoformat(timespec="seconds")  # within the retention period
    ref = referral(desk_id, 1, citizen_consent=True, citizen_name="Budi", created_at=made,
                   citizen_phone="+6281299990000", citizen_village="Jambesari")  # fmt: skip
    assert send(hub, auth, [ref]) == [("created", "")]
    with hub.engine.connect() as conn:
        row = conn.execute(select(Referral).where(Referral.uuid == ref["uuid"])).one()
    assert (row.citizen_name, row.citizen_phone) == ("Budi", "+6281299990000")


def test_outcome_for_referral_in_same_batch_and_repeat_in_batch(hub):
    desk_id, auth = enroll(hub)
    ref = referral(desk_id, 1)
    out = outcome(desk_id, ref["uuid"], "resolved")
    assert send(hub, auth, [out, ref, ref]) == [("created", ""), ("created", ""),
                                                ("duplicate", "")]  # fmt: skip


def test_same_batch_five_times_in_parallel(hub):
    desk_id, auth = enroll(hub)
    refs = [referral(desk_id, n) for n in range(1, 101)]
    items = refs + [outcome(desk_id, r["uuid"]) for r in refs[:20]] + [contact_report(desk_id)]
    with ThreadPoolExecutor(5) as pool:
        answers = list(pool.map(lambda _: send(hub, auth, items), range(5)))
    for index in range(len(items)):
        statuses = sorted(a[index][0] for a in answers)
        assert statuses == ["created"] + ["duplicate"] * 4, (index, statuses)
    assert count(hub, Referral, desk_id=desk_id) == 100
    assert count(hub, Outcome, desk_id=desk_id) == 20
    assert count(hub, ContactReport, desk_id=desk_id) == 1


def test_thousand_referrals_from_two_desks_arrive_once(hub):
    desks = [enroll(hub, f"Meja {n}") for n in range(2)]
    batches = []
    for desk_id, auth in desks:
        refs = [referral(desk_id, n) for n in range(1, 501)]
        batches += [(auth, refs[:250]), (auth, refs[250:]), (auth, refs[100:400])]
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda b: send(hub, *b), batches))
    created = sum(status == "created" for answer in answers for status, _ in answer)
    assert created == 1000
    assert all(s in ("created", "duplicate") for answer in answers for s, _ in answer)
    for desk_id, _ in desks:
        assert count(hub, Referral, desk_id=desk_id) == 500


def test_response_lost_after_commit(hub):
    desk_id, auth = enroll(hub)
    ref = referral(desk_id, 1)
    with pytest.raises(httpx.TransportError):
        httpx.post(hub.api("/sync/batch"), json={"items": [ref]},
                   headers={**auth, "X-Test-Drop-After-Commit": "1"})  # fmt: skip
    assert count(hub, Referral, uuid=ref["uuid"]) == 1  # committed before the drop
    assert send(hub, auth, [ref]) == [("duplicate", "")]
    assert count(hub, Referral, uuid=ref["uuid"]) == 1


def test_hub_accepts_every_field_the_desk_sends():
    from dataclasses import fields

    from melayani_core.referrals import model
    from melayani_hub.ingest import SPECS

    for kind, record in (("referral", model.Referral), ("outcome", model.Outcome),
                         ("contact_report", model.ContactReport)):  # fmt: skip
        sent = {f.name for f in fields(record)} - {"uuid", "desk_id"}
        assert sent == set(SPECS[kind]), kind


def test_real_desk_outbox_payloads(hub, tmp_path):
    from melayani_desk.directory.local import current_file, open_reader
    from melayani_desk.referrals.log import ReferralLog
    from melayani_hub.desks import new_code

    current_file(tmp_path)
    reader = open_reader(tmp_path)
    log = ReferralLog(tmp_path)
    try:
        contact = next(c for c in reader.all_contacts() if c.service_ids)
        first = log.record_referral(
            reader=reader, service_id=contact.service_ids[0], contact_id=contact.contact_id,
            channel="printed", need_text="KTP hilang", consent=True, citizen_name="Budi",
            citizen_phone="0812-3456-7890")  # fmt: skip
        log.record_outcome(first.uuid, "responded")
        log.report_contact(reader=reader, contact_id=contact.contact_id, kind="moved")
        log.record_referral(reader=reader, service_id=contact.service_ids[0],
                            contact_id=contact.contact_id, channel="read_out",
                            supersedes=first.uuid)  # fmt: skip
        items = [{"type": i.item_type, "uuid": i.item_uuid, "payload": i.payload}
                 for i in log.pending()]  # fmt: skip
        SyncBatch.model_validate({"items": items})  # the typed wire format fits the desk
        code, _ = new_code(hub.engine, "Meja asli")
        r = httpx.post(hub.api("/enroll"), json={"code": code, "desk_id": log.desk.desk_id})
        auth = {"Authorization": f"Bearer {r.json()['token']}"}
        assert send(hub, auth, items) == [("created", "")] * 4
        assert send(hub, auth, items) == [("duplicate", "")] * 4
    finally:
        log.close()
        reader.close()


def test_openapi_documents_every_item_type(hub):
    spec = create_app(None, engine=hub.engine).openapi()
    body = spec["paths"]["/api/v1/sync/batch"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("/SyncBatch")
    items = spec["components"]["schemas"]["SyncBatch"]["properties"]["items"]["items"]
    assert set(items["discriminator"]["mapping"]) == set(SPECS)
    referral_payload = spec["components"]["schemas"]["ReferralPayload"]
    assert set(SPECS["referral"]) <= set(referral_payload["properties"])
    assert referral_payload["properties"]["channel"]["enum"] == list(CHANNELS)


def test_one_bad_item_is_one_conflict_not_a_422(hub):
    """The body is documented by the model but judged per item, as before."""
    desk_id, auth = enroll(hub)
    bad = referral(desk_id, 2, channel="pigeon")
    results = send(hub, auth, [referral(desk_id, 1), bad])
    assert results[0] == ("created", "") and results[1][0] == "conflict"


def test_seq_reused_within_one_batch(hub):
    desk_id, auth = enroll(hub)
    results = send(hub, auth, [referral(desk_id, 1), referral(desk_id, 1)])
    assert results[0] == ("created", "") and results[1][0] == "conflict"


def test_unstorable_values_are_conflicts_not_errors(hub):
    desk_id, auth = enroll(hub)
    lone = referral(desk_id, 1)
    body = json.dumps({"items": [lone]}).replace("KTP hilang", "KTP \\ud800")
    bad_uuid = '{"items": [{"type": "referral", "uuid": "\\ud800", "payload": {}}]}'
    huge = referral(desk_id, 2, directory_version=2**40)
    for content in (body, bad_uuid, json.dumps({"items": [huge]})):
        r = httpx.post(hub.api("/sync/batch"), content=content, headers=auth)
        assert r.status_code == 200, r.text
        assert r.json()["results"][0]["status"] == "conflict"
    too_far = hub.api(f"/directory/snapshots/{2**63}")
    assert httpx.get(too_far, headers=auth).status_code == 404
