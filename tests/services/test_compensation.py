"""Compensation as a supervisor meets it: the candidates each charter rule finds in a
constructed history, approving (one voucher per event, however many desks click),
rejecting with a reason, voiding without reuse of the serial, and the budget."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import func, select, update

from minwon_desk.domain.charter import Charter, load_charter
from minwon_desk.domain.compensation import (
    BudgetExceeded,
    CompensationKind,
    Decision,
    EventKey,
)
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.services.events import CompensationChanged
from minwon_desk.store.models import AuditEntry, CompensationDecision, Visit, Voucher
from tests.conftest import FakeClock, open_seeded
from tests.support.seed import SmallAgency, actor_for, auditor, small_agency

pytestmark = pytest.mark.pg

REPEAT = CompensationKind.REPEAT_VISIT
LATE = CompensationKind.DEADLINE_WITHOUT_NOTICE
RUDE = CompensationKind.DISCOURTESY
BRIBE = CompensationKind.BRIBERY_REPORT


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


def _case(officer_id: int, case_type: str = "고충", **kwargs: str) -> CaseRequest:
    fields = {
        "case_type": case_type, "channel": "방문", "subject": "지원금 지급 지연",
        "content": "지급 예정일이 지났습니다.", "petitioner_name": "홍길동",
        "petitioner_contact": "010-1234-5678", "officer_id": officer_id, **kwargs,
    }
    return CaseRequest(**fields)  # type: ignore[arg-type]


def _repeat_visit(backend: Backend, actor: Actor, officer_id: int, clock: FakeClock) -> int:
    """A visitor turned away by a staff error on Thursday comes back the next Monday."""
    first = backend.visits.check_in(
        actor, CheckInRequest("김민원", "010-2222-3333", "창업자금 서류 제출", officer_id)
    )
    clock.advance(days=4)
    second = backend.visits.check_in(
        actor, CheckInRequest("김민원", "010-2222-3333", "창업자금 서류 다시 제출", officer_id)
    )
    with backend.db.transaction() as session:
        session.execute(
            update(Visit).where(Visit.id == second.id).values(
                repeat_of_id=first.id, repeat_staff_error=True,
                repeat_note="지난번 담당자가 서류 목록을 잘못 알려 줌",
            )
        )
    return second.id


def _count(backend: Backend, table: type[Voucher] | type[CompensationDecision] | type[AuditEntry]) -> int:
    with backend.db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


# --- the candidates ----------------------------------------------------------------------


def test_each_rule_finds_its_event_with_the_evidence(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    officer = db_agency.officers[0]
    late = db_backend.cases.open(db_actor, _case(officer.id))  # 고충: 3 days (24 working h)
    on_time = db_backend.cases.open(db_actor, _case(officer.id, subject="제때 답한 민원"))
    db_backend.cases.answer(actor_for(db_backend, officer), on_time.id, "답변드립니다.")
    rude = db_backend.cases.open(db_actor, _case(officer.id, "불친절", subject="창구 직원 불친절"))
    dismissed = db_backend.cases.open(db_actor, _case(officer.id, "불친절", subject="대기 불만"))
    bribe = db_backend.cases.open(db_actor, _case(officer.id, "부패신고", subject="금품 요구"))
    db_backend.cases.record_finding(db_actor, rude.id, upheld=True, note="CCTV와 진술로 확인")
    db_backend.cases.record_finding(db_actor, dismissed.id, upheld=False, note="사실과 다름")
    visit_id = _repeat_visit(db_backend, db_actor, officer.id, fake_clock)  # now Mon 7/6
    fake_clock.set(_at(7, 7, 11))  # the complaints' 3 days (24 working hours) ran out at 10:00

    found = {(c.kind, c.key.source_id): c for c in db_backend.compensation.candidates(auditor(db_backend))}

    assert set(found) == {
        (REPEAT, visit_id), (LATE, late.id), (LATE, rude.id), (LATE, dismissed.id),
        (LATE, bribe.id), (RUDE, rude.id), (BRIBE, bribe.id),
    }
    repeat = found[(REPEAT, visit_id)]
    assert repeat.recipient_name == "김민원" and repeat.recipient_masked == "김*원"
    assert repeat.amount == 10_000 and repeat.rule_label == "직원의 잘못으로 두 번 이상 방문"
    assert any("2026년 7월 2일(목) 10:00" in line for line in repeat.evidence)
    assert any("서류 목록을 잘못 알려 줌" in line for line in repeat.evidence)
    overdue = found[(LATE, late.id)]
    assert any("연장 통지 없음" in line for line in overdue.evidence)
    assert any("아직 회신하지 않음" in line for line in overdue.evidence)
    assert overdue.reference == late.number and overdue.case_id == late.id
    assert any("CCTV와 진술로 확인" in line for line in found[(RUDE, rude.id)].evidence)


def test_a_case_extended_with_notice_before_its_deadline_is_not_a_candidate(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    from minwon_desk.services.cases.dto import ExtensionRequest

    officer = actor_for(db_backend, db_agency.officers[0])
    case = db_backend.cases.open(db_actor, _case(officer.staff_id))
    db_backend.cases.extend(
        officer, case.id, ExtensionRequest(new_date=_at(7, 10, 18).date(), reason="현장 확인 필요")
    )
    fake_clock.set(_at(7, 8, 10))  # past the first deadline, before the extended one
    assert db_backend.compensation.candidates(auditor(db_backend), kinds=[LATE]) == []
    fake_clock.set(_at(7, 13, 10))  # the extended deadline passed too, still no answer
    [late] = db_backend.compensation.candidates(auditor(db_backend), kinds=[LATE])
    assert any("연장 1회" in line for line in late.evidence)


def test_tipa_pays_only_for_a_repeat_visit(
    sqlite_url: str, fake_clock: FakeClock
) -> None:
    tipa = load_charter(charter_preset("tipa"))
    backend = open_seeded(sqlite_url, fake_clock, tipa)
    try:
        agency = small_agency(backend)
        actor = actor_for(backend, agency.operator)
        officer = agency.officers[0]
        backend.cases.open(actor, _case(officer.id, "부패신고"))
        visit_id = _repeat_visit(backend, actor, officer.id, fake_clock)
        fake_clock.advance(days=30)
        found = backend.compensation.candidates(auditor(backend))
        assert [(c.kind, c.key.source_id) for c in found] == [(REPEAT, visit_id)]
        assert found[0].rule_label == "직원의 잘못으로 두 번 이상 방문"
        assert backend.compensation.kinds() == (REPEAT,)
        with pytest.raises(StateError, match="헌장에는 '금품수수·부정비리 신고' 보상이 없습니다"):
            backend.compensation.approve(actor, EventKey(BRIBE, 1))
    finally:
        backend.close()


# --- deciding ------------------------------------------------------------------------------


def test_approval_issues_a_numbered_voucher_with_the_charters_amount_and_wording(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock,
    mss_charter: Charter,
) -> None:
    visit_id = _repeat_visit(db_backend, db_actor, db_agency.officers[0].id, fake_clock)
    seen: list[CompensationChanged] = []
    db_backend.events.subscribe(CompensationChanged, seen.append)

    voucher = db_backend.compensation.approve(db_actor, EventKey(REPEAT, visit_id))

    assert voucher.serial == "TEST-V2026-00001"
    assert voucher.amount == 10_000 and voucher.title == "상품권"
    assert voucher.recipient_name == "김민원" and voucher.visit_id == visit_id
    # The voucher says the rule and the visits; the operator's note stays in the evidence.
    assert voucher.reason == (
        "직원의 잘못으로 두 번 이상 방문\n"
        "2026년 7월 2일(목) 10:00 방문, 2026년 7월 6일(월) 10:00 다시 방문"
    )
    assert voucher.issued_by == f"{db_agency.operator.name} {db_agency.operator.position}"
    with db_backend.db.read() as session:
        wording = session.scalar(select(Voucher.wording))
    assert wording == mss_charter.documents.voucher_wording
    assert [e.change for e in seen] == ["approved"]
    # Decided: gone from the open list, kept with its decision in the full one.
    assert db_backend.compensation.candidates(auditor(db_backend)) == []
    [decided] = db_backend.compensation.candidates(auditor(db_backend), include_decided=True)
    assert decided.decision is not None and decided.decision.voucher_serial == voucher.serial


def test_approving_twice_is_refused_and_says_who_decided(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    key = EventKey(REPEAT, _repeat_visit(db_backend, db_actor, db_agency.officers[0].id, fake_clock))
    first = db_backend.compensation.approve(db_actor, key)
    audits = _count(db_backend, AuditEntry)
    with pytest.raises(StateError, match=f"이미 .*승인한 보상 대상입니다 \\(증서 {first.serial}\\)"):
        db_backend.compensation.approve(db_actor, key)
    with pytest.raises(StateError, match="이미"):
        db_backend.compensation.reject(db_actor, key, "중복")
    assert _count(db_backend, Voucher) == 1
    assert _count(db_backend, AuditEntry) == audits


def test_two_desks_approving_the_same_event_at_once_issue_one_voucher(
    db_url: str, db_backend: Backend, db_agency: SmallAgency, mss_charter: Charter,
    fake_clock: FakeClock,
) -> None:
    operator = actor_for(db_backend, db_agency.operator)
    keys = [
        EventKey(REPEAT, _repeat_visit(db_backend, operator, db_agency.officers[0].id, fake_clock))
        for _ in range(5)
    ]
    other = Backend.open(db_url, charter=mss_charter, desk="2층 민원실", clock=fake_clock)
    try:
        desks = [(db_backend, operator), (other, actor_for(other, db_agency.operator, desk="2층 민원실"))]
        issued: list[str] = []
        refused: list[str] = []
        failures: list[BaseException] = []
        start = threading.Barrier(2)

        def approve_all(backend: Backend, actor: Actor) -> None:
            start.wait()
            for key in keys:
                try:
                    issued.append(backend.compensation.approve(actor, key).serial)
                except StateError as exc:
                    refused.append(exc.message)
                except BaseException as exc:  # reported below
                    failures.append(exc)

        threads = [threading.Thread(target=approve_all, args=desk) for desk in desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.close()
    assert failures == []
    assert len(issued) == 5 and len(refused) == 5
    assert sorted(issued) == [f"TEST-V2026-{n:05d}" for n in range(1, 6)]
    assert all("이미" in message for message in refused)
    assert _count(db_backend, Voucher) == 5


def test_rejection_needs_a_reason_and_is_kept_with_it(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    key = EventKey(REPEAT, _repeat_visit(db_backend, db_actor, db_agency.officers[0].id, fake_clock))
    with pytest.raises(ValidationError, match="사유를 적어") as err:
        db_backend.compensation.reject(db_actor, key, "   ")
    assert err.value.field == "reason"
    decided = db_backend.compensation.reject(db_actor, key, "방문객 본인 서류 누락으로 확인")
    assert decided.decision is not None
    assert decided.decision.decision is Decision.REJECTED
    assert decided.decision.reason == "방문객 본인 서류 누락으로 확인"
    assert decided.decision.voucher_serial == ""
    assert _count(db_backend, Voucher) == 0
    with pytest.raises(StateError, match="반려한 보상 대상"):
        db_backend.compensation.approve(db_actor, key)


def test_an_event_that_is_not_a_candidate_cannot_be_approved(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))  # not late yet
    with pytest.raises(NotFoundError, match="보상 대상이 아닙니다"):
        db_backend.compensation.approve(db_actor, EventKey(LATE, case.id))
    assert _count(db_backend, CompensationDecision) == 0


def test_a_petitioner_without_a_name_needs_one_typed_for_the_voucher(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    case = db_backend.cases.open(
        db_actor, _case(db_agency.officers[0].id, "부패신고", petitioner_name="")
    )
    key = EventKey(BRIBE, case.id)
    with pytest.raises(ValidationError, match="받는 분의 이름") as err:
        db_backend.compensation.approve(db_actor, key)
    assert err.value.field == "recipient"
    assert _count(db_backend, CompensationDecision) == 0  # nothing half-decided
    voucher = db_backend.compensation.approve(db_actor, key, recipient_name="이신고")
    assert voucher.recipient_name == "이신고" and voucher.reference == case.number


# --- voiding and serials ----------------------------------------------------------------------


def test_a_voided_voucher_keeps_its_serial_and_the_next_one_is_new(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    officer = db_agency.officers[0].id
    first_key = EventKey(REPEAT, _repeat_visit(db_backend, db_actor, officer, fake_clock))
    second_key = EventKey(REPEAT, _repeat_visit(db_backend, db_actor, officer, fake_clock))
    first = db_backend.compensation.approve(db_actor, first_key)
    with pytest.raises(ValidationError, match="무효 사유를 적어"):
        db_backend.compensation.void(db_actor, first.id, "")
    voided = db_backend.compensation.void(db_actor, first.id, "수령인 정보 오기재")
    assert voided.voided and voided.void_reason == "수령인 정보 오기재"
    assert voided.serial == "TEST-V2026-00001"
    with pytest.raises(StateError, match="이미 무효 처리"):
        db_backend.compensation.void(db_actor, first.id, "다시")
    second = db_backend.compensation.approve(db_actor, second_key)
    assert second.serial == "TEST-V2026-00002"
    # The voided event stays decided: voiding is not a way to issue a second voucher.
    with pytest.raises(StateError, match="이미"):
        db_backend.compensation.approve(db_actor, first_key)
    serials = [v.serial for v in db_backend.compensation.vouchers(auditor(db_backend), 2026)]
    assert serials == ["TEST-V2026-00001", "TEST-V2026-00002"]
    assert db_backend.compensation.find_serial(auditor(db_backend), "test-v2026-00001").voided


# --- the ledger and the budget -----------------------------------------------------------------


def test_the_ledger_counts_issued_and_voided_per_month_and_warns_at_the_cap(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    officer = db_agency.officers[0].id
    db_backend.compensation.set_budget(db_actor, 2026, 25_000)
    july = [_repeat_visit(db_backend, db_actor, officer, fake_clock) for _ in range(2)]
    for visit_id in july:
        db_backend.compensation.approve(db_actor, EventKey(REPEAT, visit_id))
    fake_clock.set(_at(8, 3, 10))
    august = _repeat_visit(db_backend, db_actor, officer, fake_clock)
    ledger = db_backend.compensation.ledger(2026)
    assert ledger.months[6].issued == 2 and ledger.months[6].net_amount == 20_000
    assert ledger.remaining == 5_000 and not ledger.over_cap

    with pytest.raises(BudgetExceeded) as warning:
        db_backend.compensation.approve(db_actor, EventKey(REPEAT, august))
    assert "예산 25,000원" in warning.value.message and "30,000원" in warning.value.message
    assert _count(db_backend, Voucher) == 2  # nothing issued until confirmed
    db_backend.compensation.approve(db_actor, EventKey(REPEAT, august), confirm_over_budget=True)
    first = db_backend.compensation.vouchers(auditor(db_backend), 2026, 7)[0]
    db_backend.compensation.void(db_actor, first.id, "중복 발급 확인")

    ledger = db_backend.compensation.ledger(2026)
    july_row, august_row = ledger.months[6], ledger.months[7]
    assert (july_row.issued, july_row.voided, july_row.net_amount) == (2, 1, 10_000)
    assert (august_row.issued, august_row.net_amount, august_row.cumulative) == (1, 10_000, 20_000)
    assert ledger.total == 20_000 and ledger.cap == 25_000
    assert [m.issued for m in ledger.months].count(0) == 10


def test_a_negative_budget_is_refused(db_backend: Backend, db_actor: Actor) -> None:
    with pytest.raises(ValidationError, match="0원 이상"):
        db_backend.compensation.set_budget(db_actor, 2026, -1)
    db_backend.compensation.set_budget(db_actor, 2026, None)
    assert db_backend.compensation.budget(2026) is None



@pytest.mark.parametrize(("language", "late_by"), [("ko", "기한보다 1시간 늦음"), ("en", ": 1 h late")])
def test_a_late_reply_says_how_late_in_the_desks_language(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock,
    language: str, late_by: str,
) -> None:
    from minwon_desk.domain import i18n
    from minwon_desk.translations import lookup_for

    officer = db_agency.officers[0]
    case = db_backend.cases.open(db_actor, _case(officer.id))  # due Tue 7/7 10:00
    fake_clock.set(_at(7, 7, 11))
    db_backend.cases.answer(actor_for(db_backend, officer), case.id, "늦었지만 답변드립니다.")
    before = i18n.installed()
    i18n.install(lookup_for(language))
    try:
        [late] = db_backend.compensation.candidates(auditor(db_backend), kinds=[LATE])
    finally:
        i18n.install(before)
    [replied] = [line for line in late.evidence if "2026" in line and late_by in line]
    assert replied.endswith(late_by), late.evidence
