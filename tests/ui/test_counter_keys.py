"""Keys at the counter act on what the operator is looking at: F2 and F4 on the board's
chosen row only, never moving the choice, asking before a visitor nobody greeted leaves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.main_window import MainWindow
from minwon_desk.ui.visitors.board_model import CLOCK, OFFICER
from tests.support.seed import SmallAgency

from .conftest import WindowFactory, find
from .keyboard import press, press_enter, type_into_focus, type_text
from .test_visitor_desk import board_row, fill_form

CTRL = Qt.KeyboardModifier.ControlModifier


def check_in(qtbot: QtBot, window: MainWindow, name: str, officer: str = "김민준") -> None:
    name_field = find(window, QLineEdit, "방문객 성명")
    press(qtbot, name_field, Qt.Key.Key_N, CTRL)
    fill_form(qtbot, window, name, "010 1234 5678", "상담", officer)
    press_enter(qtbot, find(window, QComboBox, "찾는 직원").lineEdit())
    assert "접수했습니다" in find(window, QLabel, "접수 알림").text()


def answer_question(qtbot: QtBot, answer: Callable[[QMessageBox], None]) -> list[str]:
    """Answer the next question box when it opens (it is modal: the key that opened it
    returns only once it is answered). Returns the question's text, once asked."""
    asked: list[str] = []

    def when_open() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, when_open)
            return
        asked.append(box.text())
        answer(box)

    QTimer.singleShot(0, when_open)
    return asked


def waiting_names(backend: Backend) -> list[str]:
    return sorted(v.visitor_name for v in backend.visits.list_waiting())


