"""The window's pages: the list on the left, the stack on the right, the "이동" menu with
each page's shortcut, and the menus the pages' own actions go in.

A page of the table (:mod:`minwon_desk.ui.pages`) takes its place in the table's order
whenever it is built; a page with a live title keeps its entry and its 이동 action up to
date, and what a person may not do is hidden by the window's roles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMenu, QWidget

from minwon_desk.ui.pages import VISITORS_MENU, PageEntry

if TYPE_CHECKING:
    from minwon_desk.ui.accounts.session import DeskSession
    from minwon_desk.ui.accounts.window_roles import WindowRoles
    from minwon_desk.ui.forms.ui_main_window import Ui_MainWindow

_NAV_WIDTH, _NAV_WIDTH_MAX = 184, 236  # the page list's width: the form's, and at most


class PageList:
    """The pages of ``window`` (whose attributes hold the table's pages by name)."""

    def __init__(
        self, window: QMainWindow, form: Ui_MainWindow, table: Sequence[PageEntry],
        roles: WindowRoles, session: DeskSession,
    ) -> None:
        self._window = window
        self._form = form
        self._table = table
        self._roles = roles
        self._session = session
        self.pages: list[QWidget] = []
        self._go_actions: list[QAction] = []
        self.menus: dict[str, QMenu] = {VISITORS_MENU: form.menuVisitors}

    def add(
        self,
        page: QWidget,
        title: str,
        shortcut: str,
        actions: Sequence[QAction] = (),
        *,
        menu: QMenu | None = None,
        position: int | None = None,
    ) -> QAction:
        """Add a page: navigation entry, "이동" menu action (with shortcut), page actions
        (after a separator when the menu has some already). ``position`` puts it before
        the page now there (default: last)."""
        at = len(self.pages) if position is None else position
        before = self._go_actions[at] if at < len(self._go_actions) else None
        self._form.pageStack.insertWidget(at, page)
        self.pages.insert(at, page)
        item = QListWidgetItem(title)
        item.setToolTip(f"{title} ({shortcut})")
        self._form.navList.insertItem(at, item)
        self._fit_navigation()
        go = QAction(title, self._window)
        go.setShortcut(QKeySequence(shortcut))
        go.setToolTip(f"{title} ({shortcut})")
        go.triggered.connect(lambda: self.show_widget(page))
        self._go_actions.insert(at, go)
        self._form.menuGo.insertAction(before, go)  # type: ignore[arg-type]
        self._window.addAction(go)
        if actions:
            target = menu or self._form.menuGo
            if target is self._form.menuGo or (target is not self._form.menuVisitors and target.actions()):
                target.addSeparator()
            target.addActions(list(actions))
        return go

    def add_entry(self, entry: PageEntry, page: QWidget) -> None:
        """Put a page of the table in its place, with its menu, title and requests."""
        menu = self.menu(entry.menu) if entry.menu else None
        actions: Sequence[QAction] = getattr(page, "menu_actions", list)()
        position = sum(1 for e in self._table[: self._table.index(entry)] if hasattr(self._window, e.name))
        go = self.add(page, entry.title, entry.shortcut, actions, menu=menu, position=position)
        requested = getattr(page, "show_requested", None)
        if requested is not None:
            requested.connect(lambda: self.show_widget(page))
        if entry.live_title:
            retitle = self._retitler(page, go, entry.shortcut)
            page.title_changed.connect(retitle)  # type: ignore[attr-defined]
            retitle(page.title())  # type: ignore[attr-defined]  # read while it was built
        if entry.follows_operator:
            self._session.changed.connect(lambda _person: page.reload_mine())  # type: ignore[attr-defined]
        self._roles.add(entry, page, go, actions)

    def _fit_navigation(self) -> None:
        """The page list is as wide as its longest entry ("민원 처리 (임박 3 · 지남 12)"),
        never narrower than the form's width nor wider than leaves the pages room at 1024."""
        nav = self._form.navList
        widest = max((nav.sizeHintForIndex(nav.model().index(row, 0)).width()
                      for row in range(nav.count())), default=0)
        bar = nav.verticalScrollBar()
        width = widest + 2 * nav.frameWidth() + (bar.sizeHint().width() if bar.isVisible() else 0)
        width = min(max(width, _NAV_WIDTH), _NAV_WIDTH_MAX)
        nav.setFixedWidth(width)

    def menu(self, title: str) -> QMenu:
        if title not in self.menus:  # in the table's order, after the form's own menus
            self.menus[title] = self._window.menuBar().addMenu(title)
        return self.menus[title]

    def _retitler(self, page: QWidget, go: QAction, shortcut: str) -> Callable[[str], None]:
        def retitle(text: str) -> None:
            item = self._form.navList.item(self.pages.index(page))
            item.setText(text)
            item.setToolTip(f"{text} ({shortcut})")
            go.setText(text)
            self._fit_navigation()

        return retitle

    def is_built(self) -> bool:
        """True once every page of the table is there."""
        return all(hasattr(self._window, entry.name) for entry in self._table)

    def show_page(self, index: int) -> None:
        self._form.navList.setCurrentRow(index)

    def show_widget(self, page: QWidget) -> None:
        self.show_page(self.pages.index(page))

    def current_page(self) -> QWidget | None:
        return self._form.pageStack.currentWidget()
