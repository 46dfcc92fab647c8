"""Plain domain records of the directory, as imported and as searched.

These are what the import formats produce, what the storage writes, and what the
search hands to the command line and the window. No SQL, no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

ORG_KINDS = (
    "opd",
    "kecamatan",
    "desa",
    "kelurahan",
    "puskesmas",
    "rsud",
    "uptd",
    "bumd",
    "vertical",
    "province",
    "emergency",
    "other",
)
AUTHORITIES = ("regency", "village", "province", "central", "third_party")
LEVELS = ("head", "manager", "technical", "frontdesk")
LANGUAGES = ("ind", "jav", "osi", "mad")

# Order in which a clerk should use the contacts of a service (DESIGN.md, "Rank").
LEVEL_ORDER = {"technical": 0, "manager": 1, "frontdesk": 2, "head": 3}


@dataclass(slots=True)
class Organization:
    org_id: str
    name: str
    short_name: str = ""
    kind: str = "opd"
    parent_id: str = ""
    address: str = ""
    phone: str = ""  # E.164 or ""
    whatsapp: str = ""  # E.164 or ""
    email: str = ""
    website: str = ""
    hours: str = ""
    authority_note: str = ""
    description: str = ""
    aliases: list[str] = field(default_factory=list)  # old names, still searchable
    assured_date: str = ""  # ISO date the record was last verified, "" if never


@dataclass(slots=True)
class Service:
    service_id: str
    org_id: str
    name: str
    category: str = ""
    keywords: list[str] = field(default_factory=list)
    description: str = ""
    requirements: list[str] = field(default_factory=list)
    fee: str = ""
    duration: str = ""
    authority: str = "regency"
    authority_note: str = ""
    online_url: str = ""
    area: list[str] = field(default_factory=list)  # kecamatan names; empty = whole regency
    assured_date: str = ""


@dataclass(slots=True)
class Contact:
    contact_id: str
    org_id: str
    name: str
    position: str
    level: str = "technical"
    whatsapp: str = ""  # E.164 or ""
    phone: str = ""  # E.164 or ""
    email: str = ""
    hours: str = ""
    languages: list[str] = field(default_factory=list)  # ISO 639-3
    service_ids: list[str] = field(default_factory=list)
    area: list[str] = field(default_factory=list)
    assured_date: str = ""


# Defaults of the directory's settings sheet (docs/import-template.md, "settings"):
# citizen details are kept 6 months (UU 27/2022: kept no longer than their purpose needs;
# a referral's follow-up is done within weeks), a contact unverified for 12 months is stale.
DEFAULT_RETENTION_MONTHS = 6
DEFAULT_FRESHNESS_MONTHS = 12


@dataclass(frozen=True)
class DirectorySettings:
    """The directory-level facts a regency sets in the ``settings`` sheet; they travel with
    the directory through every import path, the stored file and the signed manifest."""

    is_sample: bool = False  # sample data: never given to a citizen as real
    retention_months: int = DEFAULT_RETENTION_MONTHS  # citizen details kept this long
    freshness_months: int = DEFAULT_FRESHNESS_MONTHS  # a contact older than this is stale


@dataclass
class Directory:
    """A whole directory: what one import produces and one SQLite file holds."""

    organizations: list[Organization] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    source: str = ""  # where it came from: a file name, "sample", "hub v12"
    settings: DirectorySettings = field(default_factory=DirectorySettings)
    version: int = 0  # hub version; 0 for a local import
    # lexicon files carried with the directory (relative name -> text), overlaid on the
    # program's bundled lexicon when the directory is built; {} = the bundled one alone
    lexicon: dict[str, str] = field(default_factory=dict)
    epoch: int = 0  # hub version epoch: a signed reset starts a new one (sync/updater.py)

    @property
    def is_sample(self) -> bool:
        return self.settings.is_sample

    def mark_sample(self) -> None:
        self.settings = replace(self.settings, is_sample=True)


@dataclass
class Problem:
    """One problem found in imported data, named by sheet, row and column.

    row is the spreadsheet row number as a person sees it (header = row 1), or 0
    when the problem concerns the whole sheet or file.
    """

    sheet: str
    row: int
    column: str
    message: str
    severity: str = "error"  # "error" blocks the import, "warning" does not

    def __str__(self) -> str:
        where = self.sheet
        if self.row:
            where += f", baris {self.row}"
        if self.column:
            where += f", kolom {self.column}"
        label = "GALAT" if self.severity == "error" else "PERINGATAN"
        return f"{label} [{where}]: {self.message}"


@dataclass
class ImportReport:
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, sheet: str, row: int, column: str, message: str) -> None:
        self.problems.append(Problem(sheet, row, column, message, "error"))

    def warning(self, sheet: str, row: int, column: str, message: str) -> None:
        self.problems.append(Problem(sheet, row, column, message, "warning"))


class ImportFailed(Exception):
    """Raised when imported data has errors; carries the full report."""

    def __init__(self, report: ImportReport):
        self.report = report
        super().__init__("\n".join(str(p) for p in report.errors))
