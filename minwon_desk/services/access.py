"""Who may do what, checked in the services: the acting person's roles read again from the
database in the transaction that writes (a revocation counts at once on every desk, and an
Actor built by hand gains nothing), then, for memos and cases, whose record it is.

Scope: a person acts on what they hold and on what they hold as deputy (they are the
holder's default deputy, or the deputy named on an absence of the holder's that covers
now); a head (부서장) also on whatever is held in their department and the units below it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Integer, Row, Select, Table, and_, bindparam, select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import NotFoundError, PermissionDenied, StateError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.roles import Operation, Role, allows, refusal, roles_from_text
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import Absence, Account, Department, ServiceToken, Staff

_ROLES = "minwon.roles"

# The acting staff row and the roles behind the actor, in one statement: the check-in and
# the memo intake run it instead of their plain staff lookup.
_ACTING = (
    select(
        Staff,
        Account.roles.label("account_roles"),
        Account.active.label("account_active"),
        Account.must_change_password.label("must_change"),
        ServiceToken.roles.label("token_roles"),
        ServiceToken.revoked_at.label("token_revoked_at"),
    )
    .outerjoin(
        Account, and_(Account.id == bindparam("account"), Account.staff_id == Staff.id)
    )
    .outerjoin(
        ServiceToken,
        and_(ServiceToken.id == bindparam("token"), ServiceToken.staff_id == Staff.id),
    )
    .where(Staff.id == bindparam("staff"))
)


_ACCOUNT = Account.metadata.tables["account"]
_TOKEN = ServiceToken.metadata.tables["service_token"]


def with_roles(query: Select[Any], staff: Table) -> Select[Any]:
    """``query`` over ``staff`` rows, with the columns ``roles_of`` reads for the actor's
    row (parameters "account" and "token", see ``acting_params``): the write paths that
    read the acting staff row with a statement of their own check the roles at no extra
    round trip."""
    return query.add_columns(
        _ACCOUNT.c.roles.label("account_roles"),
        _ACCOUNT.c.active.label("account_active"),
        _ACCOUNT.c.must_change_password.label("must_change"),
        _TOKEN.c.roles.label("token_roles"),
        _TOKEN.c.revoked_at.label("token_revoked_at"),
    ).outerjoin(
        _ACCOUNT,
        and_(_ACCOUNT.c.id == bindparam("account", type_=Integer),
             _ACCOUNT.c.staff_id == staff.c.id),
    ).outerjoin(
        _TOKEN,
        and_(_TOKEN.c.id == bindparam("token", type_=Integer), _TOKEN.c.staff_id == staff.c.id),
    )


def acting_params(actor: Actor) -> dict[str, Any]:
    """The parameters of ``with_roles`` (and of the staff row's own lookup)."""
    return {"staff": actor.staff_id, "account": actor.account_id, "token": actor.token_id}


def roles_of(actor: Actor, row: Row[Any] | Any) -> frozenset[Role]:
    """The roles the database gives ``actor``, from a row carrying the columns of
    ``_ACTING`` (account_roles, account_active, must_change, token_roles,
    token_revoked_at); empty when the account or token does not stand."""
    if actor.token_id is not None:
        if row.token_roles is None or row.token_revoked_at is not None:
            return frozenset()
        return roles_from_text(row.token_roles)
    if actor.account_id is None or row.account_roles is None:
        return frozenset()
    if not row.account_active or row.must_change:
        return frozenset()
    return roles_from_text(row.account_roles)


def check(actor: Actor, roles: frozenset[Role], op: Operation) -> None:
    """Raise PermissionDenied unless ``roles`` allow ``op``."""
    if allows(roles, op):
        return
    if actor.account_id is None and actor.token_id is None:
        raise PermissionDenied(op, translate("Access", "로그인한 계정으로만 할 수 있습니다. {op}").format(op=refusal(op)))
    raise PermissionDenied(op, refusal(op))


def permit(session: Session, actor: Actor, op: Operation | None) -> Staff:
    """The acting staff row (present and active), after checking that the actor's roles,
    as the database has them now, allow ``op`` (None: any signed-in actor). The roles are
    kept on the session for the scope checks that follow."""
    row = session.execute(_ACTING, acting_params(actor)).first()
    if row is None:
        raise NotFoundError(actor_missing_message(actor))
    staff: Staff = row[0]
    if not staff.active:
        raise StateError(actor_inactive_message(staff.name))
    roles = roles_of(actor, row)
    session.info[_ROLES] = roles
    if op is not None:
        check(actor, roles, op)
    return staff


def check_any(session: Session, actor: Actor, ops: tuple[Operation, ...]) -> Staff:
    """As ``permit``, for a write that either of ``ops`` allows (memos of a departed
    holder move on the roster administrator's or a head's action)."""
    staff = permit(session, actor, None)
    roles = session_roles(session)
    if not any(allows(roles, op) for op in ops):
        raise PermissionDenied(ops[0], refusal(ops[0]))
    return staff


def session_roles(session: Session) -> frozenset[Role]:
    """The roles ``permit`` found in this transaction."""
    roles = session.info.get(_ROLES)
    return roles if isinstance(roles, frozenset) else frozenset()


def actor_missing_message(actor: Actor) -> str:
    return (
        translate(
            "Access",
            "작업하는 직원({name}, 번호 {staff_id})을 찾을 수 없습니다. 다시 로그인해 주세요.",
        ).format(name=actor.name, staff_id=actor.staff_id)
    )


def actor_inactive_message(name: str) -> str:
    return translate(
        "Access",
        "{name} 님은 비활성 직원으로 등록되어 있어 기록할 수 없습니다. 관리자에게 문의해 "
        "주세요.",
    ).format(name=name)


def may(actor: Actor, op: Operation) -> bool:
    """What the screens show or hide by: the roles the sign-in found (the services check
    again against the database)."""
    return allows(actor.roles, op)


# --- scope --------------------------------------------------------------------------------

# The records ``check_holder`` speaks of, named by their callers in Korean.
_RECORDS = (QT_TRANSLATE_NOOP("Access", "메모"), QT_TRANSLATE_NOOP("Access", "민원"))


def check_holder(
    session: Session, actor: Actor, op: Operation, holder_id: int | None, now: datetime,
    *, what: str,
) -> None:
    """Refuse ``op`` on a record held by ``holder_id`` (``what``: "메모", "민원", said in
    the desk's language) unless the actor holds it, holds it as deputy, or heads the
    holder's department."""
    if holder_id == actor.staff_id:
        return
    conn = session.connection()
    roles = session_roles(session)
    if holder_id is not None and _is_deputy(conn, actor.staff_id, holder_id, now):
        return
    # Nobody holds it yet (a case not assigned): any head may see to it.
    if Role.HEAD in roles and (
        holder_id is None or in_department(conn, actor.staff_id, holder_id)
    ):
        return
    raise PermissionDenied(
        op,
        translate(
            "Access",
            "다른 직원이 맡은 {what}입니다. 본인이 맡았거나 업무대행 중인 {what}, 부서장은 "
            "소속 부서의 {what}만 처리할 수 있습니다.",
        ).format(what=translate("Access", what)),
    )


def check_department(session: Session, actor: Actor, op: Operation, staff_id: int | None) -> None:
    """Refuse ``op`` (a head's reassignment) to or from someone outside the actor's
    department and its units."""
    if staff_id is None or in_department(session.connection(), actor.staff_id, staff_id):
        return
    raise PermissionDenied(
        op, translate(
            "Access",
            "소속 부서(하위 부서 포함) 밖의 직원에게는 지정하거나 그 직원의 일을 옮길 수 "
            "없습니다.",
        )
    )


def in_department(conn: Connection, head_id: int, staff_id: int | None) -> bool:
    """Whether ``staff_id`` works in ``head_id``'s department or a unit below it (their
    own unit, and any unit the roster names them head of)."""
    if staff_id is None:
        return False
    depts: dict[int, int] = {
        row.id: row.department_id
        for row in conn.execute(
            select(Staff.id, Staff.department_id).where(Staff.id.in_([head_id, staff_id]))
        )
    }
    if head_id not in depts or staff_id not in depts:
        return False
    return depts[staff_id] in headed_units(conn, head_id, depts[head_id])


def headed_units(conn: Connection, head_id: int, own_department: int) -> set[int]:
    """The units a head answers for: their own and those the roster names them head of,
    with every unit below them."""
    from minwon_desk.services.orgchart import units_under

    tops = {own_department} | set(
        conn.scalars(select(Department.id).where(Department.head_id == head_id))
    )
    found: set[int] = set()
    for top in tops:
        if top not in found:
            found.update(units_under(conn, top))
    return found


def _is_deputy(conn: Connection, actor_id: int, holder_id: int, now: datetime) -> bool:
    covering = select(Absence.deputy_id).where(
        Absence.staff_id == holder_id,
        Absence.cancelled_at.is_(None),
        Absence.starts_at <= now,
        Absence.ends_at > now,
    )
    deputies = [d for (d,) in conn.execute(covering)]
    if actor_id in deputies:
        return True
    default = conn.execute(
        select(Staff.default_deputy_id, Staff.active).where(Staff.id == holder_id)
    ).first()
    if default is None or default.default_deputy_id != actor_id:
        return False
    # The default deputy acts while the holder is away (any covering absence) or has left.
    return bool(deputies) or not default.active
