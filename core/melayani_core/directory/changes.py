"""What replacing one directory by another changes, by name, for the clerk to read first.

Records are matched by their stable ids (the spreadsheet's or the hub's); a record with the
same id and any other field different is "changed", and the changed fields are named by
their template column (what the clerk sees in the workbook).  Only the first ``limit``
names of each list are kept; the counts are always whole.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from .model import Contact, Directory, Organization, Service

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

LIMIT = 50


@dataclass
class KindChanges:
    """Added, removed and changed records of one kind (names only, first ``limit``)."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    n_added: int = 0
    n_removed: int = 0
    n_changed: int = 0

    @property
    def total(self) -> int:
        return self.n_added + self.n_removed + self.n_changed


@dataclass
class Changes:
    organizations: KindChanges
    services: KindChanges
    contacts: KindChanges

    @property
    def empty(self) -> bool:
        return not (self.organizations.total or self.services.total or self.contacts.total)


def _org_name(org: Organization, _orgs: Mapping[str, Organization]) -> str:
    return org.name


def _service_name(service: Service, orgs: Mapping[str, Organization]) -> str:
    org = orgs.get(service.org_id)
    owner = (org.short_name or org.name) if org is not None else service.org_id
    return f"{service.name} ({owner})"


def _contact_name(contact: Contact, orgs: Mapping[str, Organization]) -> str:
    org = orgs.get(contact.org_id)
    owner = (org.short_name or org.name) if org is not None else contact.org_id
    return f"{contact.name} — {contact.position} ({owner})"


def _differing(old: DataclassInstance, new: DataclassInstance) -> list[str]:
    return [f.name for f in fields(old) if getattr(old, f.name) != getattr(new, f.name)]


def _compare(
    old: Sequence[Any],
    new: Sequence[Any],
    key: str,
    name: Callable[[Any, Mapping[str, Organization]], str],
    old_orgs: Mapping[str, Organization],
    new_orgs: Mapping[str, Organization],
    limit: int,
) -> KindChanges:
    before = {getattr(r, key): r for r in old}
    after = {getattr(r, key): r for r in new}
    out = KindChanges()
    added = [name(r, new_orgs) for k, r in after.items() if k not in before]
    removed = [name(r, old_orgs) for k, r in before.items() if k not in after]
    changed = []
    for k, record in after.items():
        was = before.get(k)
        if was is not None and was != record:
            changed.append(f"{name(record, new_orgs)}: {', '.join(_differing(was, record))}")
    for attr, names in (("added", added), ("removed", removed), ("changed", changed)):
        names.sort(key=str.casefold)
        setattr(out, attr, names[:limit])
        setattr(out, f"n_{attr}", len(names))
    return out


def compare(old: Directory | None, new: Directory, limit: int = LIMIT) -> Changes:
    """The changes from ``old`` (None: no directory yet, everything is added) to ``new``."""
    old = old or Directory()
    old_orgs = {o.org_id: o for o in old.organizations}
    new_orgs = {o.org_id: o for o in new.organizations}
    args = (old_orgs, new_orgs, limit)
    return Changes(
        organizations=_compare(old.organizations, new.organizations, "org_id", _org_name, *args),
        services=_compare(old.services, new.services, "service_id", _service_name, *args),
        contacts=_compare(old.contacts, new.contacts, "contact_id", _contact_name, *args),
    )
