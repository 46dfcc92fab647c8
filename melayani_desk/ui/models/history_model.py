"""The referral history as a Qt model: one row per referral, filtered by a proxy.

``ReferralTableModel`` holds the ``ReferralView`` rows the log returned (a page, not the
whole log) and sorts them itself (a Python sort of 2,000 rows takes a millisecond; the
proxy's own sort asks ``data`` twice per comparison, 40,000 calls into Python);
``ReferralFilterProxy`` narrows them by agency, channel and sync state and hands a sort on
to the model.  A refresh that brings the same rows with one more (a referral just logged)
inserts that one and updates what changed, never resets the table.  The date range is
asked of the log itself.  Every code is shown in words, never by colour alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from melayani_core.directory.phones import display
from melayani_core.referrals.model import ReferralView
from melayani_desk.ui.models.row_edits import apply_edits, diff

_CTX = "ReferralTableModel"
NO_OUTCOME = "\u2014"
MAX_EDITS = 64  # more separate changes than this in a refresh: the table is reset instead
RAW_ROLE = Qt.ItemDataRole.UserRole  # the code or sortable value behind a cell
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole ReferralView

_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def channel_label(code: str) -> str:
    labels = {
        "read_out": _t("Read out"),
        "printed": _t("Printed"),
        "whatsapp_link": _t("WhatsApp link"),
        "contacted_on_behalf": _t("Contacted by staff"),
    }
    return labels.get(code, code)


def outcome_label(code: str) -> str:
    labels = {
        "responded": _t("Responded"),
        "resolved": _t("Resolved"),
        "unreachable": _t("Unreachable"),
        "wrong_number": _t("Wrong number"),
    }
    return labels.get(code, code)


def sync_label(code: str) -> str:
    labels = {"pending": _t("Waiting"), "sent": _t("Sent"), "quarantined": _t("Quarantined")}
    return labels.get(code, code)


def local_time(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def short_time(iso: str, now: datetime | None = None) -> str:
    """ "28/11 14:05" in local time; the year is added when it is not this year."""
    moment = local_time(iso)
    if moment is None:
        return iso
    now = now or datetime.now().astimezone()
    if moment.year != now.year:
        return moment.strftime("%d/%m/%y %H:%M")
    return moment.strftime("%d/%m %H:%M")


def contact_number(row: ReferralView) -> str:
    return display(row.contact_whatsapp or row.contact_phone or "")


class ReferralTableModel(QAbstractTableModel):
    COLUMNS = (
        "time", "code", "need", "service", "agency", "contact", "channel", "outcome", "lapor",
        "sync", "problem",
    )  # fmt: skip

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ReferralView] = []
        self._by_uuid: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # --- content -------------------------------------------------------------------
    def set_rows(self, rows: list[ReferralView]) -> None:
        """The rows, in the model's sort order: only the difference is inserted, removed
        or updated (so the selection, the scroll position and the proxy's mapping stay)."""
        new = self._sorted(list(rows))
        old_ids, new_ids = [r.uuid for r in self._rows], [r.uuid for r in new]
        edits = None
        if self._rows and new and len(set(new_ids)) == len(new_ids):
            edits = diff(old_ids, new_ids)
        if edits is None or len(edits) > MAX_EDITS:
            self.beginResetModel()
            self._rows = new
            self._reindex()
            self.endResetModel()
            return
        apply_edits(self, self._rows, new, edits, self._update)
        self._reindex()

    def _update(self, start: int, rows: list[ReferralView]) -> None:
        """Rows with the same referrals: the changed ones replaced, each run told once."""
        run = -1
        last = len(self.COLUMNS) - 1
        for k in range(len(rows) + 1):
            changed = k < len(rows) and self._rows[start + k] != rows[k]
            if changed:
                self._rows[start + k] = rows[k]
                run = k if run < 0 else run
            elif run >= 0:
                self.dataChanged.emit(self.index(start + run, 0), self.index(start + k - 1, last))
                run = -1

    def _reindex(self) -> None:
        self._by_uuid = {row.uuid: i for i, row in enumerate(self._rows)}

    def _sorted(self, rows: list[ReferralView]) -> list[ReferralView]:
        column, order = self._sort
        if not 0 <= column < len(self.COLUMNS):
            return rows
        name = self.COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda row: self._raw(row, name), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the column's raw value (stable: equal values keep the log's order)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.row_at(i.row()), i.column()) for i in persistent]
        self._rows = self._sorted(self._rows)
        self._reindex()
        moved = [
            self.index(self._by_uuid[row.uuid], col) if row is not None else QModelIndex()
            for row, col in kept
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def row_of(self, uuid: str) -> int:
        """The row of the referral with this uuid, -1 when it is not loaded."""
        return self._by_uuid.get(uuid, -1)

    def row_at(self, row: int) -> ReferralView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[ReferralView]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Code"),
            self.tr("Need"),
            self.tr("Service"),
            self.tr("Agency"),
            self.tr("Contact"),
            self.tr("How given"),
            self.tr("Outcome"),
            self.tr("LAPOR!"),
            self.tr("Sync"),
            self.tr("Why held back"),
        ]

    # --- QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == RAW_ROLE:
            return self._raw(row, column)
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: ReferralView, column: str) -> str:
        if column == "time":
            return short_time(row.created_at)
        if column == "code":
            return row.code
        if column == "lapor":
            return row.lapor
        if column == "need":
            return row.need_text
        if column == "service":
            return row.service_name
        if column == "agency":
            return row.org_short_name or row.org_name
        if column == "contact":
            return row.contact_name
        if column == "channel":
            return channel_label(row.channel)
        if column == "outcome":
            return outcome_label(row.outcome.outcome) if row.outcome else NO_OUTCOME
        if column == "problem":
            return row.last_error if row.sync_state == "quarantined" else ""
        return sync_label(row.sync_state)

    def _tooltip(self, row: ReferralView, column: str) -> str | None:
        if column == "time":
            moment = local_time(row.created_at)
            return moment.strftime("%d/%m/%Y %H:%M") if moment else row.created_at
        if column == "need":
            return "\n".join(t for t in (row.need_text, row.note) if t) or None
        if column == "service":
            return row.service_name
        if column == "agency":
            return row.org_name
        if column == "contact":
            return "\n".join(t for t in (row.contact_position, contact_number(row)) if t) or None
        if column == "outcome" and row.outcome and row.outcome.note:
            return f"{outcome_label(row.outcome.outcome)}: {row.outcome.note}"
        if column == "sync" and row.last_error:
            return f"{sync_label(row.sync_state)}: {row.last_error}"
        return self._display(row, column)  # the whole text, when the cell is too narrow

    def _raw(self, row: ReferralView, column: str) -> str:
        if column == "time":
            return row.created_at
        if column == "agency":
            return row.org_id
        if column == "channel":
            return row.channel
        if column == "outcome":
            return row.outcome.outcome if row.outcome else ""
        if column == "sync":
            return row.sync_state
        return self._display(row, column).casefold()


class ReferralFilterProxy(QSortFilterProxyModel):
    """Narrows the rows by agency, channel and sync state ("" = any); a sort is the
    model's (by raw value, in Python), so the proxy keeps the model's order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._org_id = ""
        self._channel = ""
        self._sync_state = ""
        self.setSortRole(RAW_ROLE)

    def set_filters(self, *, org_id: str = "", channel: str = "", sync_state: str = "") -> None:
        if (org_id, channel, sync_state) == (self._org_id, self._channel, self._sync_state):
            return  # the same filters: nothing to filter again
        self.beginFilterChange()
        self._org_id, self._channel, self._sync_state = org_id, channel, sync_state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, ReferralTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def accepts(self, row: ReferralView) -> bool:
        """Whether the filters let this referral through."""
        return (
            (not self._org_id or row.org_id == self._org_id)
            and (not self._channel or row.channel == self._channel)
            and (not self._sync_state or row.sync_state == self._sync_state)
        )

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ReferralTableModel):
            return True
        row = model.row_at(source_row)
        return row is not None and self.accepts(row)
