"""The main window: a page list on the left, the chosen page on the right.

Pages plug in through :meth:`MainWindow.add_page` (navigation entry, "이동" menu action with a
shortcut, and the page's own menu actions); later features add theirs the same way. Only
pages that do something are shown.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMenu, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.resources import resource_path
from minwon_desk.services.dto import StaffSummary
from minwon_desk.settings import AppConfig
from minwon_desk.ui.alerts import (
    GreetingAlerts,
    Notifier,
    PlatformSoundPlayer,
    SoundPlayer,
    TrayNotifier,
)
from minwon_desk.ui.deadline_calculator import DeadlineCalculatorView
from minwon_desk.ui.event_bridge import EventBridge
from minwon_desk.ui.forms.ui_main_window import Ui_MainWindow
from minwon_desk.ui.operator import DeskOperator
from minwon_desk.ui.style import STYLE
from minwon_desk.ui.visitor_desk import VisitorDeskView

if TYPE_CHECKING:
    from pathlib import Path

    from minwon_desk.services.backend import Backend

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


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
    def __init__(
        self,
        backend: Backend,
        config: AppConfig,
        *,
        sound_player: SoundPlayer | None = None,
        notifier: Notifier | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.setStyleSheet(STYLE)
        self.setWindowIcon(app_icon())
        self._backend = backend
        self._config = config
        self._pages: list[QWidget] = []
        self._tray: TrayNotifier | None = None
        self.bridge = EventBridge(backend.events, self)

        staff = self._load_staff()
        self.operator = DeskOperator(
            self.form.operatorCombo, staff, config.settings, backend.desk, self
        )
        if config.demo and self.operator.current() is None:
            from minwon_desk.services.demo import DEMO_OPERATOR_NO

            self.operator.choose(DEMO_OPERATOR_NO)
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

        self.visitor_desk = VisitorDeskView(
            backend, self.operator.actor, self.bridge, self.alerts, staff
        )
        self.calculator = DeadlineCalculatorView(backend, self.bridge)
        self.add_page(self.visitor_desk, _tr("방문객 안내"), "Ctrl+1", self.visitor_desk.menu_actions(),
                      menu=self.form.menuVisitors)
        self.add_page(self.calculator, _tr("처리기한 계산"), "Ctrl+2")
        self.visitor_desk.show_requested.connect(lambda: self.show_page(0))
        self.form.navList.currentRowChanged.connect(self.form.pageStack.setCurrentIndex)
        self.form.navList.setCurrentRow(0)
        self.form.actionQuit.triggered.connect(self.close)

        self._set_titles()
        self._build_status_bar()
        self.visitor_desk.check_in_form.focus_name()

    # --- pages --------------------------------------------------------------------------

    def add_page(
        self,
        page: QWidget,
        title: str,
        shortcut: str,
        actions: Sequence[QAction] = (),
        *,
        menu: QMenu | None = None,
    ) -> QAction:
        """Add a page: navigation entry, "이동" menu action (with shortcut), page actions."""
        index = self.form.pageStack.addWidget(page)
        self._pages.append(page)
        item = QListWidgetItem(title)
        item.setToolTip(f"{title} ({shortcut})")
        self.form.navList.addItem(item)
        go = QAction(title, self)
        go.setShortcut(QKeySequence(shortcut))
        go.setToolTip(f"{title} ({shortcut})")
        go.triggered.connect(lambda: self.show_page(index))
        self.form.menuGo.addAction(go)
        self.addAction(go)
        if actions:
            target = menu or self.form.menuGo
            if target is self.form.menuGo:
                target.addSeparator()
            target.addActions(list(actions))
        return go

    def show_page(self, index: int) -> None:
        self.form.navList.setCurrentRow(index)

    def current_page(self) -> QWidget | None:
        return self.form.pageStack.currentWidget()

    # --- set-up -------------------------------------------------------------------------

    def _load_staff(self) -> list[StaffSummary]:
        try:
            return self._backend.staff.list_active()
        except MinwonError as exc:
            log.warning("could not load the staff list: %s", exc.message)
            return []

    def _set_titles(self) -> None:
        desk = self._backend.desk
        title = _tr("민원 데스크 — {desk}").format(desk=desk)
        if self._config.demo:
            title += _tr(" (시연용)")
        self.setWindowTitle(title)
        self.form.charterLabel.setText(self._backend.charter.agency or self._backend.charter.name)
        for action in self.form.menuVisitors.actions() + self.form.menuGo.actions():
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut and not action.toolTip().endswith(")"):
                action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")

    def _build_status_bar(self) -> None:
        bar = self.form.statusBar
        items = (
            ("창구", _tr("창구: {value}").format(value=self._backend.desk)),
            ("데이터베이스", _tr("데이터베이스: {value}").format(value=self._backend.database_label)),
            ("이행표준", _tr("이행표준: {value}").format(value=self._backend.charter.name)),
        )
        self.status_labels: dict[str, QLabel] = {}
        for name, text in items:
            label = QLabel(text, self)
            label.setAccessibleName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
            self.status_labels[name] = label

    def _fallback_notice(self, message: str) -> None:
        # No system tray (some Linux desktops): the banner and the status bar carry it.
        self.visitor_desk.show_alert(message, overdue=True)
        self.form.statusBar.showMessage(message, 60_000)

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.visitor_desk.stop()
        self.bridge.detach()
        if self._tray is not None:
            self._tray.hide()
        super().closeEvent(event)

    def __repr__(self) -> str:
        return f"MainWindow({self._backend!r}, pages={len(self._pages)})"
