"""Notices to the petitioner in the window: the officer sees what a stage wrote before it
goes (and may edit it, send it, or not send it); a progress notice that fell due comes
prepared, to send as it is or edited; and the page's sender sends what waits
off the GUI thread, telling the officer when a message could not go and what to do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.notice_templates import LMS_MAX_BYTES, NotifyChannel, lms_bytes
from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.cases.dto import DocumentRef
from minwon_desk.services.cases.interim import PreparedInterim
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.outbox import NoticeView, OutboxState
from minwon_desk.ui.common.dialogs import FieldsDialog
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

log = logging.getLogger(__name__)



def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseNotices", text)


class NoticeReviewDialog(FieldsDialog):
    """One message the stage wrote: 보내기 sends it (as edited), 보내지 않음 keeps it
    from going (the officer tells the petitioner another way)."""

    title = QT_TRANSLATE_NOOP("CaseNotices", "민원인 알림 확인")
    ok_text = QT_TRANSLATE_NOOP("CaseNotices", "보내기")
    tr_context = "CaseNotices"
    header_name = QT_TRANSLATE_NOOP("CaseNotices", "알림")
    facts_name = QT_TRANSLATE_NOOP("CaseNotices", "받는 곳")
    min_width = 600

    def __init__(self, backend: Backend, actor: Callable[[], Actor | None], notice: NoticeView,
                 parent: QWidget | None = None) -> None:
        self.notice = notice
        super().__init__(backend, actor, parent)
        self.cancel.setText(translate("CaseNotices", "보내지 않음"))
        self.cancel.setToolTip(self.not_sent_tip())

    def not_sent_tip(self) -> str:
        """What 보내지 않음 means: the officer tells the person another way."""
        return translate("CaseNotices", "이 알림을 보내지 않습니다. 전화나 우편으로 알려 주세요 (Esc)")

    def window_title(self) -> str:
        return f"{_tr(self.title)} — {self.notice.case_number}"

    def header_text(self) -> str:
        return translate("CaseNotices", "{label} · {number}").format(label=self.notice.label,
                                                number=self.notice.case_number)

    def fact_lines(self) -> list[str]:
        return [translate("CaseNotices", "{channel}: {to}").format(channel=self.notice.channel.label,
                                               to=self.notice.recipient),
                translate("CaseNotices", "고친 뒤 보내거나, 보내지 않을 수 있습니다.")]

    def build(self) -> None:
        self.subject = QLineEdit(self.notice.subject)
        self.subject.setAccessibleName(translate("CaseNotices", "제목"))
        self.body = QPlainTextEdit(self.notice.body)
        self.body.setAccessibleName(translate("CaseNotices", "알림 내용"))
        self.body.setMinimumHeight(220)
        self.body.setTabChangesFocus(True)
        if self.notice.channel is NotifyChannel.EMAIL:
            self.add_field("subject", translate("CaseNotices", "제목(&S)"), self.subject)
            attach = translate("CaseNotices", "회신문(PDF)을 붙여 보냅니다.") if self.notice.attach == "reply" else ""
            self.add_field("body", translate("CaseNotices", "내용(&B)"), self.body, attach)
        else:
            self.add_field("body", translate("CaseNotices", "문자(&B)"), self.body, self._size())
            self.body.textChanged.connect(self._count)
        self.body.setFocus()

    def _size(self) -> str:
        return translate("CaseNotices", "{n:,} / {max:,}바이트 (장문 문자 한 통)").format(
            n=lms_bytes(self.body.toPlainText()), max=LMS_MAX_BYTES)

    def _count(self) -> None:
        self.setToolTip(self._size())

    def write(self, actor: Actor) -> NoticeView:
        return self._backend.notices.confirm(actor, self.notice.id, self.subject.text(),
                                             self.body.toPlainText())

    def reject(self) -> None:
        actor = self._actor()
        if actor is not None and self.result() == 0 and not self._busy:
            try:
                self._backend.notices.cancel(actor, self.notice.id)
            except MinwonError as exc:
                log.warning("notice %s not cancelled: %s", self.notice.id, exc.message)
        super(FieldsDialog, self).reject()  # nothing typed here is worth a second Esc


class PreparedInterimDialog(NoticeReviewDialog):
    """The progress notice the app prepared once it fell due (중간 통지): 보내기 records it
    as the interim action does (the notice document, the history, the next due date) and
    sends the message as edited; 나중에 closes it, and the case stays marked as owing it."""

    title = QT_TRANSLATE_NOOP("CaseNotices", "중간 통지 보내기")
    ok_text = QT_TRANSLATE_NOOP("CaseNotices", "보내기")

    def __init__(self, backend: Backend, actor: Callable[[], Actor | None],
                 prepared: PreparedInterim, parent: QWidget | None = None) -> None:
        assert prepared.notice is not None, "a petitioner told by phone gets the printed notice"
        self.prepared = prepared
        super().__init__(backend, actor, prepared.notice, parent)
        self.cancel.setText(translate("CaseNotices", "나중에"))
        self.cancel.setToolTip(translate("CaseNotices", "보내지 않고 닫습니다. 민원은 계속 '중간 통지 필요'로 "
                                                        "표시됩니다 (Esc)"))

    def fact_lines(self) -> list[str]:
        prepared, notice = self.prepared, self.notice
        owed = format_moment(prepared.due_at) if prepared.due_at is not None else ""
        return [
            translate("CaseNotices", "{channel}: {to}").format(channel=notice.channel.label,
                                                              to=notice.recipient),
            translate("CaseNotices", "통지 기한 {due} · 이번이 {n}번째 중간 통지입니다.").format(
                due=owed, n=prepared.ordinal),
            translate("CaseNotices", "보내면 중간 통지서가 만들어지고 이력에 남습니다. 고친 뒤 보낼 수 있습니다."),
        ]

    def write(self, actor: Actor) -> DocumentRef:
        prepared = self.prepared
        return self._backend.cases.send_interim(
            actor, prepared.case_id, prepared.request,
            message=(self.subject.text(), self.body.toPlainText()))

    def reject(self) -> None:
        QDialog.reject(self)  # nothing was written: the notice stays owed


def notice_line(notice: NoticeView) -> str:
    """The history's line: '이메일 접수 안내 → ho***@example.com · 보냄'."""
    text = translate("CaseNotices", "{label} → {to} · {state}").format(
        label=notice.label, to=notice.masked_recipient, state=notice.state.label)
    if notice.state in (OutboxState.FAILED, OutboxState.WAITING) and notice.advice:
        text += f" — {notice.advice}"
    return text
