"""파일 → 설정… driven from the keyboard as a person at the desk would: a value the rules
refuse is said at its field and the dialog keeps what was typed; a good one is saved to
this PC's settings file, with the settings that apply at the next start named; a person
who is not a 관리자 cannot change where the records go; nothing is cut off at 1024×768."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.settings import AppConfig
from minwon_desk.ui.common.settings_dialog import SettingsDialog
from minwon_desk.ui.main_window import MainWindow

from .conftest import DESK_PASSWORD, WindowFactory, desk_account, sign_in
from .keyboard import press, press_enter, press_tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    qtbot.waitUntil(window.is_built)
    window.form.navList.setFocus()
    press(qtbot, window.form.navList, Qt.Key.Key_Comma, CTRL)
    dialog = window.settings_opener.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    press(qtbot, field, Qt.Key.Key_A, CTRL)
    press(qtbot, field, Qt.Key.Key_Backspace)
    type_text(qtbot, field, text)


def _other_programs_file(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return path


def test_settings_are_checked_and_saved_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, config: AppConfig, tmp_path: Path
) -> None:
    assert window.settings_opener.action in window.form.menuFile.actions()
    dialog = _open(qtbot, window)
    name = dialog.editors["desk_name"]
    assert isinstance(name, QLineEdit) and QApplication.focusWidget() is name
    _retype(qtbot, name, "2층 민원실 900101-1234567")
    press_enter(qtbot, name)
    qtbot.waitUntil(lambda: dialog.problem("desk_name") != "")
    assert "주민등록번호" in dialog.problem("desk_name")
    assert dialog.isVisible() and name.text() == "2층 민원실 900101-1234567"
    assert QApplication.focusWidget() is name  # back where the fix is typed
    assert not config.settings.path.exists()

    _retype(qtbot, name, "2층 민원실")
    press_tab(qtbot)  # 이행표준
    db_url = press_tab(qtbot)
    assert db_url is dialog.editors["db_url"] and isinstance(db_url, QLineEdit)
    other = _other_programs_file(tmp_path)
    type_text(qtbot, db_url, f"sqlite:///{other}")
    press_enter(qtbot, db_url)
    qtbot.waitUntil(lambda: dialog.problem("db_url") != "")
    assert "민원 데스크의 데이터베이스가 아닙니다" in dialog.problem("db_url")
    assert dialog.problem("desk_name") == "" and dialog.isVisible()
    assert db_url.text() == f"sqlite:///{other}"
    assert not config.settings.path.exists()

    _retype(qtbot, db_url, "")
    press_enter(qtbot, db_url)
    qtbot.waitUntil(lambda: window.settings_opener.dialog is None)
    saved = tomllib.loads(config.settings.path.read_text(encoding="utf-8"))
    assert saved == {"desk_name": "2층 민원실"}
    assert config.settings.get("desk_name") == "2층 민원실"
    said = window.form.statusBar.currentMessage()
    assert "창구 이름은 프로그램을 다시 시작하면 적용됩니다" in said, said


def test_sound_applies_at_once(qtbot: QtBot, window: MainWindow, config: AppConfig) -> None:
    dialog = _open(qtbot, window)
    sound = dialog.editors["greeting_sound"]
    sound.setFocus()
    press(qtbot, sound, Qt.Key.Key_Space)
    press_enter(qtbot, sound)
    qtbot.waitUntil(lambda: window.settings_opener.dialog is None)
    assert config.settings.get("greeting_sound") is False
    assert window.form.statusBar.currentMessage() == "설정을 저장했습니다."


def test_only_an_administrator_changes_where_the_records_go(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend
) -> None:
    from minwon_desk.domain.roles import Role

    window = make_window(backend, signed_in=False)
    desk_account(backend, roles={Role.RECEPTION}, staff_no="T0002", password=DESK_PASSWORD)
    sign_in(window, "T0002", DESK_PASSWORD)
    dialog = _open(qtbot, window)
    for name in ("db_url", "charter", "idle_lock_minutes", "lock_shows_board"):
        assert not dialog.editors[name].isEnabled(), name
        assert "관리자" in dialog.editors[name].toolTip()
    for name in ("desk_name", "greeting_sound", "language"):
        assert dialog.editors[name].isEnabled(), name
    assert QApplication.focusWidget() is dialog.editors["desk_name"]


def test_nothing_is_cut_off_at_1024_by_768(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 768)
    dialog = _open(qtbot, window)
    dialog.adjustSize()
    QApplication.processEvents()
    assert dialog.width() <= 1024 and dialog.height() <= 768, dialog.size()
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()
        else:
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), label.text()
    for editor in dialog.editors.values():
        assert editor.width() >= editor.minimumSizeHint().width(), editor.accessibleName()


def test_a_locked_desk_does_not_open_the_settings(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.is_built)
    window.access.lock()
    focus = QApplication.focusWidget() or window
    press(qtbot, focus, Qt.Key.Key_Comma, CTRL)
    assert window.settings_opener.dialog is None
