"""HSDS 3.0 export: write a Directory as a tabular data package (see hsds.py)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from . import settings as dir_settings
from .hsds_common import (
    LANGUAGE_LABELS,
    SETTINGS_PROPERTY,
    TABLES,
    TAXONOMY,
    TAXONOMY_ID,
    TERM_IDS,
    TERMS,
    _uuid5,
    csv_safe,
    ident,
    official_datapackage,
)
from .model import (
    Contact,
    Directory,
    Organization,
    Service,
)

# melayani-2: the descriptor is Open Referral's own; addresses travel as locations.description
# and the `address` attribute (melayani-1 wrote addresses rows without city and postal code)
PROFILE = "melayani-2"


class _Package:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, str]]] = {stem: [] for stem in TABLES}

    def add(self, stem: str, **cells: str) -> str:
        self.rows[stem].append(cells)
        return cells["id"]

    def attr(self, entity: str, link_id: str, code: str, values: Iterable[str]) -> None:
        for index, value in enumerate(values):
            if value:
                self.add(
                    "attributes",
                    id=_uuid5(f"attributes:{link_id}:{code}:{index}"),
                    link_id=link_id,
                    taxonomy_term_id=TERM_IDS[code],
                    link_type=code,
                    link_entity=entity,
                    value=value,
                )

    def local_id(self, entity: str, link_id: str, our_id: str) -> None:
        if link_id != our_id:
            self.attr(entity, link_id, "local_id", [our_id])

    def phones(self, owner_column: str, owner_id: str, phone: str, whatsapp: str) -> list[str]:
        ids = []
        for number, is_wa in ((phone, False), (whatsapp, True)):
            if not number:
                continue
            kind = "whatsapp" if is_wa else "phone"
            phone_id = _uuid5(f"phones:{owner_id}:{kind}")
            self.add(
                "phones",
                id=phone_id,
                number=number,
                type="text" if is_wa else "voice",
                description="WhatsApp" if is_wa else "",
                **{owner_column: owner_id},
            )
            if is_wa:
                self.attr("phone", phone_id, "whatsapp", ["true"])
            ids.append(phone_id)
        return ids


def _export_organization(out: _Package, org: Organization) -> None:
    oid = ident("organizations", org.org_id)
    out.add(
        "organizations",
        id=oid,
        name=org.name,
        alternate_name=org.short_name,
        description=org.description,
        email=org.email,
        website=org.website,
        parent_organization_id=ident("organizations", org.parent_id) if org.parent_id else "",
    )
    out.local_id("organization", oid, org.org_id)
    out.attr("organization", oid, "kind", [org.kind])
    out.attr("organization", oid, "authority_note", [org.authority_note])
    out.attr("organization", oid, "alias", org.aliases)
    out.attr("organization", oid, "assured_date", [org.assured_date])
    out.attr("organization", oid, "address", [org.address])
    out.phones("organization_id", oid, org.phone, org.whatsapp)
    if org.address or org.hours:
        # HSDS 3.0 addresses need city, province and postal code, which one line of text
        # does not give: the text is the location's description (and an attribute)
        lid = out.add(
            "locations",
            id=_uuid5(f"locations:{oid}"),
            location_type="physical",
            organization_id=oid,
            name=org.name,
            description=org.address,
        )
        if org.hours:
            out.add(
                "schedules", id=_uuid5(f"schedules:{lid}"), location_id=lid, description=org.hours
            )


def _export_service(out: _Package, service: Service) -> None:
    sid = ident("services", service.service_id)
    out.add(
        "services",
        id=sid,
        organization_id=ident("organizations", service.org_id),
        name=service.name,
        description=service.description,
        url=service.online_url,
        status="active",
        fees_description=service.fee,
        assured_date=service.assured_date,
    )
    out.local_id("service", sid, service.service_id)
    out.attr("service", sid, "category", [service.category])
    out.attr("service", sid, "keyword", service.keywords)
    out.attr("service", sid, "authority", [service.authority])
    out.attr("service", sid, "authority_note", [service.authority_note])
    out.attr("service", sid, "duration", [service.duration])
    for index, document in enumerate(service.requirements):
        out.add(
            "required_documents",
            id=_uuid5(f"required_documents:{sid}:{index}"),
            service_id=sid,
            document=document,
        )
    for index, area in enumerate(service.area):
        out.add(
            "service_areas", id=_uuid5(f"service_areas:{sid}:{index}"), service_id=sid, name=area
        )


def _export_contact(out: _Package, contact: Contact) -> None:
    cid = ident("contacts", contact.contact_id)
    service_ids = [ident("services", s) for s in contact.service_ids]
    out.add(
        "contacts",
        id=cid,
        organization_id=ident("organizations", contact.org_id),
        service_id=service_ids[0] if service_ids else "",
        name=contact.name,
        title=contact.position,
        email=contact.email,
    )
    out.local_id("contact", cid, contact.contact_id)
    out.attr("contact", cid, "level", [contact.level])
    out.attr("contact", cid, "hours", [contact.hours])
    out.attr("contact", cid, "area", contact.area)
    out.attr("contact", cid, "assured_date", [contact.assured_date])
    out.attr("contact", cid, "service", service_ids[1:])
    phone_ids = out.phones("contact_id", cid, contact.phone, contact.whatsapp)
    for code in contact.languages if phone_ids else []:
        out.add(
            "languages",
            id=_uuid5(f"languages:{cid}:{code}"),
            phone_id=phone_ids[0],
            name=LANGUAGE_LABELS.get(code, code),
            code=code,
        )


def _datapackage(directory: Directory) -> dict[str, object]:
    """Open Referral's own descriptor (every field, type and constraint), with our profile."""
    official = official_datapackage()
    resources = [{**r, "encoding": "utf-8"} for r in official["resources"]]
    return {
        **{k: v for k, v in official.items() if k != "resources"},
        "title": "Direktori Melayani Desk (HSDS 3.0)",
        "x_melayani_profile": PROFILE,
        SETTINGS_PROPERTY: dict(dir_settings.rows(directory.settings)),
        "resources": resources,
    }


