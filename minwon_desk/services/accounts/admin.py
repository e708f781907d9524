"""The administrator's work on accounts: create one for a staff member with a one-time
password, reset it, disable and enable (never delete), unlock, grant and revoke roles,
service tokens; every change kept in the grant history with who, when and why."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from minwon_desk.domain.errors import (
    NotFoundError,
    PermissionDenied,
    StateError,
    ValidationError,
)
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.roles import (
    Operation,
    Role,
    allows,
    refusal,
    role_title,
    roles_from_text,
    roles_text,
)
from minwon_desk.domain.timeutil import Clock, to_seoul
from minwon_desk.services._tx import Database
from minwon_desk.services.access import permit, session_roles
from minwon_desk.services.accounts import passwords
from minwon_desk.services.accounts.common import (
    account_of,
    active_admins,
    announce,
    history,
    seoul,
    staff_by_no,
    view,
)
from minwon_desk.services.accounts.dto import AccountView, GrantView, TokenView
from minwon_desk.services.accounts.signin import _login
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import AccountChange
from minwon_desk.store.models import Account, AccountGrant, Department, ServiceToken, Staff

_ADMIN = Operation.ACCOUNTS_ADMIN


class AccountAdmin:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def add(
        self, actor: Actor, *, staff_no: str, roles: Iterable[Role], login: str | None = None
    ) -> tuple[AccountView, str]:
        """An account for a staff member, with a one-time password to be changed at the
        first sign-in. Returns the account and that password (shown once)."""
        chosen = frozenset(roles)
        if not chosen:
            raise ValidationError("roles", translate("Accounts", "역할을 하나 이상 골라 주세요."))
        name = _login(login)
        otp = passwords.one_time_password()
        hashed = passwords.hash_password(otp)
        now = self._clock()
        with self._db.write(actor, _ADMIN) as (session, _me):
            staff = staff_by_no(session, staff_no)
            _refuse_departed(staff)
            if session.scalars(select(Account.id).where(Account.staff_id == staff.id)).first():
                raise StateError(
                    translate(
                        "Accounts",
                        "{name}({employee_no}) 님은 이미 계정이 있습니다. 비밀번호를 "
                        "잊었다면 초기화해 주세요.",
                    ).format(name=staff.name, employee_no=staff.employee_no)
                )
            _refuse_taken(session, name, staff)
            account = Account(
                staff_id=staff.id, login=name, password_hash=hashed, roles=roles_text(chosen),
                active=True, must_change_password=True, failed_count=0, created_at=now,
            )
            session.add(account)
            session.flush()
            history(session, at=now, action="created", account_id=account.id,
                    role=roles_text(chosen), by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk, action="account.add",
                     account_id=account.id, change=AccountChange.CREATED, staff_id=staff.id)
            result = view(account, staff)
        return result, otp

    def reset(self, actor: Actor, staff_no: str) -> str:
        """A new one-time password (and the lock lifted); returns it, shown once."""
        otp = passwords.one_time_password()
        hashed = passwords.hash_password(otp)
        now = self._clock()
        with self._db.write(actor, _ADMIN) as (session, _me):
            account, staff = account_of(session, staff_no)
            account.password_hash = hashed
            account.must_change_password = True
            account.failed_count = 0
            account.locked_until = None
            history(session, at=now, action="reset", account_id=account.id, by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk, action="account.reset",
                     account_id=account.id, change=AccountChange.PASSWORD, staff_id=staff.id)
        return otp

    def disable(self, actor: Actor, staff_no: str, *, reason: str = "") -> None:
        now = self._clock()
        with self._db.write(actor, _ADMIN) as (session, _me):
            account, staff = account_of(session, staff_no)
            if not account.active:
                raise StateError(translate(
                    "Accounts",
                    "{name} 님의 계정은 이미 사용 중지되어 있습니다.",
                ).format(name=staff.name))
            if Role.ADMIN in roles_from_text(account.roles) and active_admins(session) <= 1:
                raise StateError(translate("Accounts", _LAST_ADMIN))
            account.active = False
            history(session, at=now, action="disabled", account_id=account.id,
                    reason=reason.strip(), by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk, action="account.disable",
                     account_id=account.id, change=AccountChange.DISABLED, staff_id=staff.id)

    def enable(self, actor: Actor, staff_no: str, *, reason: str = "") -> None:
        now = self._clock()
        with self._db.write(actor, _ADMIN) as (session, _me):
            account, staff = account_of(session, staff_no)
            if account.active:
                raise StateError(translate("Accounts", "{name} 님의 계정은 이미 사용 중입니다.").format(name=staff.name))
            _refuse_departed(staff)
            account.active = True
            history(session, at=now, action="enabled", account_id=account.id,
                    reason=reason.strip(), by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk, action="account.enable",
                     account_id=account.id, change=AccountChange.ENABLED, staff_id=staff.id)

    def unlock(self, actor: Actor, staff_no: str) -> None:
        now = self._clock()
        with self._db.write(actor, _ADMIN) as (session, _me):
            account, staff = account_of(session, staff_no)
            if account.failed_count == 0 and (
                account.locked_until is None or account.locked_until <= now
            ):
                raise StateError(translate("Accounts", "{name} 님의 계정은 잠겨 있지 않습니다.").format(name=staff.name))
            account.failed_count = 0
            account.locked_until = None
            history(session, at=now, action="unlocked", account_id=account.id, by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk, action="account.unlock",
                     account_id=account.id, change=AccountChange.UNLOCKED, staff_id=staff.id)

    def grant(self, actor: Actor, staff_no: str, role: Role, *, reason: str) -> None:
        self._change_role(actor, staff_no, role, reason, grant=True)

    def revoke(self, actor: Actor, staff_no: str, role: Role, *, reason: str) -> None:
        self._change_role(actor, staff_no, role, reason, grant=False)

    def _change_role(
        self, actor: Actor, staff_no: str, role: Role, reason: str, *, grant: bool
    ) -> None:
        reason = reason.strip()
        if not reason:
            raise ValidationError(
                "reason", translate(
                    "Accounts",
                    "권한을 주거나 거두는 사유를 적어 주세요 (3년 이상 보관됩니다).",
                )
            )
        now = self._clock()
        with self._db.write(actor, _ADMIN) as (session, _me):
            account, staff = account_of(session, staff_no)
            roles = roles_from_text(account.roles)
            title = role_title(role)
            if grant:
                _refuse_departed(staff)
                if role in roles:
                    raise StateError(translate(
                        "Accounts",
                        "{name} 님은 이미 {title} 권한이 있습니다.",
                    ).format(name=staff.name, title=title))
                roles = roles | {role}
            else:
                if role not in roles:
                    raise StateError(translate(
                        "Accounts",
                        "{name} 님에게는 {title} 권한이 없습니다.",
                    ).format(name=staff.name, title=title))
                if role is Role.ADMIN and account.active and active_admins(session) <= 1:
                    raise StateError(translate("Accounts", _LAST_ADMIN))
                roles = roles - {role}
            account.roles = roles_text(roles)
            action = "granted" if grant else "revoked"
            history(session, at=now, action=action, account_id=account.id, role=role.value,
                    reason=reason, by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk,
                     action=f"account.{'grant' if grant else 'revoke'}",
                     account_id=account.id,
                     change=AccountChange.GRANTED if grant else AccountChange.REVOKED,
                     staff_id=staff.id, detail={"role": role.value})

    # --- reads ------------------------------------------------------------------------

    def accounts(self, actor: Actor) -> list[AccountView]:
        with self._db.read_as(actor, _ADMIN) as session:
            rows = session.execute(
                select(Account, Staff, Department)
                .join(Staff, Staff.id == Account.staff_id)
                .join(Department, Department.id == Staff.department_id)
                .order_by(Staff.employee_no)
            ).all()
            return [view(a, s, d) for a, s, d in rows]

    def grant_history(self, actor: Actor, *, limit: int = 1000) -> list[GrantView]:
        """Newest first. The administrator and the privacy officer may read it."""
        with self._db.transaction() as session:
            permit(session, actor, None)
            roles = session_roles(session)
            if not (allows(roles, _ADMIN) or allows(roles, Operation.AUDIT_VIEW)):
                raise PermissionDenied(_ADMIN, refusal(_ADMIN))
            owner = aliased(Staff)
            by = aliased(Staff)
            rows = session.execute(
                select(AccountGrant, owner.employee_no, owner.name, by.name)
                .outerjoin(Account, Account.id == AccountGrant.account_id)
                .outerjoin(owner, owner.id == Account.staff_id)
                .outerjoin(by, by.id == AccountGrant.by_staff_id)
                .order_by(AccountGrant.id.desc())
                .limit(limit)
            ).all()
            return [
                GrantView(
                    id=g.id, at=to_seoul(g.at), action=g.action, staff_no=no or "",
                    name=name or "", role=g.role, reason=g.reason, by=by_name or "",
                    desk=g.desk, token_id=g.token_id,
                )
                for g, no, name, by_name in rows
            ]

    # --- service tokens -------------------------------------------------------------------

    def create_token(
        self, actor: Actor, *, purpose: str, roles: Iterable[Role], staff_no: str | None = None
    ) -> tuple[TokenView, str]:
        """A token for another system, acting with ``roles`` under the name of
        ``staff_no`` (default: the administrator creating it). Returns it and its secret,
        shown once."""
        purpose = purpose.strip()
        if not purpose:
            raise ValidationError("purpose", translate(
                "Accounts",
                "토큰의 용도를 적어 주세요 (예: 전화연동).",
            ))
        chosen = frozenset(roles)
        if not chosen:
            raise ValidationError("roles", translate(
                "Accounts",
                "토큰에 줄 역할을 하나 이상 골라 주세요.",
            ))
        if Role.ADMIN in chosen:
            raise ValidationError(
                "roles", translate(
                    "Accounts",
                    "토큰에는 관리자 권한을 줄 수 없습니다. 사람의 계정으로 관리해 주세요.",
                )
            )
        secret = passwords.token_secret()
        now = self._clock()
        with self._db.write(actor, _ADMIN) as (session, me):
            staff = staff_by_no(session, staff_no) if staff_no else me
            _refuse_departed(staff)
            token = ServiceToken(
                purpose=purpose, secret_hash=passwords.token_hash(secret),
                roles=roles_text(chosen), staff_id=staff.id, created_at=now,
                created_by_id=actor.staff_id,
            )
            session.add(token)
            session.flush()
            history(session, at=now, action="token_created", token_id=token.id,
                    role=roles_text(chosen), reason=purpose, by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk, action="account.token",
                     account_id=None, change=AccountChange.TOKEN, staff_id=None,
                     detail={"token_id": token.id})
            result = _token_view(token, staff.name, me.name)
        return result, secret

    def revoke_token(self, actor: Actor, token_id: int, *, reason: str = "") -> None:
        now = self._clock()
        with self._db.write(actor, _ADMIN) as (session, _me):
            token = session.get(ServiceToken, token_id, with_for_update=True)
            if token is None:
                raise NotFoundError(translate(
                    "Accounts",
                    "{token_id}번 토큰이 없습니다. 'account token list'로 확인해 주세요.",
                ).format(token_id=token_id))
            if token.revoked_at is not None:
                raise StateError(
                    translate(
                        "Accounts",
                        "{token_id}번 토큰은 {revoked_at:%Y-%m-%d %H:%M}에 이미 "
                        "폐기되었습니다.",
                    ).format(token_id=token_id, revoked_at=to_seoul(token.revoked_at))
                )
            token.revoked_at = now
            history(session, at=now, action="token_revoked", token_id=token.id,
                    reason=reason.strip(), by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk,
                     action="account.token_revoke", account_id=None,
                     change=AccountChange.TOKEN, staff_id=None, detail={"token_id": token.id})

    def tokens(self, actor: Actor) -> list[TokenView]:
        with self._db.read_as(actor, _ADMIN) as session:
            owner = aliased(Staff)
            by = aliased(Staff)
            rows = session.execute(
                select(ServiceToken, owner.name, by.name)
                .join(owner, owner.id == ServiceToken.staff_id)
                .join(by, by.id == ServiceToken.created_by_id)
                .order_by(ServiceToken.id)
            ).all()
            return [_token_view(t, o, b) for t, o, b in rows]


_LAST_ADMIN = QT_TRANSLATE_NOOP(
    "Accounts", "마지막 관리자 계정입니다. 다른 사람에게 관리자 권한을 먼저 준 뒤에 바꿔 주세요."
)


def _refuse_departed(staff: Staff) -> None:
    if not staff.active:
        raise StateError(
            translate(
                "Accounts",
                "{name}({employee_no}) 님은 비활성(퇴직) 직원입니다. 계정이나 권한을 줄 수 "
                "없습니다.",
            ).format(name=staff.name, employee_no=staff.employee_no)
        )


def _refuse_taken(session: Session, login: str | None, staff: Staff) -> None:
    if login is None:
        return
    if session.scalars(select(Account.id).where(Account.login == login)).first():
        raise ValidationError("login", translate(
            "Accounts",
            "계정 이름 '{login}'은(는) 이미 있습니다. 다른 이름을 지어 주세요.",
        ).format(login=login))
    other = session.scalars(
        select(Staff.id).where(Staff.employee_no.in_([login, login.upper()]), Staff.id != staff.id)
    ).first()
    if other:
        raise ValidationError("login", translate(
            "Accounts",
            "'{login}'은(는) 다른 직원의 사번입니다. 다른 이름을 지어 주세요.",
        ).format(login=login))


def _token_view(token: ServiceToken, staff_name: str, by: str) -> TokenView:
    return TokenView(
        id=token.id, purpose=token.purpose, roles=roles_from_text(token.roles),
        staff_id=token.staff_id, staff_name=staff_name, created_at=to_seoul(token.created_at),
        created_by=by, revoked_at=seoul(token.revoked_at), last_used_at=seoul(token.last_used_at),
    )

