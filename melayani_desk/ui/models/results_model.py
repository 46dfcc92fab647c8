"""The search results as a list model: one row per service, best first.

Marks are words, not colours: "[DARURAT]" before an emergency line and "[Bukan Pemkab]"
after a service the regency does not decide, so a clerk (or a screen reader) sees them.

Each keystroke brings a new list, mostly the same services as the last one: only the
difference is inserted or removed, and rows that stay are updated in place (``dataChanged``),
so the view keeps its row heights (the delegate remembers them by text and width) instead
of measuring every row again after a reset.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from melayani_desk.ui.models.row_edits import apply_edits, diff

ResultRole = Qt.ItemDataRole.UserRole + 1
ServiceIdRole = Qt.ItemDataRole.UserRole + 2
LinesRole = Qt.ItemDataRole.UserRole + 3  # (service line, agency line) for the delegate

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


def result_lines(result) -> tuple[str, str]:
    """Two lines for a row: the service (with the emergency mark) and its agency (with
    the "not regency" mark), each wrapping in full, never cut with "..."."""
    svc, org = result.service, result.org
    if result.kind == "emergency":
        mark = QCoreApplication.translate("ResultsModel", "EMERGENCY")
        return f"[{mark}] {svc.name}", org.short_name or org.name
    agency = org.short_name or org.name
    if result.outside_regency:
        mark = QCoreApplication.translate("ResultsModel", "Not regency")
        agency += f"  [{mark}]"
    return svc.name, agency


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
        """The new list: rows of the same service updated in place, the others inserted or
        removed (a reset only when the list was empty or is emptied)."""
        new = list(results)
        old_ids = [r.service.service_id for r in self._results]
        new_ids = [r.service.service_id for r in new]
        if not self._results or not new or len(set(new_ids)) != len(new_ids):
            self.beginResetModel()
            self.query, self._results = query, new
            self.endResetModel()
            return
        self.query = query
        apply_edits(self, self._results, new, diff(old_ids, new_ids), self._same)

    def _same(self, start: int, rows: list) -> None:
        self._results[start : start + len(rows)] = rows
        self.dataChanged.emit(self.index(start), self.index(start + len(rows) - 1))

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
        if role == LinesRole:
            return result_lines(r)
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


PAD = 4  # pixels around a row's text
HEIGHTS_KEPT = 4000  # row heights remembered (by texts, width and font)


class ResultDelegate(QStyledItemDelegate):
    """Paints a result as two wrapped lines: the service in bold, its agency below.

    QListView's own word wrap guesses the width and then elides the agency ("...") or
    leaves a blank second line; here the height is measured for the view's real width.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._heights: dict[tuple, int] = {}  # (texts, width, font) -> the row's height

    def _fonts(self, option) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _rects(self, option, index, width: int) -> tuple[QRect, QRect, str, str]:
        title, agency = index.data(LinesRole) or (index.data() or "", "")
        bold, plain = self._fonts(option)
        flags = Qt.TextFlag.TextWordWrap
        inner = max(width - 2 * PAD, 40)
        top = QFontMetrics(bold).boundingRect(QRect(0, 0, inner, 10_000), flags, title)
        bottom = QFontMetrics(plain).boundingRect(QRect(0, 0, inner, 10_000), flags, agency)
        return top, bottom, title, agency

    def _width(self, option) -> int:
        view = self.parent()
        if isinstance(view, QListView):
            return view.viewport().width() - 2 * max(view.spacing(), 0)
        return option.rect.width()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        width = self._width(option)
        key = (index.data(LinesRole) or index.data(), width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > HEIGHTS_KEPT:
                self._heights.clear()
            top, bottom, _t, agency = self._rects(option, index, width)
            height = top.height() + (bottom.height() if agency else 0) + 2 * PAD
            self._heights[key] = height
        return QSize(width, height)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        top, bottom, title, agency = self._rects(option, index, option.rect.width())
        bold, plain = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        flags = Qt.TextFlag.TextWordWrap
        x, y, inner = option.rect.x() + PAD, option.rect.y() + PAD, option.rect.width() - 2 * PAD
        painter.setFont(bold)
        painter.drawText(QRect(x, y, inner, top.height()), flags, title)
        if agency:
            painter.setFont(plain)
            painter.drawText(QRect(x, y + top.height(), inner, bottom.height()), flags, agency)
        painter.restore()
