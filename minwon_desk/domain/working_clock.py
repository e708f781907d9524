"""A clock promised in working hours, in words: the working time left and the due moment.

A callback promised "within 3 working hours" and taken at 16:27 falls due at 10:27 the next
working day. Counting the wall clock ("17시간 59분 남음") tells the officer there is all
night; what is left is 2 hours 10 minutes of the office's time, due tomorrow morning:
"근무시간 2시간 10분 남음 · 내일 10:27까지".

The ``_ko`` words are the ones a record keeps (a routing note); the others are the same in
the desk's language, for what the window shows at the moment.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, Lookup, translate
from minwon_desk.domain.periods import Period
from minwon_desk.domain.timeutil import to_seoul

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("WorkingClock", "월"), QT_TRANSLATE_NOOP("WorkingClock", "화"),
    QT_TRANSLATE_NOOP("WorkingClock", "수"), QT_TRANSLATE_NOOP("WorkingClock", "목"),
    QT_TRANSLATE_NOOP("WorkingClock", "금"), QT_TRANSLATE_NOOP("WorkingClock", "토"),
    QT_TRANSLATE_NOOP("WorkingClock", "일"),
)
_DAYS = {
    0: QT_TRANSLATE_NOOP("WorkingClock", "오늘 {time}"),
    1: QT_TRANSLATE_NOOP("WorkingClock", "내일 {time}"),
    2: QT_TRANSLATE_NOOP("WorkingClock", "모레 {time}"),
}
_C = "WorkingClock"


def _source(context: str, text: str) -> str:
    del context
    return text


def counts_working_hours(period: Period | None) -> bool:
    """True when ``period`` is counted in working hours ("3h", "즉시", up to five days);
    not for wall-clock minutes or for periods counted in whole working days."""
    return period is not None and period.kind != "minutes" and not period.counts_working_days


def _due_moment(due: datetime, now: datetime, tr: Lookup) -> str:
    due, now = to_seoul(due), to_seoul(now)
    days = (due.date() - now.date()).days
    time = f"{due:%H:%M}"
    if days in _DAYS:
        return tr(_C, _DAYS[days]).format(time=time)
    return tr(_C, QT_TRANSLATE_NOOP("WorkingClock", "{month}/{day}({weekday}) {time}")).format(
        month=due.month, day=due.day, weekday=tr(_C, _WEEKDAYS[due.weekday()]), time=time)


def due_moment_ko(due: datetime, now: datetime) -> str:
    """"오늘 17:30", "내일 10:27", "모레 09:30", else "7/6(월) 10:27" (Seoul time)."""
    return _due_moment(due, now, _source)


def due_moment(due: datetime, now: datetime) -> str:
    """The same in the desk's language: "tomorrow 10:27"."""
    return _due_moment(due, now, translate)


def _hours_words(span: timedelta, tr: Lookup) -> str:
    minutes = max(int(span.total_seconds()) // 60, 0)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return tr(_C, QT_TRANSLATE_NOOP("WorkingClock", "{hours}시간 {minutes}분")).format(hours=hours, minutes=minutes)
    if hours:
        return tr(_C, QT_TRANSLATE_NOOP("WorkingClock", "{hours}시간")).format(hours=hours)
    return tr(_C, QT_TRANSLATE_NOOP("WorkingClock", "{minutes}분")).format(minutes=minutes)


def working_hours_words(span: timedelta) -> str:
    """Working time in hours and minutes ("2시간 10분", "45분"); a working day is not a
    calendar day, so no "일" here. Partial minutes are dropped, never rounded up."""
    return _hours_words(span, _source)


def _remaining(now: datetime, due: datetime, calendar: WorkingCalendar, tr: Lookup) -> str | None:
    if due <= now:
        return None
    working = calendar.working_time_between(now, due)
    if working >= due - now:
        return None
    return tr(_C, QT_TRANSLATE_NOOP("WorkingClock", "근무시간 {span} 남음 · {due}까지")).format(
        span=_hours_words(working, tr), due=_due_moment(due, now, tr))


def working_remaining_ko(now: datetime, due: datetime, calendar: WorkingCalendar) -> str | None:
    """"근무시간 2시간 10분 남음 · 내일 10:27까지" while a night, a weekend, a holiday or a
    break lies before the deadline (the wall clock would say more time than there is);
    None when no such gap remains (the wall-clock words are the working time) or the
    deadline has passed."""
    return _remaining(now, due, calendar, _source)


def working_remaining(now: datetime, due: datetime, calendar: WorkingCalendar) -> str | None:
    """``working_remaining_ko`` in the desk's language, for the window."""
    return _remaining(now, due, calendar, translate)
