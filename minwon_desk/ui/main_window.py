"""The main window: a page list on the left, the chosen page on the right.

The window is shown before the database is open (start-up stays quick and an unreachable
database is explained in the window): a panel above the pages says it is opening, or why it
could not be opened with a "다시 시도" button; :meth:`MainWindow.attach` brings it to life.

The pages are declared once, in :mod:`minwon_desk.ui.pages` (title, shortcut, menu, how each
is built); the window's :class:`~minwon_desk.ui.page_list.PageList` gives each its navigation
entry, its "이동" action with the shortcut, and its own actions in its menu. Only pages that
do something are shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.roles import Operation
from minwon_desk.resources import resource_path
from minwon_desk.services.dto import StaffSummary
from minwon_desk.settings import AppConfig
from minwon_desk.ui.accounts.access import DeskAccess
from minwon_desk.ui.accounts.demo import demo_sign_in
from minwon_desk.ui.accounts.session import DeskSession
from minwon_desk.ui.accounts.window_roles import WindowRoles
from minwon_desk.ui.alerts import (
    GreetingAlerts,
    Notifier,
    PlatformSoundPlayer,
    SoundPlayer,
    TrayNotifier,
)
from minwon_desk.ui.background import wait_for_all
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases.deadline_calculator import DeadlineCalculatorView
from minwon_desk.ui.common.backup_menu import BackupOpener
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.common.elided_label import ElidedLabel
from minwon_desk.ui.common.settings_dialog import SettingsOpener
from minwon_desk.ui.common.shortcuts import ShownPageKeys
from minwon_desk.ui.forms.ui_main_window import Ui_MainWindow
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.live.desk import LiveDesk
from minwon_desk.ui.page_list import PageList
from minwon_desk.ui.pages import PageContext, page_table
from minwon_desk.ui.style import STYLE, set_role
from minwon_desk.ui.visitors.desk import VisitorDeskView

if TYPE_CHECKING:
    from pathlib import Path

    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.cases.page import CasePage
    from minwon_desk.ui.common.outbox_sender import NoticeSender
    from minwon_desk.ui.directory.absences_page import AbsencesPage
    from minwon_desk.ui.directory.offices.page import OfficesPage
    from minwon_desk.ui.directory.page import DirectoryPage
    from minwon_desk.ui.directory.staff_admin.page import StaffAdminPage
    from minwon_desk.ui.memos.page import MemoPage
    from minwon_desk.ui.supervision.compensation.page import CompensationPage
    from minwon_desk.ui.supervision.inspection.page import InspectionPage
    from minwon_desk.ui.supervision.survey.page import SurveyPage

log = logging.getLogger(__name__)

def app_icon() -> QIcon:
    try:
        return QIcon(str(resource_path("icons", "minwon_desk.svg")))
    except FileNotFoundError:
        return QIcon()


def greeting_sound_path() -> Path | None:
    """The chime, or None when it is not installed (then the player beeps)."""
    try:
        path = resource_path("sounds", "greeting_due.wav")
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


class MainWindow(QMainWindow):
    """Built and shown before the database is open; :meth:`attach` brings the pages to life.

    ``MainWindow(config, backend=backend)`` builds an attached window in one step.
    """

    retry_requested = Signal()  # the operator pressed "다시 시도" after a failed opening
    pages_built = Signal()  # every page of the table is there (the database is open)

    # The pages built once the database is open, by the table's names.
    directory: DirectoryPage
    absences: AbsencesPage
    offices: OfficesPage
    staff_admin: StaffAdminPage
    memo_page: MemoPage
    case_page: CasePage
    compensation: CompensationPage
    inspection: InspectionPage
    survey: SurveyPage

    def __init__(
        self,
        config: AppConfig,
        *,
        backend: Backend | None = None,
        sound_player: SoundPlayer | None = None,
        notifier: Notifier | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        # Before any page is added: a key two pages use acts only on the page in front.
        self.page_keys = ShownPageKeys(self.form.pageStack)
        self.setStyleSheet(STYLE)
        self.setWindowIcon(app_icon())
        self._backend: Backend | None = None
        self._config = config
        self._table = page_table()
        self._tray: TrayNotifier | None = None
        self.bridge = EventBridge(None, self)
        self.session = DeskSession(self)
        if notifier is None:
            self._tray = TrayNotifier(self.windowIcon(), self._fallback_notice, self)
            notifier = self._tray
        self.alerts = GreetingAlerts(
            sound_player or PlatformSoundPlayer(),
            notifier,
            sound_path=greeting_sound_path(),
            sound_enabled=lambda: bool(config.settings.get("greeting_sound")),
            parent=self,
        )

        self.directory_cache = DirectoryCache(self.bridge, self)
        self.visitor_desk = VisitorDeskView(
            None, self.session.actor, self.bridge, self.alerts, [], cache=self.directory_cache
        )
        self.roles = WindowRoles(self.form.navList, self.form.pageStack, self.session, self)
        self.page_list = PageList(self, self.form, self._table, self.roles, self.session)
        self.outbox_sender: NoticeSender | None = None  # made when a page first needs it
        self.calculator = DeadlineCalculatorView(None, self.bridge)
        for entry in self._table:
            if entry.build is None:  # there from the first frame
                self.page_list.add_entry(entry, getattr(self, entry.name))
        self.form.navList.currentRowChanged.connect(self.form.pageStack.setCurrentIndex)
        self.form.navList.setCurrentRow(0)
        self.form.actionQuit.triggered.connect(self.close)
        self.form.retryButton.clicked.connect(self.retry_requested)

        self._set_titles(config.desk_name)
        self._build_status_bar()
        # The other desks' changes, the connection bar and this PC's queue.
        self.live = LiveDesk(self, config)
        self.access = DeskAccess(
            self, [self.form.navList, self.form.pageStack],
            [self.form.navList, self.form.pageStack, self.form.menuBar], self.session,
            idle_minutes=lambda: float(config.settings.get("idle_lock_minutes")),
            board_behind_lock=self._board_behind_lock,
            who_label=self.form.signedInLabel, sign_out_button=self.form.signOutButton,
            bridge=self.bridge,
        )
        self.access.opened.connect(self._focus_start)
        self.settings_opener = SettingsOpener(
            self, config.settings, lambda: self._backend, self.session.actor,
            lambda text: self.form.statusBar.showMessage(text, 60_000))
        self.backup_opener = BackupOpener(
            self, lambda: self._backend, self.session.actor, config.backup_folder,
            lambda text: self.form.statusBar.showMessage(text, 60_000))
        self.form.menuFile.insertActions(
            self.form.actionQuit,
            [self.settings_opener.action, self.backup_opener.action, self.access.lock_action,
             self.access.password_action])
        self.form.menuFile.insertSeparator(self.form.actionQuit)
        self.access.account_notice.connect(lambda text: self.form.statusBar.showMessage(text, 60_000))
        if backend is None:
            self.show_opening()
        else:
            self.attach(backend)

    # --- the database -------------------------------------------------------------------

    @property
    def backend(self) -> Backend | None:
        return self._backend

    def is_attached(self) -> bool:
        return self._backend is not None

    def attach(self, backend: Backend) -> None:
        """The database is open: staff lists, operator, board, calculator and events come alive."""
        if self._backend is not None:
            raise RuntimeError("the main window is already attached to a backend")
        self._backend = backend
        self.bridge.attach(backend.events)
        self.live.attach(backend)  # before anything is read: no change falls in between
        staff = self._load_staff()
        self.directory_cache.attach(backend)
        self.visitor_desk.attach(backend, staff)
        # Built once the database is open, after the board is drawn (start-up stays
        # quick); without a database they would have nothing to show.
        QTimer.singleShot(0, self, lambda: self._build_pages(backend))
        self.calculator.attach(backend)
        self._set_titles(backend.desk)
        self.form.charterLabel.setText(backend.charter.agency or backend.charter.name)
        self._status(translate("MainWindow", "창구"), translate("MainWindow", "창구: {value}").format(value=backend.desk))
        self._status(translate("MainWindow", "데이터베이스"), translate("MainWindow", "데이터베이스: {value}").format(value=backend.database_label))
        self._status(translate("MainWindow", "이행표준"), translate("MainWindow", "이행표준: {value}").format(value=backend.charter.name))
        self._release_retry_focus()
        self.form.dbPanel.hide()
        self.access.attach(backend.accounts, backend.desk, **demo_sign_in(backend, self._config.demo))

    def show_opening(self) -> None:
        """Opening (or retrying): the sign-in can be typed meanwhile."""
        self._panel(translate("MainWindow", "데이터베이스를 여는 중입니다…"), "info", retry=False)
        self.access.cover.sign_in.set_unavailable(
            translate("MainWindow", "데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요."))
        self._status(translate("MainWindow", "데이터베이스"), translate("MainWindow", "데이터베이스 여는 중…"))
        self.visitor_desk.set_unavailable(
            translate("MainWindow", "대기 현황을 불러오는 중입니다…"),
            translate("MainWindow", "데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요."),
        )

    def show_open_failure(self, title: str, message: str) -> None:
        """Opening failed: say why in the window and offer "다시 시도"; the window stays usable."""
        self._panel(f"{title}\n{message}", "error", retry=True)
        self.access.cover.sign_in.set_unavailable(
            translate("MainWindow", "데이터베이스가 열려 있지 않아 로그인할 수 없습니다. 화면 위의 안내대로 고친 뒤 "
                "'다시 시도'를 누르세요."))
        self._status(translate("MainWindow", "데이터베이스"), translate("MainWindow", "데이터베이스가 열려 있지 않습니다"))
        self.visitor_desk.set_unavailable(
            translate("MainWindow", "데이터베이스가 열려 있지 않아 대기 현황을 보여 줄 수 없습니다."),
            translate("MainWindow", "데이터베이스가 열려 있지 않아 접수할 수 없습니다. 화면 위의 안내대로 고친 뒤 "
                "'다시 시도'를 누르세요. 입력한 내용은 그대로 있습니다."),
        )

    def db_message(self) -> str:
        """What the database panel says ("" when hidden)."""
        return self.form.dbMessage.text() if not self.form.dbPanel.isHidden() else ""

    # --- pages --------------------------------------------------------------------------

    @property
    def menu_staff(self) -> QMenu:
        return self.page_list.menu(translate("MainWindow", "직원(&S)"))

    def _build_pages(self, backend: Backend) -> None:
        """The pages that need the database, each in its place in the table."""
        context = PageContext(
            backend=backend, actor=self.session.actor, bridge=self.bridge,
            cache=self.directory_cache, notifier=self.alerts.notifier,
            sender=lambda: self._outbox_sender(backend),
        )
        for entry in self._table:
            if entry.build is not None:
                page = entry.build(context)
                setattr(self, entry.name, page)
                self.page_list.add_entry(entry, page)
        self.roles.watch_menus(self.page_list.menus.values())
        self.pages_built.emit()

    def _outbox_sender(self, backend: Backend) -> NoticeSender:
        """The window's one outbox sender, shared by the pages that write to people (two
        senders would race for the same rows and say each failure twice)."""
        if self.outbox_sender is None:
            from minwon_desk.ui.common.outbox_sender import NoticeSender

            self.outbox_sender = NoticeSender(backend, self.session.actor, self)
        return self.outbox_sender

    def is_built(self) -> bool:
        """True once every page of the table is there."""
        return self.page_list.is_built()

    def show_page(self, index: int) -> None:
        self.page_list.show_page(index)

    def show_widget(self, page: QWidget) -> None:
        self.page_list.show_widget(page)

    def current_page(self) -> QWidget | None:
        return self.page_list.current_page()

    # --- set-up -------------------------------------------------------------------------

    def _load_staff(self) -> list[StaffSummary]:
        if self._backend is None:
            return []
        try:
            return self._backend.staff.list_active()
        except MinwonError as exc:
            log.warning("could not load the staff list: %s", exc.message)
            return []

    def _set_titles(self, desk: str) -> None:
        title = translate("MainWindow", "민원 데스크 — {desk}").format(desk=desk)
        if self._config.demo:
            title += translate("MainWindow", " (시연용)")
        self.setWindowTitle(title)
        for action in self.form.menuVisitors.actions() + self.form.menuGo.actions():
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut and not action.toolTip().endswith(")"):
                action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")

    def _build_status_bar(self) -> None:
        bar = self.form.statusBar
        self.status_labels: dict[str, QLabel] = {}
        for name in (translate("MainWindow", "창구"), translate("MainWindow", "데이터베이스"), translate("MainWindow", "이행표준")):
            label = ElidedLabel(self)  # a long folder never holds the window wide
            label.setAccessibleName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
            self.status_labels[name] = label
        self._status(translate("MainWindow", "창구"), translate("MainWindow", "창구: {value}").format(value=self._config.desk_name))
        self._status(translate("MainWindow", "이행표준"), "")  # the charter is read with the database

    def _status(self, name: str, text: str) -> None:
        label = self.status_labels[name]
        label.setText(text)
        label.setVisible(bool(text))

    def _panel(self, text: str, role: str, *, retry: bool) -> None:
        set_role(self.form.dbPanel, role)
        set_role(self.form.dbMessage, role)
        self.form.dbMessage.setText(text)
        if not retry:
            self._release_retry_focus()
        self.form.retryButton.setVisible(retry)
        self.form.dbPanel.show()

    def _release_retry_focus(self) -> None:
        # The button is about to go away: back to where work continues, not wherever Qt picks.
        if self.form.retryButton.hasFocus():
            self.visitor_desk.check_in_form.focus_name()

    def _board_behind_lock(self) -> QAbstractItemModel | None:
        # The agency's choice: the counter still sees who waits (names masked) while locked.
        return self.visitor_desk.model if self._config.settings.get("lock_shows_board") else None

    def _focus_start(self) -> None:
        """Just signed in: where work begins on the page in front."""
        if self.current_page() is self.visitor_desk and self.session.may(Operation.VISIT_CHECK_IN):
            self.visitor_desk.check_in_form.focus_name()
        elif self.current_page() is not None:
            self.form.navList.setFocus()

    def _fallback_notice(self, message: str) -> None:
        # No system tray (some Linux desktops): the banner and the status bar carry it.
        self.visitor_desk.show_alert(message, overdue=True)
        self.form.statusBar.showMessage(message, 60_000)

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()
        self.access.stop()
        self.visitor_desk.stop()
        wait_for_all(5000)  # background reads end first
        self.bridge.detach()
        if self._tray is not None:
            self._tray.hide()
        super().closeEvent(event)

    def __repr__(self) -> str:
        return f"MainWindow({self._backend!r}, pages={len(self.page_list.pages)})"
