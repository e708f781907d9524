"""Cases as the desk and the officers handle them: registration with its receipt number
and clocks, the deputy when the officer is away, pause and resume, extension with its
notice, interim notices, the 1357 ladder, the answer, and the lists by state."""

from __future__ import annotations

import threading
from datetime import date, datetime
from typing import Any, Protocol

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, ExtensionRequest, InterimRequest
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.services.events import CaseChanged
from minwon_desk.store.models import AuditEntry, Case, CaseEvent
from tests.support.seed import SmallAgency, actor_for

pytestmark = pytest.mark.pg


class Clock(Protocol):
    def __call__(self) -> datetime: ...
    def set(self, dt: datetime) -> None: ...
    def advance(self, **kwargs: float) -> datetime: ...


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


def _case(officer_id: int | None = None, **kwargs: Any) -> CaseRequest:
    fields: dict[str, Any] = {
        "case_type": "질의-제도", "channel": "우편", "subject": "창업 지원사업 신청 자격 문의",
        "content": "예비창업자도 신청할 수 있는지 알고 싶습니다.", "petitioner_name": "홍길동",
        "petitioner_contact": "hong@example.com", "officer_id": officer_id,
    }
    fields.update(kwargs)
    return CaseRequest(**fields)


def _rows(backend: Backend, table: type[Case] | type[CaseEvent] | type[AuditEntry]) -> int:
    with backend.db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def _officer(backend: Backend, agency: SmallAgency, index: int) -> Actor:
    return actor_for(backend, agency.officers[index])


# --- registration ------------------------------------------------------------------------


