"""The directory result list: officers matching what the operator types, best first.

Filtering and ranking happen in the snapshot's index (plain Python over precomputed keys),
and the model is simply reset with the new rows: a ``QSortFilterProxyModel`` would call
``data()`` for every one of thousands of rows on each keystroke. Status texts (재실, 출장
중 → 업무대행 …) are computed only for rows the view asks for, and cached until the next
query or the next minute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from minwon_desk.services.dto import DirectoryEntry, Presence
from minwon_desk.ui.common.table_model import (
    ACCESSIBLE_TEXT,
    DISPLAY,
    FOREGROUND,
    TOOLTIP,
    RowsTableModel,
)
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.directory.service import DirectorySnapshot

STAFF_ROLE = Qt.ItemDataRole.UserRole  # the row's staff id

NAME, POSITION, DEPARTMENT, EXTENSION, SEAT, STATUS = range(6)
COLUMN_COUNT = 6
_AWAY = QBrush(QColor("#8a4b00"))
_Index = QModelIndex | QPersistentModelIndex


class DirectoryModel(RowsTableModel):
    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._snapshot: DirectorySnapshot | None = None
        self._query = ""
        self._rows: list[DirectoryEntry] = []
        self._status: dict[int, tuple[Presence, str]] = {}
        self._headers = (translate("DirectoryModel", "성명"), translate("DirectoryModel", "직위"), translate("DirectoryModel", "부서"), translate("DirectoryModel", "내선"), translate("DirectoryModel", "좌석"), translate("DirectoryModel", "상태"))

    # --- feeding ------------------------------------------------------------------------

    def set_snapshot(self, snapshot: DirectorySnapshot) -> None:
        self._snapshot = snapshot
        self.set_query(self._query)

    def set_query(self, query: str) -> None:
        """Show the matches of ``query``; an empty query lists everyone in chart order."""
        self.beginResetModel()
        self._query = query
        self._status = {}
        snap = self._snapshot
        if snap is None:
            self._rows = []
        elif query.strip():
            self._rows = snap.search(query)
        else:
            self._rows = snap.active
        self.endResetModel()

    def refresh_status(self) -> None:
        """Time passed (an absence may have ended): recompute the status column."""
        self._status = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._rows) - 1, STATUS))

    # --- reading ------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def entry_at(self, row: int) -> DirectoryEntry:
        return self._rows[row]

    def row_of(self, staff_id: int) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == staff_id:
                return row
        return None

    def presence_at(self, row: int) -> tuple[Presence, str]:
        entry = self._rows[row]
        cached = self._status.get(entry.id)
        if cached is None:
            assert self._snapshot is not None
            now = self._now()
            presence = self._snapshot.presence(entry.id, now)
            cached = (presence, self._snapshot.status_text(presence, now))
            self._status[entry.id] = cached
        return cached

    # --- Qt model -----------------------------------------------------------------------

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        row, column = index.row(), index.column()
        if role in (DISPLAY, ACCESSIBLE_TEXT):
            e = self._rows[row]
            if column == NAME:
                return e.name
            if column == POSITION:
                return e.position
            if column == DEPARTMENT:
                return e.department
            if column == EXTENSION:
                return e.extension
            if column == SEAT:
                return e.seat
            return self.presence_at(row)[1]
        if role == STAFF_ROLE:
            return self._rows[row].id
        if role == FOREGROUND and column == STATUS:
            return None if self.presence_at(row)[0].present else _AWAY
        if role == TOOLTIP:
            e = self._rows[row]
            presence = self.presence_at(row)[0]
            lines = [e.department_path]
            if e.duties:
                lines.append(translate("DirectoryModel", "담당업무: ") + ", ".join(e.duties))
            if presence.message:
                lines.append(presence.message)
            return "\n".join(lines)
        return None

    def __repr__(self) -> str:
        return f"DirectoryModel(query={self._query!r}, rows={len(self._rows)})"
