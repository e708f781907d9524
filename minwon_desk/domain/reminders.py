"""독촉 (민원처리법 시행규칙 §10): an open case's handler is reminded three days before its
deadline, on the day it falls due and once it is overdue; past the deadline their head is
told too. Each reminder is given once per case and stage. The handler is also told when
an open case owes the petitioner its progress notice (중간 통지), once each time it falls
due.

Days are calendar days in Seoul, as a deadline is read on the paper ("D-3"). A paused case
(waiting for the petitioner's material) has no running clock and is not reminded.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from minwon_desk.domain.timeutil import to_seoul

AHEAD_DAYS = 3


class ReminderStage(StrEnum):
    AHEAD = "d-3"  # three days or fewer before the deadline's day
    DUE_TODAY = "due-today"
    OVERDUE = "overdue"
    INTERIM = "interim"  # a progress notice is owed (시행령 §23: every period while open)

    @property
    def label_ko(self) -> str:
        return {"d-3": "처리기한 임박", "due-today": "오늘이 처리기한",
                "overdue": "처리기한 지남", "interim": "중간 통지 필요"}[self.value]


def reminder_stage(now: datetime, due_at: datetime) -> ReminderStage | None:
    """Where a running case stands against its deadline, or None while it is far off."""
    if now >= due_at:
        return ReminderStage.OVERDUE
    days = (to_seoul(due_at).date() - to_seoul(now).date()).days
    if days == 0:
        return ReminderStage.DUE_TODAY
    if days <= AHEAD_DAYS:
        return ReminderStage.AHEAD
    return None
