"""Turn the rows of the directory spreadsheet into a Directory, reporting every problem.

The cell parsers at the top are shared with the HSDS importer.
"""

from __future__ import annotations

import builtins
import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from . import phones
from .model import (
    AUTHORITIES,
    LANGUAGES,
    LEVELS,
    ORG_KINDS,
    Contact,
    Directory,
    ImportFailed,
    ImportReport,
    Organization,
    Service,
)
from .tabular import Row, Table

SHEETS = ("organizations", "services", "contacts")

COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations": (
        "org_id", "name", "short_name", "kind", "parent_id", "address", "phone", "whatsapp",
        "email", "website", "hours", "authority_note", "description", "aliases", "assured_date",
    ),
    "services": (
        "service_id", "org_id", "name", "category", "keywords", "description", "requirements",
        "fee", "duration", "authority", "authority_note", "online_url", "area", "assured_date",
    ),
    "contacts": (
        "contact_id", "org_id", "name", "position", "level", "whatsapp", "phone", "email",
        "hours", "languages", "service_ids", "area", "assured_date",
    ),
}  # fmt: skip
REQUIRED: dict[str, tuple[str, ...]] = {
    "organizations": ("org_id", "name"),
    "services": ("service_id", "org_id", "name"),
    "contacts": ("contact_id", "org_id", "name", "position"),
}
LIST_COLUMNS = frozenset(
    {"aliases", "keywords", "requirements", "area", "languages", "service_ids"}
)

LANGUAGE_NAMES: dict[str, str] = {
    **{code: code for code in LANGUAGES},
    "id": "ind", "in": "ind", "indonesia": "ind", "bahasa indonesia": "ind", "indonesian": "ind",
    "jv": "jav", "jawa": "jav", "bahasa jawa": "jav", "javanese": "jav",
    "osing": "osi", "using": "osi", "bahasa osing": "osi",
    "madura": "mad", "bahasa madura": "mad", "madurese": "mad",
}  # fmt: skip

