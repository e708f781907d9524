"""The idle lock and Ctrl+L: the desk locks over what is on screen, nothing typed is lost,
the same person unlocks with their Korean password typed as keys; someone else may sign in
instead; the waiting board stays readable behind the lock when the agency chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.ui.main_window import MainWindow
from tests.conftest import FakeClock

from .conftest import (
    DESK_PASSWORD,
    RecordingNotifier,
    RecordingSound,
    WindowFactory,
    desk_account,
    desk_config,
    find,
    show_window,
    sign_in,
)
from .keyboard import press_enter, type_into_focus, type_text


class IdleClock:
    """Seconds for the idle watcher, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_ctrl_l_locks_over_the_form_and_the_password_unlocks_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    name = find(window, QLineEdit, "방문객 성명")
    name.setFocus()
    type_text(qtbot, name, "홍길동")
    qtbot.keyClick(name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.access.is_locked()
    lock = find(window, QLineEdit, "잠금 해제 비밀번호")
    assert lock.hasFocus()
    assert "안내원" in window.access.cover.lock.hint.text()
    qtbot.keyClick(lock, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # no page under it
    assert window.current_page() is window.visitor_desk

    type_into_focus(qtbot, "틀린비번1234")
    press_enter(qtbot, lock)
    assert window.access.is_locked()
    assert find(window, QLabel, "잠금 안내").isVisible()

    type_into_focus(qtbot, DESK_PASSWORD)
    press_enter(qtbot, lock)
    assert not window.access.is_locked() and not window.access.is_covered()
    assert name.text() == "홍길동" and name.hasFocus()  # back where the work was


def test_the_desk_locks_itself_after_the_idle_minutes(
    qtbot: QtBot, tmp_path: Path, backend: Backend, sound: RecordingSound,
    notifier: RecordingNotifier,
) -> None:
    config = desk_config(tmp_path, backend.desk, idle_lock_minutes=3)
    desk_account(backend)
    window = MainWindow(config, backend=backend, sound_player=sound, notifier=notifier)
    clock = IdleClock()
    window.access.idle.set_clock(clock)
    show_window(qtbot, window)
    sign_in(window)
    name = find(window, QLineEdit, "방문객 성명")
    name.setFocus()
    clock.now += 170
    type_text(qtbot, name, "김")  # input: the three minutes start again
    clock.now += 170
    assert not window.access.idle.check()
    assert not window.access.is_locked()
    clock.now += 20
    assert window.access.idle.check()
    assert window.access.is_locked()
    lock = find(window, QLineEdit, "잠금 해제 비밀번호")
    type_into_focus(qtbot, DESK_PASSWORD)
    press_enter(qtbot, lock)
    assert not window.access.is_locked() and name.text() == "김"
    window.close()


def test_behind_the_lock_the_board_is_readable_with_names_masked_and_clocks_running(
    qtbot: QtBot, tmp_path: Path, backend: Backend, fake_clock: FakeClock,
    sound: RecordingSound, notifier: RecordingNotifier,
) -> None:
    config = desk_config(tmp_path, backend.desk, lock_shows_board=True)
    desk_account(backend)
    window = MainWindow(config, backend=backend, sound_player=sound, notifier=notifier)
    show_window(qtbot, window)
    sign_in(window)
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    press_enter(qtbot, name)
    window.access.lock()
    board = find(window, QTableView, "잠금 중 대기 현황")
    assert board.isVisible()
    model = board.model()
    shown = [c for c in range(model.columnCount()) if not board.isColumnHidden(c)]
    texts = [model.index(0, c).data() for c in shown]
    assert "홍*동" in texts and "홍길동" not in texts
    before = model.index(0, 0).data()
    fake_clock.advance(seconds=65)
    window.visitor_desk.model.tick()
    assert model.index(0, 0).data() != before  # the clock keeps running behind the lock
    window.close()


def test_another_person_signs_in_at_the_lock_and_the_first_ones_dialog_closes(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend
) -> None:
    from minwon_desk.domain.roles import Role

    desk_account(backend, [Role.OFFICER], staff_no="T0003", password="이서연비번2026")
    window = make_window(backend)
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    dialog.setWindowTitle("열어 둔 창")
    note = QLineEdit(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    type_text(qtbot, note, "적던 글")
    window.access.lock()
    # The open dialog is covered too: its text is not readable, the unlock is there as well.
    assert find(dialog, QLineEdit, "잠금 해제 비밀번호").isVisible()
    assert not note.isEnabled() and note.text() == "적던 글"

    find(window.access.cover.lock, type(window.form.signOutButton), "다른 사람으로 로그인").click()
    assert not dialog.isVisible()  # the first person's work, in their name: closed
    login = find(window, QLineEdit, "사번 또는 계정")
    login.setFocus()
    type_into_focus(qtbot, "T0003")
    press_enter(qtbot, login)
    type_into_focus(qtbot, "이서연비번2026")
    press_enter(qtbot, QApplication.focusWidget())
    actor = window.session.actor()
    assert actor is not None and actor.name == "이서연"
    assert not window.access.is_covered()
    assert find(window, QLabel, "로그인한 사람").text() == "이서연 · 담당자"


def test_five_wrong_passwords_at_the_lock_lock_the_account_until_a_time(
    qtbot: QtBot, window: MainWindow, fake_clock: FakeClock
) -> None:
    from datetime import timedelta

    window.access.lock()
    lock = find(window, QLineEdit, "잠금 해제 비밀번호")
    for _ in range(5):
        type_into_focus(qtbot, "틀린비번1234")
        press_enter(qtbot, lock)
    until = fake_clock() + timedelta(minutes=10)
    assert f"{until:%H:%M}까지 잠겨 있습니다" in find(window, QLabel, "잠금 안내").text()
    type_into_focus(qtbot, DESK_PASSWORD)  # the right one no longer opens it
    press_enter(qtbot, lock)
    assert window.access.is_locked()
