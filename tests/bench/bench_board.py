"""One waiting-board refresh (the once-a-second tick) with 100 waiting visitors."""

from __future__ import annotations

from datetime import datetime, timedelta

from common import Row, median_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.dto import VisitView
from minwon_desk.ui.visitors.board_model import WaitingBoardModel


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _visits(now: datetime, n: int) -> list[VisitView]:
    visits = []
    for i in range(n):
        arrived = now - timedelta(seconds=7 * i)  # spread over green, amber and red
        greeted = arrived + timedelta(seconds=90) if i % 5 == 0 else None
        visits.append(VisitView(
            id=i + 1, visitor_name=f"방문객{i}", visitor_name_masked=mask_name(f"방문객{i}"),
            phone="010-1234-5678", phone_masked=mask_phone("010-1234-5678"),
            purpose="사업 신청 문의", officer_id=1, officer_label="김민준 사무관 (혁신행정담당관)",
            desk="1층 민원안내", checked_in_at=arrived,
            greeting_due_at=arrived + timedelta(minutes=3),
            greeting_warn_at=arrived + timedelta(minutes=2),
            greeted_at=greeted, greeted_by="안내원" if greeted else "", checked_out_at=None,
        ))
    return visits


def bench_board_refresh(ticks: int) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    clock = _Clock(datetime(2026, 7, 2, 10, 30, tzinfo=SEOUL))
    model = WaitingBoardModel(clock)
    model.set_visits(_visits(clock.now, 100))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()

    def tick() -> None:
        clock.now += timedelta(seconds=1)
        model.tick()

    def bare_signal() -> None:
        # The floor: telling the view that one column of 100 rows changed, computing nothing.
        model.dataChanged.emit(model.index(0, 0), model.index(99, 0),
                               [Qt.ItemDataRole.DisplayRole])

    figure = median_of(tick, ticks)
    floor = median_of(bare_signal, ticks)

    def tick_and_paint() -> None:
        tick()
        view.viewport().repaint()

    painted = median_of(tick_and_paint, max(20, ticks // 10))
    view.close()
    return [
        Row("board refresh, 100 waiting (model tick)", figure,
            "dataChanged for one column of 100 rows, no work", floor, "ms", "≤ 2 ms",
            figure <= 2.0),
        Row("board refresh + repaint of the view", painted,
            "(for reference: includes drawing 100 rows offscreen)", None, "ms", "—", None),
    ]
