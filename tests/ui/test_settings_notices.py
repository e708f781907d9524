"""파일 → 설정… → 알림 발송, as the agency's administrator sets up mail from the keyboard:
the server, port, security, login and sender; a test e-mail to their own address goes to
a real SMTP server on loopback and the server's answer is shown; saved, the values are
there when the screen is opened again and the next notice goes the new way. A password
kept in the environment is said, never shown, and not editable."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.settings import AppConfig
from minwon_desk.ui.common.settings_dialog import SettingsDialog
from minwon_desk.ui.main_window import MainWindow
from tests.support.mail_server import Inbox, receiving

from .keyboard import press, press_enter, press_tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    with receiving() as served:
        yield served


def _open(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    qtbot.waitUntil(window.is_built)
    window.activateWindow()  # back from the dialog saved a moment ago
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.form.navList.setFocus()
    press(qtbot, window.form.navList, Qt.Key.Key_Comma, CTRL)
    dialog = window.settings_opener.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _retype(qtbot: QtBot, field: QLineEdit | QSpinBox, text: str) -> None:
    press(qtbot, field, Qt.Key.Key_A, CTRL)
    press(qtbot, field, Qt.Key.Key_Backspace)
    type_text(qtbot, field, text)


def test_mail_is_set_tried_and_saved_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, config: AppConfig, inbox: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MINWON_SMTP_PASSWORD", raising=False)
    box, port = inbox
    dialog = _open(qtbot, window)
    headings = [label.text() for label in dialog.findChildren(QLabel)]
    assert "알림 발송" in headings
    host = dialog.editors["smtp_host"]
    assert isinstance(host, QLineEdit) and host.isEnabled()
    host.setFocus()
    type_text(qtbot, host, "127.0.0.1")
    spin = press_tab(qtbot)
    assert spin is dialog.editors["smtp_port"] and isinstance(spin, QSpinBox)
    _retype(qtbot, spin, str(port))
    security = press_tab(qtbot)
    assert security is dialog.editors["smtp_security"] and isinstance(security, QComboBox)
    press(qtbot, security, Qt.Key.Key_Down)
    press(qtbot, security, Qt.Key.Key_Down)
    assert security.currentData() == "none" and security.currentText() == "암호화 없음"
    assert press_tab(qtbot) is dialog.editors["smtp_user"]
    password = press_tab(qtbot)
    assert password is dialog.editors["smtp_password"] and isinstance(password, QLineEdit)
    assert password.echoMode() is QLineEdit.EchoMode.Password
    type_text(qtbot, password, "s3cret")
    sender = press_tab(qtbot)
    assert sender is dialog.editors["mail_from"]
    type_text(qtbot, sender, "minwon@test.go.kr")

    row = dialog.test_mail
    assert row is not None
    to = press_tab(qtbot)
    assert to is row.address
    type_text(qtbot, to, "hong")
    press_enter(qtbot, to)  # the test mail, not 저장
    qtbot.waitUntil(lambda: not row.busy() and "보내는 중" not in row.answer_text())
    assert "이메일 주소가 아닙니다" in row.answer_text()
    assert dialog.isVisible() and not config.settings.path.exists()
    type_text(qtbot, to, "@example.com")
    press_enter(qtbot, to)
    qtbot.waitUntil(lambda: "메일 서버의 답" in row.answer_text(), timeout=15_000)
    assert "250 Message accepted for delivery" in row.answer_text()
    [mail] = box.messages
    assert mail["To"] == "hong@example.com" and mail["Subject"] == "[민원 데스크] 시험 메일"
    assert f"127.0.0.1:{port}" in mail.get_body().get_content()  # type: ignore[union-attr]
    assert not config.settings.path.exists()  # tried before it was saved

    press_enter(qtbot, sender)
    qtbot.waitUntil(lambda: window.settings_opener.dialog is None)
    saved = tomllib.loads(config.settings.path.read_text(encoding="utf-8"))
    assert saved == {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_security": "none",
                     "smtp_password": "s3cret", "mail_from": "minwon@test.go.kr"}
    backend = window._backend
    assert isinstance(backend, Backend)
    now = backend.notices.config  # the next notice goes the new way, without a restart
    assert (now.smtp_host, now.smtp_port, now.mail_from) == ("127.0.0.1", port, "minwon@test.go.kr")

    again = _open(qtbot, window)
    assert [_shown(again, n) for n in ("smtp_host", "smtp_port", "smtp_security", "mail_from")] == [
        "127.0.0.1", port, "none", "minwon@test.go.kr"]
    kept = again.editors["smtp_password"]
    assert isinstance(kept, QLineEdit) and kept.text() == "s3cret"
    assert kept.echoMode() is QLineEdit.EchoMode.Password


def _shown(dialog: SettingsDialog, name: str) -> object:
    editor = dialog.editors[name]
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value()
    assert isinstance(editor, QLineEdit)
    return editor.text()


def test_a_refusing_server_is_answered_in_the_dialog(
    qtbot: QtBot, window: MainWindow, inbox: tuple[Inbox, int]
) -> None:
    box, port = inbox
    box.refuse.add("nobody@example.com")
    dialog = _open(qtbot, window)
    for name, text in (("smtp_host", "127.0.0.1"), ("mail_from", "민원실 <minwon@test.go.kr>")):
        field = dialog.editors[name]
        assert isinstance(field, QLineEdit)
        field.setText(text)
    port_box = dialog.editors["smtp_port"]
    security = dialog.editors["smtp_security"]
    assert isinstance(port_box, QSpinBox) and isinstance(security, QComboBox)
    port_box.setValue(port)
    security.setCurrentIndex(security.findData("none"))
    row = dialog.test_mail
    assert row is not None
    row.address.setFocus()
    type_text(qtbot, row.address, "nobody@example.com")
    press_enter(qtbot, row.address)
    qtbot.waitUntil(lambda: "보내지 못했습니다" in row.answer_text(), timeout=15_000)
    assert "550" in row.answer_text() and "User unknown" in row.answer_text()
    assert QApplication.focusWidget() is row.address and dialog.isVisible()
    assert box.messages == []


def test_a_password_from_the_environment_is_said_and_not_editable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINWON_SMTP_PASSWORD", "from-the-vault")
    dialog = _open(qtbot, window)
    password = dialog.editors["smtp_password"]
    assert isinstance(password, QLineEdit)
    assert not password.isEnabled() and password.text() == ""
    assert "smtp_password" not in dialog.typed()
    helpers = [label.text() for label in password.parent().findChildren(QLabel)]
    assert any("MINWON_SMTP_PASSWORD" in text and "바꿀 수 없습니다" in text for text in helpers)
    assert "from-the-vault" not in " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_a_sender_that_is_not_an_address_is_refused_at_its_field(
    qtbot: QtBot, window: MainWindow, config: AppConfig
) -> None:
    dialog = _open(qtbot, window)
    sender = dialog.editors["mail_from"]
    assert isinstance(sender, QLineEdit)
    sender.setFocus()
    type_text(qtbot, sender, "민원실")
    press_enter(qtbot, sender)
    qtbot.waitUntil(lambda: dialog.problem("mail_from") != "")
    assert "이메일 주소가 아닙니다" in dialog.problem("mail_from")
    assert QApplication.focusWidget() is sender and not config.settings.path.exists()
