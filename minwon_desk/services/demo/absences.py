"""Absences in the demo agency, so the directory shows deputies at work: a business trip
with a named deputy, leave covered by the default deputy, a chain where the deputy is away
too, and an afternoon meeting."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.store.models import Absence, Staff


def add_demo_absences(
    session: Session,
    staff: Sequence[Staff],
    calendar: WorkingCalendar,
    now: datetime,
    rng: random.Random,
) -> int:
    """Absences around ``now`` for about one officer in eight; returns how many."""
    officers = [s for s in staff[1:] if s.default_deputy_id is not None]  # not the operator
    if len(officers) < 8:
        return 0
    chosen = rng.sample(officers, k=len(officers) // 8)
    today = to_seoul(now).date()
    hours = calendar.hours
    start_of_day = datetime.combine(today, hours.start, SEOUL)
    end_of_day = datetime.combine(today, hours.end, SEOUL)
    later = today
    for _ in range(3):  # the third working day from today
        later = calendar.next_working_day(later)
    rows: list[Absence] = []

    def away(who: Staff, kind: AbsenceKind, start: datetime, end: datetime, deputy: Staff | None) -> None:
        rows.append(
            Absence(
                staff_id=who.id, kind=kind.value, starts_at=start, ends_at=end,
                deputy_id=deputy.id if deputy else None, note="", created_at=now,
                created_by_id=None,
            )
        )

    by_id = {s.id: s for s in staff}
    for i, who in enumerate(chosen):
        colleague = by_id[who.default_deputy_id] if who.default_deputy_id else None
        pattern = i % 4
        if pattern == 0:  # a trip until the end of the third working day, a named deputy
            other = next((s for s in officers if s.department_id == who.department_id
                          and s.id not in (who.id, who.default_deputy_id)), None)
            away(who, AbsenceKind.TRIP, start_of_day,
                 datetime.combine(later, hours.end, SEOUL), other or colleague)
        elif pattern == 1:  # on leave today: the default deputy acts
            away(who, AbsenceKind.LEAVE, start_of_day, end_of_day, None)
        elif pattern == 2 and colleague is not None and colleague is not staff[0]:  # training, and the deputy is out too
            away(who, AbsenceKind.TRAINING, start_of_day, end_of_day, colleague)
            away(colleague, AbsenceKind.FIELD, start_of_day,
                 datetime.combine(today, time(16), SEOUL), None)
        else:  # a meeting this afternoon
            away(who, AbsenceKind.MEETING, datetime.combine(today, time(13), SEOUL),
                 datetime.combine(today, time(17), SEOUL), None)
    # One past absence, so the history is not empty.
    if chosen:
        yesterday = start_of_day - timedelta(days=1)
        away(chosen[0], AbsenceKind.MEETING, yesterday, yesterday + timedelta(hours=2), None)
    session.add_all(rows)
    return len(rows)
