"""Working-hours clocks in words: the working time left and the moment it falls due."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.periods import Period
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.domain.working_clock import (
    counts_working_hours,
    due_moment_ko,
    working_hours_words,
    working_remaining_ko,
)

CAL = WorkingCalendar()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 7, day, hour, minute, tzinfo=SEOUL)


@pytest.mark.parametrize(
    ("now", "due", "expected"),
    [
        (at(2, 16, 27), at(3, 10, 27), "근무시간 3시간 남음 · 내일 10:27까지"),
        (at(3, 17, 0), at(6, 11, 0), "근무시간 3시간 남음 · 7/6(월) 11:00까지"),  # over a weekend
        (at(2, 11, 30), at(2, 13, 30), "근무시간 1시간 남음 · 오늘 13:30까지"),  # lunch between
        (at(2, 19, 0), at(3, 10, 0), "근무시간 1시간 남음 · 내일 10:00까지"),  # after hours
        (at(2, 9, 0), at(2, 11, 0), None),  # nothing in between: the wall clock says it
        (at(2, 14, 0), at(2, 14, 0), None),  # due now
        (at(2, 15, 0), at(2, 14, 0), None),  # overdue: the wall clock counts how late
    ],
)
def test_working_time_left(now: datetime, due: datetime, expected: str | None) -> None:
    assert working_remaining_ko(now, due, CAL) == expected


def test_the_due_moment_in_words() -> None:
    assert due_moment_ko(at(2, 17, 30), at(2, 9)) == "오늘 17:30"
    assert due_moment_ko(at(4, 9, 30), at(2, 9)) == "모레 09:30"
    assert due_moment_ko(at(6, 10, 27), at(2, 9)) == "7/6(월) 10:27"


def test_working_time_is_hours_and_minutes_never_days() -> None:
    assert working_hours_words(timedelta(hours=30, minutes=5, seconds=59)) == "30시간 5분"
    assert working_hours_words(timedelta(minutes=45)) == "45분"
    assert working_hours_words(timedelta(hours=2)) == "2시간"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("3h", True), ("immediate", True), ("5d", True), ("6d", False), ("30m", False)],
)
def test_which_promises_count_working_hours(spec: str, expected: bool) -> None:
    assert counts_working_hours(Period.parse(spec)) is expected
    assert counts_working_hours(None) is False