_LIST_SPLIT = re.compile(r"[;\n]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --- cell parsers (shared with hsds_read.py) ----------------------------------------------------


def split_list(raw: str) -> list[str]:
    """ "a; b;;c" -> ["a", "b", "c"]: split on ";" (or line breaks), blanks and repeats dropped."""
    if not raw:
        return []
    if ";" not in raw and "\n" not in raw:  # one item: most cells of a list column
        item = raw.strip()
        return [item] if item else []
    items: list[str] = []
    for part in _LIST_SPLIT.split(raw):
        item = part.strip()
        if item and item not in items:
            items.append(item)
    return items


def phone_value(raw: str) -> tuple[str, str | None]:
    """(E.164 or "", error message or None)."""
    if not raw.strip():
        return "", None
    number = phones.normalize(raw)
    if number is None:
        return "", f"Nomor telepon tidak sah: '{raw}'."
    return number, None


def enum_value(raw: str, allowed: tuple[str, ...], default: str) -> tuple[str, str | None]:
    value = raw.strip().lower()
    if not value:
        return default, None
    if value in allowed:
        return value, None
    return default, f"Nilai '{raw}' tidak dikenal. Pilihan: {', '.join(allowed)}."


def language_values(items: list[str]) -> tuple[list[str], list[str]]:
    """(ISO 639-3 codes, items that are not a known language)."""
    codes: list[str] = []
    unknown: list[str] = []
    for item in items:
        code = LANGUAGE_NAMES.get(" ".join(item.lower().split()))
        if code is None:
            unknown.append(item)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def date_value(raw: str) -> tuple[str, str | None]:
    """An ISO date "YYYY-MM-DD"; a date-time (from an xlsx date cell) keeps its date part."""
    text = raw.strip()
    if not text:
        return "", None
    candidate = text[:10]
    if _ISO_DATE.match(candidate) and (len(text) == 10 or text[10] in " T"):
        try:
            dt.date.fromisoformat(candidate)
            if len(text) > 10:
                dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            return candidate, None
        except ValueError:
            pass
    return "", f"Tanggal tidak sah: '{raw}'. Tulis sebagai TTTT-BB-HH, misalnya 2024-05-31."


_LANGUAGES_SEEN: dict[str, tuple[str, ...]] = {}  # a languages cell -> its codes (all known)


# --- one row ----------------------------------------------------------------------------------


class _Cells:
    """The cells of one row (``at``: one object for a whole sheet), with parsers that
    report problems at this row."""

    def __init__(
        self,
        table: Table,
        present: set[str],
        report: ImportReport,
        memo: dict[str, str] | None = None,
    ):
        self.sheet = table.name
        self.row = Row(0, {})
        self.cells: dict[str, str] = {}
        self.present = present
        self.report = report
        # one string object per repeated value (org ids, hours, positions, list items):
        # at 100,000 contacts, tens of MB
        self.memo: dict[str, str] = {} if memo is None else memo

    def at(self, row: Row) -> _Cells:
        self.row = row
        self.cells = row.cells
        return self

    def error(self, column: str, message: str) -> None:
        self.report.error(self.sheet, self.row.number, column, message)

    # An empty cell (most optional ones) is answered before its parser is called: what
    # each parser gives for "" (100,000 contacts: a million cells).

    def text(self, column: str) -> str:
        return self.cells.get(column, "")

    def shared(self, column: str) -> str:
        """The text of a column whose values repeat from row to row."""
        value = self.cells.get(column, "")
        return self.memo.setdefault(value, value)

    def required(self, column: str, shared: bool = False) -> str:
        value = self.shared(column) if shared else self.text(column)
        if not value and column in self.present:
            self.error(column, "Wajib diisi.")
        return value

    def list(self, column: str) -> list[str]:
        raw = self.cells.get(column, "")
        if not raw:
            return []
        memo = self.memo
        return [memo.setdefault(item, item) for item in split_list(raw)]

    def phone(self, column: str) -> str:
        raw = self.cells.get(column, "")
        if not raw:
            return ""
        value, message = phone_value(raw)
        if message:
            self.error(column, message)
        return value

    def enum(self, column: str, allowed: tuple[str, ...], default: str) -> str:
        raw = self.cells.get(column, "")
        if not raw:
            return default
        value, message = enum_value(raw, allowed, default)
        if message:
            self.error(column, message)
        return self.memo.setdefault(value, value)

    def date(self, column: str) -> str:
        raw = self.cells.get(column, "")
        if not raw:
            return ""
        value, message = date_value(raw)
        if message:
            self.error(column, message)
        return self.memo.setdefault(value, value)

    def languages(self, column: str) -> builtins.list[str]:  # list: the method above
        raw = self.text(column)
        known = _LANGUAGES_SEEN.get(raw)
        if known is not None:  # the same few language cells on every row
            return builtins.list(known)
        codes, unknown = language_values(self.list(column))
        if not unknown and len(_LANGUAGES_SEEN) < 1000:
            _LANGUAGES_SEEN[raw] = tuple(codes)
        for item in unknown:
            self.error(
                column,
                f"Bahasa '{item}' tidak dikenal. Pilihan: ind (id), jav (jv), osi, mad.",
            )
        return codes


def _organization(c: _Cells) -> Organization:
    return Organization(
        org_id=c.required("org_id", shared=True),
        name=c.required("name"),
        short_name=c.text("short_name"),
        kind=c.enum("kind", ORG_KINDS, "opd"),
        parent_id=c.shared("parent_id"),
        address=c.text("address"),
        phone=c.phone("phone"),
        whatsapp=c.phone("whatsapp"),
        email=c.text("email"),
        website=c.text("website"),
        hours=c.shared("hours"),
        authority_note=c.text("authority_note"),
        description=c.text("description"),
        aliases=c.list("aliases"),
        assured_date=c.date("assured_date"),
    )


def _service(c: _Cells) -> Service:
    return Service(
        service_id=c.required("service_id", shared=True),
        org_id=c.required("org_id", shared=True),
        name=c.required("name"),
        category=c.shared("category"),
        keywords=c.list("keywords"),
        description=c.text("description"),
        requirements=c.list("requirements"),
        fee=c.shared("fee"),
        duration=c.shared("duration"),
        authority=c.enum("authority", AUTHORITIES, "regency"),
        authority_note=c.shared("authority_note"),
        online_url=c.text("online_url"),
        area=c.list("area"),
        assured_date=c.date("assured_date"),
    )


def _contact(c: _Cells) -> Contact:
    contact = Contact(
        contact_id=c.required("contact_id"),
        org_id=c.required("org_id", shared=True),
        name=c.required("name"),
        position=c.required("position", shared=True),
        level=c.enum("level", LEVELS, "technical"),
        whatsapp=c.phone("whatsapp"),
        phone=c.phone("phone"),
        email=c.text("email"),
        hours=c.shared("hours"),
        languages=c.languages("languages"),
        service_ids=c.list("service_ids"),
        area=c.list("area"),
        assured_date=c.date("assured_date"),
    )
    if not c.text("whatsapp") and not c.text("phone"):
        c.error("whatsapp", "Kontak perlu nomor WhatsApp atau telepon (kolom whatsapp / phone).")
    return contact


T = TypeVar("T", Organization, Service, Contact)


# --- whole sheets -----------------------------------------------------------------------------


def _check_headers(sheet: str, table: Table, report: ImportReport) -> set[str]:
    known = set(COLUMNS[sheet])
    present = {h for h in table.headers if h}
    for header in table.headers:
        if header and header not in known:
            report.warning(table.name, 1, header, "Kolom tidak dikenal; diabaikan.")
    for column in REQUIRED[sheet]:
        if column not in present:
            report.error(table.name, 1, column, f"Kolom wajib '{column}' tidak ada.")
    return present


def _sheet_records(
    sheet: str,
    table: Table | None,
    build: Callable[[_Cells], T],
    id_column: str,
    report: ImportReport,
    memo: dict[str, str] | None = None,
) -> Iterator[tuple[T, int]]:
    """The records of one sheet with their row numbers, as its rows are read; rows with a
    repeated id left out.

    Consumes ``table.rows`` (each row is dropped once read: at 100,000 contacts the rows
    and the records would otherwise both be in memory).
    """
    if table is None:
        return
    cells = _Cells(table, _check_headers(sheet, table, report), report, memo)
    first_row: dict[str, int] = {}
    for row in _consume(table.rows):
        record = build(cells.at(row))
        key = getattr(record, id_column)
        if not key:
            continue
        if key in first_row:
            report.error(
                table.name,
                row.number,
                id_column,
                f"{id_column} '{key}' sudah dipakai di baris {first_row[key]}.",
            )
            continue
        first_row[key] = row.number
        yield record, row.number


def _consume(rows: Iterable[Row]) -> Iterator[Row]:
    """Each row once; a list's rows are dropped as they are read (freed as they go)."""
    if not isinstance(rows, list):
        return iter(rows)
    return _dropping(rows)


def _dropping(rows: list[Any]) -> Iterator[Row]:
    for index, row in enumerate(rows):
        rows[index] = None
        yield row


def _check_parents(orgs: list[tuple[Organization, int]], sheet: str, report: ImportReport) -> None:
    parent_of = {org.org_id: org.parent_id for org, _ in orgs}
    for org, number in orgs:
        if not org.parent_id:
            continue
        if org.parent_id not in parent_of:
            report.error(
                sheet, number, "parent_id", f"Organisasi induk '{org.parent_id}' tidak ada."
            )
            continue
        seen = {org.org_id}
        current = org.parent_id
        while current:
            if current in seen:
                report.error(sheet, number, "parent_id", "Rantai organisasi induk berputar.")
                break
            seen.add(current)
            current = parent_of.get(current, "")


def build_directory(
    tables: Mapping[str, Table | None], report: ImportReport, source: str = ""
) -> Directory:
    """Check the three tables and build the Directory. Problems go into `report`.

    `tables` maps "organizations"/"services"/"contacts" to what was read; a missing table (None)
    has already been reported by the caller.  The tables' rows are consumed.
    """
    directory, contacts = stream_directory(tables, report, source)
    directory.contacts = list(contacts)
    return directory


def stream_directory(
    tables: Mapping[str, Table | None], report: ImportReport, source: str = ""
) -> tuple[Directory, Iterator[Contact]]:
    """``build_directory`` with the contacts to come: the Directory of the organizations and
    services (read and checked now), and the contacts, each read and checked as it is
    taken.  Every problem goes into ``report`` in the order ``build_directory`` puts it
    there: every sheet's own rows first, then what one sheet says of another (kept aside
    until the last contact was read)."""
    names = {sheet: table.name if (table := tables.get(sheet)) else sheet for sheet in SHEETS}
    memo: dict[str, str] = {}
    orgs = list(
        _sheet_records(
            "organizations", tables.get("organizations"), _organization, "org_id", report, memo
        )
    )
    services = list(
        _sheet_records("services", tables.get("services"), _service, "service_id", report, memo)
    )
    later = ImportReport()  # reported after the contacts' own rows
    org_ids = {org.org_id for org, _ in orgs}
    if tables.get("organizations") is not None:
        _check_parents(orgs, names["organizations"], later)
        for service, number in services:
            if service.org_id and service.org_id not in org_ids:
                later.error(
                    names["services"], number, "org_id", f"Organisasi '{service.org_id}' tidak ada."
                )
    known = _Known(
        names["contacts"],
        org_ids if tables.get("organizations") is not None else None,
        {s.service_id for s, _ in services} if tables.get("services") is not None else None,
    )
    rows = _sheet_records("contacts", tables.get("contacts"), _contact, "contact_id", report, memo)
    directory = Directory(
        organizations=[org for org, _ in orgs],
        services=[service for service, _ in services],
        source=source,
    )
    return directory, _checked_contacts(rows, known, later, report)


@dataclass
class Streamed:
    """A directory read as it is written: ``directory`` holds the organizations, services
    and settings; ``contacts()`` yields each contact once it is checked (once: the rows are
    consumed) and, after the last one, raises ImportFailed with the whole report if anything
    was wrong, so whoever writes them as they come never keeps a directory with an error.
    ``checks`` run after that, in order (the lexicon a folder carries)."""

    directory: Directory
    report: ImportReport
    rows: Iterator[Contact]
    checks: list[Callable[[], None]] = field(default_factory=list)
    # read the files again, damaged records refused up front (``stream_csv_folder``)
    reread: Callable[[], Streamed] | None = None

    def contacts(self) -> Iterator[Contact]:
        try:
            yield from self.rows
        except csv.Error as exc:  # a damaged record, in files read without parsing them first
            if self.reread is not None:
                for _ in self.reread().contacts():  # ImportFailed: reported as an import does
                    pass
            # not read again, or the files changed since: still refused, never a crash
            self.report.error("contacts", 0, "", f"Berkas rusak sebagai CSV: {exc}")
            raise ImportFailed(self.report) from None
        if self.report.errors:
            raise ImportFailed(self.report)
        for check in self.checks:
            check()

    def whole(self) -> tuple[Directory, ImportReport]:
        """Every contact read into ``directory``: the directory and its report."""
        self.directory.contacts = list(self.contacts())
        return self.directory, self.report


@dataclass(frozen=True)
class _Known:
    """What the contacts are checked against: the ids the other sheets hold (None: that
    sheet is missing, which was reported already)."""

    sheet: str
    org_ids: set[str] | None
    service_ids: set[str] | None


def _checked_contacts(
    rows: Iterator[tuple[Contact, int]], known: _Known, later: ImportReport, report: ImportReport
) -> Iterator[Contact]:
    sheet = known.sheet
    for contact, number in rows:
        if known.org_ids is not None and contact.org_id and contact.org_id not in known.org_ids:
            later.error(sheet, number, "org_id", f"Organisasi '{contact.org_id}' tidak ada.")
        if known.service_ids is not None:
            for service_id in contact.service_ids:
                if service_id not in known.service_ids:
                    later.error(sheet, number, "service_ids", f"Layanan '{service_id}' tidak ada.")
        if not contact.service_ids and contact.level == "technical":
            # heads, managers and front desks answer for the whole agency; a technical
            # staff member with no service is never offered by the search
            later.warning(
                sheet,
                number,
                "service_ids",
                "Staf teknis tidak terhubung ke layanan mana pun (tidak akan muncul di pencarian).",
            )
        yield contact
    report.problems.extend(later.problems)
