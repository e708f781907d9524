"""A clock promised in working hours, in words: the working time left and the due moment.

A callback promised "within 3 working hours" and taken at 16:27 falls due at 10:27 the next
working day. Counting the wall clock ("17시간 59분 남음") tells the officer there is all
night; what is left is 2 hours 10 minutes of the office's time, due tomorrow morning:
"근무시간 2시간 10분 남음 · 내일 10:27까지".
"""

from __future__ import annotations

from datetime import datetime, timedelta

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.periods import Period
from minwon_desk.domain.timeutil import to_seoul

_WEEKDAYS = "월화수목금토일"


def counts_working_hours(period: Period | None) -> bool:
    """True when ``period`` is counted in working hours ("3h", "즉시", up to five days);
    not for wall-clock minutes or for periods counted in whole working days."""
    return period is not None and period.kind != "minutes" and not period.counts_working_days


def due_moment_ko(due: datetime, now: datetime) -> str:
    """"오늘 17:30", "내일 10:27", "모레 09:30", else "7/6(월) 10:27" (Seoul time)."""
    due, now = to_seoul(due), to_seoul(now)
    days = (due.date() - now.date()).days
    day = {0: "오늘", 1: "내일", 2: "모레"}.get(days)
    if day is None:
        day = f"{due.month}/{due.day}({_WEEKDAYS[due.weekday()]})"
    return f"{day} {due:%H:%M}"


def working_hours_words(span: timedelta) -> str:
    """Working time in hours and minutes ("2시간 10분", "45분"); a working day is not a
    calendar day, so no "일" here. Partial minutes are dropped, never rounded up."""
    minutes = max(int(span.total_seconds()) // 60, 0)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours}시간 {minutes}분"
    return f"{hours}시간" if hours else f"{minutes}분"


def working_remaining_ko(now: datetime, due: datetime, calendar: WorkingCalendar) -> str | None:
    """"근무시간 2시간 10분 남음 · 내일 10:27까지" while a night, a weekend, a holiday or a
    break lies before the deadline (the wall clock would say more time than there is);
    None when no such gap remains (the wall-clock words are the working time) or the
    deadline has passed."""
    if due <= now:
        return None
    working = calendar.working_time_between(now, due)
    if working >= due - now:
        return None
    return f"근무시간 {working_hours_words(working)} 남음 · {due_moment_ko(due, now)}까지"
