"""Clock colours and warning points."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.clockstate import ClockColour, greeting_state, warning_point
from minwon_desk.domain.periods import Period
from minwon_desk.domain.timeutil import SEOUL

CAL = WorkingCalendar()
IN = datetime(2026, 7, 6, 10, 0, tzinfo=SEOUL)
DUE = IN + timedelta(minutes=3)
WARN = IN + timedelta(minutes=2)


@pytest.mark.parametrize(
    ("now", "greeted", "colour"),
    [
        (IN, None, ClockColour.GREEN),
        (IN + timedelta(seconds=119), None, ClockColour.GREEN),
        (WARN, None, ClockColour.AMBER),
        (DUE, None, ClockColour.RED),
        (DUE + timedelta(hours=1), None, ClockColour.RED),
        (DUE + timedelta(hours=1), DUE, ClockColour.MET),
        (DUE + timedelta(hours=1), DUE + timedelta(seconds=1), ClockColour.LATE),
    ],
)
def test_greeting_colours(now: datetime, greeted: datetime | None, colour: ClockColour) -> None:
    assert greeting_state(now, IN, DUE, WARN, greeted) is colour


def test_untimed_and_unwarned() -> None:
    assert greeting_state(IN, IN, None, None, None) is ClockColour.UNTIMED
    assert greeting_state(IN, IN, None, None, IN) is ClockColour.UNTIMED
    assert greeting_state(WARN, IN, DUE, None, None) is ClockColour.GREEN
    assert ClockColour.RED.label_ko == "기한 지남"


def kst(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SEOUL)


@pytest.mark.parametrize(
    ("start", "due_at", "warn", "expected"),
    [
        ("2026-07-06T10:00", "2026-07-06T10:03", "1m", "2026-07-06T10:02"),
        ("2026-07-06T11:00", "2026-07-06T15:00", "1h", "2026-07-06T14:00"),
        ("2026-07-03T17:00", "2026-07-06T11:00", "1h", "2026-07-06T10:00"),
        ("2026-07-03T17:00", "2026-07-06T10:00", "2h", "2026-07-03T17:00"),  # not before start
        ("2026-07-06T09:00", "2026-07-08T18:00", "1d", "2026-07-08T09:00"),
    ],
)
def test_warning_point(start: str, due_at: str, warn: str, expected: str) -> None:
    point = warning_point(kst(start), kst(due_at), Period.parse(warn), CAL)
    assert point == kst(expected)


def test_no_warning_without_warn_before() -> None:
    assert warning_point(IN, DUE, None, CAL) is None
