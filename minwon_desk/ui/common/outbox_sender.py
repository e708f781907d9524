"""The window's one outbox sender: what waits in the notice outbox (a case's or a phone
memo's message to the person) goes out off the GUI thread, every minute and when a page
asks; what could not go is said with what to do instead."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.particles import settle
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.outbox import NoticeView
from minwon_desk.ui.background import Background, IsCancelled, Progress
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.notices.service import SendReport

log = logging.getLogger(__name__)

SEND_EVERY_MS = 60_000  # what waits (and retries falling due) goes out within a minute
# One run sends this many at most; a full run that sent some goes on at once, so a day's
# backlog leaves at the server's pace rather than this many a minute.
SEND_RUN = 200


class NoticeSender(QObject):
    """Sends the outbox every minute and when asked, one run at a time off the GUI thread
    (a slow or absent mail server never stalls the window). The outbox holds the cases'
    and the phone memos' messages alike: the window has one sender, which both pages use."""

    failed = Signal(str)  # what could not go, and what to do
    sent = Signal(int)  # how many went

    def __init__(self, backend: Backend, actor: Callable[[], Actor | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._background = Background(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_EVERY_MS)
        self.timer.timeout.connect(self.kick)
        self.timer.start()

    def kick(self) -> None:
        actor = self._actor()
        if actor is None or self._background.running():
            return
        notices = self._backend.notices

        def send(_progress: Progress, _cancelled: IsCancelled) -> SendReport:
            return notices.send_due(actor, limit=SEND_RUN)

        self._background.run(send, on_done=self._done, on_error=self._error, quiet=True,
                             key="notices", label=translate("CaseNotices", "알림을 보내는 중…"))

    def running(self) -> bool:
        return self._background.running()

    def _done(self, report: SendReport) -> None:
        if report.sent:
            self.sent.emit(report.sent)
        for notice in report.failed:
            self.failed.emit(failure_text(notice))
        if report.tried >= SEND_RUN and report.sent:
            QTimer.singleShot(0, self, self.kick)  # more may wait; a failing server waits

    def _error(self, message: str) -> None:
        # Not allowed to send (a desk without the handler's role), or the database away:
        # the officers' own desks send; this one says nothing more than the log.
        log.info("outbox not sent from this desk: %s", message)


def failure_text(notice: NoticeView) -> str:
    """What could not go, named by its case or phone memo, and what to do instead."""
    why = notice.advice or notice.instead
    if notice.memo_id is not None:
        return settle(translate(
            "CaseNotices", "전화 메모 {number}의 {label}을(를) 보내지 못했습니다: {why}",
        ).format(number=notice.case_number, label=notice.label, why=why))
    return settle(translate("CaseNotices", "민원 {number}의 {label}을(를) 보내지 못했습니다: {why}").format(
        number=notice.case_number, label=notice.label, why=why))
