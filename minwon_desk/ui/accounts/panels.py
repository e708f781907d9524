"""The panels that stand over the desk while nobody may work at it: sign-in, the first
administrator of a new database, and the lock.

Each is keyboard-first: the first field has the focus, Enter in a field moves on or commits,
and every refusal is said in Korean under the fields (the fields keep what was typed, except
a refused password, which is cleared so the next try starts clean).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.errors import MinwonError, SignInRefused
from minwon_desk.domain.roles import MIN_MIXED, MIN_SINGLE
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.ui.accounts.session import roles_label
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message

if TYPE_CHECKING:
    from minwon_desk.services.accounts.service import AccountService
    from minwon_desk.services.dto import Actor

def password_rule() -> str:
    return translate("SignIn", "비밀번호는 영문자·숫자·특수문자·한글 중 두 종류 이상을 섞어 {mixed}자 이상, "
                     "또는 한 종류로 {single}자 이상이어야 합니다.").format(mixed=MIN_MIXED, single=MIN_SINGLE)


def refusal_text(exc: SignInRefused) -> str:
    """The service's reason; for a locked account it always says until when."""
    if exc.locked_until is None:
        return exc.message
    until = f"{to_seoul(exc.locked_until):%H:%M}"
    if f"{until}까지" in exc.message:
        return exc.message
    return translate("SignIn", "로그인에 여러 번 실패하여 계정이 {until}까지 잠겨 있습니다.").format(until=until)


