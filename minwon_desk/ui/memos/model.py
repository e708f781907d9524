"""Phone memos as a table, each with a live callback clock ("1시간 20분 남음", "35분 지남").

Like the waiting board, every clock text comes from the stored due time and ``clock()``,
never from a count of ticks. Callback clocks run for hours, so most texts change once a
minute: each row remembers the instant its text or colour next changes, and ``tick()``
recomputes only the rows whose instant has come. Rows are re-sorted only when a colour
changes (overdue first, then by time left).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QFont

from minwon_desk.domain.clockstate import ClockColour, clock_state
from minwon_desk.domain.timeutil import describe_remaining, to_seoul
from minwon_desk.services.dto import MemoView
from minwon_desk.ui.common.clock_table import (
    ACCESSIBLE_TEXT,
    AMBER,
    BACKGROUND,
    COLOUR_ROLE,
    DISPLAY,
    FILL,
    FONT,
    FOREGROUND,
    GREEN,
    HORIZONTAL,
    ITEM_ROLE,
    LATE,
    LIVE,
    RANK,
    RED,
    TEXT,
    TOOLTIP,
    UNTIMED,
    ClockTableModel,
)
from minwon_desk.ui.common.time_words import next_change, short_time, words
from minwon_desk.ui.memos.text import channel_label, gist_preview

MEMO_ROLE = ITEM_ROLE
CLOCK, CALLER, PHONE, GIST, CHANNEL, HOLDER, TAKEN, ATTEMPTS = range(8)
COLUMN_COUNT = 8
_NEVER = math.inf


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemoListModel", text)


class _Row:
    __slots__ = (
        "anchor", "colour", "done", "due", "memo", "next_at", "order", "rank", "text", "warn",
    )

    def __init__(self, memo: MemoView) -> None:
        self.memo = memo
        self.colour = UNTIMED
        self.rank = RANK[UNTIMED]
        self.text = ""
        self.next_at = 0.0  # epoch seconds when text or colour may change; inf: never
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

    def key(self) -> tuple[int, float, int]:
        return (self.rank, *self.order)

    def __repr__(self) -> str:
        return f"_Row(memo={self.memo.id}, {self.colour.name}, {self.text!r})"


class MemoListModel(ClockTableModel):
    """Rows of :class:`MemoView`, overdue first; clock text and colour kept per row."""

    turned_red = Signal(object)  # MemoView whose callback clock went red during this run

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[_Row] = []
        self._pos: dict[int, int] = {}
        self._headers: tuple[str, ...] = (
            _tr("답신 기한"), _tr("전화하신 분"), _tr("연락처"), _tr("요지"),
            _tr("회신"), _tr("담당자"), _tr("접수"), _tr("시도"),
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
            return self._cell_text(row.memo, column)
        if role == BACKGROUND:
            return FILL[row.colour]
        if role == FOREGROUND:
            return TEXT
        if role == FONT:
            return self._bold if column == CLOCK and row.colour in LIVE else None
        if role == TOOLTIP:
            if column == CLOCK:
                return self._clock_tooltip(row)
            if column == GIST:
                return row.memo.gist
            return None
        if role == MEMO_ROLE:
            return row.memo
        if role == COLOUR_ROLE:
            return row.colour
        return None

    # --- content ------------------------------------------------------------------------

    def set_memos(self, memos: Iterable[MemoView]) -> None:
        """Replace every row. Clocks already red now are not reported as turning red."""
        self.beginResetModel()
        now = self._clock()
        ts = now.timestamp()
        rows = [_Row(m) for m in memos]
        for row in rows:
            self._refresh(row, now, ts)
        rows.sort(key=_Row.key)
        self._rows = rows
        self._reindex()
        self.endResetModel()

    def upsert(self, memo: MemoView) -> None:
        """Add or update one memo, keeping the order."""
        row = _Row(memo)
        now = self._clock()
        self._refresh(row, now, now.timestamp())
        at = self._pos.get(memo.id)
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

    def remove(self, memo_id: int) -> bool:
        at = self._pos.get(memo_id)
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
        turned: list[MemoView] = []
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
                    turned.append(row.memo)
            if row.text != before_text:
                if first < 0:
                    first = i
                last = i
        if recoloured:
            self._resort()
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
        elif first >= 0:
            self.dataChanged.emit(self.index(first, CLOCK), self.index(last, CLOCK), [DISPLAY])
        for memo in turned:
            self.turned_red.emit(memo)

    # --- queries ------------------------------------------------------------------------

    def memo_at(self, row: int) -> MemoView:
        return self._rows[row].memo

    def colour_at(self, row: int) -> ClockColour:
        return self._rows[row].colour

    def clock_text_at(self, row: int) -> str:
        return self._rows[row].text

    def row_of(self, memo_id: int) -> int | None:
        return self._pos.get(memo_id)

    def memo(self, memo_id: int) -> MemoView | None:
        at = self._pos.get(memo_id)
        return self._rows[at].memo if at is not None else None

    def memos(self) -> list[MemoView]:
        return [row.memo for row in self._rows]

    def has_running_clocks(self) -> bool:
        """True while some clock still runs (the timer must run)."""
        return any(row.colour in LIVE for row in self._rows)

    def counts(self) -> dict[ClockColour, int]:
        result = dict.fromkeys(ClockColour, 0)
        for row in self._rows:
            result[row.colour] += 1
        return result

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
            if colour is RED and left >= 0:
                row.text = _tr("0초 지남")  # the deadline instant itself already counts as missed
            else:
                row.text = words(left)
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
            row.text = _tr("기한 없음 · 접수 후 {waited}").format(waited=waited)
            row.next_at = next_change(row.anchor, ts)
            return
        row.text = self._stopped_text(row, colour, now)
        row.next_at = _NEVER

    def _stopped_text(self, row: _Row, colour: ClockColour, now: datetime) -> str:
        m = row.memo
        if m.met_at is not None:
            text = _tr("답변함 · {at}").format(at=short_time(m.met_at, now))
        else:
            at = m.closed_at or now
            text = _tr("종결 · {at}").format(at=short_time(at, now))
        if colour is LATE and m.due_at is not None and row.done is not None:
            late = describe_remaining(m.due_at - row.done).removesuffix(" 지남")
            text += _tr(" ({late} 늦음)").format(late=late)
        return text

    def _cell_text(self, m: MemoView, column: int) -> str:
        if column == CALLER:
            return f"{m.caller_name_masked} ({m.caller_org})" if m.caller_org else m.caller_name_masked
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

    def _clock_tooltip(self, row: _Row) -> str:
        m = row.memo
        lines = [_tr("접수 {at}").format(at=f"{to_seoul(m.taken_at):%m/%d %H:%M}")]
        if m.warn_at is not None:
            lines.append(_tr("임박 {at}").format(at=f"{to_seoul(m.warn_at):%m/%d %H:%M}"))
        if m.due_at is not None:
            lines.append(_tr("답신 기한 {at}").format(at=f"{to_seoul(m.due_at):%m/%d %H:%M}"))
        if m.close_reason:
            lines.append(_tr("종결 사유: {reason}").format(reason=m.close_reason))
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
        """Reorder rows, keeping the selection and current row on the same memos."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._rows[i.row()].memo.id for i in old]
        self._rows.sort(key=_Row.key)
        self._reindex()
        new = [self.index(self._pos[mid], i.column()) for mid, i in zip(old_ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._pos = {row.memo.id: i for i, row in enumerate(self._rows)}

    def __repr__(self) -> str:
        counts = {c.name: n for c, n in self.counts().items() if n}
        return f"MemoListModel(rows={len(self._rows)}, {counts})"

