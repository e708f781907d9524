"""What the printed directory shows: the seating-chart poster of an office and the desk
nameplates of a department, read from the roster and rendered as PDF.

Only active staff are printed: a desk still assigned to someone who has left comes out
as a free desk. Photos are printed only in the formats stored by ``prepare_photo``
(JPEG, or PNG from older data); anything else shows the generated avatar.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.documents.people import NameplatePerson, PosterPerson
from minwon_desk.domain.deputy import position_rank
from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.timeutil import Clock, system_clock, to_seoul
from minwon_desk.services._tx import Database
from minwon_desk.services.directory.service import department_paths, split_duties
from minwon_desk.services.directory.staff import department_order
from minwon_desk.services.dto import FloorPlan
from minwon_desk.store.models import Agency, Department, Staff

PAPERS = ("A4", "A3")
PRINTABLE_PHOTOS = ("image/jpeg", "image/png")
PATH_SEPARATOR = ">"

PosterRenderer = Callable[..., bytes]


def _renderer(module: str, name: str) -> PosterRenderer:
    # reportlab is loaded on first print, not when the desk starts.
    render: PosterRenderer = getattr(importlib.import_module(module), name)
    return render


class DirectoryPrintService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def agency_name(self) -> str:
        with self._db.read() as session:
            return _agency_name(session)

    # --- seating-chart poster --------------------------------------------------------------

    def poster_people(self, plan: FloorPlan) -> dict[int, PosterPerson]:
        """What each occupied desk's card shows, by staff id (active staff only)."""
        ids = {s.staff_id for s in plan.seats if s.staff_id is not None}
        if not ids:
            return {}
        with self._db.read() as session:
            rows = session.execute(
                select(
                    Staff.id, Staff.name, Staff.position, Staff.extension, Staff.duties,
                    Staff.photo, Staff.photo_mime,
                ).where(Staff.id.in_(ids), Staff.active.is_(True))
            ).all()
        return {
            r.id: PosterPerson(
                name=r.name, position=r.position, extension=r.extension,
                duties=", ".join(split_duties(r.duties or "")),
                photo=r.photo if r.photo and r.photo_mime in PRINTABLE_PHOTOS else None,
            )
            for r in rows
        }

    def seating_chart_pdf(
        self, plan: FloorPlan, *, paper: str = "A4", printed_on: date | None = None
    ) -> bytes:
        """The poster for ``plan``, dated today (Seoul) unless ``printed_on`` is given."""
        if paper not in PAPERS:
            raise ValidationError(
                "paper", translate(
                    "Directory",
                    "용지 '{paper}'는 쓸 수 없습니다. A4 또는 A3 중에서 골라 주세요.",
                ).format(paper=paper)
            )
        people = self.poster_people(plan)
        render = _renderer("minwon_desk.documents.seating_chart", "seating_chart_pdf")
        return render(
            plan, people, paper=paper, agency=self.agency_name(),
            printed_on=printed_on or to_seoul(self._clock()).date(),
        )

    # --- nameplates ----------------------------------------------------------------------

    def department_paths(self) -> list[str]:
        """'본부 > 기획조정실 > 혁신행정담당관' for every unit, in organisation-chart order."""
        with self._db.read() as session:
            departments = list(session.scalars(select(Department)))
        paths = department_paths(departments)
        order = department_order(departments)
        return [paths[d.id] for d in sorted(departments, key=lambda d: order.get(d.id, 0))]

    def nameplate_people(self, department: str) -> list[NameplatePerson]:
        """Active staff of the unit (by name or path) and of every unit under it, in
        organisation-chart order; within a unit its head first, then by seniority."""
        with self._db.read() as session:
            departments = list(session.scalars(select(Department)))
            unit = _find_department(departments, department)
            units = _with_sub_units(departments, unit.id)
            staff = session.scalars(
                select(Staff).where(Staff.department_id.in_(units), Staff.active.is_(True))
            ).all()
            order = department_order(departments)
            heads = {d.id: d.head_id for d in departments}
            ordered = sorted(staff, key=lambda s: (
                order.get(s.department_id, 0), heads.get(s.department_id) != s.id,
                position_rank(s.position), s.name, s.id,
            ))
            return [
                NameplatePerson(name=s.name, position=s.position, department=s.department.name)
                for s in ordered
            ]

    def nameplates_pdf(self, department: str) -> bytes:
        """Folding nameplates for everyone in the unit and its sub-units."""
        people = self.nameplate_people(department)
        if not people:
            raise NotFoundError(
                translate(
                    "Directory",
                    "'{department}' 부서와 그 하위 부서에 재직 중인 직원이 없어 명패를 만들 "
                    "것이 없습니다.",
                ).format(department=department.strip())
            )
        render = _renderer("minwon_desk.documents.nameplates", "nameplates_pdf")
        return render(people, agency=self.agency_name())


def _agency_name(session: Session) -> str:
    return session.scalar(select(Agency.name).order_by(Agency.id).limit(1)) or ""


def _parts(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split(PATH_SEPARATOR) if p.strip()]


def _find_department(departments: Sequence[Department], query: str) -> Department:
    """By path ("기획조정실 > 혁신행정담당관", the end of a path is enough), by exact name,
    then by a part of the name that only one unit has."""
    wanted = _parts(query)
    paths = department_paths(departments)
    by_id = {d.id: d for d in departments}
    order = department_order(departments)
    listed = sorted(paths, key=lambda i: order.get(i, 0))
    if not wanted:
        raise ValidationError("department", translate(
            "Directory",
            "부서 이름이나 경로를 적어 주세요.",
        ))
    matches = [i for i in listed if _parts(paths[i])[-len(wanted):] == wanted]
    if not matches and len(wanted) == 1:
        needle = wanted[0].casefold()
        matches = [i for i in listed if needle in by_id[i].name.casefold()]
    if len(matches) == 1:
        return by_id[matches[0]]
    shown = "\n".join(f"  {paths[i]}" for i in (matches or listed))
    if matches:
        raise ValidationError(
            "department",
            translate(
                "Directory",
                "'{query}'에 맞는 부서가 여러 곳입니다. 경로로 적어 주세요 (예: "
                "\"{value}\"):\n{shown}",
            ).format(query=query.strip(), value=paths[matches[0]], shown=shown),
        )
    if not listed:
        raise NotFoundError(translate(
            "Directory",
            "등록된 부서가 없습니다. 직원 명부를 먼저 가져와 주세요.",
        ))
    raise NotFoundError(translate(
        "Directory",
        "'{query}' 부서를 찾을 수 없습니다. 등록된 부서:\n{shown}",
    ).format(query=query.strip(), shown=shown))


def _with_sub_units(departments: Sequence[Department], root: int) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for d in departments:
        children.setdefault(d.parent_id, []).append(d.id)
    found: set[int] = set()
    stack = [root]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found
