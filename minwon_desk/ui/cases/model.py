"""Cases as a table: number, type, subject, petitioner (masked), officer, deadline, the time
left in words and the state (기한 내, 임박, 기한 지남, 연장됨, 보완 대기, 처리 완료).

Built for a year of cases (50,000 rows): the model keeps the views the service returned
in one list and the shown ones in another (same objects, no per-row wrappers). Texts,
colours and states are worked out when a visible cell is drawn; a case's state is kept
for the current tick only, so the once-a-second tick costs the visible rows, never the
list. Filtering by state and sorting by a column happen here, on the loaded views — a
proxy model over 50,000 rows would call back into Python per row.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.clockstate import ClockColour
from minwon_desk.services.cases.dto import CaseView
from minwon_desk.ui.cases._columns import (
    CLOCK_COLUMNS,
    COLUMN_COUNT,
    DUE,
    FLAG,
    LEFT,
    STATUS,
    SUBJECT,
    cell_text,
    headers,
    sort_key,
)
from minwon_desk.ui.cases.text import (
    clock_key,
    clock_tooltip,
    status_of,
)
from minwon_desk.ui.common.clock_table import (
    AMBER,
    COLOUR_ROLE,
    FILL,
    GREEN,
    LATE,
    MET,
    RED,
    TEXT,
    UNTIMED,
)
from minwon_desk.ui.common.table_model import (
    ACCESSIBLE_TEXT,
    BACKGROUND,
    DISPLAY,
    FONT,
    FOREGROUND,
    ITEM_ROLE,
    TOOLTIP,
    RowsTableModel,
)

CASE_ROLE = ITEM_ROLE
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

ON_TIME, WARNING, OVERDUE = CaseStatus.ON_TIME, CaseStatus.WARNING, CaseStatus.OVERDUE
EXTENDED, PAUSED, DONE = CaseStatus.EXTENDED, CaseStatus.PAUSED, CaseStatus.DONE
# The state's place in the shared colour language (paused clocks are neither running
# nor finished: grey).
COLOUR: dict[CaseStatus, ClockColour] = {
    ON_TIME: GREEN, EXTENDED: GREEN, WARNING: AMBER, OVERDUE: RED, PAUSED: UNTIMED, DONE: MET,
}
PAUSED_FILL = QBrush(QColor("#e2e4e8"))
FLAG_TEXT = QBrush(QColor("#8c1d18"))


def _answered(case: CaseView) -> bool:
    return case.answered_at is not None


class CaseListModel(RowsTableModel):
    """Rows of :class:`CaseView` in clock order (or a column's order), narrowed in memory
    by state and by "통지 없이 기한 지남"."""

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        self._all: list[CaseView] = []  # everything loaded, in clock order
        self._rows: list[CaseView] = []  # shown: filtered, then in the chosen order
        self._status: CaseStatus | None = None
        self._late_only = False
        self._include_done = True
        self._sort_column = -1  # -1: clock order
        self._descending = False
        self._states: dict[int, CaseStatus] = {}  # case id → state, for this tick only
        self._pos: dict[int, int] | None = None  # case id → shown row, built when asked
        self._next_count = 0.0  # epoch seconds when the counts may change
        self._counts: dict[CaseStatus, int] = dict.fromkeys(CaseStatus, 0)
        self._headers = headers()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- Qt model interface -------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        case = self._rows[index.row()]
        column = index.column()
        if role in (DISPLAY, ACCESSIBLE_TEXT):
            return self._text(case, column)
        if role == BACKGROUND:
            if column in (LEFT, STATUS):
                return self._fill(case)
            if column == FLAG and case.answered_at is None and case.late(self._now):
                return FILL[RED]
            return None
        if role == FOREGROUND:
            if column == FLAG:
                return FLAG_TEXT
            return TEXT if column in (LEFT, STATUS) else None
        if role == FONT:
            if column == LEFT and case.answered_at is None and case.paused_at is None:
                return self._bold
            if column == STATUS and self.status(case) is EXTENDED:
                return self._italic
            return self._bold if column == FLAG else None
        if role == TOOLTIP:
            if column in CLOCK_COLUMNS or column == DUE:
                return clock_tooltip(case, self.status(case))
            if column == SUBJECT:
                return case.subject
            return None
        if role == CASE_ROLE:
            return case
        if role == STATUS_ROLE:
            return self.status(case)
        if role == COLOUR_ROLE:
            return self._colour(case)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the shown rows by a column (-1: back to clock order); keeps the selection."""
        self._sort_column = column if 0 <= column < COLUMN_COUNT else -1
        self._descending = order == Qt.SortOrder.DescendingOrder and self._sort_column >= 0
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in old]
        self._order(self._rows)
        self._pos = None
        new = [self.index(self.row_of(cid) or 0, i.column()) for cid, i in zip(ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- content ------------------------------------------------------------------------

    def set_cases(self, cases: Iterable[CaseView]) -> None:
        """Replace every loaded case. The service lists them in clock order already; the
        sort keeps the list true to that order whoever calls (one pass when it is)."""
        self._all = sorted(cases, key=clock_key)
        self._now = self._clock()
        self._recount()
        self._refilter()

    def add_cases(self, cases: Iterable[CaseView]) -> None:
        """Add cases read later (the answered ones); a case already here is kept as it is,
        since a change event may have brought a newer state meanwhile."""
        known = {c.id for c in self._all}
        fresh = [c for c in cases if c.id not in known]
        if not fresh:
            return
        self._all.extend(fresh)
        self._all.sort(key=clock_key)  # nearly sorted already: one linear pass
        self._now = self._clock()
        self._recount()
        self._refilter()

    def set_filter(
        self, status: CaseStatus | None, late_only: bool = False, include_done: bool = True
    ) -> None:
        """Show only cases in ``status`` (None: every state), only the late ones, or only
        those still being handled (``include_done`` False)."""
        self._status, self._late_only, self._include_done = status, late_only, include_done
        self._refilter()

    def upsert(self, case: CaseView) -> None:
        """Put one case's new state in place (a change event, this desk's own action).

        A shown case stays shown with its new state even when the state filter would
        leave it out (answered under "처리 중"): a row does not vanish under the desk's
        eyes; the next filter change settles it. A case not shown joins when it fits."""
        self._now = self._clock()
        self._states.pop(case.id, None)
        for i, old in enumerate(self._all):
            if old.id == case.id:
                del self._all[i]
                break
        bisect.insort(self._all, case, key=clock_key)
        self._recount()
        at = self.row_of(case.id)
        if at is None:
            if not self._allows(case):
                return
            place = self._place(case)
            self.beginInsertRows(QModelIndex(), place, place)
            self._rows.insert(place, case)
            self._pos = None
            self.endInsertRows()
            return
        del self._rows[at]
        place = self._place(case)
        if place != at:
            # Moved, not removed and inserted: the selection stays on the case.
            self._rows.insert(at, case)
            self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), place if place < at else place + 1)
            del self._rows[at]
            self._rows.insert(place, case)
            self._pos = None
            self.endMoveRows()
        else:
            self._rows.insert(at, case)
        self.dataChanged.emit(self.index(place, 0), self.index(place, COLUMN_COUNT - 1))

    def remove(self, case_id: int) -> bool:
        self._all = [c for c in self._all if c.id != case_id]
        self._recount()
        at = self.row_of(case_id)
        if at is None:
            return False
        self._remove_row(at)
        return True

    def tick(self) -> bool:
        """A new second: clock texts are read afresh as the view draws them. Returns True
        when the counts of 임박 / 기한 지남 changed."""
        self._now = self._clock()
        self._states.clear()
        if self._rows:
            first, last = CLOCK_COLUMNS[0], CLOCK_COLUMNS[-1]
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))
        if self._now.timestamp() >= self._next_count:
            before = dict(self._counts)
            self._recount()
            return self._counts != before
        return False

    # --- queries ------------------------------------------------------------------------

    def case_at(self, row: int) -> CaseView:
        return self._rows[row]

    def row_of(self, case_id: int) -> int | None:
        if self._pos is None:
            self._pos = {c.id: i for i, c in enumerate(self._rows)}
        return self._pos.get(case_id)

    def case(self, case_id: int) -> CaseView | None:
        at = self.row_of(case_id)
        return self._rows[at] if at is not None else None

    def cases(self) -> list[CaseView]:
        """The shown cases, in order."""
        return list(self._rows)

    def loaded(self) -> int:
        return len(self._all)

    def status(self, case: CaseView) -> CaseStatus:
        """The case's state at this tick (worked out once per tick)."""
        found = self._states.get(case.id)
        if found is None:
            found = self._states[case.id] = status_of(case, self._now)
        return found

    def text_at(self, row: int, column: int) -> str:
        return self._text(self._rows[row], column)

    def counts(self) -> dict[CaseStatus, int]:
        """Loaded cases by state, as of the last tick."""
        return dict(self._counts)

    def has_running_clocks(self) -> bool:
        counts = self._counts
        return bool(counts[ON_TIME] or counts[WARNING] or counts[OVERDUE] or counts[EXTENDED])

    def now(self) -> datetime:
        return self._now

    # --- internals ----------------------------------------------------------------------

    def _refilter(self) -> None:
        self.beginResetModel()
        self._now = self._clock()
        self._states.clear()
        now, status = self._now, self._status
        # ``_all`` is in clock order: the open cases first, the answered ones after them.
        cases = self._all
        end = bisect.bisect_left(cases, True, key=_answered)
        if status is None:
            rows = list(cases) if self._include_done else cases[:end]
        elif status is DONE:
            rows = cases[end:]
        elif status is PAUSED:
            rows = [c for c in cases[:end] if c.paused_at is not None]
        else:
            # Time decides these: each open case's state once, for this change.
            rows = [c for c in cases[:end] if c.status(now) is status]
        if self._late_only:
            rows = [c for c in rows if c.late(now)]
        if self._sort_column >= 0:
            self._order(rows)  # in clock order already otherwise: a subset of ``_all``
        self._rows = rows
        self._pos = None
        self.endResetModel()

    def _allows(self, case: CaseView) -> bool:
        if not self._include_done and case.answered_at is not None:
            return False
        if self._status is not None and status_of(case, self._now) is not self._status:
            return False
        return not self._late_only or case.late(self._now)

    def _order(self, rows: list[CaseView]) -> None:
        column = self._sort_column
        if column < 0:
            rows.sort(key=clock_key)
            return
        rows.sort(key=sort_key(column, self._now), reverse=self._descending)

    def _place(self, case: CaseView) -> int:
        """Where ``case`` goes among the shown rows."""
        if self._sort_column < 0:
            return bisect.bisect_left(self._rows, clock_key(case), key=clock_key)
        key = sort_key(self._sort_column, self._now)
        mine = key(case)
        for i, other in enumerate(self._rows):
            theirs = key(other)
            if (theirs < mine) if self._descending else (mine < theirs):
                return i
        return len(self._rows)

    def _remove_row(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._pos = None
        self.endRemoveRows()

    def _recount(self) -> None:
        """States of the loaded cases, and the next instant one of them changes colour.

        ``_all`` is in clock order, answered cases last: the loop stops at the first
        answered one, so it costs the open cases, not the year's register."""
        now = self._now
        cases = self._all
        counts = dict.fromkeys(CaseStatus, 0)
        upcoming: datetime | None = None
        for i, case in enumerate(cases):
            if case.answered_at is not None:
                counts[DONE] = len(cases) - i
                break
            counts[case.status(now)] += 1
            if case.paused_at is None:
                warn = case.warn_at
                turn = warn if warn is not None and warn > now else case.due_at
                if turn > now and (upcoming is None or turn < upcoming):
                    upcoming = turn
        self._counts = counts
        self._next_count = upcoming.timestamp() if upcoming is not None else float("inf")

    def _text(self, case: CaseView, column: int) -> str:
        return cell_text(case, column, self._now, self.status)

    def _colour(self, case: CaseView) -> ClockColour:
        status = self.status(case)
        if status is DONE and case.answered_at is not None and case.answered_at > case.due_at:
            return LATE
        return COLOUR[status]

    def _fill(self, case: CaseView) -> QBrush:
        status = self.status(case)
        if status is PAUSED:
            return PAUSED_FILL
        return FILL[self._colour(case)]

    def __repr__(self) -> str:
        return f"CaseListModel(shown={len(self._rows)}, loaded={len(self._all)}, status={self._status})"

