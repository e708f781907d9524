"""The administrator's roster: departments, staff, default deputies and photos.

Staff are never deleted (visits, memos and audit rows point at them): they are made
inactive, and a deputy chain that reaches them goes on to the department head.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.orgpath import DEPARTMENT_KINDS
from minwon_desk.domain.plaintext import check_plain
from minwon_desk.domain.privacy import reject_resident_number
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.directory.service import department_paths, split_duties
from minwon_desk.services.directory.staff import check_deputy, department_order, get_staff
from minwon_desk.services.dto import Actor, DepartmentView, StaffEdit
from minwon_desk.services.events import StaffChanged
from minwon_desk.store.models import Agency, Department, Staff

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EXTENSION = re.compile(r"^[0-9][0-9-]{0,19}$")


class RosterService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        after_departure: Callable[[Actor], object] | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        # Work that follows someone leaving (their open memos go to the department head).
        self._after_departure = after_departure

    # --- departments -------------------------------------------------------------------

    def departments(self) -> list[DepartmentView]:
        """Every unit in organisation-chart order (parents before their children)."""
        with self._db.read() as session:
            return _department_views(session)

    def add_department(
        self, actor: Actor, *, name: str, kind: str, parent_id: int | None
    ) -> int:
        name = _required("name", name, "부서 이름을 적어 주세요.")
        _check_kind(kind)
        with self._db.write(actor, Operation.ROSTER_ADMIN) as (session, _):
            if parent_id is not None:
                _get_department(session, parent_id)
            agency_id = session.scalar(select(Agency.id).order_by(Agency.id))
            if agency_id is None:
                raise StateError(translate(
                    "Directory",
                    "기관 정보가 없습니다. 먼저 직원 명부를 가져와 주세요.",
                ))
            _check_sibling_name(session, parent_id, name, None)
            order = session.scalar(
                select(func.coalesce(func.max(Department.sort_order), 0)).where(
                    _same_parent(parent_id)
                )
            )
            dept = Department(
                agency_id=agency_id, parent_id=parent_id, name=name, kind=kind,
                sort_order=int(order or 0) + 1,
            )
            session.add(dept)
            session.flush()
            self._audit(session, actor, "department.add", "department", dept.id,
                        announce=StaffChanged(origin=actor.origin))
            dept_id = dept.id
        return dept_id

    def update_department(
        self,
        actor: Actor,
        department_id: int,
        *,
        name: str,
        kind: str,
        parent_id: int | None,
        head_id: int | None,
    ) -> None:
        name = _required("name", name, "부서 이름을 적어 주세요.")
        _check_kind(kind)
        with self._db.write(actor, Operation.ROSTER_ADMIN) as (session, _):
            dept = _get_department(session, department_id)
            if parent_id is not None:
                _check_not_below(session, department_id, parent_id)
            _check_sibling_name(session, parent_id, name, department_id)
            if head_id is not None:
                head = get_staff(session, head_id)
                if not head.active:
                    raise ValidationError("head", translate(
                        "Directory",
                        "{name} 님은 비활성 직원이라 부서장으로 지정할 수 없습니다.",
                    ).format(name=head.name))
            dept.name, dept.kind, dept.parent_id, dept.head_id = name, kind, parent_id, head_id
            self._audit(session, actor, "department.update", "department", department_id,
                        announce=StaffChanged(origin=actor.origin))

    # --- staff ---------------------------------------------------------------------------

    def edit_form(self, staff_id: int) -> StaffEdit:
        """The stored values, as the staff form shows them."""
        with self._db.read() as session:
            s = get_staff(session, staff_id)
            return StaffEdit(
                id=s.id, employee_no=s.employee_no, name=s.name, position=s.position,
                department_id=s.department_id, extension=s.extension, email=s.email,
                duties=", ".join(split_duties(s.duties)), default_deputy_id=s.default_deputy_id,
            )

    def save_staff(self, actor: Actor, form: StaffEdit) -> int:
        """Create (``form.id`` None) or update a staff member; returns the id."""
        values = _validate_staff(form)
        with self._db.write(actor, Operation.ROSTER_ADMIN) as (session, _):
            _get_department(session, form.department_id)
            clash = session.scalar(
                select(Staff).where(Staff.employee_no == values["employee_no"])
            )
            if clash is not None and clash.id != form.id:
                raise ValidationError(
                    "employee_no",
                    translate("Directory", "사번 {value}은(는) 이미 {name} 님의 사번입니다.").format(value=values['employee_no'], name=clash.name),
                )
            if form.default_deputy_id is not None:
                check_deputy(session, form.id, form.default_deputy_id, "default_deputy")
            if form.id is None:
                staff = Staff(active=True, **values)
                session.add(staff)
                session.flush()
                action = "staff.add"
            else:
                staff = get_staff(session, form.id)
                for key, value in values.items():
                    setattr(staff, key, value)
                action = "staff.update"
            self._audit(session, actor, action, "staff", staff.id,
                        announce=StaffChanged((staff.id,), origin=actor.origin))
            staff_id = staff.id
        return staff_id

    def set_active(self, actor: Actor, staff_id: int, active: bool) -> None:
        """Deactivate someone who left (kept for history), or bring them back."""
        with self._db.write(actor, Operation.ROSTER_ADMIN) as (session, me):
            staff = get_staff(session, staff_id)
            if not active and staff.id == me.id:
                raise StateError(translate(
                    "Directory",
                    "지금 작업 중인 직원 자신을 비활성으로 바꿀 수는 없습니다.",
                ))
            staff.active = active
            self._audit(
                session, actor, "staff.activate" if active else "staff.deactivate",
                "staff", staff_id,
                announce=StaffChanged((staff_id,), origin=actor.origin),
            )
        if not active and self._after_departure is not None:
            self._after_departure(actor)

    def set_default_deputy(self, actor: Actor, staff_id: int, deputy_id: int | None) -> None:
        with self._db.write(actor, Operation.ROSTER_ADMIN) as (session, _):
            staff = get_staff(session, staff_id)
            if deputy_id is not None:
                check_deputy(session, staff_id, deputy_id, "default_deputy")
            staff.default_deputy_id = deputy_id
            self._audit(session, actor, "staff.default_deputy", "staff", staff_id,
                        announce=StaffChanged((staff_id,), origin=actor.origin))

    # --- photos --------------------------------------------------------------------------

    def set_photo(self, actor: Actor, staff_id: int, data: bytes) -> None:
        """Resize once and store; a broken or oversized image raises ValidationError."""
        # Pillow is loaded only when a photo is set, not when the desk starts.
        from minwon_desk.services.photos import prepare_photo

        photo, mime = prepare_photo(data)
        with self._db.write(actor, Operation.ROSTER_ADMIN) as (session, _):
            staff = get_staff(session, staff_id)
            staff.photo, staff.photo_mime = photo, mime
            self._audit(session, actor, "staff.photo", "staff", staff_id,
                        announce=StaffChanged((staff_id,), origin=actor.origin))

    def clear_photo(self, actor: Actor, staff_id: int) -> None:
        with self._db.write(actor, Operation.ROSTER_ADMIN) as (session, _):
            staff = get_staff(session, staff_id)
            staff.photo, staff.photo_mime = None, None
            self._audit(session, actor, "staff.photo_clear", "staff", staff_id,
                        announce=StaffChanged((staff_id,), origin=actor.origin))

    def _audit(
        self, session: Session, actor: Actor, action: str, entity: str, entity_id: int,
        announce: StaffChanged,
    ) -> None:
        audit.record(
            session, at=self._clock(), actor=actor, desk=actor.desk, action=action,
            entity=entity, entity_id=entity_id, announce=announce,
        )

    def __repr__(self) -> str:
        return "RosterService()"


def _department_views(session: Session) -> list[DepartmentView]:
    departments = list(session.scalars(select(Department)))
    order = department_order(departments)
    paths = department_paths(departments)
    departments.sort(key=lambda d: order.get(d.id, len(order)))
    return [
        DepartmentView(
            id=d.id, parent_id=d.parent_id, name=d.name, kind=d.kind, path=paths[d.id],
            depth=paths[d.id].count(" > "), head_id=d.head_id, sort_order=d.sort_order,
        )
        for d in departments
    ]


def _validate_staff(form: StaffEdit) -> dict[str, object]:
    employee_no = _required("employee_no", form.employee_no, "사번을 적어 주세요.")
    name = _required("name", form.name, "성명을 적어 주세요.")
    position = _required("position", form.position, "직위를 적어 주세요 (예: 주무관).")
    extension = form.extension.strip()
    if extension and not _EXTENSION.match(extension):
        raise ValidationError("extension", translate(
            "Directory",
            "내선번호 '{extension}'에는 숫자와 '-'만 쓸 수 있습니다.",
        ).format(extension=extension))
    email = form.email.strip()
    if email and not _EMAIL.match(email):
        raise ValidationError("email", translate(
            "Directory",
            "'{email}'은(는) 이메일 주소가 아닙니다 (예: hong@korea.kr).",
        ).format(email=email))
    # As typed, before the lines become keywords: a number broken over two lines is caught.
    reject_resident_number("duties", "담당업무", form.duties)
    duties = ", ".join(split_duties(form.duties))
    for field, label, text in (("name", "성명", name), ("duties", "담당업무", duties)):
        reject_resident_number(field, label, text)
    return {
        "employee_no": employee_no, "name": name, "position": position,
        "department_id": form.department_id, "extension": extension, "email": email,
        "duties": duties, "default_deputy_id": form.default_deputy_id,
    }


def _required(field: str, value: str, message: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValidationError(field, message)
    # Before any lookup by it: PostgreSQL refuses NUL even in a query, in English.
    check_plain(field, _LABELS.get(field, "입력한 내용"), value, max_length=None)
    return value


_LABELS = {"name": "이름", "position": "직위", "employee_no": "사번"}


def _check_kind(kind: str) -> None:
    if kind not in DEPARTMENT_KINDS:
        raise ValidationError("kind", translate("Directory", "부서 종류는 {join} 중 하나입니다.").format(join=', '.join(DEPARTMENT_KINDS)))


def _same_parent(parent_id: int | None) -> ColumnElement[bool]:
    return Department.parent_id.is_(None) if parent_id is None else Department.parent_id == parent_id


def _check_sibling_name(
    session: Session, parent_id: int | None, name: str, self_id: int | None
) -> None:
    clash = session.scalar(
        select(Department.id).where(_same_parent(parent_id), Department.name == name)
    )
    if clash is not None and clash != self_id:
        raise ValidationError("name", translate(
            "Directory",
            "같은 상위 부서 아래에 '{name}'이(가) 이미 있습니다.",
        ).format(name=name))


def _check_not_below(session: Session, department_id: int, parent_id: int) -> None:
    """A unit cannot move under itself or one of its own sub-units."""
    parents = dict(session.execute(select(Department.id, Department.parent_id)).tuples().all())
    current: int | None = parent_id
    while current is not None:
        if current == department_id:
            raise ValidationError("parent", translate(
                "Directory",
                "부서를 자기 자신이나 그 하위 부서 아래로 옮길 수는 없습니다.",
            ))
        current = parents.get(current)


def _get_department(session: Session, department_id: int) -> Department:
    dept = session.get(Department, department_id)
    if dept is None:
        raise NotFoundError(translate("Directory", "부서(번호 {department_id})를 찾을 수 없습니다.").format(department_id=department_id))
    return dept

