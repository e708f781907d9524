"""Every key of the window has one meaning at a time: on each page, the shortcuts that Qt
would consider live together never share a key (Qt refuses a key bound twice, "Ambiguous
shortcut overload", and does nothing). An action disabled now (another tab's print) is not
live, as Qt sees it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.ui.main_window import MainWindow

from .keyboard import press

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@dataclass(frozen=True)
class Key:
    keys: str
    what: str
    scope: QWidget  # where the focus must be for the key to act (the window: anywhere)


def _scopes_of_action(action: QAction, window: MainWindow) -> list[QWidget]:
    """The widgets in whose reach the action's key acts now, as Qt decides it: an action in
    a menu acts through the menu bar, an action added to a widget through that widget."""
    found: list[QWidget] = []
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            menu_action = owner.menuAction()
            if menu_action.isVisible():
                found.extend(_scopes_of_action(menu_action, window))
        elif isinstance(owner, QWidget) and owner.isVisible():
            found.append(owner)
    return found


def live_keys(window: MainWindow) -> list[Key]:
    """Every shortcut of the window (actions and QShortcuts, on every page) live now."""
    live: list[Key] = []
    for action in window.findChildren(QAction):
        if not shiboken6.isValid(action) or not action.isVisible() or not action.isEnabled():
            continue
        for sequence in action.shortcuts():
            if sequence.isEmpty():
                continue
            for owner in _scopes_of_action(action, window):
                scope = window if action.shortcutContext() in WINDOW_WIDE else owner
                live.append(Key(sequence.toString(), action.text() or action.objectName(), scope))
    for shortcut in window.findChildren(QShortcut):
        if not shiboken6.isValid(shortcut):
            continue
        parent = shortcut.parent()
        if not isinstance(parent, QWidget) or not parent.isVisible() or not shortcut.isEnabled():
            continue
        scope = window if shortcut.context() in WINDOW_WIDE else parent
        for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            live.append(Key(sequence.toString(), f"QShortcut in {parent.objectName() or type(parent).__name__}", scope))
    return live


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def clashes(window: MainWindow) -> list[str]:
    by_key: dict[str, list[Key]] = defaultdict(list)
    for key in live_keys(window):
        by_key[key.keys].append(key)
    found = []
    for keys, entries in by_key.items():
        distinct = {(id(e.scope), e.what): e for e in entries}.values()
        for i, a in enumerate(distinct):
            for b in list(distinct)[i + 1:]:
                if _overlap(a.scope, b.scope) and a.what != b.what:
                    found.append(f"{keys}: {a.what!r} / {b.what!r}")
    return found


def test_no_key_means_two_things_on_any_page(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.is_built)
    problems: dict[str, list[str]] = {}
    for row in range(window.form.navList.count()):
        window.show_page(row)
        found = clashes(window)
        if found:
            problems[window.form.navList.item(row).text()] = found
    assert problems == {}



def test_ctrl_n_means_the_new_thing_of_the_page_in_front(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.is_built)
    window.form.navList.setFocus()  # the focus outside the page, on the navigation
    press(qtbot, window.form.navList, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.visitor_desk.form.nameEdit
    press(qtbot, window.form.navList, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.absences
    window.form.navList.setFocus()
    press(qtbot, window.form.navList, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is not None and window.absences.isAncestorOf(focus)
