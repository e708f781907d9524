"""Changing one's password: forced at the first sign-in with a one-time password, or asked
for from the signed-in bar. The rule is shown before anything is typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.errors import MinwonError
from minwon_desk.ui.accounts.panels import password_rule
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message

if TYPE_CHECKING:
    from minwon_desk.services.accounts.service import AccountService
    from minwon_desk.services.dto import Actor


def _password(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(240)
    return edit


class PasswordDialog(QDialog):
    """Old password (unless it was just typed to sign in), the new one twice; Enter saves."""

    def __init__(
        self,
        accounts: AccountService,
        actor: Actor,
        *,
        old_password: str | None = None,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._actor = actor
        self._old = old_password
        self.setWindowTitle(translate("PasswordDialog", "비밀번호 바꾸기"))
        box = QVBoxLayout(self)
        if forced:
            intro = QLabel(translate("PasswordDialog", "{name} 님, 처음 받은 비밀번호는 한 번만 쓸 수 있습니다. "
                               "새 비밀번호를 정해야 일을 시작할 수 있습니다.").format(name=actor.name))
            intro.setWordWrap(True)
            box.addWidget(intro)
        rule = QLabel(password_rule())
        rule.setWordWrap(True)
        rule.setAccessibleName(translate("PasswordDialog", "비밀번호 규칙"))
        rule.setProperty("role", "hint")
        box.addWidget(rule)
        form = QFormLayout()
        self.old_edit = _password(translate("PasswordDialog", "지금 비밀번호"))
        self.new_edit = _password(translate("PasswordDialog", "새 비밀번호"))
        self.again_edit = _password(translate("PasswordDialog", "새 비밀번호 확인"))
        if old_password is None:
            form.addRow(translate("PasswordDialog", "지금 비밀번호(&O)"), self.old_edit)
        form.addRow(translate("PasswordDialog", "새 비밀번호(&N)"), self.new_edit)
        form.addRow(translate("PasswordDialog", "새 비밀번호 확인(&C)"), self.again_edit)
        box.addLayout(form)
        self.message = QLabel()
        self.message.setAccessibleName(translate("PasswordDialog", "비밀번호 안내"))
        self.message.setWordWrap(True)
        self.message.hide()
        box.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PasswordDialog", "바꾸기"))
        for button in buttons.buttons():
            # Enter belongs to the fields (new → again → save), never to a default button too.
            assert isinstance(button, QPushButton)
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        first = self.old_edit if old_password is None else self.new_edit
        if old_password is None:
            self.old_edit.returnPressed.connect(self.new_edit.setFocus)
        self.new_edit.returnPressed.connect(self.again_edit.setFocus)
        self.again_edit.returnPressed.connect(self.submit)
        first.setFocus()

    def submit(self) -> None:
        old = self._old if self._old is not None else self.old_edit.text()
        new, again = self.new_edit.text(), self.again_edit.text()
        if new != again:
            self._say(translate("PasswordDialog", "새 비밀번호 두 칸이 다릅니다. 다시 입력하세요."))
            self.again_edit.clear()
            self.again_edit.setFocus()
            return
        try:
            self._accounts.change_password(self._actor, old, new)
        except MinwonError as exc:
            self._say(exc.message)
            self.new_edit.setFocus()
            return
        self.accept()

    def _say(self, text: str) -> None:
        show_message(self.message, text, "message-error")
