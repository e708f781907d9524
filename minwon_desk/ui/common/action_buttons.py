"""Tool buttons that show a page action: the action's text, tooltip (with its key) and
state, so a button and its menu entry and key never disagree."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton


def follow_actions(buttons: Iterable[tuple[QToolButton, QAction]]) -> None:
    """Give each button its action, as text only and reachable by Tab; the accessible name
    the button already has stays (the action's text would replace it)."""
    for button, action in buttons:
        name = button.accessibleName()
        button.setDefaultAction(action)
        button.setAccessibleName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
