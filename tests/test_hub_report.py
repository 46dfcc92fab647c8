"""The regency report on a small known dataset: JSON from the command, HTML from the hub."""

from __future__ import annotations

import json

import httpx
from hub_fixtures import (  # noqa: F401
    contact_report,
    enroll,
    fresh_hub_fixture,
    hub_fixture,
    outcome,
    referral,
)

from melayani_hub.cli import main
from melayani_hub.reports import iso_week


def load_dataset(hub):
    a, auth_a = enroll(hub, "Meja A", "Giri", "Jambesari")
    b, auth_b = enroll(hub, "Meja B", "Glagah", "Olehsari")
    duk = {"org_id": "dukcapil", "org_name": "Dispendukcapil"}
    sos = {"org_id": "dinsos", "org_name": "Dinas Sosial"}
    kes = {"org_id": "dinkes", "org_name": "Dinas Kesehatan"}
    a1 = referral(a, 1, need_text="KTP hilang", created_at="2026-01-05T03:00:00+00:00", **duk)
    a2 = referral(a, 2, need_text="ktp  HILANG!", created_at="2026-01-06T03:00:00+00:00", **duk)
    a3 = referral(a, 3, need_text="bansos", created_at="2026-01-12T01:00:00+00:00", **sos)
    a4 = referral(a, 4, need_text="<b>bansos</b>", created_at="2026-01-12T02:00:00+00:00",
                  supersedes_uuid=a3["uuid"], **kes)  # fmt: skip
    b1 = referral(b, 1, need_text="akta lahir", created_at="2026-01-04T20:00:00+00:00", **duk)
    b2 = referral(b, 2, need_text="Bansos", created_at="2026-01-13T03:00:00+00:00", **sos)
    items_a = [
        a1, a2, a3, a4,
        outcome(a, a1["uuid"], "unreachable", created_at="2026-01-05T04:00:00+00:00"),
        outcome(a, a1["uuid"], "responded", created_at="2026-01-05T09:00:00+00:00"),
        outcome(a, a2["uuid"], "unreachable"),
        contact_report(a, "dukcapil", "wrong_number"),
        contact_report(a, "dukcapil", "not_answering"),
    ]  # fmt: skip
    items_b = [
        b1, b2,
        outcome(b, b1["uuid"], "resolved", created_at="2026-01-05T20:00:00+00:00"),
        outcome(b, b2["uuid"], "wrong_number"),
        contact_report(b, "dukcapil", "wrong_number"),
        contact_report(b, "dinsos", "moved"),
    ]  # fmt: skip
    for auth, items in ((auth_a, items_a), (auth_b, items_b)):
        r = httpx.post(hub.api("/sync/batch"), json={"items": items}, headers=auth)
        assert {x["status"] for x in r.json()["results"]} == {"created"}


def test_iso_week_in_wib():
    assert iso_week("2026-01-04T20:00:00+00:00") == "2026-W02"  # Monday 03:00 WIB
    assert iso_week("2026-01-04T16:00:00+00:00") == "2026-W01"


