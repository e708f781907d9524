"""Putting an organisation into an empty database: the small agency the tests use.

The tests write the rows directly. Everyone gets an account (password ``SEED_PASSWORD``):
the desk operator "안내원" holds every role and is named head of the top unit, so the
tests written before roles existed can act anywhere; the officers are 담당자.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.roles import Role, roles_from_text, roles_text
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, StaffSummary
from minwon_desk.store.models import Account, Agency, Department, Staff

SMALL_DESK = "1층 민원안내"
SMALL_OPERATOR_NO = "T0001"
SEED_PASSWORD = "test-pass-1"
SEED_ROLES = {
    "T0001": frozenset(Role),
    "T0002": frozenset({Role.OFFICER}),
    "T0003": frozenset({Role.OFFICER}),
    "T0004": frozenset({Role.OFFICER}),
    "T0005": frozenset({Role.OFFICER}),
    "T0006": frozenset({Role.OFFICER}),
}


@lru_cache(maxsize=1)
def seed_password_hash() -> str:
    """Hashed once per test run: Argon2 is slow on purpose."""
    from minwon_desk.services.accounts.passwords import hash_password

    return hash_password(SEED_PASSWORD)


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
        session.flush()
        add_accounts(session, SEED_ROLES, backend.clock())
        hq.head_id = session.scalars(
            select(Staff.id).where(Staff.employee_no == SMALL_OPERATOR_NO)
        ).one()
    return small_agency(backend)


def add_accounts(session: Session, roles: dict[str, frozenset[Role]], now: object) -> None:
    """An account with ``SEED_PASSWORD`` (no change asked) for each 사번 in ``roles``."""
    ids = dict(session.execute(
        select(Staff.employee_no, Staff.id).where(Staff.employee_no.in_(list(roles)))
    ).tuples().all())
    for no, held in roles.items():
        session.add(Account(
            staff_id=ids[no], login=None, password_hash=seed_password_hash(),
            roles=roles_text(held), active=True, must_change_password=False, failed_count=0,
            created_at=now,
        ))


def small_agency(backend: Backend) -> SmallAgency:
    """Who is who in a database seeded by ``seed_small_agency``."""
    by_no = backend.staff.by_employee_no
    return SmallAgency(
        operator=by_no("T0001"),
        officers=[by_no(n) for n in ("T0002", "T0003", "T0004", "T0005")],
        inactive=by_no("T0006"),
    )


def actor_for(backend: Backend, staff: StaffSummary, desk: str | None = None) -> Actor:
    """``staff`` signed in (their account's id and roles, as a sign-in finds them)."""
    with backend.db.read() as session:
        account = session.scalars(select(Account).where(Account.staff_id == staff.id)).first()
    return Actor(
        staff_id=staff.id, name=staff.name, desk=backend.desk if desk is None else desk,
        roles=roles_from_text(account.roles) if account else frozenset(),
        account_id=account.id if account else None,
    )


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


def auditor(backend: Backend) -> Actor:
    """Someone who may read the audit trail and the corrective actions (개인정보): the
    seeded operator, or the demo's privacy officer."""
    from minwon_desk.domain.roles import Role

    with backend.db.read() as session:
        account, staff = session.execute(
            select(Account, Staff).join(Staff, Staff.id == Account.staff_id)
            .where(Account.roles.contains(Role.PRIVACY.value)).order_by(Account.id).limit(1)
        ).one()
    return Actor(staff.id, staff.name, backend.desk, roles=roles_from_text(account.roles),
                 account_id=account.id)


def signed_in_as(backend: Backend, staff_id: int, roles: frozenset[Role] = frozenset(Role)) -> Actor:
    """``staff_id`` signed in with ``roles``, an account made for them if they have none
    (benchmarks over generated rosters)."""
    with backend.db.transaction() as session:
        account = session.scalars(select(Account).where(Account.staff_id == staff_id)).first()
        if account is None:
            no = session.scalars(select(Staff.employee_no).where(Staff.id == staff_id)).one()
            add_accounts(session, {no: roles}, backend.clock())
    return actor_for(backend, backend.staff.get(staff_id))
