"""Seoul time and its Korean wording."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from minwon_desk.domain import i18n
from minwon_desk.domain.timeutil import (
    SEOUL,
    describe_late,
    describe_remaining,
    describe_span,
    format_ko,
    format_moment,
    format_month,
    system_clock,
    to_seoul,
)
from minwon_desk.translations import lookup_for


def test_system_clock_is_aware_seoul() -> None:
    assert system_clock().tzinfo is SEOUL


def test_to_seoul_refuses_naive_and_converts_aware() -> None:
    with pytest.raises(ValueError):
        to_seoul(datetime(2026, 7, 7, 15))
    converted = to_seoul(datetime.fromisoformat("2026-07-07T06:00+00:00"))
    assert (converted.hour, converted.tzinfo) == (15, SEOUL)


def test_format_ko() -> None:
    assert format_ko(datetime(2026, 7, 7, 15, tzinfo=SEOUL)) == "2026년 7월 7일(화) 15:00"
    assert (
        format_ko(datetime.fromisoformat("2026-09-25T00:05+00:00")) == "2026년 9월 25일(금) 09:05"
    )


def test_messages_say_moments_and_months_in_the_desks_language_documents_in_korean() -> None:
    moment = datetime(2026, 7, 7, 15, tzinfo=SEOUL)
    assert (format_moment(moment), format_month(moment.date())) == ("2026년 7월 7일(화) 15:00", "2026년 7월")
    before = i18n.installed()
    i18n.install(lookup_for("en"))
    try:
        assert format_moment(moment) == "Tue 7 Jul 2026 15:00"
        assert format_month(moment.date()) == "Jul 2026"
        assert format_month(moment.date(), i18n.untranslated) == "2026년 7월"
        assert format_ko(moment) == "2026년 7월 7일(화) 15:00", "what documents print"
    finally:
        i18n.install(before)


@pytest.mark.parametrize(
    ("delta", "words"),
    [
        (timedelta(0), "0초 남음"),
        (timedelta(seconds=45), "45초 남음"),
        (timedelta(seconds=-45), "45초 지남"),
        (timedelta(minutes=2, seconds=10), "2분 10초 남음"),
        (timedelta(minutes=3), "3분 남음"),
        (timedelta(minutes=9, seconds=59, milliseconds=900), "9분 59초 남음"),
        (timedelta(minutes=35, seconds=20), "35분 남음"),
        (-timedelta(minutes=35, seconds=20), "35분 지남"),
        (timedelta(hours=1), "1시간 남음"),
        (timedelta(hours=1, minutes=5), "1시간 5분 남음"),
        (-timedelta(hours=23, minutes=59), "23시간 59분 지남"),
        (timedelta(days=2, hours=3, minutes=40), "2일 3시간 남음"),
        (-timedelta(days=1), "1일 지남"),
    ],
)
def test_describe_remaining(delta: timedelta, words: str) -> None:
    assert describe_remaining(delta) == words


def test_how_late_is_said_in_the_desks_language() -> None:
    late = timedelta(days=1, hours=2)
    assert (describe_span(-late), describe_late(late)) == ("1일 2시간", "1일 2시간 늦음")
    before = i18n.installed()
    i18n.install(lookup_for("en"))
    try:
        assert describe_late(-late) == describe_late(late) == "1 d 2 h late"
        assert describe_span(late) == "1 d 2 h"
    finally:
        i18n.install(before)
