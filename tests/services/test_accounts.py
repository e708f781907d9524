"""Accounts through the services: the first administrator, signing in and the lock, the
idle lock's unlock, one-time passwords, tokens, and each refusal changing nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.errors import (
    PermissionDenied,
    SignInRefused,
    StateError,
    ValidationError,
)
from minwon_desk.domain.roles import Operation, Role, check_password, refusal
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import MemoRequest
from minwon_desk.services.events import AccountChange, AccountChanged
from minwon_desk.store.models import AccountGrant
from tests.conftest import FakeClock
from tests.support.seed import SEED_PASSWORD, SmallAgency, actor_for


def _grants(backend: Backend) -> int:
    with backend.db.read() as session:
        return session.scalar(select(func.count(AccountGrant.id))) or 0


@pytest.mark.parametrize(
    ("password", "says"),
    [
        ("", "입력해 주세요"),
        ("abc123", "6자로 짧습니다"),
        ("abcdefgh", "한 종류의 문자만"),
        ("12345678", "한 종류의 문자만"),
        (" abc12345", "공백"),
    ],
)
def test_the_password_rule_says_which_part_fails(password: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        check_password(password)


@pytest.mark.parametrize("password", ["abcd1234", "가나다라1234", "abcdefghij", "안녕하세요반갑습니다"])
def test_the_password_rule_lets_good_ones_through(password: str) -> None:
    check_password(password)


def test_a_refusal_names_the_role_needed() -> None:
    assert refusal(Operation.COMPENSATION_DECIDE) == "'보상 결정'을 하려면 감독 권한이 필요합니다."


def test_a_new_database_needs_its_first_administrator(
    db_url: str, fake_clock: FakeClock, mss_charter: object
) -> None:
    backend = Backend.open(db_url, charter=mss_charter, desk="1층", clock=fake_clock)  # type: ignore[arg-type]
    try:
        assert backend.accounts.needs_first_admin()
        with pytest.raises(ValidationError, match="8자"):
            backend.accounts.init_admin(name="홍길동", password="short")
        assert backend.accounts.needs_first_admin()
        view = backend.accounts.init_admin(name="홍길동", login="Admin", password="admin-pass-1")
        assert (view.login, view.staff_no, view.roles, view.must_change_password) == (
            "admin", "ADMIN", frozenset({Role.ADMIN}), False)
        with pytest.raises(StateError, match="이미 관리자"):
            backend.accounts.init_admin(name="김철수", password="admin-pass-2")
        signed = backend.accounts.sign_in("ADMIN", "admin-pass-1", desk="1층")
        assert signed.actor.roles == frozenset({Role.ADMIN})
        # The administrator alone reads no citizen records.
        with pytest.raises(PermissionDenied):
            backend.audit.recent(signed.actor)
    finally:
        backend.close()


def test_five_failures_lock_for_ten_minutes_then_it_opens(
    db_backend: Backend, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    accounts = db_backend.accounts
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInRefused, match=f"{left}번 더"):
            accounts.sign_in("T0002", "wrong-pass-1", desk="1층")
    with pytest.raises(SignInRefused, match="잠겼습니다") as locked:
        accounts.sign_in("T0002", "wrong-pass-1", desk="1층")
    assert locked.value.locked_until is not None
    assert locked.value.locked_until - fake_clock() == timedelta(minutes=10)
    with pytest.raises(SignInRefused, match="10:10부터"):
        accounts.sign_in("T0002", SEED_PASSWORD, desk="1층")  # right, but locked
    fake_clock.advance(minutes=10)
    assert accounts.sign_in("T0002", SEED_PASSWORD, desk="1층").actor.staff_id == db_agency.officers[0].id


def test_an_administrator_unlocks_at_once(db_backend: Backend, db_agency: SmallAgency) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused):
            db_backend.accounts.sign_in("T0002", "wrong-pass-1", desk="1층")
    admin = actor_for(db_backend, db_agency.operator)
    db_backend.accounts.unlock(admin, "T0002")
    db_backend.accounts.sign_in("T0002", SEED_PASSWORD, desk="1층")


def test_the_idle_lock_opens_with_the_same_password_and_failures_count(
    backend: Backend, agency: SmallAgency
) -> None:
    signed = backend.accounts.sign_in("T0002", SEED_PASSWORD, desk="1층")
    backend.accounts.verify(signed.actor, SEED_PASSWORD)
    with pytest.raises(SignInRefused, match="4번 더"):
        backend.accounts.verify(signed.actor, "not-it-123")
    with pytest.raises(SignInRefused, match="입력해"):
        backend.accounts.verify(signed.actor, "")


def test_a_disabled_account_cannot_sign_in_nor_act(backend: Backend, agency: SmallAgency) -> None:
    admin = actor_for(backend, agency.operator)
    officer = actor_for(backend, agency.officers[0])
    backend.accounts.disable(admin, "T0002", reason="휴직")
    with pytest.raises(SignInRefused, match="사용이 중지된 계정"):
        backend.accounts.sign_in("T0002", SEED_PASSWORD, desk="1층")
    with pytest.raises(PermissionDenied):  # already signed in elsewhere: refused at once
        backend.memos.take(officer, MemoRequest("홍길동", "010-1234-5678", "문의"))
    backend.accounts.enable(admin, "T0002", reason="복직")
    backend.accounts.sign_in("T0002", SEED_PASSWORD, desk="1층")


def test_a_one_time_password_must_be_changed_before_anything_else(
    backend: Backend, agency: SmallAgency
) -> None:
    admin = actor_for(backend, agency.operator)
    otp = backend.accounts.reset(admin, "T0003")
    signed = backend.accounts.sign_in("T0003", otp, desk="1층")
    assert signed.must_change_password
    with pytest.raises(PermissionDenied):
        backend.cases.add_note(signed.actor, 1, "x")
    with pytest.raises(ValidationError):
        backend.accounts.change_password(signed.actor, otp, otp)
    backend.accounts.change_password(signed.actor, otp, "이서연의비밀번호1")
    again = backend.accounts.sign_in("T0003", "이서연의비밀번호1", desk="1층")
    assert not again.must_change_password


def test_refusals_change_nothing(backend: Backend, agency: SmallAgency) -> None:
    admin = actor_for(backend, agency.operator)
    before = _grants(backend)
    with pytest.raises(StateError, match="비활성"):
        backend.accounts.grant(admin, "T0006", Role.RECEPTION, reason="x")
    with pytest.raises(ValidationError, match="사유"):
        backend.accounts.grant(admin, "T0002", Role.HEAD, reason=" ")
    with pytest.raises(StateError, match="마지막 관리자"):
        backend.accounts.revoke(admin, "T0001", Role.ADMIN, reason="교체")
    with pytest.raises(StateError, match="마지막 관리자"):
        backend.accounts.disable(admin, "T0001")
    with pytest.raises(StateError, match="이미 계정"):
        backend.accounts.add(admin, staff_no="T0002", roles=[Role.OFFICER])
    with pytest.raises(PermissionDenied, match="관리자 권한"):
        backend.accounts.grant(actor_for(backend, agency.officers[0]), "T0002", Role.HEAD,
                               reason="셀프")
    assert _grants(backend) == before


def test_a_token_stops_working_when_revoked(backend: Backend, agency: SmallAgency) -> None:
    admin = actor_for(backend, agency.operator)
    view, secret = backend.accounts.create_token(admin, purpose="전화연동", roles=[Role.RECEPTION])
    assert secret.startswith("mwt_") and len(secret) > 40
    signed = backend.accounts.sign_in_token(secret, desk="전화")
    assert signed.actor.roles == frozenset({Role.RECEPTION}) and signed.actor.token_id == view.id
    with pytest.raises(ValidationError, match="관리자 권한"):
        backend.accounts.create_token(admin, purpose="x", roles=[Role.ADMIN])
    backend.accounts.revoke_token(admin, view.id)
    with pytest.raises(SignInRefused, match="폐기된 토큰"):
        backend.accounts.sign_in_token(secret, desk="전화")
    with pytest.raises(PermissionDenied):  # an actor made before the revocation
        from minwon_desk.services.dto import CheckInRequest

        backend.visits.check_in(signed.actor, CheckInRequest("홍길동"))
    with pytest.raises(StateError, match="이미 폐기"):
        backend.accounts.revoke_token(admin, view.id)


def test_account_changes_are_announced(backend: Backend, agency: SmallAgency) -> None:
    heard: list[AccountChanged] = []
    backend.events.subscribe(AccountChanged, heard.append)
    admin = actor_for(backend, agency.operator)
    backend.accounts.grant(admin, "T0002", Role.HEAD, reason="승진")
    assert [(e.change, e.staff_id) for e in heard] == [
        (AccountChange.GRANTED, agency.officers[0].id)]


def test_a_demo_built_before_accounts_gets_them_and_signs_in(
    sqlite_url: str, mss_charter: object
) -> None:
    from sqlalchemy import delete

    from minwon_desk.services.demo.accounts import DEMO_PASSWORD
    from minwon_desk.services.demo.agency import ensure_demo
    from minwon_desk.store.models import Account

    backend = Backend.open(sqlite_url, charter=mss_charter, desk="1층")  # type: ignore[arg-type]
    try:
        ensure_demo(backend)
        with backend.db.transaction() as session:  # as an older version left it
            session.execute(delete(AccountGrant))
            session.execute(delete(Account))
        assert backend.accounts.needs_first_admin()
        assert not ensure_demo(backend)
        signed = backend.accounts.sign_in("reception", DEMO_PASSWORD, desk="1층")
        assert signed.actor.roles == frozenset({Role.RECEPTION})
        assert backend.accounts.sign_in("admin", DEMO_PASSWORD, desk="1층").actor.roles == frozenset(
            {Role.ADMIN})
    finally:
        backend.close()
