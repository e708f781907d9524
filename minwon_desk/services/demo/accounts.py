"""The demo's accounts: everyone on its roster can sign in (담당자) with the demo
password, and one account per role has a short name, so a visitor can try each role.
The window signs in by itself as the reception operator.

While the demo builds, its operator holds every role and heads the top unit (the builder
acts through the services like any desk); when it is built, the operator keeps only 안내.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from minwon_desk.domain.deputy import position_rank
from minwon_desk.domain.roles import Role, roles_from_text, roles_text
from minwon_desk.services.accounts.passwords import hash_password
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import Account, AccountGrant, Case, Department, Staff

DEMO_PASSWORD = "demo1234"
# The role → account name of the demo's accounts (the README's table).
DEMO_LOGINS: dict[Role, str] = {
    Role.RECEPTION: "reception",
    Role.OFFICER: "officer",
    Role.HEAD: "head",
    Role.SUPERVISOR: "supervisor",
    Role.PRIVACY: "privacy",
    Role.ADMIN: "admin",
}


def add_demo_accounts(session: Session, staff: list[Staff], now: datetime) -> None:
    """Before the build: the operator (``staff[0]``) with every role, heading the top
    unit; everyone else 담당자."""
    hashed = hash_password(DEMO_PASSWORD)
    for i, person in enumerate(staff):
        roles = frozenset(Role) if i == 0 else frozenset({Role.OFFICER})
        session.add(Account(
            staff_id=person.id, login=None, password_hash=hashed, roles=roles_text(roles),
            active=True, must_change_password=False, failed_count=0, created_at=now,
        ))
    top = session.scalars(
        select(Department).where(Department.parent_id.is_(None)).order_by(Department.id)
    ).first()
    if top is not None:
        top.head_id = staff[0].id
        session.info["demo.top"] = top.id


def settle_demo_accounts(session: Session, operator_id: int, now: datetime) -> None:
    """After the build: the operator keeps 안내 alone; the officer with the most cases,
    their unit's most senior member (부서장) and three colleagues of the operator
    (감독, 개인정보, 관리자) get the named accounts. Each is in the grant history."""
    session.execute(update(Department).where(Department.head_id == operator_id)
                    .values(head_id=None))
    busiest = session.execute(
        select(Case.officer_id, func.count(Case.id).label("n"))
        .where(Case.officer_id.is_not(None), Case.officer_id != operator_id)
        .group_by(Case.officer_id).order_by(func.count(Case.id).desc(), Case.officer_id)
        .limit(1)
    ).first()
    people = list(session.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id)))
    by_id = {p.id: p for p in people}
    operator = by_id[operator_id]
    officer = by_id[busiest.officer_id] if busiest else people[1]
    colleagues = sorted(
        (p for p in people if p.department_id == officer.department_id and p.id != officer.id),
        key=lambda p: (position_rank(p.position), p.id),
    )
    head = colleagues[0] if colleagues else officer
    taken = {operator.id, officer.id, head.id}
    others = [p for p in people if p.id not in taken]
    near = sorted(others, key=lambda p: (p.department_id != operator.department_id, p.id))
    chosen: dict[Role, tuple[Staff, frozenset[Role]]] = {
        Role.RECEPTION: (operator, frozenset({Role.RECEPTION})),
        Role.OFFICER: (officer, frozenset({Role.OFFICER})),
        Role.HEAD: (head, frozenset({Role.HEAD, Role.OFFICER})),
        Role.SUPERVISOR: (near[0], frozenset({Role.SUPERVISOR})),
        Role.PRIVACY: (near[1], frozenset({Role.PRIVACY})),
        Role.ADMIN: (near[2], frozenset({Role.ADMIN})),
    }
    for role, (person, roles) in chosen.items():
        account = session.scalars(select(Account).where(Account.staff_id == person.id)).one()
        account.login = DEMO_LOGINS[role]
        account.roles = roles_text(roles)
        session.add(AccountGrant(
            at=now, account_id=account.id, action="created", role=account.roles,
            reason="데모 계정", by_staff_id=None, desk="",
        ))


def demo_accounts(session: Session) -> list[tuple[str, str, str, str]]:
    """(account name, 사번, name, roles) of the named demo accounts, in the table's order."""
    rows = session.execute(
        select(Account.login, Staff.employee_no, Staff.name, Account.roles)
        .join(Staff, Staff.id == Account.staff_id)
        .where(Account.login.in_(list(DEMO_LOGINS.values())))
    ).all()
    order = {name: i for i, name in enumerate(DEMO_LOGINS.values())}
    return sorted(((r[0], r[1], r[2], r[3]) for r in rows), key=lambda r: order[r[0]])


def demo_actor_for(backend: Backend, staff_id: int) -> Actor:
    """A demo staff member signed in (without the password: the demo's own builder)."""
    with backend.db.read() as session:
        row = session.execute(
            select(Staff.name, Account.id, Account.roles)
            .outerjoin(Account, Account.staff_id == Staff.id)
            .where(Staff.id == staff_id)
        ).one()
    return Actor(staff_id=staff_id, name=row.name, desk=backend.desk,
                 roles=roles_from_text(row.roles), account_id=row.id)
