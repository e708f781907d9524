"""The monthly review of the access log (접속기록 점검, 안전성 확보조치 기준 §8②): which
month may be reviewed, when its review is due, and the rules that pick out what a privacy
officer must look at.

- After hours: on a day that is not a working day of the agency's calendar, or before
  the office opens / after it closes (the lunch break is working time here: a desk that
  looks up a visitor at 12:30 is not out of hours).
- Bulk: a download of any size, or one view or print of ``BULK_RECORDS`` records or more.
- Heavy viewer: an account that viewed more than ``HEAVY_FACTOR`` times the median of its
  peers — the other accounts holding exactly the same roles, counting those that viewed
  nothing — and at least ``HEAVY_FLOOR`` records (a handful of views is never "heavy").
  An account with no peer is not judged.
- Due: the review of a month is due by the ``DUE_DAY``th of the next month.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import median

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.i18n import Lookup, translate
from minwon_desk.domain.i18n import translate as desk_language
from minwon_desk.domain.inspection import next_month, parse_month
from minwon_desk.domain.timeutil import SEOUL, format_month, to_seoul

BULK_RECORDS = 100
HEAVY_FACTOR = 3
HEAVY_FLOOR = 20
DUE_DAY = 5

def heavy_rule(lookup: Lookup | None = None) -> str:
    translate = lookup or desk_language
    return translate("AccessReview", "같은 역할을 가진 다른 계정들(이 달에 조회하지 않은 계정 포함)의 "
                               "조회 건수 중앙값의 {factor}배를 넘고 {floor}건 이상 조회한 계정"
                     ).format(factor=HEAVY_FACTOR, floor=HEAVY_FLOOR)


def bulk_rule(lookup: Lookup | None = None) -> str:
    translate = lookup or desk_language
    return translate("AccessReview", "다운로드 전부, 그리고 한 번에 {count}건 이상을 조회·출력한 경우"
                     ).format(count=BULK_RECORDS)


def review_month(text: str, now: datetime) -> date:
    """'2026-11' → 2026-11-01, for a month that has begun; ValueError (Korean) for a
    malformed month or one still to come."""
    month = parse_month(text)
    this = this_month(now)
    if month > this:
        raise ValueError(translate(
            "AccessReview", "{month}은 아직 오지 않은 달입니다. 점검은 지난달이나 이달까지만 할 수 "
                      "있습니다 (지금은 {now})."
        ).format(month=format_month(month), now=format_month(this)))
    return month


def this_month(now: datetime) -> date:
    seoul = to_seoul(now)
    return date(seoul.year, seoul.month, 1)


def previous_month(month: date) -> date:
    return (month - timedelta(days=1)).replace(day=1)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """The month's first instant and the next month's, in Seoul time."""
    start = datetime.combine(month, time(0), tzinfo=SEOUL)
    return start, datetime.combine(next_month(month), time(0), tzinfo=SEOUL)


def due_date(month: date) -> date:
    """The day the review of ``month`` must be recorded by."""
    return next_month(month).replace(day=DUE_DAY)


def after_hours(calendar: WorkingCalendar, at: datetime) -> bool:
    """Outside the agency's working days and office hours (see the module's docstring)."""
    seoul = to_seoul(at)
    if not calendar.is_working_day(seoul.date()):
        return True
    return not (calendar.hours.start <= seoul.time() < calendar.hours.end)


def when_ko(at: datetime, calendar: WorkingCalendar) -> str:
    """Why a moment is out of hours, in words: "토요일", "공휴일(추석)", "22:00"."""
    seoul = to_seoul(at)
    holiday = calendar.holiday_name(seoul.date())
    if holiday:
        return translate("AccessReview", "휴일({name})").format(name=holiday)
    if seoul.weekday() >= 5:
        if seoul.weekday() == 5:
            return translate("AccessReview", "토요일")
        return translate("AccessReview", "일요일")
    if not calendar.is_working_day(seoul.date()):
        return translate("AccessReview", "휴무일")
    return translate("AccessReview", "근무시간 외")


@dataclass(frozen=True, slots=True)
class Heavy:
    """An account that viewed far more than its peers."""

    key: int
    views: int
    peer_median: float
    peers: int


def heavy_viewers(
    views: Mapping[int, int], peer_group: Mapping[int, str]
) -> list[Heavy]:
    """``views``: records viewed by account key (accounts that viewed nothing may be
    left out); ``peer_group``: every account's group (its roles) — the accounts that may
    be compared. Heaviest first."""
    groups: dict[str, list[int]] = {}
    for key, group in peer_group.items():
        groups.setdefault(group, []).append(key)
    found: list[Heavy] = []
    for key, count in views.items():
        if key not in peer_group or count < HEAVY_FLOOR:
            continue
        peers: Sequence[int] = [views.get(k, 0) for k in groups[peer_group[key]] if k != key]
        if not peers:
            continue
        middle = float(median(peers))
        if count > HEAVY_FACTOR * middle:
            found.append(Heavy(key, count, middle, len(peers)))
    return sorted(found, key=lambda h: (-h.views, h.key))


def is_bulk(operation: str, count: int) -> bool:
    return operation == "다운로드" or count >= BULK_RECORDS
