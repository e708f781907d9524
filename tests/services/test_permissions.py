"""Every cell of the role × operation table, at the service level, on every database: a
person holding one role either does the thing, or is refused with PermissionDenied and
nothing is written. The expected cells are the issue's role list, written out here (not
read back from the table under test)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, update

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.compensation import CorrectiveKind
from minwon_desk.domain.errors import PermissionDenied
from minwon_desk.domain.roles import PERMISSIONS, Operation, Role, roles_text
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest
from minwon_desk.services.supervision.corrective import CorrectiveRequest
from minwon_desk.store.models import Account, AuditEntry, Staff
from tests.support.seed import SmallAgency, actor_for
from tests.support.voucher_rows import VoucherRow, add_vouchers

# The roles by initial, as the issue names them.
R, O, H, S, P, A = "안내", "담당자", "부서장", "감독", "개인정보", "관리자"  # noqa: E741

# Who may do what, as the issue lists it.
EXPECTED: dict[str, set[str]] = {
    "check_in": {R},  # 안내: check-in
    "greet": {R, O, H},  # greeting at the counter: the desk and the officers
    "correct_checkout": {H, S},  # a visit left as 퇴실 미기록, corrected afterwards
    "take_memo": {R, O, H},  # 안내: phone memos; officers take their own calls too
    "close_own_memo": {R, O, H},  # 안내: their own memos; 담당자: their own memos
    "reassign_departed": {H, A},  # 부서장: reassigning; 관리자: the roster (departures)
    "register_case": {R, O, H},  # 안내: case registration and receipts
    "work_own_case": {O, H},  # 담당자: progress, pause, extension, interim, answer
    "reassign_case": {H},  # 부서장: reassigning within the department
    "roster": {A},
    "absences": {H, A},
    "offices": {A},
    "calendar": {A},
    "budget": {S},  # 감독: compensation decisions
    "print_voucher": {S},  # 감독: vouchers and their printing
    "corrective": {S},  # 감독: corrective actions
    "corrective_read": {S, P},  # 개인정보: read-only everywhere
    "compensation_read": {S, P},  # the events awaiting a decision name visitors
    "survey_admin": {S},  # 감독: the survey
    "survey_entry": {R, S},  # the paper forms are typed in at the desk
    "accounts": {A},  # 관리자: accounts and roles
    "account_list": {A},
    "audit_read": {P},  # 개인정보: the audit and access logs
    "audit_verify": {P},  # 개인정보: the logs' tamper check
}


@dataclass(frozen=True)
class Cell:
    setup: Callable[[Backend, SmallAgency, Actor, Actor], Any]
    act: Callable[[Backend, Actor, Any], Any]


def _nothing(*_: Any) -> None:
    return None


def _memo_for(backend: Backend, agency: SmallAgency, op: Actor, me: Actor) -> int:
    return backend.memos.take(op, MemoRequest("홍길동", "010-1234-5678", "문의",
                                              asked_for_id=me.staff_id)).id


def _case_for(backend: Backend, agency: SmallAgency, op: Actor, me: Actor) -> int:
    return backend.cases.open(op, CaseRequest("질의-법령", "방문", "문의",
                                              officer_id=me.staff_id)).id


def _departed_holder(backend: Backend, agency: SmallAgency, op: Actor, me: Actor) -> None:
    other = agency.officers[1]
    backend.memos.take(op, MemoRequest("홍길동", "010-1234-5678", "문의", asked_for_id=other.id))
    with backend.db.transaction() as session:  # left, without the roster's own follow-up
        session.execute(update(Staff).where(Staff.id == other.id).values(active=False))


def _survey_item(backend: Backend, agency: SmallAgency, op: Actor, me: Actor) -> int:
    return backend.survey.add_item(op, 2026, "직원이 친절했습니까?").id


CELLS: dict[str, Cell] = {
    "check_in": Cell(_nothing, lambda b, a, _: b.visits.check_in(a, CheckInRequest("홍길동"))),
    "greet": Cell(
        lambda b, ag, op, me: b.visits.check_in(op, CheckInRequest("홍길동")).id,
        lambda b, a, visit: b.visits.greet(a, visit),
    ),
    "correct_checkout": Cell(
        lambda b, ag, op, me: b.visits.check_in(op, CheckInRequest(
            "홍길동", at=datetime(2026, 7, 1, 15, tzinfo=SEOUL))).id,
        lambda b, a, visit: b.visits.correct_checkout(
            a, visit, datetime(2026, 7, 1, 16, tzinfo=SEOUL)),
    ),
    "take_memo": Cell(_nothing, lambda b, a, _: b.memos.take(
        a, MemoRequest("홍길동", "010-1234-5678", "문의"))),
    "close_own_memo": Cell(_memo_for, lambda b, a, memo: b.memos.close(a, memo, "취소함")),
    "reassign_departed": Cell(_departed_holder, lambda b, a, _: b.memos.reassign_departed(a)),
    "register_case": Cell(_nothing, lambda b, a, _: b.cases.open(
        a, CaseRequest("질의-법령", "방문", "문의"))),
    "work_own_case": Cell(_case_for, lambda b, a, case: b.cases.add_note(a, case, "검토 중")),
    "reassign_case": Cell(
        _case_for, lambda b, a, case: b.cases.assign(a, case, _same_unit(b, a))),
    "roster": Cell(_nothing, lambda b, a, _: b.roster.set_default_deputy(
        a, a.staff_id, _same_unit(b, a))),
    "absences": Cell(_nothing, lambda b, a, _: b.absences.add(
        a, staff_id=a.staff_id, kind=AbsenceKind.TRIP,
        starts_at=datetime(2026, 7, 6, 9, tzinfo=SEOUL),
        ends_at=datetime(2026, 7, 6, 18, tzinfo=SEOUL))),
    "offices": Cell(_nothing, lambda b, a, _: b.offices.add_office(a, name="본관 3층")),
    "calendar": Cell(_nothing, lambda b, a, _: b.calendar.add_holiday(
        a, date(2026, 10, 2), "임시공휴일")),
    "budget": Cell(_nothing, lambda b, a, _: b.compensation.set_budget(a, 2026, 100_000)),
    "print_voucher": Cell(
        lambda b, ag, op, me: add_vouchers(b, op, [VoucherRow(1, datetime(2026, 7, 1, 10, tzinfo=SEOUL))])[0],
        lambda b, a, voucher: b.voucher_print.render(a, voucher),
    ),
    "corrective": Cell(_nothing, lambda b, a, _: b.corrective.record(a, CorrectiveRequest(
        staff_id=_same_unit(b, a), kind=CorrectiveKind.CAUTION, detail="불친절 응대",
        follow_up_officer_id=a.staff_id))),
    "corrective_read": Cell(_nothing, lambda b, a, _: b.corrective.actions(a)),
    "compensation_read": Cell(_nothing, lambda b, a, _: b.compensation.candidates(a)),
    "survey_admin": Cell(_nothing, lambda b, a, _: b.survey.add_item(a, 2026, "문항")),
    "survey_entry": Cell(_survey_item, lambda b, a, item: b.survey.record_response(
        a, 2026, {item: 5})),
    "accounts": Cell(_nothing, lambda b, a, _: b.accounts.grant(
        a, "T0003", Role.RECEPTION, reason="창구 지원")),
    "account_list": Cell(_nothing, lambda b, a, _: b.accounts.accounts(a)),
    "audit_read": Cell(_nothing, lambda b, a, _: b.audit.recent(a)),
    "audit_verify": Cell(_nothing, lambda b, a, _: b.chains.verify(a)),
}


def _same_unit(backend: Backend, actor: Actor) -> int:
    """김민준's colleague in 혁신행정담당관: 최유진 (T0005)."""
    return backend.staff.by_employee_no("T0005").id


