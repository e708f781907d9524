"""The agency's working calendar: public holidays plus the administrator's changes."""

from __future__ import annotations

import threading
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.calendar import WorkingCalendar, WorkingHours
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CalendarChanged
from minwon_desk.store.models import CalendarOverride

MAX_NAME = 200


class CalendarService:
    def __init__(
        self, db: Database, clock: Clock, hours: WorkingHours
    ) -> None:
        self._db = db
        self._clock = clock
        self._hours = hours
        self._cached: WorkingCalendar | None = None
        self._lock = threading.Lock()
        # Another desk's change arrives as this event too: count on the new calendar.
        db.events.subscribe(CalendarChanged, lambda _e: self.invalidate())

    def current(self) -> WorkingCalendar:
        """The calendar every deadline is counted on. Built once and kept until a change
        here (or ``invalidate()`` after another desk changed it)."""
        with self._lock:
            cached = self._cached
        if cached is not None:
            return cached
        added: dict[date, str] = {}
        removed: list[date] = []
        for day, is_holiday, name in self.overrides():
            if is_holiday:
                added[day] = name
            else:
                removed.append(day)
        built = WorkingCalendar(added=added, removed=removed, hours=self._hours)
        with self._lock:
            self._cached = built
        return built

    def invalidate(self) -> None:
        with self._lock:
            self._cached = None

    def overrides(self) -> list[tuple[date, bool, str]]:
        """(day, is_holiday, name), by day. ``is_holiday`` False: a public holiday
        worked as a normal day."""
        with self._db.read() as session:
            rows = session.scalars(select(CalendarOverride).order_by(CalendarOverride.day))
            return [(r.day, r.is_holiday, r.name) for r in rows]

    def add_holiday(self, actor: Actor, day: date, name: str) -> None:
        """A temporary holiday, an election day, an agency's own day off."""
        name = name.strip()
        if not name:
            raise ValidationError("name", translate(
                "Calendar",
                "휴일 이름을 입력해 주세요 (예: 임시공휴일).",
            ))
        if len(name) > MAX_NAME:
            raise ValidationError("name", translate(
                "Calendar",
                "휴일 이름은 {max_name}자 이내로 입력해 주세요.",
            ).format(max_name=MAX_NAME))
        self._set(actor, day, True, name, "calendar.add_holiday")

    def make_working_day(self, actor: Actor, day: date) -> None:
        """Work on a day the public calendar makes a holiday (this agency only)."""
        self._set(actor, day, False, "", "calendar.make_working_day")

    def clear(self, actor: Actor, day: date) -> None:
        """Back to the public calendar for ``day``. Nothing to clear: nothing happens."""
        with self._db.write(actor, Operation.CALENDAR_ADMIN) as (session, _staff):
            row = session.get(CalendarOverride, day)
            if row is None:
                return
            session.delete(row)
            self._audit(session, actor, "calendar.clear", day, {})
        self.invalidate()

    def _set(self, actor: Actor, day: date, is_holiday: bool, name: str, action: str) -> None:
        with self._db.write(actor, Operation.CALENDAR_ADMIN) as (session, _staff):
            row = session.get(CalendarOverride, day)
            if row is None:
                session.add(CalendarOverride(day=day, is_holiday=is_holiday, name=name))
            else:
                row.is_holiday = is_holiday
                row.name = name
            self._audit(session, actor, action, day, {"name": name} if name else {})
        self.invalidate()

    def _audit(
        self, session: Session, actor: Actor, action: str, day: date, extra: dict[str, str]
    ) -> None:
        audit.record(
            session,
            at=self._clock(),
            actor=actor,
            desk=actor.desk,
            action=action,
            entity="calendar_override",
            entity_id=None,
            detail={"day": day.isoformat(), **extra},
            announce=CalendarChanged(origin=actor.origin),
        )
