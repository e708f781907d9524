"""The visit desk: check a visitor in, start listening (greet), check out."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, insert, select
from sqlalchemy.orm import Session, selectinload

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.clockstate import warning_point
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.periods import due
from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import Clock, to_seoul
from minwon_desk.domain.visits import validate_check_in
from minwon_desk.services import audit
from minwon_desk.services._tx import Database, actor_inactive_message, actor_missing_message
from minwon_desk.services.calendar import CalendarService
from minwon_desk.services.dto import Actor, CheckInRequest, VisitView
from minwon_desk.services.events import EventBus, VisitChanged
from minwon_desk.store.models import Department, Staff, Visit

GREETING = "greeting"


class VisitService:
    def __init__(
        self,
        db: Database,
        events: EventBus,
        clock: Clock,
        charter: Charter,
        calendar: CalendarService,
    ) -> None:
        self._db = db
        self._events = events
        self._clock = clock
        self._charter = charter
        self._calendar = calendar

    # --- writes ------------------------------------------------------------------------

    def check_in(self, actor: Actor, req: CheckInRequest) -> VisitView:
        fields = validate_check_in(req.visitor_name, req.phone, req.purpose)
        now = self._clock()
        due_at, warn_at = self.greeting_deadline(now)
        # The desk's busiest write: prebuilt Core statements, one lookup for the actor and
        # the officer together, and the view built from what was written (no re-read).
        with self._db.transaction() as session:
            conn = session.connection()
            officer_id = actor.staff_id if req.officer_id is None else req.officer_id
            people = {
                row.id: row
                for row in conn.execute(_PEOPLE, {"actor": actor.staff_id, "officer": officer_id})
            }
            _check_actor(actor, people.get(actor.staff_id))
            officer = None
            if req.officer_id is not None:
                officer = _check_officer(people.get(req.officer_id))
            visit_id = conn.execute(
                _INSERT_VISIT,
                {
                    "desk": actor.desk,
                    "visitor_name": fields.visitor_name,
                    "visitor_phone": fields.phone,
                    "purpose": fields.purpose,
                    "officer_id": req.officer_id,
                    "checked_in_at": now,
                    "checked_in_by_id": actor.staff_id,
                    "greeting_due_at": due_at,
                    "greeting_warn_at": warn_at,
                },
            ).scalar_one()
            detail: dict[str, audit.JsonValue] = {"officer_id": req.officer_id}
            if due_at is not None:
                detail["greeting_due_at"] = due_at.isoformat()
            audit.record(
                conn, at=now, actor=actor, desk=actor.desk, action="visit.check_in",
                entity="visit", entity_id=visit_id, detail=detail,
            )
        view = VisitView(
            id=visit_id,
            visitor_name=fields.visitor_name,
            visitor_name_masked=mask_name(fields.visitor_name),
            phone=fields.phone,
            phone_masked=mask_phone(fields.phone) if fields.phone else "",
            purpose=fields.purpose,
            officer_id=req.officer_id,
            officer_label=(
                f"{officer.name} {officer.position} ({officer.department})" if officer else ""
            ),
            desk=actor.desk,
            checked_in_at=to_seoul(now),
            greeting_due_at=to_seoul(due_at) if due_at is not None else None,
            greeting_warn_at=to_seoul(warn_at) if warn_at is not None else None,
            greeted_at=None,
            greeted_by="",
            checked_out_at=None,
        )
        self._events.publish(VisitChanged(view.id, "checked_in"))
        return view

    def greet(self, actor: Actor, visit_id: int) -> VisitView:
        """Someone started listening to the visitor: the greeting clock stops."""
        now = self._clock()
        with self._db.write(actor) as (session, staff):
            visit = _locked(session, visit_id)
            if visit.checked_out_at is not None:
                raise StateError("이미 나간 방문객입니다. 응대 시작을 기록할 수 없습니다.")
            if visit.greeted_at is not None:
                who = visit.greeted_by.name if visit.greeted_by else "다른 직원"
                at = to_seoul(visit.greeted_at)
                raise StateError(f"이미 {at:%H:%M}에 {who} 님이 응대를 시작한 방문객입니다.")
            visit.greeted_at = now
            visit.greeted_by = staff
            waited = int((now - visit.checked_in_at).total_seconds())
            late = visit.greeting_due_at is not None and now > visit.greeting_due_at
            self._audit(
                session, actor, now, "visit.greet", visit.id,
                {"waited_seconds": waited, "late": late},
            )
            view = _view(visit)
        self._events.publish(VisitChanged(view.id, "greeted"))
        return view

    def check_out(self, actor: Actor, visit_id: int) -> VisitView:
        """The visitor leaves the board, greeted or not (some just leave)."""
        now = self._clock()
        with self._db.write(actor) as (session, _staff):
            visit = _locked(session, visit_id)
            if visit.checked_out_at is not None:
                at = to_seoul(visit.checked_out_at)
                raise StateError(f"이미 {at:%H:%M}에 나간 것으로 기록된 방문객입니다.")
            visit.checked_out_at = now
            visit.checked_out_by_id = actor.staff_id
            self._audit(
                session, actor, now, "visit.check_out", visit.id,
                {"greeted": visit.greeted_at is not None},
            )
            view = _view(visit)
        self._events.publish(VisitChanged(view.id, "checked_out"))
        return view

    # --- reads -------------------------------------------------------------------------

    def list_waiting(self) -> list[VisitView]:
        """Every visit not checked out, oldest check-in first."""
        query = (
            select(Visit)
            .where(Visit.checked_out_at.is_(None))
            .order_by(Visit.checked_in_at, Visit.id)
            .options(selectinload(Visit.officer), selectinload(Visit.greeted_by))
        )
        with self._db.read() as session:
            return [_view(v) for v in session.scalars(query)]

    def get(self, visit_id: int) -> VisitView:
        with self._db.read() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(f"방문 기록(번호 {visit_id})을 찾을 수 없습니다.")
            return _view(visit)

    def greeting_deadline(
        self, start: datetime, calendar: WorkingCalendar | None = None
    ) -> tuple[datetime | None, datetime | None]:
        """(due, warn) of the greeting clock for a visitor checked in at ``start``;
        (None, None) when the charter sets no figure. Pass ``calendar`` when calling from
        inside a transaction: fetching it would open a second one."""
        try:
            rule = self._charter.clock(GREETING)
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
        session: Session,
        actor: Actor,
        now: datetime,
        action: str,
        visit_id: int,
        detail: dict[str, audit.JsonValue],
    ) -> None:
        audit.record(
            session, at=now, actor=actor, desk=actor.desk, action=action,
            entity="visit", entity_id=visit_id, detail=detail,
        )


_STAFF = Staff.metadata.tables["staff"]
_DEPARTMENT = Department.metadata.tables["department"]
_VISIT = Visit.metadata.tables["visit"]
_PEOPLE = (
    select(
        _STAFF.c.id, _STAFF.c.active, _STAFF.c.name, _STAFF.c.position,
        _DEPARTMENT.c.name.label("department"),
    )
    .join(_DEPARTMENT, _STAFF.c.department_id == _DEPARTMENT.c.id)
    # Two fixed parameters rather than an expanding IN: the statement compiles once.
    .where(_STAFF.c.id.in_([bindparam("actor"), bindparam("officer")]))
)
_INSERT_VISIT = insert(_VISIT).returning(_VISIT.c.id)


def _check_actor(actor: Actor, row: Row[Any] | None) -> None:
    # Same rule and words as require_actor, on the row fetched with the officer.
    if row is None:
        raise NotFoundError(actor_missing_message(actor))
    if not row.active:
        raise StateError(actor_inactive_message(row.name))


def _check_officer(row: Row[Any] | None) -> Row[Any]:
    if row is None:
        raise ValidationError(
            "officer_id", "선택한 담당자를 찾을 수 없습니다. 담당자를 다시 골라 주세요."
        )
    if not row.active:
        raise ValidationError(
            "officer_id",
            f"{row.name} 님은 지금 근무하지 않는 직원입니다. 다른 담당자를 골라 주세요.",
        )
    return row


def _locked(session: Session, visit_id: int) -> Visit:
    # FOR UPDATE on PostgreSQL: two desks greeting the same visitor queue up instead of
    # both succeeding. SQLite already serialises writers with BEGIN IMMEDIATE.
    visit = session.scalars(select(Visit).where(Visit.id == visit_id).with_for_update()).first()
    if visit is None:
        raise NotFoundError(f"방문 기록(번호 {visit_id})을 찾을 수 없습니다.")
    return visit


def _officer_label(staff: Staff | None) -> str:
    if staff is None:
        return ""
    return f"{staff.name} {staff.position} ({staff.department.name})"


def _view(visit: Visit) -> VisitView:
    def seoul(dt: datetime | None) -> datetime | None:
        return to_seoul(dt) if dt is not None else None

    return VisitView(
        id=visit.id,
        visitor_name=visit.visitor_name,
        visitor_name_masked=mask_name(visit.visitor_name),
        phone=visit.visitor_phone,
        phone_masked=mask_phone(visit.visitor_phone) if visit.visitor_phone else "",
        purpose=visit.purpose,
        officer_id=visit.officer_id,
        officer_label=_officer_label(visit.officer),
        desk=visit.desk,
        checked_in_at=to_seoul(visit.checked_in_at),
        greeting_due_at=seoul(visit.greeting_due_at),
        greeting_warn_at=seoul(visit.greeting_warn_at),
        greeted_at=seoul(visit.greeted_at),
        greeted_by=visit.greeted_by.name if visit.greeted_by else "",
        checked_out_at=seoul(visit.checked_out_at),
    )
