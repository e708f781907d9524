"""One refresh of the memo clocks (the once-a-second tick) with 1,000 open memos."""

from __future__ import annotations

from datetime import datetime, timedelta

from common import Row, median_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from minwon_desk.domain.clockstate import clock_state
from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import SEOUL, describe_remaining
from minwon_desk.services.dto import MemoView
from minwon_desk.ui.memos.model import CLOCK, MemoListModel

COUNT = 1000


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _memos(now: datetime, n: int, spacing: timedelta) -> list[MemoView]:
    memos = []
    for i in range(n):
        # Deadlines from well past to hours ahead: red, amber and green rows.
        due = now - timedelta(minutes=100) + i * spacing
        memos.append(MemoView(
            id=i + 1, number=f"M2026-{i + 1:06d}", taken_at=due - timedelta(hours=3),
            taken_by="안내원", caller_name=f"전화인{i}", caller_name_masked=mask_name(f"전화인{i}"),
            caller_phone="010-1234-5678", caller_phone_masked=mask_phone("010-1234-5678"),
            caller_org="한빛상사", gist="지원사업 정산 서류 제출처 문의", channel="phone",
            address="010-1234-5678", asked_for_id=2, asked_for="김민준 사무관", holder_id=3,
            holder="이서연 주무관", holder_employee_no="T0003", holder_department="창업정책과",
            routed_note="", due_at=due, warn_at=due - timedelta(hours=1), state="open",
            met_at=None, closed_at=None, close_reason="", attempts=i % 3,
        ))
    return memos


def _measure(memos: list[MemoView], clock: _Clock, ticks: int) -> tuple[float, float, float]:
    """(tick, bare dataChanged, tick + repaint) in ms for one model shown in a view."""
    app = QApplication.instance() or QApplication([])
    model = MemoListModel(clock)
    model.set_memos(memos)
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()

    def tick() -> None:
        clock.now += timedelta(seconds=1)
        model.tick()

    def bare_signal() -> None:
        # The floor: telling the view that the clock column of every row changed, no work.
        model.dataChanged.emit(model.index(0, CLOCK), model.index(COUNT - 1, CLOCK),
                               [Qt.ItemDataRole.DisplayRole])

    figure = median_of(tick, ticks)
    floor = median_of(bare_signal, ticks)

    def tick_and_paint() -> None:
        tick()
        view.viewport().repaint()

    painted = median_of(tick_and_paint, max(20, ticks // 10))
    view.close()
    return figure, floor, painted


def bench_memo_clock(ticks: int) -> list[Row]:
    start = datetime(2026, 7, 2, 11, 0, 0, 5000, tzinfo=SEOUL)
    # A busy day: deadlines every 20 seconds, from 100 minutes overdue to 4 hours ahead.
    figure, floor, painted = _measure(_memos(start, COUNT, timedelta(seconds=20)), _Clock(start), ticks)
    # Worst case: every deadline within ten minutes, so every row's seconds change.
    close = _memos(start, COUNT, timedelta(milliseconds=600))
    worst, _floor, _painted = _measure(close, _Clock(start - timedelta(minutes=95)), ticks)

    every_row = [(m.due_at, m.warn_at) for m in _memos(start, COUNT, timedelta(seconds=20))]

    def recompute_all() -> None:
        # What a tick would cost if it recomputed every row's words and colour.
        for due, warn in every_row:
            clock_state(start, due, warn, None)
            describe_remaining(due - start)  # type: ignore[operator]

    naive = median_of(recompute_all, max(20, ticks // 5))
    return [
        Row("memo clocks, 1,000 open (model tick)", figure,
            "dataChanged for the clock column of 1,000 rows, no work", floor, "ms", "≤ 2 ms",
            figure <= 2.0),
        Row("memo clocks, 1,000 due within 10 min", worst,
            "(worst case: every row's seconds change)", None, "ms", "≤ 2 ms", worst <= 2.0),
        Row("memo clocks: words of all 1,000 recomputed", naive,
            "(for reference: what the tick skips)", None, "ms", "—", None),
        Row("memo clocks tick + repaint of the view", painted,
            "(for reference: includes drawing the visible rows offscreen)", None, "ms", "—", None),
    ]

