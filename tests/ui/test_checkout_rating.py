"""The one-tap rating after check-out: keys 1–5 or a click, again to change, Esc or just
carrying on to skip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.ui.main_window import MainWindow

from .conftest import find
from .keyboard import press, press_enter, type_into_focus, type_text


def _check_in_and_out(qtbot: QtBot, window: MainWindow, name: str) -> int:
    field = find(window, QLineEdit, "방문객 성명")
    press(qtbot, field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 새 방문객 접수
    assert field.hasFocus()
    type_text(qtbot, field, name)
    press_enter(qtbot, field)
    desk = window.visitor_desk
    visit = desk.model.visit_at(desk.model.rowCount() - 1)
    desk.select_visit(visit.id)
    desk.confirm = lambda *_args: True  # "응대 없이 퇴실로 기록할까요?" — 예
    find(window, QTableView, "대기 방문객 목록").setFocus()
    press(qtbot, find(window, QTableView, "대기 방문객 목록"), Qt.Key.Key_F4)
    return visit.id


def test_after_check_out_a_digit_key_rates_and_another_replaces_it(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    strip = find(window, QFrame, "퇴실 만족도")
    assert not strip.isVisible()
    visit_id = _check_in_and_out(qtbot, window, "홍길동")

    assert strip.isVisible()
    prompt = find(window, QLabel, "만족도 안내")
    assert prompt.text() == "홍*동 님, 오늘 응대에 얼마나 만족하셨나요?"
    assert strip.isAncestorOf(QApplication.focusWidget()) or strip.hasFocus()
    assert backend.visits.get(visit_id).rating is None

    type_text(qtbot, QApplication.focusWidget(), "4")
    assert backend.visits.get(visit_id).rating == 4
    assert find(window, QPushButton, "만족도 4점").isChecked()
    assert prompt.text().startswith("4점, 고맙습니다")

    type_text(qtbot, QApplication.focusWidget(), "5")  # the visitor changed their mind
    assert backend.visits.get(visit_id).rating == 5
    assert not find(window, QPushButton, "만족도 4점").isChecked()

    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not strip.isVisible()
    assert find(window, QTableView, "대기 방문객 목록").hasFocus()
    assert backend.visits.get(visit_id).rating == 5
    # Digits typed anywhere else are just digits.
    phone = find(window, QLineEdit, "연락처")
    type_text(qtbot, phone, "3")
    assert phone.text() == "3"
    assert backend.visits.get(visit_id).rating == 5


def test_a_click_rates_and_skipping_leaves_no_rating(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    first = _check_in_and_out(qtbot, window, "김영희")
    qtbot.mouseClick(find(window, QPushButton, "만족도 2점"), Qt.MouseButton.LeftButton)
    assert backend.visits.get(first).rating == 2

    second = _check_in_and_out(qtbot, window, "이몽룡")
    strip = find(window, QFrame, "퇴실 만족도")
    assert find(window, QLabel, "만족도 안내").text().startswith("이*룡 님")
    assert not find(window, QPushButton, "만족도 2점").isChecked()  # a fresh strip
    qtbot.mouseClick(find(window, QPushButton, "만족도 닫기"), Qt.MouseButton.LeftButton)
    assert not strip.isVisible()
    assert backend.visits.get(second).rating is None


def test_ignoring_the_strip_it_goes_away_at_the_next_check_in(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    visit_id = _check_in_and_out(qtbot, window, "홍길동")
    strip = find(window, QFrame, "퇴실 만족도")
    assert strip.isVisible()
    field = find(window, QLineEdit, "방문객 성명")
    field.setFocus()
    type_text(qtbot, field, "성춘향")
    assert field.text() == "성춘향"  # typing elsewhere does not rate
    press_enter(qtbot, field)
    assert not strip.isVisible()
    assert backend.visits.get(visit_id).rating is None


def test_typing_the_next_name_moves_the_strip_aside(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    strip = find(window, QFrame, "퇴실 만족도")
    _check_in_and_out(qtbot, window, "홍길동")
    assert strip.isVisible()
    type_into_focus(qtbot, "김영희")  # the next visitor is at the counter
    name = find(window, QLineEdit, "방문객 성명")
    assert name.text() == "김영희" and name.hasFocus()
    assert not strip.isVisible()


def test_ctrl_n_moves_the_strip_aside(qtbot: QtBot, window: MainWindow, backend: Backend) -> None:
    strip = find(window, QFrame, "퇴실 만족도")
    visit_id = _check_in_and_out(qtbot, window, "홍길동")
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name = find(window, QLineEdit, "방문객 성명")
    assert name.hasFocus() and not strip.isVisible()
    type_into_focus(qtbot, "3")  # a digit now is typed, not a rating
    assert backend.visits.get(visit_id).rating is None
