"""The waiting board: one row per visitor not yet checked out, with a live greeting clock.

Every clock text is computed from stored timestamps and ``clock()`` (``now - checked_in_at``),
never from a count of ticks, so a restart or a skipped tick cannot drift it. ``tick()`` only
recomputes the clock column of rows still waiting; rows are re-sorted only when some row
changes colour (overdue first), not every second.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from minwon_desk.domain.clockstate import ClockColour, greeting_state
from minwon_desk.domain.timeutil import describe_remaining, to_seoul
from minwon_desk.services.dto import VisitView
from minwon_desk.ui.common.clock_table import (
    ACCESSIBLE_TEXT,
    ALIGN,
    BACKGROUND,
    COLOUR_ROLE,
    DISPLAY,
    FILL,
    FONT,
    FOREGROUND,
    ITEM_ROLE,
    LATE,
    LIVE,
    MET,
    RANK,
    RED,
    TEXT,
    TOOLTIP,
    UNTIMED,
    ClockTableModel,
)

VISIT_ROLE = ITEM_ROLE
CLOCK, VISITOR, PHONE, PURPOSE, OFFICER, ARRIVED = range(6)
COLUMN_COUNT = 6
_CLOCK_ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WaitingBoardModel", text)


class _Row:
    __slots__ = ("colour", "order", "text", "visit")

    def __init__(self, visit: VisitView) -> None:
        self.visit = visit
        self.colour = UNTIMED
        self.text = ""
        # Within one colour the order never changes with time (it follows fixed instants),
        # so the sort key only needs this and the colour.
        anchor = visit.greeting_due_at or visit.checked_in_at
        if visit.greeted_at is not None:
            anchor = visit.checked_in_at
        self.order = (anchor.timestamp(), visit.id)

    def key(self) -> tuple[int, float, int]:
        return (RANK[self.colour], *self.order)

    def __repr__(self) -> str:
        return f"_Row(visit={self.visit.id}, {self.colour.name}, {self.text!r})"


class WaitingBoardModel(ClockTableModel):
    """Rows of :class:`VisitView`; clock text and colour kept per row, refreshed by tick()."""

    turned_red = Signal(object)  # VisitView whose greeting clock went red during this run

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[_Row] = []
        self._pos: dict[int, int] = {}
        self._headers = (
            _tr("대기 시간"), _tr("방문객"), _tr("연락처"),
            _tr("방문 목적"), _tr("찾는 직원"), _tr("도착"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    # --- Qt model interface -------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        row = self._rows[index.row()]
        column = index.column()
        if role in (DISPLAY, ACCESSIBLE_TEXT):
            if column == CLOCK:
                return row.text
            return self._cell_text(row.visit, column)
        if role == BACKGROUND:
            return FILL[row.colour]
        if role == FOREGROUND:
            return TEXT
        if role == FONT:
            # Running clocks stand out; a visitor already listened to does not need to.
            return self._bold if column == CLOCK and row.colour in LIVE else None
        if role == TOOLTIP:
            return self._tooltip(row) if column in (CLOCK, ARRIVED) else None
        if role == ALIGN:
            return _CLOCK_ALIGN
        if role == VISIT_ROLE:
            return row.visit
        if role == COLOUR_ROLE:
            return row.colour
        return None

    # --- content ------------------------------------------------------------------------

    def set_visits(self, visits: Sequence[VisitView]) -> None:
        """Replace every row. Clocks already red now are not reported as turning red."""
        self.beginResetModel()
        now = self._clock()
        rows = [_Row(v) for v in visits if v.checked_out_at is None]
        for row in rows:
            self._refresh(row, now)
        rows.sort(key=_Row.key)
        self._rows = rows
        self._reindex()
        self.endResetModel()

    def upsert(self, visit: VisitView) -> None:
        """Add or update one visit; a checked-out visit is removed."""
        if visit.checked_out_at is not None:
            self.remove(visit.id)
            return
        row = _Row(visit)
        self._refresh(row, self._clock())
        at = self._pos.get(visit.id)
        if at is None:
            place = self._insertion_point(row)
            self.beginInsertRows(QModelIndex(), place, place)
            self._rows.insert(place, row)
            self._reindex()
            self.endInsertRows()
            return
        self._rows[at] = row
        if self._in_order():
            self.dataChanged.emit(self.index(at, 0), self.index(at, COLUMN_COUNT - 1))
        else:
            self._resort()

    def remove(self, visit_id: int) -> None:
        at = self._pos.get(visit_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._reindex()
        self.endRemoveRows()

    def tick(self) -> None:
        """Recompute the clock of every waiting row from ``clock()``; cheap, once a second."""
        rows = self._rows
        if not rows:
            return
        now = self._clock()
        turned: list[VisitView] = []
        recoloured = False
        refresh = self._refresh
        for row in rows:
            if row.colour in LIVE:
                before = row.colour
                refresh(row, now)
                if row.colour is not before:
                    recoloured = True
                    if row.colour is RED:
                        turned.append(row.visit)
        if recoloured:
            self._resort()
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
        else:
            self.dataChanged.emit(self.index(0, CLOCK), self.index(len(rows) - 1, CLOCK), [DISPLAY])
        for visit in turned:
            self.turned_red.emit(visit)

    # --- queries ------------------------------------------------------------------------

    def visit_at(self, row: int) -> VisitView:
        return self._rows[row].visit

    def colour_at(self, row: int) -> ClockColour:
        return self._rows[row].colour

    def clock_text_at(self, row: int) -> str:
        return self._rows[row].text

    def row_of(self, visit_id: int) -> int | None:
        return self._pos.get(visit_id)

    def has_running_clocks(self) -> bool:
        """True while some visitor is still waiting to be greeted (the timer must run)."""
        return any(row.colour in LIVE for row in self._rows)

    def counts(self) -> dict[ClockColour, int]:
        result = dict.fromkeys(ClockColour, 0)
        for row in self._rows:
            result[row.colour] += 1
        return result

    # --- internals ----------------------------------------------------------------------

    def _refresh(self, row: _Row, now: datetime) -> None:
        v = row.visit
        colour = greeting_state(now, v.checked_in_at, v.greeting_due_at, v.greeting_warn_at, v.greeted_at)
        row.colour = colour
        if colour is MET or colour is LATE:
            row.text = self._greeted_text(v, colour)
        elif colour is UNTIMED:
            if v.greeted_at is not None:
                row.text = self._greeted_text(v, colour)
            else:
                waited = describe_remaining(now - v.checked_in_at).removesuffix(" 남음")
                row.text = _tr("{waited}째 대기").format(waited=waited)
        else:
            left = v.greeting_due_at - now  # type: ignore[operator]  # timed: due is set
            if colour is RED and left >= timedelta(0):
                row.text = _tr("0초 지남")  # the deadline instant itself already counts as missed
            else:
                row.text = describe_remaining(left)

    def _greeted_text(self, v: VisitView, colour: ClockColour) -> str:
        at = to_seoul(v.greeted_at) if v.greeted_at else v.checked_in_at
        who = v.greeted_by or _tr("직원")
        text = _tr("응대 중 · {who} {at}부터").format(who=who, at=f"{at:%H:%M}")
        if colour is LATE and v.greeting_due_at is not None:
            late = describe_remaining(v.greeting_due_at - at).removesuffix(" 지남")
            text += _tr(" ({late} 늦음)").format(late=late)
        return text

    def _cell_text(self, v: VisitView, column: int) -> str:
        if column == VISITOR:
            return v.visitor_name_masked
        if column == PHONE:
            return v.phone_masked
        if column == PURPOSE:
            return v.purpose
        if column == OFFICER:
            return v.officer_label
        if column == ARRIVED:
            return f"{to_seoul(v.checked_in_at):%H:%M}"
        return ""

    def _tooltip(self, row: _Row) -> str:
        v = row.visit
        lines = [_tr("도착 {at}").format(at=f"{to_seoul(v.checked_in_at):%H:%M:%S}")]
        if v.greeting_due_at is not None:
            lines.append(_tr("응대 기한 {at}").format(at=f"{to_seoul(v.greeting_due_at):%H:%M:%S}"))
        lines.append(row.colour.label_ko)
        return "\n".join(lines)

    def _insertion_point(self, row: _Row) -> int:
        key = row.key()
        for i, other in enumerate(self._rows):
            if key < other.key():
                return i
        return len(self._rows)

    def _in_order(self) -> bool:
        keys = [r.key() for r in self._rows]
        return all(a <= b for a, b in itertools.pairwise(keys))

    def _resort(self) -> None:
        """Reorder rows, keeping the selection and current row on the same visits."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._rows[i.row()].visit.id for i in old]
        self._rows.sort(key=_Row.key)
        self._reindex()
        new = [self.index(self._pos[vid], i.column()) for vid, i in zip(old_ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._pos = {row.visit.id: i for i, row in enumerate(self._rows)}

    def __repr__(self) -> str:
        counts = {c.name: n for c, n in self.counts().items() if n}
        return f"WaitingBoardModel(rows={len(self._rows)}, {counts})"
