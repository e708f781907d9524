"""The supervisor's page (보상·시정조치): review the compensation candidates the app found,
approve (issuing a numbered voucher) or reject them; the voucher ledger with the year's
budget, voiding and printing; and the corrective actions with their result notices.

Keyboard first: Ctrl+Enter approves the chosen candidate, Ctrl+Shift+R rejects it,
Ctrl+Shift+K records a corrective action, Ctrl+P prints what is chosen on the tab in
front (a voucher, a result notice), Ctrl+Shift+P the month's vouchers. The keys act only
while the focus is in this page. Lists are read again on change events (a visit, a case,
a decision, a voucher, a corrective action), never on a timer; while the page is out of
sight they are read when it comes back.

Who acts is the desk's operator, asked of ``actor`` each time (as the other pages do).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QToolButton, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import (
    CaseChanged,
    CompensationChanged,
    CorrectiveChanged,
    VisitChanged,
)
from minwon_desk.services.supervision.compensation_dto import VoucherView
from minwon_desk.ui.common.action_buttons import follow_actions
from minwon_desk.ui.common.preview_factory import PreviewFactory
from minwon_desk.ui.common.shown_page import ShownPage
from minwon_desk.ui.forms.ui_compensation_page import Ui_CompensationPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message
from minwon_desk.ui.supervision.compensation.corrective_dialog import (
    CorrectiveLink,
    link_to_candidate,
    link_to_voucher,
)
from minwon_desk.ui.supervision.compensation.corrective_list import CorrectiveList
from minwon_desk.ui.supervision.compensation.documents import DocumentOpener
from minwon_desk.ui.supervision.compensation.review import CandidateReview
from minwon_desk.ui.supervision.compensation.voucher_ledger import VoucherLedger

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.background import Background
    from minwon_desk.ui.bridge import ActorSource, EventBridge

log = logging.getLogger(__name__)

CANDIDATES_TAB, LEDGER_TAB, CORRECTIVE_TAB = 0, 1, 2


class CompensationPage(ShownPage):
    """보상·시정조치: candidates, the voucher ledger, corrective actions."""

    show_requested = Signal()  # a menu entry wants this page in front

    def __init__(
        self,
        backend: Backend,
        actor: ActorSource,
        bridge: EventBridge,
        parent: QWidget | None = None,
        *,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = f = Ui_CompensationPage()
        f.setupUi(self)
        self._backend = backend
        self._actor_source = actor
        self._stale: set[int] = {CANDIDATES_TAB, LEDGER_TAB, CORRECTIVE_TAB}  # read when shown
        self._refresh_pending = False

        self.opener = DocumentOpener(self, background)
        self.review = CandidateReview(self, f, backend, self.actor, self._say)
        self.ledger = VoucherLedger(self, f, backend, self.actor, self._say, self.opener)
        self.corrective = CorrectiveList(self, f, backend, self.actor, self._say, self.opener)
        for part in (self.review, self.ledger, self.corrective):
            part.chosen_changed.connect(self._update_actions)
        self.review.issued.connect(self._issued)
        self.corrective.recorded.connect(lambda _id: f.tabs.setCurrentIndex(CORRECTIVE_TAB))

        # A repeat visit checked in, a case past its deadline or a discourtesy finding makes
        # a candidate; a decision elsewhere takes one away; a voucher voided or printed
        # changes the ledger; a corrective action joins the month's list. The page's own
        # decisions come back this way too: the ledger follows them through these events.
        bridge.subscribe(VisitChanged, self._on_visit_or_case, owner=self)
        bridge.subscribe(CaseChanged, self._on_visit_or_case, owner=self)
        bridge.subscribe(CompensationChanged, self._on_compensation, owner=self)
        bridge.subscribe(CorrectiveChanged, self._on_corrective, owner=self)

        self._connect_actions()
        f.tabs.currentChanged.connect(lambda _i: self._update_actions())
        f.pageMessage.hide()
        f.candidateSplitter.setStretchFactor(0, 3)
        f.candidateSplitter.setStretchFactor(1, 2)
        f.ledgerSplitter.setStretchFactor(0, 3)
        f.ledgerSplitter.setStretchFactor(2, 3)
        now = backend.clock()
        try:
            self.review.set_kinds(backend.compensation.kinds())
        except MinwonError as exc:
            log.warning("could not read the compensation kinds: %s", exc.message)
        self.ledger.set_period(now.year, now.month)
        self.corrective.set_period(now.year, now.month)
        self._update_actions()

    # --- what the main window plugs in --------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        """The "보상" menu, in order, with its separators."""
        f = self.form
        return [
            f.actionCandidates, f.actionLedger, f.actionCorrectiveList, self._separator(),
            f.actionApprove, f.actionReject, f.actionRecordCorrective, self._separator(),
            f.actionPrintVoucher, f.actionPrintMonth, f.actionVoid, f.actionBudget,
            self._separator(), f.actionNotice,
        ]

    def actor(self) -> Actor | None:
        """Who works at this desk now (None: nobody chosen yet)."""
        return self._actor_source()

    @property
    def preview_factory(self) -> PreviewFactory | None:
        return self.opener.preview_factory

    @preview_factory.setter
    def preview_factory(self, factory: PreviewFactory | None) -> None:
        self.opener.preview_factory = factory

    @property
    def preview(self) -> QDialog | None:
        """The last document preview opened, while it is open."""
        return self.opener.preview

    def say(self, text: str, *, error: bool = False) -> None:
        """The status line above the tabs ("" hides it)."""
        show_message(self.form.pageMessage, text, "message-error" if error else "message-ok")

    def message(self) -> str:
        f = self.form
        return f.pageMessage.text() if not f.pageMessage.isHidden() else ""

    def show_tab(self, tab: int) -> None:
        self.show_requested.emit()
        f = self.form
        f.tabs.setCurrentIndex(tab)
        table = (f.candidateTable, f.voucherTable, f.correctiveTable)[tab]
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        part = (self.review, self.ledger, self.corrective)[tab]
        part.table.select_first()

    def reload(self) -> None:
        """Read every list now."""
        self._mark_stale(CANDIDATES_TAB, LEDGER_TAB, CORRECTIVE_TAB)
        self._refresh()

    # --- actions ------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        f = self.form
        f.actionApprove.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        f.actionCandidates.triggered.connect(lambda: self.show_tab(CANDIDATES_TAB))
        f.actionLedger.triggered.connect(lambda: self.show_tab(LEDGER_TAB))
        f.actionCorrectiveList.triggered.connect(lambda: self.show_tab(CORRECTIVE_TAB))
        f.actionApprove.triggered.connect(self.review.approve)
        f.actionReject.triggered.connect(self.review.reject)
        f.actionRecordCorrective.triggered.connect(self.record_corrective)
        f.actionVoid.triggered.connect(self.ledger.void)
        f.actionPrintVoucher.triggered.connect(lambda: self.ledger.print_voucher())
        f.actionPrintMonth.triggered.connect(self.ledger.print_month)
        f.actionBudget.triggered.connect(self.ledger.set_budget)
        f.actionNotice.triggered.connect(self.corrective.notice)
        buttons: list[tuple[QToolButton, QAction]] = [
            (f.approveButton, f.actionApprove), (f.rejectButton, f.actionReject),
            (f.candidateCorrectiveButton, f.actionRecordCorrective),
            (f.voidButton, f.actionVoid), (f.printButton, f.actionPrintVoucher),
            (f.printMonthButton, f.actionPrintMonth),
            (f.voucherCorrectiveButton, f.actionRecordCorrective),
            (f.budgetButton, f.actionBudget), (f.recordButton, f.actionRecordCorrective),
            (f.noticeButton, f.actionNotice),
        ]
        follow_actions(buttons)
        self.addActions([a for a in self.menu_actions() if not a.isSeparator()])

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    def record_corrective(self) -> None:
        """시정조치 기록: from a decided candidate or a voucher, linked to it; from the
        list, with the chosen candidate's and voucher's records offered as links."""
        tab = self.form.tabs.currentIndex()
        candidate, voucher = self.review.selected(), self.ledger.selected()
        if tab == CANDIDATES_TAB:
            if candidate is None or not candidate.decided:
                self.say(translate("CompensationPage", "승인이나 반려로 결정한 후보를 고르세요. 결정한 뒤에 시정조치를 기록합니다."),
                         error=True)
                return
            self.corrective.record([link_to_candidate(candidate)], linked=True)
        elif tab == LEDGER_TAB:
            if voucher is None:
                self.say(translate("CompensationPage", "목록에서 증서를 먼저 고르세요."), error=True)
                return
            self.corrective.record([link_to_voucher(voucher)], linked=True)
        else:
            links: list[CorrectiveLink] = []
            if candidate is not None:
                links.append(link_to_candidate(candidate))
            if voucher is not None:
                links.append(link_to_voucher(voucher))
            self.corrective.record(links, linked=False)

    def _issued(self, voucher: VoucherView) -> None:
        if self.review.last_preview_wanted:
            self.ledger.print_voucher(voucher.id, quiet=True)

    def _update_actions(self, *_args: object) -> None:
        f = self.form
        live = self._visible  # the page's keys must not act on what the supervisor cannot see
        tab = f.tabs.currentIndex()
        candidate = self.review.selected() if live else None
        voucher = self.ledger.selected() if live else None
        action = self.corrective.selected() if live else None
        on_candidates = live and tab == CANDIDATES_TAB
        on_ledger = live and tab == LEDGER_TAB
        deciding = on_candidates and self.review.can_decide()
        f.actionApprove.setEnabled(deciding)
        f.actionReject.setEnabled(deciding)
        f.actionRecordCorrective.setEnabled(
            (on_candidates and candidate is not None and candidate.decided)
            or (on_ledger and voucher is not None)
            or (live and tab == CORRECTIVE_TAB))
        valid = voucher is not None and not voucher.voided
        f.actionVoid.setEnabled(on_ledger and valid)
        f.actionPrintVoucher.setEnabled(on_ledger and valid)
        f.actionPrintMonth.setEnabled(
            on_ledger and self.ledger.month() is not None and not self.ledger.batch_running
            and self.ledger.printable_in_list() > 0)
        f.actionBudget.setEnabled(on_ledger)
        f.actionNotice.setEnabled(live and tab == CORRECTIVE_TAB and action is not None and action.can_notify)

    # --- refreshing ---------------------------------------------------------------------

    def _on_visit_or_case(self, _event: VisitChanged | CaseChanged) -> None:
        self._mark_stale(CANDIDATES_TAB)  # candidates may come or go

    def _on_compensation(self, _event: CompensationChanged) -> None:
        self._mark_stale(CANDIDATES_TAB, LEDGER_TAB)

    def _on_corrective(self, _event: CorrectiveChanged) -> None:
        self._mark_stale(CORRECTIVE_TAB)

    def _say(self, text: str, error: bool) -> None:
        self.say(text, error=error)

    def _mark_stale(self, *tabs: int) -> None:
        self._stale.update(tabs)
        if self._visible and not self._refresh_pending:
            # Events come in bursts (a case registered, then assigned): read once for all.
            self._refresh_pending = True
            QTimer.singleShot(0, self, self._refresh)

    def _refresh(self) -> None:
        self._refresh_pending = False
        stale, self._stale = self._stale, set()
        if CANDIDATES_TAB in stale:
            self.review.reload()
        if LEDGER_TAB in stale:
            self.ledger.reload()
        if CORRECTIVE_TAB in stale:
            self.corrective.reload()
        self._update_actions()

    def _when_shown(self) -> None:
        if self._stale:
            self._refresh()

    def __repr__(self) -> str:
        return f"CompensationPage(tab={self.form.tabs.currentIndex()}, stale={sorted(self._stale)})"
