"""Signing in: with a password (an account name or a 사번), with a service token, and
again to unlock the idle lock; changing one's own password; the first administrator.

Failed attempts are counted in the account row, so every desk and process shares the
count: after ``MAX_FAILURES`` in a row the account is locked for ``LOCK_MINUTES``. The
password is checked outside the transaction (hashing takes tens of milliseconds, and on
SQLite a write transaction holds every desk's writes); the outcome is then written with
the row locked and read again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import SignInRefused, StateError, ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.roles import Role, check_password, roles_from_text, roles_text
from minwon_desk.domain.timeutil import Clock, to_seoul
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.accounts import passwords
from minwon_desk.services.accounts.common import (
    announce,
    find_for_sign_in,
    history,
    seoul,
    view,
)
from minwon_desk.services.accounts.dto import AccountView, SignedIn
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import AccountChange
from minwon_desk.store.models import Account, Agency, Department, ServiceToken, Staff

MAX_FAILURES = 5
LOCK_MINUTES = 10
_WRONG = QT_TRANSLATE_NOOP("SignIn", "계정 또는 비밀번호가 맞지 않습니다.")


@dataclass(frozen=True, slots=True)
class _Outcome:
    signed_in: SignedIn | None = None
    refused: SignInRefused | None = None


def locked_message(until: datetime) -> str:
    return (
        translate(
            "SignIn",
            "비밀번호를 {max_failures}번 잘못 입력해 계정이 잠겼습니다. {until:%H:%M}부터 "
            "다시 로그인할 수 있습니다 (관리자는 바로 풀 수 있습니다).",
        ).format(max_failures=MAX_FAILURES, until=to_seoul(until))
    )


class SignInService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- the first administrator ------------------------------------------------------

    def needs_first_admin(self) -> bool:
        """No account yet: a new database, or one upgraded from before accounts. Nothing
        else can be done until the administrator is created."""
        with self._db.read() as session:
            return session.scalars(select(Account.id).limit(1)).first() is None

    def init_admin(self, *, name: str, login: str | None = None, password: str) -> AccountView:
        """The first administrator. ``name`` is a staff member's name or 사번 on the roster;
        when nobody is (a new database), a staff entry is made for the name, in a unit
        "시스템 관리" when the roster has no unit yet. Refused once any account exists."""
        name = name.strip()
        if not name:
            raise ValidationError("name", translate("SignIn", "관리자의 이름을 입력해 주세요."))
        check_password(password)
        login_name = _login(login)
        hashed = passwords.hash_password(password)
        now = self._clock()
        with self._db.transaction() as session:
            if session.scalars(select(Account.id).limit(1)).first() is not None:
                raise StateError(
                    translate(
                        "SignIn",
                        "이미 관리자 계정이 있습니다. 계정은 관리자가 로그인해 만들어 주세요.",
                    )
                )
            staff = _staff_for_admin(session, name)
            account = Account(
                staff_id=staff.id, login=login_name, password_hash=hashed,
                roles=roles_text([Role.ADMIN]), active=True, must_change_password=False,
                failed_count=0, created_at=now, password_changed_at=now,
            )
            session.add(account)
            session.flush()
            history(session, at=now, action="created", account_id=account.id,
                    role=Role.ADMIN.value, reason="첫 관리자", by=None, desk="")
            announce(session, at=now, actor=None, desk="", action="account.init",
                     account_id=account.id, change=AccountChange.CREATED, staff_id=staff.id)
            return view(account, staff)

    # --- signing in ---------------------------------------------------------------------

    def sign_in(self, login: str, password: str, *, desk: str) -> SignedIn:
        """Raises SignInRefused (with ``locked_until`` when locked)."""
        if not login.strip():
            raise SignInRefused(translate("SignIn", "사번 또는 계정 이름을 입력해 주세요."))
        if not password:
            raise SignInRefused(translate("SignIn", "비밀번호를 입력해 주세요."))
        with self._db.read() as session:
            found = find_for_sign_in(session, login)
            if found is None:
                raise SignInRefused(translate("SignIn", _WRONG))
            account, staff = found
            _refuse_standing(account, staff, self._clock())
            stored, account_id = account.password_hash, account.id
        ok = passwords.verify_password(stored, password)
        outcome = self._record(account_id, ok, password, desk)
        if outcome.refused is not None:
            raise outcome.refused
        assert outcome.signed_in is not None
        return outcome.signed_in

    def verify(self, actor: Actor, password: str) -> None:
        """The person signed in at this desk proves it again (the idle lock). A failure
        counts toward the lock as a sign-in's does."""
        if actor.account_id is None:
            raise SignInRefused(translate(
                "SignIn",
                "토큰으로 들어온 작업은 비밀번호로 잠금을 풀 수 없습니다.",
            ))
        if not password:
            raise SignInRefused(translate("SignIn", "비밀번호를 입력해 주세요."))
        with self._db.read() as session:
            account = session.get(Account, actor.account_id)
            staff = session.get(Staff, actor.staff_id)
            if account is None or staff is None or account.staff_id != staff.id:
                raise SignInRefused(translate(
                    "SignIn",
                    "계정을 찾을 수 없습니다. 다시 로그인해 주세요.",
                ))
            _refuse_standing(account, staff, self._clock())
            stored = account.password_hash
        ok = passwords.verify_password(stored, password)
        outcome = self._record(actor.account_id, ok, password, actor.desk, unlock=True)
        if outcome.refused is not None:
            raise outcome.refused

    def sign_in_token(self, secret: str, *, desk: str) -> SignedIn:
        if not secret.strip():
            raise SignInRefused(translate("SignIn", "토큰이 비어 있습니다."))
        digest = passwords.token_hash(secret.strip())
        now = self._clock()
        with self._db.transaction() as session:
            row = session.execute(
                select(ServiceToken, Staff)
                .join(Staff, Staff.id == ServiceToken.staff_id)
                .where(ServiceToken.secret_hash == digest)
            ).first()
            if row is None:
                raise SignInRefused(translate(
                    "SignIn",
                    "토큰이 맞지 않습니다. 관리자에게 받은 토큰을 확인해 주세요.",
                ))
            token, staff = row[0], row[1]
            if token.revoked_at is not None:
                raise SignInRefused(
                    translate(
                        "SignIn",
                        "폐기된 토큰입니다({revoked_at:%Y-%m-%d %H:%M} 폐기). 관리자에게 새 "
                        "토큰을 받아 주세요.",
                    ).format(revoked_at=to_seoul(token.revoked_at))
                )
            if not staff.active:
                raise SignInRefused(
                    translate(
                        "SignIn",
                        "토큰의 기록 명의인 {name} 님이 비활성 직원입니다. 관리자에게 문의해 "
                        "주세요.",
                    ).format(name=staff.name)
                )
            token.last_used_at = now
            roles = roles_from_text(token.roles)
            actor = Actor(staff.id, staff.name, desk, roles=roles, token_id=token.id)
            account = AccountView(
                id=0, login=translate("SignIn", "토큰 {id} ({purpose})").format(id=token.id, purpose=token.purpose), staff_id=staff.id,
                staff_no=staff.employee_no, name=staff.name, department=staff.department.name,
                roles=roles, active=True, locked_until=None, must_change_password=False,
                last_sign_in_at=seoul(now),
            )
        return SignedIn(actor, account, False)

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        """The owner changes their password (the one-time password at first sign-in too).
        The old one is checked like a sign-in (a failure counts)."""
        if actor.account_id is None:
            raise StateError(translate("SignIn", "토큰에는 비밀번호가 없습니다."))
        self.verify(actor, old)
        check_password(new)
        if new == old:
            raise ValidationError("password", translate(
                "SignIn",
                "지금과 다른 비밀번호를 정해 주세요.",
            ))
        hashed = passwords.hash_password(new)
        now = self._clock()
        with self._db.write(actor) as (session, _staff):
            account = session.get(Account, actor.account_id, with_for_update=True)
            assert account is not None
            account.password_hash = hashed
            account.must_change_password = False
            account.password_changed_at = now
            history(session, at=now, action="password", account_id=account.id, by=actor)
            announce(session, at=now, actor=actor, desk=actor.desk,
                     action="account.password", account_id=account.id,
                     change=AccountChange.PASSWORD, staff_id=actor.staff_id)

    # --- the outcome, written -------------------------------------------------------------

    def _record(
        self, account_id: int, ok: bool, password: str, desk: str, *, unlock: bool = False
    ) -> _Outcome:
        now = self._clock()
        with self._db.transaction() as session:
            account = session.get(Account, account_id, with_for_update=True, populate_existing=True)
            staff = session.get(Staff, account.staff_id) if account else None
            if account is None or staff is None:
                return _Outcome(refused=SignInRefused(translate("SignIn", _WRONG)))
            if account.locked_until is not None and account.locked_until > now:
                # Another desk's failures locked it while this password was being checked.
                return _Outcome(refused=SignInRefused(
                    locked_message(account.locked_until), seoul(account.locked_until)))
            actor = Actor(staff.id, staff.name, desk, account_id=account.id,
                          roles=roles_from_text(account.roles))
            action = "account.unlock_screen" if unlock else "account.sign_in"
            if not ok:
                account.failed_count += 1
                if account.failed_count >= MAX_FAILURES:
                    account.failed_count = 0
                    account.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    history(session, at=now, action="locked", account_id=account.id,
                            reason=f"비밀번호 {MAX_FAILURES}회 오류", by=None, desk=desk)
                    announce(session, at=now, actor=actor, desk=desk,
                             action="account.locked", account_id=account.id,
                             change=AccountChange.LOCKED, staff_id=staff.id)
                    return _Outcome(refused=SignInRefused(
                        locked_message(account.locked_until), seoul(account.locked_until)))
                left = MAX_FAILURES - account.failed_count
                audit.record(session, at=now, actor=actor, desk=desk, action=action + "_failed",
                             entity="account", entity_id=account.id,
                             detail={"failed_count": account.failed_count})
                return _Outcome(refused=SignInRefused(
                    translate(
                        "SignIn",
                        "{wrong} {left}번 더 틀리면 {lock_minutes}분 동안 잠깁니다.",
                    ).format(wrong=translate("SignIn", _WRONG), left=left, lock_minutes=LOCK_MINUTES)))
            account.failed_count = 0
            account.locked_until = None
            if not unlock:
                account.last_sign_in_at = now
            if passwords.needs_rehash(account.password_hash):
                account.password_hash = passwords.hash_password(password)
            audit.record(session, at=now, actor=actor, desk=desk, action=action,
                         entity="account", entity_id=account.id, detail={})
            signed = SignedIn(actor, view(account, staff), account.must_change_password)
        return _Outcome(signed_in=signed)


