"""Looking staff up: the roster the desk picks officers from."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import StaffSummary
from minwon_desk.store.models import Department, Staff


def summary(staff: Staff) -> StaffSummary:
    return StaffSummary(
        id=staff.id,
        employee_no=staff.employee_no,
        name=staff.name,
        position=staff.position,
        department=staff.department.name,
        extension=staff.extension,
    )


def department_order(departments: Iterable[Department]) -> dict[int, int]:
    """Position of each department in the organisation chart (parents before their
    children, siblings by ``sort_order``), so lists read like the chart."""
    children: dict[int | None, list[Department]] = {}
    for d in departments:
        children.setdefault(d.parent_id, []).append(d)
    for siblings in children.values():
        siblings.sort(key=lambda d: (d.sort_order, d.name))
    order: dict[int, int] = {}
    stack = list(reversed(children.get(None, [])))
    while stack:
        d = stack.pop()
        order[d.id] = len(order)
        stack.extend(reversed(children.get(d.id, [])))
    return order


class StaffService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_active(self) -> list[StaffSummary]:
        """Active staff in organisation-chart order of their department, then by name."""
        with self._db.read() as session:
            order = department_order(session.scalars(select(Department)))
            staff = session.scalars(select(Staff).where(Staff.active.is_(True))).all()
            staff_sorted = sorted(
                staff, key=lambda s: (order.get(s.department_id, len(order)), s.name, s.id)
            )
            return [summary(s) for s in staff_sorted]

    def get(self, staff_id: int) -> StaffSummary:
        with self._db.read() as session:
            return summary(get_staff(session, staff_id))

    def by_employee_no(self, no: str) -> StaffSummary:
        with self._db.read() as session:
            staff = session.scalars(select(Staff).where(Staff.employee_no == no)).first()
            if staff is None:
                raise NotFoundError(translate(
                    "Directory",
                    "직원번호 {no}인 직원을 찾을 수 없습니다.",
                ).format(no=no))
            return summary(staff)


def get_staff(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFoundError(translate("Directory", "직원(번호 {staff_id})을 찾을 수 없습니다.").format(staff_id=staff_id))
    return staff


def check_deputy(session: Session, staff_id: int | None, deputy_id: int, field: str) -> Staff:
    """The deputy row, refusing oneself and someone who has left (ValidationError on
    ``field``)."""
    if staff_id is not None and deputy_id == staff_id:
        raise ValidationError(field, translate(
            "Directory",
            "자기 자신을 업무대행자로 지정할 수는 없습니다.",
        ))
    deputy = get_staff(session, deputy_id)
    if not deputy.active:
        raise ValidationError(
            field, translate(
                "Directory",
                "{name} 님은 비활성 직원이라 업무대행자로 지정할 수 없습니다.",
            ).format(name=deputy.name)
        )
    return deputy
