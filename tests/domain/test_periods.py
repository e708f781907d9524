"""Periods and deadlines as the law counts them (민원처리법 §19, 시행령 §19)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.periods import Period, PeriodError, due
from minwon_desk.domain.timeutil import SEOUL

CAL = WorkingCalendar()


def kst(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SEOUL)


# (received, period, deadline, why)
LAW_CASES = [
    ("2026-07-02T15:00", "3d", "2026-07-07T15:00", "DESIGN §4 example: 24 working hours"),
    ("2026-09-18T17:00", "3h", "2026-09-21T11:00", "Friday 1 h, Monday 2 h"),
    ("2026-07-04T10:00", "3h", "2026-07-06T12:00", "received on Saturday"),
    ("2026-07-05T23:00", "1d", "2026-07-06T18:00", "received on Sunday night"),
    ("2026-09-24T10:00", "1d", "2026-09-28T18:00", "received on 추석 전날"),
    ("2026-07-06T12:30", "1h", "2026-07-06T14:00", "received at lunch"),
    ("2026-07-06T19:00", "3h", "2026-07-07T12:00", "received after 18:00"),
    ("2026-07-06T07:00", "3h", "2026-07-06T12:00", "before 09:00; lands on 12:00"),
    ("2026-07-06T13:00", "5h", "2026-07-06T18:00", "lands on 18:00 the same day"),
    ("2026-07-06T09:00", "5d", "2026-07-10T18:00", "5 days = 40 working hours"),
    ("2026-09-23T17:00", "3h", "2026-09-28T11:00", "Chuseok; 09-26 Saturday, no substitute"),
    ("2026-02-13T15:00", "3d", "2026-02-23T15:00", "Seollal 02-16..18"),
    ("2026-08-14T10:00", "1d", "2026-08-18T10:00", "광복절 on Saturday, substitute Monday"),
    ("2026-10-02T16:00", "3h", "2026-10-06T10:00", "개천절 on Saturday, substitute Monday"),
    ("2026-06-02T16:00", "3h", "2026-06-04T10:00", "2026-06-03 local election"),
    ("2026-07-01T10:00", "6d", "2026-07-08T18:00", "6 days: receipt day is day one"),
    ("2026-07-01T19:00", "6d", "2026-07-09T18:00", "6 days, received after hours"),
    ("2026-07-01T12:30", "7d", "2026-07-09T18:00", "7 days, received at lunch"),
    ("2026-09-21T10:00", "14d", "2026-10-14T18:00", "14 days over Chuseok and 한글날"),
    ("2026-07-06T16:00", "immediate", "2026-07-07T10:00", "즉시 = 3 working hours"),
    ("2026-07-06T23:58", "3m", "2026-07-07T00:01", "minutes run on the wall clock"),
    ("2026-07-04T12:00", "3m", "2026-07-04T12:03", "minutes ignore weekends"),
]


@pytest.mark.parametrize(("start", "spec", "expected", "why"), LAW_CASES)
def test_deadlines_from_the_law(start: str, spec: str, expected: str, why: str) -> None:
    assert due(kst(start), Period.parse(spec), CAL) == kst(expected), why


def test_administrator_added_day_moves_the_deadline() -> None:
    cal = WorkingCalendar(added={date(2026, 7, 6): "임시공휴일"})
    assert due(kst("2026-07-03T16:00"), Period.parse("3h"), cal) == kst("2026-07-07T10:00")


def test_removed_holiday_counts_as_working() -> None:
    start, period = kst("2026-10-08T17:00"), Period.parse("3h")
    assert due(start, period, CAL) == kst("2026-10-12T11:00")
    worked = WorkingCalendar(removed=[date(2026, 10, 9)])
    assert due(start, period, worked) == kst("2026-10-09T11:00")


@pytest.mark.parametrize(
    ("spec", "kind", "amount", "label", "canonical"),
    [
        ("3m", "minutes", 3, "3분", "3m"),
        ("3h", "hours", 3, "3시간", "3h"),
        ("14d", "days", 14, "14일", "14d"),
        (" 3D ", "days", 3, "3일", "3d"),
        ("immediate", "immediate", 3, "즉시", "immediate"),
        ("즉시", "immediate", 3, "즉시", "immediate"),
    ],
)
def test_parse(spec: str, kind: str, amount: int, label: str, canonical: str) -> None:
    period = Period.parse(spec)
    assert (period.kind, period.amount) == (kind, amount)
    assert period.label_ko() == label
    assert period.spec == canonical
    assert Period.parse(period.spec) == period


@pytest.mark.parametrize(
    "bad", ["", "3", "3x", "0d", "-1h", "3 days", "1.5h", "d3", "10000m", "3일"]
)
def test_bad_specs_are_refused_with_what_is_accepted(bad: str) -> None:
    with pytest.raises(PeriodError) as caught:
        Period.parse(bad)
    message = str(caught.value)
    assert "3m" in message and "immediate" in message
    assert isinstance(caught.value, ValueError)


def test_bad_direct_construction_is_refused() -> None:
    with pytest.raises(PeriodError):
        Period("hours", 0)
    with pytest.raises(PeriodError):
        Period("weeks", 1)  # type: ignore[arg-type]
    with pytest.raises(PeriodError):
        Period("immediate", 5)


def test_rule_wording() -> None:
    assert (
        Period.parse("3d").rule_ko() == "근무시간으로 계산: 24시간(1일 = 8시간), 토·일·공휴일 제외"
    )
    assert (
        Period.parse("7d").rule_ko() == "근무일로 계산: 접수일 포함 7일째 18:00, 토·일·공휴일 제외"
    )
    assert "3시간" in Period.parse("immediate").rule_ko()
    assert "벽시계" in Period.parse("3m").rule_ko()


moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(SEOUL)
)
periods = st.sampled_from(
    ["1m", "3m", "1h", "3h", "1d", "3d", "5d", "6d", "7d", "14d", "immediate"]
)


@given(moments, periods)
def test_deadline_never_precedes_start(start: datetime, spec: str) -> None:
    assert due(start, Period.parse(spec), CAL) >= start


@given(moments, moments, periods)
def test_later_start_never_gives_earlier_deadline(a: datetime, b: datetime, spec: str) -> None:
    early, late = sorted((a, b))
    period = Period.parse(spec)
    assert due(early, period, CAL) <= due(late, period, CAL)
