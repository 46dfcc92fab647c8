"""A read API after Open Referral's HSDS API reference (3.0) for the regency's website:
services and organizations of the latest published directory, paged and searchable.

No authentication: public directory data only (docs/hsds-profile.md, "Public read API").
Contacts are people: they and their numbers are left out; an organization keeps its office
phone and WhatsApp. The objects are the HSDS export's own rows (same ids, same mapping),
nested as the reference's compiled schemas nest them.
"""

from __future__ import annotations

import math
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response
from sqlalchemy import Engine, func, select

from melayani_core.directory.hsds_write import package_rows
from melayani_core.directory.model import Directory, ImportReport
from melayani_core.directory.validate import build_directory
from melayani_hub.console.working import snapshot_rows, tables_of
from melayani_hub.models import DirectoryVersion

PREFIX = "/api/hsds"
DEFAULT_PER_PAGE, MAX_PER_PAGE = 50, 200
CACHE_CONTROL = "public, max-age=300"
NOTHING = "belum ada direktori yang diterbitkan / no directory published yet"


@dataclass
class Listing:
    """One kind of object (services or organizations), searchable, in directory order."""

    objects: list[dict[str, Any]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # casefolded text each one is found by
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, obj: dict[str, Any], *texts: str) -> None:
        self.objects.append(obj)
        self.texts.append(" ".join(texts).casefold())
        self.by_id[obj["id"]] = obj

    def find(self, search: str, keep: Any = None) -> list[dict[str, Any]]:
        words = search.casefold().split()
        return [
            obj
            for obj, text in zip(self.objects, self.texts, strict=True)
            if all(w in text for w in words) and (keep is None or keep(obj))
        ]


@dataclass
class Published:
    version: int
    services: Listing
    organizations: Listing


def _clean(row: dict[str, str]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v != ""}


def _grouped(rows: list[dict[str, str]], key: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row.get(key, "")].append(_clean(row))
    return out


def build(version: int, directory: Directory) -> Published:
    rows = package_rows(directory, contacts=False)
    attributes = _grouped(rows["attributes"], "link_id")
    documents = _grouped(rows["required_documents"], "service_id")
    areas = _grouped(rows["service_areas"], "service_id")
    phones = _grouped(rows["phones"], "organization_id")
    locations = _grouped(rows["locations"], "organization_id")
    schedules = _grouped(rows["schedules"], "location_id")
    org_rows = {row["id"]: row for row in rows["organizations"]}
    offered = _grouped(rows["services"], "organization_id")

    def values(link_id: str) -> list[str]:
        return [a.get("value", "") for a in attributes.get(link_id, [])]

    services = Listing()
    for row in rows["services"]:
        sid, org = row["id"], org_rows.get(row["organization_id"], {})
        obj = {
            **_clean(row),
            "organization": {"id": org.get("id"), "name": org.get("name")},
            "required_documents": documents.get(sid, []),
            "service_areas": areas.get(sid, []),
            "attributes": attributes.get(sid, []),
        }
        services.add(
            obj,
            row["name"],
            row.get("description", ""),
            *values(sid),
            org.get("name", ""),
            org.get("alternate_name", ""),
        )
    organizations = Listing()
    for row in rows["organizations"]:
        oid = row["id"]
        obj = {
            **_clean(row),
            "phones": [
                {**p, "attributes": attributes.get(p["id"], [])} for p in phones.get(oid, [])
            ],
            "locations": [
                {**loc, "schedules": schedules.get(loc["id"], [])} for loc in locations.get(oid, [])
            ],
            "attributes": attributes.get(oid, []),
            "services": [{"id": s["id"], "name": s["name"]} for s in offered.get(oid, [])],
        }
        organizations.add(
            obj,
            row["name"],
            row.get("alternate_name", ""),
            row.get("description", ""),
            *values(oid),
        )
    return Published(version, services, organizations)


class LatestDirectory:
    """The latest published version, built once per version (a new publication is seen on
    the next request)."""

    def __init__(self, engine: Engine):
        self.engine, self.lock = engine, threading.Lock()
        self.current: Published | None = None

    def get(self) -> Published:
        with self.engine.connect() as conn:
            latest = conn.scalar(select(func.max(DirectoryVersion.version)))
            if latest is None:
                raise HTTPException(404, NOTHING)
            with self.lock:
                if self.current is None or self.current.version != latest:
                    q = select(DirectoryVersion.snapshot).where(DirectoryVersion.version == latest)
                    snapshot = bytes(conn.scalar(q) or b"")
                    directory = build_directory(tables_of(snapshot_rows(snapshot)), ImportReport())
                    self.current = build(latest, directory)
                return self.current


def page_of(found: list[dict[str, Any]], page: int, per_page: int) -> dict[str, Any]:
    """The reference's Page object with ``contents``."""
    contents = found[(page - 1) * per_page : page * per_page]
    total_pages = math.ceil(len(found) / per_page)
    return {
        "total_items": len(found),
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


Search = Annotated[str, Query(max_length=200, description="Full text search (every word).")]
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Results per page.")]
Id = Annotated[str, Query(max_length=100)]


def router(engine: Engine) -> APIRouter:
    latest = LatestDirectory(engine)
    api = APIRouter(prefix=PREFIX, tags=["hsds"])

    def cached(response: Response, published: Published) -> Published:
        response.headers["Cache-Control"] = CACHE_CONTROL
        response.headers["X-Directory-Version"] = str(published.version)
        return published

    @api.get("/services")
    def services(
        response: Response,
        search: Search = "",
        page: Page = 1,
        per_page: PerPage = DEFAULT_PER_PAGE,
        organization_id: Id = "",
    ) -> dict:
        published = cached(response, latest.get())
        keep = (lambda s: s["organization_id"] == organization_id) if organization_id else None
        return page_of(published.services.find(search, keep), page, per_page)

    @api.get("/services/{service_id}")
    def service(service_id: str, response: Response) -> dict:
        found = cached(response, latest.get()).services.by_id.get(service_id)
        if found is None:
            raise HTTPException(404, "layanan tidak ada / no such service")
        return found

    @api.get("/organizations")
    def organizations(
        response: Response,
        search: Search = "",
        page: Page = 1,
        per_page: PerPage = DEFAULT_PER_PAGE,
    ) -> dict:
        published = cached(response, latest.get())
        return page_of(published.organizations.find(search), page, per_page)

    @api.get("/organizations/{organization_id}")
    def organization(organization_id: str, response: Response) -> dict:
        found = cached(response, latest.get()).organizations.by_id.get(organization_id)
        if found is None:
            raise HTTPException(404, "organisasi tidak ada / no such organization")
        return found

    return api
