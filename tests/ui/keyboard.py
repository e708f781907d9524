"""Typing as a person does, Korean included.

pytest-qt's ``keyClicks`` aborts the process on non-ASCII text (a Qt assertion), so each
character is sent as its own key event carrying the text, the way an input method delivers
a committed syllable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _key_for(char: str) -> int:
    # Latin letters and digits have key codes; everything else (Hangul) travels as text.
    if char.isascii() and char.isalnum():
        return ord(char.upper())
    if char == " ":
        return Qt.Key.Key_Space.value
    if char == "-":
        return Qt.Key.Key_Minus.value
    return 0


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``, one key press and release per character."""
    del qtbot  # kept for symmetry with pytest-qt's helpers
    for char in text:
        key = _key_for(char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, NO_MODIFIER, char))


def type_into_focus(qtbot: QtBot, text: str) -> QWidget:
    """Type into whichever widget has the keyboard focus; returns it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    type_text(qtbot, widget, text)
    return widget


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    qtbot.keyClick(widget, key, modifier)


def press_enter(qtbot: QtBot, widget: QWidget) -> None:
    press(qtbot, widget, Qt.Key.Key_Return)


def press_escape(qtbot: QtBot, widget: QWidget) -> None:
    press(qtbot, widget, Qt.Key.Key_Escape)


def press_tab(qtbot: QtBot) -> QWidget:
    """Tab from the focused widget; returns the widget that has the focus afterwards."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not None
    return after
