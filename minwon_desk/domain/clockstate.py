"""The colour of a promise clock at a given instant, and where its warning point falls."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.periods import Period
from minwon_desk.domain.timeutil import SEOUL, to_seoul


class ClockColour(Enum):
    GREEN = "green"  # running, comfortably inside the period
    AMBER = "amber"  # running, past the warning point
    RED = "red"  # running, past the deadline
    MET = "met"  # stopped in time
    LATE = "late"  # stopped after the deadline
    UNTIMED = "untimed"  # the charter gives no figure

    @property
    def label_ko(self) -> str:
        return _LABELS[self]

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("ClockColour", _LABELS[self])


_LABELS = {
    ClockColour.GREEN: QT_TRANSLATE_NOOP("ClockColour", "진행 중"),
    ClockColour.AMBER: QT_TRANSLATE_NOOP("ClockColour", "임박"),
    ClockColour.RED: QT_TRANSLATE_NOOP("ClockColour", "기한 지남"),
    ClockColour.MET: QT_TRANSLATE_NOOP("ClockColour", "기한 내 완료"),
    ClockColour.LATE: QT_TRANSLATE_NOOP("ClockColour", "기한 넘겨 완료"),
    ClockColour.UNTIMED: QT_TRANSLATE_NOOP("ClockColour", "기한 없음"),
}


def clock_state(
    now: datetime,
    due_at: datetime | None,
    warn_at: datetime | None,
    done_at: datetime | None,
) -> ClockColour:
    """Colour of any promise clock: stopped at ``done_at`` (None while running)."""
    if due_at is None:
        return ClockColour.UNTIMED
    if done_at is not None:
        return ClockColour.MET if done_at <= due_at else ClockColour.LATE
    if now >= due_at:
        return ClockColour.RED
    if warn_at is not None and now >= warn_at:
        return ClockColour.AMBER
    return ClockColour.GREEN


def greeting_state(
    now: datetime,
    checked_in_at: datetime,
    due_at: datetime | None,
    warn_at: datetime | None,
    greeted_at: datetime | None,
) -> ClockColour:
    """Colour of a visitor's greeting clock (the deadline itself is already red)."""
    del checked_in_at  # the deadline already encodes it; kept for the callers' clarity
    return clock_state(now, due_at, warn_at, greeted_at)


def warning_point(
    start: datetime,
    due_at: datetime,
    warn_before: Period | None,
    calendar: WorkingCalendar,
) -> datetime | None:
    """When the clock turns amber: ``warn_before`` ahead of the deadline, never before start.

    Minutes step back on the wall clock; the other kinds step back over working time, so a
    one-hour warning before a 10:00 deadline falls at 09:00, not at 18:00 the day before.
    """
    if warn_before is None:
        return None
    if warn_before.kind == "minutes":
        point = to_seoul(due_at) - timedelta(minutes=warn_before.amount)
    else:
        point = calendar.subtract_working_time(due_at, warn_before.working_time)
    return max(point.astimezone(SEOUL), to_seoul(start))
