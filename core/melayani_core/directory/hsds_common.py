"""The HSDS 3.0 profile shared by import and export: tables, taxonomy terms, ids, CSV quoting.

See hsds.py for the profile overview; docs/hsds-profile.md describes it.
"""

from __future__ import annotations

import json
import re
import uuid
from functools import cache
from typing import Any

from melayani_core.resources import resource

# CSV injection (OWASP): a cell a spreadsheet would run as a formula is written with a leading
# apostrophe; plain numbers (E.164 phones, amounts) are left as they are. The import removes
# exactly that apostrophe again, so a round trip gives back the same text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


def _needs_quote(text: str) -> bool:
    return text.lstrip("'")[:1] in FORMULA_START and (
        text.startswith("'") or not _PLAIN_NUMBER.fullmatch(text)
    )


def csv_safe(value: object) -> object:
    """A cell as written to an exported CSV: formula-like text gets a leading apostrophe."""
    if isinstance(value, str) and value and _needs_quote(value):
        return "'" + value
    return value


def csv_unsafe(text: str) -> str:
    """The inverse of :func:`csv_safe`, applied to every cell of an imported HSDS CSV."""
    if text.startswith("'") and _needs_quote(text[1:]):
        return text[1:]
    return text


NAMESPACE = uuid.UUID("6f1d5b52-3c1a-5b8e-9a57-4d2f0e8c7a10")
TAXONOMY = "melayani"
MAX_DATAPACKAGE_BYTES = 5 * 1024 * 1024
# the directory's settings sheet as a datapackage.json property (key -> value text)
SETTINGS_PROPERTY = "x_melayani_settings"

# file stem -> (resource name, fields), as in the HSDS 3.0 datapackage.json
TABLES: dict[str, tuple[str, str]] = {
    "organizations": ("organization", "id name alternate_name description email website tax_status tax_id year_incorporated legal_status logo uri parent_organization_id"),  # noqa: E501
    "programs": ("program", "id organization_id name alternate_name description"),
    "services": ("service", "id organization_id program_id name alternate_name description url email status interpretation_services application_process fees_description wait_time fees accreditations eligibility_description minimum_age maximum_age assured_date assurer_email licenses alert last_modified"),  # noqa: E501
    "attributes": ("attribute", "id link_id taxonomy_term_id link_type link_entity value"),
    "service_at_location": ("service_at_location", "id service_id location_id description"),
    "locations": ("location", "id location_type url organization_id name alternate_name description transportation latitude longitude external_identifier external_identifier_type"),  # noqa: E501
    "phones": ("phone", "id location_id service_id organization_id contact_id service_at_location_id number extension type description"),  # noqa: E501
    "contacts": ("contact", "id organization_id service_id service_at_location_id location_id name title department email"),  # noqa: E501
    "addresses": ("address", "id location_id attention address_1 address_2 city region state_province postal_code country address_type"),  # noqa: E501
    "schedules": ("schedule", "id service_id location_id service_at_location_id valid_from valid_to dtstart timezone until count wkst freq interval byday byweekno bymonthday byyearday description opens_at closes_at schedule_link attending_type notes"),  # noqa: E501
    "funding": ("funding", "id organization_id service_id source"),
    "service_areas": ("service_area", "id service_id name description extent extent_type uri"),
    "required_documents": ("required_document", "id service_id document uri"),
    "languages": ("language", "id service_id location_id phone_id name code note"),
    "accessibility": ("accessibility", "id location_id description details url"),
    "taxonomy_terms": ("taxonomy_term", "id code name description parent_id taxonomy language taxonomy_id term_uri"),  # noqa: E501
    "metadata": ("metadata", "id resource_id resource_type last_action_date last_action_type field_name previous_value replacement_value updated_by"),  # noqa: E501
    "meta_table_descriptions": ("meta_table_description", "id name language character_set"),
    "cost_options": ("cost_option", "id service_id valid_from valid_to option currency amount amount_description"),  # noqa: E501
    "organization_identifiers": ("organization_identifier", "id organization_id identifier_scheme identifier_type identifier"),  # noqa: E501
    "taxonomies": ("taxonomy", "id name description uri version"),
}  # fmt: skip
FIELD_TYPES = {
    "year_incorporated": "number", "minimum_age": "number", "maximum_age": "number",
    "latitude": "number", "longitude": "number", "extension": "number", "timezone": "number",
    "count": "number", "interval": "number", "amount": "number",
    "assured_date": "date", "valid_from": "date", "valid_to": "date", "dtstart": "date",
    "until": "date", "last_action_date": "date", "last_modified": "datetime",
    "opens_at": "time", "closes_at": "time",
}  # fmt: skip

# The profile: attribute link_type codes of the "melayani" taxonomy, with what they carry.
TERMS: dict[str, str] = {
    "local_id": "Id asli di Melayani Desk bila bukan UUID (organisasi, layanan, kontak)",
    "kind": "Jenis organisasi (opd, kecamatan, desa, ...)",
    "authority": "Kewenangan layanan (regency, village, province, central, third_party)",
    "authority_note": "Catatan kewenangan",
    "duration": "Jangka waktu penyelesaian layanan",
    "category": "Kategori layanan",
    "keyword": "Kata kunci layanan (satu baris per kata kunci)",
    "alias": "Nama lain/lama organisasi (satu baris per nama)",
    "level": "Tingkat kontak (head, manager, technical, frontdesk)",
    "hours": "Jam layanan kontak",
    "area": "Wilayah (kecamatan) yang dilayani kontak (satu baris per kecamatan)",
    "service": "Layanan tambahan yang dilayani kontak (id layanan HSDS)",
    "assured_date": "Tanggal verifikasi terakhir organisasi/kontak (TTTT-BB-HH)",
    "whatsapp": "Nomor ini dapat dihubungi lewat WhatsApp (value 'true')",
    "address": "Alamat organisasi sebagaimana ditulis di direktori (satu teks)",
}
LANGUAGE_LABELS = {"ind": "Indonesian", "jav": "Javanese", "osi": "Osing", "mad": "Madurese"}
ENTITY_NAMES = {
    "organizations": "organization",
    "services": "service",
    "contacts": "contact",
    "phones": "phone",
}


@cache
def official_datapackage() -> dict[str, Any]:
    """Open Referral's HSDS 3.0 ``datapackage.json``, bundled unchanged (CC BY-SA 4.0):
    every table's fields, types and constraints, as our export declares them."""
    with open(resource("hsds", "datapackage-3.0.json"), encoding="utf-8") as handle:
        found: dict[str, Any] = json.load(handle)
        return found


def _uuid5(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, key))


TAXONOMY_ID = _uuid5(f"taxonomies:{TAXONOMY}")
TERM_IDS = {code: _uuid5(f"taxonomy_terms:{code}") for code in TERMS}


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def ident(table: str, our_id: str) -> str:
    """The HSDS id of one of our records: our id if it is a UUID already, else a uuid5."""
    return our_id if is_uuid(our_id) else _uuid5(f"{table}:{our_id}")
