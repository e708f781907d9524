"""The settings screen's 시험 메일 row: an address, 시험 메일 보내기, and the mail server's
answer under them. The mail goes off the GUI thread with the settings as typed (saved or
not); Enter in the address sends it (not the dialog's 저장)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from minwon_desk.ui.background import Background
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message

# (address) → the server's answer; raises MinwonError (the Background says its message)
Send = Callable[[str], str]


class TestMailRow(QWidget):
    def __init__(self, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._send = send
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.address = QLineEdit(self)
        self.address.setAccessibleName(translate("SettingsDialog", "시험 메일 받을 주소"))
        self.address.setPlaceholderText(translate("SettingsDialog", "받을 주소 (예: 내 업무 메일)"))
        self.address.installEventFilter(self)
        self.button = QPushButton(translate("SettingsDialog", "시험 메일 보내기"), self)
        self.button.setAutoDefault(False)
        self.button.setToolTip(translate("SettingsDialog", "적어 둔 메일 설정으로 시험 메일 한 통을 보내고 "
                                                           "메일 서버의 답을 보여 줍니다 (저장하지 않아도 됩니다)"))
        self.button.clicked.connect(self.send)
        row.addWidget(self.address, 1)
        row.addWidget(self.button)
        column.addLayout(row)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.answer.setAccessibleName(translate("SettingsDialog", "메일 서버의 답"))
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.hide()
        column.addWidget(self.answer)
        self._background = Background(self)

    def send(self) -> None:
        to = self.address.text()
        self.button.setEnabled(False)
        show_message(self.answer, translate("SettingsDialog", "시험 메일을 보내는 중…"), "hint")
        self._background.run(
            lambda _progress, _cancelled: self._send(to), on_done=self._sent,
            on_error=self._failed, label=translate("SettingsDialog", "시험 메일 보내는 중…"),
            key="test_mail", quiet=True,
        )

    def busy(self) -> bool:
        return self._background.running()

    def answer_text(self) -> str:
        return self.answer.text() if not self.answer.isHidden() else ""

    def _sent(self, answer: str) -> None:
        self.button.setEnabled(True)
        show_message(self.answer, translate("SettingsDialog", "보냈습니다. 메일 서버의 답: {answer}").format(
            answer=answer), "message-ok")

    def _failed(self, message: str) -> None:
        self.button.setEnabled(True)
        show_message(self.answer, message, "message-error")
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.address and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            if self.button.isEnabled():
                self.send()
            return True
        return super().eventFilter(watched, event)

