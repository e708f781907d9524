"""Offices and their floor plans: rooms and desks on a grid, and who sits where.

Every write to a plan first locks its office row (FOR UPDATE on PostgreSQL; SQLite
serialises writers already), so two desks moving furniture at once queue up and the
second one is checked against what the first stored.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock, system_clock
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.directory import office_rows
from minwon_desk.services.directory.floor_rules import (
    MAX_LABEL,
    MAX_ROOM_NAME,
    Box,
    check_desk,
    check_kind,
    check_room,
    clean_name,
    extent,
)
from minwon_desk.services.directory.staff import department_order
from minwon_desk.services.dto import Actor, FloorPlan, SeatView
from minwon_desk.services.events import OfficeChanged
from minwon_desk.store.models import Department, Office, OfficeRoom, Seat, Staff


class OfficeService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    # --- reading ------------------------------------------------------------------------

    def list_offices(self) -> list[FloorPlan]:
        """Every office with its plan, by ``sort_order`` then name."""
        with self._db.read() as session:
            offices = session.scalars(select(Office).order_by(Office.sort_order, Office.name))
            return office_rows.plans(session, list(offices))

    def plan(self, office_id: int) -> FloorPlan:
        with self._db.read() as session:
            return office_rows.plans(session, [office_rows.office(session, office_id)])[0]

    def find_office(self, name_or_id: str) -> FloorPlan:
        """By exact name, then by a part of the name that only one office has, then by
        number. NotFoundError names the offices there are."""
        query = name_or_id.strip()
        with self._db.read() as session:
            rows = session.execute(
                select(Office.id, Office.name).order_by(Office.sort_order, Office.name)
            ).all()
            names = [name for _id, name in rows]
            exact = [oid for oid, name in rows if name == query]
            found = exact[0] if exact else None
            if found is None and query:
                partial = [(oid, n) for oid, n in rows if query.casefold() in n.casefold()]
                if len(partial) == 1:
                    found = partial[0][0]
                elif len(partial) > 1:
                    listed = ", ".join(n for _oid, n in partial)
                    raise NotFoundError(
                        translate(
                            "Offices",
                            "여러 사무실 이름에 '{query}' 글자가 들어 있습니다: {listed}. "
                            "이름을 더 정확히 입력해 주세요.",
                        ).format(query=query, listed=listed)
                    )
            if found is None and query.isdigit():
                found = next((oid for oid, _n in rows if oid == int(query)), None)
            if found is None:
                if not names:
                    raise NotFoundError(translate(
                        "Offices",
                        "등록된 사무실이 없습니다. 사무실을 먼저 추가해 주세요.",
                    ))
                raise NotFoundError(
                    translate(
                        "Offices",
                        "'{query}' 사무실을 찾을 수 없습니다. 등록된 사무실: {join}",
                    ).format(query=query, join=', '.join(names))
                )
            return office_rows.plans(session, [office_rows.office(session, found)])[0]

    def seat_of(self, staff_id: int) -> tuple[FloorPlan, SeatView] | None:
        """The plan and the desk where this person sits, or None without a desk."""
        with self._db.read() as session:
            office_id = session.scalar(select(Seat.office_id).where(Seat.staff_id == staff_id))
            if office_id is None:
                return None
            plan = office_rows.plans(session, [office_rows.office(session, office_id)])[0]
        seat = next(s for s in plan.seats if s.staff_id == staff_id)
        return plan, seat

    def departments(self) -> list[tuple[int, str]]:
        """(id, name) of every unit an office can belong to, in organisation-chart order."""
        with self._db.read() as session:
            departments = list(session.scalars(select(Department)))
            order = department_order(departments)
            departments.sort(key=lambda d: (order.get(d.id, len(order)), d.name))
            return [(d.id, d.name) for d in departments]

    # --- offices ------------------------------------------------------------------------

    def add_office(
        self,
        actor: Actor,
        *,
        name: str,
        building: str = "",
        floor: str = "",
        cols: int = 24,
        rows: int = 16,
        department_id: int | None = None,
    ) -> int:
        fields = office_rows.office_fields(name, building, floor, cols, rows)
        with self._db.write(actor, Operation.OFFICES) as (session, staff):
            office_rows.check_office_name(session, fields[0], None)
            office_rows.check_department(session, department_id)
            last = session.scalar(select(func.max(Office.sort_order))) or 0
            office = Office(
                agency_id=staff.department.agency_id, name=fields[0], building=fields[1],
                floor=fields[2], cols=cols, rows=rows, department_id=department_id,
                sort_order=last + 1,
            )
            session.add(office)
            session.flush()
            self._audit(session, actor, "office.add", "office", office.id,
                        {"cols": cols, "rows": rows, "department_id": department_id},
                        announce=OfficeChanged(office.id, origin=actor.origin))
            office_id = office.id
        return office_id

    def update_office(
        self,
        actor: Actor,
        office_id: int,
        *,
        name: str,
        building: str,
        floor: str,
        cols: int,
        rows: int,
        department_id: int | None,
    ) -> None:
        """Rename, move or resize an office. The grid cannot shrink below a desk or room."""
        fields = office_rows.office_fields(name, building, floor, cols, rows)
        with self._db.write(actor, Operation.OFFICES) as (session, _staff):
            office = office_rows.locked_office(session, office_id)
            office_rows.check_office_name(session, fields[0], office_id)
            office_rows.check_department(session, department_id)
            need_cols, need_rows = extent(office_rows.placed(session, office_id))
            if cols < need_cols:
                raise ValidationError(
                    "cols",
                    translate(
                        "Offices",
                        "책상이나 공간이 가로 {need_cols}번째 칸까지 놓여 있어 {cols}칸으로 "
                        "줄일 수 없습니다. 먼저 옮기거나 지운 뒤 줄여 주세요.",
                    ).format(need_cols=need_cols, cols=cols),
                )
            if rows < need_rows:
                raise ValidationError(
                    "rows",
                    translate(
                        "Offices",
                        "책상이나 공간이 세로 {need_rows}번째 칸까지 놓여 있어 {rows}칸으로 "
                        "줄일 수 없습니다. 먼저 옮기거나 지운 뒤 줄여 주세요.",
                    ).format(need_rows=need_rows, rows=rows),
                )
            office.name, office.building, office.floor = fields
            office.cols, office.rows, office.department_id = cols, rows, department_id
            self._audit(session, actor, "office.update", "office", office_id,
                        {"cols": cols, "rows": rows, "department_id": department_id},
                        announce=OfficeChanged(office_id, origin=actor.origin))

    # --- rooms --------------------------------------------------------------------------

    def add_room(
        self, actor: Actor, office_id: int, *, name: str, kind: str, x: int, y: int, w: int, h: int
    ) -> int:
        check_kind(kind)
        clean = clean_name("name", name, MAX_ROOM_NAME, translate("OfficeService", "공간 이름을 입력해 주세요 (예: 소회의실, 출입구)."))
        box = Box(x, y, w, h)
        with self._db.write(actor, Operation.OFFICES) as (session, _staff):
            office = office_rows.locked_office(session, office_id)
            check_room(box, kind, office.cols, office.rows, office_rows.placed(session, office_id))
            room = OfficeRoom(office_id=office_id, name=clean, kind=kind, x=x, y=y, w=w, h=h)
            session.add(room)
            session.flush()
            self._audit(session, actor, "office.add_room", "office_room", room.id,
                        {"office_id": office_id, "kind": kind, **office_rows.where(box)},
                        announce=OfficeChanged(office_id, origin=actor.origin))
            room_id = room.id
        return room_id

    def move_room(self, actor: Actor, room_id: int, *, x: int, y: int, w: int, h: int) -> None:
        """Move and/or resize a room."""
        box = Box(x, y, w, h)
        with self._db.write(actor, Operation.OFFICES) as (session, _staff):
            office_id = session.scalar(select(OfficeRoom.office_id).where(OfficeRoom.id == room_id))
            if office_id is None:
                raise NotFoundError(office_rows.ROOM_GONE)
            office = office_rows.locked_office(session, office_id)
            room = session.get(OfficeRoom, room_id)
            if room is None:  # removed while this desk waited for the lock
                raise NotFoundError(office_rows.ROOM_GONE)
            check_room(box, room.kind, office.cols, office.rows, office_rows.placed(session, office_id),
                       own_id=room_id)
            room.x, room.y, room.w, room.h = x, y, w, h
            self._audit(session, actor, "office.move_room", "office_room", room_id, office_rows.where(box),
                        announce=OfficeChanged(office_id, origin=actor.origin))

    def remove_room(self, actor: Actor, room_id: int) -> None:
        with self._db.write(actor, Operation.OFFICES) as (session, _staff):
            office_id = session.scalar(select(OfficeRoom.office_id).where(OfficeRoom.id == room_id))
            if office_id is None:
                raise NotFoundError(office_rows.ROOM_GONE)
            office_rows.locked_office(session, office_id)
            room = session.get(OfficeRoom, room_id)
            if room is None:
                raise NotFoundError(office_rows.ROOM_GONE)
            session.delete(room)
            self._audit(session, actor, "office.remove_room", "office_room", room_id,
                        {"office_id": office_id},
                        announce=OfficeChanged(office_id, origin=actor.origin))

    # --- desks --------------------------------------------------------------------------

    def add_seat(
        self,
        actor: Actor,
        office_id: int,
        *,
        label: str,
        x: int,
        y: int,
        w: int = 2,
        h: int = 1,
        staff_id: int | None = None,
    ) -> int:
        clean = clean_name("label", label, MAX_LABEL, translate("OfficeService", "책상 번호를 입력해 주세요 (예: A-01)."))
        box = Box(x, y, w, h)
        touched = {office_id}
        with self._db.write(actor, Operation.OFFICES) as (session, _staff):
            office = office_rows.locked_office(session, office_id)
            office_rows.check_label(session, office_id, clean)
            check_desk(box, office.cols, office.rows, office_rows.placed(session, office_id))
            seat = Seat(office_id=office_id, label=clean, x=x, y=y, w=w, h=h)
            session.add(seat)
            session.flush()
            if staff_id is not None:
                touched |= office_rows.sit(session, seat, staff_id)
            self._audit(session, actor, "office.add_seat", "seat", seat.id,
                        {"office_id": office_id, "label": clean, "staff_id": staff_id,
                         **office_rows.where(box)},
                        announce=OfficeChanged(office_id, origin=actor.origin))
            self._also_changed(session, actor, touched - {office_id})
            seat_id = seat.id
        return seat_id

    def move_seat(self, actor: Actor, seat_id: int, *, x: int, y: int) -> None:
        with self._db.write(actor, Operation.OFFICES) as (session, _staff):
            office, seat = office_rows.locked_seat(session, seat_id)
            box = Box(x, y, seat.w, seat.h)
            check_desk(box, office.cols, office.rows, office_rows.placed(session, office.id), own_id=seat_id)
            seat.x, seat.y = x, y
            self._audit(session, actor, "office.move_seat", "seat", seat_id, office_rows.where(box),
                        announce=OfficeChanged(office.id, origin=actor.origin))

    def assign_seat(self, actor: Actor, seat_id: int, staff_id: int | None) -> None:
        """Seat a person at this desk (leaving the desk they had, in the same transaction),
        or free the desk (``staff_id`` None)."""
        with self._db.write(actor, Operation.OFFICES) as (session, _staff):
            # Lock every office involved, in id order, so two such moves cannot deadlock.
            office_id = session.scalar(select(Seat.office_id).where(Seat.id == seat_id))
            if office_id is None:
                raise NotFoundError(office_rows.SEAT_GONE)
            involved = {office_id}
            if staff_id is not None:
                previous_office = session.scalar(
                    select(Seat.office_id).where(Seat.staff_id == staff_id)
                )
                if previous_office is not None:
                    involved.add(previous_office)
            for oid in sorted(involved):
                office_rows.locked_office(session, oid)
            seat = session.get(Seat, seat_id)
            if seat is None:
                raise NotFoundError(office_rows.SEAT_GONE)
            before = seat.staff_id
            if before == staff_id:
                return
            touched = {office_id}
            if staff_id is None:
                seat.staff_id = None
            else:
                touched |= office_rows.sit(session, seat, staff_id)
            self._audit(session, actor, "office.assign_seat", "seat", seat_id,
                        {"office_id": office_id, "staff_id": staff_id, "previous": before},
                        announce=OfficeChanged(office_id, origin=actor.origin))
            self._also_changed(session, actor, touched - {office_id})

    def remove_seat(self, actor: Actor, seat_id: int) -> None:
        """Remove a free desk. An occupied one is refused: free it first, so nobody loses
        their place by accident."""
        with self._db.write(actor, Operation.OFFICES) as (session, _staff):
            office, seat = office_rows.locked_seat(session, seat_id)
            if seat.staff_id is not None:
                person = session.get(Staff, seat.staff_id)
                who = f"{person.name} 님" if person else "다른 직원"
                raise StateError(
                    translate(
                        "Offices",
                        "{label} 책상에는 {who}이 앉아 있습니다. 먼저 자리를 비운 뒤 지워 "
                        "주세요.",
                    ).format(label=seat.label, who=who)
                )
            session.delete(seat)
            self._audit(session, actor, "office.remove_seat", "seat", seat_id,
                        {"office_id": office.id, "label": seat.label},
                        announce=OfficeChanged(office.id, origin=actor.origin))

    # --- internals ----------------------------------------------------------------------

    def _audit(
        self,
        session: Session,
        actor: Actor,
        action: str,
        entity: str,
        entity_id: int,
        detail: dict[str, audit.JsonValue],
        announce: OfficeChanged | None = None,
    ) -> None:
        audit.record(session, at=self._clock(), actor=actor, desk=actor.desk, action=action,
                     entity=entity, entity_id=entity_id, detail=detail, announce=announce)

    def _also_changed(self, session: Session, actor: Actor, office_ids: Iterable[int]) -> None:
        """Seating a person moves them out of another office's plan too: that office's
        change gets its own row (one row announces one change)."""
        for office_id in sorted(office_ids):
            self._audit(session, actor, "office.seat_left", "office", office_id, {},
                        announce=OfficeChanged(office_id, origin=actor.origin))

    def __repr__(self) -> str:
        return "OfficeService()"
