"""Browse without typing: services by category, or by agency, in a tree.

The first Browse of a province-scale directory (20,000 services) must not freeze the
window: the rows are read and grouped on the read worker (``ui.workers.tasks.run_read``, its own
``DirectoryReader``: only the columns the tree shows), and the model holds plain tuples,
making a service's text only when the tree asks for it (a collapsed group's services are
never asked for).  Both groupings are made at once, so switching category/agency is a
model reset, not a read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from melayani_desk.ui.widgets.fold_row import FoldRow
from melayani_desk.ui.workers.tasks import run_read

ServiceIdRole = Qt.ItemDataRole.UserRole + 2  # same role number as the results model
BY_CATEGORY, BY_AGENCY = "category", "agency"
NO_GROUP = 0xFFFFFFFF  # internalId of a group row (services carry their group's number)
_Index = QModelIndex | QPersistentModelIndex

# (service_id, name, category, org_id, authority, agency name, agency short name)
Entry = tuple[str, str, str, str, str, str, str]


@dataclass(frozen=True)
class Group:
    name: str
    entries: tuple[Entry, ...]


def group_entries(entries: list[Entry], mode: str, uncategorized: str) -> list[Group]:
    """Entries grouped by category or agency, groups and services sorted by name.
    Plain Python: runs on the read worker."""
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        if mode == BY_AGENCY:
            _sid, _name, _cat, org_id, _auth, org_name, short = entry
            key = (f"{short} — {org_name}" if short else org_name) or org_id
        else:
            key = entry[2] or uncategorized
        groups.setdefault(key, []).append(entry)
    return [
        Group(name, tuple(sorted(groups[name], key=lambda e: e[1].casefold())))
        for name in sorted(groups, key=str.casefold)
    ]


def read_browse(path: Path, uncategorized: str) -> dict[str, list[Group]]:
    """The Browse tab's rows, both ways, read from the directory file at ``path`` on the
    calling thread (a reader of its own: the window's reader stays the UI thread's)."""
    from melayani_core.storage.directory_db import DirectoryReader

    reader = DirectoryReader(path)
    try:
        entries = reader.browse_entries()
    finally:
        reader.close()
    return {mode: group_entries(entries, mode, uncategorized) for mode in (BY_CATEGORY, BY_AGENCY)}


class BrowseModel(QAbstractItemModel):
    """Two levels: a group (category or agency) and its services, sorted by name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groupings: dict[str, list[Group]] = {BY_CATEGORY: [], BY_AGENCY: []}
        self.mode = BY_CATEGORY

    @property
    def groups(self) -> list[Group]:
        return self.groupings[self.mode]

    def load(self, groupings: dict[str, list[Group]]) -> None:
        self.beginResetModel()
        self.groupings = groupings
        self.endResetModel()

    def set_mode(self, mode: str) -> None:
        self.beginResetModel()
        self.mode = mode
        self.endResetModel()

    def rebuild(self) -> None:
        """The texts are made on demand: a new language only needs the views told."""
        self.beginResetModel()
        self.endResetModel()

    def service_count(self) -> int:
        return sum(len(g.entries) for g in self.groups)

    # --- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, NO_GROUP) if row < len(self.groups) else QModelIndex()
        if parent.internalId() != NO_GROUP:
            return QModelIndex()
        if row >= len(self.groups[parent.row()].entries):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row())

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008, E501
        if not index.isValid() or index.internalId() == NO_GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, NO_GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == NO_GROUP and parent.column() == 0:
            return len(self.groups[parent.row()].entries)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return self.rowCount(parent) > 0

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == NO_GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if section == 0 and orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Service")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == NO_GROUP:
            group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{group.name} ({len(group.entries)})"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                count = self.tr("%1 service(s)").replace("%1", str(len(group.entries)))
                return f"{group.name}, {count}"
            return None
        entry = self.groups[index.internalId()].entries[index.row()]
        service_id, name, _cat, org_id, authority, org_name, short = entry
        if role == ServiceIdRole:
            return service_id
        if role == Qt.ItemDataRole.DisplayRole:
            text = name if self.mode == BY_AGENCY else f"{name} — {short or org_name or org_id}"
            if authority not in ("regency", "village"):
                mark = QCoreApplication.translate("ResultsModel", "Not regency")
                text += f"  [{mark}]"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{name}\n{org_name or org_id}"
        return None


class _WrapDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: QTreeView does not tell the delegate the width."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        view = self.parent()
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        opt = QStyleOptionViewItem(option)
        width = view.viewport().width() - view.indentation() * depth
        opt.rect = QRect(0, 0, max(width, 80), 1)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(opt, index)


class _WrapTree(QTreeView):
    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # heights follow the new width


class BrowseWidget(QWidget):
    service_selected = Signal(str)  # service_id
    service_activated = Signal(str)  # Enter / double click: go to the details
    filled = Signal(int)  # the services are in the tree (how many)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = BrowseModel(self)
        self.loaded = False  # a load was asked for this directory (the window resets it)
        self.ready = False  # its rows are in the tree
        self.path: Path | None = None
        self.by_category = QRadioButton()
        self.by_agency = QRadioButton()
        self.by_category.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_category)
        group.addButton(self.by_agency)
        self.by_category.toggled.connect(self._mode_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.tree = _WrapTree()
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)  # long service names wrap, never cut off
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        modes = FoldRow([self.by_category, self.by_agency])  # one above the other if narrow
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(modes)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def load(self, reader) -> None:
        """Fill the tree from the directory (called when the tab is first shown): read and
        grouped on the read worker; the tree fills when the answer comes (``filled``)."""
        self._read(Path(reader.path))

    def _read(self, path: Path) -> None:
        self.loaded, self.ready, self.path = True, False, path
        self.status.setText(self.tr("Reading the services…"))
        self.status.show()
        job = partial(read_browse, self.path, self.tr("Uncategorized"))
        run_read(job, self._read_done, self._read_failed, context=self, key="browse")

    def _read_done(self, groupings: dict[str, list[Group]]) -> None:
        self.model.load(groupings)
        self.ready = True
        self.status.hide()
        self.filled.emit(self.model.service_count())

    def _read_failed(self, exc: BaseException) -> None:
        self.loaded = False  # asked again when the tab is shown next
        self.status.setText(self.tr("The services could not be read: %1").replace("%1", str(exc)))

    def retranslate(self) -> None:
        self.by_category.setText(self.tr("By category"))
        self.by_category.setAccessibleName(self.tr("Browse by category"))
        self.by_agency.setText(self.tr("By agency"))
        self.by_agency.setAccessibleName(self.tr("Browse by agency"))
        self.tree.setAccessibleName(self.tr("Services to browse"))
        if self.loaded and self.path is not None:  # the group names are in the language
            self._read(self.path)

    def _mode_changed(self) -> None:
        self.model.set_mode(BY_CATEGORY if self.by_category.isChecked() else BY_AGENCY)

    def current_service(self) -> str | None:
        """The service chosen in the tree, or None (a group or nothing is chosen)."""
        return self.tree.currentIndex().data(ServiceIdRole) or None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service_id = current.data(ServiceIdRole)
        if service_id:
            self.service_selected.emit(service_id)

    def _activated(self, index: QModelIndex) -> None:
        service_id = index.data(ServiceIdRole)
        if service_id:
            self.service_activated.emit(service_id)
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
