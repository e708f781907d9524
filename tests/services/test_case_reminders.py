"""독촉: the handler is reminded at D-3, on the due day and when overdue; past the deadline
the head of the department is reminded too; a paused case is not."""

from __future__ import annotations

from datetime import datetime

from minwon_desk.domain.reminders import ReminderStage, reminder_stage
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from tests.support.seed import SmallAgency, actor_for


def _at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 7, day, hour, 0, tzinfo=SEOUL)


def test_the_stage_follows_the_calendar_day_of_the_deadline() -> None:
    due = _at(10, 18)  # Friday 18:00
    assert reminder_stage(_at(6), due) is None  # four days ahead
    assert reminder_stage(_at(7), due) is ReminderStage.AHEAD
    assert reminder_stage(_at(10, 9), due) is ReminderStage.DUE_TODAY
    assert reminder_stage(_at(10, 18), due) is ReminderStage.OVERDUE


def test_the_handler_then_the_head_are_reminded(
    db_backend: Backend, fake_clock: object
) -> None:
    from tests.support.seed import small_agency

    agency = small_agency(db_backend)
    desk = actor_for(db_backend, agency.operator)
    lee = agency.officers[1]  # 이서연, 창업정책과; the operator heads 본부 above it
    case = db_backend.cases.open(desk, CaseRequest(
        case_type="질의-제도", channel="우편", subject="창업 교육 일정", petitioner_name="홍길동",
        officer_id=lee.id))
    assert case.due_at == _at(10, 18)
    handler, head = actor_for(db_backend, lee), desk
    assert db_backend.cases.reminders(handler) == []
    fake_clock.set(_at(7))  # type: ignore[attr-defined]
    [ahead] = db_backend.cases.reminders(handler)
    assert (ahead.case.id, ahead.stage, ahead.as_head) == (case.id, ReminderStage.AHEAD, False)
    fake_clock.set(_at(10, 9))  # type: ignore[attr-defined]
    assert [r.stage for r in db_backend.cases.reminders(handler)] == [ReminderStage.DUE_TODAY]
    assert db_backend.cases.reminders(head) == []  # not yet the head's business
    fake_clock.set(_at(13, 9))  # type: ignore[attr-defined]
    assert [r.stage for r in db_backend.cases.reminders(handler)] == [ReminderStage.OVERDUE]
    [told] = db_backend.cases.reminders(head)
    assert (told.case.id, told.stage, told.as_head) == (case.id, ReminderStage.OVERDUE, True)


def test_a_paused_or_answered_case_is_not_reminded(
    backend: Backend, agency: SmallAgency, fake_clock: object
) -> None:
    desk = actor_for(backend, agency.operator)
    kim = agency.officers[0]
    waiting, answered = (backend.cases.open(desk, CaseRequest(
        case_type="질의-제도", channel="우편", subject=subject, officer_id=kim.id)).id
        for subject in ("자료 기다림", "회신함"))
    officer = actor_for(backend, kim)
    backend.cases.pause(officer, waiting, "사업자등록증 사본")
    backend.cases.answer(officer, answered, "답변")
    fake_clock.set(_at(9))  # type: ignore[attr-defined]
    assert backend.cases.reminders(officer) == []


def test_missing_material_is_asked_for_within_eight_working_hours(
    backend: Backend, agency: SmallAgency, fake_clock: object
) -> None:
    from minwon_desk.store.models import AuditEntry

    desk = actor_for(backend, agency.operator)
    kim = agency.officers[0]
    early, late = (backend.cases.open(desk, CaseRequest(
        case_type="질의-제도", channel="우편", subject=subject, officer_id=kim.id)).id
        for subject in ("일찍 요청", "늦게 요청"))
    detail = backend.cases.detail(early)
    # Received Thursday 10:00: 8 working hours (lunch not counted) end Friday 10:00.
    assert detail.material_due_at == _at(3, 10) and not detail.material_asked
    officer = actor_for(backend, kim)
    backend.cases.pause(officer, early, "사업자등록증 사본")
    assert backend.cases.detail(early).material_asked
    fake_clock.set(_at(3, 11))  # type: ignore[attr-defined]
    backend.cases.pause(officer, late, "재무제표")
    with backend.db.read() as session:
        details = [e.detail for e in session.query(AuditEntry).filter_by(action="case.pause")
                   .order_by(AuditEntry.id)]
    assert ['"late_request": true' in d for d in details] == [False, True]
