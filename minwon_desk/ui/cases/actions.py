"""What the desk and the officers do with cases, for any page that shows them: register
(also from a phone memo), assign, note, pause and resume, extend, interim notice, 1357
stage, answer, the finding of a discourtesy complaint, and open the documents a case has
issued.

Each action opens its dialog over the page; the dialog calls the service and stays open
with everything typed when the service refuses. After a write ``changed`` carries the case
id; an extension, an interim notice and an answer then open the document just issued.
Documents are drawn on a worker thread (reportlab takes a moment) and shown in the print
preview when ready.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from minwon_desk.domain.cases import CaseType
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.notice_templates import NotifyChannel
from minwon_desk.domain.particles import settle
from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.cases.dto import CaseDetail, CaseView, DocumentRef
from minwon_desk.services.cases.site_visits import SiteVisitView
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.outbox import OutboxState
from minwon_desk.ui.background import Background, IsCancelled, Progress
from minwon_desk.ui.cases.dialogs import (
    AnswerDialog,
    AssignDialog,
    CaseDialog,
    ExtendDialog,
    FindingDialog,
    InterimDialog,
    NoteDialog,
    PauseDialog,
    ResumeDialog,
    StageDialog,
)
from minwon_desk.ui.cases.form import CaseForm
from minwon_desk.ui.cases.notices import NoticeReviewDialog, PreparedInterimDialog
from minwon_desk.ui.common.dialogs import OneDialog
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.cases.documents import CaseDocumentService
    from minwon_desk.services.dto import RenderedDocument

log = logging.getLogger(__name__)

# (pdf, *, title, filename, parent, extra_saves) → a preview dialog (DocumentPreview)
PreviewFactory = Callable[..., QDialog]


def _answered(case: CaseView) -> str:
    if case.answered_at is None:
        return settle(translate("CaseActions", "민원 {number}은(는) 이미 회신했습니다.").format(number=case.number))
    return settle(translate("CaseActions", "민원 {number}은(는) {when}에 이미 회신했습니다.").format(
        number=case.number, when=format_moment(case.answered_at)))


def _transferred(case: CaseView) -> str:
    return settle(translate("CaseActions", "민원 {number}은(는) 이미 다른 기관으로 이송했습니다.").format(
        number=case.number))


def _open_only(case: CaseView) -> str | None:
    if case.state == "transferred":
        return _transferred(case)
    return _answered(case) if case.state == "answered" else None


def _needs_officer(case: CaseView, document: str) -> str | None:
    if case.state in ("answered", "transferred"):
        return _open_only(case)
    if case.officer_id is None:
        return translate("CaseActions", "담당자가 정해지지 않았습니다. {document}에는 담당자가 적히므로 먼저 담당자를 지정해 주세요.").format(
            document=document)
    return None


class CaseActions(QObject):
    changed = Signal(int)  # case id, after a successful write
    notice_confirmed = Signal(int)  # case id: a notice to the petitioner is to go now
    notice = Signal(str)  # one sentence on what was just done, for a status line

    def __init__(
        self,
        parent: QWidget,
        backend: Backend,
        actor_provider: Callable[[], Actor | None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._backend = backend
        self._actor = actor_provider
        self.dialogs = OneDialog(self)
        self.preview: QDialog | None = None  # the last document preview opened
        self.last_message = ""  # the last explanation shown (why nothing happened)
        self.preview_factory: PreviewFactory | None = None  # default: the print preview
        self._background = Background(parent)

    # --- registering ----------------------------------------------------------------------

    def register(self) -> None:
        """민원 등록: an empty form, the desk's own time of receipt."""
        if self._ready():
            self._show_form(CaseForm(self._backend, self._actor, self._parent))

    def register_from_memo(self, memo_id: int) -> None:
        """민원으로 등록: the form filled from a phone memo (caller, gist, officer, time)."""
        if not self._ready():
            return
        backend = self._backend
        try:
            request = backend.cases.request_from_memo(memo_id)
            number = backend.memos.get(memo_id).number
        except MinwonError as exc:
            self._explain(exc.message)
            return
        self._show_form(CaseForm(backend, self._actor, self._parent, request=request,
                                 memo_number=number))

    # --- the officer's actions ------------------------------------------------------------

    def assign(self, case: CaseView) -> None:
        self._action(case, AssignDialog, _open_only)

    def add_note(self, case: CaseView) -> None:
        self._action(case, NoteDialog, lambda _c: None)

    def pause(self, case: CaseView) -> None:
        def check(c: CaseView) -> str | None:
            if c.state == "paused":
                return translate("CaseActions", "이미 보완을 기다리는 중입니다. 보완을 받았으면 '보완 접수'를 하세요.")
            if c.state == "open" and self._now() >= c.due_at:
                return translate("CaseActions", "처리기한({due})이 이미 지났습니다. 기한이 지난 뒤에는 보완 요청으로 기한을 "
                           "멈출 수 없습니다. 진행 메모로 남겨 주세요.").format(due=format_moment(c.due_at))
            return _open_only(c)
        self._action(case, PauseDialog, check)

    def resume(self, case: CaseView) -> None:
        def check(c: CaseView) -> str | None:
            if c.state != "paused":
                return _open_only(c) or translate("CaseActions", "보완을 기다리는 민원이 아닙니다. 처리기한은 이미 흐르고 있습니다.")
            return None
        self._action(case, ResumeDialog, check)

    def extend(self, case: CaseView) -> None:
        def check(c: CaseView) -> str | None:
            if c.state == "paused":
                return translate("CaseActions", "보완을 기다리는 동안에는 처리기한이 멈춰 있어 연장할 필요가 없습니다. "
                           "보완을 받은 뒤에 연장하세요.")
            if c.state == "open" and self._now() >= c.due_at:
                return translate("CaseActions", "처리기한({due})이 이미 지났습니다. 연장은 기한 전에 민원인에게 알려야 하므로 "
                           "지금은 연장할 수 없습니다. 처리를 서두르고 지연 사유를 회신에 적어 주세요.").format(
                    due=format_moment(c.due_at))
            return _needs_officer(c, translate("CaseActions", "연장 통지서"))
        self._action(case, ExtendDialog, check)

    def send_interim(self, case: CaseView) -> None:
        """중간 통지. Once one is owed the app offers it prepared: the message to review
        and send, or (for a petitioner told by phone) the notice's fields filled in."""
        def check(c: CaseView) -> str | None:
            return _needs_officer(c, translate("CaseActions", "중간 통지서"))

        try:
            fresh = self._backend.cases.get(case.id)
            owed = fresh.interim_owed(self._now()) and check(fresh) is None
            prepared = self._backend.cases.prepare_interim(case.id) if owed else None
        except MinwonError as exc:
            self._explain(exc.message)
            return
        if prepared is None:
            self._action(case, InterimDialog, check)
        elif prepared.notice is None:
            dialog = self._action(case, InterimDialog, check)
            if isinstance(dialog, InterimDialog):
                dialog.prefill(prepared.request)
        elif self._ready():
            review = PreparedInterimDialog(self._backend, self._actor, prepared, self._parent)
            title = translate("CaseNotices", PreparedInterimDialog.title)
            review.finished_with.connect(lambda result: self._interim_sent(fresh, title, result))
            self.dialogs.show(review)

    def _interim_sent(self, case: CaseView, title: str, result: object) -> None:
        self.notice_confirmed.emit(case.id)  # the message goes now, not in a minute
        self._acted(case, title, result)

    def change_notify(self, case: CaseView) -> None:
        """알림 방법 변경: how the petitioner wants to hear from now on."""
        from minwon_desk.ui.cases.notify_dialog import NotifyDialog

        self._action(case, NotifyDialog, _open_only)

    def mark_stage(self, case: CaseView) -> None:
        def check(c: CaseView) -> str | None:
            if c.case_type != CaseType.TASKFORCE.value:
                return translate("CaseActions", "1357 현장애로 민원에만 단계가 있습니다.")
            return _open_only(c)
        self._action(case, StageDialog, check)

    def answer(self, case: CaseView) -> None:
        self._action(case, AnswerDialog, lambda c: _needs_officer(c, translate("CaseActions", "회신문")))

    def transfer(self, case: CaseView) -> None:
        """다른 기관으로 이송: the agency and the reason; the notice opens when it is sent."""
        from minwon_desk.ui.cases.transfer_dialog import TransferDialog

        self._action(case, TransferDialog, _open_only)

    def plan_site_visit(self, case: CaseView) -> None:
        """현장 방문 계획: agreed with the customer, the fewest people."""
        from minwon_desk.ui.cases.site_visit_dialogs import SiteVisitDialog

        self._action(case, SiteVisitDialog, _open_only)

    def close_site_visit(self, case: CaseView) -> None:
        """현장 방문 결과 (or why it did not happen), for a planned visit of the case."""
        from minwon_desk.ui.cases.site_visit_dialogs import SiteVisitOutcomeDialog

        def check(c: CaseView) -> str | None:
            planned = [v for v in self._backend.site_visits.for_case(c.id) if v.state == "planned"]
            return None if planned else translate("CaseActions", "이 민원에는 결과를 기다리는 현장 방문 계획이 없습니다.")
        self._action(case, SiteVisitOutcomeDialog, check)

    def record_finding(self, case: CaseView) -> None:
        """조사 결과 기록: a discourtesy complaint upheld or dismissed (answered or not)."""
        def check(c: CaseView) -> str | None:
            if c.case_type != CaseType.DISCOURTESY.value:
                return translate("CaseActions", "조사 결과는 불친절·불성실 신고 민원에만 기록합니다.")
            return None
        self._action(case, FindingDialog, check)

    # --- documents ------------------------------------------------------------------------

    def open_document(self, case: CaseView, kind: str, ordinal: int | None = None) -> None:
        """Draw a document of the case (receipt, reply, extension, interim) on a worker
        thread and show it in the print preview when it is ready."""
        # With the operator named, the service logs who looked at a document that carries
        # personal data.
        documents, actor = self._backend.case_documents, self._actor()

        def draw(_progress: Progress, _cancelled: IsCancelled) -> RenderedDocument:
            return documents.render(case.id, kind, ordinal, actor=actor)

        # Another document asked for meanwhile replaces this one.
        self._background.run(
            draw, on_done=lambda document: self._rendered(documents, case, kind, document),
            on_error=self._explain, label=translate("CaseActions", "문서를 만드는 중…"), key="document",
        )

    def rendering(self) -> bool:
        """True while a document is still being drawn."""
        return self._background.running()

    def _rendered(
        self, documents: CaseDocumentService, case: CaseView, kind: str, document: RenderedDocument
    ) -> None:
        extra: list[tuple[str, str, Callable[[], bytes]]] = []
        if kind == "reply":
            case_id = case.id
            extra.append((translate("CaseActions", "HWPX로 저장…"), "hwpx", lambda: documents.reply_hwpx(case_id)))
        factory = self.preview_factory or _print_preview()
        preview = factory(document.pdf, title=document.title, filename=document.filename,
                          parent=self._parent, extra_saves=extra)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.destroyed.connect(self._preview_gone)
        preview.show()
        preview.raise_()
        preview.activateWindow()

    def _preview_gone(self, *_args: object) -> None:
        self.preview = None

    # --- internals --------------------------------------------------------------------------

    def _ready(self) -> bool:
        """An operator works at this desk and no dialog is open (else an explanation, or
        the open dialog brought to the front)."""
        if self._actor() is None:
            self._explain(translate("CaseActions", "로그인한 뒤에 할 수 있습니다."))
            return False
        # One dialog at a time: what is typed there stays.
        return not self.dialogs.raised()

    def _now(self) -> datetime:
        return self._backend.clock()

    def _action(
        self, case: CaseView, dialog_type: type[CaseDialog], check: Callable[[CaseView], str | None]
    ) -> CaseDialog | None:
        if not self._ready():
            return None
        backend = self._backend
        try:
            detail = backend.cases.detail(case.id)  # fresh: another desk may have acted
        except MinwonError as exc:
            self._explain(exc.message)
            return None
        problem = check(detail.view)
        if problem:
            self._explain(problem)
            return None
        dialog = dialog_type(backend, self._actor, detail, self._parent)
        title = translate("CaseDialogs", dialog_type.title)
        dialog.finished_with.connect(lambda result: self._acted(detail.view, title, result))
        self.dialogs.show(dialog)
        return dialog

    def _show_form(self, form: CaseForm) -> None:
        form.registered.connect(lambda case: self._registered(form, case))
        self.dialogs.show(form)

    @property
    def dialog(self) -> QDialog | None:
        """The dialog open now."""
        return self.dialogs.dialog

    def _registered(self, form: CaseForm, case: CaseView) -> None:
        officer = case.officer or translate("CaseActions", "담당자 없음 — 담당자를 지정해 주세요")
        self.notice.emit(settle(translate("CaseActions", "민원 {number}을(를) 등록했습니다. 담당 {officer}, 처리기한 {due}.").format(
            number=case.number, officer=officer, due=format_moment(case.due_at))))
        self.changed.emit(case.id)
        if form.receipt_wanted():
            self.open_document(case, "receipt")
        self._review_after(case.id)

    def _acted(self, case: CaseView, title: str, result: object) -> None:
        if isinstance(result, DocumentRef):
            self.notice.emit(settle(translate("CaseActions", "민원 {number}: {label}을(를) 만들었습니다 ({doc}).").format(
                number=case.number, label=result.label, doc=result.number)))
        elif isinstance(result, SiteVisitView):
            self.notice.emit(translate("CaseActions", "민원 {number}: 현장 방문 — {summary} ({state})").format(
                number=case.number, summary=result.summary,
                state={"planned": translate("CaseActions", "계획"), "done": translate("CaseActions", "결과 기록"),
                       "cancelled": translate("CaseActions", "취소")}.get(result.state, result.state)))
        elif isinstance(result, CaseDetail):
            how = NotifyChannel(result.notify or "phone").label_ko
            self.notice.emit(settle(translate("CaseActions", "민원 {number}: 알림 방법을 {how}(으)로 바꿨습니다.").format(
                number=case.number, how=how)))
        elif isinstance(result, CaseView):
            self.notice.emit(translate("CaseActions", "민원 {number}: {title} — 저장했습니다. 처리기한 {due}.").format(
                number=result.number, title=title, due=format_moment(result.due_at)))
        self.changed.emit(case.id)
        if isinstance(result, DocumentRef):
            self.open_document(case, result.kind, result.ordinal)
        self._review_after(case.id)

    def _review_after(self, case_id: int) -> None:
        # Once the dialog that did it has closed (it is told before it closes).
        QTimer.singleShot(0, self, lambda: self.review_notices(case_id))

    def review_notices(self, case_id: int, seen: frozenset[int] = frozenset()) -> None:
        """Show the officer each message the stage wrote before it goes (one at a time)."""
        try:
            drafts = [n for n in self._backend.notices.for_case(case_id)
                      if n.state is OutboxState.DRAFT and n.id not in seen]
        except MinwonError as exc:
            self._explain(exc.message)
            return
        if not drafts or self.dialogs.raised():
            return
        dialog = NoticeReviewDialog(self._backend, self._actor, drafts[0], self._parent)
        dialog.finished_with.connect(lambda _notice: self.notice_confirmed.emit(case_id))
        # The next draft (an e-mail and a text) once this one is decided.
        shown = seen | {drafts[0].id}
        dialog.finished.connect(lambda _result: QTimer.singleShot(
            0, self, lambda: self.review_notices(case_id, shown)))
        self.dialogs.show(dialog)

    def _explain(self, text: str) -> None:
        """Why nothing happened, in a box that does not block the window's event loop."""
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Information, translate("CaseActions", "민원"), text,
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def __repr__(self) -> str:
        return f"CaseActions(dialog={type(self.dialog).__name__ if self.dialog else None})"


def _print_preview() -> PreviewFactory:
    # Imported when the first document is shown: the preview brings pdfium with it.
    from minwon_desk.ui.common.print_preview import DocumentPreview

    return DocumentPreview
