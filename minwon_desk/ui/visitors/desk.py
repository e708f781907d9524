"""The visitor desk page: the check-in form beside the live waiting board.

The page is built before the database is open (the window shows at once); until
:meth:`VisitorDeskView.attach` the board says it is loading and the page actions are off.

After a check-out a small strip under the board asks the visitor for a 1–5 rating (the
operator can turn the screen toward them): keys 1–5 or a click, again to change it; Esc
closes it; typing a name or Ctrl+N moves on to the next visitor (the strip steps aside),
and left alone it goes away at the next check-in or check-out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from minwon_desk.domain.clockstate import ClockColour
from minwon_desk.domain.errors import MinwonError, NotFoundError
from minwon_desk.domain.timeutil import system_clock
from minwon_desk.domain.visits import day_start
from minwon_desk.services.dto import Actor, StaffSummary, VisitView
from minwon_desk.services.events import VisitChange, VisitChanged
from minwon_desk.ui.alerts import GreetingAlerts
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.asking import Confirm, ask_confirmation
from minwon_desk.ui.common.column_fit import ColumnFit
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.common.second_ticker import SecondTicker
from minwon_desk.ui.common.shown_page import ShownPage
from minwon_desk.ui.common.table_model import choose_row, chosen_row
from minwon_desk.ui.forms.ui_visitor_desk import Ui_VisitorDesk
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role, show_message
from minwon_desk.ui.visitors.away import away_words
from minwon_desk.ui.visitors.board_model import (
    ARRIVED,
    CLOCK,
    OFFICER,
    PHONE,
    PURPOSE,
    WaitingBoardModel,
    is_pending,
)
from minwon_desk.ui.visitors.check_in_form import CheckInForm
from minwon_desk.ui.visitors.rating import RatingStrip

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

log = logging.getLogger(__name__)


class VisitorDeskView(RatingStrip, ShownPage):
    """Check visitors in, watch their greeting clocks, start listening, see them out."""

    show_requested = Signal()  # a shortcut wants this page in front before acting on it

    def __init__(
        self,
        backend: Backend | None,
        actor: Callable[[], Actor | None],
        bridge: EventBridge,
        alerts: GreetingAlerts,
        staff: list[StaffSummary],
        parent: QWidget | None = None,
        cache: DirectoryCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_VisitorDesk()
        self.form.setupUi(self)
        self._backend = backend
        self._actor = actor
        self.check_in_form = CheckInForm(self.form, backend, actor, staff, self, cache=cache)
        self._cache = cache

        self.model = WaitingBoardModel(self._now, self)
        table = self.form.boardTable
        # A row that goes (checked out here or elsewhere) leaves nothing chosen: the
        # selection never slides onto the next visitor by itself. Connected before the
        # view, which moves the choice to the next row as the row goes.
        self._chosen_goes = False
        self.model.rowsAboutToBeRemoved.connect(self._before_rows_removed)
        self.model.rowsRemoved.connect(self._after_rows_removed)
        table.setModel(self.model)
        self._size_columns()
        table.selectionModel().selectionChanged.connect(self._update_actions)
        table.doubleClicked.connect(lambda _index: self.greet_selected())

        self.model.officer_note = self._officer_note
        if cache is not None:
            cache.changed.connect(self.model.redraw_officers)
        self.timer = SecondTicker(self._now, self.model.tick, self.model.has_running_clocks, self)

        self.model.turned_red.connect(alerts.on_turned_red)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.layoutChanged):
            signal.connect(self._after_board_change)
        bridge.subscribe(VisitChanged, self._on_visit_changed, owner=self)
        self.check_in_form.checked_in.connect(self._upsert)

        f = self.form
        f.actionGreet.triggered.connect(lambda: self.greet_selected())
        # F2: the officer the visitor came to see began listening; Shift+F2: the operator
        # began on their behalf (the record says who really listened).
        f.actionGreet.setToolTip(translate("VisitorDeskView", "찾는 직원이 이야기를 듣기 시작했다고 기록합니다 (F2)"))
        self.greet_self_action = QAction(translate("VisitorDeskView", "내가 대신 응대 시작(&A)"), self)
        self.greet_self_action.setShortcut(QKeySequence("Shift+F2"))
        self.greet_self_action.setToolTip(translate("VisitorDeskView", "찾는 직원 대신 내가 듣기 시작했다고 기록합니다 (Shift+F2)"))
        self.greet_self_action.triggered.connect(lambda: self.greet_selected(by_officer=False))
        # Visits nobody checked out before their day ended: a supervisor or head corrects them.
        self.unrecorded_action = QAction(translate("VisitorDeskView", "퇴실 미기록 확인·정정(&U)…"), self)
        self.unrecorded_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.unrecorded_action.setToolTip(
            translate("VisitorDeskView", "퇴실을 기록하지 않은 채 하루가 끝난 방문을 보고 실제 퇴실 시각을 적습니다 (Ctrl+Shift+U)"))
        self.unrecorded_action.triggered.connect(self.open_unrecorded)
        self.unrecorded_dialog: QDialog | None = None
        # The board holds today's visitors: at midnight it is read again (yesterday's open
        # visits are then closed as 퇴실 미기록).
        self._day_timer = QTimer(self)
        self._day_timer.setSingleShot(True)
        self._day_timer.timeout.connect(self.refresh)
        f.actionCheckOut.triggered.connect(self.check_out_selected)
        f.actionNewVisitor.triggered.connect(self.new_visitor)
        f.actionFocusBoard.triggered.connect(self.focus_board)
        f.greetButton.clicked.connect(lambda: self.greet_selected())
        f.checkOutButton.clicked.connect(self.check_out_selected)
        f.greetButton.setToolTip(f.actionGreet.toolTip())
        f.checkOutButton.setToolTip(f.actionCheckOut.toolTip())
        f.greetButton.setText(translate("VisitorDeskView", "응대 시작 (F2)"))
        f.checkOutButton.setText(translate("VisitorDeskView", "퇴실 (F4)"))
        self.addActions([f.actionNewVisitor, f.actionFocusBoard])
        # F2 and F4 act on the row the operator is looking at: only in the board, never
        # while a new visitor's name is being typed (the menu still acts on the chosen row).
        for action in (f.actionGreet, self.greet_self_action, f.actionCheckOut):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            table.addAction(action)
        self.confirm: Confirm = ask_confirmation
        self._setup_rating()
        self.check_in_form.checked_in.connect(lambda _visit: self.close_rating(refocus=False))
        set_role(f.boardSummary, "summary")
        f.boardSummary.setWordWrap(True)  # longer in other languages: wraps, never widens the page
        set_role(f.alertBanner, "alert")
        self._visible = False
        self._overdue_alert = False
        self._pending: list[VisitView] = []
        if backend is None:
            self.set_unavailable(translate("VisitorDeskView", "대기 현황을 불러오는 중입니다…"), self.check_in_form.unavailable_message)
        else:
            self.refresh()

    def attach(self, backend: Backend, staff: list[StaffSummary]) -> None:
        """The database is open: fill the officer list and the board."""
        self._backend = backend
        self.check_in_form.attach(backend, staff)
        self.form.boardTable.setEnabled(True)
        self.refresh()

    def set_unavailable(self, board_text: str, enter_text: str) -> None:
        """No database (yet): say so on the board and when Enter is pressed."""
        self.check_in_form.unavailable_message = enter_text
        self.form.boardSummary.setText(board_text)
        self.form.boardTable.setEnabled(False)
        self._update_actions()

    # --- what the main window plugs in --------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        f = self.form
        return [f.actionNewVisitor, f.actionFocusBoard, f.actionGreet, self.greet_self_action,
                f.actionCheckOut, self.unrecorded_action]

    def open_unrecorded(self) -> None:
        """The 퇴실 미기록 list (one at a time; asked again, the open one comes to the front)."""
        if self._backend is None:
            return
        if self.unrecorded_dialog is not None and self.unrecorded_dialog.isVisible():
            self.unrecorded_dialog.raise_()
            return
        from minwon_desk.ui.supervision.unrecorded_visits import UnrecordedVisitsDialog

        dialog = UnrecordedVisitsDialog(self._backend, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "unrecorded_dialog", None))
        self.unrecorded_dialog = dialog
        dialog.open()
        dialog.activateWindow()

    # --- board --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the board from the database (start-up, or after losing track)."""
        if self._backend is None:
            return
        try:
            visits = self._backend.visits.list_waiting()
        except MinwonError as exc:
            self.show_alert(exc.message)
            return
        self.model.set_visits([*visits, *self._pending])
        self._arm_day_timer()

    def _arm_day_timer(self) -> None:
        now = self._now()
        midnight = day_start(now) + timedelta(days=1, seconds=1)
        self._day_timer.start(max(1000, int((midnight - now).total_seconds() * 1000)))

    def show_pending(self, visits: list[VisitView]) -> None:
        """The check-ins kept on this desk while the server is away (see
        :func:`is_pending`): on the board, marked "전송 대기", until they are sent."""
        gone = {v.id for v in self._pending} - {v.id for v in visits}
        self._pending = list(visits)
        for visit_id in gone:
            self.model.remove(visit_id)
        for visit in visits:
            self.model.upsert(visit)
        self._after_board_change()

    def selected_visit(self) -> VisitView | None:
        row = chosen_row(self.form.boardTable)
        return self.model.visit_at(row) if row is not None else None

    def select_visit(self, visit_id: int) -> bool:
        return choose_row(self.form.boardTable, self.model.row_of(visit_id))

    def new_visitor(self) -> None:
        self.show_requested.emit()
        self.close_rating(refocus=False)
        self.check_in_form.focus_name()

    def focus_board(self) -> None:
        self.show_requested.emit()
        table = self.form.boardTable
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.selected_visit() is None and self.model.rowCount() > 0:
            self.select_visit(self.model.visit_at(0).id)

    def greet_selected(self, *, by_officer: bool = True) -> None:
        """F2: the officer the visitor came to see began listening (a visitor for no one:
        the operator); Shift+F2: the operator began on the officer's behalf."""
        if self._backend is not None:
            greet = self._backend.visits.greet
            self._act_on_selected(lambda actor, visit_id: greet(actor, visit_id, by_officer=by_officer))

    def check_out_selected(self) -> None:
        if self._backend is None:
            return
        chosen = self.selected_visit()
        if chosen is not None and chosen.greeted_at is None and not is_pending(chosen):
            question = translate("VisitorDeskView", "{name} 님은 아직 응대를 시작하지 않았습니다.\n응대 없이 퇴실로 기록할까요?").format(
                name=chosen.visitor_name_masked)
            if not self.confirm(self, translate("VisitorDeskView", "응대 전 퇴실"), question):
                self.form.boardTable.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        visit = self._act_on_selected(self._backend.visits.check_out)
        if visit is not None:
            self._offer_rating(visit)

    def show_alert(self, message: str, *, overdue: bool = False) -> None:
        """A line under the board; ``overdue`` ones go away once nobody is overdue."""
        self._overdue_alert = overdue and bool(message)
        show_message(self.form.alertBanner, message, "alert")

    def stop(self) -> None:
        """Stop the clock timer (the window is closing)."""
        self.timer.stop()

    # --- internals ----------------------------------------------------------------------

    def _act_on_selected(self, action: Callable[[Actor, int], VisitView]) -> VisitView | None:
        visit = self.selected_visit()
        if visit is None:
            self.show_alert(translate("VisitorDeskView", "대기 현황에서 방문객을 먼저 고르세요."))
            return None
        if is_pending(visit):
            self.show_alert(translate("VisitorDeskView", "아직 서버에 보내지 못한 접수입니다(전송 대기). 서버와 다시 "
                                "연결되어 보내진 뒤에 기록할 수 있습니다."))
            return None
        actor = self._actor()
        if actor is None:
            self.show_alert(translate("VisitorDeskView", "로그인한 뒤에 할 수 있습니다."))
            return None
        try:
            updated = action(actor, visit.id)
        except MinwonError as exc:
            self.show_alert(exc.message)
            # The refusal may mean this row is out of date (changed elsewhere): re-read it.
            self._read_visit(visit.id)
            return None
        self.show_alert("")
        self._upsert(updated)
        return updated

    def _before_rows_removed(self, _parent: object, first: int, last: int) -> None:
        row = chosen_row(self.form.boardTable)
        self._chosen_goes = row is not None and first <= row <= last

    def _after_rows_removed(self, *_args: object) -> None:
        if self._chosen_goes:
            self._chosen_goes = False
            self.form.boardTable.selectionModel().clear()
            self._update_actions()

    def _officer_note(self, visit: VisitView) -> str:
        # A visitor waiting for an officer who is away now: the row says so, and who acts.
        snapshot = self._cache.snapshot if self._cache is not None else None
        if snapshot is None or visit.officer_id is None or self._backend is None:
            return ""
        try:
            presence = snapshot.presence(visit.officer_id, self._now())
        except MinwonError:
            return ""
        return "" if presence.present else away_words(presence)

    def _now(self) -> datetime:
        return self._backend.clock() if self._backend is not None else system_clock()

    def _on_visit_changed(self, event: VisitChanged) -> None:
        # A rating touches no row on the board.
        if event.change != VisitChange.RATED:
            self._read_visit(event.visit_id)

    def _read_visit(self, visit_id: int) -> None:
        # Fetch just this visit: another desk may have changed it.
        if self._backend is None:
            return
        try:
            visit = self._backend.visits.get(visit_id)
        except NotFoundError:
            self.model.remove(visit_id)
            return
        except MinwonError as exc:
            log.warning("could not refresh visit %s: %s", visit_id, exc.message)
            return
        self._upsert(visit)

    def _upsert(self, visit: VisitView) -> None:
        self.model.upsert(visit)
        self._after_board_change()

    def _after_board_change(self, *_args: object) -> None:
        self.timer.schedule()
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        counts = self.model.counts()
        total = self.model.rowCount()
        if self._overdue_alert and not counts[ClockColour.RED]:
            self.show_alert("")
        if total == 0:
            self.form.boardSummary.setText(translate("VisitorDeskView", "기다리는 방문객이 없습니다."))
            return
        waiting = total - counts[ClockColour.MET] - counts[ClockColour.LATE]
        parts = [translate("VisitorDeskView", "대기 {n}명").format(n=waiting)]
        talking = counts[ClockColour.MET] + counts[ClockColour.LATE]
        if talking:
            parts.append(translate("VisitorDeskView", "응대 중 {n}명").format(n=talking))
        if counts[ClockColour.RED]:
            parts.append(translate("VisitorDeskView", "응대 기한 넘김 {n}명").format(n=counts[ClockColour.RED]))
        self.form.boardSummary.setText(" · ".join(parts))

    def _update_actions(self, *_args: object) -> None:
        visit = self.selected_visit() if self._visible and self._backend is not None else None
        waiting = visit is not None and visit.greeted_at is None
        self.form.actionGreet.setEnabled(waiting)
        self.greet_self_action.setEnabled(waiting)
        self.form.greetButton.setEnabled(waiting)
        self.form.actionCheckOut.setEnabled(visit is not None)
        self.form.checkOutButton.setEnabled(visit is not None)

    def _size_columns(self) -> None:
        # At 1024×768 the board has ~460 px: the clock and the purpose wrap onto a second
        # line, the officer (with the absence note) takes the rest, the phone steps aside
        # (and with longer words, the arrival time: the waiting clock says as much).
        self.column_fit = ColumnFit(
            self.form.boardTable, stretch=OFFICER, drop=(PHONE, ARRIVED), stretch_min=110,
            caps={CLOCK: 130, PURPOSE: 100}, wrap=True,
        )
        self.form.boardTable.verticalHeader().setMinimumSectionSize(34)

    def __repr__(self) -> str:
        return f"VisitorDeskView({self.model!r}, timer={self.timer.isActive()})"
