"""Time in Seoul: the clock source, conversion and Korean wording of instants and spans."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, Lookup, translate
from minwon_desk.domain.i18n import translate as desk_language
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


def years_allowed() -> str:
    """The years above, as said in the desk's language ("1900년부터 2999년까지")."""
    return translate("Time", "{first}년부터 {last}년까지").format(
        first=EARLIEST_YEAR, last=LATEST_YEAR
    )


def year_in_range(year: int) -> bool:
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def system_clock() -> datetime:
    return datetime.now(SEOUL)


def to_seoul(dt: datetime) -> datetime:
    """The same instant in Seoul time. Naive input is refused: its zone would be a guess."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(
            settle(translate(
                "Time",
                "시간대가 없는 시각 {moment}은(는) 쓸 수 없습니다. "
                "시간대를 붙여 주세요 (예: 2026-07-02T15:00+09:00).",
            ).format(moment=dt.isoformat()))
        )
    return dt.astimezone(SEOUL)


def format_date_ko(d: date) -> str:
    """``2026년 7월 7일(화)``."""
    return f"{d.year}년 {d.month}월 {d.day}일({WEEKDAYS_KO[d.weekday()]})"


def format_ko(dt: datetime) -> str:
    """``2026년 7월 7일(화) 15:00`` in Seoul time."""
    local = to_seoul(dt)
    return f"{format_date_ko(local.date())} {local:%H:%M}"


# Printed documents keep the Korean forms above; messages use these, in the desk's language.
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Time", "월"), QT_TRANSLATE_NOOP("Time", "화"),
    QT_TRANSLATE_NOOP("Time", "수"), QT_TRANSLATE_NOOP("Time", "목"),
    QT_TRANSLATE_NOOP("Time", "금"), QT_TRANSLATE_NOOP("Time", "토"),
    QT_TRANSLATE_NOOP("Time", "일"),
)
_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)


def format_day(d: date) -> str:
    """A day as a message says it: ``2026년 7월 7일(화)``, or ``Tue 7 Jul 2026``."""
    return translate("Time", "{year}년 {month}월 {day}일({weekday})").format(
        year=d.year, month=d.month, day=d.day,
        weekday=translate("Time", _WEEKDAYS[d.weekday()]), month_name=_MONTHS[d.month - 1],
    )


def format_month(month: date, lookup: Lookup | None = None) -> str:
    """A month as a message says it: ``2026년 7월``, or ``Jul 2026`` (``lookup``: the
    language, by default the desk's)."""
    translate = lookup or desk_language
    return translate("Time", "{year}년 {month}월").format(
        year=month.year, month=month.month, month_name=_MONTHS[month.month - 1])


def format_month_short(month: date, lookup: Lookup | None = None) -> str:
    """A month without its year, for a chart's axis: ``10월``, or ``Oct``."""
    translate = lookup or desk_language
    return translate("Time", "{month}월").format(
        month=month.month, month_name=_MONTHS[month.month - 1])


def format_moment(dt: datetime) -> str:
    """A moment as a message says it, in Seoul time: ``2026년 7월 7일(화) 15:00``."""
    local = to_seoul(dt)
    return f"{format_day(local.date())} {local:%H:%M}"


def describe_remaining(delta: timedelta) -> str:
    """Time left (or overdue) in words, in the desk's language, coarser as the span grows.

    Under 10 minutes the seconds matter to the desk ("2분 10초 남음"); above that they are
    noise. Partial units are dropped (rounded toward zero), so a display never claims more
    time than there is. Zero counts as "남음": the deadline itself is not yet missed.
    """
    if delta >= timedelta(0):
        return translate("Time", "{span} 남음").format(span=describe_span(delta))
    return translate("Time", "{span} 지남").format(span=describe_span(delta))


def describe_late(delta: timedelta) -> str:
    """How late something was done, "1일 3시간 늦음", in the desk's language (the sign of
    ``delta`` does not matter)."""
    return translate("Time", "{span} 늦음").format(span=describe_span(delta))


def describe_span(delta: timedelta, lookup: Lookup | None = None) -> str:
    """The length of ``delta`` alone, "2일 3시간", as :func:`describe_remaining` says it
    (``lookup``: the language, by default the desk's)."""
    translate = lookup or desk_language
    total = int(abs(delta).total_seconds())
    if total < 600:
        minutes, seconds = divmod(total, 60)
        if minutes == 0:
            text = translate("Time", "{seconds}초").format(seconds=seconds)
        elif seconds == 0:
            text = translate("Time", "{minutes}분").format(minutes=minutes)
        else:
            text = translate("Time", "{minutes}분 {seconds}초").format(
                minutes=minutes, seconds=seconds
            )
    elif total < 3600:
        text = translate("Time", "{minutes}분").format(minutes=total // 60)
    elif total < 86400:
        hours, rest = divmod(total, 3600)
        minutes = rest // 60
        text = (
            translate("Time", "{hours}시간").format(hours=hours) if minutes == 0
            else translate("Time", "{hours}시간 {minutes}분").format(hours=hours, minutes=minutes)
        )
    else:
        days, rest = divmod(total, 86400)
        hours = rest // 3600
        text = (
            translate("Time", "{days}일").format(days=days) if hours == 0
            else translate("Time", "{days}일 {hours}시간").format(days=days, hours=hours)
        )
    return text
