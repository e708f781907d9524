"""The visitor desk driven as an operator would: type, press Enter, watch the clock, greet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.domain.clockstate import ClockColour
from minwon_desk.services.backend import Backend
from minwon_desk.ui.main_window import MainWindow
from minwon_desk.ui.visitors.board_model import CLOCK, OFFICER, PHONE, PURPOSE, VISITOR

from .conftest import RecordingNotifier, RecordingSound, find
from .keyboard import press, press_enter, type_text


def fill_form(qtbot: QtBot, window: MainWindow, name: str, phone: str, purpose: str,
              officer: str) -> None:
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), name)
    type_text(qtbot, find(window, QLineEdit, "연락처"), phone)
    type_text(qtbot, find(window, QLineEdit, "방문 목적"), purpose)
    combo = find(window, QComboBox, "찾는 직원")
    type_text(qtbot, combo.lineEdit(), officer)


def board_row(window: MainWindow, row: int) -> list[str]:
    model = find(window, QTableView, "대기 방문객 목록").model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_check_in_greet_and_check_out(
    qtbot: QtBot, window: MainWindow, backend: Backend, fake_clock, sound: RecordingSound,
    notifier: RecordingNotifier,
) -> None:
    fill_form(qtbot, window, "홍길동", "010 1234 5678", "사업 신청 문의", "김민준")
    press_enter(qtbot, find(window, QComboBox, "찾는 직원").lineEdit())

    row = board_row(window, 0)
    assert row[VISITOR] == "홍*동"
    assert row[PHONE] == "010-****-5678"
    assert row[PURPOSE] == "사업 신청 문의"
    assert row[OFFICER].startswith("김민준 사무관")
    assert row[CLOCK] == "3분 남음"
    [stored] = backend.visits.list_waiting()
    assert (stored.visitor_name, stored.phone) == ("홍길동", "010-1234-5678")
    # The form is empty again, ready for the next visitor, and says what happened.
    assert find(window, QLineEdit, "방문객 성명").text() == ""
    assert find(window, QComboBox, "찾는 직원").currentText() == ""
    assert "홍*동 님을 접수했습니다" in find(window, QLabel, "접수 알림").text()

    desk = window.visitor_desk
    fake_clock.advance(minutes=2)
    desk.model.tick()
    assert board_row(window, 0)[CLOCK] == "1분 남음"
    assert desk.model.colour_at(0) is ClockColour.AMBER

    fake_clock.advance(minutes=1, seconds=5)
    desk.model.tick()
    assert board_row(window, 0)[CLOCK] == "5초 지남"
    assert desk.model.colour_at(0) is ClockColour.RED
    assert len(sound.played) == 1
    assert notifier.messages == [("응대 기한이 지났습니다", "홍*동 님이 3분 넘게 기다리고 있습니다")]
    fake_clock.advance(seconds=1)
    desk.model.tick()
    assert len(sound.played) == 1 and len(notifier.messages) == 1  # once per visit

    table = find(window, QTableView, "대기 방문객 목록")
    press(qtbot, table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # to the board
    assert table.hasFocus()
    fake_clock.advance(seconds=20)
    press(qtbot, table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)  # 내가 대신 응대 시작
    assert board_row(window, 0)[CLOCK] == "응대 중 · 안내원 10:03부터 (26초 늦음)"
    assert desk.model.colour_at(0) is ClockColour.LATE
    greeted = backend.visits.get(stored.id)
    assert greeted.greeted_at == fake_clock()
    assert greeted.greeted_by == "안내원"
    assert not find(window, QPushButton, "응대 시작").isEnabled()  # cannot greet twice

    press(qtbot, table, Qt.Key.Key_F4)  # 퇴실
    assert desk.model.rowCount() == 0
    assert backend.visits.get(stored.id).checked_out_at == fake_clock()
    assert backend.visits.list_waiting() == []
    assert find(window, QLabel, "대기 요약").text() == "기다리는 방문객이 없습니다."


def test_greeted_in_time_reads_as_in_conversation(
    qtbot: QtBot, window: MainWindow, fake_clock
) -> None:
    fill_form(qtbot, window, "김영희", "", "상담", "")
    press_enter(qtbot, find(window, QLineEdit, "방문 목적"))
    fake_clock.advance(minutes=1, seconds=30)
    desk = window.visitor_desk
    assert desk.select_visit(desk.model.visit_at(0).id)
    find(window, QPushButton, "응대 시작").click()
    assert board_row(window, 0)[CLOCK] == "응대 중 · 안내원 10:01부터"
    assert desk.model.colour_at(0) is ClockColour.MET
    assert not desk.timer.isActive()  # nobody is waiting: the once-a-second timer stops


def test_overdue_visitor_floats_to_the_top_and_keeps_selection(
    qtbot: QtBot, window: MainWindow, fake_clock
) -> None:
    desk = window.visitor_desk
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "김첫째")
    press_enter(qtbot, name)
    fake_clock.advance(minutes=1)
    type_text(qtbot, name, "이둘째")
    press_enter(qtbot, name)
    assert [desk.model.visit_at(r).visitor_name for r in range(2)] == ["김첫째", "이둘째"]

    # The first visitor is greeted; the second one becomes the one to worry about.
    desk.select_visit(desk.model.visit_at(0).id)
    find(window, QTableView, "대기 방문객 목록").setFocus()  # the operator clicked the row
    press(qtbot, find(window, QTableView, "대기 방문객 목록"), Qt.Key.Key_F2)
    assert [desk.model.visit_at(r).visitor_name for r in range(2)] == ["이둘째", "김첫째"]
    assert desk.selected_visit() is not None and desk.selected_visit().visitor_name == "김첫째"

    fake_clock.advance(minutes=3)
    desk.model.tick()
    assert desk.model.colour_at(0) is ClockColour.RED
    assert "응대 기한 넘김 1명" in find(window, QLabel, "대기 요약").text()


def test_board_action_refused_by_the_service_is_explained(
    qtbot: QtBot, window: MainWindow, backend: Backend, actor
) -> None:
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    press_enter(qtbot, name)
    desk = window.visitor_desk
    visit = desk.model.visit_at(0)
    window.bridge.detach()  # as if this desk missed the news: another desk saw them out
    backend.visits.check_out(actor, visit.id)
    desk.select_visit(visit.id)
    desk.confirm = lambda *_args: True  # "응대 없이 퇴실로 기록할까요?" — 예
    find(window, QTableView, "대기 방문객 목록").setFocus()
    press(qtbot, find(window, QTableView, "대기 방문객 목록"), Qt.Key.Key_F4)
    banner = find(window, QLabel, "알림")
    assert banner.isVisible()
    assert "이미" in banner.text() and "나간" in banner.text()
    assert desk.model.rowCount() == 0  # the stale row was re-read and dropped


def test_clock_timer_runs_only_while_someone_waits(
    qtbot: QtBot, window: MainWindow
) -> None:
    desk = window.visitor_desk
    assert not desk.timer.isActive()
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    press_enter(qtbot, name)
    assert desk.timer.isActive()
    desk.select_visit(desk.model.visit_at(0).id)
    desk.confirm = lambda *_args: True  # "응대 없이 퇴실로 기록할까요?" — 예
    find(window, QTableView, "대기 방문객 목록").setFocus()
    press(qtbot, find(window, QTableView, "대기 방문객 목록"), Qt.Key.Key_F4)
    assert not desk.timer.isActive()
