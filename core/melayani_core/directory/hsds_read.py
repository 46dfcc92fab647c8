"""HSDS 3.0 import: read a tabular data package into a Directory (see hsds.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import settings as dir_settings
from .hsds_common import (
    ENTITY_NAMES,
    MAX_DATAPACKAGE_BYTES,
    SETTINGS_PROPERTY,
    TABLES,
    TAXONOMY,
    TAXONOMY_ID,
    TERM_IDS,
    TERMS,
    csv_unsafe,
)
from .model import (
    AUTHORITIES,
    LEVELS,
    ORG_KINDS,
    Contact,
    Directory,
    DirectorySettings,
    ImportFailed,
    ImportReport,
    Organization,
    Service,
)
from .tabular import Row, Table, find_file, read_csv
from .validate import date_value, enum_value, language_values, phone_value

_Phone = tuple[str, bool, str]  # E.164, is WhatsApp, HSDS phone id
_Parser = Callable[..., tuple[str, str | None]]  # a validate.py cell parser


@dataclass
class _Attr:
    code: str
    value: str
    row: int


def _resource_paths(
    folder: Path, report: ImportReport
) -> tuple[dict[str, Path], DirectorySettings]:
    """Resource file stem -> path, from datapackage.json (standard names where it is
    silent), and the directory settings the package carries (``x_melayani_settings``)."""
    package_file = find_file(folder, "datapackage.json")
    declared: dict[str, str] = {}
    settings = DirectorySettings()
    if package_file is not None:
        try:
            if package_file.stat().st_size > MAX_DATAPACKAGE_BYTES:
                raise ValueError("terlalu besar")
            package = json.loads(package_file.read_text(encoding="utf-8-sig"))
            for resource in package.get("resources", []):
                if isinstance(resource.get("name"), str) and isinstance(resource.get("path"), str):
                    declared[resource["name"]] = resource["path"]
            settings = _package_settings(package.get(SETTINGS_PROPERTY), report)
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            report.error("datapackage.json", 0, "", f"datapackage.json tidak dapat dibaca: {exc}")
    paths: dict[str, Path] = {}
    root = folder.resolve()
    for stem, (name, _) in TABLES.items():
        relative = declared.get(name)
        if relative is None:
            found = find_file(folder, f"{stem}.csv")
            if found is not None:
                paths[stem] = found
            continue
        candidate = (folder / relative).resolve()
        if "://" in relative or not candidate.is_relative_to(root):
            report.error(
                "datapackage.json", 0, name, f"Jalur sumber data tidak diizinkan: {relative}"
            )
        elif candidate.is_file():
            paths[stem] = candidate
        else:  # declared but absent: importing without it would silently lose its data
            report.error(
                "datapackage.json",
                0,
                name,
                f"Berkas {relative} disebut di datapackage.json tetapi tidak ada di paket. "
                "Salin paket HSDS selengkapnya, lalu impor lagi.",
            )
    return paths, settings


def _package_settings(raw: object, report: ImportReport) -> DirectorySettings:
    """``x_melayani_settings``: the settings sheet's key/value pairs as a JSON object."""
    if raw is None:
        return DirectorySettings()
    if not isinstance(raw, dict):
        report.error("datapackage.json", 0, SETTINGS_PROPERTY, "Harus berupa objek {key: value}.")
        return DirectorySettings()
    pairs = ((0, str(k), "" if v is None else str(v).lower()) for k, v in raw.items())
    return dir_settings.from_pairs(pairs, report, f"datapackage.json {SETTINGS_PROPERTY}")


