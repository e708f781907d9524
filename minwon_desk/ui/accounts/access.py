"""Who may use the desk now: sign-in, first administrator, forced password change, sign-out,
the idle lock and ``Ctrl+L``.

States: *signed out* (the cover shows sign-in, or the first administrator on a new database),
*open* (no cover; the idle watcher runs), *locked* (the cover shows the lock over the desk as
it was). Unlocking by the same person (their password, checked by ``accounts.verify``, whose
failures count toward the account lock) takes the cover away and puts the focus back where
it was. Another person signing in at the lock closes the first person's open dialogs (they
act in that person's name) and takes over the desk; the pages' forms keep what was typed —
the visitor standing at the counter is still there, and what is saved next is saved in the
new person's name.

A dialog open when the desk locks is covered too (its text stays; it cannot be read), with
the same unlock, since a modal dialog would keep the keyboard from the window's cover.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from minwon_desk.domain.errors import MinwonError, SignInRefused
from minwon_desk.services.events import AccountChange, AccountChanged
from minwon_desk.ui.accounts.cover import DeskCover
from minwon_desk.ui.accounts.dialog_cover import DialogCover
from minwon_desk.ui.accounts.idle import IdleWatcher
from minwon_desk.ui.accounts.panels import DemoAccount, refusal_text
from minwon_desk.ui.accounts.password_dialog import PasswordDialog
from minwon_desk.ui.accounts.session import DeskSession, roles_label
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.accounts.dto import SignedIn
    from minwon_desk.services.accounts.service import AccountService
    from minwon_desk.services.dto import Actor
    from minwon_desk.ui.bridge import EventBridge

log = logging.getLogger(__name__)

LOCK_SHORTCUT = "Ctrl+L"


class DeskAccess(QObject):
    """Puts the cover over ``body`` (the widgets of the pages) until someone signs in."""

    opened = Signal()  # someone signed in and the desk is theirs (not after an unlock)
    account_notice = Signal(str)  # something about the signed-in account to tell them

    def __init__(
        self,
        window: QWidget,
        body: list[QWidget],
        blocked: list[QWidget],
        session: DeskSession,
        *,
        idle_minutes: Callable[[], float],
        board_behind_lock: Callable[[], QAbstractItemModel | None],
        who_label: QLabel,
        sign_out_button: QPushButton,
        bridge: EventBridge | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._body = body
        self._blocked = blocked  # disabled while covered (navigation, pages, menu bar)
        self.session = session
        self._accounts: AccountService | None = None
        self._desk = ""
        self._board_behind_lock = board_behind_lock
        self._return_focus: QWidget | None = None
        self._dialog_covers: list[DialogCover] = []
        self._locked = False
        self.password_dialog: PasswordDialog | None = None

        parent = body[0].parentWidget()
        assert parent is not None
        self.cover = DeskCover(parent, body)
        self.idle = IdleWatcher(idle_minutes, parent=self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)

        self.lock_action = QAction(translate("DeskAccess", "화면 잠그기"), window)
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setToolTip(translate("DeskAccess", "화면 잠그기 ({key})").format(key=LOCK_SHORTCUT))
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)
        self.password_action = QAction(translate("DeskAccess", "비밀번호 바꾸기(&P)…"), window)
        self.password_action.triggered.connect(self.change_password)

        self._who = who_label
        self._sign_out = sign_out_button
        self._who.setAccessibleName(translate("DeskAccess", "로그인한 사람"))
        self._sign_out.setAccessibleName(translate("DeskAccess", "로그아웃"))
        self._sign_out.clicked.connect(lambda: self.sign_out())

        c = self.cover
        c.sign_in.signed_in.connect(self._signed_in)
        c.first_admin.created.connect(self._first_admin_created)
        c.lock.unlock_requested.connect(self.unlock)
        c.lock.switch_requested.connect(self.switch_person)
        session.changed.connect(self._show_who)
        self._show_who(None)
        if bridge is not None:
            bridge.subscribe(AccountChanged, self._on_account_changed, owner=self)
        self._cover_with(c.sign_in)
        c.sign_in.start()

    # --- the database -------------------------------------------------------------------

    def attach(
        self,
        accounts: AccountService,
        desk: str,
        *,
        demo_accounts: Sequence[DemoAccount] = (),
        sign_in_as: tuple[str, str] | None = None,
    ) -> None:
        """The database is open: a new one asks for its first administrator; the demo signs
        in by itself as ``sign_in_as`` (login, password)."""
        self._accounts = accounts
        self._desk = desk
        c = self.cover
        c.sign_in.attach(accounts, desk)
        c.first_admin.attach(accounts)
        c.sign_in.set_demo_accounts(demo_accounts)
        if self.session.is_signed_in():
            return
        try:
            first = accounts.needs_first_admin()
        except MinwonError as exc:
            c.sign_in.say(exc.message)
            return
        if first:
            self._cover_with(c.first_admin)
            c.first_admin.start()
            return
        if sign_in_as is not None:
            try:
                signed = accounts.sign_in(*sign_in_as, desk=desk)
            except MinwonError as exc:
                log.warning("the demo could not sign in by itself: %s", exc.message)
            else:
                self._begin(signed.actor)

    # --- states -------------------------------------------------------------------------

    def is_covered(self) -> bool:
        return not self.cover.isHidden()

    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Lock over what is on screen (Ctrl+L, or idle). Nothing is closed or cleared."""
        actor = self.session.actor()
        if actor is None or self.is_covered():
            return
        self._return_focus = QApplication.focusWidget()
        self._locked = True
        self.cover.show_board(self._board_behind_lock())
        self._cover_with(self.cover.lock)
        for dialog in self._open_dialogs():
            self._dialog_covers.append(DialogCover(dialog, self))
        self.idle.cover([self.cover, *(d.panel for d in self._dialog_covers)])
        modal = QApplication.activeModalWidget()
        front = next((d for d in self._dialog_covers if d.dialog is modal), None)
        for panel in [self.cover.lock, *(d.panel for d in self._dialog_covers)]:
            panel.start(actor)
        for cover in self._dialog_covers:
            cover.fit()
        if front is not None:
            front.panel.password_edit.setFocus()
        else:
            self.cover.lock.password_edit.setFocus()

    def unlock(self, password: str) -> bool:
        """The same person's password takes the lock away. True when unlocked."""
        actor = self.session.actor()
        if not self._locked or actor is None or self._accounts is None:
            return False
        try:
            self._accounts.verify(actor, password)
        except SignInRefused as exc:
            self._say_at_lock(refusal_text(exc))
            return False
        except MinwonError as exc:
            self._say_at_lock(exc.message)
            return False
        self._uncover()
        return True

    def switch_person(self) -> None:
        """At the lock: someone else signs in instead."""
        if not self._locked:
            return
        # A dialog still open would keep the keyboard from the sign-in: the first person's
        # dialogs close now (they act in that person's name); the pages keep their text.
        closing = bool(self._dialog_covers)
        self._close_dialogs()
        self.cover.sign_in.login_edit.clear()
        self._cover_with(self.cover.sign_in)
        note = translate("DeskAccess", "{name} 님이 열어 둔 창을 닫았습니다. ").format(name=self._name()) if closing else ""
        self.cover.sign_in.start(note + translate("DeskAccess", "로그인할 사람의 사번과 비밀번호를 입력하세요."))

    def sign_out(self, message: str = "") -> None:
        """로그아웃: the person's open dialogs close, the sign-in panel comes back."""
        if not self.session.is_signed_in():
            return
        self._close_dialogs()
        self._locked = False
        self._remove_dialog_covers()
        self.session.end()
        self.cover.sign_in.login_edit.clear()
        self._cover_with(self.cover.sign_in)
        self.cover.sign_in.start(message)

    def _on_account_changed(self, event: AccountChanged) -> None:
        """The signed-in person's own account changed (here or on another desk): a role
        taken away or the account stopped counts at once — they sign in again, and the new
        sign-in reads their roles; a role given is theirs at the next sign-in."""
        actor = self.session.actor()
        if actor is None or event.account_id is None or event.account_id != actor.account_id:
            return
        if event.change in (AccountChange.REVOKED, AccountChange.DISABLED):
            self.sign_out(translate("DeskAccess", "{name} 님의 권한이 바뀌었습니다. 다시 로그인해 주세요. 화면에 적은 "
                              "내용은 그대로 있습니다.").format(name=actor.name))
        elif event.change is AccountChange.GRANTED:
            self.account_notice.emit(translate("DeskAccess", "새 역할이 주어졌습니다. 다시 로그인하면 쓸 수 있습니다."))

    def change_password(self) -> None:
        """The person signed in changes their own password (the old one asked first)."""
        actor = self.session.actor()
        if actor is None or self._accounts is None or self.is_covered():
            return
        dialog = PasswordDialog(self._accounts, actor, parent=self._window)
        self.password_dialog = dialog

        def finished(result: int) -> None:
            self.password_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.account_notice.emit(translate("DeskAccess", "비밀번호를 바꾸었습니다."))

        dialog.finished.connect(finished)
        dialog.open()

    def stop(self) -> None:
        """The window closes: stop watching the application's input."""
        self.idle.set_active(False)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)

    # --- sign-in ------------------------------------------------------------------------

    def _signed_in(self, signed: SignedIn, password: str) -> None:
        if signed.must_change_password:
            self._ask_new_password(signed.actor, password)
            return
        self._begin(signed.actor)

    def _first_admin_created(self, login: str, password: str) -> None:
        if self._accounts is None:
            return
        try:
            signed = self._accounts.sign_in(login, password, desk=self._desk)
        except MinwonError as exc:
            self._cover_with(self.cover.sign_in)
            self.cover.sign_in.start(exc.message)
            return
        self._begin(signed.actor)

    def _ask_new_password(self, actor: Actor, password: str) -> None:
        assert self._accounts is not None
        dialog = PasswordDialog(self._accounts, actor, old_password=password, forced=True,
                                parent=self._window)
        self.password_dialog = dialog

        def finished(result: int) -> None:
            self.password_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._begin(actor)
            else:
                self.cover.sign_in.start(translate("DeskAccess", "새 비밀번호를 정해야 로그인할 수 있습니다."))

        dialog.finished.connect(finished)
        dialog.open()

    def _begin(self, actor: Actor) -> None:
        current = self.session.actor()
        if current is None or current.account_id != actor.account_id or current.staff_id != actor.staff_id:
            if current is not None:
                self._close_dialogs()  # the first person's work, in their name
            self.session.begin(actor)
        self._uncover()

    # --- covering -----------------------------------------------------------------------

    def _cover_with(self, panel: QWidget) -> None:
        for widget in self._blocked:
            widget.setEnabled(False)
        self._sign_out.setEnabled(False)
        self.lock_action.setEnabled(False)
        self.password_action.setEnabled(False)
        self.cover.show_panel(panel)
        self.idle.set_active(False)
        self.idle.cover([self.cover, *(d.panel for d in self._dialog_covers)])

    def _uncover(self) -> None:
        self._remove_dialog_covers()
        self._locked = False
        for widget in self._blocked:
            widget.setEnabled(True)
        self.cover.hide()
        self.idle.uncover()
        signed = self.session.is_signed_in()
        self._sign_out.setEnabled(signed)
        self.lock_action.setEnabled(signed)
        self.password_action.setEnabled(signed)
        self.idle.set_active(signed)
        focus, self._return_focus = self._return_focus, None
        if focus is not None and focus.isVisible() and focus.isEnabled():
            focus.setFocus()
        elif signed:
            self.opened.emit()

    def _say_at_lock(self, text: str) -> None:
        modal = QApplication.activeModalWidget()
        for cover in self._dialog_covers:
            if cover.dialog is modal:
                cover.panel.say(text)
                return
        self.cover.lock.say(text)

    def _open_dialogs(self) -> list[QWidget]:
        return [
            w for w in QApplication.topLevelWidgets()
            if w is not self._window and w.isVisible() and isinstance(w, QDialog)
        ]

    def _close_dialogs(self) -> None:
        self._remove_dialog_covers()
        for dialog in self._open_dialogs():
            if isinstance(dialog, QDialog):
                dialog.reject()

    def _remove_dialog_covers(self) -> None:
        covers, self._dialog_covers = self._dialog_covers, []
        for cover in covers:
            cover.remove()

    def _name(self) -> str:
        actor = self.session.actor()
        return actor.name if actor else ""

    def _show_who(self, actor: Actor | None) -> None:
        if actor is None:
            self._who.setText(translate("DeskAccess", "로그인하지 않음"))
            self._sign_out.setEnabled(False)
            return
        roles = roles_label(actor.roles)
        self._who.setText(f"{actor.name} · {roles}" if roles else actor.name)
        self._who.setToolTip(translate("DeskAccess", "이 창구에서 일하는 사람입니다. 기록에 이 이름이 남습니다."))
