"""A visit as the services hand it out (:class:`VisitView`), and the one visit locked for
a change: shared by the desk's writes and the day's-end corrections."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.dto import VisitView
from minwon_desk.services.tables import seoul
from minwon_desk.store.models import Visit


def locked_visit(session: Session, visit_id: int) -> Visit:
    # FOR UPDATE on PostgreSQL: two desks greeting the same visitor queue up instead of
    # both succeeding. SQLite already serialises writers with BEGIN IMMEDIATE.
    visit = session.scalars(select(Visit).where(Visit.id == visit_id).with_for_update()).first()
    if visit is None:
        raise NotFoundError(translate("Visits", "방문 기록(번호 {visit_id})을 찾을 수 없습니다.").format(visit_id=visit_id))
    return visit


def officer_label(name: str, position: str, department: str) -> str:
    return f"{name} {position} ({department})"


def visit_view(visit: Visit) -> VisitView:
    officer = visit.officer
    return VisitView(
        id=visit.id,
        visitor_name=visit.visitor_name,
        visitor_name_masked=mask_name(visit.visitor_name),
        phone=visit.visitor_phone,
        phone_masked=mask_phone(visit.visitor_phone) if visit.visitor_phone else "",
        purpose=visit.purpose,
        officer_id=visit.officer_id,
        officer_label=(
            officer_label(officer.name, officer.position, officer.department.name) if officer
            else ""
        ),
        desk=visit.desk,
        checked_in_at=to_seoul(visit.checked_in_at),
        greeting_due_at=seoul(visit.greeting_due_at),
        greeting_warn_at=seoul(visit.greeting_warn_at),
        greeted_at=seoul(visit.greeted_at),
        greeted_by=visit.greeted_by.name if visit.greeted_by else "",
        checked_out_at=seoul(visit.checked_out_at),
        repeat_of_id=visit.repeat_of_id,
        repeat_staff_error=visit.repeat_staff_error,
        repeat_note=visit.repeat_note,
        rating=visit.rating,
        checkout_unrecorded=visit.checkout_unrecorded,
    )