def test_a_registered_case_gets_its_receipt_number_clocks_and_officer(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim = db_agency.officers[0]
    seen: list[CaseChanged] = []
    db_backend.events.subscribe(CaseChanged, seen.append)
    case = db_backend.cases.open(db_actor, _case(kim.id, attachments=("사업계획서.hwp",)))
    assert case.number == "TEST-2026-000001"
    assert (case.officer_id, case.officer, case.department) == (kim.id, "김민준 사무관", "혁신행정담당관")
    # 제도·절차 질의: 7 working days, the day of receipt counting as one.
    assert case.due_at == _at(7, 10, 18)
    assert case.type_label == "질의(제도·절차)" and case.petitioner_masked == "홍*동"
    assert case.status(_at(7, 2, 10)) is CaseStatus.ON_TIME
    assert seen == [CaseChanged(case.id, "registered", kim.id)]
    detail = db_backend.cases.detail(case.id)
    assert detail.attachments == ("사업계획서.hwp",)
    # Handed to its officer at once: the transfer clock (1 working hour) is met.
    assert detail.transfer_due_at == _at(7, 2, 11) and detail.transferred_at == _at(7, 2, 10)
    assert [d.label for d in detail.documents] == ["접수증"]
    assert detail.documents[0].number == "TEST-2026-000001-접수"
    assert [e.kind for e in detail.events] == ["registered", "assigned"]
    assert _rows(db_backend, AuditEntry) >= 1
    second = db_backend.cases.open(db_actor, _case(kim.id))
    assert second.number == "TEST-2026-000002"


def test_a_case_for_an_officer_away_goes_to_their_deputy(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    db_backend.absences.add(db_actor, staff_id=kim.id, kind=AbsenceKind.TRIP,
                            starts_at=_at(7, 2, 9), ends_at=_at(7, 3, 18), deputy_id=lee.id)
    case = db_backend.cases.open(db_actor, _case(kim.id))
    assert case.officer_id == lee.id
    detail = db_backend.cases.detail(case.id)
    assert "김민준" in detail.routed_note and "이서연" in detail.routed_note


def test_a_case_waits_for_an_officer_back_before_its_transfer_clock_runs_out(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    # A 14-day legal question at 10:00; the transfer clock (1 working hour) runs to 11:00.
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    db_backend.absences.add(db_actor, staff_id=kim.id, kind=AbsenceKind.MEETING,
                            starts_at=_at(7, 2, 9), ends_at=_at(7, 2, 10, 30), deputy_id=lee.id)
    assert db_backend.cases.route(kim.id) == (kim.id, (
        "김민준 사무관이 회의 중이며 10:30에 돌아옵니다 — 담당자에게 그대로 둡니다. "
        "그때까지 연락은 업무대행 이서연 주무관에게 하세요."
    ))
    case = db_backend.cases.open(db_actor, _case(kim.id, case_type="질의-법령"))
    assert (case.officer_id, case.officer) == (kim.id, "김민준 사무관")
    assert "10:30에 돌아옵니다" in db_backend.cases.detail(case.id).routed_note
    # Back only at 11:01, a minute after the transfer clock: the deputy takes it.
    db_backend.absences.add(db_actor, staff_id=kim.id, kind=AbsenceKind.MEETING,
                            starts_at=_at(7, 2, 10, 30), ends_at=_at(7, 2, 11, 1),
                            deputy_id=lee.id)
    holder, note = db_backend.cases.route(kim.id)
    assert holder == lee.id
    assert note == (
        "김민준 사무관 회의 중(11:01까지) — 담당자 전달 기한(11:00) 전에 돌아오지 않아 "
        "업무대행 이서연 주무관에게 보냅니다."
    )
    assert db_backend.cases.open(db_actor, _case(kim.id)).officer_id == lee.id


def test_a_case_without_an_officer_waits_on_the_transfer_clock_until_assigned(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    case = db_backend.cases.open(db_actor, _case(None, case_type="1357", channel="1357"))
    assert case.officer_id is None and case.officer == ""
    detail = db_backend.cases.detail(case.id)
    assert detail.transferred_at is None and detail.transfer_due_at == _at(7, 2, 11)
    assert [(s.label, s.due_at) for s in detail.stages] == [
        ("1357 출동", _at(7, 3, 10)), ("1357 지방청 해소", _at(7, 7, 10)),
        ("1357 본부 해소", _at(7, 9, 10)), ("1357 관계부처 요청", _at(7, 10, 18)),
    ]
    fake_clock.set(_at(7, 2, 10, 40))
    assigned = db_backend.cases.assign(db_actor, case.id, db_agency.officers[2].id)
    assert assigned.officer == "박지호 서기관"
    assert db_backend.cases.detail(case.id).transferred_at == _at(7, 2, 10, 40)
    db_backend.cases.mark_stage(db_actor, case.id, "taskforce_dispatch")
    stages = db_backend.cases.detail(case.id).stages
    assert stages[0].met_at == _at(7, 2, 10, 40) and stages[1].met_at is None
    with pytest.raises(StateError, match="이미 기록"):
        db_backend.cases.mark_stage(db_actor, case.id, "taskforce_dispatch")


def test_a_case_registered_from_a_phone_memo_carries_the_caller_and_the_memo(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim = db_agency.officers[0]
    memo = db_backend.memos.take(db_actor, MemoRequest(
        caller_name="김영희", phone="010-2222-3333", gist="수출바우처 정산 서류 보완 방법\n자세히",
        asked_for_id=kim.id))
    req = db_backend.cases.request_from_memo(memo.id)
    assert (req.petitioner_name, req.petitioner_contact, req.officer_id, req.channel) == (
        "김영희", "010-2222-3333", kim.id, "전화")
    assert req.subject == "수출바우처 정산 서류 보완 방법"
    case = db_backend.cases.open(db_actor, req)
    assert db_backend.cases.detail(case.id).memo_number == memo.number


@pytest.mark.parametrize("channel", ["none", "email", "phone"])
def test_a_case_from_a_phone_memo_hears_the_way_the_caller_asked(
    backend: Backend, actor: Actor, agency: SmallAgency, channel: str
) -> None:
    """A caller who asked only to have the message passed on (알리지 않음) is not sent
    the case's notices either; one who asked for e-mail gets them at that address."""
    address = "caller@example.com" if channel == "email" else ""
    memo = backend.memos.take(actor, MemoRequest(
        caller_name="김영희", phone="010-2222-3333", gist="정산 서류 보완 방법", channel=channel,
        address=address, asked_for_id=agency.officers[0].id))
    req = backend.cases.request_from_memo(memo.id)
    assert (req.notify, req.notify_email) == (channel, address)


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"subject": "  "}, "subject", "제목"),
        ({"case_type": "민원"}, "type", "민원 종류"),
        ({"channel": "카톡"}, "channel", "접수 경로"),
        ({"content": "주민번호 900101-1234567 확인 바랍니다"}, "content", "주민등록번호"),
        ({"petitioner_name": "홍길동 9001011234567"}, "petitioner_name", "주민등록번호"),
        ({"subject": "x" * 201}, "subject", "너무 깁니다"),
        ({"officer_id": 99999}, "officer", "직원 명부에서 찾을 수 없습니다"),
        ({"received_at": _at(7, 2, 11)}, "received_at", "지금보다 뒤"),
    ],
)
def test_bad_registrations_are_refused_and_change_nothing(
    backend: Backend, actor: Actor, agency: SmallAgency, changes: dict[str, Any], field: str,
    says: str,
) -> None:
    before = _rows(backend, Case), _rows(backend, AuditEntry)
    with pytest.raises(ValidationError, match=says) as err:
        backend.cases.open(actor, _case(**{"officer_id": agency.officers[0].id, **changes}))
    assert err.value.field == field
    assert (_rows(backend, Case), _rows(backend, AuditEntry)) == before


def test_two_desks_registering_at_once_never_share_a_receipt_number(
    db_url: str, db_backend: Backend, db_agency: SmallAgency, mss_charter: Charter,
    fake_clock: Clock,
) -> None:
    other = Backend.open(db_url, charter=mss_charter, desk="2층 민원실", clock=fake_clock)
    try:
        desks = [(db_backend, actor_for(db_backend, db_agency.operator)),
                 (other, actor_for(other, db_agency.officers[3]))]
        numbers: list[str] = []
        failures: list[BaseException] = []
        start = threading.Barrier(2)

        def register(backend: Backend, actor: Actor) -> None:
            start.wait()
            try:
                for _ in range(10):
                    numbers.append(backend.cases.open(actor, _case(db_agency.officers[0].id)).number)
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=register, args=desk) for desk in desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.close()
    assert failures == []
    assert sorted(numbers) == [f"TEST-2026-{n:06d}" for n in range(1, 21)]