def write_hsds(directory: Directory, folder: str | Path) -> None:
    """Write `directory` as an HSDS 3.0 tabular data package (CSVs + datapackage.json).

    Every file is written whole into a work folder beside them, flushed to disk, and only
    then renamed into ``folder`` (a rename needs no space): a full disk or a crash never
    leaves a 0-byte or half-written file there. On error the work folder is removed and
    ``folder`` is as it was (removed again if this call created it).
    """
    folder = Path(folder)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".hsds-export-", dir=folder))
    try:
        _write_package(directory, work)
        for part in sorted(work.iterdir()):
            os.replace(part, folder / part.name)
        work.rmdir()
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise


def _flushed(handle: IO[Any]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def package_rows(directory: Directory, *, contacts: bool = True) -> dict[str, list[dict[str, str]]]:
    """The HSDS tables' rows (file stem -> rows of the columns that have a value), as the
    export writes them; ``contacts=False`` leaves contacts and their phones out (the hub's
    public read API, docs/hsds-profile.md "Public read API")."""
    out = _Package()
    out.add(
        "taxonomies",
        id=TAXONOMY_ID,
        name=TAXONOMY,
        description="Profil Melayani Desk: kolom khas Indonesia (docs/hsds-profile.md)",
        version="1",
    )
    for code, description in TERMS.items():
        out.add(
            "taxonomy_terms",
            id=TERM_IDS[code],
            code=code,
            name=code,
            description=description,
            taxonomy=TAXONOMY,
            taxonomy_id=TAXONOMY_ID,
        )
    for org in directory.organizations:
        _export_organization(out, org)
    for service in directory.services:
        _export_service(out, service)
    for contact in directory.contacts if contacts else []:
        _export_contact(out, contact)
    return out.rows


def _write_package(directory: Directory, folder: Path) -> None:
    rows = package_rows(directory)
    for stem, (_, fields) in TABLES.items():
        with open(folder / f"{stem}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields.split(), restval="")
            writer.writeheader()
            writer.writerows(
                {key: csv_safe(value) for key, value in row.items()} for row in rows[stem]
            )
            _flushed(handle)
    text = json.dumps(_datapackage(directory), indent=2, ensure_ascii=False)
    with open(folder / "datapackage.json", "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
        _flushed(handle)
