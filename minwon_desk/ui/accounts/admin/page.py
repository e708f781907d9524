"""계정·권한 관리 (administrators only): the accounts, creating one for a staff member (its
one-time password shown once), reset, disable/enable, unlock, granting and revoking a role
with a required reason, the history of grants, and service tokens (the secret shown once).

Everything is on the page, no dialog: a table, and below it the forms that act on the
chosen row. Alt+letter reaches each field; Enter in a field does its form's action. Every
refusal of the services is said on the page's message line; nothing is half done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.roles import Operation, Role, role_title
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.events import AccountChanged
from minwon_desk.ui.accounts.admin.retention_tab import RetentionTab
from minwon_desk.ui.accounts.admin.tables import fill_rows, read_only_table
from minwon_desk.ui.accounts.session import roles_label
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message

if TYPE_CHECKING:
    from minwon_desk.services.accounts.dto import AccountView
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.bridge import ActorSource, EventBridge

T = TypeVar("T")


def _when(at: datetime | None) -> str:
    return f"{to_seoul(at):%Y-%m-%d %H:%M}" if at else ""


def account_state(a: AccountView, now: datetime) -> str:
    if not a.active:
        return translate("AdministrationPage", "사용 중지")
    if a.locked_until is not None and a.locked_until > now:
        return translate("AdministrationPage", "잠김 ({at}까지)").format(at=f"{to_seoul(a.locked_until):%H:%M}")
    if a.must_change_password:
        return translate("AdministrationPage", "비밀번호 변경 필요")
    return translate("AdministrationPage", "사용 중")


def _edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button


class AdministrationPage(QWidget):
    def __init__(self, backend: Backend, actor: ActorSource, bridge: EventBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._accounts: list[AccountView] = []
        self.last_secret = ""  # the last one-time password or token secret shown (tests)
        title = QLabel(translate("AdministrationPage", "계정·권한 관리"))
        title.setObjectName("titleLabel")
        self.message = QLabel()
        self.message.setAccessibleName(translate("AdministrationPage", "관리 안내"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("AdministrationPage", "관리 탭"))
        self.tabs.addTab(self._accounts_tab(), translate("AdministrationPage", "계정(&1)"))
        self.tabs.addTab(self._history_tab(), translate("AdministrationPage", "권한 이력(&2)"))
        self.tabs.addTab(self._tokens_tab(), translate("AdministrationPage", "서비스 토큰(&3)"))
        self.retention = RetentionTab(backend, actor)
        self.tabs.addTab(self.retention, translate("AdministrationPage", "보존·파기(&4)"))
        # Read when the tab is chosen: what is due costs a count over the years' records.
        self.tabs.currentChanged.connect(
            lambda index: self.retention.refresh() if self.tabs.widget(index) is self.retention
            else None)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(self.message)
        box.addWidget(self.tabs, 1)
        bridge.subscribe(AccountChanged, lambda _e: self.refresh(), owner=self)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _accounts_tab(self) -> QWidget:
        self.account_table = read_only_table(translate("AdministrationPage", "계정 목록"), [
            translate("AdministrationPage", "이름"), translate("AdministrationPage", "사번"), translate("AdministrationPage", "계정"), translate("AdministrationPage", "역할"), translate("AdministrationPage", "상태"), translate("AdministrationPage", "마지막 로그인")], one_row=True)
        create = QGroupBox(translate("AdministrationPage", "새 계정"))
        self.staff_edit = _edit(translate("AdministrationPage", "새 계정 사번"), "T0001")
        self.login_edit = _edit(translate("AdministrationPage", "새 계정 이름"), translate("AdministrationPage", "비우면 사번으로 로그인"))
        self.role_checks: dict[Role, QCheckBox] = {}
        roles_row = QHBoxLayout()
        for role in Role:
            check = QCheckBox(role_title(role))
            check.setAccessibleName(translate("AdministrationPage", "새 계정 역할 {role}").format(role=role.value))
            self.role_checks[role] = check
            roles_row.addWidget(check)
        roles_row.addStretch(1)
        self.create_button = _button(translate("AdministrationPage", "계정 만들기(&N)"), translate("AdministrationPage", "계정 만들기"), self.create_account)
        form = QFormLayout(create)
        form.addRow(translate("AdministrationPage", "사번(&S)"), self.staff_edit)
        form.addRow(translate("AdministrationPage", "계정 이름(&L)"), self.login_edit)
        form.addRow(translate("AdministrationPage", "역할"), roles_row)
        form.addRow("", self.create_button)
        self.staff_edit.returnPressed.connect(self.create_account)
        self.login_edit.returnPressed.connect(self.create_account)

        chosen = QGroupBox(translate("AdministrationPage", "고른 계정"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(translate("AdministrationPage", "역할"))
        for role in Role:
            self.role_combo.addItem(role_title(role), role)
        self.reason_edit = _edit(translate("AdministrationPage", "사유"), translate("AdministrationPage", "권한을 주거나 거두는 사유 (필수)"))
        self.grant_button = _button(translate("AdministrationPage", "역할 주기(&G)"), translate("AdministrationPage", "역할 주기"), self.grant)
        self.revoke_button = _button(translate("AdministrationPage", "역할 거두기(&V)"), translate("AdministrationPage", "역할 거두기"), self.revoke)
        actions = QHBoxLayout()
        for text, name, slot in (
            (translate("AdministrationPage", "비밀번호 초기화(&R)"), translate("AdministrationPage", "비밀번호 초기화"), self.reset),
            (translate("AdministrationPage", "사용 중지(&D)"), translate("AdministrationPage", "사용 중지"), self.disable),
            (translate("AdministrationPage", "다시 사용(&E)"), translate("AdministrationPage", "다시 사용"), self.enable),
            (translate("AdministrationPage", "잠금 풀기(&U)"), translate("AdministrationPage", "잠금 풀기"), self.unlock),
        ):
            actions.addWidget(_button(text, name, slot))
        actions.addStretch(1)
        grant_row = QHBoxLayout()
        grant_row.addWidget(self.role_combo)
        grant_row.addWidget(self.reason_edit, 1)
        grant_row.addWidget(self.grant_button)
        grant_row.addWidget(self.revoke_button)
        column = QVBoxLayout(chosen)
        column.addLayout(actions)
        column.addLayout(grant_row)
        self.reason_edit.returnPressed.connect(self.grant)

        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addWidget(self.account_table, 1)
        # One under the other: at 1024×768 the role names and the reason need the width.
        box.addWidget(create)
        box.addWidget(chosen)
        return tab

    def _history_tab(self) -> QWidget:
        self.history_table = read_only_table(translate("AdministrationPage", "권한 이력"), [
            translate("AdministrationPage", "때"), translate("AdministrationPage", "무엇"), translate("AdministrationPage", "사번"), translate("AdministrationPage", "이름"), translate("AdministrationPage", "역할"), translate("AdministrationPage", "사유"), translate("AdministrationPage", "한 사람"),
            translate("AdministrationPage", "창구")], one_row=True)
        tab = QWidget()
        QVBoxLayout(tab).addWidget(self.history_table)
        return tab

    def _tokens_tab(self) -> QWidget:
        self.token_table = read_only_table(translate("AdministrationPage", "서비스 토큰"), [
            translate("AdministrationPage", "번호"), translate("AdministrationPage", "용도"), translate("AdministrationPage", "역할"), translate("AdministrationPage", "만든 때"), translate("AdministrationPage", "만든 사람"), translate("AdministrationPage", "상태"),
            translate("AdministrationPage", "마지막 사용")], one_row=True)
        self.purpose_edit = _edit(translate("AdministrationPage", "토큰 용도"), translate("AdministrationPage", "예: 전화연동"))
        self.token_role = QComboBox()
        self.token_role.setAccessibleName(translate("AdministrationPage", "토큰 역할"))
        for role in Role:
            self.token_role.addItem(role_title(role), role)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("AdministrationPage", "용도")))
        row.addWidget(self.purpose_edit, 1)
        row.addWidget(self.token_role)
        row.addWidget(_button(translate("AdministrationPage", "토큰 만들기(&T)"), translate("AdministrationPage", "토큰 만들기"), self.create_token))
        row.addWidget(_button(translate("AdministrationPage", "토큰 폐기(&X)"), translate("AdministrationPage", "토큰 폐기"), self.revoke_token))
        self.purpose_edit.returnPressed.connect(self.create_token)
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addWidget(self.token_table, 1)
        box.addLayout(row)
        return tab

    # --- reading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Read when brought to the front: the person signed in may have changed meanwhile.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        actor = self._actor()
        if actor is None or not self._backend.accounts.may(actor, Operation.ACCOUNTS_ADMIN):
            return
        service = self._backend.accounts
        try:
            self._accounts = service.accounts(actor)
            history = service.grant_history(actor)
            tokens = service.tokens(actor)
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return
        now = self._backend.clock()
        fill_rows(self.account_table, [
            [a.name, a.staff_no, a.login, roles_label(a.roles), account_state(a, now),
             _when(a.last_sign_in_at)] for a in self._accounts])
        fill_rows(self.history_table, [
            [_when(h.at), h.action, h.staff_no, h.name, h.role, h.reason, h.by, h.desk]
            for h in history])
        fill_rows(self.token_table, [
            [str(t.id), t.purpose, roles_label(t.roles), _when(t.created_at), t.created_by,
             translate("AdministrationPage", "사용 중") if t.active else translate("AdministrationPage", "폐기됨 {at}").format(at=_when(t.revoked_at)),
             _when(t.last_used_at)] for t in tokens])
        self._tokens = tokens

    def chosen_account(self) -> AccountView | None:
        row = self.account_table.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def choose(self, staff_no: str) -> bool:
        for row, account in enumerate(self._accounts):
            if account.staff_no == staff_no:
                self.account_table.selectRow(row)
                return True
        return False

    # --- acting -------------------------------------------------------------------------

    def create_account(self) -> None:
        roles = [r for r, check in self.role_checks.items() if check.isChecked()]
        staff_no = self.staff_edit.text().strip()
        if not staff_no:
            self._say(translate("AdministrationPage", "계정을 만들 직원의 사번을 입력하세요."), ok=False)
            self.staff_edit.setFocus()
            return
        made = self._act(lambda a: self._backend.accounts.add(
            a, staff_no=staff_no, roles=roles, login=self.login_edit.text().strip() or None))
        if made is None:
            return
        assert isinstance(made, tuple)
        account, password = made
        self.last_secret = password
        self.staff_edit.clear()
        self.login_edit.clear()
        for check in self.role_checks.values():
            check.setChecked(False)
        self._say(translate("AdministrationPage", "{name}({no}) 님의 계정을 만들었습니다. 일회용 비밀번호: {pw} — 지금 한 번만 "
                      "보입니다. 본인에게 전하세요; 처음 로그인할 때 바꿔야 합니다.").format(
            name=account.name, no=account.staff_no, pw=password), ok=True)

    def reset(self) -> None:
        account = self._need_account()
        if account is None:
            return
        password = self._act(lambda a: self._backend.accounts.reset(a, account.staff_no))
        if isinstance(password, str):
            self.last_secret = password
            self._say(translate("AdministrationPage", "{name} 님의 새 일회용 비밀번호: {pw} — 지금 한 번만 보입니다.").format(
                name=account.name, pw=password), ok=True)

    def disable(self) -> None:
        self._on_account(lambda a, no: self._backend.accounts.disable(a, no), translate("AdministrationPage", "사용을 중지했습니다"))

    def enable(self) -> None:
        self._on_account(lambda a, no: self._backend.accounts.enable(a, no), translate("AdministrationPage", "다시 쓸 수 있게 했습니다"))

    def unlock(self) -> None:
        self._on_account(lambda a, no: self._backend.accounts.unlock(a, no), translate("AdministrationPage", "잠금을 풀었습니다"))

    def grant(self) -> None:
        self._role_change(grant=True)

    def revoke(self) -> None:
        self._role_change(grant=False)

    def create_token(self) -> None:
        purpose = self.purpose_edit.text().strip()
        role = Role(self.token_role.currentData())
        made = self._act(lambda a: self._backend.accounts.create_token(
            a, purpose=purpose, roles=[role]))
        if made is None:
            return
        assert isinstance(made, tuple)
        token, secret = made
        self.last_secret = secret
        self.purpose_edit.clear()
        self._say(translate("AdministrationPage", "토큰 {id}번({purpose})을 만들었습니다. 비밀값: {secret} — 지금 한 번만 보입니다. "
                      "MINWON_TOKEN으로 쓰세요.").format(id=token.id, purpose=token.purpose,
                                                      secret=secret), ok=True)

    def revoke_token(self) -> None:
        row = self.token_table.currentRow()
        tokens = getattr(self, "_tokens", [])
        if not 0 <= row < len(tokens):
            self._say(translate("AdministrationPage", "폐기할 토큰을 목록에서 고르세요."), ok=False)
            return
        token = tokens[row]
        if self._act(lambda a: self._backend.accounts.revoke_token(a, token.id)) is not None:
            self._say(translate("AdministrationPage", "토큰 {id}번을 폐기했습니다.").format(id=token.id), ok=True)

    # --- helpers ------------------------------------------------------------------------

    def _role_change(self, *, grant: bool) -> None:
        account = self._need_account()
        if account is None:
            return
        role = Role(self.role_combo.currentData())
        reason = self.reason_edit.text().strip()
        if not reason:
            self._say(translate("AdministrationPage", "권한을 주거나 거두는 사유를 입력하세요 (기록에 3년 이상 남습니다)."), ok=False)
            self.reason_edit.setFocus()
            return
        service = self._backend.accounts
        change = service.grant if grant else service.revoke
        if self._act(lambda a: change(a, account.staff_no, role, reason=reason)) is None:
            return
        self.reason_edit.clear()
        done = translate("AdministrationPage", "주었습니다") if grant else translate("AdministrationPage", "거두었습니다")
        self._say(translate("AdministrationPage", "{name} 님에게서 '{role}' 역할을 {done}.").format(
            name=account.name, role=role_title(role), done=done) if not grant else
            translate("AdministrationPage", "{name} 님에게 '{role}' 역할을 {done}.").format(
            name=account.name, role=role_title(role), done=done), ok=True)
        self.choose(account.staff_no)

    def _on_account(self, act: Callable[..., object], done: str) -> None:
        account = self._need_account()
        if account is None:
            return
        if self._act(lambda a: act(a, account.staff_no)) is not None:
            self._say(f"{account.name}({account.staff_no}): {done}.", ok=True)
            self.choose(account.staff_no)

    def _need_account(self) -> AccountView | None:
        account = self.chosen_account()
        if account is None:
            self._say(translate("AdministrationPage", "목록에서 계정을 고르세요."), ok=False)
            self.account_table.setFocus()
        return account

    def _act(self, call: Callable[..., T]) -> T | bool | None:
        """Run ``call(actor)``; None when refused (said on the page), else its result (True
        for a call that returns nothing)."""
        actor = self._actor()
        if actor is None:
            self._say(translate("AdministrationPage", "로그인한 뒤에 할 수 있습니다."), ok=False)
            return None
        try:
            result = call(actor)
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return None
        self.refresh()
        return True if result is None else result

    def _say(self, text: str, *, ok: bool) -> None:
        show_message(self.message, text, "message-ok" if ok else "message-error")

    def __repr__(self) -> str:
        return f"AdministrationPage(accounts={len(self._accounts)})"
