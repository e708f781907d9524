"""Phone memos as a table, each with a live callback clock ("1시간 20분 남음", "35분 지남").

Like the waiting board, every clock text comes from the stored due time and ``clock()``,
never from a count of ticks. Callback clocks run for hours, so most texts change once a
minute: each row remembers the instant its text or colour next changes, and ``tick()``
recomputes only the rows whose instant has come. Rows are re-sorted only when a colour
changes (overdue first, then by time left).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QObject

from minwon_desk.domain.clockstate import ClockColour, clock_state
from minwon_desk.domain.memos import caller_label
from minwon_desk.domain.timeutil import describe_remaining, to_seoul
from minwon_desk.services.dto import MemoView
from minwon_desk.ui.common.clock_rows import CLOCK, ClockRow, ClockRowsModel
from minwon_desk.ui.common.clock_table import AMBER, GREEN, LATE, LIVE, RANK, RED, UNTIMED
from minwon_desk.ui.common.clock_table import COLOUR_ROLE as COLOUR_ROLE  # for the list's readers
from minwon_desk.ui.common.table_model import HORIZONTAL, ITEM_ROLE
from minwon_desk.ui.common.time_words import next_change, short_time, words
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.memos.text import channel_label, gist_preview

MEMO_ROLE = ITEM_ROLE
CALLER, PHONE, GIST, CHANNEL, HOLDER, TAKEN, ATTEMPTS = range(1, 8)  # after the clock
COLUMN_COUNT = 8
_NEVER = math.inf


class _Row(ClockRow):
    __slots__ = ("anchor", "done", "due", "warn")
    item: MemoView

    def __init__(self, memo: MemoView) -> None:
        super().__init__(memo)
        self.due = memo.due_at.timestamp() if memo.due_at is not None else None
        self.warn = memo.warn_at.timestamp() if memo.warn_at is not None else None
        # The clock stops when the caller is answered, or when the memo is closed.
        self.done = memo.met_at or (memo.closed_at if memo.state != "open" else None)
        self.anchor = self.due if self.due is not None else memo.taken_at.timestamp()
        # Within one colour the order never changes with time: running clocks by deadline
        # (longest overdue first), stopped ones newest first.
        if self.done is not None:
            self.order = (-self.done.timestamp(), memo.id)
        else:
            self.order = (self.anchor, memo.id)

    @property
    def memo(self) -> MemoView:
        return self.item

    def __repr__(self) -> str:
        return f"_Row(memo={self.memo.id}, {self.colour.name}, {self.text!r})"


class MemoListModel(ClockRowsModel[_Row]):
    """Rows of :class:`MemoView`, overdue first; clock text and colour kept per row."""

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        headers = (
            translate("MemoListModel", "답신 기한"), translate("MemoListModel", "전화하신 분"), translate("MemoListModel", "연락처"), translate("MemoListModel", "요지"),
            translate("MemoListModel", "회신"), translate("MemoListModel", "담당자"), translate("MemoListModel", "접수"), translate("MemoListModel", "시도"),
        )
        super().__init__(clock, headers, parent)
        # For a promise in working hours: "근무시간 2시간 10분 남음 · 내일 10:27까지" while a
        # night or a weekend lies before the deadline (None: the wall clock says it all).
        self._working: Callable[[datetime, datetime], str | None] | None = None

    def count_working_hours(self, working: Callable[[datetime, datetime], str | None] | None) -> None:
        """Say the working time left (``working(now, due)``) rather than the wall clock's."""
        self._working = working

    # --- content ------------------------------------------------------------------------

    def set_memos(self, memos: Iterable[MemoView]) -> None:
        """Replace every row. Clocks already red now are not reported as turning red."""
        self._replace(memos)

    # --- queries ------------------------------------------------------------------------

    def memo_at(self, row: int) -> MemoView:
        return self._rows[row].memo

    def memo(self, memo_id: int) -> MemoView | None:
        at = self._pos.get(memo_id)
        return self._rows[at].memo if at is not None else None

    def memos(self) -> list[MemoView]:
        return [row.memo for row in self._rows]

    def open_and_overdue(self) -> tuple[int, int]:
        """(clocks still running, of which overdue) as the rows show them now."""
        running = overdue = 0
        for row in self._rows:
            if row.colour in LIVE:
                running += 1
                if row.colour is RED:
                    overdue += 1
        return running, overdue

    def set_column_header(self, column: int, text: str) -> None:
        headers = list(self._headers)
        headers[column] = text
        self._headers = tuple(headers)
        self.headerDataChanged.emit(HORIZONTAL, column, column)

    # --- internals ----------------------------------------------------------------------

    def _row(self, item: MemoView) -> _Row:
        return _Row(item)

    def _refresh(self, row: _Row, now: datetime, ts: float) -> None:
        due = row.due
        if due is not None and row.done is None:
            # A running clock, the case ticks are made of: colour and words from the stored
            # instants as plain numbers (the same rules as clock_state and describe_remaining).
            warn = row.warn
            colour = RED if ts >= due else AMBER if warn is not None and ts >= warn else GREEN
            if colour is not row.colour:
                row.colour = colour
                row.rank = RANK[colour]
            left = round(due - ts, 6)  # whole microseconds, as the datetimes hold them
            said = None
            if colour is RED and left >= 0:
                said = translate("MemoListModel", "0초 지남")  # the deadline instant itself already counts as missed
            elif self._working is not None and left > 0 and row.memo.due_at is not None:
                said = self._working(now, row.memo.due_at)
            row.text = said or words(left)
            upcoming = next_change(due, ts)
            if warn is not None and ts < warn:
                upcoming = min(upcoming, warn)
            if ts < due:
                upcoming = min(upcoming, due)
            row.next_at = upcoming
            return
        m = row.memo
        colour = clock_state(now, m.due_at, m.warn_at, row.done)
        row.colour = colour
        row.rank = RANK[colour]
        if colour is UNTIMED and row.done is None:
            waited = describe_remaining(now - m.taken_at).removesuffix(" 남음")
            row.text = translate("MemoListModel", "기한 없음 · 접수 후 {waited}").format(waited=waited)
            row.next_at = next_change(row.anchor, ts)
            return
        row.text = self._stopped_text(row, colour, now)
        row.next_at = _NEVER

    def _stopped_text(self, row: _Row, colour: ClockColour, now: datetime) -> str:
        m = row.memo
        if m.met_at is not None:
            text = translate("MemoListModel", "답변함 · {at}").format(at=short_time(m.met_at, now))
        else:
            at = m.closed_at or now
            text = translate("MemoListModel", "종결 · {at}").format(at=short_time(at, now))
        if colour is LATE and m.due_at is not None and row.done is not None:
            late = describe_remaining(m.due_at - row.done).removesuffix(" 지남")
            text += translate("MemoListModel", " ({late} 늦음)").format(late=late)
        return text

    def _cell_text(self, m: MemoView, column: int) -> str:
        if column == CALLER:
            return caller_label(m.caller_name_masked, m.caller_org)
        if column == PHONE:
            return m.caller_phone_masked
        if column == GIST:
            return gist_preview(m.gist)
        if column == CHANNEL:
            return channel_label(m.channel)
        if column == HOLDER:
            return m.holder
        if column == TAKEN:
            return short_time(m.taken_at, self._clock())
        if column == ATTEMPTS:
            return str(m.attempts) if m.attempts else ""
        return ""

    def _tooltip(self, row: _Row, column: int) -> str | None:
        if column == GIST:
            return row.memo.gist
        if column != CLOCK:
            return None
        m = row.memo
        lines = [translate("MemoListModel", "접수 {at}").format(at=f"{to_seoul(m.taken_at):%m/%d %H:%M}")]
        if m.warn_at is not None:
            lines.append(translate("MemoListModel", "임박 {at}").format(at=f"{to_seoul(m.warn_at):%m/%d %H:%M}"))
        if m.due_at is not None:
            lines.append(translate("MemoListModel", "답신 기한 {at}").format(at=f"{to_seoul(m.due_at):%m/%d %H:%M}"))
        if m.close_reason:
            lines.append(translate("MemoListModel", "종결 사유: {reason}").format(reason=m.close_reason))
        lines.append(row.colour.label)
        return "\n".join(lines)
