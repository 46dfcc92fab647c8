"""What an import would take away from the directory in use.

An import replaces the whole directory.  A package that lost a file on the way (an HSDS
package without ``attributes.csv``, a template whose contacts sheet was left empty) can
still be valid and yet leave the desk without most of its contacts, without the 112 entry,
or with every service suddenly "run by the regency".  Such an import is refused unless the
clerk confirms it; ``losses`` says what would be lost, in Indonesian.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import Directory, ImportFailed, ImportReport

AUTHORITY_LABELS = {
    "regency": "kabupaten",
    "village": "desa",
    "province": "provinsi",
    "central": "pusat",
    "third_party": "pihak ketiga",
}
MOST = 0.5  # losing more than half of the contacts is losing "most" of them


@dataclass
class Summary:
    """The few facts of a directory the check compares."""

    contacts: int = 0
    emergency_services: int = 0  # services of organizations of kind "emergency"
    authorities: Counter[str] = field(default_factory=Counter)  # authority -> services

    @classmethod
    def of(cls, directory: Directory) -> Summary:
        emergency = {o.org_id for o in directory.organizations if o.kind == "emergency"}
        return cls(
            contacts=len(directory.contacts),
            emergency_services=sum(1 for s in directory.services if s.org_id in emergency),
            authorities=Counter(s.authority for s in directory.services),
        )


def losses(old: Summary, new: Summary) -> list[str]:
    """What replacing ``old`` by ``new`` would lose (empty: nothing worth asking about)."""
    found = []
    if old.contacts and new.contacts < old.contacts * MOST:
        found.append(
            f"Sebagian besar kontak hilang: direktori yang dipakai punya {old.contacts} "
            f"kontak, impor ini hanya {new.contacts}."
        )
    if old.emergency_services and not new.emergency_services:
        found.append(
            "Layanan darurat (112) hilang: impor ini tidak punya organisasi berjenis "
            "'emergency', jadi 112 tidak lagi tampil untuk keadaan darurat."
        )
    gone = [a for a in old.authorities if old.authorities[a] and not new.authorities[a]]
    if gone:
        names = ", ".join(
            f"{AUTHORITY_LABELS.get(a, a)} ({old.authorities[a]} layanan)" for a in sorted(gone)
        )
        found.append(
            f"Kewenangan hilang: tidak ada lagi layanan berkewenangan {names}; layanan "
            "itu, bila masih ada, kini tercatat sebagai urusan kabupaten."
        )
    return found


class ImportNeedsConfirmation(ImportFailed):
    """A valid import that would lose what ``losses`` names; nothing was changed."""

    def __init__(self, source: str, found: list[str], report: ImportReport):
        refusal = ImportReport(list(report.warnings))
        for message in found:
            refusal.error(source, 0, "", message)
        self.losses = found
        super().__init__(refusal)
