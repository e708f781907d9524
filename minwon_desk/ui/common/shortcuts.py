"""Page-level keys: a page's own shortcuts win over the window's while the focus is inside it,
and a key two pages use acts only on the page in front."""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QWidget


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


def _page_keys(page: QWidget) -> tuple[list[QAction], set[str]]:
    """A page's actions with keys, and every key it uses (its actions' and its QShortcuts')."""
    actions = [a for a in page.findChildren(QAction) if shiboken6.isValid(a)]
    actions += [a for a in getattr(page, "menu_actions", list)() if a not in actions]
    keys = {s.toString() for a in actions for s in a.shortcuts() if not s.isEmpty()}
    for shortcut in page.findChildren(QShortcut):
        if shiboken6.isValid(shortcut):
            keys |= {s.toString() for s in shortcut.keys() if not s.isEmpty()}  # noqa: SIM118
    return [a for a in actions if a.shortcuts()], keys


class ShownPageKeys(QObject):
    """A key that two pages use for different things (Ctrl+N: a visitor, an absence, a
    staff member, a case) is live only on the page in front: Qt refuses a key bound twice
    ("ambiguous") and does nothing. Keys that only one page uses stay window-wide (Ctrl+F
    finds a member of staff from anywhere and brings its page to the front), and the first
    page keeps a shared key wherever the page in front has no use for it.

    A page's actions keep their declared keys; while the page is hidden its shared keys
    are taken off (the menu shows no key that would not act). While it is in front, a
    shared key scoped to the page acts wherever the focus is in the window (in the
    navigation too): it has one meaning there now."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self._stack = stack
        self._declared: dict[QAction, tuple[list[QKeySequence], Qt.ShortcutContext]] = {}
        self._pages: dict[QWidget, tuple[list[QAction], set[str]]] = {}
        stack.widgetAdded.connect(lambda _index: self.refresh())
        stack.currentChanged.connect(lambda _index: self._apply())

    def refresh(self) -> None:
        """Read every page's keys again (a page was added)."""
        for index in range(self._stack.count()):
            page = self._stack.widget(index)
            if page in self._pages:
                continue
            actions, _keys = _page_keys(page)
            for action in actions:
                self._declared.setdefault(action, (list(action.shortcuts()), action.shortcutContext()))
            self._pages[page] = (actions, _keys)
        self._apply()

    def shared_keys(self) -> set[str]:
        """Keys used on more than one page."""
        seen: set[str] = set()
        shared: set[str] = set()
        for _actions, keys in self._pages.values():
            shared |= seen & keys
            seen |= keys
        return shared

    def _apply(self) -> None:
        shared = self.shared_keys()
        shown = self._stack.currentWidget()
        home = self._stack.widget(0)
        in_front = self._pages.get(shown, ([], set()))[1]
        for page, (actions, _keys) in self._pages.items():
            # The first page (the visitor desk) keeps a shared key the page in front does
            # not use: Ctrl+N from the calculator still opens the visitor form.
            off = shared if page is not home else shared & in_front
            for action in actions:
                if not shiboken6.isValid(action):
                    continue
                declared, context = self._declared[action]
                keep = declared if page is shown else [k for k in declared if k.toString() not in off]
                if action.shortcuts() != keep:
                    action.setShortcuts(keep)
                widen = page is shown and context == Qt.ShortcutContext.WidgetWithChildrenShortcut and any(
                    k.toString() in shared for k in declared)
                wanted = Qt.ShortcutContext.WindowShortcut if widen else context
                if action.shortcutContext() != wanted:
                    action.setShortcutContext(wanted)
