"""The cases page (민원 처리): register a case, follow the officer's own cases by time left,
and every case by state, department and officer, with the chosen case whole below.

"내 민원" lists the open cases of whoever works at this desk, least time left first;
"전체 민원" lists the cases in clock order (overdue first, answered last). The open cases
are read at once; the answered ones — most of a year's register, about a second to read
— only when a state that shows them is chosen, on a worker thread, joining the list when
they arrive. State and "통지 없이 기한 지남만" narrow the loaded cases in memory; a
department or an officer is a new read.
Views change on change events only; clocks are redrawn once a second from the stored
deadlines. The page is built with the open database.

What the officer does to a case (the dialogs and their service calls) lives in
``CaseActions``; ``cases.toolbar`` says which of its actions fit the chosen case; the
민원 처리부's menu entry and window in ``cases.register_opener``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QTableView, QWidget

from minwon_desk.domain.errors import MinwonError, NotFoundError
from minwon_desk.services.cases.dto import CaseView
from minwon_desk.services.events import CaseChange, CaseChanged
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases._columns import OFFICER
from minwon_desk.ui.cases.detail_panel import CaseDetailPanel
from minwon_desk.ui.cases.filters import CaseFilters
from minwon_desk.ui.cases.model import CaseListModel
from minwon_desk.ui.cases.reader import AnsweredReader
from minwon_desk.ui.cases.register_opener import RegisterOpener
from minwon_desk.ui.cases.reminders import CaseReminders
from minwon_desk.ui.cases.table import keep_choice_across_resets, select_row, show_cases
from minwon_desk.ui.cases.text import mine_summary, page_title
from minwon_desk.ui.cases.toolbar import (
    ActionsFactory,
    ActorProvider,
    CaseToolbar,
    default_actions,
)
from minwon_desk.ui.common.directory_cache import active_staff
from minwon_desk.ui.common.mine_and_all import ALL_TAB, MineAndAllPage
from minwon_desk.ui.common.mine_and_all import MINE_TAB as MINE_TAB  # for the page's readers
from minwon_desk.ui.common.outbox_sender import NoticeSender
from minwon_desk.ui.common.second_ticker import SecondTicker
from minwon_desk.ui.common.table_model import chosen_row
from minwon_desk.ui.forms.ui_case_page import Ui_CasePage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role, show_message

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.alerts import Notifier
    from minwon_desk.ui.common.directory_cache import DirectoryCache

log = logging.getLogger(__name__)

CLOSED = ("answered", "transferred")


class CasePage(MineAndAllPage):
    """Register cases, follow my cases by time left, find any case by state."""

    form: Ui_CasePage

    def __init__(
        self,
        backend: Backend,
        actor: ActorProvider,
        bridge: EventBridge,
        parent: QWidget | None = None,
        *,
        cache: DirectoryCache | None = None,
        actions: ActionsFactory | None = None,
        notifier: Notifier | None = None,
        sender: NoticeSender | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = f = Ui_CasePage()
        f.setupUi(self)
        self._backend = backend
        self._actor = actor
        self._cache = cache
        self._officer_override: int | None = None
        self._visible = False
        self._title = ""
        self._shown_id: int | None = None  # the case in the detail box

        self.case_actions = (actions or default_actions)(self, backend, actor)
        notice = getattr(self.case_actions, "notice", None)  # "회신했습니다…" after a write
        if notice is not None:
            notice.connect(self.say)
        self.case_actions.changed.connect(self._after_action)
        # What a stage writes to the petitioner is shown to the officer before it goes,
        # and sent off the GUI thread by the window's one sender (the page's own when alone).
        backend.notices.review_first = True
        self.notice_sender = sender or NoticeSender(backend, actor, self)
        self.notice_sender.failed.connect(lambda text: self.say(text, error=True))
        confirmed = getattr(self.case_actions, "notice_confirmed", None)
        if confirmed is not None:
            confirmed.connect(lambda _case_id: self.notice_sender.kick())
        self.detail = CaseDetailPanel(f, self)
        self.mine_model = CaseListModel(self._now, self)
        self.all_model = CaseListModel(self._now, self)
        self._setup_table(f.mineTable, self.mine_model)
        self._setup_table(f.allTable, self.all_model)
        f.mineTable.setColumnHidden(OFFICER, True)  # every one of them is the officer's own

        self.filters = CaseFilters(f, self)
        self.filters.narrowed.connect(self._narrow)
        self.filters.requery.connect(self.reload_all)
        self.answered = AnsweredReader(self)
        self.answered.loaded.connect(self._answered_loaded)
        self.answered.failed.connect(self._answered_failed)

        self.timer = SecondTicker(self._now, self.tick, self._clocks_run, self)

        self.toolbar = CaseToolbar(self, f, self.case_actions, self.selected_case, self._say)
        self.detail.document_chosen.connect(self.toolbar.open_document)
        review = getattr(self.case_actions, "review_notices", None)
        if review is not None:  # a notice left unconfirmed, reopened from the history
            self.detail.drafts_chosen.connect(review)
        self.all_model.set_filter(None, include_done=self.filters.include_done())
        f.actionNewCase.triggered.connect(self.new_case)
        f.actionMyCases.triggered.connect(self.show_mine)
        f.actionAllCases.triggered.connect(self.show_all)
        self.register_book = RegisterOpener(self, backend, actor, lambda: self._now().date())
        self.register_action = self.register_book.action
        self.reminders: CaseReminders | None = None
        if notifier is not None:
            self.reminders = CaseReminders(backend, actor, notifier, self)
        bridge.subscribe(CaseChanged, self._on_case_changed, owner=self)
        # The outbox announces each message it sends; a burst of them shows the shown
        # case's history once.
        self._history_later = QTimer(self)
        self._history_later.setSingleShot(True)
        self._history_later.setInterval(0)
        self._history_later.timeout.connect(self._reshow_history)
        if cache is not None:
            cache.changed.connect(self._on_directory_changed)
        f.listTabs.currentChanged.connect(lambda _i: self._selection_changed())
        set_role(f.mineSummary, "summary")
        set_role(f.allSummary, "hint")
        f.pageMessage.hide()
        # The list is what the page is for: two thirds of the height, more as it grows.
        f.mainSplitter.setStretchFactor(0, 3)
        f.mainSplitter.setStretchFactor(1, 1)
        f.mainSplitter.setSizes([2000, 1000])
        # Departments, staff, my cases and every case.
        try:
            self.filters.set_departments(backend.roster.departments())
        except MinwonError as exc:
            log.warning("could not read departments: %s", exc.message)
        self._on_directory_changed()
        self.reload_mine()
        self.reload_all()
        self._update_actions()

    # --- what the main window plugs in --------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        """The "민원" menu, in order, with separators before 담당자 지정 and 문서, and the
        register last."""
        return [*self.toolbar.menu_actions(), self.register_book.separator, self.register_action]

    def stop(self) -> None:
        super().stop()
        self.notice_sender.timer.stop()
        if self.reminders is not None:
            self.reminders.stop()

    def open_register(self) -> None:
        """The 민원 처리부 (one at a time; asked again, the open one comes to the front)."""
        self.register_book.open()

    @property
    def register_dialog(self) -> QDialog | None:
        """The 민원 처리부 window while it is open."""
        return self.register_book.dialog

    def title(self) -> str:
        """"민원 처리", "민원 처리 (임박 3 · 지남 1)": my cases' counts, or every case's
        for a desk that holds none (the front desk watches them all)."""
        counts = self.mine_model.counts()
        return page_title(counts if any(counts.values()) else self.all_model.counts())

    # --- whose cases ---------------------------------------------------------------------

    def reload_mine(self) -> None:
        backend, me = self._backend, self.officer_id()
        if me is None:
            self.mine_model.set_cases([])
            return
        try:
            mine = backend.cases.mine(me)
        except MinwonError as exc:
            self.form.mineSummary.setText(exc.message)
            return
        self.mine_model.set_cases(mine)

    # --- every case ---------------------------------------------------------------------

    def reload_all(self, *, background: bool = True) -> None:
        """Read "전체 민원" for the department and officer chosen: the open cases now, the
        answered ones when the state asks for them (``background=False``: at once)."""
        self.answered.forget()
        try:
            open_cases = self._backend.cases.cases(
                department_id=self.filters.department_id(), officer_id=self.filters.officer_id(),
                include_done=False,
            )
        except MinwonError as exc:
            self.say(exc.message, error=True)
            return
        self.all_model.set_cases(open_cases)
        self._read_answered(background=background)
        self._update_summaries()

    def is_loading(self) -> bool:
        """True while the answered cases are being read."""
        return self.answered.is_loading()

    def _read_answered(self, *, background: bool = True) -> None:
        """Read the answered cases of this list if the chosen state shows them."""
        if self.filters.needs_answered():
            self.answered.read(self._backend, self.filters.department_id(),
                               self.filters.officer_id(), background=background)

    # --- selection ----------------------------------------------------------------------

    def current_model(self) -> CaseListModel:
        return self.all_model if self.form.listTabs.currentIndex() == ALL_TAB else self.mine_model

    def selected_case(self) -> CaseView | None:
        row = chosen_row(self.current_table())
        return self.current_model().case_at(row) if row is not None else None

    def select_case(self, case_id: int) -> bool:
        """Choose a case in the list on the current tab."""
        return select_row(self.current_table(), self.current_model(), case_id)

    # --- page actions -------------------------------------------------------------------

    def new_case(self) -> None:
        self.show_requested.emit()
        self.case_actions.register()

    def register_from_memo(self, memo_id: int) -> None:
        """Register a case from a phone memo (the form comes prefilled)."""
        self.show_requested.emit()
        self.case_actions.register_from_memo(memo_id)

    def say(self, text: str, *, error: bool = False) -> None:
        """A line above the lists ("" hides it)."""
        show_message(self.form.pageMessage, text, "message-error" if error else "message-ok")

    def _say(self, text: str, error: bool) -> None:
        self.say(text, error=error)

    def tick(self) -> None:
        """Redraw the clocks from the stored deadlines (the timer calls this every second)."""
        changed = self.mine_model.tick()
        changed = self.all_model.tick() or changed
        self.detail.tick(self._now())
        if changed:
            self._after_change()

    # --- events -------------------------------------------------------------------------

    def _on_case_changed(self, event: CaseChanged) -> None:
        if event.change == CaseChange.NOTICE:
            # A notice sent, failed or confirmed changes no row of the lists, only the
            # case's history: no read per message while the outbox sends hundreds.
            if event.case_id == self._shown_id:
                self._history_later.start()
            return
        self._refresh_case(event.case_id)

    def _reshow_history(self) -> None:
        if self._shown_id is not None:
            self._show_detail(self._shown_id)

    def _after_action(self, case_id: int) -> None:
        self._refresh_case(case_id)
        if self.current_model().row_of(case_id) is not None:
            self.select_case(case_id)

    def _refresh_case(self, case_id: int) -> None:
        try:
            case = self._backend.cases.get(case_id)
        except NotFoundError:
            self.mine_model.remove(case_id)
            self.all_model.remove(case_id)
            return
        except MinwonError as exc:
            log.warning("could not refresh case %s: %s", case_id, exc.message)
            return
        me = self.officer_id()
        if case.state not in CLOSED and me is not None and case.officer_id == me:
            self.mine_model.upsert(case)
        else:
            self.mine_model.remove(case_id)
        if self.filters.allows(case):
            self.all_model.upsert(case)
        else:
            self.all_model.remove(case_id)
        if self._shown_id == case_id:
            self._show_detail(case_id)
        self._after_change()

    def _on_directory_changed(self) -> None:
        try:
            found = active_staff(self._cache, self._backend)
        except MinwonError as exc:
            log.warning("could not read the staff list: %s", exc.message)
            return
        self.filters.set_staff(*found)

    def _answered_loaded(self, cases: list[CaseView]) -> None:
        self.all_model.add_cases(cases)
        self._update_summaries()

    def _answered_failed(self, message: str) -> None:
        self.say(translate("CasePage", "처리 완료 민원을 읽지 못했습니다: {why}").format(why=message), error=True)
        self._update_summaries()

    # --- internals ----------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._backend.clock()

    def _setup_table(self, table: QTableView, model: CaseListModel) -> None:
        show_cases(table, model)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.activated.connect(lambda _index: self._opened())
        keep_choice_across_resets(table, model, self._selection_changed)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._after_change)

    def _opened(self) -> None:
        """Enter or a double click on a case: its detail; on one of my cases that owes the
        petitioner a progress notice, that notice, prepared, to review and send."""
        case, me = self.selected_case(), self.officer_id()
        send = getattr(self.case_actions, "send_interim", None)
        if (case is not None and me is not None and case.officer_id == me and send is not None
                and case.interim_owed(self._now())):
            send(case)
            return
        self.detail.focus()

    def _narrow(self) -> None:
        filters = self.filters
        self.all_model.set_filter(filters.status(), filters.late_only(), filters.include_done())
        self._read_answered()

    def _focus_list(self, tab: int) -> None:
        self.form.listTabs.setCurrentIndex(tab)
        table = self.current_table()
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        model = self.current_model()
        if self.selected_case() is None and model.rowCount() > 0:
            self.select_case(model.case_at(0).id)

    def _selection_changed(self, *_args: object) -> None:
        case = self.selected_case()
        if case is None:
            self._shown_id = None
            self.detail.show(None, None)
        elif case.id != self._shown_id:
            self._show_detail(case.id)
        self._update_actions()

    def _show_detail(self, case_id: int) -> None:
        self._shown_id = case_id
        actor = self._actor()
        if actor is None:  # signed out: nothing is shown whole
            self.detail.show(None, None, translate("CasePage", "로그인한 뒤에 민원 내용을 볼 수 있습니다."))
            return
        try:
            detail = self._backend.cases.detail(case_id)
            # The petitioner is shown whole: logged first (접속기록).
            self._backend.access_log.viewed(actor, entity="case", subjects=[case_id],
                                            what=translate("CasePage", "민원 상세"))
        except MinwonError as exc:
            self.detail.show(None, None, exc.message)
            return
        self.detail.show(detail, self._now())
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        case = self.selected_case() if self._visible else None
        self.toolbar.update(case, self.detail.detail)

    def _update_summaries(self) -> None:
        f = self.form
        f.mineSummary.setText(mine_summary(
            self.officer_id() is not None, self.mine_model.loaded(), self.mine_model.counts()))
        f.allSummary.setText(self.filters.summary(
            self.all_model.rowCount(), self.all_model.counts(), self.is_loading()))

    def __repr__(self) -> str:
        return f"CasePage(officer={self.officer_id()}, all={self.all_model!r})"