def _writes(backend: Backend) -> int:
    with backend.db.read() as session:
        return session.scalar(select(func.count(AuditEntry.id))) or 0


def _holding(backend: Backend, staff_id: int, role: str) -> Actor:
    with backend.db.transaction() as session:
        session.execute(update(Account).where(Account.staff_id == staff_id)
                        .values(roles=roles_text([Role(role)])))
    return actor_for(backend, backend.staff.get(staff_id))


def test_the_table_names_every_cell_the_services_enforce() -> None:
    assert set(CELLS) == set(EXPECTED)


@pytest.mark.parametrize("role", [r.value for r in Role])
@pytest.mark.parametrize("cell", sorted(EXPECTED))
def test_each_role_does_what_it_may_and_nothing_else(
    db_backend: Backend, db_agency: SmallAgency, cell: str, role: str
) -> None:
    operator = actor_for(db_backend, db_agency.operator)  # every role: sets the scene
    me = db_agency.officers[0]  # 김민준, 혁신행정담당관
    scene = CELLS[cell].setup(db_backend, db_agency, operator, actor_for(db_backend, me))
    actor = _holding(db_backend, me.id, role)
    before = _writes(db_backend)
    if role in EXPECTED[cell]:
        CELLS[cell].act(db_backend, actor, scene)
    else:
        with pytest.raises(PermissionDenied) as refused:
            CELLS[cell].act(db_backend, actor, scene)
        assert "권한이 필요합니다" in refused.value.message
        assert _writes(db_backend) == before


