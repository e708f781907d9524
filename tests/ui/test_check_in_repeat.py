"""재방문 at check-in, driven from the keyboard: the earlier visit is found from the name and
phone typed, a staff error needs a note, errors sit next to their field, nothing is lost."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFrame, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.store.models import Visit
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SmallAgency

from .conftest import find
from .keyboard import press, press_enter, press_tab, type_text

EARLIER_DAY = datetime(2026, 6, 29, 14, 0, tzinfo=SEOUL)


def _earlier(backend: Backend, actor: Actor, clock, name: str, phone: str, purpose: str,
             officer_id: int | None = None, when: datetime = EARLIER_DAY) -> int:
    now = clock()
    clock.set(when)
    visit = backend.visits.check_in(actor, CheckInRequest(name, phone, purpose, officer_id))
    backend.visits.check_out(actor, visit.id)
    clock.set(now)
    return visit.id


def _rows(backend: Backend) -> list[Visit]:
    with backend.db.read() as session:
        return list(session.scalars(select(Visit).order_by(Visit.id)))


def _type_visitor(qtbot: QtBot, window: MainWindow, name: str, phone: str, purpose: str) -> None:
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), name)
    type_text(qtbot, find(window, QLineEdit, "연락처"), phone)
    type_text(qtbot, find(window, QLineEdit, "방문 목적"), purpose)


def test_a_staff_error_repeat_is_recorded_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock,
) -> None:
    officer = agency.officers[0]
    earlier = _earlier(backend, actor, fake_clock, "홍길동", "010-1234-5678", "보조금 신청",
                       officer.id)
    _type_visitor(qtbot, window, "홍길동", "010-1234-5678", "보조금 서류 보완")
    panel = find(window, QFrame, "재방문 정보")
    assert not panel.isVisible()

    # Alt+J (shown on the form) opens the panel with the visit found from what was typed
    # above already chosen (the only match), and puts the cursor on it.
    purpose = find(window, QLineEdit, "방문 목적")
    press(qtbot, purpose, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    repeat = find(window, QCheckBox, "재방문")
    assert repeat.isChecked() and panel.isVisible()
    picker = find(window, QComboBox, "지난 방문")
    assert picker.hasFocus()
    assert picker.currentData() == earlier
    assert picker.currentText() == "2026년 6월 29일(월) 14:00 · 홍*동 · 보조금 신청 · 김민준 사무관"
    assert find(window, QLabel, "지난 방문 찾기 결과").text().startswith("성명이나 연락처가 같은 지난 방문 1건")

    staff_error = press_tab(qtbot)
    assert staff_error is find(window, QCheckBox, "직원 잘못으로 다시 오심")
    note = find(window, QLineEdit, "잘못된 점")
    assert not note.isEnabled()
    press(qtbot, staff_error, Qt.Key.Key_Space)
    assert note.isEnabled()
    assert press_tab(qtbot) is note
    type_text(qtbot, note, "필요한 서류를 잘못 안내함")
    press_enter(qtbot, note)

    stored = _rows(backend)[-1]
    assert (stored.visitor_name, stored.repeat_of_id, stored.repeat_staff_error, stored.repeat_note) == (
        "홍길동", earlier, True, "필요한 서류를 잘못 안내함")
    # The form is ready for the next visitor: the panel closed and its choices cleared.
    assert not panel.isVisible()
    assert not repeat.isChecked() and not staff_error.isChecked() and note.text() == ""
    assert "홍*동 님을 접수했습니다" in find(window, QLabel, "접수 알림").text()


def test_alt_j_again_closes_the_panel_and_tab_walks_it_while_open(
    qtbot: QtBot, window: MainWindow, backend: Backend, actor: Actor, fake_clock,
) -> None:
    _earlier(backend, actor, fake_clock, "홍길동", "", "보조금 신청")
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    officer = find(window, QComboBox, "찾는 직원")
    officer.setFocus()
    press(qtbot, officer, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    picker = find(window, QComboBox, "지난 방문")
    assert picker.hasFocus()
    walked = [press_tab(qtbot).accessibleName() for _ in range(3)]
    assert walked == ["직원 잘못으로 다시 오심", "접수", "지우기"]  # the note waits for the box
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert not find(window, QFrame, "재방문 정보").isVisible()
    assert name.text() == "홍길동"


def test_a_staff_error_without_a_note_is_explained_and_nothing_typed_is_lost(
    qtbot: QtBot, window: MainWindow, backend: Backend, actor: Actor, fake_clock,
) -> None:
    earlier = _earlier(backend, actor, fake_clock, "홍길동", "010-1234-5678", "보조금 신청")
    _type_visitor(qtbot, window, "홍길동", "010-1234-5678", "보조금 서류 보완")
    find(window, QCheckBox, "재방문").click()
    find(window, QCheckBox, "직원 잘못으로 다시 오심").click()
    before = len(_rows(backend))
    press_enter(qtbot, find(window, QComboBox, "지난 방문"))

    error = find(window, QLabel, "잘못된 점 오류")
    assert error.isVisible()
    assert "무엇이 잘못되었는지 짧게 적어 주세요" in error.text()
    note = find(window, QLineEdit, "잘못된 점")
    assert note.hasFocus()
    assert len(_rows(backend)) == before
    assert find(window, QLineEdit, "방문 목적").text() == "보조금 서류 보완"
    assert find(window, QComboBox, "지난 방문").currentData() == earlier
    assert find(window, QCheckBox, "직원 잘못으로 다시 오심").isChecked()

    type_text(qtbot, note, "접수 누락")
    press_enter(qtbot, note)
    assert not error.isVisible()
    assert _rows(backend)[-1].repeat_note == "접수 누락"


def test_choosing_no_earlier_visit_is_explained_next_to_the_picker(
    qtbot: QtBot, window: MainWindow, backend: Backend, actor: Actor, fake_clock,
) -> None:
    _earlier(backend, actor, fake_clock, "홍길동", "", "첫 방문")
    _earlier(backend, actor, fake_clock, "홍길동", "", "두 번째 방문",
             when=datetime(2026, 7, 1, 9, 30, tzinfo=SEOUL))
    _type_visitor(qtbot, window, "홍길동", "", "세 번째 방문")
    find(window, QCheckBox, "재방문").click()
    picker = find(window, QComboBox, "지난 방문")
    # Two matches: newest first, and the operator has to pick one.
    assert [picker.itemText(i).split(" · ")[2] for i in range(1, picker.count())] == [
        "두 번째 방문", "첫 방문"]
    assert picker.currentData() is None
    before = len(_rows(backend))
    press_enter(qtbot, picker)
    error = find(window, QLabel, "지난 방문 오류")
    assert error.isVisible() and error.text() == "어느 방문의 재방문인지 지난 방문 목록에서 골라 주세요."
    assert len(_rows(backend)) == before

    press(qtbot, picker, Qt.Key.Key_Down)  # the newest
    press_enter(qtbot, picker)
    stored = _rows(backend)[-1]
    assert (stored.purpose, stored.repeat_staff_error) == ("세 번째 방문", False)
    assert stored.repeat_of_id == _rows(backend)[1].id


def test_the_list_follows_the_phone_typed_after_opening_the_panel(
    qtbot: QtBot, window: MainWindow, backend: Backend, actor: Actor, fake_clock,
) -> None:
    by_phone = _earlier(backend, actor, fake_clock, "홍 길동", "010-5555-1234", "서류 제출")
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    find(window, QCheckBox, "재방문").click()
    assert find(window, QLabel, "지난 방문 찾기 결과").text().startswith(
        "성명이나 연락처가 같은 지난 방문이 없습니다")

    phone = find(window, QLineEdit, "연락처")
    phone.setFocus()
    type_text(qtbot, phone, "010-5555-1234")
    press_tab(qtbot)  # leaving the field reads the list again
    assert find(window, QComboBox, "지난 방문").currentData() == by_phone

    # Escape clears everything, the repeat choice included.
    press(qtbot, name, Qt.Key.Key_Escape)
    assert not find(window, QCheckBox, "재방문").isChecked()
    assert not find(window, QFrame, "재방문 정보").isVisible()
