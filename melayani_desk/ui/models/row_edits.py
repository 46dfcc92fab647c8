"""Bringing a list model's rows to a new list by the difference, not by a reset.

Both the results and the history keep their rows in a Python list; a new answer often
shares most rows with the old one.  Removing and inserting only what changed keeps the
view's selection, scroll and remembered row heights, and costs a fraction of a reset."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def diff(old_ids: Sequence[Hashable], new_ids: Sequence[Hashable]) -> list[tuple[Any, ...]]:
    """The edits from ``old_ids`` to ``new_ids`` (difflib opcodes)."""
    return SequenceMatcher(None, old_ids, new_ids, autojunk=False).get_opcodes()


def apply_edits(
    model: QAbstractItemModel,
    rows: list[Any],
    new: list[Any],
    edits: list[tuple[Any, ...]],
    same: Callable[[int, list[Any]], None],
) -> None:
    """Apply ``edits`` to ``rows`` (the model's own list) with the model's remove/insert
    signals; ``same(start, new_rows)`` takes each run of rows with the same ids."""
    for tag, i1, i2, j1, j2 in reversed(edits):  # from the end: earlier rows keep place
        if tag == "equal":
            same(i1, new[j1:j2])
            continue
        if tag in ("delete", "replace"):
            model.beginRemoveRows(QModelIndex(), i1, i2 - 1)
            del rows[i1:i2]
            model.endRemoveRows()
        if tag in ("insert", "replace"):
            model.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
            rows[i1:i1] = new[j1:j2]
            model.endInsertRows()
