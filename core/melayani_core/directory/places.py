"""The kecamatan and desa a directory knows, and the forms clerks type them in.

A desk's place feeds the ranking (a service's ``area`` lists bare kecamatan names, compared
in lower case) and the slip header, so it must be one of the directory's own names:
"Kec. Licin", "Kecamatan Licin", "kantor camat licin" and "LICIN" all become "Licin", and
a name the directory does not know is refused rather than silently matching nothing.

Kecamatan come from the organizations of kind ``kecamatan`` ("Kecamatan Licin" -> "Licin")
and from the services' areas; desa and kelurahan from the organizations of those kinds,
under the kecamatan their ``parent_id`` points to. No SQL and no Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from melayani_core.directory.model import Organization

if TYPE_CHECKING:
    from melayani_core.storage.directory_db import DirectoryReader

_KECAMATAN_PREFIXES = ("kantor kecamatan", "kantor camat", "kecamatan", "camat", "kec")
_DESA_PREFIXES = ("kantor kelurahan", "kantor desa", "kelurahan", "desa", "kel", "ds")
VILLAGE_KINDS = ("desa", "kelurahan")


def fold(text: str) -> str:
    """Lower case, punctuation to spaces, spaces collapsed."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _strip_prefix(folded: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:  # longest first
        if folded == prefix:
            return ""
        if folded.startswith(prefix + " "):
            return folded[len(prefix) + 1 :]
    return folded


def _key(text: str, prefixes: tuple[str, ...]) -> str:
    """The comparison key: folded, prefix dropped, spaces removed ("Tegal Dlimo")."""
    return _strip_prefix(fold(text), prefixes).replace(" ", "")


def bare_name(name: str, prefixes: tuple[str, ...]) -> str:
    """ "Kecamatan Licin" -> "Licin" (the name as written, its prefix word dropped)."""
    words = name.split()
    folded = fold(name)
    stripped = _strip_prefix(folded, prefixes)
    if stripped == folded or not stripped:
        return name.strip()
    dropped = len(folded.split()) - len(stripped.split())
    return " ".join(words[dropped:]).strip(" .,") or name.strip()


@dataclass
class Places:
    kecamatan: list[str] = field(default_factory=list)  # display order: by name
    desa: dict[str, list[str]] = field(default_factory=dict)  # kecamatan -> its desa

    @classmethod
    def from_directory(cls, orgs: Iterable[Organization], areas: Iterable[str] = ()) -> Places:
        orgs = list(orgs)
        by_key: dict[str, str] = {}
        kec_of_org: dict[str, str] = {}
        for org in orgs:
            if org.kind == "kecamatan":
                name = bare_name(org.name, _KECAMATAN_PREFIXES)
                by_key.setdefault(_key(name, ()), name)
                kec_of_org[org.org_id] = by_key[_key(name, ())]
        for area in areas:
            name = area.strip()
            if name:
                by_key.setdefault(_key(name, ()), name[:1].upper() + name[1:])
        desa: dict[str, list[str]] = {}
        for org in orgs:
            if org.kind in VILLAGE_KINDS:
                name = bare_name(org.name, _DESA_PREFIXES)
                under = desa.setdefault(kec_of_org.get(org.parent_id, ""), [])
                if name not in under:
                    under.append(name)
        for names in desa.values():
            names.sort(key=str.lower)
        return cls(sorted(by_key.values(), key=str.lower), desa)

    def match_kecamatan(self, typed: str) -> str | None:
        """The directory's name for ``typed`` ("Kec. Licin" -> "Licin"); None if unknown."""
        wanted = _key(typed, _KECAMATAN_PREFIXES)
        if not wanted:
            return None
        return next((k for k in self.kecamatan if _key(k, ()) == wanted), None)

    def desa_of(self, kecamatan: str) -> list[str]:
        """The desa listed under ``kecamatan`` (with those whose kecamatan is not known)."""
        return [*self.desa.get(kecamatan, []), *self.desa.get("", [])]

    def knows_desa(self, kecamatan: str) -> bool:
        """Whether the directory lists any desa for ``kecamatan`` (then only those count)."""
        return bool(self.desa.get(kecamatan))

    def match_desa(self, typed: str, kecamatan: str) -> str | None:
        """The directory's name for ``typed`` among the desa of ``kecamatan``."""
        wanted = _key(typed, _DESA_PREFIXES)
        if not wanted:
            return None
        return next((d for d in self.desa_of(kecamatan) if _key(d, ()) == wanted), None)


def places_of(reader: DirectoryReader) -> Places:
    """The places of an open directory."""
    areas = {a for _sid, names, _org in reader.all_service_facts().values() for a in names}
    return Places.from_directory(reader.organizations().values(), sorted(areas))


@dataclass(frozen=True)
class Place:
    kecamatan: str
    desa: str


class PlaceProblem(ValueError):
    """A kecamatan or desa the directory does not know (message in Indonesian)."""

    def __init__(self, message: str, field_name: str):
        super().__init__(message)
        self.message = message
        self.field_name = field_name  # "kecamatan" or "desa"


def resolve(places: Places, kecamatan: str, desa: str) -> Place:
    """The directory's own names for what was typed; raises PlaceProblem.

    A directory that lists no kecamatan at all accepts any name; a kecamatan with no desa
    listed under it accepts the desa as typed (prefix word dropped)."""
    kecamatan, desa = kecamatan.strip(), desa.strip()
    if kecamatan and places.kecamatan:
        found = places.match_kecamatan(kecamatan)
        if found is None:
            raise PlaceProblem(
                f"Kecamatan {kecamatan!r} tidak ada di direktori. Pilih salah satu dari "
                "daftar kecamatan (mis. Licin, Genteng), tanpa salah ketik.",
                "kecamatan",
            )
        kecamatan = found
    elif kecamatan:
        kecamatan = bare_name(kecamatan, _KECAMATAN_PREFIXES)
    if not desa:
        return Place(kecamatan, "")
    if places.knows_desa(kecamatan):
        found = places.match_desa(desa, kecamatan)
        if found is None:
            raise PlaceProblem(
                f"Desa/kelurahan {desa!r} tidak ada di direktori untuk Kecamatan "
                f"{kecamatan or '(kosong)'}. Pilih dari daftar, atau periksa kecamatannya.",
                "desa",
            )
        return Place(kecamatan, found)
    return Place(kecamatan, bare_name(desa, _DESA_PREFIXES))
