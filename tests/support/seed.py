"""Putting an organisation into an empty database: the small agency the tests use.

There is no roster administration yet; the demo and the tests write the rows directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, StaffSummary
from minwon_desk.store.models import Agency, Department, Staff

SMALL_DESK = "1층 민원안내"
SMALL_OPERATOR_NO = "T0001"


@dataclass(frozen=True, slots=True)
class SmallAgency:
    operator: StaffSummary  # "안내원", at the front desk
    officers: list[StaffSummary]  # active, in other departments
    inactive: StaffSummary  # left the agency; cannot be chosen or act


def seed_small_agency(backend: Backend) -> SmallAgency:
    """Four departments, six staff (one inactive). Returns who is who."""
    with backend.db.transaction() as session:
        agency = Agency(code="TEST", name="테스트 중소기업청")
        session.add(agency)
        session.flush()
        hq = _dept(session, agency, None, "본부", "본부", 0)
        desk = _dept(session, agency, hq, "민원안내팀", "팀", 0)
        innov = _dept(session, agency, hq, "혁신행정담당관", "과", 1)
        startup = _dept(session, agency, hq, "창업정책과", "과", 2)
        people = [
            ("T0001", "안내원", "주무관", desk, "1000", True),
            ("T0002", "김민준", "사무관", innov, "1201", True),
            ("T0003", "이서연", "주무관", startup, "1302", True),
            ("T0004", "박지호", "서기관", startup, "1301", True),
            ("T0005", "최유진", "주무관", innov, "1202", True),
            ("T0006", "정하늘", "주무관", startup, "1303", False),
        ]
        for no, name, position, dept, ext, active in people:
            session.add(
                Staff(
                    employee_no=no, name=name, position=position, department_id=dept.id,
                    extension=ext, email=f"{no.lower()}@test.example", duties="",
                    active=active,
                )
            )
    return small_agency(backend)


def small_agency(backend: Backend) -> SmallAgency:
    """Who is who in a database seeded by ``seed_small_agency``."""
    by_no = backend.staff.by_employee_no
    return SmallAgency(
        operator=by_no("T0001"),
        officers=[by_no(n) for n in ("T0002", "T0003", "T0004", "T0005")],
        inactive=by_no("T0006"),
    )


def actor_for(backend: Backend, staff: StaffSummary) -> Actor:
    return Actor(staff_id=staff.id, name=staff.name, desk=backend.desk)


def _dept(
    session: Session, agency: Agency, parent: Department | None, name: str, kind: str, order: int
) -> Department:
    d = Department(
        agency_id=agency.id, parent_id=parent.id if parent else None, name=name, kind=kind,
        sort_order=order,
    )
    session.add(d)
    session.flush()
    return d
