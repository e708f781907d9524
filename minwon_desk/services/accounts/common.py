"""What the account services share: finding an account, its view, its history rows and
the audit row (with the change announced) of every change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Role, roles_from_text
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services import audit
from minwon_desk.services.accounts.dto import AccountView
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import AccountChange, AccountChanged
from minwon_desk.store.models import Account, AccountGrant, Department, Staff

ENTITY = "account"


def seoul(dt: datetime | None) -> datetime | None:
    return to_seoul(dt) if dt is not None else None


def view(account: Account, staff: Staff, department: Department | None = None) -> AccountView:
    dept = department or staff.department
    return AccountView(
        id=account.id,
        login=account.login or "",
        staff_id=staff.id,
        staff_no=staff.employee_no,
        name=staff.name,
        department=dept.name if dept is not None else "",
        roles=roles_from_text(account.roles),
        active=account.active,
        locked_until=seoul(account.locked_until),
        must_change_password=account.must_change_password,
        last_sign_in_at=seoul(account.last_sign_in_at),
    )


def find_for_sign_in(session: Session, login: str) -> tuple[Account, Staff] | None:
    """The account whose name is ``login`` (any case), else the one of the staff member
    with that 사번."""
    name = login.strip()
    row = session.execute(
        select(Account, Staff)
        .join(Staff, Staff.id == Account.staff_id)
        .where(or_(Account.login == name.lower(), Staff.employee_no == name))
        .order_by((Account.login == name.lower()).desc())
        .limit(1)
    ).first()
    if row is None and name.upper() != name:
        row = session.execute(
            select(Account, Staff)
            .join(Staff, Staff.id == Account.staff_id)
            .where(Staff.employee_no == name.upper())
        ).first()
    return (row[0], row[1]) if row is not None else None


def staff_by_no(session: Session, staff_no: str) -> Staff:
    staff = session.scalars(select(Staff).where(Staff.employee_no == staff_no.strip())).first()
    if staff is None:
        raise NotFoundError(
            translate(
                "Accounts",
                "사번 {staff_no}인 직원이 없습니다. 직원 명부에서 사번을 확인해 주세요.",
            ).format(staff_no=staff_no)
        )
    return staff


def account_of(session: Session, staff_no: str, *, lock: bool = True) -> tuple[Account, Staff]:
    staff = staff_by_no(session, staff_no)
    query = select(Account).where(Account.staff_id == staff.id)
    if lock:
        query = query.with_for_update()
    account = session.scalars(query).first()
    if account is None:
        raise NotFoundError(
            translate(
                "Accounts",
                "{name}({employee_no}) 님은 계정이 없습니다. 먼저 계정을 만들어 주세요.",
            ).format(name=staff.name, employee_no=staff.employee_no)
        )
    return account, staff


def active_admins(session: Session) -> int:
    return session.scalar(
        select(func.count(Account.id)).where(
            Account.active.is_(True), Account.roles.contains(Role.ADMIN.value)
        )
    ) or 0


def history(
    session: Session, *, at: datetime, action: str, account_id: int | None = None,
    token_id: int | None = None, role: str = "", reason: str = "", by: Actor | None,
    desk: str = "",
) -> None:
    """A line of the grant history; never updated or deleted."""
    session.add(AccountGrant(
        at=at, account_id=account_id, token_id=token_id, action=action, role=role,
        reason=reason, by_staff_id=by.staff_id if by else None,
        desk=by.desk if by else desk,
    ))


def announce(
    session: Session, *, at: datetime, actor: Actor | None, desk: str, action: str,
    account_id: int | None, change: AccountChange, staff_id: int | None,
    detail: dict[str, audit.JsonValue] | None = None,
) -> None:
    origin_actor = actor
    audit.record(
        session, at=at, actor=actor, desk=desk, action=action, entity=ENTITY,
        entity_id=account_id, detail=detail,
        announce=AccountChanged(
            account_id, change, staff_id,
            **({"origin": origin_actor.origin} if origin_actor else {}),
        ),
    )
