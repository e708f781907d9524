"""Messages to a memo's caller in the window: whoever took the memo down (or its holder,
after a handing on or an answer) sees each message before it goes — and may edit it, send
it, or keep it from going (Esc) — in the case notices' review dialog; the sender sends what
waits off the GUI thread and says when a message could not go, and what to do instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.outbox import NoticeView, OutboxState
from minwon_desk.ui.cases.notices import NoticeReviewDialog, notice_line
from minwon_desk.ui.common.dialogs import OneDialog
from minwon_desk.ui.common.outbox_sender import NoticeSender
from minwon_desk.ui.common.time_words import short_time
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


class MemoNoticeReviewDialog(NoticeReviewDialog):
    """The case review dialog, worded for a phone memo's caller rather than a petitioner."""

    title = QT_TRANSLATE_NOOP("MemoCallerNotices", "전화하신 분께 보낼 알림 확인")
    ok_text = QT_TRANSLATE_NOOP("MemoCallerNotices", "보내기")
    tr_context = "MemoCallerNotices"
    header_name = QT_TRANSLATE_NOOP("MemoCallerNotices", "알림")
    facts_name = QT_TRANSLATE_NOOP("MemoCallerNotices", "받는 곳")

    def window_title(self) -> str:
        return translate("MemoCallerNotices", "전화하신 분께 보낼 알림 확인 — {number}").format(
            number=self.notice.number)

    def header_text(self) -> str:
        return translate("MemoCallerNotices", "{label} · 전화 메모 {number}").format(
            label=self.notice.label, number=self.notice.number)

    def not_sent_tip(self) -> str:
        return translate("MemoCallerNotices",
                         "이 알림을 보내지 않습니다. 전화하신 분께는 전화로 알려 주세요 (Esc)")


def notice_history_line(notice: NoticeView) -> str:
    """'7/2 10:00 · 이메일 메모 전달 안내 → ho***@example.com · 보냄'."""
    return f"{short_time(notice.created_at)} · {notice_line(notice)}"


class CallerNotices(QObject):
    """Shows a memo's unconfirmed messages one at a time and sends what waits."""

    failed = Signal(str)  # a message that could not go, and what to do
    decided = Signal(int)  # memo id: one of its messages was confirmed or held back

    def __init__(self, backend: Backend, actor: Callable[[], Actor | None],
                 parent: QWidget, sender: NoticeSender | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._parent = parent
        self.dialogs = OneDialog(self)
        # What a memo writes to its caller waits for the desk to see it first.
        backend.notices.review_first = True
        self.sender = sender or NoticeSender(backend, actor, parent)  # the window's one
        self.sender.failed.connect(self.failed)

    def review_after(self, memo_id: int) -> None:
        # Once whatever did it has finished (a form's save, an action's message).
        QTimer.singleShot(0, self, lambda: self.review(memo_id))

    def review(self, memo_id: int, seen: frozenset[int] = frozenset()) -> None:
        try:
            drafts = [n for n in self._backend.notices.for_memo(memo_id)
                      if n.state is OutboxState.DRAFT and n.id not in seen]
        except MinwonError as exc:
            self.failed.emit(exc.message)
            return
        if not drafts or self.dialogs.raised():
            return
        dialog = MemoNoticeReviewDialog(self._backend, self._actor, drafts[0], self._parent)
        dialog.finished_with.connect(lambda _notice: self.sender.kick())
        shown = seen | {drafts[0].id}

        def next_one(_result: int) -> None:
            self.decided.emit(memo_id)
            QTimer.singleShot(0, self, lambda: self.review(memo_id, shown))

        dialog.finished.connect(next_one)
        self.dialogs.show(dialog)

    def open_dialog(self) -> MemoNoticeReviewDialog | None:
        dialog = self.dialogs.dialog
        return dialog if isinstance(dialog, MemoNoticeReviewDialog) else None

    def __repr__(self) -> str:
        return f"CallerNotices(open={self.open_dialog() is not None})"