def test_f2_and_f4_typed_in_the_form_greet_and_check_out_nobody(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    check_in(qtbot, window, "홍길동")
    board = find(window, QTableView, "대기 방문객 목록")
    press(qtbot, board, Qt.Key.Key_B, CTRL)  # the board, its first row chosen
    assert window.visitor_desk.selected_visit() is not None

    name = find(window, QLineEdit, "방문객 성명")
    press(qtbot, board, Qt.Key.Key_N, CTRL)  # the next visitor's name is being typed
    type_text(qtbot, name, "김영")
    press(qtbot, name, Qt.Key.Key_F2)
    press(qtbot, name, Qt.Key.Key_F4)
    assert [v.greeted_at for v in backend.visits.list_waiting()] == [None]
    assert waiting_names(backend) == ["홍길동"]
    assert name.text() == "김영" and name.hasFocus()
    assert "대기 현황에서" in find(window, QLabel, "접수 알림").text()


def test_after_check_out_nothing_is_chosen_so_a_second_f4_checks_out_nobody(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    check_in(qtbot, window, "홍길동")
    check_in(qtbot, window, "김영희")
    board = find(window, QTableView, "대기 방문객 목록")
    desk = window.visitor_desk
    press(qtbot, board, Qt.Key.Key_B, CTRL)
    first = desk.selected_visit()
    assert first is not None
    press(qtbot, board, Qt.Key.Key_F2)  # greeted
    press(qtbot, board, Qt.Key.Key_F4)  # out, no question: they were greeted
    assert backend.visits.get(first.id).checked_out_at is not None
    assert desk.selected_visit() is None  # the choice did not slide onto the next visitor

    board.setFocus()
    press(qtbot, board, Qt.Key.Key_F4)  # a second F4 by habit
    assert waiting_names(backend) == ["김영희"]  # still waiting: never greeted


def test_f4_on_a_visitor_not_greeted_asks_and_enter_keeps_them(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    check_in(qtbot, window, "홍길동")
    board = find(window, QTableView, "대기 방문객 목록")
    press(qtbot, board, Qt.Key.Key_B, CTRL)
    visit = window.visitor_desk.selected_visit()
    assert visit is not None

    asked = answer_question(qtbot, lambda box: press_enter(qtbot, box))  # Enter: the default
    press(qtbot, board, Qt.Key.Key_F4)
    assert asked and "아직 응대를 시작하지 않았습니다" in asked[0]
    assert backend.visits.get(visit.id).checked_out_at is None
    assert window.visitor_desk.selected_visit() == backend.visits.get(visit.id)
    window.activateWindow()  # the window manager's part once the question closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert board.hasFocus()  # back where the operator was

    asked = answer_question(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    press(qtbot, board, Qt.Key.Key_F4)
    assert asked
    assert backend.visits.get(visit.id).checked_out_at is not None


def _away_with_deputy(backend: Backend, actor: Actor, agency: SmallAgency) -> tuple[int, int]:
    kim, lee = agency.officers[0], agency.officers[1]
    backend.absences.add(
        actor, staff_id=kim.id, kind=AbsenceKind.LEAVE,
        starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL),
        ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL), deputy_id=lee.id,
    )
    return kim.id, lee.id


def test_enter_with_an_officer_away_asks_and_the_board_row_says_who_covers(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    kim, _lee = _away_with_deputy(backend, actor, agency)
    window = make_window(backend)
    fill_form(qtbot, window, "홍길동", "", "상담", "ㄱㅁㅈ")
    officer = find(window, QComboBox, "찾는 직원")
    press_enter(qtbot, officer.lineEdit())
    assert backend.visits.list_waiting() == []  # not sent to an empty desk without a word
    said = find(window, QLabel, "찾는 직원 오류").text()
    assert said.startswith("휴가 중 — 업무대행 이서연")
    assert "F3: 이서연 님에게 접수" in said and "Enter 한 번 더" in said

    press_enter(qtbot, officer.lineEdit())  # the visitor will wait for 김민준 all the same
    [visit] = backend.visits.list_waiting()
    assert visit.officer_id == kim
    officer_cell = board_row(window, 0)[OFFICER]
    assert officer_cell.startswith("김민준") and officer_cell.endswith("· 휴가 중 — 업무대행 이서연")


def test_f3_checks_the_visitor_in_for_the_deputy_in_one_key(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    _kim, lee = _away_with_deputy(backend, actor, agency)
    window = make_window(backend)
    fill_form(qtbot, window, "홍길동", "", "상담", "ㄱㅁㅈ")
    officer = find(window, QComboBox, "찾는 직원")
    press_enter(qtbot, officer.lineEdit())  # told: away
    press(qtbot, officer.lineEdit(), Qt.Key.Key_F3)
    [visit] = backend.visits.list_waiting()
    assert visit.officer_id == lee
    assert "접수했습니다" in find(window, QLabel, "접수 알림").text()
    assert not board_row(window, 0)[OFFICER].endswith("업무대행 이서연")  # 이서연 is in
    name = find(window, QLineEdit, "방문객 성명")
    type_into_focus(qtbot, "김영희")  # the next visitor's name goes where it belongs
    assert name.text() == "김영희"
    assert find(window, QLineEdit, "방문 목적").text() == ""


def test_f2_records_the_officer_listening_and_shift_f2_the_operator_on_their_behalf(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    check_in(qtbot, window, "홍길동")  # for 김민준
    check_in(qtbot, window, "김영희")  # for 김민준 too
    board = find(window, QTableView, "대기 방문객 목록")
    desk = window.visitor_desk
    press(qtbot, board, Qt.Key.Key_B, CTRL)
    first = desk.selected_visit()
    assert first is not None
    press(qtbot, board, Qt.Key.Key_F2)  # 김민준 came to the counter and began listening
    assert backend.visits.get(first.id).greeted_by == "김민준"
    assert "응대 중 · 김민준" in board_row(window, desk.model.row_of(first.id))[CLOCK]

    second = next(v for v in backend.visits.list_waiting() if v.id != first.id)
    desk.select_visit(second.id)
    press(qtbot, board, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)  # the operator listens
    assert backend.visits.get(second.id).greeted_by == "안내원"
