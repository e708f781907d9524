"""The window's pages follow the signed-in person's roles: a page they may not open has no
navigation entry, its 이동 action (and so its shortcut) and its menu actions are gone; the
guarded actions of the pages they may open are disabled with the reason (see ``gate``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QMenu, QStackedWidget, QWidget

from minwon_desk.domain.roles import Role
from minwon_desk.ui.accounts.gate import ActionGuard, guards_for, may_open

if TYPE_CHECKING:
    from minwon_desk.services.dto import Actor
    from minwon_desk.ui.accounts.session import DeskSession
    from minwon_desk.ui.pages import PageEntry


@dataclass(slots=True)
class _Placed:
    entry: PageEntry
    page: QWidget
    go: QAction
    actions: Sequence[QAction]
    guards: list[ActionGuard] = field(default_factory=list)


class WindowRoles(QObject):
    def __init__(
        self, nav: QListWidget, stack: QStackedWidget, session: DeskSession,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._nav = nav
        self._stack = stack
        self._session = session
        self._placed: list[_Placed] = []
        self._menus: list[QMenu] = []
        session.changed.connect(self._apply)

    def watch_menus(self, menus: Iterable[QMenu]) -> None:
        """Menus that disappear from the menu bar while none of their actions is shown."""
        self._menus = list(menus)
        self._show_menus()

    def add(self, entry: PageEntry, page: QWidget, go: QAction, actions: Sequence[QAction]) -> None:
        placed = _Placed(entry, page, go, list(actions), guards_for(entry.name, page))
        self._placed.append(placed)
        self._show(placed, self._session.roles())
        self._show_menus()

    def may_open(self, name: str) -> bool:
        """Whether the person signed in may open the page of the table named ``name``."""
        placed = next((p for p in self._placed if p.entry.name == name), None)
        return placed is not None and self._allowed(placed, self._session.roles())

    def _apply(self, _actor: Actor | None) -> None:
        roles = self._session.roles()
        for placed in self._placed:
            self._show(placed, roles)
        self._show_menus()
        current = self._nav.currentRow()
        item = self._nav.item(current)
        if item is None or item.isHidden():
            first = next((i for i in range(self._nav.count()) if not self._nav.item(i).isHidden()), -1)
            if first >= 0:
                self._nav.setCurrentRow(first)

    def _show_menus(self) -> None:
        for menu in self._menus:
            shown = any(a.isVisible() and not a.isSeparator() for a in menu.actions())
            menu.menuAction().setVisible(shown)

    @staticmethod
    def _allowed(placed: _Placed, roles: frozenset[Role]) -> bool:
        # Nobody signed in: the pages stay as they are under the sign-in cover.
        return not roles or may_open(roles, placed.entry.opens)

    def _show(self, placed: _Placed, roles: frozenset[Role]) -> None:
        visible = self._allowed(placed, roles)
        item = self._nav.item(self._stack.indexOf(placed.page))
        if item is not None:
            item.setHidden(not visible)
        placed.go.setVisible(visible)
        placed.go.setEnabled(visible)
        for action in placed.actions:
            action.setVisible(visible)
        for guard in placed.guards:
            guard.set_roles(roles if roles else frozenset(Role))
