"""Signing in at the desk as a person would: keyboard only, Korean passwords typed as key
events; wrong passwords, the account lock with its time, the first administrator of a new
database, the forced change of a one-time password, 로그아웃."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from tests.conftest import FakeClock
from tests.support.seed import actor_for

from .conftest import DESK_LOGIN, DESK_PASSWORD, WindowFactory, desk_account, find
from .keyboard import press_enter, type_into_focus


def sign_in_by_keys(qtbot: QtBot, login: str, password: str) -> None:
    type_into_focus(qtbot, login)
    press_enter(qtbot, QApplication.focusWidget())
    type_into_focus(qtbot, password)
    press_enter(qtbot, QApplication.focusWidget())


def test_the_window_opens_on_the_sign_in_and_enter_signs_in(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend
) -> None:
    desk_account(backend, [Role.RECEPTION], staff_no="T0002")
    window = make_window(backend, signed_in=False)
    assert window.access.is_covered()
    login = find(window, QLineEdit, "사번 또는 계정")
    assert login.hasFocus()
    assert not window.form.pageStack.isEnabled()  # nothing under the cover takes keys

    sign_in_by_keys(qtbot, "T0002", DESK_PASSWORD)

    assert not window.access.is_covered()
    assert window.session.actor() is not None and window.session.actor().name == "김민준"
    assert find(window, QLabel, "로그인한 사람").text() == "김민준 · 안내"
    assert find(window, QLineEdit, "방문객 성명").hasFocus()  # where the desk's work begins


def test_a_wrong_password_is_said_and_five_lock_the_account_until_a_time(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, fake_clock: FakeClock
) -> None:
    desk_account(backend)
    window = make_window(backend, signed_in=False)
    message = find(window, QLabel, "로그인 안내")
    sign_in_by_keys(qtbot, "T0001", "틀린비밀번호12")
    assert message.isVisible() and "비밀번호" in message.text()
    assert find(window, QLineEdit, "비밀번호").text() == ""  # cleared for the next try
    assert window.access.is_covered()
    for _ in range(4):
        type_into_focus(qtbot, "틀린비밀번호12")
        press_enter(qtbot, QApplication.focusWidget())
    until = fake_clock() + timedelta(minutes=10)
    assert f"{until:%H:%M}까지 잠겨 있습니다" in message.text()
    type_into_focus(qtbot, DESK_PASSWORD)  # even the right one, while locked
    press_enter(qtbot, QApplication.focusWidget())
    assert window.access.is_covered() and "잠겨 있습니다" in message.text()


def test_a_new_database_asks_for_its_first_administrator_first(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, fake_clock: FakeClock,
    mss_charter: Charter,
) -> None:
    backend = Backend.open(f"sqlite:///{tmp_path / 'new.db'}", charter=mss_charter,
                           desk="1층 민원안내", clock=fake_clock)
    window = make_window(backend, signed_in=False)
    name = find(window, QLineEdit, "관리자 이름")
    assert window.access.cover.current_panel() is window.access.cover.first_admin
    assert name.hasFocus()
    assert "두 종류 이상" in find(window, QLabel, "비밀번호 규칙").text()
    type_into_focus(qtbot, "김관리")
    press_enter(qtbot, name)
    type_into_focus(qtbot, "kwanri")
    press_enter(qtbot, QApplication.focusWidget())
    type_into_focus(qtbot, "짧음1")  # breaks the rule: said which part
    press_enter(qtbot, QApplication.focusWidget())
    type_into_focus(qtbot, "짧음1")
    press_enter(qtbot, QApplication.focusWidget())
    assert "짧습니다" in find(window, QLabel, "관리자 만들기 안내").text()
    assert backend.accounts.needs_first_admin()

    find(window, QLineEdit, "새 비밀번호").clear()
    find(window, QLineEdit, "새 비밀번호 확인").clear()
    find(window, QLineEdit, "새 비밀번호").setFocus()
    type_into_focus(qtbot, "관리자비번2026")
    press_enter(qtbot, QApplication.focusWidget())
    type_into_focus(qtbot, "관리자비번2026")
    press_enter(qtbot, QApplication.focusWidget())
    assert not backend.accounts.needs_first_admin()
    assert window.session.actor() is not None and Role.ADMIN in window.session.roles()
    assert not window.access.is_covered()
    window.close()
    backend.close()


def test_a_one_time_password_must_be_changed_at_the_first_sign_in(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend
) -> None:
    admin = actor_for(backend, backend.staff.by_employee_no(DESK_LOGIN))
    otp = backend.accounts.reset(admin, "T0003")  # as a new account's: changed at first use
    window = make_window(backend, signed_in=False)
    sign_in_by_keys(qtbot, "T0003", otp)

    dialog = window.access.password_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.access.is_covered()  # not signed in until the password is changed
    assert "두 종류 이상" in find(dialog, QLabel, "비밀번호 규칙").text()
    qtbot.waitUntil(dialog.new_edit.hasFocus)
    type_into_focus(qtbot, "새비밀번호2026")
    press_enter(qtbot, QApplication.focusWidget())
    type_into_focus(qtbot, "새비밀번호2026")
    press_enter(qtbot, QApplication.focusWidget())

    assert window.access.password_dialog is None
    assert window.session.actor() is not None and window.session.actor().name == "이서연"
    assert not window.access.is_covered()
    signed = backend.accounts.sign_in("T0003", "새비밀번호2026", desk=backend.desk)
    assert not signed.must_change_password


def test_signing_out_brings_the_sign_in_back_and_keeps_the_form(
    qtbot: QtBot, window: object, backend: Backend
) -> None:
    from minwon_desk.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    name = find(window, QLineEdit, "방문객 성명")
    name.setFocus()
    type_into_focus(qtbot, "홍길동")
    window.form.signOutButton.click()
    assert window.access.is_covered() and window.session.actor() is None
    assert find(window, QLabel, "로그인한 사람").text() == "로그인하지 않음"
    assert find(window, QLineEdit, "사번 또는 계정").hasFocus()
    assert name.text() == "홍길동"  # the visitor at the counter is still there


def test_a_disabled_account_is_refused_with_whom_to_ask(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend
) -> None:
    desk_account(backend, staff_no="T0002")
    admin = actor_for(backend, backend.staff.by_employee_no(DESK_LOGIN))
    backend.accounts.disable(admin, "T0002", reason="퇴사 예정")
    window = make_window(backend, signed_in=False)
    sign_in_by_keys(qtbot, "T0002", DESK_PASSWORD)
    message = find(window, QLabel, "로그인 안내").text()
    assert "사용이 중지된 계정" in message and "관리자" in message
    assert window.access.is_covered()


def test_the_person_signed_in_changes_their_password_from_the_file_menu(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend
) -> None:
    window = make_window(backend)
    titles = [a.text() for a in window.form.menuFile.actions()]
    assert "화면 잠그기" in titles and "비밀번호 바꾸기(&P)…" in titles
    assert window.access.lock_action.shortcut().toString() == "Ctrl+L"
    window.access.password_action.trigger()
    dialog = window.access.password_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.old_edit.hasFocus)
    for text in (DESK_PASSWORD, "바뀐비밀번호77", "바뀐비밀번호77"):
        type_into_focus(qtbot, text)
        press_enter(qtbot, QApplication.focusWidget())
    assert window.access.password_dialog is None
    assert window.statusBar().currentMessage() == "비밀번호를 바꾸었습니다."
    backend.accounts.sign_in(DESK_LOGIN, "바뀐비밀번호77", desk=backend.desk)
