"""The working calendar: days, hours, and arithmetic over working time."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain.calendar import WorkingCalendar, WorkingHours
from minwon_desk.domain.timeutil import SEOUL

CAL = WorkingCalendar()


def kst(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SEOUL)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 7, 6), True),  # an ordinary Monday
        (date(2026, 7, 4), False),  # Saturday
        (date(2026, 7, 5), False),  # Sunday
        (date(2026, 9, 24), False),  # 추석 전날
        (date(2026, 9, 25), False),  # 추석
        (date(2026, 9, 28), True),  # 2026-09-26 is a Saturday: no substitute on Monday
        (date(2026, 2, 16), False),  # 설날 전날
        (date(2026, 2, 18), False),  # 설날 다음날
        (date(2026, 3, 2), False),  # 삼일절 substitute
        (date(2026, 8, 17), False),  # 광복절 substitute
        (date(2026, 10, 5), False),  # 개천절 substitute
        (date(2026, 6, 3), False),  # local election
        (date(2026, 10, 9), False),  # 한글날
    ],
)
def test_working_days_of_2026(day: date, working: bool) -> None:
    assert CAL.is_working_day(day) is working


def test_holiday_names_are_korean() -> None:
    assert CAL.holiday_name(date(2026, 9, 25)) == "추석"
    assert CAL.holiday_name(date(2026, 7, 6)) is None
    assert CAL.holiday_name(date(2026, 7, 4)) is None  # a weekend is not a holiday


def test_administrator_added_day_is_off_and_named() -> None:
    cal = WorkingCalendar(added={date(2026, 7, 6): "임시공휴일"})
    assert not cal.is_working_day(date(2026, 7, 6))
    assert cal.holiday_name(date(2026, 7, 6)) == "임시공휴일"


def test_removed_holiday_is_worked() -> None:
    cal = WorkingCalendar(removed=[date(2026, 10, 9)])
    assert cal.is_working_day(date(2026, 10, 9))
    assert cal.holiday_name(date(2026, 10, 9)) is None
    # Removing a holiday does not make a weekend a working day.
    assert not WorkingCalendar(removed=[date(2026, 9, 26)]).is_working_day(date(2026, 9, 26))


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        ("2026-07-06T09:00", True),
        ("2026-07-06T11:59:59", True),
        ("2026-07-06T12:00", False),
        ("2026-07-06T12:59", False),
        ("2026-07-06T13:00", True),
        ("2026-07-06T18:00", False),
        ("2026-07-06T08:59", False),
        ("2026-07-04T10:00", False),
    ],
)
def test_is_working_time(moment: str, inside: bool) -> None:
    assert CAL.is_working_time(kst(moment)) is inside


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-07-06T10:30", "2026-07-06T10:30"),
        ("2026-07-06T07:00", "2026-07-06T09:00"),
        ("2026-07-06T12:15", "2026-07-06T13:00"),
        ("2026-07-06T18:00", "2026-07-07T09:00"),
        ("2026-07-03T19:00", "2026-07-06T09:00"),  # Friday evening → Monday
        ("2026-09-23T18:30", "2026-09-28T09:00"),  # into Chuseok
    ],
)
def test_next_working_moment(moment: str, expected: str) -> None:
    assert CAL.next_working_moment(kst(moment)) == kst(expected)


@pytest.mark.parametrize(
    ("start", "hours", "expected"),
    [
        ("2026-07-06T09:00", 3, "2026-07-06T12:00"),  # lands on lunch start, not 13:00
        ("2026-07-06T13:00", 5, "2026-07-06T18:00"),  # lands on close, not next 09:00
        ("2026-07-06T09:00", 8, "2026-07-06T18:00"),
        ("2026-07-06T09:00", 9, "2026-07-07T10:00"),
        ("2026-07-06T11:00", 2, "2026-07-06T14:00"),  # across lunch
    ],
)
def test_add_working_time(start: str, hours: int, expected: str) -> None:
    assert CAL.add_working_time(kst(start), timedelta(hours=hours)) == kst(expected)


def test_result_is_in_seoul_time_whatever_the_input_zone() -> None:
    start = datetime.fromisoformat("2026-07-06T00:00+00:00")  # 09:00 in Seoul
    result = CAL.add_working_time(start, timedelta(hours=1))
    assert result == kst("2026-07-06T10:00")
    assert result.tzinfo is SEOUL


def test_naive_input_is_refused() -> None:
    with pytest.raises(ValueError, match="시간대"):
        CAL.add_working_time(datetime(2026, 7, 6, 9), timedelta(hours=1))


@pytest.mark.parametrize(
    ("end", "hours", "expected"),
    [
        ("2026-07-06T10:00", 1, "2026-07-06T09:00"),
        ("2026-07-06T14:00", 1, "2026-07-06T13:00"),
        ("2026-07-06T14:00", 2, "2026-07-06T11:00"),
        ("2026-07-06T10:00", 2, "2026-07-03T17:00"),  # back over the weekend
        ("2026-07-06T20:00", 1, "2026-07-06T17:00"),
    ],
)
def test_subtract_working_time(end: str, hours: int, expected: str) -> None:
    assert CAL.subtract_working_time(kst(end), timedelta(hours=hours)) == kst(expected)


def test_working_time_between() -> None:
    assert CAL.working_time_between(kst("2026-07-03T17:00"), kst("2026-07-06T10:00")) == timedelta(
        hours=2
    )
    assert CAL.working_time_between(kst("2026-07-06T10:00"), kst("2026-07-03T17:00")) == timedelta(
        hours=-2
    )
    assert CAL.working_time_between(kst("2026-07-06T12:10"), kst("2026-07-06T12:50")) == timedelta(
        0
    )
    assert CAL.working_time_between(kst("2026-07-06T09:00"), kst("2026-07-10T18:00")) == timedelta(
        hours=40
    )


def test_long_spans_step_by_days() -> None:
    start = kst("2026-01-05T10:00")
    end = CAL.add_working_time(start, timedelta(hours=1000))
    assert CAL.working_time_between(start, end) == timedelta(hours=1000)
    assert CAL.subtract_working_time(end, timedelta(hours=1000)) == start


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-07-06T10:00", 1, "2026-07-06T18:00"),
        ("2026-07-06T19:00", 1, "2026-07-07T18:00"),
        ("2026-07-03T10:00", 2, "2026-07-06T18:00"),
        ("2026-07-04T10:00", 1, "2026-07-06T18:00"),
    ],
)
def test_end_of_nth_working_day(start: str, n: int, expected: str) -> None:
    assert CAL.end_of_nth_working_day(kst(start), n) == kst(expected)


def test_end_of_zeroth_working_day_is_refused() -> None:
    with pytest.raises(ValueError):
        CAL.end_of_nth_working_day(kst("2026-07-06T10:00"), 0)


def test_working_hours_of_another_office() -> None:
    hours = WorkingHours(start=time(8), end=time(17), lunch_start=time(12), lunch_end=time(13))
    assert hours.hours_per_day == 8
    cal = WorkingCalendar(hours=hours)
    assert cal.add_working_time(kst("2026-07-06T07:00"), timedelta(hours=4)) == kst(
        "2026-07-06T12:00"
    )
    assert cal.end_of_nth_working_day(kst("2026-07-06T10:00"), 1) == kst("2026-07-06T17:00")


def test_working_hours_without_lunch() -> None:
    hours = WorkingHours(lunch_start=time(12), lunch_end=time(12))
    assert hours.hours_per_day == 9
    cal = WorkingCalendar(hours=hours)
    assert cal.add_working_time(kst("2026-07-06T11:00"), timedelta(hours=2)) == kst(
        "2026-07-06T13:00"
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"start": time(18), "end": time(9)},
        {"lunch_start": time(13), "lunch_end": time(12)},
        {"lunch_start": time(8), "lunch_end": time(9)},
    ],
)
def test_disordered_working_hours_are_refused(bad: dict[str, time]) -> None:
    with pytest.raises(ValueError):
        WorkingHours(**bad)


# --- properties ---------------------------------------------------------------------------

moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(SEOUL)
)
spans = st.integers(min_value=0, max_value=200 * 60).map(lambda m: timedelta(minutes=m))


@given(moments, spans, spans)
def test_working_hours_compose(t: datetime, a: timedelta, b: timedelta) -> None:
    start = CAL.next_working_moment(t)
    assert CAL.add_working_time(CAL.add_working_time(start, a), b) == CAL.add_working_time(
        start, a + b
    )


@given(moments, spans)
def test_between_inverts_add(t: datetime, a: timedelta) -> None:
    assert CAL.working_time_between(t, CAL.add_working_time(t, a)) == a


@given(moments, spans)
def test_between_inverts_subtract(t: datetime, a: timedelta) -> None:
    assert CAL.working_time_between(CAL.subtract_working_time(t, a), t) == a


@given(moments, spans)
def test_add_is_the_earliest_instant(t: datetime, a: timedelta) -> None:
    end = CAL.add_working_time(t, a)
    assert end >= t
    if a:
        assert CAL.working_time_between(t, end - timedelta(microseconds=1)) < a
