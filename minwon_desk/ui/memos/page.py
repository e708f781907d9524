"""The phone-memo page: take a memo, the desk officer's own memos, and every memo.

"내 메모" lists the open memos held by whoever works at this desk (their own and those they
hold as deputy), overdue first; "전체 메모" lists every open memo, or searches the history.
Clocks are redrawn once a second from the stored deadlines, never from a query. A memo
that lands for the officer at this desk from elsewhere, and one of theirs that goes past
its deadline, raise a notification. The page is built with the open database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QWidget

from minwon_desk.domain.errors import MinwonError, NotFoundError
from minwon_desk.domain.working_clock import counts_working_hours, working_remaining
from minwon_desk.services.dto import Actor, MemoView, StaffSummary
from minwon_desk.services.events import MemoChange, MemoChanged
from minwon_desk.ui.alerts import Notifier
from minwon_desk.ui.background import Background
from minwon_desk.ui.bridge import EventBridge, acting_through, initiator_of
from minwon_desk.ui.cases.actions import CaseActions
from minwon_desk.ui.common.column_fit import ColumnFit
from minwon_desk.ui.common.directory_cache import active_staff
from minwon_desk.ui.common.mine_and_all import ALL_TAB, MineAndAllPage
from minwon_desk.ui.common.scrolling import scroll_in_place
from minwon_desk.ui.common.second_ticker import SecondTicker
from minwon_desk.ui.common.table_model import choose_row, chosen_row
from minwon_desk.ui.forms.ui_memo_page import Ui_MemoPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.memos.actions import MemoActions
from minwon_desk.ui.memos.caller_notices import CallerNotices
from minwon_desk.ui.memos.filters import MemoFilters
from minwon_desk.ui.memos.form import MemoForm
from minwon_desk.ui.memos.model import (
    ATTEMPTS,
    CALLER,
    CHANNEL,
    CLOCK,
    GIST,
    HOLDER,
    PHONE,
    TAKEN,
    MemoListModel,
)
from minwon_desk.ui.memos.notices import (
    HandedBackPanel,
    landed_notice,
    mine_summary,
    overdue_notice,
    page_title,
)
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.common.directory_cache import DirectoryCache
    from minwon_desk.ui.common.outbox_sender import NoticeSender

log = logging.getLogger(__name__)

# Changes that give someone a memo.
_LANDS = frozenset({MemoChange.TAKEN, MemoChange.TRANSFER, MemoChange.HANDOVER, MemoChange.REASSIGN})


class MemoPage(MineAndAllPage):
    """Take phone memos, follow the desk officer's callbacks, find any memo."""

    form: Ui_MemoPage

    def __init__(
        self,
        backend: Backend,
        actor: Callable[[], Actor | None],
        bridge: EventBridge,
        notifier: Notifier,
        parent: QWidget | None = None,
        *,
        cache: DirectoryCache | None = None,
        sender: NoticeSender | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = f = Ui_MemoPage()
        f.setupUi(self)
        scroll_in_place(f.detailText, f.detailTop)  # a long memo scrolls, never cut off
        self._backend = backend
        # What this page writes comes back as events marked with its name: already shown.
        self.initiator = initiator_of(self)
        self._actor = actor = acting_through(actor, self.initiator)
        self._notifier = notifier
        self._cache = cache
        self._staff: list[StaffSummary] = []
        self._officer_override: int | None = None
        self._warned: set[int] = set()  # memos already announced as overdue this run
        self._all_loaded = False
        self._visible = False
        self._title = ""

        self.memo_form = MemoForm(f, backend, actor, self, cache=cache)
        self.memo_actions = MemoActions(f, backend, actor, self.selected_memo, self)
        self.case_actions = CaseActions(self, backend, actor)
        self.memo_actions.register_case.connect(self.case_actions.register_from_memo)
        self.mine_model = MemoListModel(self._now, self)
        self.all_model = MemoListModel(self._now, self)
        self.column_fits: list[ColumnFit] = []
        self._setup_table(f.mineTable, self.mine_model)
        self._setup_table(f.allTable, self.all_model)
        if counts_working_hours(backend.charter.clock("callback").period):
            calendar = backend.calendar

            def working(now: datetime, due: datetime) -> str | None:
                return working_remaining(now, due, calendar.current())

            self.mine_model.count_working_hours(working)
            self.all_model.count_working_hours(working)
        f.mineTable.setColumnHidden(HOLDER, True)  # all of them are the officer's own

        self.timer = SecondTicker(self._now, self.tick, self._clocks_run, self)

        self.mine_model.turned_red.connect(self._on_turned_red)
        for model in (self.mine_model, self.all_model):
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self._after_change)
        self.memo_form.taken.connect(self._apply)
        self.memo_actions.changed.connect(self._after_action)
        # The caller's messages: seen at this desk before they go, and their state shown.
        self.caller_notices = CallerNotices(backend, actor, self, sender)
        self.memo_form.taken.connect(lambda memo: self.caller_notices.review_after(memo.id))
        self.memo_actions.changed.connect(lambda memo: self.caller_notices.review_after(memo.id))
        self.caller_notices.decided.connect(self._refresh_chosen)
        self.caller_notices.sender.sent.connect(lambda _n: self._refresh_chosen())
        self.caller_notices.failed.connect(
            lambda text: notifier.notify(translate("MemoPage", "알림을 보내지 못했습니다"), text))
        bridge.subscribe(MemoChanged, self._on_memo_changed, owner=self, skip_from=self.initiator)
        if cache is not None:
            cache.changed.connect(self._on_directory_changed)

        self.filters = MemoFilters(f, self)
        self.filters.changed.connect(self.reload_all)
        f.listTabs.currentChanged.connect(self._tab_changed)
        f.actionNewMemo.triggered.connect(self.new_memo)
        f.actionMyMemos.triggered.connect(self.show_mine)
        f.actionAllMemos.triggered.connect(self.show_all)
        # The menu's groups: taking and finding memos, the callback's outcomes, passing on.
        self._separators = {f.actionReached: _separator(self), f.actionTransfer: _separator(self)}
        self.addActions([a for a in self.menu_actions() if not a.isSeparator()])
        set_role(f.mineSummary, "summary")
        set_role(f.allSummary, "hint")
        self.handed_back = HandedBackPanel(f.handedBackBox, f.handedBackList)
        f.rightSplitter.setStretchFactor(0, 3)
        f.rightSplitter.setStretchFactor(1, 2)
        self._update_actions()
        # Staff lists, my memos, and the clocks come alive.
        self._on_directory_changed()
        self.filters.set_today(backend.clock().date())
        try:
            self.filters.set_departments(backend.roster.departments())
        except MinwonError as exc:
            log.warning("could not read departments: %s", exc.message)
        self.reload_mine()
        # The history's words are read for search on a worker thread, so the first search
        # of the day is as quick as the next (about 0.4 s per 100,000 memos otherwise).
        Background(self).run(
            lambda _progress, _cancelled: backend.memos.prepare_search(),
            on_done=lambda _nothing: None, on_error=_search_not_prepared,
            label=translate("MemoPage", "통화 기록 찾기를 준비하는 중…"), quiet=True,
        )

    # --- what the main window plugs in --------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        """The "전화메모" menu, in order (separators before 통화함 and 전달)."""
        f = self.form
        actions: list[QAction] = [f.actionNewMemo, f.actionMyMemos, f.actionAllMemos]
        for action in self.memo_actions.actions():
            separator = self._separators.get(action)
            if separator is not None:
                actions.append(separator)
            actions.append(action)
        return actions

    def title(self) -> str:
        """"전화메모", "전화메모 (3)", "전화메모 (3 · 지남 1)"."""
        return page_title(*self.mine_model.open_and_overdue())

    # --- whose memos --------------------------------------------------------------------

    def reload_mine(self) -> None:
        """Read the officer's memos and handed-back memos again (start, operator changed)."""
        backend, me = self._backend, self.officer_id()
        if me is None:
            self.mine_model.set_memos([])
            self.handed_back.show([])
            return
        try:
            mine = backend.memos.mine(me)
            handed = backend.memos.handed_back(me)
        except MinwonError as exc:
            self.form.mineSummary.setText(exc.message)
            return
        self.mine_model.set_memos(mine)
        self.handed_back.show(handed)

    # --- all memos ----------------------------------------------------------------------

    def reload_all(self) -> None:
        """Read the "전체 메모" list for the filters as they are."""
        try:
            memos = self.filters.read(self._backend)
        except MinwonError as exc:
            self.form.allSummary.setText(exc.message)
            return
        self._all_loaded = True
        self.all_model.set_memos(memos)

    def search(self, text: str) -> None:
        """Search the history at once (typing in the box waits for a pause)."""
        self.form.listTabs.setCurrentIndex(ALL_TAB)
        self.form.searchEdit.setText(text)
        self.reload_all()

    # --- selection ----------------------------------------------------------------------

    def selected_memo(self) -> MemoView | None:
        table = self.current_table()
        row = chosen_row(table)
        if row is None:
            return None
        model = table.model()
        assert isinstance(model, MemoListModel)
        return model.memo_at(row)

    def select_memo(self, memo_id: int) -> bool:
        """Choose a memo in the list on the current tab."""
        table = self.current_table()
        model = table.model()
        assert isinstance(model, MemoListModel)
        return choose_row(table, model.row_of(memo_id))

    # --- page actions -------------------------------------------------------------------

    def new_memo(self) -> None:
        self.show_requested.emit()
        self.memo_form.focus()

    def show_all(self) -> None:
        super().show_all()
        self.form.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tick(self) -> None:
        """Redraw the clocks from the stored deadlines (the timer calls this every second)."""
        self.mine_model.tick()
        self.all_model.tick()

    # --- events -------------------------------------------------------------------------

    def _on_memo_changed(self, event: MemoChanged) -> None:
        memo_id, change, holder_id = event.memo_id, event.change, event.holder_id
        backend, me = self._backend, self.officer_id()
        was_mine = self.mine_model.row_of(memo_id) is not None
        if not (holder_id == me or was_mine or self._all_loaded or self.handed_back.has(memo_id)):
            return  # nothing on this page shows it: no query
        try:
            memo = backend.memos.get(memo_id)
        except NotFoundError:
            self.mine_model.remove(memo_id)
            self.all_model.remove(memo_id)
            return
        except MinwonError as exc:
            log.warning("could not refresh memo %s: %s", memo_id, exc.message)
            return
        self._apply(memo)
        chosen = self.selected_memo()
        if chosen is not None and chosen.id == memo_id:
            self.memo_actions.show_memo(chosen)  # someone else acted on it: fresh history
        if change in _LANDS and not was_mine and self.mine_model.row_of(memo_id) is not None:
            self._notifier.notify(*landed_notice(memo))

    def _apply(self, memo: MemoView) -> None:
        """Put a memo's new state into every list that shows it."""
        me = self.officer_id()
        if memo.state == "open" and memo.holder_id == me:
            self.mine_model.upsert(memo)
        else:
            self.mine_model.remove(memo.id)
        if self._all_loaded:
            if not self.filters.follows_events():
                self._all_stale_reload()  # words, dates or a unit: the service decides
            elif self.filters.allows(memo):
                self.all_model.upsert(memo)
            else:
                self.all_model.remove(memo.id)
        if me is not None and memo.asked_for_id == me and memo.holder_id != me:
            self._reload_handed_back()

    def _after_action(self, memo: MemoView) -> None:
        self._apply(memo)
        self.memo_actions.show_memo(self.selected_memo())

    def _refresh_chosen(self, *_args: object) -> None:
        self.memo_actions.show_memo(self.selected_memo())  # the messages' state, fresh

    def _on_turned_red(self, memo: MemoView) -> None:
        if memo.id not in self._warned:
            self._warned.add(memo.id)
            self._notifier.notify(*overdue_notice(memo, self._now()))

    def _on_directory_changed(self) -> None:
        try:
            self._staff, search = active_staff(self._cache, self._backend)
        except MinwonError as exc:  # a failed read keeps the old list
            log.warning("could not read the staff list: %s", exc.message)
            search = None
        self.memo_actions.set_staff(self._staff, search)
        self.filters.set_staff(self._staff)

    # --- handed back --------------------------------------------------------------------

    def _reload_handed_back(self) -> None:
        me = self.officer_id()
        if me is None:
            return
        try:
            self.handed_back.show(self._backend.memos.handed_back(me))
        except MinwonError as exc:
            log.warning("could not read handed-back memos: %s", exc.message)

    # --- internals ----------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._backend.clock()

    def _setup_table(self, table: QTableView, model: MemoListModel) -> None:
        table.setModel(model)
        # The gist is what the list is read for: it takes the room left and wraps; the
        # clock and the caller wrap at their cap; the rest steps aside while narrow.
        fit = ColumnFit(table, stretch=GIST, drop=(ATTEMPTS, TAKEN, CHANNEL, PHONE), stretch_min=110,
                        caps={CLOCK: 130, CALLER: 110, HOLDER: 80}, wrap=True)
        self.column_fits.append(fit)
        table.verticalHeader().setMinimumSectionSize(30)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _all_stale_reload(self) -> None:
        if self._visible and self.form.listTabs.currentIndex() == ALL_TAB:
            self.reload_all()
        else:
            self._all_loaded = False  # read again when the list is next shown

    def _tab_changed(self, index: int) -> None:
        if index == ALL_TAB and not self._all_loaded:
            self.reload_all()
        self._selection_changed()

    def _focus_list(self, tab: int) -> None:
        f = self.form
        f.listTabs.setCurrentIndex(tab)
        table = self.current_table()
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        model = table.model()
        if self.selected_memo() is None and model.rowCount() > 0:
            assert isinstance(model, MemoListModel)
            self.select_memo(model.memo_at(0).id)

    def _selection_changed(self, *_args: object) -> None:
        self.memo_actions.show_memo(self.selected_memo())
        self._update_actions()

    def _update_summaries(self) -> None:
        f = self.form
        has_officer = self.officer_id() is not None
        f.mineSummary.setText(mine_summary(has_officer, *self.mine_model.open_and_overdue()))
        if self._all_loaded:
            all_running, all_overdue = self.all_model.open_and_overdue()
            f.allSummary.setText(self.filters.summary(all_running, all_overdue, self.all_model.rowCount()))

    def _update_actions(self, *_args: object) -> None:
        self.memo_actions.set_enabled(self._visible)

    def _when_shown(self) -> None:
        if self.form.listTabs.currentIndex() == ALL_TAB and not self._all_loaded:
            self.reload_all()

    def __repr__(self) -> str:
        return f"MemoPage(officer={self.officer_id()}, mine={self.mine_model!r})"


def _separator(page: QWidget) -> QAction:
    separator = QAction(page)
    separator.setSeparator(True)
    return separator


def _search_not_prepared(message: str) -> None:
    # The first search reads the history itself instead.
    log.warning("could not read the memo history ahead: %s", message)
