"""The database-free deadline service behind ``minwon-desk due`` and the calculator."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.periods import PeriodError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.deadlines import compute_due, parse_start

MSS = load_charter(charter_preset("mss"))
TIPA = load_charter(charter_preset("tipa"))


def kst(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SEOUL)


def test_the_two_examples_of_the_law() -> None:
    assert compute_due(kst("2026-07-02T15:00"), "3d") == kst("2026-07-07T15:00")
    assert compute_due(kst("2026-09-18T17:00"), "3h") == kst("2026-09-21T11:00")


def test_extra_holidays_push_the_deadline() -> None:
    start = kst("2026-07-02T15:00")
    assert compute_due(start, "3d", extra_holidays=[date(2026, 7, 6)]) == kst("2026-07-08T15:00")


@pytest.mark.parametrize(
    ("charter_id", "clock", "start", "expected"),
    [
        ("mss", "callback", "2026-09-18T17:00", "2026-09-21T11:00"),
        ("mss", "complaint", "2026-07-02T15:00", "2026-07-07T15:00"),
        ("mss", "taskforce_ministries", "2026-07-01T10:00", "2026-07-09T18:00"),
        ("tipa", "callback", "2026-07-06T16:00", "2026-07-07T10:00"),
        ("tipa", "complaint", "2026-07-01T10:00", "2026-07-09T18:00"),
    ],
)
def test_a_clock_name_of_the_charter(
    charter_id: str, clock: str, start: str, expected: str
) -> None:
    charter = MSS if charter_id == "mss" else TIPA
    assert compute_due(kst(start), clock, charter=charter) == kst(expected)


def test_untimed_or_unknown_clock_names_are_refused() -> None:
    with pytest.raises(PeriodError, match="greeting"):
        compute_due(kst("2026-07-06T10:00"), "greeting", charter=TIPA)
    with pytest.raises(PeriodError, match="taskforce_hq"):
        compute_due(kst("2026-07-06T10:00"), "taskforce_hq", charter=TIPA)
    with pytest.raises(PeriodError, match="callback"):
        compute_due(kst("2026-07-06T10:00"), "callback")
    with pytest.raises(PeriodError, match="3x"):
        compute_due(kst("2026-07-06T10:00"), "3x", charter=MSS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-07-02T15:00+09:00", kst("2026-07-02T15:00")),
        ("2026-07-02T15:00", kst("2026-07-02T15:00")),
        ("2026-07-02 15:00", kst("2026-07-02T15:00")),
        ("2026-07-02T06:00Z", kst("2026-07-02T15:00")),
    ],
)
def test_parse_start(text: str, expected: datetime) -> None:
    assert parse_start(text) == expected


@pytest.mark.parametrize("text", ["어제", "2026-13-40T10:00", ""])
def test_bad_start_says_what_was_given_and_what_is_accepted(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_start(text)
    assert f"'{text}'" in str(caught.value)
    assert "2026-07-02T15:00+09:00" in str(caught.value)
