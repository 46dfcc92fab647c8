"""The import dialog's summary: what the new directory changes, by name, as HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from melayani_core.directory.changes import Changes, KindChanges


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _names(title: str, names: list[str], count: int) -> str:
    if not count:
        return ""
    items = "".join(f"<li>{escape(n)}</li>" for n in names)
    more = ""
    if count > len(names):
        rest = _tr("… and %1 more").replace("%1", str(count - len(names)))
        more = f"<li><i>{escape(rest)}</i></li>"
    return f"<p><b>{escape(title)} ({count})</b></p><ul>{items}{more}</ul>"


def _kind(title: str, kind: KindChanges) -> str:
    head = (
        _tr("%1: %2 added, %3 removed, %4 changed")
        .replace("%1", title)
        .replace("%2", str(kind.n_added))
        .replace("%3", str(kind.n_removed))
        .replace("%4", str(kind.n_changed))
    )
    return (
        f"<h3>{escape(head)}</h3>"
        + _names(_tr("Added"), kind.added, kind.n_added)
        + _names(_tr("Removed"), kind.removed, kind.n_removed)
        + _names(_tr("Changed (changed columns after the colon)"), kind.changed, kind.n_changed)
    )


def summary_html(changes: Changes, new_counts: tuple[int, int, int]) -> str:
    orgs, services, contacts = new_counts
    top = (
        _tr("The new directory has %1 agencies, %2 services and %3 contacts.")
        .replace("%1", str(orgs))
        .replace("%2", str(services))
        .replace("%3", str(contacts))
    )
    if changes.empty:
        same = _tr("It is the same as the directory in use: nothing changes.")
        return f"<p>{escape(top)}</p><p>{escape(same)}</p>"
    return (
        f"<p>{escape(top)}</p>"
        + _kind(_tr("Agencies"), changes.organizations)
        + _kind(_tr("Services"), changes.services)
        + _kind(_tr("Contacts"), changes.contacts)
    )
