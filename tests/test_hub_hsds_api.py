"""The public HSDS read API (/api/hsds, Open Referral's API reference) on the real hub over
loopback: paging, search, objects by id, a new publication seen, and no contact's number."""

from __future__ import annotations

import httpx
from hub_fixtures import fresh_hub_fixture  # noqa: F401

from melayani_core.directory.formats import read_any
from melayani_core.directory.hsds import ident
from melayani_core.resources import resource
from melayani_hub import publish, signing


def get(hub, path: str, **params) -> httpx.Response:
    return httpx.get(f"{hub.base_url}/api/hsds{path}", params=params, timeout=30)


def every(hub, path: str, **params) -> list[dict]:
    out, page = [], 1
    while True:
        body = get(hub, path, page=page, per_page=200, **params).json()
        out += body["contents"]
        if body["last_page"]:
            return out
        page += 1


def test_services_and_organizations_paged_searched_and_by_id(fresh_hub, tmp_path):
    r = get(fresh_hub, "/services")
    assert r.status_code == 404 and "belum ada direktori" in r.json()["detail"]
    key, _, _ = signing.keygen(tmp_path / "kunci")
    publish.publish(fresh_hub.engine, resource("sample"), key)
    directory, _ = read_any(resource("sample"))

    r = get(fresh_hub, "/services", per_page=10)
    assert r.status_code == 200 and r.headers["x-directory-version"] == "1"
    first = r.json()
    assert first["total_items"] == len(directory.services) and first["size"] == 10
    assert first["first_page"] and not first["last_page"] and first["page_number"] == 1
    assert first["total_pages"] == -(-len(directory.services) // 10)
    beyond = get(fresh_hub, "/services", page=first["total_pages"] + 1).json()
    assert beyond["empty"] and beyond["contents"] == []
    assert len(every(fresh_hub, "/services")) == len(directory.services)

    ktp = get(fresh_hub, "/services", search="ktp HILANG", per_page=200).json()["contents"]
    assert ktp and all("ktp" in str(s).casefold() for s in ktp)
    wanted = next(s for s in directory.services if ident("services", s.service_id) == ktp[0]["id"])
    one = get(fresh_hub, f"/services/{ident('services', wanted.service_id)}").json()
    assert one["name"] == wanted.name and one in ktp
    assert [d["document"] for d in one["required_documents"]] == wanted.requirements
    assert one["organization"]["id"] == ident("organizations", wanted.org_id)

    org = next(o for o in directory.organizations if o.address and o.phone)
    oid = ident("organizations", org.org_id)
    body = get(fresh_hub, f"/organizations/{oid}").json()
    assert body["name"] == org.name and body["locations"][0]["description"] == org.address
    assert org.phone in [p["number"] for p in body["phones"]]
    assert {s["id"] for s in body["services"]} == {
        ident("services", s.service_id) for s in directory.services if s.org_id == org.org_id
    }
    offered = every(fresh_hub, "/services", organization_id=oid)
    assert {s["id"] for s in offered} == {s["id"] for s in body["services"]}
    found = get(fresh_hub, "/organizations", search=org.name).json()["contents"]
    assert body in found
    assert len(every(fresh_hub, "/organizations")) == len(directory.organizations)

    for path, params in (("/services/nope", {}), ("/organizations/nope", {}),
                         ("/services", {"per_page": 0}), ("/services", {"page": 0}),
                         ("/organizations", {"per_page": 201}),
                         ("/services", {"search": "x" * 201})):  # fmt: skip
        r = get(fresh_hub, path, **params)
        assert r.status_code in (404, 422) and r.json()["detail"], (path, params, r.text)

    publish.publish(fresh_hub.engine, resource("sample"), key)
    assert get(fresh_hub, "/organizations").headers["x-directory-version"] == "2"


def test_contacts_and_their_numbers_are_not_published(fresh_hub, tmp_path):
    key, _, _ = signing.keygen(tmp_path / "kunci")
    publish.publish(fresh_hub.engine, resource("sample"), key)
    directory, _ = read_any(resource("sample"))
    office = {n for o in directory.organizations for n in (o.phone, o.whatsapp) if n}
    personal = {n for c in directory.contacts for n in (c.whatsapp, c.phone) if n} - office
    assert personal
    text = str(every(fresh_hub, "/services")) + str(every(fresh_hub, "/organizations"))
    for contact in directory.contacts:
        assert ident("contacts", contact.contact_id) not in text
    leaked = [n for n in personal if n in text]
    assert leaked == []