def test_report_json(fresh_hub, capsys):
    load_dataset(fresh_hub)
    assert main(["report", "--json", "--db", fresh_hub.db_url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["totals"] == {"referrals": 5, "superseded": 1, "outcomes": 5,
                                "contact_reports": 4, "desks": 2, "future_dated": 0,
                                "sample": 0}  # fmt: skip
    assert report["future_dated"] == []
    assert [(r["org_id"], r["referrals"]) for r in report["by_agency"]] == [
        ("dukcapil", 3), ("dinkes", 1), ("dinsos", 1)]  # fmt: skip
    assert report["by_agency"][0]["org_name"] == "Dispendukcapil"
    assert report["by_need"] == [
        {"need": "ktp hilang", "referrals": 2},
        {"need": "akta lahir", "referrals": 1},
        {"need": "b bansos b", "referrals": 1},
        {"need": "bansos", "referrals": 1},
    ]
    assert report["by_area"] == [
        {"kecamatan": "Giri", "desa": "Jambesari", "referrals": 3},
        {"kecamatan": "Glagah", "desa": "Olehsari", "referrals": 2},
    ]
    assert report["by_week"] == [{"week": "2026-W02", "referrals": 3},
                                 {"week": "2026-W03", "referrals": 2}]  # fmt: skip
    response = {r["org_id"]: r for r in report["response"]}
    assert response["dukcapil"] == {
        "org_id": "dukcapil", "org_name": "Dispendukcapil", "referrals": 3, "with_outcome": 3,
        "responded": 2, "response_rate": 0.6667, "median_hours_to_response": 15.0}  # fmt: skip
    assert (response["dinsos"]["with_outcome"], response["dinsos"]["response_rate"]) == (1, 0.0)
    assert response["dinkes"]["response_rate"] is None
    problems = {r["org_id"]: r for r in report["contact_problems"]}
    assert problems["dukcapil"]["total"] == 3
    assert problems["dukcapil"]["by_kind"] == {"wrong_number": 2, "not_answering": 1,
                                               "moved": 0, "other": 0}  # fmt: skip
    assert problems["dinsos"]["by_kind"]["moved"] == 1

    assert main(["referrals", "--json", "--db", fresh_hub.db_url]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 6
    assert main(["contact-reports", "--db", fresh_hub.db_url]) == 0
    assert "wrong_number" in capsys.readouterr().out


def test_report_page(fresh_hub, hub):
    load_dataset(fresh_hub)
    url = fresh_hub.base_url + "/report"
    assert httpx.get(url).status_code == 403
    assert httpx.get(url, params={"token": "salah"}).status_code == 403
    page = httpx.get(url, params={"token": "rahasia-admin"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Rujukan per instansi" in page.text and "Dispendukcapil" in page.text
    assert "<b>bansos" not in page.text and "b bansos b" in page.text
    assert "67%" in page.text  # dukcapil's response rate
    bearer = httpx.get(url, headers={"Authorization": "Bearer rahasia-admin"})
    assert bearer.status_code == 200
    # Without MELAYANI_HUB_ADMIN_TOKEN the page does not exist.
    assert httpx.get(hub.base_url + "/report", params={"token": "x"}).status_code == 404


def test_a_desk_cannot_hide_another_desks_referral(fresh_hub, capsys):
    a, auth_a = enroll(fresh_hub, "Meja A")
    b, auth_b = enroll(fresh_hub, "Meja B")
    theirs = referral(a, 1)
    mine = referral(b, 1, supersedes_uuid=theirs["uuid"])
    for auth, item in ((auth_a, theirs), (auth_b, mine)):
        r = httpx.post(fresh_hub.api("/sync/batch"), json={"items": [item]}, headers=auth)
        assert r.json()["results"][0]["status"] == "created"
    assert main(["report", "--json", "--db", fresh_hub.db_url]) == 0
    totals = json.loads(capsys.readouterr().out)["totals"]
    assert (totals["referrals"], totals["superseded"]) == (2, 0)


def test_items_dated_in_the_future_are_flagged_and_counted_when_received(fresh_hub, capsys):
    """A desk whose clock runs 4.5 years ahead: its items are flagged per desk, counted in
    the week the hub received them, and kept out of the response times."""
    from datetime import UTC, datetime, timedelta

    future = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1640)  # 4.5 years

    def at(hours: int) -> str:
        return (future + timedelta(hours=hours)).isoformat()

    right, auth_right = enroll(fresh_hub, "Meja Benar")
    ahead, auth_ahead = enroll(fresh_hub, "Meja Jam Maju")
    duk = {"org_id": "dukcapil", "org_name": "Dispendukcapil"}
    ok = referral(right, 1, created_at="2026-10-20T03:00:00+00:00", **duk)
    wrong = [referral(ahead, n, created_at=at(n), **duk) for n in (1, 2, 3)]
    later = [
        outcome(ahead, wrong[0]["uuid"], "responded", created_at=at(5)),
        contact_report(ahead, "dukcapil", "wrong_number", created_at=at(6)),
    ]
    for auth, items in ((auth_right, [ok]), (auth_ahead, [*wrong, *later])):
        r = httpx.post(fresh_hub.api("/sync/batch"), json={"items": items}, headers=auth)
        assert {x["status"] for x in r.json()["results"]} == {"created"}
    this_week = iso_week(datetime.now(UTC).isoformat())

    assert main(["report", "--json", "--db", fresh_hub.db_url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["totals"]["future_dated"] == 5
    (flag,) = report["future_dated"]
    assert (flag["desk_name"], flag["referrals"], flag["outcomes"], flag["contact_reports"]) == (
        "Meja Jam Maju", 3, 1, 1)  # fmt: skip
    assert flag["max_ahead_days"] > 365 * 4
    weeks = {r["week"]: r["referrals"] for r in report["by_week"]}
    assert weeks.get(this_week, 0) == 3 and iso_week(at(1)) not in weeks
    duk_row = {r["org_id"]: r for r in report["response"]}["dukcapil"]
    assert duk_row["median_hours_to_response"] is None  # no true time to measure

    assert main(["report", "--db", fresh_hub.db_url]) == 0
    text = capsys.readouterr().out
    assert "PERINGATAN: data bertanggal di masa depan" in text and "Meja Jam Maju" in text
    page = httpx.get(fresh_hub.base_url + "/report", params={"token": "rahasia-admin"})
    assert "PERINGATAN: data bertanggal di masa depan" in page.text
    assert "Meja Jam Maju" in page.text and "membetulkan tanggal dan jam" in page.text
