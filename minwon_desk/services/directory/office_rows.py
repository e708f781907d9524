"""Office rows for the office service: plans read in a few queries, the office lock every
plan write takes first, and the checks that need the database (names, labels, people)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.services import audit
from minwon_desk.services.directory.floor_rules import (
    MAX_BUILDING,
    MAX_FLOOR,
    MAX_OFFICE_NAME,
    Box,
    Placed,
    check_grid,
    clean_name,
    clean_optional,
)
from minwon_desk.services.dto import FloorPlan, RoomView, SeatView
from minwon_desk.store.models import Department, Office, OfficeRoom, Seat, Staff

OFFICE_GONE = "사무실(번호 {id})을 찾을 수 없습니다. 다른 자리에서 지웠을 수 있으니 목록을 새로 고쳐 주세요."
ROOM_GONE = "그 공간은 이미 지워졌습니다. 배치도를 새로 고쳐 주세요."
SEAT_GONE = "그 책상은 이미 지워졌습니다. 배치도를 새로 고쳐 주세요."


def office(session: Session, office_id: int) -> Office:
    office = session.get(Office, office_id)
    if office is None:
        raise NotFoundError(OFFICE_GONE.format(id=office_id))
    return office


def locked_office(session: Session, office_id: int) -> Office:
    office = session.scalars(
        select(Office).where(Office.id == office_id).with_for_update()
    ).first()
    if office is None:
        raise NotFoundError(OFFICE_GONE.format(id=office_id))
    return office


def locked_seat(session: Session, seat_id: int) -> tuple[Office, Seat]:
    office_id = session.scalar(select(Seat.office_id).where(Seat.id == seat_id))
    if office_id is None:
        raise NotFoundError(SEAT_GONE)
    office = locked_office(session, office_id)
    seat = session.get(Seat, seat_id)
    if seat is None:  # removed while this desk waited for the lock
        raise NotFoundError(SEAT_GONE)
    return office, seat


def placed(session: Session, office_id: int) -> list[Placed]:
    items = [
        Placed(s.id, "desk", s.label, Box(s.x, s.y, s.w, s.h))
        for s in session.scalars(select(Seat).where(Seat.office_id == office_id))
    ]
    items.extend(
        Placed(r.id, r.kind, r.name, Box(r.x, r.y, r.w, r.h))
        for r in session.scalars(select(OfficeRoom).where(OfficeRoom.office_id == office_id))
    )
    return items


def sit(session: Session, seat: Seat, staff_id: int) -> set[int]:
    """Put ``staff_id`` at ``seat``, freeing the desk they had; returns the offices changed."""
    person = session.get(Staff, staff_id)
    if person is None:
        raise NotFoundError(translate("Offices", "직원(번호 {staff_id})을 찾을 수 없습니다.").format(staff_id=staff_id))
    if not person.active:
        raise StateError(translate(
            "Offices",
            "{name} 님은 비활성 직원이라 자리를 배정할 수 없습니다.",
        ).format(name=person.name))
    touched = {seat.office_id}
    previous = session.scalars(select(Seat).where(Seat.staff_id == staff_id)).first()
    if previous is not None and previous.id != seat.id:
        previous.staff_id = None
        touched.add(previous.office_id)
        session.flush()  # one desk per person: free the old one before taking the new one
    seat.staff_id = staff_id
    session.flush()
    return touched


def office_fields(
    name: str, building: str, floor: str, cols: int, rows: int
) -> tuple[str, str, str]:
    clean = clean_name("name", name, MAX_OFFICE_NAME, translate("OfficeService", "사무실 이름을 입력해 주세요 (예: 민원실)."))
    check_grid(cols, rows)
    return (
        clean,
        clean_optional("building", building, MAX_BUILDING),
        clean_optional("floor", floor, MAX_FLOOR),
    )


def check_office_name(session: Session, name: str, own_id: int | None) -> None:
    same = session.scalar(select(Office.id).where(Office.name == name))
    if same is not None and same != own_id:
        raise ValidationError(
            "name", translate(
                "Offices",
                "'{name}' 사무실이 이미 있습니다. 다른 이름을 쓰거나 그 사무실을 고쳐 주세요.",
            ).format(name=name)
        )


def check_department(session: Session, department_id: int | None) -> None:
    if department_id is not None and session.get(Department, department_id) is None:
        raise ValidationError("department", translate(
            "Offices",
            "고른 부서를 찾을 수 없습니다. 목록에서 다시 골라 주세요.",
        ))


def check_label(session: Session, office_id: int, label: str) -> None:
    taken = session.scalar(
        select(Seat.id).where(Seat.office_id == office_id, Seat.label == label)
    )
    if taken is not None:
        raise ValidationError(
            "label", translate(
                "Offices",
                "이 사무실에 이미 '{label}' 책상이 있습니다. 다른 번호를 써 주세요.",
            ).format(label=label)
        )


def where(box: Box) -> dict[str, audit.JsonValue]:
    return {"x": box.x, "y": box.y, "w": box.w, "h": box.h}


def plans(session: Session, offices: Sequence[Office]) -> list[FloorPlan]:
    """Plans for ``offices`` in three queries, whatever their number."""
    if not offices:
        return []
    ids = [o.id for o in offices]
    dept_ids = {o.department_id for o in offices if o.department_id is not None}
    dept_names: dict[int, str] = {}
    if dept_ids:
        query = select(Department.id, Department.name).where(Department.id.in_(dept_ids))
        dept_names = dict(session.execute(query).tuples().all())
    rooms: dict[int, list[RoomView]] = {oid: [] for oid in ids}
    for r in session.scalars(
        select(OfficeRoom).where(OfficeRoom.office_id.in_(ids)).order_by(OfficeRoom.id)
    ):
        rooms[r.office_id].append(RoomView(r.id, r.name, r.kind, r.x, r.y, r.w, r.h))
    seats: dict[int, list[SeatView]] = {oid: [] for oid in ids}
    rows = session.execute(
        select(Seat, Staff.name, Staff.position, Staff.extension)
        .outerjoin(Staff, Staff.id == Seat.staff_id)
        .where(Seat.office_id.in_(ids))
        .order_by(Seat.label, Seat.id)
    )
    for seat, name, position, extension in rows:
        seats[seat.office_id].append(
            SeatView(
                id=seat.id, label=seat.label, x=seat.x, y=seat.y, w=seat.w, h=seat.h,
                staff_id=seat.staff_id, staff_name=name or "", position=position or "",
                extension=extension or "",
            )
        )
    return [
        FloorPlan(
            office_id=o.id, name=o.name, building=o.building, floor=o.floor,
            department=dept_names.get(o.department_id, "") if o.department_id else "",
            cols=o.cols, rows=o.rows, rooms=tuple(rooms[o.id]), seats=tuple(seats[o.id]),
        )
        for o in offices
    ]
