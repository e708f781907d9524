"""Absences (출장 · 휴가 · 교육 · 회의 · 외근) and the deputy who acts meanwhile.

An absence is never deleted: cancelling keeps it with ``cancelled_at``, so a memo routed
to a deputy yesterday can still say why.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.privacy import reject_resident_number
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.directory.staff import check_deputy, get_staff
from minwon_desk.services.dto import AbsenceView, Actor
from minwon_desk.services.events import AbsenceChanged
from minwon_desk.store.models import Absence, Staff


class AbsenceService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def list(
        self, *, staff_id: int | None = None, since: datetime | None = None,
        include_cancelled: bool = False,
    ) -> list[AbsenceView]:
        """Absences ending after ``since`` (default: now), soonest start first."""
        since = self._clock() if since is None else since
        person, deputy = aliased(Staff), aliased(Staff)
        query = (
            select(Absence, person.name, deputy.name)
            .join(person, person.id == Absence.staff_id)
            .outerjoin(deputy, deputy.id == Absence.deputy_id)
            .where(Absence.ends_at > since)
            .order_by(Absence.starts_at, Absence.id)
        )
        if staff_id is not None:
            query = query.where(Absence.staff_id == staff_id)
        if not include_cancelled:
            query = query.where(Absence.cancelled_at.is_(None))
        with self._db.read() as session:
            return [
                AbsenceView(
                    id=a.id, staff_id=a.staff_id, staff_name=name, kind=a.kind,
                    starts_at=a.starts_at, ends_at=a.ends_at, deputy_id=a.deputy_id,
                    deputy_name=deputy_name or "", note=a.note,
                    cancelled=a.cancelled_at is not None,
                )
                for a, name, deputy_name in session.execute(query)
            ]

    def add(
        self,
        actor: Actor,
        *,
        staff_id: int,
        kind: AbsenceKind,
        starts_at: datetime,
        ends_at: datetime,
        deputy_id: int | None = None,
        note: str = "",
    ) -> int:
        if ends_at <= starts_at:
            raise ValidationError("ends_at", translate(
                "Directory",
                "종료 시각이 시작 시각보다 뒤여야 합니다.",
            ))
        note = note.strip()
        reject_resident_number("note", "메모", note)
        with self._db.write(actor, Operation.ABSENCES) as (session, _):
            staff = get_staff(session, staff_id)
            if deputy_id is not None:
                check_deputy(session, staff_id, deputy_id, "deputy")
            now = self._clock()
            row = Absence(
                staff_id=staff.id, kind=kind.value, starts_at=starts_at, ends_at=ends_at,
                deputy_id=deputy_id, note=note, created_at=now, created_by_id=actor.staff_id,
            )
            session.add(row)
            session.flush()
            audit.record(
                session, at=now, actor=actor, desk=actor.desk, action="absence.add",
                entity="absence", entity_id=row.id, detail={"kind": kind.value},
                announce=AbsenceChanged((staff_id,), origin=actor.origin),
            )
            absence_id = row.id
        return absence_id

    def cancel(self, actor: Actor, absence_id: int) -> None:
        with self._db.write(actor, Operation.ABSENCES) as (session, _):
            row = _get(session, absence_id)
            if row.cancelled_at is not None:
                raise StateError(translate("Directory", "이미 취소된 부재 일정입니다."))
            now = self._clock()
            row.cancelled_at = now
            audit.record(
                session, at=now, actor=actor, desk=actor.desk, action="absence.cancel",
                entity="absence", entity_id=absence_id,
                announce=AbsenceChanged((row.staff_id,), origin=actor.origin),
            )

    def __repr__(self) -> str:
        return "AbsenceService()"


def _get(session: Session, absence_id: int) -> Absence:
    row = session.get(Absence, absence_id)
    if row is None:
        raise NotFoundError(translate(
            "Directory",
            "부재 일정(번호 {absence_id})을 찾을 수 없습니다.",
        ).format(absence_id=absence_id))
    return row

