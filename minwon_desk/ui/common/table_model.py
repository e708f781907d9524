"""The plain parts of the app's Qt table models: the item-role constants, rows under
column titles, and choosing a row in a table view.

Enum attribute lookups cost ~3 µs each in ``data()``; module constants ~0.2 µs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

DISPLAY = Qt.ItemDataRole.DisplayRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FONT = Qt.ItemDataRole.FontRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
ITEM_ROLE = Qt.ItemDataRole.UserRole  # the row's DTO
HORIZONTAL = Qt.Orientation.Horizontal
_CHOOSE_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def chosen_row(table: QTableView) -> int | None:
    """The row chosen in ``table`` (None when none is)."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def choose_row(table: QTableView, row: int | None) -> bool:
    """Make ``row`` the table's chosen (and current) row; False when there is none."""
    if row is None:
        return False
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), _CHOOSE_ROW)
    return True


class RowsTableModel(QAbstractTableModel):
    """Rows in ``self._rows``, column titles in ``self._headers``; subclasses add data()."""

    _rows: list[Any]
    _headers: tuple[str, ...]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == HORIZONTAL and role == DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
