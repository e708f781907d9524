"""The main window: Korean, pages by keyboard, status bar, the desk operator, restore on reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SMALL_DESK, actor_for, seed_small_agency

from .conftest import WindowFactory, desk_account, find, sign_in
from .keyboard import press, press_enter, press_tab, type_into_focus, type_text


def test_titles_menus_and_status_bar_are_korean(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    assert window.windowTitle() == "민원 데스크 — 1층 민원안내"
    qtbot.waitUntil(lambda: hasattr(window, "survey"))  # the last pages come after the board
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == [
        "파일(&F)", "이동(&G)", "방문객(&V)", "직원(&S)", "전화메모(&M)", "민원(&C)", "감독(&U)",
        "개인정보(&I)",
    ]
    pages = [window.form.navList.item(i).text() for i in range(window.form.navList.count())]
    assert pages == [  # only pages that do something
        "방문객 안내", "직원 찾기", "처리기한 계산", "부재 일정", "사무실 배치도", "직원·부서 관리",
        "전화메모", "민원 처리", "보상·시정조치", "자체점검", "고객만족도 조사", "개인정보 관리",
        "계정·권한 관리",
    ]
    assert find(window, QLabel, "창구").text() == "창구: 1층 민원안내"
    assert find(window, QLabel, "데이터베이스").text() == f"데이터베이스: {backend.database_label}"
    assert find(window, QLabel, "이행표준").text() == f"이행표준: {backend.charter.name}"
    headers = window.visitor_desk.model
    assert [headers.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "대기 시간", "방문객", "연락처", "방문 목적", "찾는 직원", "도착"
    ]


def test_shortcuts_are_shown_in_menus_and_tooltips(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: hasattr(window, "survey"))
    visitors = {a.text(): a for a in window.form.menuVisitors.actions() if a.text()}
    assert visitors["응대 시작(&S)"].shortcut().toString() == "F2"
    assert visitors["퇴실(&E)"].shortcut().toString() == "F4"
    assert "F2" in find(window, QPushButton, "응대 시작").toolTip()
    assert "Enter" in find(window, QPushButton, "접수").toolTip()
    go = {a.text(): a.shortcut().toString() for a in window.form.menuGo.actions() if a.text()}
    assert go == {
        "방문객 안내": "Ctrl+1", "직원 찾기": "Ctrl+2", "처리기한 계산": "Ctrl+3", "부재 일정": "Ctrl+4",
        "사무실 배치도": "Ctrl+5", "직원·부서 관리": "Ctrl+6", "전화메모": "Ctrl+7",
        "민원 처리": "Ctrl+8", "보상·시정조치": "Ctrl+9", "자체점검": "Ctrl+0",
        "고객만족도 조사": "Ctrl+Shift+9", "개인정보 관리": "Ctrl+Shift+8",
        "계정·권한 관리": "Ctrl+Shift+0",
    }
    staff = {a.text(): a.shortcut().toString() for a in window.menu_staff.actions() if a.text()}
    assert staff["직원 검색"] == "Ctrl+F"


def test_pages_switch_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    nav = window.form.navList
    press(qtbot, nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.calculator
    # F2 must not greet someone on a board the operator cannot see.
    assert not window.visitor_desk.form.actionGreet.isEnabled()
    press(qtbot, nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 새 방문객 접수
    assert window.current_page() is window.visitor_desk
    assert find(window, QLineEdit, "방문객 성명").hasFocus()


def test_keyboard_only_check_in(qtbot: QtBot, window: MainWindow, backend: Backend) -> None:
    assert QApplication.focusWidget() is find(window, QLineEdit, "방문객 성명")
    type_into_focus(qtbot, "홍길동")
    assert press_tab(qtbot) is find(window, QLineEdit, "연락처")
    type_into_focus(qtbot, "01012345678")
    assert press_tab(qtbot) is find(window, QLineEdit, "방문 목적")
    type_into_focus(qtbot, "사업 신청 문의")
    officer = find(window, QComboBox, "찾는 직원")
    assert press_tab(qtbot) in (officer, officer.lineEdit())
    type_into_focus(qtbot, "최유진")
    press_enter(qtbot, QApplication.focusWidget())
    [visit] = backend.visits.list_waiting()
    assert (visit.visitor_name, visit.phone, visit.officer_label[:3]) == ("홍길동", "010-1234-5678", "최유진")
    # Ready for the next visitor; Tab then walks the form, its buttons and the board.
    assert QApplication.focusWidget() is find(window, QLineEdit, "방문객 성명")
    order = [press_tab(qtbot) for _ in range(6)]
    assert order[2] in (officer, officer.lineEdit())
    assert order[3:] == [find(window, QPushButton, "접수"), find(window, QPushButton, "지우기"),
                         find(window, QTableView, "대기 방문객 목록")]


def test_the_person_signed_in_acts(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    desk_account(backend, [Role.RECEPTION, Role.OFFICER], staff_no="T0005")
    assert find(window, QLabel, "로그인한 사람").text().startswith("안내원 · ")
    window.form.signOutButton.click()
    sign_in(window, "T0005")
    assert find(window, QLabel, "로그인한 사람").text() == "최유진 · 안내 · 담당자"
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    press_enter(qtbot, name)
    board = find(window, QTableView, "대기 방문객 목록")
    press(qtbot, board, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # the board, row 1
    press(qtbot, board, Qt.Key.Key_F2)
    assert backend.visits.list_waiting()[0].greeted_by == "최유진"


def test_reopening_restores_the_board(
    tmp_path: Path, fake_clock, mss_charter: Charter, make_window: WindowFactory
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    first = Backend.open(url, charter=mss_charter, desk=SMALL_DESK, clock=fake_clock)
    actor = actor_for(first, seed_small_agency(first).operator)
    window = make_window(first)
    first.visits.check_in(actor, CheckInRequest("홍길동", "01012345678", "문의", None))
    fake_clock.advance(minutes=2, seconds=30)
    second = first.visits.check_in(actor, CheckInRequest("김영희", "", "서류 제출", None))
    fake_clock.advance(seconds=40)
    window.visitor_desk.select_visit(second.id)
    window.visitor_desk.greet_selected()
    window.visitor_desk.model.tick()
    shown = rows(window)
    window.close()
    first.close()

    reopened = Backend.open(url, charter=mss_charter, desk=SMALL_DESK, clock=fake_clock)
    try:
        again = make_window(reopened)
        assert rows(again) == shown
        assert shown[0][:2] == ["10초 지남", "홍*동"]
        assert shown[1][0] == "응대 중 · 안내원 10:03부터"
        again.close()
    finally:
        reopened.close()


def rows(window: MainWindow) -> list[list[str]]:
    model = window.visitor_desk.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