def _refuse_standing(account: Account, staff: Staff, now: datetime) -> None:
    if not account.active:
        raise SignInRefused(translate(
            "SignIn",
            "사용이 중지된 계정입니다. 관리자에게 문의해 주세요.",
        ))
    if not staff.active:
        raise SignInRefused(
            translate(
                "SignIn",
                "{name} 님은 비활성(퇴직) 직원으로 등록되어 있어 로그인할 수 없습니다.",
            ).format(name=staff.name)
        )
    if account.locked_until is not None and account.locked_until > now:
        raise SignInRefused(locked_message(account.locked_until), seoul(account.locked_until))


def _login(login: str | None) -> str | None:
    """An account name as stored: lower case, letters, digits, '.', '_' and '-'."""
    if login is None or not login.strip():
        return None
    name = login.strip().lower()
    if len(name) > 64 or not all(ch.isalnum() or ch in "._-" for ch in name):
        raise ValidationError(
            "login", translate(
                "SignIn",
                "계정 이름은 64자 이내의 영문자, 숫자와 . _ - 로 지어 주세요.",
            )
        )
    return name


def _staff_for_admin(session: Session, name: str) -> Staff:
    by_no = session.scalars(select(Staff).where(Staff.employee_no == name)).first()
    if by_no is not None:
        if not by_no.active:
            raise ValidationError("name", translate(
                "SignIn",
                "{name} 님은 비활성(퇴직) 직원입니다.",
            ).format(name=by_no.name))
        return by_no
    same = session.scalars(
        select(Staff).where(Staff.name == name, Staff.active.is_(True))
    ).all()
    if len(same) > 1:
        raise ValidationError(
            "name", translate(
                "SignIn",
                "이름이 {name}인 직원이 {count}명입니다. 이름 대신 사번을 적어 주세요.",
            ).format(name=name, count=len(same))
        )
    if same:
        return same[0]
    dept = session.scalars(
        select(Department).where(Department.parent_id.is_(None)).order_by(
            Department.sort_order, Department.id)
    ).first()
    if dept is None:
        agency = session.scalars(select(Agency).limit(1)).first()
        if agency is None:
            agency = Agency(code="AGENCY", name="기관")
            session.add(agency)
            session.flush()
        dept = Department(agency_id=agency.id, parent_id=None, name="시스템 관리", kind="팀",
                          sort_order=0)
        session.add(dept)
        session.flush()
    number, n = "ADMIN", 1
    while session.scalars(select(Staff.id).where(Staff.employee_no == number)).first():
        n += 1
        number = f"ADMIN{n}"
    staff = Staff(employee_no=number, name=name, position="관리자", department_id=dept.id,
                  extension="", email="", duties="", active=True)
    session.add(staff)
    session.flush()
    return staff
