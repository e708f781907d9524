"""The check-in's one transaction, the desk's busiest write: prebuilt Core statements, one
lookup for the acting person and the officer together (with the actor's roles), the
checks on those rows and on the earlier visit a repeat names, and the view built from what
was written (no re-read)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, insert, select

from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.domain.visits import CheckInFields, RepeatFields
from minwon_desk.services._tx import actor_inactive_message, actor_missing_message
from minwon_desk.services.access import with_roles
from minwon_desk.services.dto import Actor, VisitView
from minwon_desk.services.tables import DEPARTMENT, STAFF, VISIT
from minwon_desk.services.visits.views import officer_label

_PEOPLE = with_roles(
    select(
        STAFF.c.id, STAFF.c.active, STAFF.c.name, STAFF.c.position,
        DEPARTMENT.c.name.label("department"),
    )
    .join(DEPARTMENT, STAFF.c.department_id == DEPARTMENT.c.id)
    # Two fixed parameters rather than an expanding IN: the statement compiles once.
    .where(STAFF.c.id.in_([bindparam("actor"), bindparam("officer")])),
    STAFF,
)
_INSERT_VISIT = insert(VISIT).returning(VISIT.c.id)
_EARLIER = select(VISIT.c.checked_in_at).where(VISIT.c.id == bindparam("id"))


def people(conn: Connection, actor: Actor, officer_id: int | None) -> dict[int, Row[Any]]:
    """The acting person's row and the chosen officer's (when there is one), by staff id."""
    officer = actor.staff_id if officer_id is None else officer_id
    return {
        row.id: row
        for row in conn.execute(_PEOPLE, {
            "actor": actor.staff_id, "officer": officer,
            "account": actor.account_id, "token": actor.token_id,
        })
    }


def insert_visit(conn: Connection, row: dict[str, Any]) -> int:
    """The new visit's id."""
    return int(conn.execute(_INSERT_VISIT, row).scalar_one())


def written_view(
    visit_id: int, actor: Actor, fields: CheckInFields, officer_id: int | None,
    officer: Row[Any] | None, arrived: datetime, due_at: datetime | None,
    warn_at: datetime | None, repeat: RepeatFields | None,
) -> VisitView:
    """The visit just checked in, as the board shows it."""
    return VisitView(
        id=visit_id,
        visitor_name=fields.visitor_name,
        visitor_name_masked=mask_name(fields.visitor_name),
        phone=fields.phone,
        phone_masked=mask_phone(fields.phone) if fields.phone else "",
        purpose=fields.purpose,
        officer_id=officer_id,
        officer_label=(
            officer_label(officer.name, officer.position, officer.department) if officer
            else ""
        ),
        desk=actor.desk,
        checked_in_at=to_seoul(arrived),
        greeting_due_at=to_seoul(due_at) if due_at is not None else None,
        greeting_warn_at=to_seoul(warn_at) if warn_at is not None else None,
        greeted_at=None,
        greeted_by="",
        checked_out_at=None,
        repeat_of_id=repeat.repeat_of_id if repeat else None,
        repeat_staff_error=repeat.staff_error if repeat else False,
        repeat_note=repeat.note if repeat else "",
    )


def check_actor(actor: Actor, row: Row[Any] | None) -> Row[Any]:
    # Same rule and words as require_actor, on the row fetched with the officer.
    if row is None:
        raise NotFoundError(actor_missing_message(actor))
    if not row.active:
        raise StateError(actor_inactive_message(row.name))
    return row


def check_officer(row: Row[Any] | None) -> Row[Any]:
    if row is None:
        raise ValidationError(
            "officer_id", translate(
                "Visits",
                "선택한 담당자를 찾을 수 없습니다. 담당자를 다시 골라 주세요.",
            )
        )
    if not row.active:
        raise ValidationError(
            "officer_id",
            translate(
                "Visits",
                "{name} 님은 지금 근무하지 않는 직원입니다. 다른 담당자를 골라 주세요.",
            ).format(name=row.name),
        )
    return row


def check_earlier(conn: Any, repeat: RepeatFields, now: datetime) -> None:
    at = conn.execute(_EARLIER, {"id": repeat.repeat_of_id}).scalar_one_or_none()
    if at is None:
        raise ValidationError(
            "repeat_of_id",
            translate(
                "Visits",
                "고른 이전 방문(번호 {repeat_of_id})을 찾을 수 없습니다. 목록에서 다시 골라 "
                "주세요.",
            ).format(repeat_of_id=repeat.repeat_of_id),
        )
    if at >= now:
        raise ValidationError(
            "repeat_of_id",
            translate(
                "Visits",
                "고른 방문은 지금보다 먼저 접수된 방문이 아닙니다. 지난 방문을 골라 주세요.",
            ),
        )
