"""A page of two clock lists on tabs, the desk officer's own ("내 …") and everyone's
("전체 …"), redrawn once a second while a clock runs and named in the window's navigation
with the counts that need attention."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableView, QTabWidget

from minwon_desk.services.dto import Actor
from minwon_desk.ui.common.second_ticker import SecondTicker
from minwon_desk.ui.common.shown_page import ShownPage

MINE_TAB, ALL_TAB = 0, 1


class ClockList(Protocol):
    def has_running_clocks(self) -> bool: ...


class ListTabs(Protocol):
    """The parts of the page's form this base reads."""

    listTabs: QTabWidget
    mineTable: QTableView
    allTable: QTableView


class MineAndAllPage(ShownPage):
    """The two lists, whose own list it shows, their clocks' ticker, and the title for the
    navigation entry."""

    show_requested = Signal()  # a shortcut wants this page in front before acting on it
    title_changed = Signal(str)  # "전화메모 (3 · 지남 1)": for the navigation entry

    form: ListTabs
    mine_model: ClockList
    all_model: ClockList
    timer: SecondTicker
    _actor: Callable[[], Actor | None]
    _officer_override: int | None = None
    _title = ""

    def title(self) -> str:
        raise NotImplementedError

    def reload_mine(self) -> None:
        raise NotImplementedError

    def _focus_list(self, tab: int) -> None:
        """Show the list on ``tab`` with the cursor in it (a row chosen when there is one)."""
        raise NotImplementedError

    def _update_summaries(self) -> None:
        raise NotImplementedError

    def show_mine(self) -> None:
        self.show_requested.emit()
        self._focus_list(MINE_TAB)

    def show_all(self) -> None:
        self.show_requested.emit()
        self._focus_list(ALL_TAB)

    def stop(self) -> None:
        self.timer.stop()

    def officer_id(self) -> int | None:
        """Whose own list this page shows: the desk operator unless told otherwise."""
        if self._officer_override is not None:
            return self._officer_override
        actor = self._actor()
        return actor.staff_id if actor is not None else None

    def show_mine_for(self, staff_id: int | None) -> None:
        """Show someone else's list as the own one (None: back to the desk operator)."""
        self._officer_override = staff_id
        self.reload_mine()

    def current_table(self) -> QTableView:
        f = self.form
        return f.allTable if f.listTabs.currentIndex() == ALL_TAB else f.mineTable

    def _clocks_run(self) -> bool:
        return self.mine_model.has_running_clocks() or self.all_model.has_running_clocks()

    def _after_change(self, *_args: object) -> None:
        """A list changed: the ticker, the summaries, the actions and the title follow."""
        self.timer.schedule()
        self._update_summaries()
        self._update_actions()
        self._retitle()

    def _retitle(self) -> None:
        """Tell the navigation entry when the title reads differently."""
        title = self.title()
        if title != self._title:
            self._title = title
            self.title_changed.emit(title)