class _Importer:
    def __init__(self, tables: dict[str, list[Row]], names: dict[str, str], report: ImportReport):
        self.tables = tables
        self.names = names
        self.report = report
        self.attrs: dict[tuple[str, str], list[_Attr]] = defaultdict(list)
        self.foreign_terms: dict[str, list[str]] = defaultdict(list)
        self.org_ids: dict[str, str] = {}  # HSDS id -> our id
        self.service_ids: dict[str, str] = {}
        self.service_org: dict[str, str] = {}  # HSDS service id -> our org id
        self.contact_ids: dict[str, str] = {}

    # helpers

    def warn(self, stem: str, row: int, column: str, message: str) -> None:
        self.report.warning(self.names[stem], row, column, message)

    def error(self, stem: str, row: int, column: str, message: str) -> None:
        self.report.error(self.names[stem], row, column, message)

    def values(self, entity: str, link_id: str, code: str) -> list[str]:
        return [a.value for a in self.attrs.get((entity, link_id), []) if a.code == code]

    def value(self, entity: str, link_id: str, code: str) -> str:
        found = self.values(entity, link_id, code)
        return found[0] if found else ""

    def checked(self, entity: str, link_id: str, code: str, parse: _Parser, *args: object) -> str:
        """A profile attribute run through a validate.py parser; a bad value is an error."""
        for attr in self.attrs.get((entity, link_id), []):
            if attr.code == code:
                value, message = parse(attr.value, *args)
                if message:
                    self.error("attributes", attr.row, "value", f"{code}: {message}")
                return value
        value, _ = parse("", *args)
        return value

    # passes

    def read_attributes(self) -> None:
        term_codes = {term_id: code for code, term_id in TERM_IDS.items()}
        term_names: dict[str, str] = {}
        for row in self.tables["taxonomy_terms"]:
            cells = row.cells
            term_id = cells.get("id", "")
            code = cells.get("code", "") or cells.get("name", "")
            ours = cells.get("taxonomy", "").lower() == TAXONOMY or (
                cells.get("taxonomy_id", "") == TAXONOMY_ID
            )
            if ours and code in TERMS:
                term_codes[term_id] = code
            elif cells.get("name"):
                term_names[term_id] = cells["name"]
        for row in self.tables["attributes"]:
            cells = row.cells
            entity = cells.get("link_entity", "").lower()
            entity = ENTITY_NAMES.get(entity, entity)
            link_id = cells.get("link_id", "")
            term_id = cells.get("taxonomy_term_id", "")
            if term_id in term_codes:
                attr = _Attr(term_codes[term_id], cells.get("value", ""), row.number)
                self.attrs[(entity, link_id)].append(attr)
            elif entity == "service" and term_id in term_names:
                self.foreign_terms[link_id].append(term_names[term_id])

    def our_id(self, entity: str, hsds_id: str) -> str:
        return self.value(entity, hsds_id, "local_id") or hsds_id

    def unique(self, stem: str, entity: str, known: dict[str, str]) -> list[tuple[Row, str]]:
        """Rows with an id, not repeated; maps HSDS id -> our id in `known`."""
        rows = []
        taken: dict[str, int] = {}
        for row in self.tables[stem]:
            hsds_id = row.cells.get("id", "")
            if not hsds_id:
                self.error(stem, row.number, "id", "Wajib diisi.")
                continue
            our = self.our_id(entity, hsds_id)
            if hsds_id in known or our in taken:
                first = taken.get(our, "?")
                self.error(stem, row.number, "id", f"Id '{our}' sudah dipakai di baris {first}.")
                continue
            known[hsds_id] = our
            taken[our] = row.number
            rows.append((row, hsds_id))
        return rows

    def phone_owners(self) -> dict[tuple[str, str], list[_Phone]]:
        """(entity, HSDS id) -> [(E.164, is WhatsApp, phone id)] for contacts and organizations."""
        location_org = {
            row.cells.get("id", ""): row.cells.get("organization_id", "")
            for row in self.tables["locations"]
        }
        owners: dict[tuple[str, str], list[_Phone]] = defaultdict(list)
        for row in self.tables["phones"]:
            cells = row.cells
            if cells.get("type", "").lower() in ("fax", "pager"):
                self.warn("phones", row.number, "type", "Nomor faks/pager dilewati.")
                continue
            number, message = phone_value(cells.get("number", ""))
            if message or not number:
                self.error("phones", row.number, "number", message or "Wajib diisi.")
                continue
            phone_id = cells.get("id", "")
            is_wa = "whatsapp" in cells.get("description", "").lower() or any(
                v.lower() == "true" for v in self.values("phone", phone_id, "whatsapp")
            )
            location_owner = location_org.get(cells.get("location_id", ""), "")
            if cells.get("contact_id", "") in self.contact_ids:
                owner = ("contact", cells["contact_id"])
            elif cells.get("organization_id", "") in self.org_ids:
                owner = ("organization", cells["organization_id"])
            elif location_owner in self.org_ids:
                owner = ("organization", location_owner)
            else:
                self.warn(
                    "phones",
                    row.number,
                    "",
                    "Nomor tidak terhubung ke kontak atau organisasi yang ada; dilewati.",
                )
                continue
            if cells.get("extension"):
                self.warn("phones", row.number, "extension", "Nomor ekstensi tidak disimpan.")
            owners[owner].append((number, is_wa, phone_id))
        return owners

    def pick_phones(self, stem: str, row: Row, numbers: list[_Phone]) -> tuple[str, str]:
        phone = next((n for n, wa, _ in numbers if not wa), "")
        whatsapp = next((n for n, wa, _ in numbers if wa), "")
        if len(numbers) > (1 if phone else 0) + (1 if whatsapp else 0):
            self.warn(stem, row.number, "", "Lebih dari satu nomor; hanya nomor pertama dipakai.")
        return phone, whatsapp

    def organizations(
        self, rows: list[tuple[Row, str]], owners: dict[tuple[str, str], list[_Phone]]
    ) -> list[Organization]:
        locations: dict[str, list[str]] = defaultdict(list)  # org HSDS id -> location ids
        for row in self.tables["locations"]:
            locations[row.cells.get("organization_id", "")].append(row.cells.get("id", ""))
        addresses: dict[str, str] = {}
        for row in self.tables["addresses"]:
            parts = ("address_1", "address_2", "city", "state_province", "postal_code")
            text = ", ".join(row.cells[p] for p in parts if row.cells.get(p))
            addresses.setdefault(row.cells.get("location_id", ""), text)
        hours: dict[str, str] = {}
        for row in self.tables["schedules"]:
            cells = row.cells
            text = cells.get("description", "")
            if not text and cells.get("opens_at") and cells.get("closes_at"):
                text = f"{cells['opens_at'][:5]}-{cells['closes_at'][:5]}"
            if text and cells.get("location_id"):
                hours.setdefault(cells["location_id"], text)
        result = []
        for row, hid in rows:
            cells = row.cells
            name = cells.get("name", "")
            if not name:
                self.error("organizations", row.number, "name", "Wajib diisi.")
            parent = cells.get("parent_organization_id", "")
            if parent and parent not in self.org_ids:
                self.warn(
                    "organizations",
                    row.number,
                    "parent_organization_id",
                    f"Organisasi induk '{parent}' tidak ada; dikosongkan.",
                )
            phone, whatsapp = self.pick_phones(
                "organizations", row, owners.get(("organization", hid), [])
            )
            org_locations = locations.get(hid, [])
            result.append(
                Organization(
                    org_id=self.org_ids[hid],
                    name=name,
                    short_name=cells.get("alternate_name", ""),
                    kind=self.checked("organization", hid, "kind", enum_value, ORG_KINDS, "opd"),
                    parent_id=self.org_ids.get(parent, ""),
                    address=self.value("organization", hid, "address")
                    or next((addresses[x] for x in org_locations if x in addresses), ""),
                    phone=phone,
                    whatsapp=whatsapp,
                    email=cells.get("email", ""),
                    website=cells.get("website", ""),
                    hours=next((hours[x] for x in org_locations if x in hours), ""),
                    authority_note=self.value("organization", hid, "authority_note"),
                    description=cells.get("description", ""),
                    aliases=self.values("organization", hid, "alias"),
                    assured_date=self.checked("organization", hid, "assured_date", date_value),
                )
            )
        return result

    def services(self, rows: list[tuple[Row, str]]) -> list[Service]:
        documents: dict[str, list[str]] = defaultdict(list)
        for row in self.tables["required_documents"]:
            text = row.cells.get("document", "") or row.cells.get("uri", "")
            if text:
                documents[row.cells.get("service_id", "")].append(text)
        areas: dict[str, list[str]] = defaultdict(list)
        for row in self.tables["service_areas"]:
            text = row.cells.get("name", "") or row.cells.get("description", "")
            if text:
                areas[row.cells.get("service_id", "")].append(text)
        costs: dict[str, list[str]] = defaultdict(list)
        for row in self.tables["cost_options"]:
            c = row.cells
            parts = [c.get("option", ""), c.get("amount", ""), c.get("currency", "").upper()]
            text = " ".join(p for p in parts if p)
            if c.get("amount_description"):
                text += f" ({c['amount_description']})"
            if text.strip():
                costs[c.get("service_id", "")].append(text.strip())
        result = []
        for row, hid in rows:
            cells = row.cells
            org_hid = cells.get("organization_id", "")
            status = cells.get("status", "").lower()
            if status in ("inactive", "defunct"):
                self.warn("services", row.number, "status", f"Layanan {status}; dilewati.")
                del self.service_ids[hid]
                continue
            if org_hid not in self.org_ids:
                self.warn(
                    "services",
                    row.number,
                    "organization_id",
                    f"Organisasi '{org_hid}' tidak ada; layanan dilewati.",
                )
                del self.service_ids[hid]
                continue
            name = cells.get("name", "")
            if not name:
                self.error("services", row.number, "name", "Wajib diisi.")
            self.service_org[hid] = self.org_ids[org_hid]
            assured, message = date_value(cells.get("assured_date", ""))
            if message:
                self.error("services", row.number, "assured_date", message)
            keywords = [cells.get("alternate_name", "")] + self.values("service", hid, "keyword")
            keywords += self.foreign_terms.get(hid, [])
            result.append(
                Service(
                    service_id=self.service_ids[hid],
                    org_id=self.org_ids[org_hid],
                    name=name,
                    category=self.value("service", hid, "category"),
                    keywords=_dedupe(keywords),
                    description=cells.get("description", ""),
                    requirements=documents.get(hid, []),
                    fee=cells.get("fees_description", "") or "; ".join(costs.get(hid, [])),
                    duration=self.value("service", hid, "duration"),
                    authority=self.checked(
                        "service", hid, "authority", enum_value, AUTHORITIES, "regency"
                    ),
                    authority_note=self.value("service", hid, "authority_note"),
                    online_url=cells.get("url", ""),
                    area=areas.get(hid, []),
                    assured_date=assured,
                )
            )
        return result

    def contacts(
        self, rows: list[tuple[Row, str]], owners: dict[tuple[str, str], list[_Phone]]
    ) -> list[Contact]:
        phone_contact = {
            phone_id: hid
            for (entity, hid), numbers in owners.items()
            if entity == "contact"
            for _, _, phone_id in numbers
        }
        languages: dict[str, list[str]] = defaultdict(list)
        for row in self.tables["languages"]:
            contact_hid = phone_contact.get(row.cells.get("phone_id", ""))
            if contact_hid is None:
                continue
            item = row.cells.get("code", "") or row.cells.get("name", "")
            codes, _ = language_values([item, row.cells.get("name", "")])
            if codes:
                languages[contact_hid].append(codes[0])
            else:
                self.warn(
                    "languages",
                    row.number,
                    "code",
                    f"Bahasa '{item}' tidak dipakai di sini (ind, jav, osi, mad); dilewati.",
                )
        result = []
        for row, hid in rows:
            contact = self._contact(row, hid, owners, _dedupe(languages.get(hid, [])))
            if contact is not None:
                result.append(contact)
        return result

    def _contact(
        self,
        row: Row,
        hid: str,
        owners: dict[tuple[str, str], list[_Phone]],
        languages: list[str],
    ) -> Contact | None:
        cells = row.cells
        org_hid = cells.get("organization_id", "")
        service_hid = cells.get("service_id", "")
        if org_hid in self.org_ids:
            org_id = self.org_ids[org_hid]
        elif service_hid in self.service_org:
            org_id = self.service_org[service_hid]
            self.warn(
                "contacts",
                row.number,
                "organization_id",
                f"Organisasi '{org_hid}' tidak ada; kontak dihubungkan ke organisasi layanannya.",
            )
        else:
            self.warn(
                "contacts",
                row.number,
                "organization_id",
                "Kontak tidak terhubung ke organisasi yang ada; dilewati.",
            )
            return None
        phone, whatsapp = self.pick_phones("contacts", row, owners.get(("contact", hid), []))
        if not phone and not whatsapp:
            self.warn("contacts", row.number, "", "Kontak tanpa nomor telepon/WhatsApp; dilewati.")
            return None
        position = cells.get("title", "") or cells.get("department", "")
        if not position:
            position = "Kontak"
            self.warn("contacts", row.number, "title", "Jabatan kosong; diisi 'Kontak'.")
        name = cells.get("name", "") or position
        service_ids = []
        for service in [service_hid, *self.values("contact", hid, "service")]:
            if service in self.service_ids:
                service_ids.append(self.service_ids[service])
            elif service:
                self.warn(
                    "contacts",
                    row.number,
                    "service_id",
                    f"Layanan '{service}' tidak ada; tautan dilewati.",
                )
        return Contact(
            contact_id=self.contact_ids[hid],
            org_id=org_id,
            name=name,
            position=position,
            level=self.checked("contact", hid, "level", enum_value, LEVELS, "technical"),
            whatsapp=whatsapp,
            phone=phone,
            email=cells.get("email", ""),
            hours=self.value("contact", hid, "hours"),
            languages=languages,
            service_ids=_dedupe(service_ids),
            area=self.values("contact", hid, "area"),
            assured_date=self.checked("contact", hid, "assured_date", date_value),
        )

    def run(self) -> Directory:
        self.read_attributes()
        org_rows = self.unique("organizations", "organization", self.org_ids)
        service_rows = self.unique("services", "service", self.service_ids)
        contact_rows = self.unique("contacts", "contact", self.contact_ids)
        owners = self.phone_owners()
        orgs = self.organizations(org_rows, owners)
        services = self.services(service_rows)
        contacts = self.contacts(contact_rows, owners)
        return Directory(orgs, services, contacts)


