"""What the services that start the charter's clocks share (the visit desk's greeting, a
phone memo's callback, a case's answer): what they are built from, when one of the
charter's clocks falls due and starts to warn, and the audit row of a change to one of
their records."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.clockstate import warning_point
from minwon_desk.domain.periods import due
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.calendar import CalendarService
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import Event


class ClockedService:
    """The visit, memo and case services' common base."""

    _entity: ClassVar[str]  # what their audit rows are about: "visit", "memo", "case"

    def __init__(
        self,
        db: Database,
        clock: Clock,
        charter: Charter,
        calendar: CalendarService,
    ) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter
        self._calendar = calendar

    def _deadline(
        self, key: str, start: datetime, calendar: WorkingCalendar | None
    ) -> tuple[datetime | None, datetime | None]:
        """(due, warn) of the charter's ``key`` clock started at ``start``; (None, None)
        when the charter sets no figure for it."""
        try:
            rule = self._charter.clock(key)
        except KeyError:
            return None, None
        if rule.period is None:
            return None, None
        calendar = calendar or self._calendar.current()
        due_at = due(start, rule.period, calendar)
        warn_at = None
        if rule.warn_before is not None:
            warn_at = warning_point(start, due_at, rule.warn_before, calendar)
        return due_at, warn_at

    def _audit(
        self,
        target: Session | Connection,
        actor: Actor,
        at: datetime,
        action: str,
        entity_id: int,
        detail: Mapping[str, audit.JsonValue],
        announce: Event | None = None,
    ) -> None:
        # Ids and codes only: names, numbers, the gist and notes stay out of the trail.
        audit.record(target, at=at, actor=actor, desk=actor.desk, action=action,
                     entity=self._entity, entity_id=entity_id, detail=detail,
                     announce=announce)
