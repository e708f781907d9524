"""The page's way into the 민원 처리부: its menu entry (Ctrl+Shift+B) and its window, one at
a time; asked again, the open one comes to the front. The window's module is loaded only
when it is first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.cases.toolbar import ActorProvider


class RegisterOpener:
    """Owns the "민원 처리부" action (with the separator the menu puts before it) and the
    window it opens over ``page``."""

    def __init__(
        self, page: QWidget, backend: Backend, actor: ActorProvider, today: Callable[[], date]
    ) -> None:
        self._page = page
        self._backend = backend
        self._actor = actor
        self._today = today
        self.dialog: QDialog | None = None
        self.action = QAction(translate("CasePage", "민원 처리부(&B)…"), page)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action.setToolTip(translate("CasePage", "기간의 민원을 접수 순서대로 보고 XLSX·PDF로 저장합니다 (Ctrl+Shift+B)"))
        self.action.triggered.connect(self.open)
        page.addAction(self.action)
        self.separator = QAction(page)
        self.separator.setSeparator(True)

    def open(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        from minwon_desk.ui.cases.register_dialog import CaseRegisterDialog

        dialog = CaseRegisterDialog(self._backend, self._actor, self._today(), self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
