"""The waiting board model on its own: order, colours from stored times, one alarm per visit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.domain.clockstate import ClockColour
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.dto import VisitView
from minwon_desk.ui.visitors.board_model import COLOUR_ROLE, VISIT_ROLE, WaitingBoardModel

START = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def visit(vid: int, arrived: datetime, *, greeted: datetime | None = None,
          timed: bool = True) -> VisitView:
    return VisitView(
        id=vid, visitor_name=f"방문객{vid}", visitor_name_masked=f"방*{vid}", phone="",
        phone_masked="", purpose="문의", officer_id=None, officer_label="", desk="1층 민원안내",
        checked_in_at=arrived,
        greeting_due_at=arrived + timedelta(minutes=3) if timed else None,
        greeting_warn_at=arrived + timedelta(minutes=2) if timed else None,
        greeted_at=greeted, greeted_by="안내원" if greeted else "", checked_out_at=None,
    )


def names(model: WaitingBoardModel) -> list[int]:
    return [model.visit_at(r).id for r in range(model.rowCount())]


def test_order_red_amber_green_then_greeted() -> None:
    clock = Clock()
    clock.now = START + timedelta(minutes=10)
    model = WaitingBoardModel(clock)
    model.set_visits([
        visit(1, START, greeted=START + timedelta(minutes=1)),  # in conversation
        visit(2, clock.now - timedelta(seconds=30)),  # green, 2:30 left
        visit(3, clock.now - timedelta(seconds=150)),  # amber
        visit(4, clock.now - timedelta(minutes=5)),  # red by 2 min
        visit(5, clock.now - timedelta(minutes=9)),  # red by 6 min: most overdue first
        visit(6, clock.now - timedelta(seconds=10)),  # green, 2:50 left
    ])
    assert names(model) == [5, 4, 3, 2, 6, 1]
    assert [model.clock_text_at(r) for r in range(3)] == ["6분 지남", "2분 지남", "30초 남음"]
    assert model.index(0, 0).data(COLOUR_ROLE) is ClockColour.RED
    assert model.index(5, 3).data(VISIT_ROLE).id == 1


def test_untimed_charter_shows_how_long_someone_has_waited() -> None:
    clock = Clock()
    model = WaitingBoardModel(clock)
    model.set_visits([visit(1, START, timed=False)])
    clock.now += timedelta(minutes=4, seconds=5)
    model.tick()
    assert model.colour_at(0) is ClockColour.UNTIMED
    assert model.clock_text_at(0) == "4분 5초째 대기"


def test_already_red_at_start_does_not_ring_but_turning_red_does(qtbot: QtBot) -> None:
    clock = Clock()
    clock.now = START + timedelta(minutes=5)
    model = WaitingBoardModel(clock)
    turned: list[int] = []
    model.turned_red.connect(lambda v: turned.append(v.id))
    model.set_visits([visit(1, START), visit(2, clock.now - timedelta(minutes=2))])
    model.tick()
    assert turned == []
    clock.now += timedelta(minutes=1)
    model.tick()
    clock.now += timedelta(seconds=1)
    model.tick()
    assert turned == [2]


def test_tick_touches_only_the_clock_column_until_a_colour_changes(qtbot: QtBot) -> None:
    clock = Clock()
    model = WaitingBoardModel(clock)
    model.set_visits([visit(1, START), visit(2, START + timedelta(seconds=20))])
    changes: list[tuple[int, int]] = []
    layouts: list[bool] = []
    model.dataChanged.connect(lambda a, b, _roles=(): changes.append((a.column(), b.column())))
    model.layoutChanged.connect(lambda *_: layouts.append(True))
    clock.now += timedelta(seconds=1)
    model.tick()
    assert changes == [(0, 0)] and layouts == []
    clock.now = START + timedelta(minutes=2)  # visit 1 turns amber
    model.tick()
    assert layouts == [True]


def test_selection_follows_the_visit_when_rows_move(qtbot: QtBot) -> None:
    clock = Clock()
    model = WaitingBoardModel(clock)
    model.set_visits([visit(1, START), visit(2, START + timedelta(seconds=30))])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().select(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.upsert(replace(model.visit_at(0), greeted_at=START + timedelta(seconds=40),
                         greeted_by="안내원"))
    assert names(model) == [2, 1]
    [selected] = view.selectionModel().selectedRows()
    assert model.visit_at(selected.row()).id == 2


def test_checked_out_visit_leaves_the_board() -> None:
    clock = Clock()
    model = WaitingBoardModel(clock)
    model.set_visits([visit(1, START), visit(2, START)])
    model.upsert(replace(model.visit_at(0), checked_out_at=START + timedelta(minutes=1)))
    assert model.rowCount() == 1
    model.remove(999)  # unknown: nothing happens
    assert model.rowCount() == 1


def test_clock_text_is_computed_from_stored_times_not_ticks() -> None:
    clock = Clock()
    model = WaitingBoardModel(clock)
    model.set_visits([visit(1, START)])
    clock.now += timedelta(minutes=1, seconds=50)  # no tick in between: nothing was counted
    model.tick()
    assert model.clock_text_at(0) == "1분 10초 남음"
