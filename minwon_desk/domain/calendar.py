"""The working calendar: which days and hours count toward a deadline.

Working days exclude Saturdays, Sundays and Korean public holidays (from ``holidays.KR``,
substitute days included), plus days the administrator adds (temporary holidays) and minus
public holidays the agency chooses to work. All instants are aware; arithmetic is done in
Seoul time, which has had no daylight saving since 1988, so wall-clock arithmetic is exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from minwon_desk.domain.i18n import translate
from minwon_desk.domain.timeutil import SEOUL, to_seoul

_ONE_DAY = timedelta(days=1)


@cache
def korean_public_holidays(year: int) -> Mapping[date, str]:
    """Korean public holidays of one year with their Korean names (cached per year)."""
    # Imported on first use: the package is large and the desk's first screen needs
    # no calendar (the greeting clock runs on the wall clock).
    import holidays

    table = holidays.country_holidays("KR", years=year, language="ko")
    return {day: str(name) for day, name in sorted(table.items())}


@dataclass(frozen=True)
class WorkingHours:
    """Office hours of one working day. ``lunch_start == lunch_end`` means no lunch break."""

    start: time = time(9)
    end: time = time(18)
    lunch_start: time = time(12)
    lunch_end: time = time(13)

    def __post_init__(self) -> None:
        if not (self.start < self.end):
            raise ValueError(
                translate(
                    "Calendar",
                    "근무 시작({start:%H:%M})은 종료({end:%H:%M})보다 빨라야 합니다.",
                ).format(start=self.start, end=self.end)
            )
        if not (self.start <= self.lunch_start <= self.lunch_end <= self.end):
            raise ValueError(
                translate(
                    "Calendar",
                    "점심시간({lunch_start:%H:%M}–{lunch_end:%H:%M})은 "
                    "근무시간({start:%H:%M}–{end:%H:%M}) 안에 있어야 합니다.",
                ).format(lunch_start=self.lunch_start, lunch_end=self.lunch_end, start=self.start, end=self.end)
            )

    @property
    def segments(self) -> tuple[tuple[time, time], ...]:
        """The working stretches of a day, in order, without empty ones."""
        parts = ((self.start, self.lunch_start), (self.lunch_end, self.end))
        return tuple((s, e) for s, e in parts if s < e)

    @property
    def day_length(self) -> timedelta:
        total = timedelta(0)
        for s, e in self.segments:
            total += datetime.combine(date.min, e) - datetime.combine(date.min, s)
        return total

    @property
    def hours_per_day(self) -> float:
        return self.day_length / timedelta(hours=1)


class WorkingCalendar:
    """Working days and working time, and arithmetic over them."""

    def __init__(
        self,
        *,
        added: Mapping[date, str] | None = None,
        removed: Iterable[date] = (),
        hours: WorkingHours | None = None,
    ) -> None:
        self._added: dict[date, str] = dict(added or {})
        self._removed: frozenset[date] = frozenset(removed)
        self.hours: WorkingHours = hours if hours is not None else WorkingHours()
        self._segments = self.hours.segments
        self._day_length = self.hours.day_length
        # A deadline is computed per list row: day lookups must be dictionary hits.
        self._working: dict[date, bool] = {}

    @property
    def added(self) -> Mapping[date, str]:
        return dict(self._added)

    @property
    def removed(self) -> frozenset[date]:
        return self._removed

    # --- days -------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        known = self._working.get(d)
        if known is not None:
            return known
        working = (
            d.weekday() < 5
            and d not in self._added
            and (d in self._removed or d not in korean_public_holidays(d.year))
        )
        self._working[d] = working
        return working

    def holiday_name(self, d: date) -> str | None:
        """Korean name of the holiday on ``d``; None for an ordinary day or a worked one."""
        if d in self._added:
            return self._added[d]
        if d in self._removed:
            return None
        return korean_public_holidays(d.year).get(d)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        d += _ONE_DAY
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        d -= _ONE_DAY
        while not self.is_working_day(d):
            d -= _ONE_DAY
        return d

    def working_days_between(self, first: date, last: date) -> int:
        """Working days from ``first`` to ``last``, both included (0 if last < first)."""
        count = 0
        d = first
        while d <= last:
            count += self.is_working_day(d)
            d += _ONE_DAY
        return count

    # --- instants ----------------------------------------------------------------------

    def _spans(self, d: date) -> list[tuple[datetime, datetime]]:
        return [
            (datetime.combine(d, s, tzinfo=SEOUL), datetime.combine(d, e, tzinfo=SEOUL))
            for s, e in self._segments
        ]

    def is_working_time(self, t: datetime) -> bool:
        t = to_seoul(t)
        if not self.is_working_day(t.date()):
            return False
        return any(s <= t < e for s, e in self._spans(t.date()))

    def next_working_moment(self, t: datetime) -> datetime:
        """``t`` itself inside working time, else the start of the next working stretch."""
        t = to_seoul(t)
        d = t.date()
        if self.is_working_day(d):
            for s, e in self._spans(d):
                if t < e:
                    return max(t, s)
        return self._spans(self.next_working_day(d))[0][0]

    def add_working_time(self, t: datetime, amount: timedelta) -> datetime:
        """The earliest instant at which working time counted from ``t`` reaches ``amount``.

        So 09:00 + 3 h is 12:00 (not 13:00) and 13:00 + 5 h is 18:00 the same day.
        """
        if amount < timedelta(0):
            return self.subtract_working_time(t, -amount)
        t = to_seoul(t)
        if not amount:
            return t
        current = self.next_working_moment(t)
        remaining = amount
        d = current.date()
        for s, e in self._spans(d):
            if current >= e:
                continue
            begin = max(current, s)
            if remaining <= e - begin:
                return begin + remaining
            remaining -= e - begin
        d = self.next_working_day(d)
        # Whole days at a time: a 1,000-hour period must not walk minute by minute.
        while remaining > self._day_length:
            remaining -= self._day_length
            d = self.next_working_day(d)
        for s, e in self._spans(d):
            if remaining <= e - s:
                return s + remaining
            remaining -= e - s
        raise AssertionError("unreachable: remaining fits in one working day")

    def subtract_working_time(self, t: datetime, amount: timedelta) -> datetime:
        """The latest instant from which ``amount`` of working time leads up to ``t``.

        The mirror of :meth:`add_working_time`: 10:00 − 1 h is 09:00 (not 18:00 the day
        before), 14:00 − 1 h is 13:00.
        """
        if amount < timedelta(0):
            return self.add_working_time(t, -amount)
        t = to_seoul(t)
        if not amount:
            return t
        remaining = amount
        d = t.date()
        if self.is_working_day(d):
            for s, e in reversed(self._spans(d)):
                if t <= s:
                    continue
                end = min(t, e)
                if remaining <= end - s:
                    return end - remaining
                remaining -= end - s
        d = self.previous_working_day(d)
        while remaining > self._day_length:
            remaining -= self._day_length
            d = self.previous_working_day(d)
        for s, e in reversed(self._spans(d)):
            if remaining <= e - s:
                return e - remaining
            remaining -= e - s
        raise AssertionError("unreachable: remaining fits in one working day")

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time from ``a`` to ``b``; negative when ``b`` is before ``a``."""
        a, b = to_seoul(a), to_seoul(b)
        if b < a:
            return -self.working_time_between(b, a)
        first, last = a.date(), b.date()
        total = timedelta(0)
        for d in (first, last) if first != last else (first,):
            if self.is_working_day(d):
                for s, e in self._spans(d):
                    lo, hi = max(s, a), min(e, b)
                    if hi > lo:
                        total += hi - lo
        d = first + _ONE_DAY
        while d < last:
            if self.is_working_day(d):
                total += self._day_length
            d += _ONE_DAY
        return total

    def end_of_nth_working_day(self, t: datetime, n: int) -> datetime:
        """End (e.g. 18:00) of the n-th working day, the day of ``t`` counting as day one.

        Outside working time the count starts from the next working moment, so a receipt
        at 19:00 makes the next working day day one.
        """
        if n < 1:
            raise ValueError(translate(
                "Calendar",
                "근무일 수는 1 이상이어야 합니다 (받은 값: {n}).",
            ).format(n=n))
        d = self.next_working_moment(t).date()
        for _ in range(n - 1):
            d = self.next_working_day(d)
        return datetime.combine(d, self.hours.end, tzinfo=SEOUL)
