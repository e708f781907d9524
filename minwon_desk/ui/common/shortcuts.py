"""Page-level keys: a page's own shortcuts win over the window's while the focus is inside it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class PageShortcuts(QObject):
    """Keys of a page that win over the window's own while the focus is inside the page.

    The window keeps some shortcuts for the whole window (Ctrl+N opens the visitor form);
    two enabled actions on one key would make Qt refuse both. Accepting the key's
    *shortcut override* here sends it to the page instead, and the page triggers its
    action. Keys that a child widget uses itself (editing keys) are left to it."""

    def __init__(self, page: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(page)
        self._actions = list(actions)
        page.installEventFilter(self)

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        pressed = QKeySequence(event.keyCombination())
        for action in self._actions:
            if action.isEnabled() and not action.shortcut().isEmpty() and action.shortcut() == pressed:
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            action = self._action_for(event)
            if action is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    action.trigger()
                return True
        return super().eventFilter(watched, event)
