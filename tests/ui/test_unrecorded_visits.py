"""The board holds today's visitors; yesterday's visits nobody checked out are 퇴실 미기록,
which a supervisor finds and corrects with the keyboard."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget, QTimeEdit
from pytestqt.qtbot import QtBot

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest
from minwon_desk.ui.supervision.unrecorded_visits import UnrecordedVisitsDialog
from minwon_desk.ui.visitors.board_model import VISITOR
from tests.support.seed import actor_for

from .conftest import WindowFactory, find
from .keyboard import press, press_enter

WEDNESDAY = datetime(2026, 7, 1, 15, 0, tzinfo=SEOUL)
THURSDAY = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)


def _yesterday_and_today(backend: Backend, fake_clock) -> tuple[int, int, int]:
    operator = actor_for(backend, backend.staff.by_employee_no("T0001"))
    fake_clock.set(WEDNESDAY)
    greeted = backend.visits.check_in(operator, CheckInRequest("김영희")).id
    fake_clock.advance(minutes=1)
    backend.visits.greet(operator, greeted)
    fake_clock.advance(minutes=4)
    forgotten = backend.visits.check_in(operator, CheckInRequest("박철수")).id
    fake_clock.set(THURSDAY)
    today = backend.visits.check_in(operator, CheckInRequest("이민수")).id
    return greeted, forgotten, today


def test_the_board_shows_today_and_a_supervisor_corrects_yesterdays_by_keyboard(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, fake_clock
) -> None:
    greeted, forgotten, today = _yesterday_and_today(backend, fake_clock)
    window = make_window(backend)
    board = find(window, QTableView, "대기 방문객 목록").model()
    assert [board.index(r, VISITOR).data() for r in range(board.rowCount())] == ["이*수"]

    press(qtbot, window, Qt.Key.Key_U,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.visitor_desk.unrecorded_dialog is not None)
    dialog = window.visitor_desk.unrecorded_dialog
    assert isinstance(dialog, UnrecordedVisitsDialog)
    qtbot.waitUntil(dialog.isVisible)
    table = find(dialog, QTableWidget, "퇴실 미기록 방문 목록")
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [
        ("2026-07-01(수)", "15:05", "박*수", "응대 기록 없음", "퇴실 미기록"),
        ("2026-07-01(수)", "15:00", "김*희", "15:01", "퇴실 미기록"),
    ]
    assert "2건" in dialog.summary.text()

    # Down to 김영희, Tab to the time, type when she left, Enter.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    press(qtbot, table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    time_edit = find(dialog, QTimeEdit, "실제 퇴실 시각")
    assert QApplication.focusWidget() is time_edit
    qtbot.keyClicks(time_edit, "15:40")
    press_enter(qtbot, time_edit)

    assert backend.visits.get(greeted).checked_out_at == datetime(2026, 7, 1, 15, 40, tzinfo=SEOUL)
    assert not backend.visits.get(greeted).checkout_unrecorded
    assert "15:40" in dialog.message.text() and "정정했습니다" in dialog.message.text()
    assert table.rowCount() == 1 and table.item(0, 2).text() == "박*수"

    # A time before the visitor came is refused where it was typed; nothing changes.
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    time_edit.setTime(time_edit.time().fromString("14:00", "HH:mm"))
    press_enter(qtbot, time_edit)
    assert "접수한 시각" in dialog.message.text()
    assert backend.visits.get(forgotten).checkout_unrecorded
    press(qtbot, time_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Today's visitor is untouched and still on the board.
    assert [board.index(r, VISITOR).data() for r in range(board.rowCount())] == ["이*수"]
    assert backend.visits.get(today).checked_out_at is None


def test_the_reception_desk_sees_the_entry_disabled_with_the_reason(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, fake_clock
) -> None:
    from minwon_desk.domain.roles import Operation, Role, refusal

    from .conftest import desk_account

    _yesterday_and_today(backend, fake_clock)
    desk_account(backend, [Role.RECEPTION, Role.ADMIN])  # the last administrator stays
    window = make_window(backend)
    action = window.visitor_desk.unrecorded_action
    assert not action.isEnabled()
    assert action.toolTip() == refusal(Operation.VISIT_CORRECT)
    assert "감독" in action.toolTip() and "부서장" in action.toolTip()
    press(qtbot, window, Qt.Key.Key_U,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.visitor_desk.unrecorded_dialog is None
