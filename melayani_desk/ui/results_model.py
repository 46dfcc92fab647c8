"""The search results as a list model: one row per service, best first.

Marks are words, not colours: "[DARURAT]" before an emergency line and "[Bukan Pemkab]"
after a service the regency does not decide, so a clerk (or a screen reader) sees them.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

ResultRole = Qt.ItemDataRole.UserRole + 1
ServiceIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def result_line(result) -> str:
    """One line for the list: "KTP-el hilang — DISPENDUKCAPIL", with its marks."""
    svc, org = result.service, result.org
    if result.kind == "emergency":
        mark = QCoreApplication.translate("ResultsModel", "EMERGENCY")
        return f"[{mark}] {svc.name}"
    line = f"{svc.name} — {org.short_name or org.name}"
    if result.outside_regency:
        mark = QCoreApplication.translate("ResultsModel", "Not regency")
        line += f"  [{mark}]"
    return line


def result_tooltip(result) -> str:
    svc, org = result.service, result.org
    lines = [svc.name, org.name]
    if result.outside_regency:
        lines.append(
            QCoreApplication.translate(
                "ResultsModel", "Not decided by the Banyuwangi regency government"
            )
        )
    if result.contacts:
        count = QCoreApplication.translate("ResultsModel", "%1 contact(s)")
        lines.append(count.replace("%1", str(len(result.contacts))))
    return "\n".join(lines)


class ResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._results: list = []
        self.query = ""

    # --- data ------------------------------------------------------------------------
    def set_results(self, query: str, results: list) -> None:
        self.beginResetModel()
        self.query = query
        self._results = list(results)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results("", [])

    def result(self, row: int):
        if 0 <= row < len(self._results):
            return self._results[row]
        return None

    def retranslate(self) -> None:
        if self._results:
            self.dataChanged.emit(self.index(0), self.index(len(self._results) - 1))

    # --- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._results):
            return None
        r = self._results[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return result_line(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            return result_tooltip(r)
        if role == Qt.ItemDataRole.FontRole and r.kind == "emergency":
            font = QFont()
            font.setBold(True)
            return font
        if role == ResultRole:
            return r
        if role == ServiceIdRole:
            return r.service.service_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
