"""The problems of an import (sheet, row, column, what is wrong) as a table the clerk can
copy: Ctrl+C copies the selected rows as tab-separated text (it pastes into a spreadsheet
as rows), ``copy_all`` every row with the header."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from melayani_core.directory.model import Problem

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 5


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Kind"),
                self.tr("What is wrong")]  # fmt: skip

    def cells(self, row: int) -> list[str]:
        p = self.problems[row]
        kind = self.tr("Error") if p.severity == "error" else self.tr("Warning")
        return [p.sheet, str(p.row) if p.row else "", p.column, kind, p.message]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.problems):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(index.row())[index.column()]
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMNS:
            return self.headers()[section]
        return None

    def as_text(self, rows: list[int], header: bool = False) -> str:
        """The rows as tab-separated lines (tabs and line breaks in a cell become spaces)."""
        lines = ([self.headers()] if header else []) + [self.cells(r) for r in rows]
        return "".join("\t".join(" ".join(c.split()) for c in line) + "\n" for line in lines)


class ProblemsView(QTableView):
    """The table; Ctrl+C (the platform's Copy) copies the selected rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems = ProblemsModel(self)
        self.setModel(self.problems)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems.set_problems(problems)

    def copy_selected(self) -> str:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        text = self.problems.as_text(rows)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def copy_all(self) -> str:
        text = self.problems.as_text(list(range(self.problems.rowCount())), header=True)
        QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
            event.accept()
            return
        super().keyPressEvent(event)
