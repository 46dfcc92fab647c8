"""The console's report pages on the real hub (uvicorn on loopback; SQLite and PostgreSQL):
date ranges in WIB, every dimension, responsiveness, unmet needs, charts, CSV and xlsx,
roles (a curator sees its own agency only), sample data left out, bad input answered."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from console_fixtures import add_users, log_in
from hub_fixtures import enroll, fresh_hub_fixture, referral  # noqa: F401
from openpyxl import load_workbook
from sqlalchemy import select
from test_hub_report import load_dataset

from melayani_hub.models import Referral, UnmetNeed

JAN = {"dari": "2026-01-01", "sampai": "2026-01-31"}


def unmet_need(desk_id: str, text: str, created_at: str) -> dict:
    item_uuid = str(uuid.uuid4())
    payload = {"type": "unmet_need", "desk_id": desk_id, "uuid": item_uuid,
               "need_text": text, "created_at": created_at}  # fmt: skip
    return {"type": "unmet_need", "uuid": item_uuid, "payload": payload}


@pytest.fixture
def reports(fresh_hub):
    load_dataset(fresh_hub)
    c, auth_c = enroll(fresh_hub, "Meja C", "Giri", "Penataban")
    items = [
        referral(c, 1, need_text="ktp ilang", created_at="2026-01-20T01:00:00+00:00",
                 directory_is_sample=True),
        referral(c, 2, need_text="sumur bor", created_at="2026-01-21T01:00:00+00:00",
                 service_id="svc-x", service_name="=HYPERLINK(1)", found_via="browse"),
        unmet_need(c, "Sumur kering", "2026-01-21T02:00:00+00:00"),
        unmet_need(c, "sumur  KERING", "2026-01-22T02:00:00+00:00"),
    ]  # fmt: skip
    r = httpx.post(fresh_hub.api("/sync/batch"), json={"items": items}, headers=auth_c)
    assert {x["status"] for x in r.json()["results"]} == {"created"}, r.text
    add_users(fresh_hub.engine)
    return fresh_hub


@contextmanager
def console(hub, name: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=hub.base_url, follow_redirects=True, timeout=30) as client:
        log_in(client, name)
        yield client


def rows_of_csv(client: httpx.Client, table: str, **params: str) -> list[list[str]]:
    r = client.get(f"/console/reports/{table}.csv", params={**JAN, **params})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    return list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))


def test_timestamps_are_stored_as_timestamps_at_ingest(reports):
    with reports.engine.connect() as conn:
        row = conn.execute(
            select(Referral.created_ts, Referral.report_at, Referral.need_concept)
            .where(Referral.need_text == "akta lahir")
        ).one()  # fmt: skip
        unmet = conn.execute(select(UnmetNeed.report_at)).scalars().all()
    assert row.created_ts.replace(tzinfo=None).isoformat() == "2026-01-04T20:00:00"
    assert row.report_at == row.created_ts
    assert row.need_concept == "adminduk.akta-lahir"
    assert len(unmet) == 2 and all(unmet)


def test_viewer_reads_every_dimension_with_charts_in_wib(reports):
    with console(reports, "pengamat") as client:
        page = client.get("/console/reports", params=JAN)
        assert page.status_code == 200
        text = page.text
        assert text.count("<svg") >= 7 and "Rujukan per instansi" in text
        assert "Rujukan dihitung: <strong>6</strong>" in text  # the sample one left out
        assert "tidak dihitung: 1" in text
        assert rows_of_csv(client, "agency")[1:] == [
            ["dukcapil", "Dispendukcapil", "4"], ["dinkes", "Dinas Kesehatan", "1"],
            ["dinsos", "Dinas Sosial", "1"]]  # fmt: skip
        concepts = {r[0]: int(r[2]) for r in rows_of_csv(client, "concept")[1:]}
        assert concepts["adminduk.ktp-hilang"] == 2 and concepts["adminduk.akta-lahir"] == 1
        assert ["Giri / Jambesari", "3"] in rows_of_csv(client, "desa")
        assert ["Meja A", rows_of_csv(client, "desk")[1][1], "3"] == rows_of_csv(client, "desk")[1]
        weeks = dict(rows_of_csv(client, "week")[1:])
        assert (weeks["2026-W02"], weeks["2026-W03"], weeks["2026-W04"]) == ("3", "2", "1")
        agency = {r[0]: r for r in rows_of_csv(client, "response_agency")[1:]}
        # dukcapil: answered after 6 h and 24 h, one never; one new referral without outcome
        assert agency["Dispendukcapil"][1:] == ["4", "3", "2", "67%", "15.0", "0"]
        contact = rows_of_csv(client, "response_contact")[1]
        assert contact[:2] == ["Ani (Dispendukcapil)", "dukcapil / c-ani"]
        assert rows_of_csv(client, "unmet")[1][:4] == ["sumur kering", "2", "1", "1"]
        # a name written as a formula stays text in a spreadsheet
        assert rows_of_csv(client, "browsed")[1] == ["sumur bor", "'=HYPERLINK(1)", "1"]
        # one WIB day: b1 was made 2026-01-04 20:00 UTC, which is 5 January in Banyuwangi
        day = rows_of_csv(client, "agency", dari="2026-01-05", sampai="2026-01-05")
        assert day[1:] == [["dukcapil", "Dispendukcapil", "2"]]


def test_xlsx_holds_every_table(reports):
    with console(reports, "admin") as client:
        r = client.get("/console/reports.xlsx", params={**JAN, "instansi": "dinsos"})
    assert r.status_code == 200
    book = load_workbook(io.BytesIO(r.content))
    assert {"Ringkasan", "agency", "week", "response_contact", "unmet"} <= set(book.sheetnames)
    assert [c.value for c in book["agency"][2]] == ["dinsos", "Dinas Sosial", 1]
    assert book["Ringkasan"]["B4"].value == "dinsos"


def test_a_curator_reads_its_own_agency_only(reports):
    with console(reports, "kurator") as client:  # curator of dukcapil
        page = client.get("/console/reports", params={**JAN, "instansi": "dinsos"})
        assert page.status_code == 200 and "Rujukan dihitung: <strong>4</strong>" in page.text
        assert "Dinas Sosial" not in page.text and "Sumur" not in page.text.lower()
        assert [r[0] for r in rows_of_csv(client, "agency", instansi="dinsos")[1:]] == ["dukcapil"]
        assert rows_of_csv(client, "unmet")[1:] == []


def test_bad_ranges_are_explained_and_never_crash(reports):
    with console(reports, "pengamat") as client:
        for params, words in (({"dari": "kemarin"}, "tidak terbaca"),
                              ({"dari": "2026-02-01", "sampai": "2026-01-01"}, "Tukar"),
                              ({"dari": "1900-01-01", "sampai": "2026-01-31"}, "tiga tahun"),
                              ({"dari": "2026-13-45"}, "TTTT-BB-HH")):  # fmt: skip
            page = client.get("/console/reports", params=params)
            assert page.status_code == 200 and words in page.text, params
        assert client.get("/console/reports/rahasia.csv").status_code == 404
    anonymous = httpx.get(reports.base_url + "/console/reports", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].endswith("/login")


def test_the_weekly_rollup_follows_corrections_and_outcomes_sent_later(reports):
    """A week already rolled up changes when a correction or an outcome arrives for it."""
    from hub_fixtures import outcome

    d, auth_d = enroll(reports, "Meja D", "Licin", "Banjar")
    first = referral(d, 1, created_at="2026-01-07T01:00:00+00:00")
    send = {"headers": auth_d, "timeout": 30}
    assert httpx.post(reports.api("/sync/batch"), json={"items": [first]}, **send).is_success
    with console(reports, "pengamat") as client:
        assert ["dukcapil", "Dispendukcapil", "5"] in rows_of_csv(client, "agency")
        fix = referral(d, 2, created_at="2026-01-27T01:00:00+00:00", org_id="dinsos",
                       org_name="Dinas Sosial", supersedes_uuid=first["uuid"])  # fmt: skip
        answer = outcome(d, fix["uuid"], "responded", created_at="2026-01-27T02:00:00+00:00")
        r = httpx.post(reports.api("/sync/batch"), json={"items": [fix, answer]}, **send)
        assert {x["status"] for x in r.json()["results"]} == {"created"}
        agency = rows_of_csv(client, "agency")
        assert ["dukcapil", "Dispendukcapil", "4"] in agency
        assert ["dinsos", "Dinas Sosial", "2"] in agency
        response = {row[0]: row for row in rows_of_csv(client, "response_agency")[1:]}
        assert response["Dinas Sosial"][1:] == ["2", "2", "1", "50%", "1.0", "1"]
