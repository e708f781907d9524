"""The rules of the monthly access review: which months, what is out of hours, what is
bulk, who viewed far more than their peers, when the review is due."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from minwon_desk.domain.access_review import (
    after_hours,
    due_date,
    heavy_viewers,
    is_bulk,
    review_month,
    when_ko,
)
from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.timeutil import SEOUL

CAL = WorkingCalendar(added={date(2026, 11, 11): "개교기념일"})
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=SEOUL)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=SEOUL)


@pytest.mark.parametrize(("moment", "outside", "words"), [
    (_at(10, 9, 0), False, "근무시간 외"),  # the office opens
    (_at(10, 12, 30), False, "근무시간 외"),  # the lunch break is working time
    (_at(10, 17, 59), False, "근무시간 외"),
    (_at(10, 18, 0), True, "근무시간 외"),  # closed
    (_at(10, 8, 59), True, "근무시간 외"),
    (_at(10, 22, 0), True, "근무시간 외"),
    (_at(14, 11, 0), True, "토요일"),
    (_at(15, 11, 0), True, "일요일"),
    (_at(11, 11, 0), True, "휴일(개교기념일)"),  # a day the administrator added
])
def test_out_of_hours_follows_the_agencys_calendar(
    moment: datetime, outside: bool, words: str
) -> None:
    assert after_hours(CAL, moment) is outside
    if outside:
        assert when_ko(moment, CAL) == words


def test_a_public_holiday_is_out_of_hours() -> None:
    chuseok = datetime(2026, 9, 25, 10, 0, tzinfo=SEOUL)
    assert after_hours(CAL, chuseok) and when_ko(chuseok, CAL).startswith("휴일(")


def test_months_this_one_and_before_are_reviewed_not_later_ones() -> None:
    assert review_month("2026-11", NOW) == date(2026, 11, 1)
    assert review_month("2026-12", NOW) == date(2026, 12, 1)
    with pytest.raises(ValueError, match="2027년 1월은 아직 오지 않은 달입니다"):
        review_month("2027-01", NOW)
    with pytest.raises(ValueError, match="연도-월로 적어"):
        review_month("2026/11", NOW)


def test_the_review_is_due_by_the_fifth_of_the_next_month() -> None:
    assert due_date(date(2026, 11, 1)) == date(2026, 12, 5)
    assert due_date(date(2026, 12, 1)) == date(2027, 1, 5)


def test_bulk_is_every_download_and_100_records_at_once() -> None:
    assert is_bulk("다운로드", 1)
    assert is_bulk("조회", 100) and is_bulk("출력", 250)
    assert not is_bulk("조회", 99)


def test_heavy_is_more_than_three_times_the_peers_median_and_at_least_20() -> None:
    groups = {1: "담당자", 2: "담당자", 3: "담당자", 4: "담당자", 5: "안내", 6: "안내"}
    views = {1: 31, 2: 10, 3: 10, 5: 19, 6: 0}
    [heavy] = heavy_viewers(views, groups)
    # 1's peers 2, 3, 4: 10, 10, 0 → median 10; 31 > 30. 5 stays under the floor of 20.
    assert (heavy.key, heavy.views, heavy.peer_median, heavy.peers) == (1, 31, 10.0, 3)
    assert heavy_viewers({**views, 1: 30}, groups) == []  # three times is not more than


def test_an_account_with_no_peer_is_not_judged() -> None:
    assert heavy_viewers({1: 500}, {1: "개인정보 관리"}) == []
    assert heavy_viewers({1: 500}, {}) == []  # no active account any more
