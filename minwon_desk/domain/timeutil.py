"""Time in Seoul: the clock source, conversion and Korean wording of instants and spans."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from minwon_desk.domain.particles import settle

SEOUL: ZoneInfo = ZoneInfo("Asia/Seoul")

Clock = Callable[[], datetime]
"""A source of the current instant; always returns aware datetimes."""

WEEKDAYS_KO: tuple[str, ...] = ("월", "화", "수", "목", "금", "토", "일")

# The years a date, month or moment typed by a person may fall in. Nothing at a front desk
# lies outside them, and inside them every sum the rules do (the next month, a deadline
# weeks ahead, a conversion to UTC) stays far from the calendar's limits (years 1–9999).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2999
YEARS_KO = f"{EARLIEST_YEAR}년부터 {LATEST_YEAR}년까지"


def year_in_range(year: int) -> bool:
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def system_clock() -> datetime:
    return datetime.now(SEOUL)


def to_seoul(dt: datetime) -> datetime:
    """The same instant in Seoul time. Naive input is refused: its zone would be a guess."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(
            settle(f"시간대가 없는 시각 {dt.isoformat()}은(는) 쓸 수 없습니다. "
            "시간대를 붙여 주세요 (예: 2026-07-02T15:00+09:00).")
        )
    return dt.astimezone(SEOUL)


def format_date_ko(d: date) -> str:
    """``2026년 7월 7일(화)``."""
    return f"{d.year}년 {d.month}월 {d.day}일({WEEKDAYS_KO[d.weekday()]})"


def format_ko(dt: datetime) -> str:
    """``2026년 7월 7일(화) 15:00`` in Seoul time."""
    local = to_seoul(dt)
    return f"{format_date_ko(local.date())} {local:%H:%M}"


def describe_remaining(delta: timedelta) -> str:
    """Time left (or overdue) in words, coarser as the span grows.

    Under 10 minutes the seconds matter to the desk ("2분 10초 남음"); above that they are
    noise. Partial units are dropped (rounded toward zero), so a display never claims more
    time than there is. Zero counts as "남음": the deadline itself is not yet missed.
    """
    suffix = "남음" if delta >= timedelta(0) else "지남"
    total = int(abs(delta).total_seconds())
    if total < 600:
        minutes, seconds = divmod(total, 60)
        if minutes == 0:
            text = f"{seconds}초"
        elif seconds == 0:
            text = f"{minutes}분"
        else:
            text = f"{minutes}분 {seconds}초"
    elif total < 3600:
        text = f"{total // 60}분"
    elif total < 86400:
        hours, rest = divmod(total, 3600)
        minutes = rest // 60
        text = f"{hours}시간" if minutes == 0 else f"{hours}시간 {minutes}분"
    else:
        days, rest = divmod(total, 86400)
        hours = rest // 3600
        text = f"{days}일" if hours == 0 else f"{days}일 {hours}시간"
    return f"{text} {suffix}"
