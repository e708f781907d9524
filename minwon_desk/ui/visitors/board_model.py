"""The waiting board: one row per visitor not yet checked out, with a live greeting clock.

Every clock text is computed from stored timestamps and ``clock()`` (``now - checked_in_at``),
never from a count of ticks, so a restart or a skipped tick cannot drift it. ``tick()`` only
recomputes the clock column of rows still waiting; rows are re-sorted only when some row
changes colour (overdue first), not every second.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt

from minwon_desk.domain.clockstate import ClockColour, greeting_state
from minwon_desk.domain.timeutil import describe_remaining, to_seoul
from minwon_desk.services.dto import VisitView
from minwon_desk.ui.common.clock_rows import CLOCK, ClockRow, ClockRowsModel
from minwon_desk.ui.common.clock_table import COLOUR_ROLE as COLOUR_ROLE  # for the list's readers
from minwon_desk.ui.common.clock_table import LATE, LIVE, MET, RANK, RED, UNTIMED
from minwon_desk.ui.common.table_model import DISPLAY, ITEM_ROLE
from minwon_desk.ui.i18n import translate

VISIT_ROLE = ITEM_ROLE
VISITOR, PHONE, PURPOSE, OFFICER, ARRIVED = range(1, 6)  # after the clock
COLUMN_COUNT = 6
_NEVER = math.inf
_CLOCK_ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def is_pending(visit: VisitView) -> bool:
    """A check-in kept on this desk while the server was away, not sent yet: it is on the
    board (the visitor is waiting) under the negative of its place in the desk's queue."""
    return visit.id < 0


class _Row(ClockRow):
    __slots__ = ()
    item: VisitView

    def __init__(self, visit: VisitView) -> None:
        super().__init__(visit)
        # Within one colour the order never changes with time (it follows fixed instants),
        # so the sort key only needs this and the colour.
        anchor = visit.greeting_due_at or visit.checked_in_at
        if visit.greeted_at is not None:
            anchor = visit.checked_in_at
        self.order = (anchor.timestamp(), visit.id)

    @property
    def visit(self) -> VisitView:
        return self.item

    def __repr__(self) -> str:
        return f"_Row(visit={self.visit.id}, {self.colour.name}, {self.text!r})"


class WaitingBoardModel(ClockRowsModel[_Row]):
    """Rows of :class:`VisitView`; clock text and colour kept per row, refreshed by tick()."""

    alignment = _CLOCK_ALIGN

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        headers = (
            translate("WaitingBoardModel", "대기 시간"), translate("WaitingBoardModel", "방문객"), translate("WaitingBoardModel", "연락처"),
            translate("WaitingBoardModel", "방문 목적"), translate("WaitingBoardModel", "찾는 직원"), translate("WaitingBoardModel", "도착"),
        )
        super().__init__(clock, headers, parent)
        # What to say after the officer of a visitor still waiting ("휴가 중 — 업무대행 …").
        self.officer_note: Callable[[VisitView], str] = lambda _visit: ""

    # --- content ------------------------------------------------------------------------

    def set_visits(self, visits: Sequence[VisitView]) -> None:
        """Replace every row. Clocks already red now are not reported as turning red."""
        self._replace(v for v in visits if _on_board(v))

    def upsert(self, visit: VisitView) -> None:
        """Add or update one visit; a checked-out visit (or one closed as 퇴실 미기록) is
        removed."""
        if not _on_board(visit):
            self.remove(visit.id)
            return
        super().upsert(visit)

    # --- queries ------------------------------------------------------------------------

    def visit_at(self, row: int) -> VisitView:
        return self._rows[row].visit

    def redraw_officers(self) -> None:
        """Someone's absence changed: the officer column says it again."""
        if self._rows:
            self.dataChanged.emit(self.index(0, OFFICER), self.index(len(self._rows) - 1, OFFICER), [DISPLAY])

    # --- internals ----------------------------------------------------------------------

    def _row(self, item: VisitView) -> _Row:
        return _Row(item)

    def _redraw_clocks(self, first: int, last: int) -> None:
        # Every waiting clock moves each second: the whole column, not the rows that changed.
        rows = len(self._rows)
        self.dataChanged.emit(self.index(0, CLOCK), self.index(rows - 1, CLOCK), [DISPLAY])

    def _refresh(self, row: _Row, now: datetime, ts: float) -> None:
        v = row.visit
        colour = greeting_state(now, v.checked_in_at, v.greeting_due_at, v.greeting_warn_at, v.greeted_at)
        row.colour = colour
        row.rank = RANK[colour]
        row.next_at = 0.0 if colour in LIVE else _NEVER  # a waiting clock moves every tick
        if colour is MET or colour is LATE:
            row.text = self._greeted_text(v, colour)
        elif colour is UNTIMED:
            if v.greeted_at is not None:
                row.text = self._greeted_text(v, colour)
            else:
                waited = describe_remaining(now - v.checked_in_at).removesuffix(" 남음")
                row.text = translate("WaitingBoardModel", "{waited}째 대기").format(waited=waited)
        else:
            left = v.greeting_due_at - now  # type: ignore[operator]  # timed: due is set
            if colour is RED and left >= timedelta(0):
                row.text = translate("WaitingBoardModel", "0초 지남")  # the deadline instant itself already counts as missed
            else:
                row.text = describe_remaining(left)
        if is_pending(v):
            row.text = translate("WaitingBoardModel", "전송 대기 · {clock}").format(clock=row.text)

    def _greeted_text(self, v: VisitView, colour: ClockColour) -> str:
        at = to_seoul(v.greeted_at) if v.greeted_at else v.checked_in_at
        who = v.greeted_by or translate("WaitingBoardModel", "직원")
        text = translate("WaitingBoardModel", "응대 중 · {who} {at}부터").format(who=who, at=f"{at:%H:%M}")
        if colour is LATE and v.greeting_due_at is not None:
            late = describe_remaining(v.greeting_due_at - at).removesuffix(" 지남")
            text += translate("WaitingBoardModel", " ({late} 늦음)").format(late=late)
        return text

    def _cell_text(self, v: VisitView, column: int) -> str:
        if column == VISITOR:
            return v.visitor_name_masked
        if column == PHONE:
            return v.phone_masked
        if column == PURPOSE:
            return v.purpose
        if column == OFFICER:
            note = self.officer_note(v) if v.greeted_at is None else ""
            return f"{v.officer_label} · {note}" if note else v.officer_label
        if column == ARRIVED:
            return f"{to_seoul(v.checked_in_at):%H:%M}"
        return ""

    def _tooltip(self, row: _Row, column: int) -> str | None:
        if column not in (CLOCK, ARRIVED):
            return None
        v = row.visit
        lines = [translate("WaitingBoardModel", "도착 {at}").format(at=f"{to_seoul(v.checked_in_at):%H:%M:%S}")]
        if v.greeting_due_at is not None:
            lines.append(translate("WaitingBoardModel", "응대 기한 {at}").format(at=f"{to_seoul(v.greeting_due_at):%H:%M:%S}"))
        lines.append(row.colour.label)
        return "\n".join(lines)


def _on_board(visit: VisitView) -> bool:
    return visit.checked_out_at is None and not visit.checkout_unrecorded
