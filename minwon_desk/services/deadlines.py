"""Deadlines without a database: the ``minwon-desk due`` command and the calculator.

Stored clocks take their calendar from the agency's database; this module answers "when is
it due?" for a period typed by hand, on the public holidays plus any days given.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.charter import CLOCK_KEYS, Charter
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.periods import Period, PeriodError, due
from minwon_desk.domain.timeutil import SEOUL, year_in_range, years_allowed

EXTRA_HOLIDAY_NAME = "추가 휴일"


def resolve_period(spec: str, charter: Charter | None = None) -> Period:
    """A period spec (``3d``, ``immediate``…) or the name of one of the charter's clocks."""
    name = spec.strip()
    if charter is not None and name in charter.clocks:
        rule = charter.clocks[name]
        if rule.period is None:
            raise PeriodError(translate(
                "Deadlines",
                "이행표준 '{charter}'의 '{name}'({label}) 시계에는 기한이 없습니다. "
                "3d처럼 기간을 직접 적어 주세요.",
            ).format(charter=charter.name, name=name, label=rule.label))
        return rule.period
    if name in CLOCK_KEYS:
        raise PeriodError((
            translate("Deadlines", "'{name}' 시계가 이행표준에 없습니다. 3d처럼 기간을 직접 적어 주세요.")
            if charter is not None else
            translate("Deadlines", "'{name}' 시계가 쓸 이행표준이 없습니다. 3d처럼 기간을 직접 적어 주세요.")
        ).format(name=name))
    return Period.parse(spec)


def compute_due(
    start: datetime,
    spec: str,
    *,
    extra_holidays: Iterable[date] = (),
    charter: Charter | None = None,
) -> datetime:
    """When ``spec`` falls due for something received at ``start`` (Seoul-aware)."""
    period = resolve_period(spec, charter)
    added = dict.fromkeys(extra_holidays, EXTRA_HOLIDAY_NAME)
    hours = charter.working_hours if charter is not None else None
    return due(start, period, WorkingCalendar(added=added, hours=hours))


def parse_start(text: str, *, what: str | None = None) -> datetime:
    """An ISO 8601 instant; without an offset it is taken as Seoul time. ``what`` names it
    in the refusal (the start time unless said)."""
    value = text.strip()
    what = what or translate("Deadlines", "시작 시각")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(settle(translate(
            "Deadlines",
            "{what} '{text}'을(를) 읽을 수 없습니다. ISO 8601 형식으로 적어 주세요 "
            "(예: 2026-07-02T15:00+09:00, 오프셋이 없으면 서울 시각: 2026-07-02T15:00).",
        ).format(what=what, text=text))) from None
    if not year_in_range(moment.year):
        raise ValueError(translate(
            "Deadlines", "{what} '{text}'의 연도는 {years} 적을 수 있습니다."
        ).format(what=what, text=text, years=years_allowed()))
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=SEOUL)
    return moment
