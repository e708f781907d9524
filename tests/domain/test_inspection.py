"""The monthly self-inspection's plain rules: shares, months in Seoul time, wording."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain.inspection import (
    NO_DATA,
    Measure,
    format_month_ko,
    month_bounds,
    months_back,
    next_month,
    parse_month,
    period_ko,
    share_text,
    span_ko,
)
from minwon_desk.domain.timeutil import SEOUL

months = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)).map(
    lambda d: d.replace(day=1)
)
measures = st.integers(min_value=0, max_value=10**6).flatmap(
    lambda total: st.builds(Measure, st.just(total), st.integers(min_value=0, max_value=total))
)


def test_share_text_reads_like_the_report() -> None:
    assert Measure(130, 120).text == "92.3% (120/130)"
    assert Measure(4, 4).text == "100.0% (4/4)"
    assert Measure(2000, 1000).text == "50.0% (1,000/2,000)"


def test_nothing_due_is_no_figure_not_zero_percent() -> None:
    empty = Measure(0, 0)
    assert empty.share is None
    assert empty.text == NO_DATA
    assert empty.percent_text == NO_DATA
    assert share_text(0, 0) == "자료 없음"


def test_an_impossible_count_is_refused() -> None:
    with pytest.raises(ValueError):
        Measure(3, 4)
    with pytest.raises(ValueError):
        Measure(-1, 0)


@given(measures)
def test_share_is_between_zero_and_one(m: Measure) -> None:
    if m.total == 0:
        assert m.share is None
    else:
        assert m.share is not None and 0.0 <= m.share <= 1.0
        assert m.text.endswith(f"({m.met:,}/{m.total:,})")
    assert m.met + m.missed == m.total


@given(measures, measures)
def test_adding_counts_adds_both_sides(a: Measure, b: Measure) -> None:
    s = a + b
    assert (s.total, s.met) == (a.total + b.total, a.met + b.met)


@given(months)
def test_month_bounds_are_seoul_midnights_a_month_apart(month: date) -> None:
    start, end = month_bounds(month)
    assert start.tzinfo is UTC and end.tzinfo is UTC
    assert start.astimezone(SEOUL).replace(tzinfo=None) == datetime(month.year, month.month, 1)
    following = next_month(month)
    assert end.astimezone(SEOUL).replace(tzinfo=None) == datetime(
        following.year, following.month, 1
    )
    assert timedelta(days=28) <= end - start <= timedelta(days=31)


@given(months)
def test_consecutive_months_leave_no_gap(month: date) -> None:
    assert month_bounds(month)[1] == month_bounds(next_month(month))[0]


@given(months, st.integers(min_value=1, max_value=30))
def test_months_back_ends_with_the_month_oldest_first(month: date, count: int) -> None:
    seq = months_back(month, count)
    assert len(seq) == count
    assert seq[-1] == month
    assert all(next_month(a) == b for a, b in itertools.pairwise(seq))


def test_months_back_crosses_the_year() -> None:
    assert months_back(date(2026, 2, 1), 6) == (
        date(2025, 9, 1),
        date(2025, 10, 1),
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    )


def test_october_starts_at_seoul_midnight_which_is_15h_utc_the_day_before() -> None:
    start, end = month_bounds(date(2026, 10, 1))
    assert start == datetime(2026, 9, 30, 15, 0, tzinfo=UTC)
    assert end == datetime(2026, 10, 31, 15, 0, tzinfo=UTC)


@given(months)
def test_parse_month_reads_back_what_is_written(month: date) -> None:
    assert parse_month(f"{month.year:04d}-{month.month:02d}") == month


@pytest.mark.parametrize(
    "text", ["2026-13", "2026/10", "26-10", "2026-1x", "", "2026-00", "10-2026"]
)
def test_parse_month_refuses_other_shapes_in_korean(text: str) -> None:
    with pytest.raises(ValueError, match="연도-월"):
        parse_month(text)


def test_month_in_words() -> None:
    assert format_month_ko(date(2026, 10, 1)) == "2026년 10월"


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(minutes=4, seconds=30), "4분 30초"),
        (timedelta(hours=2, minutes=5), "2시간 5분"),
        (timedelta(days=3, hours=4, minutes=59), "3일 4시간"),
    ],
)
def test_spans_read_like_the_clocks(delta: timedelta, text: str) -> None:
    assert span_ko(delta) == text


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (datetime(2026, 11, 2, 9, 0, tzinfo=SEOUL), "2026. 10. 1. ~ 10. 31."),
        (datetime(2026, 11, 1, 0, 0, tzinfo=SEOUL), "2026. 10. 1. ~ 10. 31."),  # ended at midnight
        (datetime(2026, 10, 31, 23, 59, tzinfo=SEOUL), "2026. 10. 1. ~ 10. 31. 23:59 (이달은 작성 시각까지)"),
        (datetime(2026, 10, 7, 2, 15, tzinfo=UTC), "2026. 10. 1. ~ 10. 7. 11:15 (이달은 작성 시각까지)"),
    ],
)
def test_the_period_counted_ends_with_the_month_or_when_written(written: datetime, expected: str) -> None:
    assert period_ko(date(2026, 10, 1), written) == expected
