"""독촉 on the desk: every minute, off the GUI thread, the cases page asks which of the
signed-in person's cases are three days from their deadline, due today or overdue (and, for
a head, which of the department's are overdue) and which owe the petitioner a progress
notice, and puts each in the tray once — whichever page is on screen, without anyone having
to look."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from minwon_desk.domain.reminders import ReminderStage
from minwon_desk.services.cases.reminders import Reminder
from minwon_desk.ui.alerts import Notifier
from minwon_desk.ui.background import Background
from minwon_desk.ui.common.time_words import short_time
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.cases.toolbar import ActorProvider

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000
FIRST_AFTER_MS = 5_000  # after start-up, not during it


def reminder_notice(reminder: Reminder, now: datetime) -> tuple[str, str]:
    """("처리기한 임박 — 민원 MSS-2026-000012", "정책자금 문의 · 기한 7/10 18:00")."""
    case = reminder.case
    titles = {
        ReminderStage.AHEAD: translate("CaseReminders", "처리기한 임박"),
        ReminderStage.DUE_TODAY: translate("CaseReminders", "오늘이 처리기한"),
        ReminderStage.OVERDUE: translate("CaseReminders", "처리기한 지남"),
        ReminderStage.INTERIM: translate("CaseReminders", "중간 통지 필요"),
    }
    title = translate("CaseReminders", "{stage} — 민원 {number}").format(stage=titles[reminder.stage], number=case.number)
    if reminder.stage is ReminderStage.INTERIM and case.interim_due_at is not None:
        # What to do, not only what is late: the notice is prepared when the case is opened.
        return title, translate("CaseReminders", "{subject} · 통지 기한 {due} · 민원을 열면 준비된 통지를 "
                                                 "확인하고 보낼 수 있습니다").format(
            subject=case.subject, due=short_time(case.interim_due_at, now))
    text = translate("CaseReminders", "{subject} · 기한 {due}").format(subject=case.subject,
                                               due=short_time(case.due_at, now))
    if reminder.as_head:
        text += translate("CaseReminders", " · 담당 {officer} (부서 민원)").format(officer=case.officer or translate("CaseReminders", "없음"))
    return title, text


class CaseReminders(QObject):
    def __init__(
        self, backend: Backend, actor: ActorProvider, notifier: Notifier, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._notifier = notifier
        self._background = Background(parent)
        self._told: set[tuple[int, str]] = set()
        self._who: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_AFTER_MS, self, self.check)

    def check(self) -> None:
        actor = self._actor()
        if actor is None:
            return
        if actor.staff_id != self._who:  # someone else signed in: their reminders are new
            self._who, self._told = actor.staff_id, set()
        self._background.run(
            lambda _p, _c: self._backend.cases.reminders(actor), on_done=self._tell,
            on_error=lambda message: log.warning("reminders not read: %s", message),
            label=translate("CaseReminders", "독촉 확인"), key="reminders", quiet=True,
        )

    def _tell(self, found: list[Reminder]) -> None:
        now = self._backend.clock()
        for reminder in found:
            if reminder.key in self._told:
                continue
            self._told.add(reminder.key)
            self._notifier.notify(*reminder_notice(reminder, now))

    def busy(self) -> bool:
        """A check is being read."""
        return self._background.running()

    def stop(self) -> None:
        self.timer.stop()
