"""The cases page's actions: the toolbar buttons, the "민원" menu entries and their keys,
which of them fit the chosen case, and the "문서" menu.

What an action does (its dialog and the service call) belongs to ``CaseActions``
(``minwon_desk.ui.cases.actions``); the page is given one through a factory, so a test can
hand it a stand-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget

from minwon_desk.domain.cases import CaseType
from minwon_desk.services.cases.dto import CaseDetail, CaseView
from minwon_desk.services.dto import Actor
from minwon_desk.ui.common.action_buttons import follow_actions
from minwon_desk.ui.common.overflow_row import OverflowRow
from minwon_desk.ui.common.shortcuts import PageShortcuts
from minwon_desk.ui.forms.ui_case_page import Ui_CasePage
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

CLOSED = ("answered", "transferred")  # answered, or sent to another agency


class CaseActionsLike(Protocol):
    """What the page asks of ``CaseActions``: each method runs its dialog and service call
    and shows its own errors; ``changed`` (a Qt signal carrying the case id) follows every
    successful write."""

    changed: Any

    def register(self) -> None: ...
    def register_from_memo(self, memo_id: int) -> None: ...
    def assign(self, case: CaseView) -> None: ...
    def add_note(self, case: CaseView) -> None: ...
    def pause(self, case: CaseView) -> None: ...
    def resume(self, case: CaseView) -> None: ...
    def extend(self, case: CaseView) -> None: ...
    def send_interim(self, case: CaseView) -> None: ...
    def mark_stage(self, case: CaseView) -> None: ...
    def answer(self, case: CaseView) -> None: ...
    def open_document(self, case: CaseView, kind: str, ordinal: int | None = None) -> None: ...


ActorProvider = Callable[[], Actor | None]
ActionsFactory = Callable[[QWidget, "Backend", ActorProvider], CaseActionsLike]


def default_actions(parent: QWidget, backend: Backend, actor: ActorProvider) -> CaseActionsLike:
    """The case dialogs (imported when the page is built, not with the main window)."""
    from minwon_desk.ui.cases.actions import CaseActions

    actions: CaseActionsLike = CaseActions(parent, backend, actor)
    return actions


class CaseToolbar(QObject):
    """Connects the form's actions and buttons to ``actions`` for the chosen case."""

    def __init__(
        self,
        page: QWidget,
        form: Ui_CasePage,
        actions: CaseActionsLike,
        selected: Callable[[], CaseView | None],
        say: Callable[[str, bool], None],
    ) -> None:
        super().__init__(page)
        self.form = f = form
        self._actions = actions
        self._selected = selected
        self._say = say
        on_case: list[tuple[QAction, Callable[[CaseView], None]]] = [
            (f.actionAssign, actions.assign), (f.actionNote, actions.add_note),
            (f.actionPause, actions.pause), (f.actionResume, actions.resume),
            (f.actionExtend, actions.extend), (f.actionInterim, actions.send_interim),
            (f.actionStage, actions.mark_stage), (f.actionAnswer, actions.answer),
        ]
        for action, method in on_case:
            action.triggered.connect(lambda _on=False, method=method: self._with_case(method))
        documents = [
            (f.actionReceipt, "receipt"), (f.actionReplyLetter, "reply"),
            (f.actionExtensionNotice, "extension"), (f.actionInterimNotice, "interim"),
        ]
        for action, kind in documents:
            action.triggered.connect(lambda _on=False, kind=kind: self.open_document(kind, None))
        self.document_menu = menu = QMenu(page)
        menu.addActions([a for a, _kind in documents])
        f.actionDocuments.triggered.connect(self._pop_documents)
        buttons: list[tuple[QToolButton, QAction]] = [
            (f.newButton, f.actionNewCase), (f.assignButton, f.actionAssign),
            (f.noteButton, f.actionNote), (f.pauseButton, f.actionPause),
            (f.resumeButton, f.actionResume), (f.extendButton, f.actionExtend),
            (f.interimButton, f.actionInterim), (f.stageButton, f.actionStage),
            (f.answerButton, f.actionAnswer), (f.documentsButton, f.actionDocuments),
        ]
        follow_actions(buttons)
        f.documentsButton.setMenu(menu)  # after setDefaultAction(), which drops it
        # The style draws the menu's arrow inside the button, over the label's end ("문서.").
        arrow = f.documentsButton.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        f.documentsButton.setMinimumWidth(f.documentsButton.sizeHint().width() + 2 * arrow)
        self.finding_action, self.finding_button = self._finding(page, form, actions)
        # On a narrow screen or with longer words, the least used step into "더보기" first;
        # 새 민원, 회신 and 문서 always stay buttons.
        self.overflow = OverflowRow(page, f.toolRow, [
            f.stageButton, self.finding_button, f.resumeButton, f.pauseButton,
            f.interimButton, f.extendButton, f.noteButton, f.assignButton,
        ])
        self.transfer_action = self._transfer(page, actions)
        self.visit_action = self._optional(
            page, actions, "plan_site_visit", translate("CaseToolbar", "현장 방문 계획(&V)…"),
            translate("CaseToolbar", "고객과 협의한 기업 현장 방문을 계획합니다 (가는 사람은 최소로)"))
        self.visit_done_action = self._optional(
            page, actions, "close_site_visit", translate("CaseToolbar", "현장 방문 결과(&W)…"),
            translate("CaseToolbar", "다녀온 현장 방문의 결과나 취소 사유를 적습니다"))
        self.notify_action = self._optional(
            page, actions, "change_notify", translate("CaseToolbar", "알림 방법 변경(&H)…"),
            translate("CaseToolbar", "민원인이 진행 상황을 받을 방법(전화·이메일·문자)을 바꿉니다 "
                                     "(Ctrl+Shift+H)"))
        self.notify_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        # The menu's groups: the lists, what is done to the chosen case, its documents.
        self._before_acting, self._before_documents = _separator(page), _separator(page)
        page.addActions([a for a in self.menu_actions()
                         if a is not f.actionNewCase and not a.isSeparator()])
        # Ctrl+N belongs to the visitor form window-wide; inside this page it means a case.
        page.addAction(f.actionNewCase)
        self._keys = PageShortcuts(page, [f.actionNewCase])

    def menu_actions(self) -> list[QAction]:
        """The "민원" menu, in order, with separators before 담당자 지정 and 문서."""
        f = self.form
        return [
            f.actionNewCase, f.actionMyCases, f.actionAllCases,
            self._before_acting,
            f.actionAssign, f.actionNote, f.actionPause, f.actionResume, f.actionExtend,
            f.actionInterim, f.actionStage, f.actionAnswer, self.finding_action,
            self.transfer_action, self.visit_action, self.visit_done_action,
            self.notify_action, self._before_documents,
            f.actionDocuments, f.actionReceipt, f.actionReplyLetter, f.actionExtensionNotice,
            f.actionInterimNotice,
        ]

    def update(self, case: CaseView | None, detail: CaseDetail | None) -> None:
        """Enable what fits ``case`` (None: nothing chosen, or the page is out of sight);
        ``detail`` is the chosen case's detail when read (its documents and stages)."""
        f = self.form
        if detail is not None and (case is None or detail.id != case.id):
            detail = None
        live = case is not None and case.state not in CLOSED
        officer = case is not None and case.officer_id is not None
        is_open = case is not None and case.state == "open"
        f.actionAssign.setEnabled(live)
        f.actionNote.setEnabled(case is not None)
        f.actionPause.setEnabled(is_open)
        f.actionResume.setEnabled(case is not None and case.state == "paused")
        f.actionExtend.setEnabled(is_open and officer)  # the notice names the officer
        f.actionInterim.setEnabled(live and officer)
        f.actionStage.setEnabled(live and case is not None and _stages_left(case, detail))
        f.actionAnswer.setEnabled(live and officer)
        self.transfer_action.setEnabled(self._transfers and live)
        for optional in (self.visit_action, self.visit_done_action, self.notify_action):
            optional.setEnabled(bool(optional.data()) and live)
        self.finding_action.setEnabled(
            self._finds and case is not None and case.case_type == CaseType.DISCOURTESY.value
            and not _found(detail))
        kinds = {d.kind for d in detail.documents} if detail is not None else set()
        f.actionReceipt.setEnabled("receipt" in kinds)
        f.actionReplyLetter.setEnabled("reply" in kinds)
        f.actionExtensionNotice.setEnabled("extension" in kinds)
        f.actionInterimNotice.setEnabled("interim" in kinds)
        f.actionDocuments.setEnabled(bool(kinds))

    def open_document(self, kind: str, ordinal: int | None) -> None:
        case = self._selected()
        if case is not None:
            self._actions.open_document(case, kind, ordinal)

    # --- internals ----------------------------------------------------------------------

    def _finding(
        self, page: QWidget, form: Ui_CasePage, actions: CaseActionsLike
    ) -> tuple[QAction, QToolButton]:
        """조사 결과 기록 for discourtesy complaints: an action of its own and a button after
        회신 (actions without it, such as a test's stand-in, leave it off)."""
        action = QAction(translate("CaseToolbar", "조사 결과 기록(&F)…"), page)
        action.setIconText(translate("CaseToolbar", "조사 결과"))
        action.setToolTip(translate("CaseToolbar", "불친절·불성실 신고의 조사 결과(인정·불인정)를 적습니다. "
                              "인정하면 보상 후보가 됩니다 (Ctrl+Shift+F)"))
        action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        method = getattr(actions, "record_finding", None)
        self._finds = method is not None
        if method is not None:
            action.triggered.connect(lambda _on=False: self._with_case(method))
        button = QToolButton(page)
        button.setAccessibleName(translate("CaseToolbar", "조사 결과 기록"))
        follow_actions([(button, action)])
        row = form.toolRow
        row.insertWidget(row.indexOf(form.answerButton) + 1, button)
        action.setEnabled(False)
        return action, button

    def _transfer(self, page: QWidget, actions: CaseActionsLike) -> QAction:
        """다른 기관으로 이송 (menu and Ctrl+Shift+G; actions without it leave it off)."""
        action = QAction(translate("CaseToolbar", "다른 기관으로 이송(&G)…"), page)
        action.setToolTip(translate("CaseToolbar", "다른 기관 소관인 민원을 사유와 함께 그 기관으로 보내고 이송 통지를 "
                              "만듭니다 (Ctrl+Shift+G)"))
        action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        method = getattr(actions, "transfer", None)
        self._transfers = method is not None
        if method is not None:
            action.triggered.connect(lambda _on=False: self._with_case(method))
        action.setEnabled(False)
        return action

    def _optional(
        self, page: QWidget, actions: CaseActionsLike, name: str, text: str, tip: str
    ) -> QAction:
        """A menu action for a dialog the case actions may offer (a test's stand-in may not)."""
        action = QAction(text, page)
        action.setToolTip(tip)
        method = getattr(actions, name, None)
        action.setData(method is not None)
        if method is not None:
            action.triggered.connect(lambda _on=False: self._with_case(method))
        action.setEnabled(False)
        return action

    def _with_case(self, method: Callable[[CaseView], None]) -> None:
        case = self._selected()
        if case is None:
            self._say(translate("CaseToolbar", "목록에서 민원을 먼저 고르세요."), True)
            return
        self._say("", False)
        method(case)

    def _pop_documents(self) -> None:
        # popup(), not the button's showMenu(): that one waits until the menu closes.
        button, menu = self.form.documentsButton, self.document_menu
        first = next((a for a in menu.actions() if a.isEnabled()), None)
        if first is not None:
            menu.setActiveAction(first)
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def __repr__(self) -> str:
        return f"CaseToolbar(case={self._selected()!r})"


def _separator(page: QWidget) -> QAction:
    separator = QAction(page)
    separator.setSeparator(True)
    return separator


def _found(detail: CaseDetail | None) -> bool:
    """The finding is already recorded (unknown until the detail is read: no)."""
    return detail is not None and any(event.kind == "finding" for event in detail.events)


def _stages_left(case: CaseView, detail: CaseDetail | None) -> bool:
    """A 1357 case with a rung not yet recorded (unknown until its detail is read: yes)."""
    if case.case_type != CaseType.TASKFORCE.value:
        return False
    return detail is None or any(stage.met_at is None for stage in detail.stages)
