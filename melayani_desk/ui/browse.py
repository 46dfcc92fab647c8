"""Browse without typing: services by category, or by agency, in a tree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

ServiceIdRole = Qt.ItemDataRole.UserRole + 2  # same role number as the results model
BY_CATEGORY, BY_AGENCY = "category", "agency"


class BrowseModel(QStandardItemModel):
    """Two levels: a group (category or agency) and its services, sorted by name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: list = []
        self.orgs: dict = {}
        self.mode = BY_CATEGORY

    def load(self, services: list, orgs: dict) -> None:
        self.services, self.orgs = services, orgs
        self.rebuild()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Service")])
        groups: dict[str, list] = {}
        for svc in self.services:
            groups.setdefault(self._group(svc), []).append(svc)
        for name in sorted(groups, key=str.casefold):
            members = sorted(groups[name], key=lambda s: s.name.casefold())
            parent = QStandardItem(f"{name} ({len(members)})")
            parent.setEditable(False)
            parent.setSelectable(False)
            count = self.tr("%1 service(s)").replace("%1", str(len(members)))
            parent.setAccessibleText(f"{name}, {count}")
            for svc in members:
                parent.appendRow(self._service_item(svc))
            self.appendRow(parent)

    def _group(self, svc) -> str:
        if self.mode == BY_AGENCY:
            org = self.orgs.get(svc.org_id)
            if org is None:
                return svc.org_id
            return f"{org.short_name} — {org.name}" if org.short_name else org.name
        return svc.category or self.tr("Uncategorized")

    def _service_item(self, svc) -> QStandardItem:
        org = self.orgs.get(svc.org_id)
        short = (org.short_name or org.name) if org else svc.org_id
        text = svc.name if self.mode == BY_AGENCY else f"{svc.name} — {short}"
        if svc.authority not in ("regency", "village"):
            mark = QCoreApplication.translate("ResultsModel", "Not regency")
            text += f"  [{mark}]"
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(svc.service_id, ServiceIdRole)
        item.setToolTip(f"{svc.name}\n{org.name if org else svc.org_id}")
        return item


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

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = BrowseModel(self)
        self.loaded = False
        self.by_category = QRadioButton()
        self.by_agency = QRadioButton()
        self.by_category.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_category)
        group.addButton(self.by_agency)
        self.by_category.toggled.connect(self._mode_changed)
        self.tree = _WrapTree()
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)  # long service names wrap, never cut off
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        modes = QHBoxLayout()
        modes.addWidget(self.by_category)
        modes.addWidget(self.by_agency)
        modes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def load(self, reader) -> None:
        """Fill the tree from the directory (called when the tab is first shown)."""
        self.model.load(reader.services("ORDER BY name"), reader.organizations())
        self.loaded = True

    def retranslate(self) -> None:
        self.by_category.setText(self.tr("By category"))
        self.by_category.setAccessibleName(self.tr("Browse by category"))
        self.by_agency.setText(self.tr("By agency"))
        self.by_agency.setAccessibleName(self.tr("Browse by agency"))
        self.tree.setAccessibleName(self.tr("Services to browse"))
        if self.loaded:
            self.model.rebuild()

    def _mode_changed(self) -> None:
        self.model.set_mode(BY_CATEGORY if self.by_category.isChecked() else BY_AGENCY)

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