def _dedupe(items: Iterable[str]) -> list[str]:
    result: list[str] = []
    for item in items:
        if item and item not in result:
            result.append(item)
    return result


def _named(report: ImportReport, file_name: str) -> bool:
    """An error already says that ``file_name`` is missing (declared but absent)."""
    return any(file_name in p.message for p in report.errors)


REQUIRED_TABLES = ("organizations", "services")
# the tables the importer reads; the others are not opened at all
READ_TABLES = (
    "organizations", "services", "contacts", "phones", "attributes", "taxonomy_terms",
    "locations", "addresses", "schedules", "service_areas", "required_documents", "languages",
    "cost_options",
)  # fmt: skip
ID_TABLES = ("organizations", "services", "contacts", "phones")


def read_hsds(folder: str | Path) -> tuple[Directory, ImportReport]:
    """Import an HSDS 3.0 tabular data package folder. Raises ImportFailed on any error.

    What cannot be linked (a contact whose organization is missing, a phone of nobody, a
    language other than ind/jav/osi/mad) is reported as a warning and left out.
    """
    folder = Path(folder)
    report = ImportReport()
    if not folder.is_dir():
        report.error(folder.name, 0, "", "Folder paket HSDS tidak ditemukan.")
        raise ImportFailed(report)
    paths, settings = _resource_paths(folder, report)
    tables: dict[str, list[Row]] = {}
    names: dict[str, str] = {}
    for stem in TABLES:
        path = paths.get(stem)
        names[stem] = path.name if path else f"{stem}.csv"
        table: Table | None = read_csv(path, report) if path and stem in READ_TABLES else None
        if path is None and stem in REQUIRED_TABLES and not _named(report, names[stem]):
            report.error(names[stem], 0, "", f"Berkas {names[stem]} tidak ada di paket HSDS.")
        for row in table.rows if table else []:
            row.cells = {key: csv_unsafe(value) for key, value in row.cells.items()}
        if table and table.rows and stem in ID_TABLES and "id" not in table.headers:
            report.error(names[stem], 1, "id", "Kolom wajib 'id' tidak ada.")
        tables[stem] = table.rows if table else []
    if report.errors:
        raise ImportFailed(report)
    directory = _Importer(tables, names, report).run()
    if report.errors:
        raise ImportFailed(report)
    directory.source = folder.name
    directory.settings = settings
    return directory, report
