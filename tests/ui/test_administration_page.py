"""The administration page, by keyboard: an account for a new staff member (the one-time
password shown once, then changed at the first sign-in), a role granted and revoked with a
reason, the history, a refusal said on the page, a service token created and revoked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from minwon_desk.store.models import Department, Staff
from minwon_desk.ui.accounts.admin.page import AdministrationPage
from minwon_desk.ui.main_window import MainWindow

from .keyboard import press_enter, type_into_focus, type_text


def new_staff(backend: Backend) -> None:
    """A staff member who joined after the accounts were made: T0007 강새봄."""
    with backend.db.transaction() as session:
        unit = session.scalars(select(Department).where(Department.name == "창업정책과")).one()
        session.add(Staff(employee_no="T0007", name="강새봄", position="주무관",
                          department_id=unit.id, extension="1304", email="t0007@test.example",
                          duties="", active=True))


def open_page(qtbot: QtBot, window: MainWindow) -> AdministrationPage:
    qtbot.waitUntil(window.is_built)
    qtbot.keyClick(window.form.navList, Qt.Key.Key_0,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.current_page()
    assert isinstance(page, AdministrationPage)
    return page


def rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_an_account_is_made_with_a_one_time_password_and_roles_change_with_reasons(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    new_staff(backend)
    page = open_page(qtbot, window)
    assert any(r[1] == "T0001" for r in rows(page.account_table))

    page.staff_edit.setFocus()
    type_text(qtbot, page.staff_edit, "T0007")
    officer = next(c for c in page.findChildren(QCheckBox) if c.accessibleName() == "새 계정 역할 담당자")
    officer.setChecked(True)
    press_enter(qtbot, page.staff_edit)

    otp = page.last_secret
    assert otp and otp in page.message.text() and "한 번만" in page.message.text()
    [row] = [r for r in rows(page.account_table) if r[1] == "T0007"]
    assert row[0] == "강새봄" and row[3] == "담당자" and row[4] == "비밀번호 변경 필요"
    signed = backend.accounts.sign_in("T0007", otp, desk=backend.desk)
    assert signed.must_change_password

    # Grant: the reason is required, then the role is there and in the history.
    assert page.choose("T0007")
    page.role_combo.setCurrentIndex(list(Role).index(Role.RECEPTION))
    page.grant_button.click()
    assert "사유" in page.message.text()
    page.reason_edit.setFocus()
    type_into_focus(qtbot, "안내 창구 교대 근무")
    press_enter(qtbot, page.reason_edit)  # Enter in the reason grants
    [row] = [r for r in rows(page.account_table) if r[1] == "T0007"]
    assert row[3] == "안내 · 담당자"
    history = rows(page.history_table)
    assert any(h[2] == "T0007" and h[5] == "안내 창구 교대 근무" and h[6] for h in history)

    # Revoke, with its own reason.
    assert page.choose("T0007")
    page.reason_edit.setFocus()
    type_into_focus(qtbot, "교대 근무 끝남")
    page.revoke_button.click()
    [row] = [r for r in rows(page.account_table) if r[1] == "T0007"]
    assert row[3] == "담당자"
    assert "거두었습니다" in page.message.text()


def test_the_last_administrator_cannot_lose_the_role_and_the_page_says_why(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    page = open_page(qtbot, window)
    assert page.choose("T0001")
    page.role_combo.setCurrentIndex(list(Role).index(Role.ADMIN))
    page.reason_edit.setText("시험")
    page.revoke_button.click()
    assert "마지막 관리자" in page.message.text()
    [row] = [r for r in rows(page.account_table) if r[1] == "T0001"]
    assert "관리자" in row[3]


def test_a_service_token_is_shown_once_and_can_be_revoked(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    page = open_page(qtbot, window)
    page.tabs.setCurrentIndex(2)
    page.purpose_edit.setFocus()
    type_into_focus(qtbot, "전화연동")
    press_enter(qtbot, page.purpose_edit)
    secret = page.last_secret
    assert secret.startswith("mwt_") and secret in page.message.text()
    [token] = rows(page.token_table)
    assert token[1] == "전화연동" and token[5] == "사용 중" and secret not in " ".join(token)
    backend.accounts.sign_in_token(secret, desk="전화")
    page.token_table.selectRow(0)
    page.revoke_token()
    assert rows(page.token_table)[0][5].startswith("폐기됨")
    assert QApplication.focusWidget() is not None



def test_nothing_is_cut_off_at_1024_by_768(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    window.resize(1024, 768)
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: window.width() == 1024)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = page.tabs.currentWidget()
        for widget in tab.findChildren(QAbstractButton) + tab.findChildren(QComboBox):
            hint = widget.minimumSizeHint() if isinstance(widget, QComboBox) else widget.sizeHint()
            assert widget.width() >= hint.width(), (widget.accessibleName() or widget.text())
        for edit in tab.findChildren(QLineEdit):
            if edit.isVisible():
                assert edit.width() >= 160, edit.accessibleName()


def test_reset_disable_enable_and_unlock_from_the_page(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    from minwon_desk.domain.errors import SignInRefused

    page = open_page(qtbot, window)

    def state() -> str:
        [row] = [r for r in rows(page.account_table) if r[1] == "T0003"]
        return row[4]

    for _ in range(5):  # someone guesses 이서연's password
        with pytest.raises(SignInRefused):
            backend.accounts.sign_in("T0003", "아무거나1234", desk="2층")
    page.refresh()
    assert state().startswith("잠김 (")
    assert page.choose("T0003")
    find_button(page, "잠금 풀기").click()
    assert state() == "사용 중"
    find_button(page, "비밀번호 초기화").click()
    assert page.last_secret in page.message.text() and state() == "비밀번호 변경 필요"
    find_button(page, "사용 중지").click()
    assert state() == "사용 중지"
    find_button(page, "다시 사용").click()
    assert state() == "비밀번호 변경 필요"


def find_button(page: AdministrationPage, name: str) -> QPushButton:
    [button] = [b for b in page.findChildren(QPushButton) if b.accessibleName() == name]
    return button