def _edit(name: str, *, password: bool = False, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(260)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _buddies(form: QFormLayout) -> None:
    """Each row's label takes its field as buddy, so its Alt+letter reaches the field."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item else None
        field = field_item.widget() if field_item else None
        if isinstance(label, QLabel) and field is not None:
            label.setBuddy(field)


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.hide()
    return label


class _Card(QFrame):
    """A framed box in the middle of the cover, with a title and a hint."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverCard")
        self.setMaximumWidth(560)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(24, 20, 24, 20)
        self.box.setSpacing(10)
        self.title = QLabel(title)
        self.title.setObjectName("coverTitle")
        self.title.setAccessibleName(translate("SignIn", "안내 제목"))
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.box.addWidget(self.title)
        self.box.addWidget(self.hint)


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A demo account the sign-in panel offers to a visitor of the demo."""

    role: str
    name: str
    login: str
    password: str


class SignInPanel(_Card):
    """사번 or account name, password, Enter: ``signed_in`` carries the service's answer."""

    signed_in = Signal(object, str)  # SignedIn, the password typed (for a forced change)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SignIn", "로그인"), translate("SignIn", "사번 또는 계정 이름과 비밀번호를 입력하고 Enter를 누르세요."), parent)
        self._accounts: AccountService | None = None
        self._desk = ""
        self._unavailable = translate("SignIn", "데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.")
        self.login_edit = _edit(translate("SignIn", "사번 또는 계정"), placeholder=translate("SignIn", "예: T0001 또는 hong"))
        self.password_edit = _edit(translate("SignIn", "비밀번호"), password=True)
        form = QFormLayout()
        form.addRow(translate("SignIn", "사번·계정(&I)"), self.login_edit)
        form.addRow(translate("SignIn", "비밀번호(&P)"), self.password_edit)
        _buddies(form)
        self.box.addLayout(form)
        self.message = _message_label(translate("SignIn", "로그인 안내"))
        self.box.addWidget(self.message)
        self.button = QPushButton(translate("SignIn", "로그인"))
        self.button.setAccessibleName(translate("SignIn", "로그인"))
        self.button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        self.box.addLayout(buttons)
        self.demo_list = QListWidget()
        self.demo_list.setAccessibleName(translate("SignIn", "시연용 계정"))
        self.demo_list.setMaximumHeight(170)
        self.demo_title = QLabel(translate("SignIn", "시연용 계정 — 고르고 Enter를 누르면 그 역할로 로그인합니다 (&D)"))
        self.demo_title.setBuddy(self.demo_list)
        self.box.addWidget(self.demo_title)
        self.box.addWidget(self.demo_list)
        self.demo_title.hide()
        self.demo_list.hide()

        self.login_edit.returnPressed.connect(self._login_entered)
        self.password_edit.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.demo_list.itemActivated.connect(self._demo_chosen)

    def attach(self, accounts: AccountService, desk: str) -> None:
        self._accounts = accounts
        self._desk = desk
        if self.message.text() == self._unavailable:
            show_message(self.message, "", "message-error")  # no longer true

    def set_unavailable(self, text: str) -> None:
        self._unavailable = text

    def set_demo_accounts(self, accounts: Sequence[DemoAccount]) -> None:
        self.demo_list.clear()
        for account in accounts:
            who = f"{account.name} " if account.name else ""
            item = QListWidgetItem(
                translate("SignIn", "{role} — {who}(계정 {login}, 비밀번호 {password})").format(
                    role=account.role, who=who, login=account.login, password=account.password)
            )
            item.setData(Qt.ItemDataRole.UserRole, account)
            self.demo_list.addItem(item)
        self.demo_title.setVisible(bool(accounts))
        self.demo_list.setVisible(bool(accounts))

    def start(self, message: str = "") -> None:
        """Ready for the next person: empty password, focus where they begin."""
        self.password_edit.clear()
        show_message(self.message, message, "message-error" if message else "message-ok")
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def say(self, text: str) -> None:
        show_message(self.message, text, "message-error")

    def submit(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if self._accounts is None:
            self.say(self._unavailable)
            return
        if not login:
            self.say(translate("SignIn", "사번 또는 계정 이름을 입력하세요."))
            self.login_edit.setFocus()
            return
        if not password:
            self.say(translate("SignIn", "비밀번호를 입력하세요."))
            self.password_edit.setFocus()
            return
        try:
            signed = self._accounts.sign_in(login, password, desk=self._desk)
        except SignInRefused as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.say(refusal_text(exc))
            return
        except MinwonError as exc:
            self.say(exc.message)
            return
        self.password_edit.clear()
        show_message(self.message, "", "message-ok")
        self.signed_in.emit(signed, password)

    def _login_entered(self) -> None:
        if self.password_edit.text():
            self.submit()
        else:
            self.password_edit.setFocus()

    def _demo_chosen(self, item: QListWidgetItem) -> None:
        account = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(account, DemoAccount):
            self.login_edit.setText(account.login)
            self.password_edit.setText(account.password)
            self.submit()


class FirstAdminPanel(_Card):
    """A new database: the first administrator, before anything else can be done."""

    created = Signal(str, str)  # login, password: the panel signs them in next

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("SignIn", "첫 관리자 만들기"),
            translate("SignIn", "이 데이터베이스에는 아직 계정이 없습니다. 계정과 권한을 관리할 첫 관리자를 만드세요. "
                "관리자가 생기기 전에는 다른 일을 할 수 없습니다."),
            parent,
        )
        self._accounts: AccountService | None = None
        self.name_edit = _edit(translate("SignIn", "관리자 이름"))
        self.login_edit = _edit(translate("SignIn", "관리자 계정 이름"), placeholder="admin")
        self.password_edit = _edit(translate("SignIn", "새 비밀번호"), password=True)
        self.again_edit = _edit(translate("SignIn", "새 비밀번호 확인"), password=True)
        form = QFormLayout()
        form.addRow(translate("SignIn", "이름(&N)"), self.name_edit)
        form.addRow(translate("SignIn", "계정 이름(&A)"), self.login_edit)
        form.addRow(translate("SignIn", "비밀번호(&P)"), self.password_edit)
        form.addRow(translate("SignIn", "비밀번호 확인(&C)"), self.again_edit)
        _buddies(form)
        self.box.addLayout(form)
        rule = QLabel(password_rule())
        rule.setWordWrap(True)
        rule.setAccessibleName(translate("SignIn", "비밀번호 규칙"))
        rule.setProperty("role", "hint")
        self.box.addWidget(rule)
        self.message = _message_label(translate("SignIn", "관리자 만들기 안내"))
        self.box.addWidget(self.message)
        self.button = QPushButton(translate("SignIn", "관리자 만들기"))
        self.button.setAccessibleName(translate("SignIn", "관리자 만들기"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        self.box.addLayout(buttons)
        edits = (self.name_edit, self.login_edit, self.password_edit)
        for edit, following in zip(edits, (*edits[1:], self.again_edit), strict=True):
            edit.returnPressed.connect(following.setFocus)
        self.again_edit.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def attach(self, accounts: AccountService) -> None:
        self._accounts = accounts

    def start(self) -> None:
        self.name_edit.setFocus()

    def submit(self) -> None:
        if self._accounts is None:
            return
        name = self.name_edit.text().strip()
        login = self.login_edit.text().strip() or "admin"
        password, again = self.password_edit.text(), self.again_edit.text()
        if not name:
            show_message(self.message, translate("SignIn", "관리자 이름을 입력하세요."), "message-error")
            self.name_edit.setFocus()
            return
        if password != again:
            show_message(self.message, translate("SignIn", "두 비밀번호가 다릅니다. 다시 입력하세요."), "message-error")
            self.again_edit.clear()
            self.again_edit.setFocus()
            return
        try:
            self._accounts.init_admin(name=name, login=login, password=password)
        except MinwonError as exc:
            show_message(self.message, exc.message, "message-error")
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        self.again_edit.clear()
        self.created.emit(login, password)


class LockPanel(_Card):
    """"화면이 잠겨 있습니다": the same person types their password; or someone else signs in."""

    unlock_requested = Signal(str)  # the password typed
    switch_requested = Signal()  # 다른 사람으로 로그인

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SignIn", "화면이 잠겨 있습니다"), "", parent)
        self.password_edit = _edit(translate("SignIn", "잠금 해제 비밀번호"), password=True)
        form = QFormLayout()
        form.addRow(translate("SignIn", "비밀번호(&P)"), self.password_edit)
        _buddies(form)
        self.box.addLayout(form)
        self.message = _message_label(translate("SignIn", "잠금 안내"))
        self.box.addWidget(self.message)
        self.unlock_button = QPushButton(translate("SignIn", "잠금 해제"))
        self.unlock_button.setAccessibleName(translate("SignIn", "잠금 해제"))
        self.switch_button = QPushButton(translate("SignIn", "다른 사람으로 로그인(&O)"))
        self.switch_button.setAccessibleName(translate("SignIn", "다른 사람으로 로그인"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        self.box.addLayout(buttons)
        self.password_edit.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button.clicked.connect(self.switch_requested)

    def start(self, actor: Actor) -> None:
        roles = roles_label(actor.roles)
        self.hint.setText(
            translate("SignIn", "{name} 님({roles})이 쓰던 화면입니다. 비밀번호를 입력하고 Enter를 누르면 하던 일이 "
                "그대로 이어집니다.").format(name=actor.name, roles=roles or translate("SignIn", "역할 없음"))
        )
        self.password_edit.clear()
        show_message(self.message, "", "message-ok")
        self.password_edit.setFocus()

    def say(self, text: str) -> None:
        self.password_edit.clear()
        show_message(self.message, text, "message-error")
        self.password_edit.setFocus()

    def _unlock(self) -> None:
        if not self.password_edit.text():
            self.say(translate("SignIn", "비밀번호를 입력하세요."))
            return
        self.unlock_requested.emit(self.password_edit.text())