# --- the officer's work -------------------------------------------------------------------


def test_a_pause_stops_the_clock_and_the_resume_moves_the_deadline(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    kim = _officer(db_backend, db_agency, 0)
    case = db_backend.cases.open(db_actor, _case(kim.staff_id, case_type="고충"))
    assert case.due_at == _at(7, 7, 10)
    with pytest.raises(ValidationError, match="사유"):
        db_backend.cases.pause(kim, case.id, "")
    fake_clock.set(_at(7, 2, 11))
    paused = db_backend.cases.pause(kim, case.id, "사업자등록증 사본이 없습니다")
    assert paused.status(_at(7, 20, 9)) is CaseStatus.PAUSED
    assert db_backend.cases.cases(status="paused") == [paused]
    fake_clock.set(_at(7, 3, 11))
    resumed = db_backend.cases.resume(kim, case.id, "팩스로 받음")
    # 8 working hours waited: the 3-day deadline moves from Tue 10:00 to Wed 10:00.
    assert resumed.due_at == _at(7, 8, 10) and resumed.state == "open"
    events = db_backend.cases.detail(case.id).events
    assert [e.kind for e in events][-2:] == ["pause", "resume"]
    assert events[-1].due_before == _at(7, 7, 10) and events[-1].due_after == _at(7, 8, 10)
    with pytest.raises(StateError, match="보완을 기다리는 민원이 아닙니다"):
        db_backend.cases.resume(kim, case.id)


def test_an_extension_issues_its_notice_and_a_second_needs_consent(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    kim = _officer(db_backend, db_agency, 0)
    case = db_backend.cases.open(db_actor, _case(kim.staff_id))
    ref = db_backend.cases.extend(kim, case.id, ExtensionRequest(date(2026, 7, 15), "관계 기관 의견 조회"))
    assert (ref.label, ref.number) == ("처리기간 연장 통지 (1차)", "TEST-2026-000001-연장1")
    after = db_backend.cases.get(case.id)
    assert after.due_at == _at(7, 15, 18) and after.extensions == 1
    assert after.status(_at(7, 3, 9)) is CaseStatus.EXTENDED
    with pytest.raises(ValidationError, match="동의"):
        db_backend.cases.extend(kim, case.id, ExtensionRequest(date(2026, 7, 20), "추가 검토"))
    db_backend.cases.extend(kim, case.id, ExtensionRequest(date(2026, 7, 20), "추가 검토", "7/3 전화 동의"))
    fake_clock.set(_at(7, 20, 18))
    with pytest.raises(StateError, match="이미 지났습니다"):
        db_backend.cases.extend(kim, case.id, ExtensionRequest(date(2026, 7, 22), "또", "동의"))
    assert db_backend.cases.get(case.id).due_at == _at(7, 20, 18)


def test_interim_notices_fall_due_and_reset_when_sent(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    kim = _officer(db_backend, db_agency, 0)
    case = db_backend.cases.open(db_actor, _case(kim.staff_id, case_type="질의-법령"))
    assert case.interim_due_at is not None
    assert not case.interim_owed(_at(7, 22, 17))
    fake_clock.set(case.interim_due_at)
    owed = db_backend.cases.get(case.id)
    assert owed.interim_owed(fake_clock())
    ref = db_backend.cases.send_interim(
        kim, case.id, InterimRequest("관계 부처 회신을 기다리고 있습니다.", fake_clock().date()))
    assert ref.label == "중간 통지 (1차)"
    after = db_backend.cases.get(case.id)
    assert not after.interim_owed(fake_clock())
    assert after.interim_due_at is not None and after.interim_due_at > case.interim_due_at


def test_answering_stops_the_clock_and_needs_an_officer_and_text(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    unassigned = db_backend.cases.open(db_actor, _case(None))
    with pytest.raises(ValidationError, match="담당자가 정해지지") as err:
        db_backend.cases.answer(db_actor, unassigned.id, "답변")
    assert err.value.field == "officer"
    kim = _officer(db_backend, db_agency, 0)
    case = db_backend.cases.open(db_actor, _case(kim.staff_id))
    with pytest.raises(ValidationError, match="회신할 내용"):
        db_backend.cases.answer(kim, case.id, "   ")
    fake_clock.set(_at(7, 6, 15))
    ref = db_backend.cases.answer(kim, case.id, "예비창업자도 신청할 수 있습니다.")
    assert (ref.label, ref.number) == ("회신문", "TEST-2026-000002-회신")
    done = db_backend.cases.get(case.id)
    assert done.status(_at(8, 1, 9)) is CaseStatus.DONE and not done.late(_at(8, 1, 9))
    with pytest.raises(StateError, match="이미 회신했습니다"):
        db_backend.cases.answer(kim, case.id, "다시")


def test_lists_by_officer_and_state_and_the_late_flag(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    kim, park = db_agency.officers[0], db_agency.officers[2]
    quick = db_backend.cases.open(db_actor, _case(kim.id, case_type="기타"))  # due 14:00
    slow = db_backend.cases.open(db_actor, _case(kim.id, case_type="질의-법령"))
    other = db_backend.cases.open(db_actor, _case(park.id, case_type="고충"))
    fake_clock.set(_at(7, 2, 15))
    assert [c.id for c in db_backend.cases.mine(kim.id)] == [quick.id, slow.id]
    assert [c.id for c in db_backend.cases.cases(status="overdue")] == [quick.id]
    assert [c.id for c in db_backend.cases.late()] == [quick.id]
    assert [c.id for c in db_backend.cases.cases(status=CaseStatus.ON_TIME)] == [other.id, slow.id]
    startup = db_backend.staff.get(park.id)
    assert startup.department == "창업정책과"
    with pytest.raises(ValidationError, match="상태"):
        db_backend.cases.cases(status="someday")
    with pytest.raises(NotFoundError, match="접수번호"):
        db_backend.cases.id_of("TEST-2026-999999")
