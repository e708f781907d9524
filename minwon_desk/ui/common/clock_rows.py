"""A list of live promise clocks held by item id: the rows in clock order (overdue first),
each row's clock words and colour worked out from stored instants and ``clock()``, the
once-a-second redraw of the clock column, and the signal when a clock turns red.

Every clock text comes from the stored instants and ``clock()``, never from a count of
ticks, so a restart or a skipped tick cannot drift it. Rows are re-sorted only when some
row changes colour, not every second; within one colour the order follows fixed instants
and never changes with time.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtGui import QFont

from minwon_desk.domain.clockstate import ClockColour
from minwon_desk.ui.common.clock_table import COLOUR_ROLE, FILL, LIVE, RANK, RED, TEXT, UNTIMED
from minwon_desk.ui.common.table_model import (
    ACCESSIBLE_TEXT,
    ALIGN,
    BACKGROUND,
    DISPLAY,
    FONT,
    FOREGROUND,
    ITEM_ROLE,
    TOOLTIP,
    RowsTableModel,
)

CLOCK = 0  # the clock is the first column of these lists


class Keyed(Protocol):
    """What a row shows: anything with a lasting id (a visit, a memo)."""

    @property
    def id(self) -> int: ...


class ClockRow:
    """One item with its clock's colour and words, and where it sorts."""

    __slots__ = ("colour", "item", "next_at", "order", "rank", "text")

    def __init__(self, item: Keyed) -> None:
        self.item = item
        self.colour = UNTIMED
        self.rank = RANK[UNTIMED]
        self.text = ""
        self.next_at = 0.0  # epoch seconds when text or colour may change; inf: never
        self.order: tuple[float, int] = (0.0, item.id)  # within one colour, never changes

    def key(self) -> tuple[int, float, int]:
        return (self.rank, *self.order)


R = TypeVar("R", bound=ClockRow)


class ClockRowsModel(RowsTableModel, Generic[R]):
    """Rows of items by id in clock order; each list says how a row's clock reads and what
    its other columns show (``R``: the list's own kind of row)."""

    turned_red = Signal(object)  # the item whose clock went red during this run

    alignment: ClassVar[int | None] = None  # every cell's alignment (None: Qt's own)

    def __init__(
        self, clock: Callable[[], datetime], headers: tuple[str, ...], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[R] = []
        self._pos: dict[int, int] = {}
        self._headers = headers
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what each list fills in --------------------------------------------------------

    def _row(self, item: Any) -> R:
        raise NotImplementedError

    def _refresh(self, row: R, now: datetime, ts: float) -> None:
        """Work out the row's colour, words and ``next_at`` at ``now`` (``ts``: its epoch)."""
        raise NotImplementedError

    def _cell_text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def _tooltip(self, row: R, column: int) -> str | None:
        return None

    def _redraw_clocks(self, first: int, last: int) -> None:
        """After a tick without a colour change: rows ``first``..``last`` read differently
        (-1: none did)."""
        if first >= 0:
            self.dataChanged.emit(self.index(first, CLOCK), self.index(last, CLOCK), [DISPLAY])

    # --- Qt model interface -------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        row = self._rows[index.row()]
        column = index.column()
        if role in (DISPLAY, ACCESSIBLE_TEXT):
            if column == CLOCK:
                return row.text
            return self._cell_text(row.item, column)
        if role == BACKGROUND:
            return FILL[row.colour]
        if role == FOREGROUND:
            return TEXT
        if role == FONT:
            # Running clocks stand out; one already stopped does not need to.
            return self._bold if column == CLOCK and row.colour in LIVE else None
        if role == TOOLTIP:
            return self._tooltip(row, column)
        if role == ALIGN:
            return self.alignment
        if role == ITEM_ROLE:
            return row.item
        if role == COLOUR_ROLE:
            return row.colour
        return None

    # --- content ------------------------------------------------------------------------

    def _replace(self, items: Iterable[Any]) -> None:
        """Replace every row. Clocks already red now are not reported as turning red."""
        self.beginResetModel()
        now = self._clock()
        ts = now.timestamp()
        rows = [self._row(item) for item in items]
        for row in rows:
            self._refresh(row, now, ts)
        rows.sort(key=ClockRow.key)
        self._rows = rows
        self._reindex()
        self.endResetModel()

    def upsert(self, item: Any) -> None:
        """Add or update one item, keeping the order."""
        row = self._row(item)
        now = self._clock()
        self._refresh(row, now, now.timestamp())
        at = self._pos.get(item.id)
        if at is None:
            place = self._insertion_point(row)
            self.beginInsertRows(QModelIndex(), place, place)
            self._rows.insert(place, row)
            self._reindex()
            self.endInsertRows()
            return
        self._rows[at] = row
        if self._in_order():
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(self._headers) - 1))
        else:
            self._resort()

    def remove(self, item_id: int) -> bool:
        at = self._pos.get(item_id)
        if at is None:
            return False
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._reindex()
        self.endRemoveRows()
        return True

    def tick(self) -> None:
        """Recompute the clocks whose text or colour changes now; cheap, once a second."""
        rows = self._rows
        if not rows:
            return
        now = self._clock()
        ts = now.timestamp()
        first = last = -1
        turned: list[Any] = []
        recoloured = False
        refresh = self._refresh
        for i, row in enumerate(rows):
            if row.next_at > ts:
                continue
            before_colour, before_text = row.colour, row.text
            refresh(row, now, ts)
            if row.colour is not before_colour:
                recoloured = True
                if row.colour is RED:
                    turned.append(row.item)
            if row.text != before_text:
                if first < 0:
                    first = i
                last = i
        if recoloured:
            self._resort()
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self._headers) - 1))
        else:
            self._redraw_clocks(first, last)
        for item in turned:
            self.turned_red.emit(item)

    # --- queries ------------------------------------------------------------------------

    def colour_at(self, row: int) -> ClockColour:
        return self._rows[row].colour

    def clock_text_at(self, row: int) -> str:
        return self._rows[row].text

    def row_of(self, item_id: int) -> int | None:
        return self._pos.get(item_id)

    def has_running_clocks(self) -> bool:
        """True while some clock still runs (the timer must run)."""
        return any(row.colour in LIVE for row in self._rows)

    def counts(self) -> dict[ClockColour, int]:
        result = dict.fromkeys(ClockColour, 0)
        for row in self._rows:
            result[row.colour] += 1
        return result

    # --- internals ----------------------------------------------------------------------

    def _insertion_point(self, row: R) -> int:
        key = row.key()
        for i, other in enumerate(self._rows):
            if key < other.key():
                return i
        return len(self._rows)

    def _in_order(self) -> bool:
        keys = [r.key() for r in self._rows]
        return all(a <= b for a, b in itertools.pairwise(keys))

    def _resort(self) -> None:
        """Reorder rows, keeping the selection and current row on the same items."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._rows[i.row()].item.id for i in old]
        self._rows.sort(key=ClockRow.key)
        self._reindex()
        new = [self.index(self._pos[item_id], i.column()) for item_id, i in zip(old_ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._pos = {row.item.id: i for i, row in enumerate(self._rows)}

    def __repr__(self) -> str:
        counts = {c.name: n for c, n in self.counts().items() if n}
        return f"{type(self).__name__}(rows={len(self._rows)}, {counts})"
