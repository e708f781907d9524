"""A lock panel over a dialog that was open when the desk locked.

A modal dialog keeps the keyboard from the window, so the window's lock alone would leave
the person nowhere to type their password, and the dialog readable. The dialog is covered
instead, its own widgets disabled under the cover (their text stays), with the same unlock.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QWidget

from minwon_desk.ui.accounts.cover import COVER_STYLE
from minwon_desk.ui.accounts.panels import LockPanel


class Unlocking(Protocol):
    def unlock(self, password: str) -> bool: ...

    def switch_person(self) -> None: ...


class DialogCover(QObject):
    """A lock panel over one open dialog, the dialog's own widgets disabled under it."""

    def __init__(self, dialog: QWidget, access: Unlocking) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.panel = LockPanel(dialog)
        self.panel.setAutoFillBackground(True)
        self._disabled = [
            w for w in dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w is not self.panel and w.isEnabled()
        ]
        for widget in self._disabled:
            widget.setEnabled(False)
        self._size = dialog.size()
        self.panel.setStyleSheet(COVER_STYLE)
        self.panel.setGeometry(dialog.rect())
        self.panel.show()
        self.panel.raise_()
        dialog.installEventFilter(self)
        self.panel.unlock_requested.connect(access.unlock)
        self.panel.switch_requested.connect(access.switch_person)

    def fit(self) -> None:
        """Make the dialog tall and wide enough for the panel's text (once it is set)."""
        dialog = self.dialog
        need = self.panel.sizeHint().expandedTo(QSize(420, 0))
        width = max(need.width(), dialog.width())
        layout = self.panel.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else need.height()
        need = QSize(width, max(need.height(), height))
        if need.width() > dialog.width() or need.height() > dialog.height():
            dialog.resize(dialog.size().expandedTo(need))
        self.panel.setGeometry(dialog.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Resize:
            self.panel.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        for widget in self._disabled:
            widget.setEnabled(True)
        self.panel.hide()
        self.panel.deleteLater()
        self.dialog.resize(self._size)
        self.deleteLater()
