"""Bad input is explained next to its field, nothing is written, and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from minwon_desk.domain.charter import Charter
from minwon_desk.services.backend import Backend
from tests.support.seed import SMALL_DESK, seed_small_agency

from .conftest import WindowFactory, find
from .keyboard import press_enter, press_escape, type_text


def texts(window) -> list[str]:
    combo = find(window, QComboBox, "찾는 직원")
    return [find(window, QLineEdit, n).text() for n in ("방문객 성명", "연락처", "방문 목적")] + [
        combo.currentText()
    ]


def test_empty_name_is_explained_next_to_the_name_field(
    qtbot: QtBot, window, backend: Backend
) -> None:
    purpose = find(window, QLineEdit, "방문 목적")
    type_text(qtbot, purpose, "서류 제출")
    press_enter(qtbot, purpose)

    error = find(window, QLabel, "방문객 성명 오류")
    assert error.isVisible()
    assert error.text() == "방문객 이름을 입력해 주세요."
    assert find(window, QLineEdit, "방문객 성명").hasFocus()  # the cursor goes where the fix is
    assert purpose.text() == "서류 제출"
    assert backend.visits.list_waiting() == []
    assert window.visitor_desk.model.rowCount() == 0

    # Fixing it and pressing Enter again clears the message and checks the visitor in.
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), "홍길동")
    press_enter(qtbot, find(window, QLineEdit, "방문객 성명"))
    assert not error.isVisible()
    assert len(backend.visits.list_waiting()) == 1


def test_resident_number_in_purpose_is_refused_and_the_form_kept(
    qtbot: QtBot, window, backend: Backend
) -> None:
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), "홍길동")
    type_text(qtbot, find(window, QLineEdit, "연락처"), "010-1234-5678")
    purpose = find(window, QLineEdit, "방문 목적")
    type_text(qtbot, purpose, "본인 확인 800101-1234567 요청")
    type_text(qtbot, find(window, QComboBox, "찾는 직원").lineEdit(), "이서연")
    before = texts(window)
    press_enter(qtbot, purpose)

    error = find(window, QLabel, "방문 목적 오류")
    assert error.isVisible()
    assert "주민등록번호" in error.text()
    assert purpose.hasFocus()
    assert texts(window) == before
    assert backend.visits.list_waiting() == []


def test_unknown_officer_is_explained_next_to_the_officer_field(
    qtbot: QtBot, window, backend: Backend
) -> None:
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), "홍길동")
    combo = find(window, QComboBox, "찾는 직원")
    type_text(qtbot, combo.lineEdit(), "없는사람")
    press_enter(qtbot, combo.lineEdit())
    error = find(window, QLabel, "찾는 직원 오류")
    assert error.isVisible()
    assert "없는사람" in error.text()
    assert combo.currentText() == "없는사람"
    assert backend.visits.list_waiting() == []


def test_escape_clears_the_form(qtbot: QtBot, window) -> None:
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    type_text(qtbot, find(window, QLineEdit, "방문 목적"), "문의")
    press_escape(qtbot, name)
    assert texts(window) == ["", "", "", ""]
    assert name.hasFocus()


def test_signed_out_the_form_is_out_of_reach_and_nothing_written(
    qtbot: QtBot, window, backend: Backend
) -> None:
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    window.access.sign_out()
    assert not name.isEnabled() and not name.hasFocus()
    window.visitor_desk.form.checkInButton.click()  # under the cover: no effect
    assert name.text() == "홍길동"
    assert backend.visits.list_waiting() == []


def test_locked_database_keeps_the_form_and_retry_succeeds(
    qtbot: QtBot, tmp_path: Path, fake_clock, mss_charter: Charter, make_window: WindowFactory,
    other_desk_writing,
) -> None:
    path = tmp_path / "locked.db"
    backend = Backend.open(
        f"sqlite:///{path}", charter=mss_charter, desk=SMALL_DESK, clock=fake_clock,
        busy_timeout_ms=50,
    )
    try:
        seed_small_agency(backend)
        window = make_window(backend)
        name = find(window, QLineEdit, "방문객 성명")
        type_text(qtbot, name, "홍길동")
        type_text(qtbot, find(window, QLineEdit, "연락처"), "010 1234 5678")
        type_text(qtbot, find(window, QLineEdit, "방문 목적"), "사업 신청 문의")
        type_text(qtbot, find(window, QComboBox, "찾는 직원").lineEdit(), "김민준")
        before = texts(window)

        with other_desk_writing(path):
            press_enter(qtbot, name)
            message = find(window, QLabel, "접수 알림")
            assert message.isVisible()
            assert "다른 창구가 저장하는 중입니다" in message.text()
            assert "입력한 내용은 그대로" in message.text()
            assert texts(window) == before
            assert window.visitor_desk.model.rowCount() == 0

        # The other desk is done: the form, trying again by itself, goes through.
        qtbot.waitUntil(lambda: window.visitor_desk.model.rowCount() == 1, timeout=30_000)
        assert [v.visitor_name for v in backend.visits.list_waiting()] == ["홍길동"]
        assert window.visitor_desk.model.rowCount() == 1
        assert texts(window) == ["", "", "", ""]
        window.close()
    finally:
        backend.close()
