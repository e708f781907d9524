"""How a case's answer clock moves: pausing for missing material, extending, the interim
notices an open case owes, and the state lists show (on time, warning, overdue, extended,
paused, done).

The deadline is stored when the case is received and moves only by these events, each
kept in the case's history (DESIGN §4).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.periods import Period, due
from minwon_desk.domain.timeutil import (
    SEOUL,
    format_day,
    format_moment,
    to_seoul,
)


class CaseStatus(Enum):
    ON_TIME = "on_time"
    WARNING = "warning"
    OVERDUE = "overdue"
    EXTENDED = "extended"
    PAUSED = "paused"
    DONE = "done"

    @property
    def label_ko(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("CaseStatus", _STATUS_LABELS[self])


_STATUS_LABELS = {
    CaseStatus.ON_TIME: QT_TRANSLATE_NOOP("CaseStatus", "기한 내"),
    CaseStatus.WARNING: QT_TRANSLATE_NOOP("CaseStatus", "임박"),
    CaseStatus.OVERDUE: QT_TRANSLATE_NOOP("CaseStatus", "기한 지남"),
    CaseStatus.EXTENDED: QT_TRANSLATE_NOOP("CaseStatus", "연장됨"),
    CaseStatus.PAUSED: QT_TRANSLATE_NOOP("CaseStatus", "보완 대기"),
    CaseStatus.DONE: QT_TRANSLATE_NOOP("CaseStatus", "처리 완료"),
}


def parse_status(value: CaseStatus | str) -> CaseStatus:
    if isinstance(value, CaseStatus):
        return value
    text = value.strip().lower().replace("-", "_")
    for status in CaseStatus:
        if text in (status.value, status.label_ko):
            return status
    names = ", ".join(s.value for s in CaseStatus)
    raise ValidationError("state", translate(
        "CaseClock",
        "상태 '{value}'은(는) 없습니다. 다음 중 하나로 적어 주세요: {names}.",
    ).format(value=value, names=names))


def case_status(
    now: datetime,
    *,
    due_at: datetime,
    warn_at: datetime | None,
    paused_at: datetime | None,
    answered_at: datetime | None,
    extensions: int,
) -> CaseStatus:
    """One state per case, in the order the desk needs to see it: a done case is done,
    a paused one waits for the petitioner, then overdue beats warning beats extended."""
    if answered_at is not None:
        return CaseStatus.DONE
    if paused_at is not None:
        return CaseStatus.PAUSED
    if now >= due_at:
        return CaseStatus.OVERDUE
    if warn_at is not None and now >= warn_at:
        return CaseStatus.WARNING
    if extensions:
        return CaseStatus.EXTENDED
    return CaseStatus.ON_TIME


def is_late(now: datetime, due_at: datetime, answered_at: datetime | None) -> bool:
    """The deadline passed before the answer: the charter's 'passed without notice' —
    every notice that moves the deadline (an extension) has already moved ``due_at``."""
    return (answered_at if answered_at is not None else now) > due_at


# --- pause for missing material (보완 요구) ------------------------------------------------


def check_pause(now: datetime, due_at: datetime, reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError(
            "reason", translate(
                "CaseClock",
                "무엇이 빠져 있어 보완을 요청하는지 사유를 적어 주세요. 사유는 민원인에게 "
                "알리는 내용입니다.",
            )
        )
    if now >= due_at:
        raise StateError(
            translate(
                "CaseClock",
                "처리기한({due_at})이 이미 지났습니다. 기한이 지난 뒤에는 보완 요청으로 "
                "기한을 멈출 수 없습니다. 진행 메모로 남겨 주세요.",
            ).format(due_at=format_moment(due_at))
        )
    return text


def resumed_due(
    due_at: datetime,
    period: Period,
    paused_at: datetime,
    resumed_at: datetime,
    calendar: WorkingCalendar,
) -> datetime:
    """The deadline after a pause: the time spent waiting for the petitioner does not count
    (시행령 §24). Hour-counted periods move by the working time paused; day-counted ones by
    the working days it touched (part of a day counts as a day), still ending at close."""
    waited = calendar.working_time_between(paused_at, resumed_at)
    if waited <= timedelta(0):
        return to_seoul(due_at)
    if not period.counts_working_days:
        return calendar.add_working_time(due_at, waited)
    day = calendar.hours.day_length
    days = math.ceil(waited / day)
    d = to_seoul(due_at).date()
    for _ in range(days):
        d = calendar.next_working_day(d)
    return datetime.combine(d, calendar.hours.end, tzinfo=SEOUL)


# --- extension (처리기간 연장, 시행령 §21) -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Extension:
    new_due: datetime
    reason: str
    consent: str


def latest_extension(due_at: datetime, period: Period, calendar: WorkingCalendar) -> datetime:
    """How far one extension may reach: no longer than the original period, counted the
    same way from the current deadline."""
    if period.counts_working_days:
        first = calendar.next_working_day(to_seoul(due_at).date())
        start = datetime.combine(first, calendar.hours.start, tzinfo=SEOUL)
        return calendar.end_of_nth_working_day(start, period.amount)
    return calendar.add_working_time(due_at, period.working_time)


def check_extension(
    now: datetime,
    *,
    due_at: datetime,
    period: Period,
    new_date: date,
    reason: str,
    consent: str,
    extensions_so_far: int,
    calendar: WorkingCalendar,
) -> Extension:
    """An extension to ``new_date`` (the end of that working day), or a ValidationError /
    StateError that says what the law allows."""
    if now >= due_at:
        raise StateError(
            translate(
                "CaseClock",
                "처리기한({due_at})이 이미 지났습니다. 연장은 기한 전에 민원인에게 알려야 "
                "하므로 지금은 연장할 수 없습니다. 처리를 서두르고 지연 사유를 회신에 적어 "
                "주세요.",
            ).format(due_at=format_moment(due_at))
        )
    why = (reason or "").strip()
    if not why:
        raise ValidationError("reason", translate(
            "CaseClock",
            "연장 사유를 적어 주세요. 사유는 연장 통지서에 그대로 실립니다.",
        ))
    agreed = (consent or "").strip()
    if extensions_so_far >= 1 and not agreed:
        raise ValidationError(
            "consent",
            translate(
                "CaseClock",
                "이미 한 번 연장했습니다. 다시 연장하려면 민원인의 동의를 받고, 언제 어떻게 "
                "동의했는지 적어 주세요.",
            ),
        )
    if not calendar.is_working_day(new_date):
        name = calendar.holiday_name(new_date)
        raise ValidationError("new_date", (
            translate("CaseClock", "{day}은(는) {holiday}. 근무일을 골라 주세요.") if name
            else translate("CaseClock", "{day}은(는) 근무일이 아닙니다. 근무일을 골라 주세요.")
        ).format(day=format_day(new_date), holiday=name))
    latest = latest_extension(due_at, period, calendar)
    end_of_day = datetime.combine(new_date, calendar.hours.end, tzinfo=SEOUL)
    new_due = min(end_of_day, latest) if new_date == latest.date() else end_of_day
    if new_due <= to_seoul(due_at):
        raise ValidationError(
            "new_date",
            translate("CaseClock", "새 처리예정일은 지금 기한({due_at})보다 뒤여야 합니다.").format(due_at=format_moment(due_at)),
        )
    if new_due > latest:
        raise ValidationError(
            "new_date",
            translate(
                "CaseClock",
                "연장은 처음 처리기간({period})보다 길 수 없습니다. 가장 늦게는 "
                "{latest}까지입니다.",
            ).format(period=period.label(), latest=format_moment(latest)),
        )
    return Extension(new_due=new_due, reason=why, consent=agreed)


# --- interim notices (중간 통지, 시행령 §23) -----------------------------------------------


def interim_due(
    received_at: datetime,
    last_notice_at: datetime | None,
    period: Period,
    calendar: WorkingCalendar,
) -> datetime:
    """When the next progress notice is owed while the case is open: one period after
    receipt, then one period after each notice sent."""
    return due(last_notice_at if last_notice_at is not None else received_at, period, calendar)