def test_a_revoked_role_counts_at_once_though_the_actor_still_carries_it(
    backend: Backend, agency: SmallAgency
) -> None:
    actor = actor_for(backend, agency.operator)
    assert Role.RECEPTION in actor.roles
    admin = actor
    backend.accounts.revoke(admin, agency.operator.employee_no, Role.RECEPTION, reason="보직 변경")
    with pytest.raises(PermissionDenied):
        backend.visits.check_in(actor, CheckInRequest("홍길동"))
    assert backend.visits.list_waiting() == []


def test_a_forged_actor_without_an_account_is_refused(backend: Backend, agency: SmallAgency) -> None:
    forged = Actor(agency.operator.id, agency.operator.name, backend.desk,
                   roles=frozenset(Role))  # roles claimed, no account signed in
    with pytest.raises(PermissionDenied, match="로그인한 계정"):
        backend.memos.take(forged, MemoRequest("홍길동", "010-1234-5678", "문의"))
    other = Actor(agency.operator.id, agency.operator.name, backend.desk,
                  account_id=actor_for(backend, agency.officers[0]).account_id)
    with pytest.raises(PermissionDenied):  # someone else's account: no roles of its own
        backend.visits.check_in(other, CheckInRequest("홍길동"))


# --- scope -------------------------------------------------------------------------------


def test_an_officer_works_their_own_case_not_a_colleagues(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    operator = actor_for(db_backend, db_agency.operator)
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    case = db_backend.cases.open(operator, CaseRequest("질의-법령", "방문", "문의", officer_id=kim.id))
    lee_actor = actor_for(db_backend, lee)
    before = _writes(db_backend)
    with pytest.raises(PermissionDenied, match="다른 직원이 맡은 민원"):
        db_backend.cases.answer(lee_actor, case.id, "회신합니다.")
    assert _writes(db_backend) == before
    db_backend.cases.answer(actor_for(db_backend, kim), case.id, "회신합니다.")


def test_a_deputy_works_the_case_of_the_officer_away(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    operator = actor_for(db_backend, db_agency.operator)
    kim, choi = db_agency.officers[0], db_agency.officers[3]
    case = db_backend.cases.open(operator, CaseRequest("질의-법령", "방문", "문의", officer_id=kim.id))
    db_backend.absences.add(operator, staff_id=kim.id, kind=AbsenceKind.LEAVE,
                            starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL),
                            ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL), deputy_id=choi.id)
    db_backend.cases.add_note(actor_for(db_backend, choi), case.id, "대신 검토함")


def test_a_head_acts_in_their_department_not_in_another(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    operator = actor_for(db_backend, db_agency.operator)
    kim, lee, park, choi = db_agency.officers  # 혁신, 창업, 창업, 혁신
    in_mine = db_backend.cases.open(operator, CaseRequest("질의-법령", "방문", "a", officer_id=choi.id))
    elsewhere = db_backend.cases.open(operator, CaseRequest("질의-법령", "방문", "b", officer_id=lee.id))
    head = _holding(db_backend, kim.id, H)
    db_backend.cases.add_note(head, in_mine.id, "부서장 확인")
    db_backend.cases.assign(head, in_mine.id, kim.id)
    before = _writes(db_backend)
    with pytest.raises(PermissionDenied):
        db_backend.cases.add_note(head, elsewhere.id, "남의 부서")
    with pytest.raises(PermissionDenied, match="소속 부서"):
        db_backend.cases.assign(head, elsewhere.id, kim.id)
    with pytest.raises(PermissionDenied, match="소속 부서"):
        db_backend.cases.assign(head, in_mine.id, park.id)  # out of the department
    assert _writes(db_backend) == before


def test_an_officer_closes_their_own_memo_not_a_colleagues(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    operator = actor_for(db_backend, db_agency.operator)
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    memo = db_backend.memos.take(operator, MemoRequest("홍길동", "010-1234-5678", "문의",
                                                       asked_for_id=kim.id))
    with pytest.raises(PermissionDenied, match="다른 직원이 맡은 메모"):
        db_backend.memos.close(actor_for(db_backend, lee), memo.id, "취소")
    assert db_backend.memos.get(memo.id).state == "open"


def test_the_matrix_of_the_table_is_the_issues_for_what_only_screens_guard() -> None:
    """Reads the command line and the screens guard (the services hand these out to
    whoever was let in), checked on the table itself."""
    expected = {
        Operation.RECORDS_READ: {R, O, H, S, P},
        Operation.DIRECTORY_VIEW: {R, O, H, S, P, A},
        Operation.DEADLINE_CALC: {R, O, H, S, P, A},
        Operation.REPORTS: {H, S, P},
        Operation.INSPECTION: {S, P},
        Operation.CHARTER: {A},
        Operation.SETTINGS: {A},
    }
    for op, roles in expected.items():
        assert {r.value for r in PERMISSIONS[op]} == roles, op
